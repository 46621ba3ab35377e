# The specifications below quote the articles verbatim, typographic marks included.
"""Gold specifications for housing_06 and tennis_06 (held-out, round 6), merged into
build_gold.py's dictionaries by its main()."""

from __future__ import annotations

from build_gold import Q

WHITCOMBE = "Eleanor Whitcombe"
DANVERS = "Priya Danvers"
NORTHGATE = "Northgate Living"
OKAFOR = "Grace Okafor"
TENANTS = "Marsh Lane Tenants' Association"
PRYCE = "Colin Pryce"
RIDLEY = "Hannah Ridley"
FAIRBAIRN = "Daniel Fairbairn"
HOMEWARD = "Homeward Trust"
PLANNER = "a senior planning official"

HORAKOVA = "Kateřina Horáková"
BRANDT = "Sofia Brandt"
WOLTER = "Ines Wolter"
DUFRESNE = "Alain Dufresne"
SINDELAR = "Pavel Šindelář"
MARSH = "Helena Marsh"
PTPC = "Professional Tennis Players' Council"

HELDOUT: dict[str, list[Q]] = {}

ARTICLES: dict[str, list[Q]] = {
    "housing_06": [
        Q(
            'admitting that [[the council had "lost control" of rents in the inner wards]]',
            "mixed",
            WHITCOMBE,
            "person",
            "Mayor [[Eleanor Whitcombe]] opened",
            "debate by [[admitting]] that",
        ),
        Q(
            "“Every week I meet families who are doing everything right and still cannot find "
            "a home they can afford,”",
            "direct",
            WHITCOMBE,
            "person",
            "afford,” [[the mayor]] said",
            "afford,” the mayor [[said]]",
        ),
        Q(
            "“That is not a market working. That is a market failing.”",
            "direct",
            WHITCOMBE,
            "person",
            "afford,” [[the mayor]] said",
            "afford,” the mayor [[said]]",
        ),
        Q(
            "She said [[the council would ask Northgate Living, the developer behind the 640-home "
            "Quayside scheme, to raise the share of homes let at social rent from 18 per cent to "
            "30 per cent]]",
            "indirect",
            WHITCOMBE,
            "person",
            "[[She]] said the council would ask",
            "She [[said]] the council would ask",
        ),
        Q(
            ("she said: [[“If the council wants more social rent", "nothing gets built.”"),
            "direct",
            DANVERS,
            "person",
            "Wednesday, [[she]] said:",
            "Wednesday, she [[said]]:",
        ),
        Q(
            "warned that [[the scheme could be “paused indefinitely” if the council changed its "
            "conditions]]",
            "mixed",
            NORTHGATE,
            "organisation",
            "statement, [[the developer]] warned",
            "the developer [[warned]] that",
        ),
        Q(
            "and said [[it had already spent £11m on site preparation]]",
            "indirect",
            NORTHGATE,
            "organisation",
            "statement, [[the developer]] warned",
            "conditions, and [[said]] it had",
        ),
        Q(
            "called [[the threat “blackmail, plain and simple.”]]",
            "mixed",
            OKAFOR,
            "person",
            "[[Grace Okafor]], who chairs",
            "Association, [[called]] the threat",
        ),
        Q(
            "“They took the land at a discount, they took the planning consent, and now they "
            "want to take the cheap homes too,”",
            "direct",
            OKAFOR,
            "person",
            "said [[Okafor]], whose",
            "too,” [[said]] Okafor",
        ),
        Q(
            "says that [[at least 40 of its members have received eviction notices since "
            "January, and that many of them are pensioners]]",
            "indirect",
            TENANTS,
            "organisation",
            "[[The association]] says that",
            "The association [[says]] that",
        ),
        Q(
            'told councillors that [[small landlords were "being blamed for problems we '
            "didn't create\"]]",
            "mixed",
            PRYCE,
            "person",
            "[[Colin Pryce]], a landlord",
            "area, [[told]] councillors",
        ),
        Q(
            ('[["My mortgage payments have doubled.', 'that money comes from?"'),
            "direct",
            PRYCE,
            "person",
            'comes from?" [[he]] said.',
            'comes from?" he [[said]].',
        ),
        Q(
            "options, said [[her team was placing 60 families a week in temporary accommodation, "
            "against 35 a year ago]]",
            "indirect",
            RIDLEY,
            "person",
            "[[Hannah Ridley]], the council’s",
            "housing options, [[said]] her team",
        ),
        Q(
            "According to Ridley, [[the council spent £4.2m on bed-and-breakfast rooms in the "
            "last financial year alone]]",
            "indirect",
            RIDLEY,
            "person",
            "According to [[Ridley]],",
            "[[According to]] Ridley",
        ),
        Q(
            ("[[“I have officers who go home", "with three siblings,”"),
            "direct",
            RIDLEY,
            "person",
            "siblings,” [[she]] explained",
            "siblings,” she [[explained]]",
        ),
        Q(
            ("[[“What we are seeing in Carrowfield", "the nerve to use them,”"),
            "direct",
            FAIRBAIRN,
            "person",
            "said [[Daniel Fairbairn]], policy",
            "use them,” [[said]] Daniel",
        ),
        Q(
            "has described [[the waiting list as “a slow-motion emergency]].",
            "mixed",
            HOMEWARD,
            "organisation",
            "[[The charity]], whose report",
            "has [[described]] the waiting list",
        ),
        Q(
            "press, said [[the Quayside viability assessment had been “marked confidential at the "
            "developer’s request” and had never been shown to councillors]]",
            "mixed",
            PLANNER,
            "anonymous",
            "[[A senior planning official]], who asked",
            "the press, [[said]] the Quayside",
        ),
        Q(
            "‘Everyone in the department knows the numbers were generous to Northgate,’",
            "direct",
            PLANNER,
            "anonymous",
            "Northgate,’ [[the official]] said",
            "Northgate,’ the official [[said]]",
        ),
        Q(
            "“If there is a document that councillors have not seen,”",
            "direct",
            WHITCOMBE,
            "person",
            "seen,” [[Whitcombe]] said",
            "seen,” Whitcombe [[said]]",
        ),
        Q(
            "“they will see it before the planning committee meets in April. You have my word "
            "on that.”",
            "direct",
            WHITCOMBE,
            "person",
            "seen,” [[Whitcombe]] said",
            "seen,” Whitcombe [[said]]",
        ),
        Q(
            "Courier, said [[the assessment had been “shared in full with the planning team in "
            "2022.”]]",
            "mixed",
            DANVERS,
            "person",
            "[[Danvers]], contacted again",
            "by the Courier, [[said]] the assessment",
        ),
    ],
    "tennis_06": [
        Q(
            "“I don’t think anybody should be playing a quarter-final at one o’clock in the "
            "morning,”",
            "direct",
            HORAKOVA,
            "person",
            "morning,” [[she]] told",
            "morning,” she [[told]] reporters",
        ),
        Q(
            "“It’s not tennis any more, it’s survival.”",
            "direct",
            HORAKOVA,
            "person",
            "morning,” [[she]] told",
            "morning,” she [[told]] reporters",
        ),
        Q(
            "The Czech said [[she had asked the tournament twice on Monday to move the match to "
            "an earlier slot and had been told it was “not possible for television reasons”]]",
            "mixed",
            HORAKOVA,
            "person",
            "[[The Czech]] said she had asked",
            "The Czech [[said]] she had asked",
        ),
        Q(
            "though, said [[she had barely noticed the clock]]",
            "indirect",
            BRANDT,
            "person",
            "[[Brandt]], though, said",
            "Brandt, though, [[said]] she",
        ),
        Q(
            '"Honestly, I was just trying to stay in the rallies,"',
            "direct",
            BRANDT,
            "person",
            'rallies," [[the 19-year-old]] said',
            'rallies," the 19-year-old [[said]]',
        ),
        Q(
            "\"When you're down a set and a break against someone like Kateřina, you don't look "
            'at your watch."',
            "direct",
            BRANDT,
            "person",
            'rallies," [[the 19-year-old]] said',
            'rallies," the 19-year-old [[said]]',
        ),
        Q(
            'described [[the win as "the best match she has played in her life, by a distance"]]',
            "mixed",
            WOLTER,
            "person",
            "Her coach, [[Ines Wolter]], described",
            "Ines Wolter, [[described]] the win",
        ),
        Q(
            'since she was 12, said [[the teenager had spent the winter "rebuilding her second '
            'serve from nothing."]]',
            "mixed",
            WOLTER,
            "person",
            "[[Wolter]], a former doubles player",
            "since she was 12, [[said]] the teenager",
        ),
        Q(
            "insisted [[the ball had been “at least two centimetres out”]]",
            "mixed",
            HORAKOVA,
            "person",
            "[[Horáková]] insisted the ball",
            "Horáková [[insisted]] the ball",
        ),
        Q(
            "statement that [[the system had “functioned correctly throughout” and that the call "
            "would stand]]",
            "mixed",
            DUFRESNE,
            "person",
            "Tournament referee [[Alain Dufresne]] said",
            "Alain Dufresne [[said]] in a statement",
        ),
        Q(
            "“There is no human element in that decision,”",
            "direct",
            DUFRESNE,
            "person",
            "decision,” [[Dufresne]] added",
            "decision,” Dufresne [[added]]",
        ),
        Q(
            ("[[“The cameras are calibrated", "any reason to doubt them.”"),
            "direct",
            DUFRESNE,
            "person",
            "decision,” [[Dufresne]] added",
            "decision,” Dufresne [[added]]",
        ),
        Q(
            "he replied: [[“No. And I think everybody in this room knows it.”]]",
            "direct",
            SINDELAR,
            "person",
            "fairly, [[he]] replied:",
            "fairly, he [[replied]]:",
        ),
        Q(
            "According to Šindelář, [[Horáková had been suffering from a stomach virus since the "
            "weekend and had eaten little in the 24 hours before the match]]",
            "indirect",
            SINDELAR,
            "person",
            "According to [[Šindelář]],",
            "[[According to]] Šindelář",
        ),
        Q(
            ("[[“You can say the schedule is ridiculous", "anybody’s help tonight,”"),
            "direct",
            MARSH,
            "person",
            "tonight,” [[Marsh]] said",
            "tonight,” Marsh [[said]]",
        ),
        Q(
            "She added that [[the teenager’s forehand was ‘already one of the three best in the "
            "world’]]",
            "mixed",
            MARSH,
            "person",
            "[[She]] added that the teenager",
            "She [[added]] that the teenager",
        ),
        Q(
            'Wednesday that [[it had "raised the issue of late finishes with all four Grand '
            'Slams" and that player welfare "cannot keep coming second to broadcast windows"]]',
            "mixed",
            PTPC,
            "organisation",
            "[[The Professional Tennis Players’ Council]] (PTPC)",
            "(PTPC) [[said]] on Wednesday",
        ),
        Q(
            "“Players are being asked to perform at the highest level at times when most people "
            "are asleep,”",
            "direct",
            PTPC,
            "organisation",
            "asleep,” [[the PTPC]] added",
            "asleep,” the PTPC [[added]]",
        ),
        Q(
            "writing that [[she had “said things in the heat of the moment that I regret.”]]",
            "mixed",
            HORAKOVA,
            "person",
            "[[The world No. 3]] later apologised",
            "social media, [[writing]] that",
        ),
        Q(
            "“I know she’s upset,”",
            "direct",
            BRANDT,
            "person",
            "upset,” [[Brandt]] said",
            "upset,” Brandt [[said]]",
        ),
        Q(
            "“and I would be too. But I won the last point, so I’m happy.”",
            "direct",
            BRANDT,
            "person",
            "upset,” [[Brandt]] said",
            "upset,” Brandt [[said]]",
        ),
    ],
}

# The specifications below quote the articles verbatim, typographic marks included.
"""Gold specifications for sport_08, business_08, science_08, wire_08 and archive_08
(round 8, written blind, scored once, now development), merged into build_gold.py's dictionaries by its main()."""

from __future__ import annotations

from build_gold import Q

# sport_08
CORRIGAN = "Sinéad Corrigan"
DELANEY = "Marcus Delaney"
ACHTERBERG = "Ben Achterberg"
RYBAK = "Tomasz Rybak"
OSEI = "Kwame Osei"
MOB = "Match Officials Board"
KV_SPOKES = "a Kestrel Vale spokesperson"

# business_08
HARLOW = "Harlow & Finch Logistics"
ASHDOWN = "Margaret Ashdown"
VANDERMOLEN = "Vandermolen Transport"
LINDQVIST = "Tobias Lindqvist"
STRACHAN = "Helen Strachan"
RHF = "Road Haulage Federation"
HF_SPOKES = "a spokesperson for Harlow & Finch"
RAFFERTY = "Colm Rafferty"

# science_08
RESEARCHERS = "researchers at the University of Tarrenmoor"
STUDY = "the study"
KESSLER = "Marta Kessler"
PRESS_OFFICE = "University of Tarrenmoor press office"
NESS = "Halvard Ness"
EFO = "European Freshwater Observatory"

# wire_08
APSC = "Atlantic Pelagic Stocks Council"
SALVESEN = "Ingrid Salvesen"
ICELAND_MFA = "Iceland's foreign ministry"
HALLGRIMSSON = "Bjarki Hallgrimsson"
DAHL = "Henrik Dahl"
JOENSEN = "Rani Joensen"
DIPLOMAT = "a diplomat who attended the talks"
UK_SPOKES = "a British government spokesman"

# archive_08
TULLIS = "Frederick Tullis"
COLQUHOUN = "Edith Colquhoun"
KIMBER = "R. J. Kimber"
SWABY = "Leonard Swaby"
GREENHALGH = "Walter Greenhalgh"
HAWORTH = "Albert Haworth"
PASSENGER = "one elderly passenger"

HELDOUT: dict[str, list[Q]] = {}

ARTICLES: dict[str, list[Q]] = {
    "sport_08": [
        Q(
            "“We were dead and buried at half-time, and I told them that,”",
            "direct",
            CORRIGAN,
            "person",
            "said Kestrel Vale manager [[Sinéad Corrigan]]",
            "that,” [[said]] Kestrel",
        ),
        Q(
            "“But this group doesn’t know when it’s beaten.”",
            "direct",
            CORRIGAN,
            "person",
            "said Kestrel Vale manager [[Sinéad Corrigan]]",
            "that,” [[said]] Kestrel",
        ),
        Q(
            "Corrigan said [[she had switched to a back three at the break because her full-backs "
            "were “getting murdered” down the flanks]]",
            "mixed",
            CORRIGAN,
            "person",
            "[[Corrigan]] said she had switched",
            "Corrigan [[said]] she had switched",
        ),
        Q(
            "called [[the second booking “a joke of a decision.”]]",
            "mixed",
            DELANEY,
            "person",
            "coach [[Marcus Delaney]] called",
            "Delaney [[called]] the second",
        ),
        Q(
            "“I’ve watched it back four times on the bus,”",
            "direct",
            DELANEY,
            "person",
            "bus,” [[he]] said",
            "bus,” he [[said]]",
        ),
        Q(
            "“and Luka wins the ball every time. Every single time.”",
            "direct",
            DELANEY,
            "person",
            "bus,” [[he]] said",
            "bus,” he [[said]]",
        ),
        Q(
            "and said [[his club would appeal against the dismissal]]",
            "indirect",
            DELANEY,
            "person",
            "[[Delaney]] urged the league",
            "footage and [[said]] his club",
        ),
        Q(
            (
                "Board said that [[Halloway had been “correctly positioned”",
                "“in line with the laws of the game.”]]",
            ),
            "mixed",
            MOB,
            "organisation",
            "the [[Match Officials Board]] said",
            "Officials Board [[said]] that",
        ),
        Q(
            "added that [[it had received “a number of complaints” about the behaviour of both "
            "technical areas and would review them this week]]",
            "mixed",
            MOB,
            "organisation",
            "[[The board]] added",
            "The board [[added]]",
        ),
        Q(
            "“We have to be honest with ourselves,”",
            "direct",
            ACHTERBERG,
            "person",
            "said [[the Harbourside captain]], who",
            "ourselves,” [[said]] the",
        ),
        Q(
            "“We stopped playing after the red card. We sat back and invited them on.”",
            "direct",
            ACHTERBERG,
            "person",
            "said [[the Harbourside captain]], who",
            "ourselves,” [[said]] the",
        ),
        Q(
            "He said [[the handball decision was “probably right” and that he could not complain "
            "about the penalty]]",
            "mixed",
            ACHTERBERG,
            "person",
            "[[He]] said the handball",
            "He [[said]] the handball",
        ),
        Q(
            "“I just closed my eyes and hit it,”",
            "direct",
            RYBAK,
            "person",
            "hit it,” [[the 19-year-old]] said",
            "the 19-year-old [[said]]",
        ),
        Q(
            "“My mum is somewhere in the East Stand and I think she’s still crying.”",
            "direct",
            RYBAK,
            "person",
            "hit it,” [[the 19-year-old]] said",
            "the 19-year-old [[said]]",
        ),
        Q(
            "“He was poor for 80 minutes and brilliant for ten. I’ll take that trade every week.”",
            "direct",
            CORRIGAN,
            "person",
            "[[Her]] verdict on the teenager",
            "Her [[verdict]] on the teenager",
        ),
        Q(
            "She told reporters [[Rybak would start next weekend’s trip to Dunmore if he trained "
            "well]]",
            "indirect",
            CORRIGAN,
            "person",
            "[[She]] told reporters Rybak",
            "She [[told]] reporters Rybak",
        ),
        Q(
            "warned that [[people should stop “building him up into something he isn’t yet.”]]",
            "mixed",
            CORRIGAN,
            "person",
            "[[She]] told reporters Rybak",
            "well, but [[warned]] that",
        ),
        Q(
            "consecutive matches, said [[he had never doubted the penalty would go in]]",
            "indirect",
            OSEI,
            "person",
            "[[Osei]], who has now scored",
            "consecutive matches, [[said]] he had",
        ),
        Q(
            "“Ask the referee,”",
            "direct",
            OSEI,
            "person",
            "referee,” [[he]] said",
            "referee,” he [[said]]",
        ),
        Q(
            "“I was on the floor, so I didn’t see much.”",
            "direct",
            OSEI,
            "person",
            "referee,” [[he]] said",
            "referee,” he [[said]]",
        ),
        Q(
            "spokesperson said [[two stewards had been treated for minor injuries and that the "
            "club was working with police to identify those responsible]]",
            "indirect",
            KV_SPOKES,
            "anonymous",
            "[[A Kestrel Vale spokesperson]] said",
            "Vale spokesperson [[said]] two",
        ),
    ],
    "business_08": [
        Q(
            "saying [[the offer “significantly undervalues” the business and its prospects]]",
            "mixed",
            HARLOW,
            "organisation",
            "[[Harlow & Finch Logistics]] has rejected",
            "Transport, [[saying]] the offer",
        ),
        Q(
            "The company said in a statement that [[the 410p-a-share proposal, made on Friday, was "
            "“opportunistic” and had been timed to exploit a share price that has fallen by a "
            "third since last summer]]",
            "mixed",
            HARLOW,
            "organisation",
            "[[The company]] said in a statement",
            "The company [[said]] in a statement",
        ),
        Q(
            "“We are not for sale at this price, and frankly I am not sure we are for sale at any "
            "price,”",
            "direct",
            ASHDOWN,
            "person",
            "chief executive [[Margaret Ashdown]] told",
            "Ashdown [[told]] analysts",
        ),
        Q(
            "“The plan we set out two years ago is working, even if this year’s numbers do not yet "
            "show it.”",
            "direct",
            ASHDOWN,
            "person",
            "chief executive [[Margaret Ashdown]] told",
            "Ashdown [[told]] analysts",
        ),
        Q(
            "She said [[the company expected margins to recover in the second half of this year as "
            "automated sorting lines at its Daventry and Stirling depots came into use]]",
            "indirect",
            ASHDOWN,
            "person",
            "[[She]] said the company expected",
            "She [[said]] the company expected",
        ),
        Q(
            "Ashdown said that [[the board had taken advice from its bankers before turning the "
            "approach down and had been unanimous]]",
            "indirect",
            ASHDOWN,
            "person",
            "[[Ashdown]] said that the board",
            "Ashdown [[said]] that the board",
        ),
        Q(
            "confirmed that [[it had made the approach]]",
            "indirect",
            VANDERMOLEN,
            "organisation",
            "[[Vandermolen]], which already owns",
            "[[confirmed]] that it had made",
        ),
        Q(
            "approach and said [[it was “considering its options.”]]",
            "mixed",
            VANDERMOLEN,
            "organisation",
            "[[Vandermolen]], which already owns",
            "approach and [[said]] it was",
        ),
        Q(
            "on Monday, [[the Dutch group has lined up a £900 million loan facility from a "
            "consortium of banks to fund a possible bid]]",
            "indirect",
            VANDERMOLEN,
            "organisation",
            "a filing [[Vandermolen]] made",
            "[[According to]] a filing",
        ),
        Q(
            "“Four hundred and ten pence is a low opening shot, but it is not a ridiculous one,”",
            "direct",
            LINDQVIST,
            "person",
            "said [[Tobias Lindqvist]], an analyst",
            "one,” [[said]] Tobias",
        ),
        Q(
            "“If I were a shareholder I would want the board to engage rather than slam the door.”",
            "direct",
            LINDQVIST,
            "person",
            "said [[Tobias Lindqvist]], an analyst",
            "one,” [[said]] Tobias",
        ),
        Q(
            "Lindqvist said [[he expected Vandermolen to come back with a proposal of between 450p "
            "and 480p a share]]",
            "indirect",
            LINDQVIST,
            "person",
            "[[Lindqvist]] said he expected",
            "Lindqvist [[said]] he expected",
        ),
        Q(
            (
                "Harlow & Finch, said [[the company had “run out of road” on costs",
                "dismiss the bid out of hand]]",
            ),
            "mixed",
            STRACHAN,
            "person",
            "[[Helen Strachan]], who runs",
            "Harlow & Finch, [[said]] the company",
        ),
        Q(
            "“Management keeps telling us next year will be better,”",
            "direct",
            STRACHAN,
            "person",
            "better,” [[she]] said",
            "better,” she [[said]]",
        ),
        Q(
            "“We have heard that for three years.”",
            "direct",
            STRACHAN,
            "person",
            "better,” [[she]] said",
            "better,” she [[said]]",
        ),
        Q(
            ("found that [[operating costs across the sector", "was now loss-making]]"),
            "indirect",
            RHF,
            "organisation",
            "by the [[Road Haulage Federation]] found",
            "Federation [[found]] that",
        ),
        Q(
            "Harlow & Finch said [[the board would “keep shareholders informed” but had no plans to "
            "open its books to Vandermolen]]",
            "mixed",
            HF_SPOKES,
            "anonymous",
            "[[A spokesperson for Harlow & Finch]] said",
            "for Harlow & Finch [[said]] the board",
        ),
        Q(
            "Rafferty, said [[members at the group’s 14 depots had been “kept completely in the "
            "dark.”]]",
            "mixed",
            RAFFERTY,
            "person",
            "general secretary, [[Colm Rafferty]], said",
            "Colm Rafferty, [[said]] members",
        ),
        Q(
            "“Every time one of these Dutch or American groups buys a British haulier, the first "
            "thing that goes is the depot nearest the sea,”",
            "direct",
            RAFFERTY,
            "person",
            "sea,” [[Rafferty]] said",
            "sea,” Rafferty [[said]]",
        ),
        Q(
            "“Our members know that, even if the City pretends not to.”",
            "direct",
            RAFFERTY,
            "person",
            "sea,” [[Rafferty]] said",
            "sea,” Rafferty [[said]]",
        ),
    ],
    "science_08": [
        Q(
            (
                "[[Lakes in the high mountains of Europe",
                "climate models had projected]], researchers",
            ),
            "indirect",
            RESEARCHERS,
            "anonymous",
            "[[researchers at the University of Tarrenmoor]] reported",
            "Tarrenmoor [[reported]] on Wednesday",
        ),
        Q(
            "The study found that [[the shift had accelerated sharply after 2005 and that small, "
            "shallow lakes below 2,000 metres were the worst affected]]",
            "indirect",
            STUDY,
            "organisation",
            "[[The study]] found that",
            "The study [[found]] that",
        ),
        Q(
            "a limnologist at Tarrenmoor, said [[the team had been surprised by how consistent the "
            "signal was across three mountain ranges with very different weather]]",
            "indirect",
            KESSLER,
            "person",
            "Dr [[Marta Kessler]], a limnologist",
            "at Tarrenmoor, [[said]] the team",
        ),
        Q(
            "“We expected a patchwork,”",
            "direct",
            KESSLER,
            "person",
            "patchwork,” [[Kessler]] said",
            "patchwork,” Kessler [[said]]",
        ),
        Q(
            "“What we found was one story told 212 times.”",
            "direct",
            KESSLER,
            "person",
            "patchwork,” [[Kessler]] said",
            "patchwork,” Kessler [[said]]",
        ),
        Q(
            ("[[“The first time my PhD student", "this can’t be right,’”"),
            "direct",
            KESSLER,
            "person",
            "right,’” [[she]] said",
            "right,’” she [[said]]",
        ),
        Q(
            ("[[“He came back a week later", "we knew we had a paper.”"),
            "direct",
            KESSLER,
            "person",
            "right,’” [[she]] said",
            "right,’” she [[said]]",
        ),
        Q(
            "“For the cold-water fish, the Arctic charr above all, that is a squeeze from both ends,”",
            "direct",
            KESSLER,
            "person",
            "ends,” [[Kessler]] said",
            "ends,” Kessler [[said]]",
        ),
        Q(
            ("[[“The surface is too warm for them by July", "stopped finding charr at all.”"),
            "direct",
            KESSLER,
            "person",
            "ends,” [[Kessler]] said",
            "ends,” Kessler [[said]]",
        ),
        Q(
            "described [[the project as “the most complete record of mountain lake ice ever "
            "assembled”]]",
            "mixed",
            PRESS_OFFICE,
            "organisation",
            "the [[University of Tarrenmoor press office]] described",
            "press office [[described]] the project",
        ),
        Q(
            ("assembled” and said that [[more than 300 volunteers", "for three generations]]"),
            "indirect",
            PRESS_OFFICE,
            "organisation",
            "the [[University of Tarrenmoor press office]] described",
            "assembled” and [[said]] that",
        ),
        Q(
            "“Satellite records of lake ice are notoriously difficult in steep terrain, where cloud "
            "and mountain shadow are easily mistaken for ice or for open water,”",
            "direct",
            NESS,
            "person",
            "said Dr [[Halvard Ness]], who",
            "water,” [[said]] Dr",
        ),
        Q(
            "Ness said [[the local ice logs were “the real treasure” of the study]]",
            "mixed",
            NESS,
            "person",
            "[[Ness]] said the local",
            "Ness [[said]] the local",
        ),
        Q(
            "warned that [[the habits of the people keeping them might have changed over forty "
            "years]]",
            "indirect",
            NESS,
            "person",
            "[[Ness]] said the local",
            "study, but [[warned]] that",
        ),
        Q(
            "“If a farmer used to declare the lake open when the last floe melted, and her grandson "
            "declares it open as soon as he can get a boat out, you have a trend that is partly "
            "human,”",
            "direct",
            NESS,
            "person",
            "human,” [[he]] said",
            "human,” he [[said]]",
        ),
        Q(
            "problem and said [[the team had checked every handwritten entry against satellite data "
            "wherever both existed for the same week]]",
            "indirect",
            KESSLER,
            "person",
            "[[Kessler]] acknowledged the problem",
            "problem and [[said]] the team",
        ),
        Q(
            "According to Kessler, [[the two sources disagreed by more than five days in fewer than "
            "one case in twenty]]",
            "indirect",
            KESSLER,
            "person",
            "According to [[Kessler]],",
            "[[According to]] Kessler",
        ),
        Q(
            "the work, said [[it would extend the monitoring programme to lakes in the Balkans and "
            "the Tatras from next winter]]",
            "indirect",
            EFO,
            "organisation",
            "The [[European Freshwater Observatory]], which",
            "the work, [[said]] it would",
        ),
        Q(
            "“Some of the most valuable data in this study was sitting in a shoebox in a mountain "
            "hut,”",
            "direct",
            KESSLER,
            "person",
            "hut,” [[she]] said",
            "hut,” she [[said]]",
        ),
        Q(
            "“Nobody had looked at it since 1987.”",
            "direct",
            KESSLER,
            "person",
            "hut,” [[she]] said",
            "hut,” she [[said]]",
        ),
    ],
    "wire_08": [
        Q(
            "body warning that [[the stock could be in serious trouble within a decade]]",
            "indirect",
            APSC,
            "organisation",
            "[[the regional fisheries body]] warning",
            "fisheries body [[warning]] that",
        ),
        Q(
            '"We came here with a fair offer and we leave with the same fair offer still on the '
            'table,"',
            "direct",
            SALVESEN,
            "person",
            "foreign minister, [[Ingrid Salvesen]], after",
            'table," [[said]] Norway',
        ),
        Q(
            '"Iceland has chosen headlines over fish."',
            "direct",
            SALVESEN,
            "person",
            "foreign minister, [[Ingrid Salvesen]], after",
            'table," [[said]] Norway',
        ),
        Q(
            "the minister said, [[would allow the stock to recover to safe levels by 2030]]",
            "indirect",
            SALVESEN,
            "person",
            "which, [[the minister]] said",
            "the minister [[said]], would",
        ),
        Q(
            "Salvesen denied that [[Oslo was trying to lock in its own dominant share]]",
            "indirect",
            SALVESEN,
            "person",
            "[[Salvesen]] denied",
            "Salvesen [[denied]] that",
        ),
        Q(
            "share and said [[Norway had offered to take the largest cut in absolute tonnes]]",
            "indirect",
            SALVESEN,
            "person",
            "[[Salvesen]] denied",
            "share and [[said]] Norway",
        ),
        Q(
            "[[Iceland would not accept any arrangement based on catch records from the 1990s, when "
            "almost no mackerel reached its waters]], its foreign ministry",
            "indirect",
            ICELAND_MFA,
            "organisation",
            "waters, [[its foreign ministry]] said",
            "its foreign ministry [[said]] in a statement",
        ),
        Q(
            ("The ministry said [[the fish now spent", "where the fish actually lived]]"),
            "indirect",
            ICELAND_MFA,
            "organisation",
            "[[The ministry]] said the fish",
            "The ministry [[said]] the fish",
        ),
        Q(
            'told reporters [[the Norwegian proposal was "cosmetic" and amounted to asking '
            "Icelandic fishing towns to pay for decades of overfishing by others]]",
            "mixed",
            HALLGRIMSSON,
            "person",
            "foreign minister, [[Bjarki Hallgrimsson]], told",
            "Hallgrimsson, [[told]] reporters",
        ),
        Q(
            '"The fish have moved north. The rules have not,"',
            "direct",
            HALLGRIMSSON,
            "person",
            'not," [[he]] said',
            'not," he [[said]]',
        ),
        Q(
            "the coastal states, said [[its scientists had recommended a cut of at least 20 "
            "percent]]",
            "indirect",
            DAHL,
            "person",
            "[[Henrik Dahl]], a spokesman",
            "the coastal states, [[said]] its scientists",
        ),
        Q(
            "He added that [[the combined quotas the parties had set for themselves this year were "
            "almost 40 percent above that advice]]",
            "indirect",
            DAHL,
            "person",
            "[[He]] added that the combined",
            "He [[added]] that the combined",
        ),
        Q(
            '"Every year without an agreement, everyone fishes more than the science allows,"',
            "direct",
            DAHL,
            "person",
            'allows," [[Dahl]] said',
            'allows," Dahl [[said]]',
        ),
        Q(
            '"The mackerel do not care whose flag is on the boat."',
            "direct",
            DAHL,
            "person",
            'allows," [[Dahl]] said',
            'allows," Dahl [[said]]',
        ),
        Q(
            '"We put three different sets of numbers on the table in one evening, and all three '
            'were refused before anyone had read them,"',
            "direct",
            JOENSEN,
            "person",
            "fisheries minister, [[Rani Joensen]].",
            'them," [[said]] the Faroese',
        ),
        Q(
            "He said [[his government would not set its own quota until it had consulted the other "
            "parties]]",
            "indirect",
            JOENSEN,
            "person",
            "[[He]] said his government",
            "He [[said]] his government",
        ),
        Q(
            (
                "were closed, said [[the Norwegian and Icelandic delegations",
                "since Tuesday morning]]",
            ),
            "indirect",
            DIPLOMAT,
            "anonymous",
            "[[A diplomat]] who attended",
            "were closed, [[said]] the Norwegian",
        ),
        Q(
            '"There was a lot of talking through the chair and not much talking to each other,"',
            "direct",
            DIPLOMAT,
            "anonymous",
            'other," [[the diplomat]] said',
            "the diplomat [[said]]",
        ),
        Q(
            'spokesman said [[London remained "fully committed" to a multilateral agreement]]',
            "mixed",
            UK_SPOKES,
            "anonymous",
            "[[A British government spokesman]] said",
            "government spokesman [[said]] London",
        ),
        Q(
            '"We will do what we must to protect our communities, and we will not apologise for '
            'it,"',
            "direct",
            HALLGRIMSSON,
            "person",
            'for it," [[he]] said',
            'for it," he [[said]]',
        ),
        Q(
            'She said [[a failure to agree for a third year running would be "a gift to nobody '
            'except the people who sell fishing boats."]]',
            "mixed",
            SALVESEN,
            "person",
            "[[She]] said a failure",
            "She [[said]] a failure",
        ),
        Q(
            "The council said [[the next formal round would be held in Reykjavik in February]]",
            "indirect",
            APSC,
            "organisation",
            "[[The council]] said the next",
            "The council [[said]] the next",
        ),
    ],
    "archive_08": [
        Q(
            "described [[the system as ``a museum on wheels'']]",
            "mixed",
            TULLIS,
            "person",
            "Ald. [[Frederick Tullis]] described",
            "Tullis [[described]] the system",
        ),
        Q(
            "accused [[the transport committee of ``selling the city's birthright for a fleet of "
            "smelly buses.'']]",
            "mixed",
            COLQUHOUN,
            "person",
            "Mrs. [[Edith Colquhoun]] accused",
            "Colquhoun [[accused]] the",
        ),
        Q(
            "``The trams have served this city well for fifty-one years,''",
            "direct",
            TULLIS,
            "person",
            "said Ald. [[Tullis]], chairman",
            "years,'' [[said]] Ald.",
        ),
        Q(
            "``but we cannot ask the ratepayers to go on pouring money into rails and overhead "
            "wires that are worn out.''",
            "direct",
            TULLIS,
            "person",
            "said Ald. [[Tullis]], chairman",
            "years,'' [[said]] Ald.",
        ),
        Q(
            (
                "He said [[the committee's engineers had put",
                "before a single new car is bought.'']]",
            ),
            "mixed",
            TULLIS,
            "person",
            "[[He]] said the committee's",
            "He [[said]] the committee's",
        ),
        Q(
            "Hill Street ward, said [[her constituents had never been consulted]]",
            "indirect",
            COLQUHOUN,
            "person",
            "Mrs. [[Colquhoun]], who represents",
            "Street ward, [[said]] her",
        ),
        Q(
            "''They read about it in this newspaper,''",
            "direct",
            COLQUHOUN,
            "person",
            "newspaper,'' [[she]] said",
            "newspaper,'' she [[said]]",
        ),
        Q(
            "''That is not how a council should treat the people who elect it.''",
            "direct",
            COLQUHOUN,
            "person",
            "newspaper,'' [[she]] said",
            "newspaper,'' she [[said]]",
        ),
        Q(
            ("She told the council that [[more than half the households", "``a daily misery.'']]"),
            "mixed",
            COLQUHOUN,
            "person",
            "[[She]] told the council",
            "She [[told]] the council",
        ),
        Q(
            (
                "Transport Department, said [[forty new double-deck buses",
                "before the last tram ran]]",
            ),
            "indirect",
            KIMBER,
            "person",
            "Mr. [[R. J. Kimber]], general",
            "Transport Department, [[said]] forty",
        ),
        Q(
            ("assured members that [[the new timetable", "the trams have ever managed.'']]"),
            "mixed",
            KIMBER,
            "person",
            "[[He]] assured members",
            "He [[assured]] members",
        ),
        Q(
            "after the vote that [[the traders would ``fight on in every way open to us.'']]",
            "mixed",
            SWABY,
            "person",
            "Mr. [[Leonard Swaby]], said",
            "Swaby, [[said]] after the vote",
        ),
        Q(
            "``A city that tears up its trams will one day pay good money to lay them again.''",
            "direct",
            GREENHALGH,
            "person",
            "Coun. [[Walter Greenhalgh]], speaking",
            None,
        ),
        Q(
            "He told our reporter that [[he would retire rather than learn to drive a bus]]",
            "indirect",
            HAWORTH,
            "person",
            "[[He]] told our reporter",
            "He [[told]] our reporter",
        ),
        Q(
            "``I have taken the old No. 9 up that hill in snow and fog and once in a thunderstorm "
            "with the wires spitting,''",
            "direct",
            HAWORTH,
            "person",
            "spitting,'' [[he]] said",
            "spitting,'' he [[said]]",
        ),
        Q(
            "``A bus won't do it. You mark my words.''",
            "direct",
            HAWORTH,
            "person",
            "spitting,'' [[he]] said",
            "spitting,'' he [[said]]",
        ),
        Q(
            (
                "Haworth said [[the steepest section, above the Reservoir, had beaten",
                "shop window in 1949]]",
            ),
            "indirect",
            HAWORTH,
            "person",
            "Mr. [[Haworth]] said the steepest",
            "Haworth [[said]] the steepest",
        ),
        Q(
            "shopping, said [[she thought it ``a crying shame.'']]",
            "mixed",
            PASSENGER,
            "anonymous",
            "[[One elderly passenger]], waiting",
            "her shopping, [[said]] she thought",
        ),
        Q(
            "''My mother rode that tram to her wedding,''",
            "direct",
            PASSENGER,
            "anonymous",
            "wedding,'' [[she]] said",
            "wedding,'' she [[said]]",
        ),
    ],
}

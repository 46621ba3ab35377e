# The specifications below quote the articles verbatim, typographic marks included.
"""Gold specifications for nk_sanctions_03, health_03 and business_03 (held out until
scored in round 4), merged into build_gold.py's dictionaries."""

from __future__ import annotations

from build_gold import Q

# nk_sanctions_03
CHOI = "Choi Jae-won"
WHITCOMB = "Daniel Whitcomb"
SOKOLOVSKAYA = "Yelena Sokolovskaya"
ZINOVIEV = "Grigory Zinoviev"
LIN = "Lin Haowen"
TANABE = "Hiroshi Tanabe"
SEO = "Seo Jun-ho"
KANG = "Kang Min-ji"
TRILATERAL = "South Korea, the United States and Japan"
KCNA = "North Korea's Korean Central News Agency"

# health_03
QUILL = "Bernadette Quill"
OREILLY = "Siobhan O'Reilly"
ASHDOWN = "Caroline Ashdown"
HOLLIS = "Derek Hollis"
JOANNE = "Joanne Hollis"
LAKHANI = "Priya Lakhani-Shore"
PRYCE = "Tom Pryce"
NNF = "National Nursing Federation"
CHARITY = "Age Forward Wealdshire"

# business_03
KESSLER = "Raymond Kessler"
DELAHUNT = "Marcus Delahunt"
VENKATARAMAN = "Priya Venkataraman"
MADDOX = "Colin Maddox"
WHITLOCK = "Dana Whitlock"
FERREIRA = "Luis Ferreira"
ALDINE = "Aldine Chemicals Corp"
BOTH = "Aldine Chemicals Corp and Corvex Materials Inc"
UNION = "United Chemical Workers Union"
FAMILIAR = "a person familiar with the negotiations"


ARTICLES: dict[str, list[Q]] = {
    "nk_sanctions_03": [
        Q(
            ("on the 21st that [[North Korea has shipped", 'UN Security Council"'),
            "mixed",
            TRILATERAL,
            "group",
            "[[South Korea, the United States and Japan]] said in a joint",
            "and Japan [[said]] in a joint",
        ),
        Q(
            "National Defense, [[the trains have been operated two or three times a week since "
            "March]]",
            "indirect",
            "Ministry of National Defense",
            "organisation",
            "According to [[the Ministry of National Defense]]",
            "[[According to]] the Ministry",
        ),
        Q(
            ("same day: [[“What North Korea is selling", "one more winter of war in Ukraine.”"),
            "direct",
            CHOI,
            "person",
            "Foreign Minister [[Choi Jae-won]] told",
            "Choi Jae-won [[told]] reporters",
        ),
        Q(
            ("Minister Choi said [[the government would", "on Russian logistics firms"),
            "mixed",
            CHOI,
            "person",
            "Minister [[Choi]] said the government",
            "Minister Choi [[said]] the government",
        ),
        Q(
            ("[[“We have watched this rail line", "but an assembly line.”"),
            "direct",
            WHITCOMB,
            "person",
            "spokesperson [[Daniel Whitcomb]] said",
            "Daniel Whitcomb [[said]] at a briefing",
        ),
        Q(
            "He added that [[the United States “will hold accountable every entity that keeps "
            "this pipeline running.”]]",
            "mixed",
            WHITCOMB,
            "person",
            "[[He]] added that the United States",
            "He [[added]] that the United States",
        ),
        Q(
            ("Sokolovskaya said that [[the joint statement was", "its international obligations"),
            "mixed",
            SOKOLOVSKAYA,
            "person",
            "spokeswoman [[Yelena Sokolovskaya]] said",
            "Sokolovskaya [[said]] that the joint",
        ),
        Q(
            'She said [[it is "not the business of Seoul to teach Russia how to trade with its '
            "neighbors]]",
            "mixed",
            SOKOLOVSKAYA,
            "person",
            "[[She]] said it is",
            "She [[said]] it is",
        ),
        Q(
            "“There is nothing to discuss.”",
            "direct",
            ZINOVIEV,
            "person",
            "Korea [[Grigory Zinoviev]], who",
            "[[told]] reporters while leaving",
        ),
        Q(
            "The minister said [[he had delivered “a stern warning” during the 40-minute meeting]]",
            "mixed",
            CHOI,
            "person",
            "[[The minister]] said he had",
            "The minister [[said]] he had",
        ),
        Q(
            "“China is not aware of the situation you mentioned,”",
            "direct",
            LIN,
            "person",
            "spokesperson [[Lin Haowen]] said",
            "Lin Haowen [[said]] at a regular",
        ),
        Q(
            "and said that [[all parties should “do more things conducive to peace and stability "
            "of the peninsula.”]]",
            "mixed",
            LIN,
            "person",
            "spokesperson [[Lin Haowen]] said",
            "mentioned,” and [[said]] that all",
        ),
        Q(
            "22nd that [[Japan will cooperate closely with Korea and the United States and "
            "“respond firmly”]]",
            "mixed",
            TANABE,
            "person",
            "Secretary [[Hiroshi Tanabe]] said",
            "Tanabe [[said]] on the 22nd",
        ),
        Q(
            "He said [[the government is also checking whether Japanese machine tools were used]]",
            "indirect",
            TANABE,
            "person",
            "[[He]] said the government is also",
            "He [[said]] the government is also",
        ),
        Q(
            ("[[“Ships can be tracked", "without Russia’s cooperation.”"),
            "direct",
            SEO,
            "person",
            "[[Seo Jun-ho]], a research",
            "Hanbyeol Institute, [[said]], “Ships",
        ),
        Q(
            "“The number 1,800 is probably the minimum,”",
            "direct",
            SEO,
            "person",
            "minimum,” [[he]] said",
            "minimum,” he [[said]]",
        ),
        Q(
            "“If you count trucks through Wonjong, it may be much larger.”",
            "direct",
            SEO,
            "person",
            "minimum,” [[he]] said",
            "minimum,” he [[said]]",
        ),
        Q(
            ("pointed out that [[since the UN Panel", "verify such reports"),
            "indirect",
            SEO,
            "person",
            "Researcher [[Seo]], who published",
            "[[pointed out]] that since",
        ),
        Q(
            ("[[The era when the Security Council", "willing to act alone."),
            "direct",
            KANG,
            "person",
            "[[Minji Kang]], Professor",
            None,
        ),
        Q(
            ("[[“Everyone knows what is on those trains.", "say it out loud.”"),
            "direct",
            "a Security Council diplomat",
            "anonymous",
            "[[A Security Council diplomat]], speaking",
            "anonymity, [[said]], “Everyone",
        ),
        Q(
            ("20th that [[the “normal exchange”", "two independent states,”"),
            "mixed",
            KCNA,
            "organisation",
            "[[North Korea’s Korean Central News Agency]] said",
            "News Agency [[said]] in a commentary",
        ),
        Q(
            ("told this newspaper that [[Seoul should join", 'Moscow actually feels"'),
            "mixed",
            KANG,
            "person",
            "[[Kang Min-ji]], a professor",
            "Daehan University, [[told]] this newspaper",
        ),
    ],
    "health_03": [
        Q(
            ("[[Patients at Kingsmere General Hospital are routinely", "in a converted storeroom"),
            "indirect",
            "nurses at the hospital",
            "anonymous",
            "according to [[nurses at the hospital]]",
            "[[according to]] nurses at the hospital",
        ),
        Q(
            ("on Tuesday that [[312 patients", "the highest figure in the region"),
            "indirect",
            NNF,
            "organisation",
            "The [[National Nursing Federation]] said",
            "Nursing Federation [[said]] on Tuesday",
        ),
        Q(
            "‘What our members are describing is not a winter crisis, because it is October,’",
            "direct",
            QUILL,
            "person",
            "said [[Bernadette Quill]], the",
            "October,’ [[said]] Bernadette",
        ),
        Q(
            "‘It is simply how the hospital now runs.’",
            "direct",
            QUILL,
            "person",
            "said [[Bernadette Quill]], the",
            "October,’ [[said]] Bernadette",
        ),
        Q(
            ("Ms Quill said [[nurses were being asked", "through narrow corridors"),
            "indirect",
            QUILL,
            "person",
            "Ms [[Quill]] said nurses",
            "Ms Quill [[said]] nurses",
        ),
        Q(
            ("Wealdshire Echo [[she had cared for", "still in the corner’"),
            "mixed",
            OREILLY,
            "person",
            "[[Siobhan O’Reilly]], a staff nurse",
            "19 years, [[told]] the Wealdshire",
        ),
        Q(
            "‘I went home and sat in the car for an hour before I could face my kids,’",
            "direct",
            OREILLY,
            "person",
            "kids,’ [[the 47-year-old]] said",
            "the 47-year-old [[said]]",
        ),
        Q(
            "‘You do your best,’",
            "direct",
            OREILLY,
            "person",
            "best,’ [[the nurse]] added",
            "the nurse [[added]]",
        ),
        Q(
            ("[[‘You put a screen up", "to look after them.’"),
            "direct",
            OREILLY,
            "person",
            "best,’ [[the nurse]] added",
            "the nurse [[added]]",
        ),
        Q(
            "conceded that [[the storeroom had been used ‘twice, in exceptional circumstances’]]",
            "mixed",
            ASHDOWN,
            "person",
            "[[Caroline Ashdown]], conceded",
            "Ashdown, [[conceded]] that",
        ),
        Q(
            ("[[‘I am not going to pretend", "It is not,’"),
            "direct",
            ASHDOWN,
            "person",
            "is not,’ [[she]] said",
            "is not,’ she [[said]]",
        ),
        Q(
            ("[[‘But the alternative is leaving", "that’s worse.’"),
            "direct",
            ASHDOWN,
            "person",
            "is not,’ [[she]] said",
            "is not,’ she [[said]]",
        ),
        Q(
            ("Mrs Ashdown said [[the trust had opened", "available for them"),
            "indirect",
            ASHDOWN,
            "person",
            "Mrs [[Ashdown]] said",
            "Mrs Ashdown [[said]]",
        ),
        Q(
            ("[[‘Nobody was rude to me.", "signed for,’"),
            "direct",
            HOLLIS,
            "person",
            "for,’ [[he]] said",
            "for,’ he [[said]]",
        ),
        Q(
            'Hollis, said [[she had complained to the hospital twice and had "still not had a '
            "proper answer]]",
            "mixed",
            JOANNE,
            "person",
            "His daughter, [[Joanne Hollis]], said",
            "Joanne Hollis, [[said]] she",
        ),
        Q(
            ("Wednesday, said [[the figures were ‘deeply concerning’", "from the trust"),
            "mixed",
            LAKHANI,
            "person",
            "minister [[Priya Lakhani-Shore]], visiting",
            "Wednesday, [[said]] the figures",
        ),
        Q(
            ("insisted: [[‘We are putting record sums", "How that money is used is.’"),
            "direct",
            LAKHANI,
            "person",
            "[[The minister]] insisted",
            "The minister [[insisted]]",
        ),
        Q(
            "‘The minister should come and stand in that corridor at three in the morning,’",
            "direct",
            QUILL,
            "person",
            "morning,’ [[she]] told",
            "morning,’ she [[told]]",
        ),
        Q(
            "in hospital, said [[elderly patients were ‘paying the price for a system that has "
            "simply run out of room’]]",
            "mixed",
            CHARITY,
            "organisation",
            "The charity [[Age Forward Wealdshire]], which",
            "in hospital, [[said]] elderly",
        ),
        Q(
            'posted on X that [[the figures were "a disgrace, frankly"]]',
            "mixed",
            PRYCE,
            "person",
            "Its director, [[Tom Pryce]], posted",
            "Pryce, [[posted]] on X",
        ),
        Q(
            ("The nurse said [[she would keep going", "whatever the figures say’"),
            "mixed",
            OREILLY,
            "person",
            "[[The nurse]] said she would",
            "The nurse [[said]] she would",
        ),
    ],
    "business_03": [
        Q(
            ("[[Corvex shareholders will receive", "a 27% premium to Friday's close"),
            "indirect",
            ALDINE,
            "organisation",
            "a filing [[Aldine]] made",
            "close, [[according to]] a filing",
        ),
        Q(
            "The companies said [[they expect about $420 million in annual cost savings by the "
            "end of the third year]]",
            "indirect",
            BOTH,
            "group",
            "[[The companies]] said they",
            "The companies [[said]] they",
        ),
        Q(
            ('[["This is a combination of two companies', 'the same bigger rivals,"'),
            "direct",
            KESSLER,
            "person",
            "Chief Executive [[Raymond Kessler]] said",
            "Raymond Kessler [[said]] on a call",
        ),
        Q(
            ('[["Our labs are complementary.', 'we can finally win."'),
            "direct",
            KESSLER,
            "person",
            "Chief Executive [[Raymond Kessler]] said",
            "Raymond Kessler [[said]] on a call",
        ),
        Q(
            "combined company, said [[no decisions had been made about individual plants]]",
            "indirect",
            KESSLER,
            "person",
            "[[Kessler]], who will run",
            "combined company, [[said]] no decisions",
        ),
        Q(
            ("in an interview that [[his board had looked", "before agreeing to the deal"),
            "mixed",
            DELAHUNT,
            "person",
            "[[Delahunt]] told Meridian",
            "Delahunt [[told]] Meridian",
        ),
        Q(
            ("[[\"I've spent 22 years at Corvex.", 'it was a surrender,"'),
            "direct",
            DELAHUNT,
            "person",
            'surrender," [[the 61-year-old]] said',
            "the 61-year-old [[said]]",
        ),
        Q(
            '"It\'s the opposite."',
            "direct",
            DELAHUNT,
            "person",
            'surrender," [[the 61-year-old]] said',
            "the 61-year-old [[said]]",
        ),
        Q(
            "He added that [[Corvex's research center in Akron would stay open]]",
            "indirect",
            DELAHUNT,
            "person",
            "[[He]] added that Corvex",
            "He [[added]] that Corvex",
        ),
        Q(
            "[[The talks began last summer after Kessler approached Delahunt at an industry "
            "conference in Frankfurt]], according to",
            "indirect",
            FAMILIAR,
            "anonymous",
            "according to [[a person familiar with the negotiations]]",
            "Frankfurt, [[according to]] a person",
        ),
        Q(
            "The person said [[an earlier approach in 2021 had collapsed over who would lead the "
            "combined company]]",
            "indirect",
            FAMILIAR,
            "anonymous",
            "[[The person]] said an earlier",
            "The person [[said]] an earlier",
        ),
        Q(
            ('Securities, said [[the price looked "full"', 'maybe even conservative."'),
            "mixed",
            VENKATARAMAN,
            "person",
            "[[Priya Venkataraman]], an analyst",
            "Halvorsen Securities, [[said]] the price",
        ),
        Q(
            ('[["Every chemical merger of the last decade', 'Very few delivered them,"'),
            "direct",
            MADDOX,
            "person",
            'them," [[he]] wrote',
            'them," he [[wrote]]',
        ),
        Q(
            "The analyst noted that [[both companies rely heavily on carmakers, whose orders are "
            "slowing]]",
            "indirect",
            MADDOX,
            "person",
            "[[The analyst]] noted",
            "The analyst [[noted]]",
        ),
        Q(
            ("but said [[the agency would “look very hard", "fewer than three suppliers.”"),
            "mixed",
            WHITLOCK,
            "person",
            "Commissioner [[Dana Whitlock]], speaking",
            "the deal but [[said]] the agency",
        ),
        Q(
            "“We are not against size. We are against markets where the customer has nowhere "
            "else to go,”",
            "direct",
            WHITLOCK,
            "person",
            "go,” [[she]] said",
            "go,” she [[said]]",
        ),
        Q(
            "[[The combined company would control about 38% of the U.S. market for industrial "
            "adhesives]], Maddox",
            "indirect",
            MADDOX,
            "person",
            "adhesives, [[Maddox]] estimated",
            "Maddox [[estimated]]",
        ),
        Q(
            'in a statement [[it was "deeply worried" that the savings would come from job cuts]]',
            "mixed",
            UNION,
            "organisation",
            "The [[United Chemical Workers Union]], which",
            "plants, [[said]] in a statement",
        ),
        Q(
            ('LinkedIn: [["$420 million in', "our members' paychecks.\""),
            "direct",
            FERREIRA,
            "person",
            "[[Luis Ferreira]], president",
            "district, [[posted]] on LinkedIn",
        ),
        Q(
            ("insisted that [[most of the savings", "overlapping head-office functions"),
            "indirect",
            KESSLER,
            "person",
            "[[Kessler]], asked about",
            "concerns, [[insisted]] that",
        ),
        Q(
            '"We are not buying Corvex to close it,"',
            "direct",
            KESSLER,
            "person",
            'close it," [[the chief executive]] said',
            "the chief executive [[said]]",
        ),
        Q(
            'Corvex, said [[the exchange ratio "significantly undervalues Corvex and that it '
            "would consider voting against the deal]]",
            "mixed",
            "Tarn Ridge Capital",
            "organisation",
            "[[Tarn Ridge Capital]], which owns",
            "6% of Corvex, [[said]] the exchange",
        ),
    ],
}

HELDOUT: dict[str, list[Q]] = {}

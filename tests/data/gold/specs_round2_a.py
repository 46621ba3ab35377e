# The specifications below quote the articles verbatim, typographic marks included.
"""Gold specifications for diplomacy_01, labour_01, security_01 and environment_01 (the
last two held out until scored in round 2), merged into build_gold.py's dictionaries."""

from __future__ import annotations

from build_gold import Q

# diplomacy_01
BAEK = "Baek Seung-ho"
KANG = "Kang Hye-rim"
VOLOSHENKO = "Arkady Voloshenko"
RYABTSEVA = "Oksana Ryabtseva"
YOO = "Yoo Dong-geun"
LEE = "Lee Soo-jin"
ANISIMOV = "Dmitry Anisimov"

# labour_01
CASSIDY = "Maureen Cassidy"
OKAFOR = "Julian Okafor"
PIKE = "Darren Pike"
ALDOUS = "Fiona Aldous"

# security_01
LINDQVIST = "Jari Lindqvist"
AALTONEN = "Mikko Aaltonen"
MALYSHEV = "Gennady Malyshev"
VAHER = "Kadri Vaher"
RANTANEN = "Kaisa Rantanen"

# environment_01
RAO = "Anjali Rao"
OSTROWSKI = "Garrett Ostrowski"
JUNG = "Minho Jung"
WHITFIELD = "Dolores Whitfield"
PRUITT = "Walt Pruitt"
ALLIANCE = "Desert Springs Alliance"

ARTICLES: dict[str, list[Q]] = {
    "diplomacy_01": [
        Q(
            ("ministry: [[“These transfers are", "We will not look away.”"),
            "direct",
            BAEK,
            "person",
            "Foreign Minister [[Baek Seung-ho]] told",
            "Baek Seung-ho [[told]] reporters",
        ),
        Q(
            ("Affairs, [[First Vice Minister Kang Hye-rim called in", "transfers since February"),
            "indirect",
            "Ministry of Foreign Affairs",
            "organisation",
            "According to [[the Ministry of Foreign Affairs]]",
            "[[According to]] the Ministry",
        ),
        Q(
            "official said [[the vice minister told the ambassador that Seoul “can no longer "
            "treat these incidents as isolated cases.”]]",
            "mixed",
            "a ministry official",
            "anonymous",
            "[[A ministry official]] said",
            "A ministry official [[said]]",
        ),
        Q(
            "on X that [[the accusations were “a recycled fabrication of the Western-controlled "
            "press”]]",
            "mixed",
            VOLOSHENKO,
            "person",
            "Ambassador [[Arkadiy Voloshenko]], who",
            "later [[wrote]] on X",
        ),
        Q(
            ("ministry said: [[«The Russian Federation", "on their own soil.»"),
            "direct",
            "Russian Foreign Ministry",
            "organisation",
            "[[the ministry]] said: «",
            "the ministry [[said]]: «",
        ),
        Q(
            "Moscow that [[Seoul was “once again acting on instructions from Washington.”]]",
            "mixed",
            RYABTSEVA,
            "person",
            "Spokeswoman [[Oksana Ryabtseva]] added",
            "Ryabtseva [[added]] at",
        ),
        Q(
            "She warned that [[any new unilateral sanctions would bring “consequences for "
            "relations that are already at their lowest point.”]]",
            "mixed",
            RYABTSEVA,
            "person",
            "[[She]] warned that",
            "She [[warned]] that",
        ),
        Q(
            "the vice minister said [[the government had shared the images with Washington and "
            "Tokyo and would submit them to the UN sanctions committee]]",
            "indirect",
            KANG,
            "person",
            "15th, [[the vice minister]] said",
            "the vice minister [[said]] the government",
        ),
        Q(
            "“We are not asking Russia for favours. We are asking it to keep its word,”",
            "direct",
            KANG,
            "person",
            "its word,” [[she]] said",
            "its word,” she [[said]]",
        ),
        Q(
            'argued that [[summoning the ambassador had become "a ritual that Moscow has learned '
            'to ignore."]]',
            "mixed",
            YOO,
            "person",
            "Rep. [[Yoo Dong-geun]] of",
            "Party [[argued]] that",
        ),
        Q(
            "He insisted [[the government should publish the satellite images in full]]",
            "indirect",
            YOO,
            "person",
            "[[He]] insisted",
            "He [[insisted]]",
        ),
        Q(
            "“Moscow has calculated that the cost of ignoring Seoul is close to zero,”",
            "direct",
            LEE,
            "person",
            "said [[Lee Soo-jin]], a senior",
            "to zero,” [[said]] Lee",
        ),
        Q(
            "“A protest matters less than what comes after it.”",
            "direct",
            LEE,
            "person",
            "said [[Lee Soo-jin]], a senior",
            "to zero,” [[said]] Lee",
        ),
        Q(
            "Lee noted that [[Russian port authorities had stopped publishing arrival data for "
            "Nakhodka in 2023]]",
            "indirect",
            LEE,
            "person",
            "[[Lee]] noted that",
            "Lee [[noted]] that",
        ),
        Q(
            "Hanbit News that [[the transfers, if they took place, were most likely arranged by "
            "private traders]]",
            "indirect",
            ANISIMOV,
            "person",
            "[[Dmitry Anisimov]], a researcher",
            "Vladivostok, [[told]] Hanbit",
        ),
        Q(
            "He said [[Voloshenko had been told to avoid public comment]]",
            "indirect",
            ANISIMOV,
            "person",
            "[[He]] said Voloshenko",
            "He [[said]] Voloshenko",
        ),
        Q(
            "“He is a careful man, and Moscow does not want a scene,”",
            "direct",
            ANISIMOV,
            "person",
            "a scene,” [[he]] said",
            "a scene,” he [[said]]",
        ),
        Q(
            "“But nobody in the ministry is losing sleep over a note from Seoul.”",
            "direct",
            ANISIMOV,
            "person",
            "a scene,” [[he]] said",
            "a scene,” he [[said]]",
        ),
        Q(
            "not to be named, said [[Seoul was considering adding four Russian-flagged vessels "
            "to its unilateral sanctions list]]",
            "indirect",
            "a senior official at the presidential office",
            "anonymous",
            "[[A senior official at the presidential office]]",
            "to be named, [[said]] Seoul",
        ),
        Q(
            ("15th that [[the transfers “undermine the global", "weapons programs.”"),
            "mixed",
            "South Korea, the United States and Japan",
            "group",
            "[[South Korea, the United States and Japan]] said",
            "and Japan [[said]] in a joint",
        ),
        Q(
            "however, said [[a complaint to the sanctions committee had little chance of success "
            "because Russia sits on it]]",
            "indirect",
            "Diplomats at the UN in New York",
            "anonymous",
            "[[Diplomats at the UN in New York]]",
            "however, [[said]] a complaint",
        ),
        Q(
            "Baek acknowledged on the 15th that [[no date had been set]]",
            "indirect",
            BAEK,
            "person",
            "[[Baek]] acknowledged",
            "Baek [[acknowledged]]",
        ),
    ],
    "labour_01": [
        Q(
            "Shipping agents said [[at least 11 vessels had been diverted to Felixstowe and "
            "Rotterdam by lunchtime]]",
            "indirect",
            "Shipping agents",
            "anonymous",
            "[[Shipping agents]] said",
            "Shipping agents [[said]]",
        ),
        Q(
            "Cassidy, said [[the operator had ‘walked away from a deal that was there to be "
            "done’]]",
            "mixed",
            CASSIDY,
            "person",
            "Maureen Cassidy",
            "Cassidy, [[said]] the operator",
        ),
        Q(
            "‘Our members have taken a real-terms pay cut every year since 2021,’",
            "direct",
            CASSIDY,
            "person",
            "2021,’ [[she]] told",
            "2021,’ she [[told]]",
        ),
        Q(
            ("[[‘They’ve kept this port running", "patient long enough.’"),
            "direct",
            CASSIDY,
            "person",
            "2021,’ [[she]] told",
            "2021,’ she [[told]]",
        ),
        Q(
            ("statement that [[its offer of 6.5 per cent", "by the union’s decision"),
            "mixed",
            "Harwick Terminals",
            "organisation",
            "[[Harwick Terminals]], which has run",
            "since 2008, [[said]] in a statement",
        ),
        Q(
            ("Coastline FM that [[the company had ‘bent over backwards’", "future at risk"),
            "mixed",
            OKAFOR,
            "person",
            "Julian Okafor",
            "Okafor, [[told]] the local",
        ),
        Q(
            "‘I have a lot of respect for the people who work here,’",
            "direct",
            OKAFOR,
            "person",
            "here,’ [[Okafor]] said",
            "here,’ Okafor [[said]]",
        ),
        Q(
            ("[[‘We said to them,", "in 10 years’ time.’"),
            "direct",
            OKAFOR,
            "person",
            "here,’ [[Okafor]] said",
            "here,’ Okafor [[said]]",
        ),
        Q(
            "31 years, said [[he had never expected to stand on a picket line]]",
            "indirect",
            PIKE,
            "person",
            "Darren Pike",
            "31 years, [[said]] he",
        ),
        Q(
            ("[[‘My dad worked these docks", "a flat in this town,’"),
            "direct",
            PIKE,
            "person",
            "town,’ [[the 54-year-old]] said",
            "the 54-year-old [[said]]",
        ),
        Q(
            "the press, said [[morale in the control room was ‘at rock bottom’ as well]]",
            "mixed",
            "a shift supervisor at the terminal",
            "anonymous",
            "[[A shift supervisor at the terminal]]",
            "the press, [[said]] morale",
        ),
        Q(
            "Aldous urged [[both sides to ‘get back round the table’]]",
            "mixed",
            ALDOUS,
            "person",
            "Employment Minister [[Fiona Aldous]] urged",
            "Aldous [[urged]] both",
        ),
        Q(
            "table’ and said [[the Workplace Conciliation Service had offered to host talks on "
            "Wednesday]]",
            "indirect",
            ALDOUS,
            "person",
            "Employment Minister [[Fiona Aldous]] urged",
            "table’ and [[said]] the Workplace",
        ),
        Q(
            "told MPs that [[the dispute was ‘a matter for the employer and the union’]]",
            "mixed",
            ALDOUS,
            "person",
            "intervene, [[the minister]] told",
            "the minister [[told]] MPs",
        ),
        Q(
            "‘Ministers have been telling us it’s a matter for the employer for three years,’",
            "direct",
            CASSIDY,
            "person",
            "three years,’ [[she]] said",
            "three years,’ she [[said]]",
        ),
        Q(
            "‘Meanwhile the rent goes up every April.’",
            "direct",
            CASSIDY,
            "person",
            "three years,’ [[she]] said",
            "three years,’ she [[said]]",
        ),
        Q(
            "The union said [[it would name further strike dates ‘within days’ unless an "
            "improved offer was tabled]]",
            "mixed",
            "Dock and Harbour Workers' Union",
            "organisation",
            "[[The union]] said it would",
            "The union [[said]] it would",
        ),
        Q(
            "Association, [[about 40 per cent of the fresh produce imported into northern "
            "England passes through Eastmere]]",
            "indirect",
            "Port Users' Association",
            "organisation",
            "According to [[the Port Users’ Association]]",
            "[[According to]] the Port",
        ),
        Q(
            'Commerce warned [[the stoppage could cost the local economy "as much as £4m a day]]',
            "mixed",
            "Eastmere and District Chamber of Commerce",
            "organisation",
            "The [[Eastmere and District Chamber of Commerce]] warned",
            "Commerce [[warned]] the",
        ),
        Q(
            ("Fenwright’s said [[its stores had ‘good stock levels’", "the situation closely’"),
            "mixed",
            "a spokesperson for the supermarket chain Fenwright's",
            "anonymous",
            "[[A spokesperson for the supermarket chain Fenwright’s]]",
            "Fenwright’s [[said]] its stores",
        ),
    ],
}

ARTICLES |= {
    "security_01": [
        Q(
            "“We have strong grounds to believe the damage was caused by an anchor dragged along "
            "the seabed for almost 90 kilometres,”",
            "direct",
            LINDQVIST,
            "person",
            "Superintendent [[Jari Lindqvist]] of",
            "Police [[told]] a press",
        ),
        Q(
            "“Whether it was intentional is exactly what we now have to establish.”",
            "direct",
            LINDQVIST,
            "person",
            "Superintendent [[Jari Lindqvist]] of",
            "Police [[told]] a press",
        ),
        Q(
            "Lindqvist, [[the crew of 24, most of them citizens of India and Georgia, are "
            "cooperating with investigators]]",
            "indirect",
            LINDQVIST,
            "person",
            "According to [[Lindqvist]]",
            "[[According to]] Lindqvist",
        ),
        Q(
            "He said [[the captain had been questioned twice but was not yet formally a suspect]]",
            "indirect",
            LINDQVIST,
            "person",
            "[[He]] said the captain",
            "He [[said]] the captain",
        ),
        Q(
            ("Aaltonen, said [[the navy had been following", "three hours of the outage"),
            "indirect",
            AALTONEN,
            "person",
            "Gen. [[Mikko Aaltonen]], said",
            "Aaltonen, [[said]] the navy",
        ),
        Q(
            "statement that [[the detention was „an act of state piracy under a far-fetched "
            "pretext“]]",
            "mixed",
            "Russian Embassy in Helsinki",
            "organisation",
            "The [[Russian Embassy in Helsinki]] said",
            "in Helsinki [[said]] in a statement",
        ),
        Q(
            ('[["The West is building a pretext', 'to be the instrument,"'),
            "direct",
            MALYSHEV,
            "person",
            'instrument," [[Malyshev]] said',
            'instrument," Malyshev [[said]]',
        ),
        Q(
            'warned that [[Russia would "take all necessary measures to guarantee freedom of '
            'navigation"]]',
            "mixed",
            MALYSHEV,
            "person",
            "[[He]] warned that",
            "He [[warned]] that",
        ),
        Q(
            "Malyshev called [[the account given by Gen. Aaltonen “fantasies for domestic "
            "consumption”]]",
            "mixed",
            MALYSHEV,
            "person",
            "[[Malyshev]] called",
            "Malyshev [[called]]",
        ),
        Q(
            "He said [[no Russian state body had any connection to the vessel or its owners]]",
            "indirect",
            MALYSHEV,
            "person",
            "[[He]] said no Russian",
            "He [[said]] no Russian",
        ),
        Q(
            "Helsinki says [[the detention is lawful because the damage occurred inside "
            "Finland’s exclusive economic zone]]",
            "indirect",
            "Helsinki",
            "organisation",
            "[[Helsinki]] says",
            "Helsinki [[says]]",
        ),
        Q(
            ("on X that [[Estonia stood “shoulder to shoulder”", "in the Baltic is over.”"),
            "mixed",
            VAHER,
            "person",
            "Foreign Minister [[Kadri Vaher]] wrote",
            "Vaher [[wrote]] on X",
        ),
        Q(
            "anonymity, said [[the ship was one of roughly 60 tankers controlled through shell "
            "companies in the United Arab Emirates and the Seychelles]]",
            "indirect",
            "a Western security official",
            "anonymous",
            "[[A Western security official]]",
            "anonymity, [[said]] the ship",
        ),
        Q(
            ("Vestnik that [[the crew had “done nothing wrong”", "lowered during a storm"),
            "mixed",
            "Sable Crest Marine",
            "organisation",
            "Dubai-based [[Sable Crest Marine]]",
            "Crest Marine, [[insisted]] in",
        ),
        Q(
            ("noted that [[at least five cables", "by ships’ anchors since 2023"),
            "indirect",
            RANTANEN,
            "person",
            "Dr [[Kaisa Rantanen]], who",
            "Baltic Studies, [[noted]] that",
        ),
        Q(
            "“The pattern is clear even when the individual case is not,”",
            "direct",
            RANTANEN,
            "person",
            "not,” [[the researcher]] said",
            "the researcher [[said]]",
        ),
        Q(
            "“Each incident on its own can be explained. Five of them cannot.”",
            "direct",
            RANTANEN,
            "person",
            "not,” [[the researcher]] said",
            "the researcher [[said]]",
        ),
        Q(
            ("Rantanen added that [[prosecutors in earlier cases", "changed within weeks"),
            "indirect",
            RANTANEN,
            "person",
            "[[Rantanen]] added",
            "Rantanen [[added]]",
        ),
        Q(
            "operator said [[repairs would take at least six weeks]]",
            "indirect",
            "the BalticNet-2 operator",
            "organisation",
            "[[The BalticNet-2 operator]] said",
            "operator [[said]] repairs",
        ),
    ],
    "environment_01": [
        Q(
            ("decision that [[Calloway Lithium’s plan", "mitigation measures are in place"),
            "mixed",
            "Bureau of Land Management",
            "organisation",
            "The [[Bureau of Land Management]] said",
            "Land Management [[said]] in its",
        ),
        Q(
            "called [[the ruling “a green light for American energy independence.”]]",
            "mixed",
            OSTROWSKI,
            "person",
            "Garrett Ostrowski",
            "Ostrowski, [[called]] the ruling",
        ),
        Q(
            "The company says [[the expansion will create about 350 permanent jobs]]",
            "indirect",
            "Calloway Lithium",
            "organisation",
            "[[The company]] says",
            "The company [[says]]",
        ),
        Q(
            "Opponents say [[the numbers hide a simpler problem: water]]",
            "indirect",
            "Opponents",
            "anonymous",
            "[[Opponents]] say",
            "Opponents [[say]]",
        ),
        Q(
            ("[[“You cannot pump 2,000", "springs to keep flowing,”"),
            "direct",
            RAO,
            "person",
            "Dr. [[Anjali Rao]], a hydrologist",
            "flowing,” [[said]] Dr.",
        ),
        Q(
            "Rao said [[the company’s own models showed the water table falling near the springs]]",
            "indirect",
            RAO,
            "person",
            "[[Rao]] said the company",
            "Rao [[said]] the company",
        ),
        Q(
            ("[[“We are not guessing.", "that is life support,”"),
            "direct",
            RAO,
            "person",
            "support,” [[she]] said",
            "support,” she [[said]]",
        ),
        Q(
            "Service, [[fewer than 600 adult pupfish remain in the wild]]",
            "indirect",
            "U.S. Fish and Wildlife Service",
            "organisation",
            "According to [[the U.S. Fish and Wildlife Service]]",
            "[[According to]] the U.S.",
        ),
        Q(
            "as saying [[the approval “removes the last major uncertainty” for its U.S. supply "
            "chain]]",
            "mixed",
            JUNG,
            "person",
            "president, [[Minho Jung]], as",
            "Jung, as [[saying]] the",
        ),
        Q(
            "acknowledged that [[the company had “no plan B” if Sage Flat were delayed]]",
            "mixed",
            JUNG,
            "person",
            "month, [[Jung]] acknowledged",
            "Jung [[acknowledged]] that",
        ),
        Q(
            "mine, said [[she would ask the Interior Department’s inspector general to review "
            "the decision]]",
            "indirect",
            WHITFIELD,
            "person",
            "Rep. [[Dolores Whitfield]], a Democrat",
            "the mine, [[said]] she would",
        ),
        Q(
            ('wrote that [[the approval had been "rushed through', "never knew existed"),
            "mixed",
            WHITFIELD,
            "person",
            "bureau, [[she]] wrote",
            "she [[wrote]] that",
        ),
        Q(
            "generations, said [[two of his stock wells had dropped by several feet since 2022]]",
            "indirect",
            PRUITT,
            "person",
            "[[Walt Pruitt]], whose",
            "generations, [[said]] two",
        ),
        Q(
            "“They told us the pit wouldn’t touch our water. Then my wells started sucking air,”",
            "direct",
            PRUITT,
            "person",
            "air,” [[the rancher]] said",
            "the rancher [[said]]",
        ),
        Q(
            "“Now they want to make it three times bigger.”",
            "direct",
            PRUITT,
            "person",
            "air,” [[the rancher]] said",
            "the rancher [[said]]",
        ),
        Q(
            'acknowledged that [["some drawdown" had occurred near the pit]]',
            "mixed",
            OSTROWSKI,
            "person",
            "[[Ostrowski]] acknowledged",
            "Ostrowski [[acknowledged]]",
        ),
        Q(
            'insisted [[it was "well within the range we disclosed."]]',
            "mixed",
            OSTROWSKI,
            "person",
            "[[Ostrowski]] acknowledged",
            "but [[insisted]] it was",
        ),
        Q(
            "He added that [[Calloway had paid to deepen Pruitt's wells at no cost to the family]]",
            "indirect",
            OSTROWSKI,
            "person",
            "[[He]] added that",
            "He [[added]] that",
        ),
        Q(
            "publicly, said [[staff had recommended a smaller expansion in an early draft of the "
            "decision]]",
            "indirect",
            "a bureau official familiar with the review",
            "anonymous",
            "[[A bureau official familiar with the review]]",
            "publicly, [[said]] staff",
        ),
        Q(
            "statement [[it would challenge the approval in federal court]]",
            "indirect",
            ALLIANCE,
            "organisation",
            "The [[Desert Springs Alliance]], which",
            "twice before, [[said]] in a statement",
        ),
        Q(
            "“The pupfish survived the Ice Age. It should be able to survive a quarterly "
            "earnings call,”",
            "direct",
            ALLIANCE,
            "organisation",
            "call,” [[the group]] said",
            "the group [[said]]",
        ),
    ],
}

HELDOUT: dict[str, list[Q]] = {}

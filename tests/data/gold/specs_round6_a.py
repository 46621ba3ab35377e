# The specifications below quote the articles verbatim, typographic marks included.
"""Gold specifications for the round-6 held-out articles strike_06 and summit_06
(written blind to the detector), merged into build_gold.py's dictionaries by its main()."""

from __future__ import annotations

from build_gold import Q

# strike_06
VERMEULEN = "Annelies Vermeulen"
DE_SMET = "Koen De Smet"
MAES = "Yannick Maes"
DUJARDIN = "Marc Dujardin"
BELRAIL = "BelRail"
EL_AMRANI = "Nadia El Amrani"
PEETERS = "Jonas Peeters"
LAMBRECHT = "Sofie Lambrecht"
GOV_SOURCE = "a senior government official who asked not to be named"
UNIONS = "the Rail Drivers' Union and the Federation of Signal and Station Staff"

# summit_06
HAN = "Han Seung-woo"
VILLANUEVA = "Ramon Villanueva"
HARTANTO = "Budi Hartanto"
FOUR = "Korea, Japan, Australia and the Philippines"
LIN = "Lin Wei"
MOFA = "the Ministry of Foreign Affairs"
CHO = "Cho Eun-hee"
NGUYEN = "Nguyen Thi Lan"
DUNMORE = "Margaret Dunmore"
KIM = "Kim Ha-yoon"
DIPLO = "a diplomatic source in Manila"
PARK = "Park Jun-ho"


HELDOUT: dict[str, list[Q]] = {}

ARTICLES: dict[str, list[Q]] = {
    "strike_06": [
        Q(
            "Vermeulen called [[the walkout “a strike against the people who need the train "
            "most”]]",
            "mixed",
            VERMEULEN,
            "person",
            "Minister [[Annelies Vermeulen]] called",
            "Vermeulen [[called]] the walkout",
        ),
        Q(
            '"We have negotiated for fourteen months. At some point, a government has to govern,"',
            "direct",
            VERMEULEN,
            "person",
            'govern," [[the minister]] told',
            "the minister [[told]] public",
        ),
        Q(
            "(URD), said [[the plan would turn drivers into “on-call workers with a uniform”]]",
            "mixed",
            DE_SMET,
            "person",
            "[[Koen De Smet]], the general",
            "(URD), [[said]] the plan",
        ),
        Q(
            "“Nobody goes on strike for fun,”",
            "direct",
            DE_SMET,
            "person",
            "fun,” [[the 55-year-old]] told",
            "the 55-year-old [[told]] reporters",
        ),
        Q(
            "“But if we accept this, in five years there will be no one left who wants to drive "
            "a train.”",
            "direct",
            DE_SMET,
            "person",
            "fun,” [[the 55-year-old]] told",
            "the 55-year-old [[told]] reporters",
        ),
        Q(
            ("He said that [[the union had offered", '"never even answered the letter."'),
            "mixed",
            DE_SMET,
            "person",
            "[[He]] said that the union",
            "He [[said]] that the union",
        ),
        Q(
            "Maes said: [[“We will decide on Monday. Our door is open, and so is our phone.”]]",
            "direct",
            MAES,
            "person",
            "[[Maes]] said: “We",
            "Maes [[said]]: “We",
        ),
        Q(
            ("He added that [[the federation was prepared", "on the table by the weekend"),
            "mixed",
            MAES,
            "person",
            "[[He]] added that the federation",
            "He [[added]] that the federation",
        ),
        Q(
            "headquarters, said [[the strike would cost about €18 million a day]]",
            "indirect",
            DUJARDIN,
            "person",
            "chief executive [[Marc Dujardin]]",
            "headquarters, [[said]] the strike",
        ),
        Q(
            "“I understand the anger,”",
            "direct",
            DUJARDIN,
            "person",
            "anger,” [[Dujardin]] said",
            "anger,” Dujardin [[said]]",
        ),
        Q(
            ("[[“I do not understand why", "has made in a decade.”"),
            "direct",
            DUJARDIN,
            "person",
            "anger,” [[Dujardin]] said",
            "anger,” Dujardin [[said]]",
        ),
        Q(
            "the company said [[it had run 112 replacement buses]]",
            "indirect",
            BELRAIL,
            "organisation",
            "statement, [[the company]] said",
            "the company [[said]] it had run",
        ),
        Q(
            'Mechelen, said [[she had paid €46 for a taxi and would "work nights until this '
            "madness is over]]",
            "mixed",
            EL_AMRANI,
            "person",
            "[[Nadia El Amrani]], a 34-year-old",
            "Mechelen, [[said]] she had paid",
        ),
        Q(
            "“They have a right to strike. I have a right to get to work,”",
            "direct",
            PEETERS,
            "person",
            "said [[Jonas Peeters]], 61",
            "work,” [[said]] Jonas",
        ),
        Q(
            ("estimated that [[each strike day cost", "between €60 million and €80 million"),
            "indirect",
            LAMBRECHT,
            "person",
            "[[Sofie Lambrecht]], an economist",
            "Research, [[estimated]] that",
        ),
        Q(
            "“The direct losses for BelRail are the small number,”",
            "direct",
            LAMBRECHT,
            "person",
            "small number,” [[she]] said",
            "small number,” she [[said]]",
        ),
        Q(
            "“The big number is everyone who could not get to work.”",
            "direct",
            LAMBRECHT,
            "person",
            "small number,” [[she]] said",
            "small number,” she [[said]]",
        ),
        Q(
            "not to be named said [[the cabinet was divided over whether to appoint a mediator]]",
            "indirect",
            GOV_SOURCE,
            "anonymous",
            "[[A senior government official who asked not to be named]] said",
            "not to be named [[said]] the cabinet",
        ),
        Q(
            "the official, [[the prime minister’s office has asked Vermeulen to 'lower the "
            "temperature' before Monday]]",
            "mixed",
            GOV_SOURCE,
            "anonymous",
            "According to [[the official]], the prime",
            "[[According to]] the official",
        ),
        Q(
            'argued that [[the reform was "about reliability, not about punishing anyone."]]',
            "mixed",
            VERMEULEN,
            "person",
            "[[The minister]], however, denied",
            "coalition and [[argued]] that",
        ),
        Q(
            "“We don’t need a mediator. We need a minister who reads her own files,”",
            "direct",
            DE_SMET,
            "person",
            "files,” [[the union boss]] said",
            "the union boss [[said]] by phone",
        ),
        Q(
            (
                "joint statement that [[the strike days on Monday",
                "“unless the flex roster is withdrawn in writing.”",
            ),
            "mixed",
            UNIONS,
            "group",
            "[[The Rail Drivers’ Union and the Federation of Signal and Station Staff]] said",
            "Station Staff [[said]] in a joint",
        ),
    ],
    "summit_06": [
        Q(
            '"No country in this region can prosper alone, and no country should be allowed '
            'to turn supply chains into a weapon."',
            "direct",
            HAN,
            "person",
            "President [[Han Seung-woo]] said on the 9th",
            "Han Seung-woo [[said]] on the 9th",
        ),
        Q(
            'emphasized that [[the freedom of navigation "is not a favor granted by one country, '
            'but a rule that protects all of us."]]',
            "mixed",
            HAN,
            "person",
            "President [[Han]] emphasized",
            "Han [[emphasized]] that",
        ),
        Q(
            "He also mentioned that [[the government would double its contribution to the "
            "regional disaster fund by 2027]]",
            "indirect",
            HAN,
            "person",
            "[[He]] also mentioned that the government",
            "He also [[mentioned]] that the government",
        ),
        Q(
            ('[["We are not here to choose sides.', 'stays a sea, and not a wall,"'),
            "direct",
            VILLANUEVA,
            "person",
            'wall," President [[Villanueva]] said',
            "Villanueva [[said]]. He said",
        ),
        Q(
            "He said [[the host country would propose a regional coast guard hotline]]",
            "indirect",
            VILLANUEVA,
            "person",
            "[[He]] said the host country",
            "He [[said]] the host country",
        ),
        Q(
            "Hartanto said, [[“Security cooperation must not turn into blocs. ASEAN has learned "
            "this lesson over fifty years.”]]",
            "direct",
            HARTANTO,
            "person",
            "[[Hartanto]] said, “Security",
            "Hartanto [[said]], “Security",
        ),
        Q(
            "He added that [[Indonesia would not sign any document naming a specific country]]",
            "indirect",
            HARTANTO,
            "person",
            "[[He]] added that Indonesia",
            "He [[added]] that Indonesia",
        ),
        Q(
            ("saying, [[“We express serious concern", "and the East China Sea.”"),
            "direct",
            FOUR,
            "group",
            "[[Korea, Japan, Australia and the Philippines]] held",
            "joint statement, [[saying]], “We",
        ),
        Q(
            'also said [[they "strongly oppose any unilateral attempt to change the status quo '
            'by force or coercion."]]',
            "mixed",
            FOUR,
            "group",
            "[[The four countries]] also said",
            "The four countries also [[said]] they",
        ),
        Q(
            'on the 9th that [[the statement "seriously interferes in China\'s internal affairs"]]',
            "mixed",
            LIN,
            "person",
            "spokesperson [[Lin Wei]] said",
            "Lin Wei [[said]] at a regular",
        ),
        Q(
            'urged [[the countries concerned to "stop hyping up" maritime issues]]',
            "mixed",
            LIN,
            "person",
            "spokesperson [[Lin Wei]] said",
            "and [[urged]] the countries",
        ),
        Q(
            "Foreign Affairs, [[the two ministers agreed to launch a joint working group on "
            "critical minerals within this year]]",
            "indirect",
            MOFA,
            "organisation",
            "According to [[the Ministry of Foreign Affairs]]",
            "[[According to]] the Ministry",
        ),
        Q(
            "\"Vietnam is Korea's third largest trading partner, and our cooperation must go "
            'beyond factories,"',
            "direct",
            CHO,
            "person",
            'factories," Minister [[Cho]] said',
            'factories," Minister Cho [[said]]',
        ),
        Q(
            'replied that [[Hanoi "welcomes Korean investment, but wants technology transfer, '
            "not only assembly lines]]",
            "mixed",
            NGUYEN,
            "person",
            "Minister [[Lan]] replied",
            "Lan [[replied]] that Hanoi",
        ),
        Q(
            "She also said that [[Vietnam hoped to host the next summit in 2027]]",
            "indirect",
            NGUYEN,
            "person",
            "[[She]] also said that Vietnam",
            "She also [[said]] that Vietnam",
        ),
        Q(
            "“The Pacific is not anyone's backyard,”",
            "direct",
            DUNMORE,
            "person",
            "said [[Margaret Dunmore]], the foreign",
            "backyard,” [[said]] Margaret",
        ),
        Q(
            "“It is our front yard, and we intend to look after it together.”",
            "direct",
            DUNMORE,
            "person",
            "said [[Margaret Dunmore]], the foreign",
            "backyard,” [[said]] Margaret",
        ),
        Q(
            "told reporters that [[President Han and President Hartanto had agreed to resume "
            "talks on joint fighter jet production]]",
            "indirect",
            KIM,
            "person",
            "spokesperson [[Kim Ha-yoon]] told",
            "Kim Ha-yoon [[told]] reporters",
        ),
        Q(
            '"Jakarta was very clear that it would walk away from a text that reads like a '
            'military alliance."',
            "direct",
            DIPLO,
            "anonymous",
            "[[A diplomatic source in Manila]] said",
            'in Manila [[said]], "Jakarta',
        ),
        Q(
            "the source, [[the final draft was changed three times overnight]]",
            "indirect",
            DIPLO,
            "anonymous",
            "According to [[the source]], the final",
            "[[According to]] the source",
        ),
        Q(
            ('said, [["Korea is now in the room', 'when Beijing pushes back."'),
            "direct",
            PARK,
            "person",
            "[[Park Jun-ho]], senior researcher",
            'Pacific Strategy, [[said]], "Korea',
        ),
        Q(
            'on the 7th that [[middle powers were "hedging in public and aligning in private"]]',
            "mixed",
            PARK,
            "person",
            "[[Junho Park]] wrote",
            "Junho Park [[wrote]] in an",
        ),
    ],
}

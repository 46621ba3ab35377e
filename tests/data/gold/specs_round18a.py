# The specifications below quote the articles verbatim, typographic marks included.
"""Gold specifications for wirepol_18, archive_18, court_18, tennis_18 and science_18
(round 18, writer a, written blind), merged into build_gold.py's dictionaries by its main()."""

from __future__ import annotations

from build_gold import Q

# wirepol_18
KORVATH = "Anneli Korvath"
MELES = "Dragan Meles"
SANDAL = "Piotr Sandal"
BRENNER = "Tomas Brenner"
LASKO = "Ivo Lasko"
NBV = "National Bank of Veskaria"
UNIONS = "the country's three main trade union federations"
DRAFT = "a draft of the government's own plan"
ANALYSTS = "Analysts"
ILVES = "Marta Ilves"
FIN_OFFICIAL = "a senior official in the finance ministry"
DALL = "Henrik Dall"

# archive_18
COMPANY = "Kessock and Dunmore"
SPEY = "Ronald Spey"
DIRECTORS = "the directors"
DUNMORE = "Hector Dunmore"
RENNIE = "Alexander Rennie"
GALLOWAY = "Thomas Galloway"
BOT = "Board of Trade"
RIVETER = "a riveter of 51"
MCALLISTER = "Jean McAllister"
FERRIER = "Agnes Ferrier"
MOL = "the local office of the Ministry of Labour"

# court_18
MARCHBANK = "Helen Marchbank"
OKAFOR = "Julian Okafor"
NATARAJAN = "Priya Natarajan"
PENNOCK = "Caroline Pennock-Shaw"
ACHTERBERG = "Rosalind Achterberg"
PROSECUTION = "the prosecution"
QUAYLE = "Deborah Quayle"
WESTMARCH = "Westmarch County Council"
CQB = "Care Quality Board"
ASSISTANT = "a former care assistant at the home"

# tennis_18
VARGA = "Lili Varga"
ETXEBERRIA = "Marisol Etxeberria"
HORVATH = "Matej Horvath"
OPEN = "Harbourside Open"
DUSEK = "Alena Dusek"
ACHEBE = "Brianna Achebe-Ross"
CAMP = "a member of Etxeberria's camp"
BASELINE = "Baseline Sports Management"

# science_18
STUDY = "the study"
SOLBERG = "Ingrid Solberg"
RESEARCHERS = "the researchers"
WIERZBICKI = "Tomasz Wierzbicki"
OSEI = "Helen Osei-Barker"
NORDVEST = "Nordvest Foundation for Biodiversity"
LINDAHL = "Anders Lindahl"

ARTICLES: dict[str, list[Q]] = {}

HELDOUT: dict[str, list[Q]] = {
    "wirepol_18": [
        Q(
            "said on Tuesday [[she would veto any budget that cut public-sector pensions]]",
            "indirect",
            KORVATH,
            "person",
            "President [[Anneli Korvath]] said",
            "Anneli Korvath [[said]] on Tuesday",
        ),
        Q(
            '"I will not sign a budget that balances the books on the backs of retired nurses '
            'and miners,"',
            "direct",
            KORVATH,
            "person",
            'miners," [[Korvath]] told',
            'miners," Korvath [[told]]',
        ),
        Q(
            '"If parliament sends me that bill, it will come straight back."',
            "direct",
            KORVATH,
            "person",
            'miners," [[Korvath]] told',
            'miners," Korvath [[told]]',
        ),
        Q(
            'said [[the president was "playing to the gallery" while the deficit widened]]',
            "mixed",
            MELES,
            "person",
            "Its leader, [[Dragan Meles]], said",
            "Dragan Meles, [[said]] the president",
        ),
        Q(
            '"The money is not there. Everyone in this country knows the money is not there,"',
            "direct",
            MELES,
            "person",
            'not there," [[Meles]] said',
            'not there," Meles [[said]]',
        ),
        Q(
            '"The president knows it too, but she prefers applause to arithmetic."',
            "direct",
            MELES,
            "person",
            'not there," [[Meles]] said',
            'not there," Meles [[said]]',
        ),
        Q(
            "committee that [[the government's own plan would bring the deficit down to 3.9 "
            "percent of gross domestic product next year, from an estimated 5.2 percent this "
            "year]]",
            "indirect",
            SANDAL,
            "person",
            "Minister [[Piotr Sandal]], a former",
            "since March, [[told]] a parliamentary",
        ),
        Q(
            "He said [[the gap could be closed by taxing bank windfall profits and delaying two "
            'motorway projects, not by "taking money from people who have already paid in for '
            'forty years."]]',
            "mixed",
            SANDAL,
            "person",
            "[[He]] said the gap",
            "He [[said]] the gap",
        ),
        Q(
            '"No. My job is to find a majority, not to run away from one."',
            "direct",
            SANDAL,
            "person",
            "failed, [[Sandal]] said:",
            "failed, Sandal [[said]]:",
        ),
        Q(
            "Farmers' Party, said [[his deputies would back the government's plan only if it "
            "restored a diesel subsidy for agriculture that was scrapped in 2023]]",
            "indirect",
            BRENNER,
            "person",
            "[[Tomas Brenner]], who leads",
            "Farmers' Party, [[said]] his deputies",
        ),
        Q(
            "Homeland bloc, said [[he would support neither draft]]",
            "indirect",
            LASKO,
            "person",
            "[[Ivo Lasko]], head of",
            "Homeland bloc, [[said]] he would",
        ),
        Q(
            '"Both budgets were written in Brussels,"',
            "direct",
            LASKO,
            "person",
            'Brussels," [[Lasko]] said',
            'Brussels," Lasko [[said]]',
        ),
        Q(
            '"We will vote no, and we will vote no again."',
            "direct",
            LASKO,
            "person",
            'Brussels," [[Lasko]] said',
            'Brussels," Lasko [[said]]',
        ),
        Q(
            "for his part, said [[he had spoken to the president twice since Sunday]]",
            "indirect",
            BRENNER,
            "person",
            "[[Brenner]], for his part",
            "for his part, [[said]] he had spoken",
        ),
        Q(
            '"She listens,"',
            "direct",
            BRENNER,
            "person",
            'listens," [[he]] said',
            'listens," he [[said]]',
        ),
        Q(
            '"Whether she moves is another matter."',
            "direct",
            BRENNER,
            "person",
            'listens," [[he]] said',
            'listens," he [[said]]',
        ),
        Q(
            'statement that [[a prolonged standoff "would raise borrowing costs for the state and '
            'for households alike."]]',
            "mixed",
            NBV,
            "organisation",
            "The [[National Bank of Veskaria]], which",
            "since June, [[warned]] in a statement",
        ),
        Q(
            "The bank said [[it stood ready to act if the vesk came under pressure]]",
            "indirect",
            NBV,
            "organisation",
            "[[The bank]] said it stood",
            "The bank [[said]] it stood",
        ),
        Q(
            "[[The vesk weakened 0.8 percent against the euro on Tuesday, its biggest one-day "
            "fall since January]], according to",
            "indirect",
            NBV,
            "organisation",
            "according to [[the central bank]]",
            "[[according to]] the central bank",
        ),
        Q(
            "lawmakers that [[they would call a general strike if pension indexation was cut]]",
            "indirect",
            UNIONS,
            "group",
            "[[The country's three main trade union federations]] said",
            "union federations [[said]] in a joint letter",
        ),
        Q(
            "Northline, shows that [[defence spending would rise by 11 percent next year]]",
            "indirect",
            DRAFT,
            "organisation",
            "[[A draft of the government's own plan]], seen",
            "Northline, [[shows]] that defence",
        ),
        Q(
            "Analysts said [[the most likely outcome was a temporary spending bill that would keep "
            "the state running at this year's levels into the new year]]",
            "indirect",
            ANALYSTS,
            "anonymous",
            "[[Analysts]] said the most likely",
            "Analysts [[said]] the most likely",
        ),
        Q(
            '"Nobody wants to be blamed for closed hospitals in November,"',
            "direct",
            ILVES,
            "person",
            "said [[Marta Ilves]], a political",
            'November," [[said]] Marta',
        ),
        Q(
            '"My guess is they extend the old budget for three months and keep fighting."',
            "direct",
            ILVES,
            "person",
            "said [[Marta Ilves]], a political",
            'November," [[said]] Marta',
        ),
        Q(
            "were private, said [[the president's office had so far rejected a stopgap]]",
            "indirect",
            FIN_OFFICIAL,
            "anonymous",
            "[[a senior official in the finance ministry]], who",
            "were private, [[said]] the president's",
        ),
        Q(
            '"The palace sees a stopgap as a retreat,"',
            "direct",
            FIN_OFFICIAL,
            "anonymous",
            'retreat," [[the official]] said',
            'retreat," the official [[said]]',
        ),
        Q(
            'He said [[Korvath had "never ruled anything out except pension cuts" and would meet '
            "party leaders on Thursday]]",
            "mixed",
            DALL,
            "person",
            "[[He]] said Korvath",
            "He [[said]] Korvath",
        ),
        Q(
            'evening that [[he was "confident, not certain" of finding them]]',
            "mixed",
            MELES,
            "person",
            "[[Meles]], 58, who",
            "race to Korvath, [[said]] on Tuesday",
        ),
        Q(
            '"Where they always are,"',
            "direct",
            MELES,
            "person",
            'always are," [[he]] said',
            'always are," he [[said]]',
        ),
        Q(
            '"In the corridors."',
            "direct",
            MELES,
            "person",
            'always are," [[he]] said',
            'always are," he [[said]]',
        ),
    ],
}

HELDOUT["archive_18"] = [
    Q(
        "1966 - [[The Kessock and Dunmore shipyard, which has built ships on the Garven for 104 "
        "years, is to close next spring with the loss of more than 2,000 jobs]], the company",
        "indirect",
        COMPANY,
        "organisation",
        "jobs, [[the company]] announced",
        "the company [[announced]] yesterday",
    ),
    Q(
        "He told them that [[the order book was empty after the tanker Loch Farr was launched in "
        "March and that no new contracts were in prospect]]",
        "indirect",
        SPEY,
        "person",
        "[[He]] told them that",
        "He [[told]] them that",
    ),
    Q(
        "''I have worked in this yard since I was fourteen,''",
        "direct",
        SPEY,
        "person",
        "fourteen,'' Mr. [[Spey]] said",
        "fourteen,'' Mr. Spey [[said]]",
    ),
    Q(
        "''I never thought I would be the man to read that notice.''",
        "direct",
        SPEY,
        "person",
        "fourteen,'' Mr. [[Spey]] said",
        "fourteen,'' Mr. Spey [[said]]",
    ),
    Q(
        "the directors said [[the yard had lost money in each of the last five years and that "
        "''no responsible board could continue to carry such losses.'']]",
        "mixed",
        DIRECTORS,
        "organisation",
        "office [[the directors]] said",
        "the directors [[said]] the yard",
    ),
    Q(
        "Dunmore, called [[''a want of modern methods throughout the industry.'']]",
        "mixed",
        DUNMORE,
        "person",
        "Sir [[Hector Dunmore]], called",
        "Hector Dunmore, [[called]]",
    ),
    Q(
        "Engineering Unions, said [[the men had been given no warning]]",
        "indirect",
        RENNIE,
        "person",
        "Mr. [[Alexander Rennie]], secretary",
        "Engineering Unions, [[said]] the men",
    ),
    Q(
        "``We read in the papers last month that the firm was doing well,''",
        "direct",
        RENNIE,
        "person",
        "doing well,'' [[he]] said",
        "doing well,'' he [[said]]",
    ),
    Q(
        "``Now we read that it is finished. Somebody is not telling the truth.''",
        "direct",
        RENNIE,
        "person",
        "doing well,'' [[he]] said",
        "doing well,'' he [[said]]",
    ),
    Q(
        "He said [[the unions would seek a meeting with the Minister of Labour within the week]]",
        "indirect",
        RENNIE,
        "person",
        "[[He]] said the unions",
        "He [[said]] the unions",
    ),
    Q(
        "described [[the closure as ''the worst blow this town has had since the war.'']]",
        "mixed",
        GALLOWAY,
        "person",
        "Alderman [[Thomas Galloway]], leader",
        "town council, [[described]] the closure",
    ),
    Q(
        "Garvenhead, he said, [[had no other employer large enough to take on the men, and the "
        "council would ask the Government to declare the area a development district]]",
        "indirect",
        GALLOWAY,
        "person",
        "Garvenhead, [[he]] said",
        "Garvenhead, he [[said]]",
    ),
    Q(
        "last night that [[it was ''aware of the position'' and that officials would visit the "
        "town]]",
        "mixed",
        BOT,
        "organisation",
        "The [[Board of Trade]] said",
        "Board of Trade [[said]] last night",
    ),
    Q(
        "not be used, said [[he had three sons at the yard]]",
        "indirect",
        RIVETER,
        "anonymous",
        "[[A riveter of 51]], who asked",
        "not be used, [[said]] he had",
    ),
    Q(
        "''That is four wages out of one house,''",
        "direct",
        RIVETER,
        "anonymous",
        "one house,'' [[he]] said",
        "one house,'' he [[said]]",
    ),
    Q(
        "''Where do we go?''",
        "direct",
        RIVETER,
        "anonymous",
        "one house,'' [[he]] said",
        "one house,'' he [[said]]",
    ),
    Q(
        "a plater, said [[the women of the town would not ''sit at home and greet.'']]",
        "mixed",
        MCALLISTER,
        "person",
        "Mrs. [[Jean McAllister]], whose",
        "a plater, [[said]] the women",
    ),
    Q(
        "She said [[a meeting had been called for Thursday in the Miners' Institute, and that a "
        "petition would be taken round every street]]",
        "indirect",
        MCALLISTER,
        "person",
        "[[She]] said a meeting",
        "She [[said]] a meeting",
    ),
    Q(
        "''The men build the ships,''",
        "direct",
        MCALLISTER,
        "person",
        "ships,'' Mrs. [[McAllister]] said",
        "ships,'' Mrs. McAllister [[said]]",
    ),
    Q(
        "''but it is the women who keep the houses going when the money stops.''",
        "direct",
        MCALLISTER,
        "person",
        "ships,'' Mrs. [[McAllister]] said",
        "ships,'' Mrs. McAllister [[said]]",
    ),
    Q(
        "the Herald that [[nearly half of her pupils had fathers at the yard]]",
        "indirect",
        FERRIER,
        "person",
        "Miss [[Agnes Ferrier]], headmistress",
        "Road school, [[told]] the Herald",
    ),
    Q(
        "she said, that [[families would leave for Clydebank or the Midlands, and that the school "
        "roll would fall]]",
        "indirect",
        FERRIER,
        "person",
        "She feared, [[she]] said",
        "She feared, she [[said]]",
    ),
    Q(
        "Surrey, said [[the board had ''looked at every possibility'' before reaching the "
        "decision]]",
        "mixed",
        DUNMORE,
        "person",
        "Sir [[Hector]], reached",
        "in Surrey, [[said]] the board",
    ),
    Q(
        "''If a buyer comes forward, we shall listen. I do not expect one.''",
        "direct",
        DUNMORE,
        "person",
        "concern, [[he]] said:",
        "concern, he [[said]]:",
    ),
    Q(
        "''You could build trawlers here tomorrow,''",
        "direct",
        SPEY,
        "person",
        "tomorrow,'' [[he]] said",
        "tomorrow,'' he [[said]]",
    ),
    Q(
        "''The skill has not gone anywhere.''",
        "direct",
        SPEY,
        "person",
        "tomorrow,'' [[he]] said",
        "tomorrow,'' he [[said]]",
    ),
    Q(
        "Ministry of Labour, [[1,140 men were already out of work in the Garvenhead area last "
        "month]]",
        "indirect",
        MOL,
        "organisation",
        "According to [[the local office of the Ministry of Labour]], 1,140",
        "[[According to]] the local office",
    ),
    Q(
        "Mr. Rennie said [[the men would work normally until the Loch Farr was finished]]",
        "indirect",
        RENNIE,
        "person",
        "Mr. [[Rennie]] said the men would work",
        "Mr. Rennie [[said]] the men would work",
    ),
    Q(
        "''She will be the best ship we ever built,''",
        "direct",
        RENNIE,
        "person",
        "ever built,'' [[he]] said",
        "ever built,'' he [[said]]",
    ),
    Q(
        "''because she will be the last, and every man will want it remembered.''",
        "direct",
        RENNIE,
        "person",
        "ever built,'' [[he]] said",
        "ever built,'' he [[said]]",
    ),
]

HELDOUT["court_18"] = [
    Q(
        "[[A care home owner siphoned more than £640,000 from the bank accounts of elderly "
        "residents, some of whom had dementia, to pay for a villa in Portugal and a fleet of "
        "vintage cars]], a prosecutor",
        "indirect",
        MARCHBANK,
        "person",
        "cars, [[a prosecutor]] told",
        "a prosecutor [[told]] a jury",
    ),
    Q(
        "told the jury that [[Mrs Quayle had treated the residents’ accounts “as a cash machine”]]",
        "mixed",
        MARCHBANK,
        "person",
        "[[Helen Marchbank]] KC told",
        "Marchbank KC [[told]] the jury",
    ),
    Q(
        "She said [[the defendant had obtained lasting powers of attorney for nine residents, "
        "often on the day they arrived at the home, and had used them to move money into a "
        "company she controlled]]",
        "indirect",
        MARCHBANK,
        "person",
        "[[She]] said the defendant",
        "She [[said]] the defendant",
    ),
    Q(
        "“These were people who had worked all their lives and saved carefully,”",
        "direct",
        MARCHBANK,
        "person",
        "carefully,” Ms [[Marchbank]] said",
        "carefully,” Ms Marchbank [[said]]",
    ),
    Q(
        ("“They trusted the woman who ran their home.", "for more than seven years.”"),
        "direct",
        MARCHBANK,
        "person",
        "carefully,” Ms [[Marchbank]] said",
        "carefully,” Ms Marchbank [[said]]",
    ),
    Q(
        "the prosecutor said, [[recorded 213 transfers, most of them of less than £5,000 so as not "
        "to attract the attention of the bank]]",
        "indirect",
        MARCHBANK,
        "person",
        "which, [[the prosecutor]] said",
        "which, the prosecutor [[said]]",
    ),
    Q(
        "KC, said [[his client accepted that money had moved between the accounts but would say "
        "it had been used for the residents’ care]]",
        "indirect",
        OKAFOR,
        "person",
        "[[Julian Okafor]] KC, said",
        "Okafor KC, [[said]] his client",
    ),
    Q(
        "“You will hear that Mrs Quayle kept poor records. She did. Keeping poor records is not a "
        "crime.”",
        "direct",
        OKAFOR,
        "person",
        "[[He]] told the jury:",
        "He [[told]] the jury:",
    ),
    Q(
        "“Very little. Perhaps £30,000, on my most generous reading.”",
        "direct",
        NATARAJAN,
        "person",
        "on residents, [[she]] replied",
        "on residents, she [[replied]]",
    ),
    Q(
        "agreed that [[some invoices from the home’s suppliers were missing]]",
        "indirect",
        NATARAJAN,
        "person",
        "Dr [[Natarajan]] agreed",
        "Dr Natarajan [[agreed]] that",
    ),
    Q(
        "suggested that [[the gaps could account for the shortfall]]",
        "indirect",
        OKAFOR,
        "person",
        "Mr [[Okafor]] suggested",
        "Mr Okafor [[suggested]] that",
    ),
    Q(
        "saying [[the missing invoices would amount to “tens of thousands, not hundreds of "
        "thousands”]]",
        "mixed",
        NATARAJAN,
        "person",
        "shortfall, [[she]] disagreed",
        "disagreed, [[saying]] the missing",
    ),
    Q(
        "the court that [[she had noticed her father’s savings account had fallen by almost "
        "£90,000 in two years]]",
        "indirect",
        PENNOCK,
        "person",
        "[[Caroline Pennock-Shaw]], told",
        "Pennock-Shaw, [[told]] the court",
    ),
    Q(
        "“I asked about it at the front desk and I was told it was the fees,”",
        "direct",
        PENNOCK,
        "person",
        "the fees,” [[she]] said",
        "the fees,” she [[said]]",
    ),
    Q(
        "“I believed them. I feel now that I handed my father over to them.”",
        "direct",
        PENNOCK,
        "person",
        "the fees,” [[she]] said",
        "the fees,” she [[said]]",
    ),
    Q(
        "Pennock-Shaw said [[she had raised the matter with the local authority in 2020 but had "
        "heard nothing for five months]]",
        "indirect",
        PENNOCK,
        "person",
        "Ms [[Pennock-Shaw]] said she had raised",
        "Ms Pennock-Shaw [[said]] she had raised",
    ),
    Q(
        "told the jury that [[they would hear evidence about the defendant’s lifestyle, including "
        "the villa near Faro and the cars]]",
        "indirect",
        ACHTERBERG,
        "person",
        "Judge [[Rosalind Achterberg]] told",
        "Rosalind Achterberg [[told]] the jury",
    ),
    Q(
        "warned that [[it must not “do the work that the evidence must do”]]",
        "mixed",
        ACHTERBERG,
        "person",
        "Judge [[Rosalind Achterberg]] told",
        "the cars, but [[warned]] that",
    ),
    Q(
        "“You are not here to decide whether you approve of how Mrs Quayle spends her money,”",
        "direct",
        ACHTERBERG,
        "person",
        "her money,” [[the judge]] said",
        "her money,” the judge [[said]]",
    ),
    Q(
        "“You are here to decide whether that money was hers.”",
        "direct",
        ACHTERBERG,
        "person",
        "her money,” [[the judge]] said",
        "her money,” the judge [[said]]",
    ),
    Q(
        "the prosecution, [[the transfers began in March 2014 and stopped only when the bank froze "
        "the accounts in 2021]]",
        "indirect",
        PROSECUTION,
        "organisation",
        "According to [[the prosecution]], the transfers",
        "[[According to]] the prosecution, the transfers",
    ),
    Q(
        "in 2022 that [[residents had given her money as gifts “because they were fond of me”]]",
        "mixed",
        QUAYLE,
        "person",
        "Mrs [[Quayle]] told police",
        "Mrs Quayle [[told]] police",
    ),
    Q(
        "she said [[she had “never taken a penny that was not freely given or spent on the home”]]",
        "mixed",
        QUAYLE,
        "person",
        "Mr Okafor, [[she]] said",
        "Mr Okafor, she [[said]]",
    ),
    Q(
        "“I gave my life to that place,”",
        "direct",
        QUAYLE,
        "person",
        "that place,” [[she]] said",
        "that place,” she [[said]]",
    ),
    Q(
        "“I sat with residents when they died because their families did not come.”",
        "direct",
        QUAYLE,
        "person",
        "that place,” [[she]] said",
        "that place,” she [[said]]",
    ),
    Q(
        "statement that [[it was “co-operating fully” with the police and could not comment "
        "further while the trial was under way]]",
        "mixed",
        WESTMARCH,
        "organisation",
        "[[Westmarch County Council]], which",
        "at the home, [[said]] in a statement",
    ),
    Q(
        "nursing homes, said that [[Larchmere House had been rated good at its last inspection, in "
        "2019, and that a review of that inspection had begun]]",
        "indirect",
        CQB,
        "organisation",
        "The [[Care Quality Board]], which",
        "nursing homes, [[said]] that",
    ),
    Q(
        "outside court that [[staff had been “too frightened to ask questions”]]",
        "mixed",
        ASSISTANT,
        "anonymous",
        "[[A former care assistant at the home]], who",
        "as a witness, [[told]] reporters",
    ),
]

HELDOUT["tennis_18"] = [
    Q(
        "“I honestly don’t know how I won that,”",
        "direct",
        VARGA,
        "person",
        "won that,” [[Varga]] said",
        "won that,” Varga [[said]]",
    ),
    Q(
        "“At 5-4 I was already thinking about my flight home.”",
        "direct",
        VARGA,
        "person",
        "won that,” [[Varga]] said",
        "won that,” Varga [[said]]",
    ),
    Q(
        "in 2023, said [[she had “run out of ideas” in the final three games]]",
        "mixed",
        ETXEBERRIA,
        "person",
        "[[Etxeberria]], 27, the world",
        "here in 2023, [[said]] she had",
    ),
    Q(
        "She said [[her right shoulder, strapped since the first round, had not been a factor]]",
        "indirect",
        ETXEBERRIA,
        "person",
        "[[She]] said her right shoulder",
        "She [[said]] her right shoulder",
    ),
    Q(
        "“She played the big points better than me. That’s the whole story,”",
        "direct",
        ETXEBERRIA,
        "person",
        "whole story,” [[the Spaniard]] told",
        "the Spaniard [[told]] reporters",
    ),
    Q(
        "“I’m not going to sit here and make excuses about my shoulder or the wind.”",
        "direct",
        ETXEBERRIA,
        "person",
        "whole story,” [[the Spaniard]] told",
        "the Spaniard [[told]] reporters",
    ),
    Q(
        "[[She hit 41 unforced errors on Saturday, more than twice her total in any previous match "
        "this week]], according to",
        "indirect",
        OPEN,
        "organisation",
        "according to [[the tournament]]’s statistics",
        "[[according to]] the tournament",
    ),
    Q(
        "Horvath, said [[the plan had been to keep the ball off Etxeberria’s forehand and to take "
        "the first step forward whenever possible]]",
        "indirect",
        HORVATH,
        "person",
        "player [[Matej Horvath]], said",
        "Matej Horvath, [[said]] the plan",
    ),
    Q(
        "“Lili has a bigger game than her ranking,”",
        "direct",
        HORVATH,
        "person",
        "her ranking,” [[Horvath]] said",
        "her ranking,” Horvath [[said]]",
    ),
    Q(
        "“People will see that now. We have seen it in practice for two years.”",
        "direct",
        HORVATH,
        "person",
        "her ranking,” [[Horvath]] said",
        "her ranking,” Horvath [[said]]",
    ),
    Q(
        "He added that [[Varga had been close to leaving the tour at the end of last season "
        "because of a wrist injury, and had spent four months training at a club in Szeged with "
        "no prize money coming in]]",
        "indirect",
        HORVATH,
        "person",
        "[[He]] added that Varga",
        "He [[added]] that Varga",
    ),
    Q(
        "statement that [[a fault in a power cable was to blame and that the lights had been "
        "checked before play began]]",
        "indirect",
        OPEN,
        "organisation",
        "[[Tournament organisers]] said in a statement",
        "Tournament organisers [[said]] in a statement",
    ),
    Q(
        "Organisers said [[they were sorry “for the delay and the discomfort of a cold evening.”]]",
        "mixed",
        OPEN,
        "organisation",
        "[[Organisers]] said they were sorry",
        "Organisers [[said]] they were sorry",
    ),
    Q(
        "social media that [[the lights had flickered during her own match too]]",
        "indirect",
        DUSEK,
        "person",
        "The Czech [[Alena Dusek]], who lost",
        "in the evening, [[wrote]] on social media",
    ),
    Q(
        "“Somebody should have looked at it then,”",
        "direct",
        DUSEK,
        "person",
        "at it then,” [[she]] wrote",
        "at it then,” she [[wrote]]",
    ),
    Q(
        "“I watched the end of Lili’s match in the locker room,”",
        "direct",
        ACHEBE,
        "person",
        "locker room,” [[Achebe-Ross]] said",
        "locker room,” Achebe-Ross [[said]]",
    ),
    Q(
        "“She’s fearless. I’ll have to be ready for that.”",
        "direct",
        ACHEBE,
        "person",
        "locker room,” [[Achebe-Ross]] said",
        "locker room,” Achebe-Ross [[said]]",
    ),
    Q(
        "“Of course,”",
        "direct",
        VARGA,
        "person",
        "“Of course,” [[she]] said",
        "“Of course,” she [[said]]",
    ),
    Q(
        "“But I was nervous tonight and it went fine.”",
        "direct",
        VARGA,
        "person",
        "“Of course,” [[she]] said",
        "“Of course,” she [[said]]",
    ),
    Q(
        "meanwhile, said [[she would withdraw from next week’s event in Lisbon to rest the "
        "shoulder as a precaution]]",
        "indirect",
        ETXEBERRIA,
        "person",
        "[[Etxeberria]], meanwhile",
        "meanwhile, [[said]] she would withdraw",
    ),
    Q(
        "publicly, said [[the Spaniard had been taking painkillers since Tuesday]]",
        "indirect",
        CAMP,
        "anonymous",
        "[[A member of Etxeberria’s camp]], who",
        "publicly, [[said]] the Spaniard",
    ),
    Q(
        "Management, said [[she was “fit and looking forward to the grass season.”]]",
        "mixed",
        BASELINE,
        "organisation",
        "agency, [[Baseline Sports Management]], said",
        "Sports Management, [[said]] she was",
    ),
    Q(
        "was 13, said [[the final would be “just another match” for her]]",
        "mixed",
        HORVATH,
        "person",
        "[[Horvath]], who has coached",
        "since she was 13, [[said]] the final",
    ),
    Q(
        "“Maybe not just another match,”",
        "direct",
        HORVATH,
        "person",
        "another match,” [[he]] said",
        "another match,” he [[said]]",
    ),
    Q(
        "“But we will prepare the same way. Breakfast at eight, hit at ten, and no phones.”",
        "direct",
        HORVATH,
        "person",
        "another match,” [[he]] said",
        "another match,” he [[said]]",
    ),
    Q(
        "Open said [[ticket sales for the final had reached 9,400, a record for the women’s event, "
        "and that extra seating would be installed overnight]]",
        "indirect",
        OPEN,
        "organisation",
        "The [[Harbourside Open]] said ticket",
        "Harbourside Open [[said]] ticket",
    ),
]

HELDOUT["science_18"] = [
    Q(
        "[[Solitary bees in northern Europe now emerge from their winter nests almost three weeks "
        "earlier than they did forty years ago, leaving many of them out of step with the flowers "
        "they feed on]], according to",
        "indirect",
        STUDY,
        "organisation",
        "according to [[a study published on Wednesday]]",
        "[[according to]] a study",
    ),
    Q(
        "It found that [[the average first sighting of the species had moved forward by 19 days, "
        "while the flowering of their main food plants had moved forward by only 11]]",
        "indirect",
        STUDY,
        "organisation",
        "[[It]] found that",
        "It [[found]] that",
    ),
    Q(
        "“That gap of about a week sounds small,”",
        "direct",
        SOLBERG,
        "person",
        "said Dr [[Ingrid Solberg]], an ecologist",
        "sounds small,” [[said]] Dr",
    ),
    Q(
        "“For a bee that lives only four or five weeks as an adult, it is an enormous share of "
        "its life.”",
        "direct",
        SOLBERG,
        "person",
        "said Dr [[Ingrid Solberg]], an ecologist",
        "sounds small,” [[said]] Dr",
    ),
    Q(
        "Solberg said [[the mismatch was largest for species that specialise in a single plant "
        "family, such as the willow mining bee, which depends on early catkins]]",
        "indirect",
        SOLBERG,
        "person",
        "[[Solberg]] said the mismatch",
        "Solberg [[said]] the mismatch",
    ),
    Q(
        "she said, [[the bees were flying before a single catkin had opened]]",
        "indirect",
        SOLBERG,
        "person",
        "warmest years, [[she]] said",
        "warmest years, she [[said]]",
    ),
    Q(
        "researchers, [[populations of the eight most specialised species fell by an average of "
        "34 percent over the study period, while generalist species that visit many kinds of "
        "flowers were broadly stable]]",
        "indirect",
        RESEARCHERS,
        "group",
        "According to [[the researchers]], populations",
        "[[According to]] the researchers",
    ),
    Q(
        "university, said [[the team had spent two years checking the dates on more than 60,000 "
        "museum labels, some of them handwritten in pencil]]",
        "indirect",
        WIERZBICKI,
        "person",
        "co-author [[Tomasz Wierzbicki]], a data",
        "same university, [[said]] the team",
    ),
    Q(
        "“Half of my job was reading bad handwriting from 1983,”",
        "direct",
        WIERZBICKI,
        "person",
        "from 1983,” [[he]] said",
        "from 1983,” he [[said]]",
    ),
    Q(
        "“The other half was working out whether ‘Apr’ meant April or was a smudge.”",
        "direct",
        WIERZBICKI,
        "person",
        "from 1983,” [[he]] said",
        "from 1983,” he [[said]]",
    ),
    Q(
        "cautioned that [[the records were uneven]]",
        "indirect",
        RESEARCHERS,
        "group",
        "[[The researchers]] cautioned",
        "The researchers [[cautioned]] that",
    ),
    Q(
        "they wrote in the paper, [[are more common near cities and at weekends]]",
        "indirect",
        RESEARCHERS,
        "group",
        "sightings, [[they]] wrote",
        "sightings, they [[wrote]]",
    ),
    Q(
        "called [[the work “careful and, frankly, worrying.”]]",
        "mixed",
        OSEI,
        "person",
        "Dr [[Helen Osei-Barker]], a pollination",
        "in the study, [[called]] the work",
    ),
    Q(
        "She said [[it was one of the first studies to link the timing of emergence directly to "
        "population decline across so many species]]",
        "indirect",
        OSEI,
        "person",
        "[[She]] said it was one",
        "She [[said]] it was one",
    ),
    Q(
        "“We have known for a while that spring is coming earlier,”",
        "direct",
        OSEI,
        "person",
        "earlier,” Dr [[Osei-Barker]] said",
        "earlier,” Dr Osei-Barker [[said]]",
    ),
    Q(
        ("“What this paper does is show", "are paying for it.”"),
        "direct",
        OSEI,
        "person",
        "earlier,” Dr [[Osei-Barker]] said",
        "earlier,” Dr Osei-Barker [[said]]",
    ),
    Q(
        "noting that [[some of the rarer bees had fewer than 200 records in total]]",
        "indirect",
        OSEI,
        "person",
        "[[She]] warned, however",
        "single species, [[noting]] that",
    ),
    Q(
        "“Trends for individual species should be treated with caution,”",
        "direct",
        RESEARCHERS,
        "group",
        "with caution,” [[they]] write",
        "with caution,” they [[write]]",
    ),
    Q(
        "statement that [[the results showed “why long-term monitoring cannot be treated as a "
        "luxury.”]]",
        "mixed",
        NORDVEST,
        "organisation",
        "the [[Nordvest Foundation for Biodiversity]], which",
        "which [[said]] in a statement",
    ),
    Q(
        "The foundation said [[it would fund a further five years of surveys starting next "
        "spring]]",
        "indirect",
        NORDVEST,
        "organisation",
        "[[The foundation]] said it would",
        "The foundation [[said]] it would",
    ),
    Q(
        "Solberg said [[farmers and gardeners could help by planting early-flowering species such "
        "as willow, blackthorn and lungwort, and by leaving patches of bare, sunny ground where "
        "the bees nest]]",
        "indirect",
        SOLBERG,
        "person",
        "[[Solberg]] said farmers",
        "Solberg [[said]] farmers",
    ),
    Q(
        "“People often ask what they can do,”",
        "direct",
        SOLBERG,
        "person",
        "they can do,” [[she]] said",
        "they can do,” she [[said]]",
    ),
    Q(
        "“This is one of the rare cases where the answer is simple: plant something that flowers "
        "in March.”",
        "direct",
        SOLBERG,
        "person",
        "they can do,” [[she]] said",
        "they can do,” she [[said]]",
    ),
    Q(
        "University, said [[pesticide use and the loss of hedgerows had changed over the same "
        "period and could not be fully separated from the effect of temperature]]",
        "indirect",
        LINDAHL,
        "person",
        "Professor [[Anders Lindahl]], an entomologist",
        "Agricultural University, [[said]] pesticide",
    ),
    Q(
        "“It is a good study,”",
        "direct",
        LINDAHL,
        "person",
        "good study,” [[he]] said",
        "good study,” he [[said]]",
    ),
    Q(
        "“But forty years of change in the countryside is not only forty years of change in the "
        "weather.”",
        "direct",
        LINDAHL,
        "person",
        "good study,” [[he]] said",
        "good study,” he [[said]]",
    ),
    Q(
        "Wierzbicki said [[the team agreed that other pressures played a role and had tried to "
        "account for land use in the model]]",
        "indirect",
        WIERZBICKI,
        "person",
        "[[Wierzbicki]] said the team agreed",
        "Wierzbicki [[said]] the team agreed",
    ),
    Q(
        "He said [[the next step would be to fit small temperature loggers to nest sites in 12 "
        "locations to see exactly what the bees were responding to]]",
        "indirect",
        WIERZBICKI,
        "person",
        "[[He]] said the next step",
        "He [[said]] the next step",
    ),
]

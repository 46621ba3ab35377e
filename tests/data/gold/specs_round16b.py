# The specifications below quote the articles verbatim, typographic marks included.
"""Gold specifications for localgov_16, energy_16, rugby_16, wirepol_16 and health_16
(round 16, second writer, written blind), merged into build_gold.py's dictionaries by its main()."""

from __future__ import annotations

from build_gold import Q

# localgov_16
AYLWARD = "Desmond Aylward"
BRENNOCK = "Niall Brennock"
SOWERBY = "Martin Sowerby"
ODUYA = "Frank Oduya"
HCC = "Harrowdale County Council"
REPORT_LG = "a consultation report"
MOTHER = "one mother"
DIOCESE = "Diocese of Kelby"
SPOKES_LG = "a council spokesperson"

# energy_16
CALDERBANK = "Calderbank Energy"
FAIRWEATHER = "Lorna Fairweather"
ACHTERBERG = "Rosalind Achterberg"
FJA = "Fuel Justice Alliance"
ORRELL = "Tamsin Orrell"
GFI_REPORT = "a report by the Grid Futures Institute"
EMA = "Energy Markets Authority"
EMA_SPOKES = "a spokesman for the regulator"
KAMARA = "Idris Kamara"
CWU = "Coastal Workers' Union"
PIKE = "Darren Pike"
MOE = "Ministry of Energy"

# rugby_16
STRAND = "Gavin Strand"
NAUFAHU = "Tevita Naufahu"
DOYLE = "Kieran Doyle"
MOYNIHAN = "Paddy Moynihan"
RENDELL = "Jamie Rendell"
PANEL = "an independent disciplinary panel"
LEAGUE_STATS = "the league's official statistics"
CR_SPOKES = "a spokeswoman for Championship Rugby"

# wirepol_16
LEHTINEN = "Aino Lehtinen"
OFFICIALS = "party officials"
COMMITTEE = "the party's election committee"
SAARINEN = "Mikael Saarinen"
HONKANEN = "Petri Honkanen"
AALTONEN = "Ville Aaltonen"
NEC = "National Election Commission"
POLL = "a poll by Nordpoll for the newspaper Uusi Aamu"
RANTANEN = "Kaisa Rantanen"
KORHOLA = "Jussi Korhola"
ILVES = "Markku Ilves"

# health_16
RESULTS = "the results of a large international trial"
STUDY = "the study"
ADEYEMI = "Miriam Adeyemi-Clarke"
NHPA = "National Health Protection Agency"
RESEARCHERS = "the researchers"
PILLAI = "Anand Pillai-Rowe"
EDITORIAL = "Elena Marsh and Tobias Lindqvist"
HOLLINS = "Derek Hollins"
HALVERN = "Halvern Pharmaceuticals"
MSA_SPOKES = "a spokeswoman for the Medicines Safety Authority"
FERREIRA = "Nadia Ferreira"

HELDOUT: dict[str, list[Q]] = {}

ARTICLES: dict[str, list[Q]] = {
    "localgov_16": [
        Q(
            "Aylward said [[the school, which has 38 pupils in a building meant for 120, could no "
            "longer be kept open]]",
            "indirect",
            AYLWARD,
            "person",
            "Council leader [[Desmond Aylward]] said",
            "Desmond Aylward [[said]] the school",
        ),
        Q(
            "“Nobody on this cabinet came into politics to close a village school,”",
            "direct",
            AYLWARD,
            "person",
            "school,” [[he]] told the meeting",
            "school,” he [[told]] the meeting",
        ),
        Q(
            ("“But every pound we spend", "children who sit in them.”"),
            "direct",
            AYLWARD,
            "person",
            "school,” [[he]] told the meeting",
            "school,” he [[told]] the meeting",
        ),
        Q(
            "found that [[the school’s budget deficit would reach £410,000 by 2027 if nothing "
            "changed]]",
            "indirect",
            REPORT_LG,
            "organisation",
            "[[A consultation report]], titled",
            "“Fit for the Future”, [[found]] that",
        ),
        Q(
            "According to the council, [[61 per cent of the 412 people who responded to the "
            "consultation opposed the closure]]",
            "indirect",
            HCC,
            "organisation",
            "According to [[the council]], 61",
            "[[According to]] the council, 61",
        ),
        Q(
            "accused [[the cabinet of making up its mind “before a single parent was asked”]]",
            "mixed",
            BRENNOCK,
            "person",
            "Councillor [[Niall Brennock]], leader",
            "the ward, [[accused]] the cabinet",
        ),
        Q(
            ("He said [[the report had ignored", "at worst invented”]]"),
            "mixed",
            BRENNOCK,
            "person",
            "[[He]] said the report had ignored",
            "He [[said]] the report had ignored",
        ),
        Q(
            "“The leader talks about empty classrooms,”",
            "direct",
            BRENNOCK,
            "person",
            "classrooms,” Mr [[Brennock]] said",
            "classrooms,” Mr Brennock [[said]]",
        ),
        Q(
            ("“I talk about a six-year-old", "admits it cannot grit.”"),
            "direct",
            BRENNOCK,
            "person",
            "classrooms,” Mr [[Brennock]] said",
            "classrooms,” Mr Brennock [[said]]",
        ),
        Q(
            ("chamber that [[staff had learned", "the papers were published]]"),
            "indirect",
            SOWERBY,
            "person",
            "headteacher, [[Martin Sowerby]], told",
            "Martin Sowerby, [[told]] reporters",
        ),
        Q(
            "“I found out at half past nine at night, on my phone, like everyone else,”",
            "direct",
            SOWERBY,
            "person",
            "everyone else,” [[he]] said",
            "everyone else,” he [[said]]",
        ),
        Q(
            "He added that [[he would not apply for other posts while the school remained open]]",
            "indirect",
            SOWERBY,
            "person",
            "[[He]] added that he would not",
            "He [[added]] that he would not",
        ),
        Q(
            "“My job is to see these children through to the last day, and that is what I will "
            "do.”",
            "direct",
            SOWERBY,
            "person",
            "[[He]] added that he would not",
            "He [[added]] that he would not",
        ),
        Q(
            "[[Transport to Kelby would be free]], he said",
            "indirect",
            AYLWARD,
            "person",
            "free, [[he]] said. The money",
            "free, he [[said]]. The money",
        ),
        Q(
            "The money saved, the leader said, [[would go towards special educational needs "
            "provision across the county]]",
            "indirect",
            AYLWARD,
            "person",
            "saved, [[the leader]] said, would",
            "the leader [[said]], would",
        ),
        Q(
            "“I have been to Ashby Fold. I have sat in that hall,”",
            "direct",
            AYLWARD,
            "person",
            "hall,” Mr [[Aylward]] said",
            "hall,” Mr Aylward [[said]]",
        ),
        Q(
            "“I am not pretending this is painless.”",
            "direct",
            AYLWARD,
            "person",
            "hall,” Mr [[Aylward]] said",
            "hall,” Mr Aylward [[said]]",
        ),
        Q(
            "1950s, said [[the village would lose its heart]]",
            "indirect",
            ODUYA,
            "person",
            "[[Frank Oduya]], 74",
            "in the 1950s, [[said]] the village",
        ),
        Q(
            "“First the pub, then the post office, now this,”",
            "direct",
            ODUYA,
            "person",
            "now this,” [[he]] said",
            "now this,” he [[said]]",
        ),
        Q(
            "“What is left for a young family to come here for?”",
            "direct",
            ODUYA,
            "person",
            "now this,” [[he]] said",
            "now this,” he [[said]]",
        ),
        Q(
            "council, said [[her daughter had cried at breakfast when she heard the news]]",
            "indirect",
            MOTHER,
            "anonymous",
            "[[One mother]], who did not",
            "for the council, [[said]] her daughter",
        ),
        Q(
            "said [[it was “disappointed but not surprised” and would discuss the future of the "
            "building with the council]]",
            "mixed",
            DIOCESE,
            "organisation",
            "[[The Diocese of Kelby]], which owns",
            "school site, [[said]] it was",
        ),
        Q(
            ("statement that [[a formal notice", "objections can be lodged]]"),
            "indirect",
            SPOKES_LG,
            "anonymous",
            "[[A council spokesperson]] said in a statement",
            "A council spokesperson [[said]] in a statement",
        ),
        Q(
            "“We understand how strongly people in Ashby Fold feel, and every objection will be "
            "read and answered,”",
            "direct",
            SPOKES_LG,
            "anonymous",
            "answered,” [[the spokesperson]] added",
            "the spokesperson [[added]]",
        ),
        Q(
            "Brennock said [[he had already collected the five signatures needed to force a "
            "review]]",
            "indirect",
            BRENNOCK,
            "person",
            "Mr [[Brennock]] said he had already",
            "Mr Brennock [[said]] he had already",
        ),
        Q(
            "warned that [[his group would make the closure an issue at May’s elections]]",
            "indirect",
            BRENNOCK,
            "person",
            "Mr [[Brennock]] said he had already",
            "review, and [[warned]] that",
        ),
        Q(
            "“They have picked the wrong village to do this to,”",
            "direct",
            BRENNOCK,
            "person",
            "do this to,” [[he]] said",
            "do this to,” he [[said]]",
        ),
        Q(
            "“I would like to think so,”",
            "direct",
            SOWERBY,
            "person",
            "think so,” [[he]] said",
            "think so,” he [[said]]",
        ),
        Q(
            "“I am not sure I do.”",
            "direct",
            SOWERBY,
            "person",
            "think so,” [[he]] said",
            "think so,” he [[said]]",
        ),
    ],
    "energy_16": [
        Q(
            ("saying that [[higher turbine prices", "two years ago]]"),
            "indirect",
            CALDERBANK,
            "organisation",
            "[[Calderbank Energy]] has halted",
            "North Sea, [[saying]] that",
        ),
        Q(
            ("Thursday that [[it had written off", "next government auction]]"),
            "indirect",
            CALDERBANK,
            "organisation",
            "[[The company]] told investors",
            "The company [[told]] investors",
        ),
        Q(
            "“We have not given up on Harrow Bank, but we cannot build it at a loss,”",
            "direct",
            FAIRWEATHER,
            "person",
            "chief executive [[Lorna Fairweather]] said",
            "Lorna Fairweather [[said]] on a call",
        ),
        Q(
            "“The numbers that worked in 2023 simply do not work in 2025.”",
            "direct",
            FAIRWEATHER,
            "person",
            "chief executive [[Lorna Fairweather]] said",
            "Lorna Fairweather [[said]] on a call",
        ),
        Q(
            ("Fairweather said [[turbine costs", "over the same period]]"),
            "indirect",
            FAIRWEATHER,
            "person",
            "[[Fairweather]] said turbine",
            "Fairweather [[said]] turbine",
        ),
        Q(
            "Achterberg said [[she was “deeply disappointed” by the decision]]",
            "mixed",
            ACHTERBERG,
            "person",
            "minister [[Rosalind Achterberg]] said",
            "Rosalind Achterberg [[said]] she was",
        ),
        Q(
            "insisted that [[the plan’s targets remained within reach]]",
            "indirect",
            ACHTERBERG,
            "person",
            "minister [[Rosalind Achterberg]] said",
            "decision, but [[insisted]] that",
        ),
        Q(
            "“One company pausing one project does not change the direction of travel,”",
            "direct",
            ACHTERBERG,
            "person",
            "travel,” [[she]] told Radio",
            "travel,” she [[told]] Radio",
        ),
        Q(
            "“We will have more offshore capacity under construction next year than in any year "
            "before.”",
            "direct",
            ACHTERBERG,
            "person",
            "travel,” [[she]] told Radio",
            "travel,” she [[told]] Radio",
        ),
        Q(
            "called [[the pause “a wake-up call that ministers keep sleeping through”]]",
            "mixed",
            FJA,
            "organisation",
            "[[The Fuel Justice Alliance]], a coalition",
            "environmental groups, [[called]] the pause",
        ),
        Q(
            "Orrell, said [[households would end up paying for every year of delay]]",
            "indirect",
            ORRELL,
            "person",
            "director, [[Tamsin Orrell]], said",
            "Tamsin Orrell, [[said]] households",
        ),
        Q(
            "“Every winter that this wind farm is not turning is a winter we burn gas we have to "
            "import, at whatever price the market sets,”",
            "direct",
            ORRELL,
            "person",
            "market sets,” [[she]] said",
            "market sets,” she [[said]]",
        ),
        Q(
            "found that [[each year of delay to the offshore programme would add about £1.3bn to "
            "household energy bills]]",
            "indirect",
            GFI_REPORT,
            "organisation",
            "[[A report by the Grid Futures Institute]], published",
            "published last month, [[found]] that",
        ),
        Q(
            "It also warned that [[the 2030 target for clean power was “now more likely to be "
            "missed than met”]]",
            "mixed",
            GFI_REPORT,
            "organisation",
            "[[It]] also warned that the 2030",
            "It also [[warned]] that the 2030",
        ),
        Q(
            "Authority, [[gas generated 34 per cent of the country’s electricity last year, "
            "against 29 per cent from wind]]",
            "indirect",
            EMA,
            "organisation",
            "figures from [[the Energy Markets Authority]], gas",
            "[[According to]] figures from",
        ),
        Q(
            ("statement that [[it would look at whether", "when costs rise sharply]]"),
            "indirect",
            EMA,
            "organisation",
            "[[The authority]], which regulates",
            "the sector, [[said]] in a statement",
        ),
        Q(
            "regulator said [[no decision would be taken before the summer]]",
            "indirect",
            EMA_SPOKES,
            "anonymous",
            "[[A spokesman for the regulator]] said",
            "for the regulator [[said]] no decision",
        ),
        Q(
            "University, said [[the pause was “not a surprise to anyone who has been watching the "
            "supply chain”]]",
            "mixed",
            KAMARA,
            "person",
            "Professor [[Idris Kamara]], who studies",
            "Westbury University, [[said]] the pause",
        ),
        Q(
            "“The government set the ceiling price in an auction when money was cheap and steel "
            "was cheap,”",
            "direct",
            KAMARA,
            "person",
            "steel was cheap,” [[Kamara]] said",
            "steel was cheap,” Kamara [[said]]",
        ),
        Q(
            ("“Neither of those things is true any more.", "and for longer.”"),
            "direct",
            KAMARA,
            "person",
            "steel was cheap,” [[Kamara]] said",
            "steel was cheap,” Kamara [[said]]",
        ),
        Q(
            "said [[the news was “a hammer blow” for the town]]",
            "mixed",
            CWU,
            "organisation",
            "[[The Coastal Workers’ Union]], which had",
            "during construction, [[said]] the news",
        ),
        Q(
            "Pike, said [[members had been told by Calderbank only an hour before the "
            "announcement]]",
            "indirect",
            PIKE,
            "person",
            "organiser, [[Darren Pike]], said",
            "Darren Pike, [[said]] members",
        ),
        Q(
            "“They found time to ring the City before they rang the people whose jobs depend on "
            "this,”",
            "direct",
            PIKE,
            "person",
            "depend on this,” [[he]] said",
            "depend on this,” he [[said]]",
        ),
        Q(
            "in reply that [[it had briefed union representatives “as early as market rules "
            "allowed”]]",
            "mixed",
            CALDERBANK,
            "organisation",
            "[[Calderbank]] said in reply",
            "Calderbank [[said]] in reply",
        ),
        Q(
            "Achterberg said [[the next auction’s budget would be set “in the normal way”]]",
            "mixed",
            ACHTERBERG,
            "person",
            "on offer, [[Achterberg]] said",
            "on offer, Achterberg [[said]]",
        ),
        Q(
            ("separately that [[three other offshore projects", "going ahead as planned]]"),
            "indirect",
            MOE,
            "organisation",
            "[[The Ministry of Energy]] said separately",
            "Ministry of Energy [[said]] separately",
        ),
        Q(
            "call, said [[she still hoped to see turbines turning at Harrow Bank “within this "
            "decade”]]",
            "mixed",
            FAIRWEATHER,
            "person",
            "[[Fairweather]], speaking to reporters",
            "after the call, [[said]] she still",
        ),
        Q(
            "“It depends on the auction. It always depended on the auction.”",
            "direct",
            FAIRWEATHER,
            "person",
            "realistic, [[she]] said:",
            "realistic, she [[said]]:",
        ),
    ],
    "rugby_16": [
        Q(
            "“I’ve been coaching for fifteen years and I’m not sure I’ve seen a second half like "
            "it,”",
            "direct",
            STRAND,
            "person",
            "head coach [[Gavin Strand]] said",
            "Gavin Strand [[said]]. “At",
        ),
        Q(
            ("“At 19-3 down in that weather,", "looking for the ball.”"),
            "direct",
            STRAND,
            "person",
            "head coach [[Gavin Strand]] said",
            "Gavin Strand [[said]]. “At",
        ),
        Q(
            "Strand said [[he had told his players at half-time that the game would be won “in "
            "the last ten minutes, not the first forty”]]",
            "mixed",
            STRAND,
            "person",
            "[[Strand]] said he had told",
            "Strand [[said]] he had told",
        ),
        Q(
            "club, said [[the try belonged to the supporters who had stood in the rain for two "
            "hours]]",
            "indirect",
            NAUFAHU,
            "person",
            "[[Naufahu]], who was playing",
            "for the club, [[said]] the try",
        ),
        Q(
            "“The Cauldron was loud today. You could feel it in the scrum,”",
            "direct",
            NAUFAHU,
            "person",
            "scrum,” [[the 31-year-old]] said",
            "the 31-year-old [[said]]",
        ),
        Q(
            ("“When they start singing", "your legs find something.”"),
            "direct",
            NAUFAHU,
            "person",
            "scrum,” [[the 31-year-old]] said",
            "the 31-year-old [[said]]",
        ),
        Q(
            "match, said [[he had “no idea” how the ball had stayed in his hands for his try]]",
            "mixed",
            DOYLE,
            "person",
            "[[Doyle]], 22, named",
            "of the match, [[said]] he had",
        ),
        Q(
            "“We were the better side for an hour and we have nothing to show for it,”",
            "direct",
            MOYNIHAN,
            "person",
            "show for it,” [[he]] said",
            "show for it,” he [[said]]",
        ),
        Q(
            "“That’s on us. Not on the referee, not on the weather. On us.”",
            "direct",
            MOYNIHAN,
            "person",
            "show for it,” [[he]] said",
            "show for it,” he [[said]]",
        ),
        Q(
            "He called [[the decision to sin-bin lock Ollie Brackett in the 64th minute “harsh at "
            "best”]]",
            "mixed",
            MOYNIHAN,
            "person",
            "[[He]] called the decision",
            "He [[called]] the decision",
        ),
        Q(
            "and said [[he would be asking the referees’ manager for an explanation]]",
            "indirect",
            MOYNIHAN,
            "person",
            "[[He]] called the decision",
            "at best”, and [[said]] he would",
        ),
        Q(
            "points, said [[the dressing room had been silent afterwards]]",
            "indirect",
            RENDELL,
            "person",
            "[[Rendell]], who kicked",
            "nine points, [[said]] the dressing",
        ),
        Q(
            "“We let them off the hook,”",
            "direct",
            RENDELL,
            "person",
            "said [[Rendell]]. “When",
            "hook,” [[said]] Rendell",
        ),
        Q(
            ("“When you do that against a side like Westcombe,", "they punish you.”"),
            "direct",
            RENDELL,
            "person",
            "said [[Rendell]]. “When",
            "hook,” [[said]] Rendell",
        ),
        Q(
            "statistics, [[Wolves made 212 tackles to Saints’ 141 and won nine of their ten "
            "lineouts]]",
            "indirect",
            LEAGUE_STATS,
            "organisation",
            "According to [[the league’s official statistics]]",
            "[[According to]] the league",
        ),
        Q(
            "panel found that [[his shoulder-led tackle against Kingsholm Rovers had made direct "
            "contact with an opponent’s head]]",
            "indirect",
            PANEL,
            "organisation",
            "after [[an independent disciplinary panel]] found",
            "disciplinary panel [[found]] that",
        ),
        Q(
            ("the panel said [[the tackle was", "reduced the ban from six weeks]]"),
            "mixed",
            PANEL,
            "organisation",
            "Thursday, [[the panel]] said",
            "Thursday, the panel [[said]] the tackle",
        ),
        Q(
            "“The player showed genuine remorse at the hearing, and the panel accepts that he did "
            "not set out to injure his opponent,”",
            "direct",
            PANEL,
            "organisation",
            "opponent,” [[the panel]] wrote",
            "the panel [[wrote]]",
        ),
        Q(
            "Moynihan confirmed that [[the club would not appeal]]",
            "indirect",
            MOYNIHAN,
            "person",
            "[[Moynihan]] confirmed",
            "Moynihan [[confirmed]]",
        ),
        Q(
            "“Rhys knows he got it wrong. He’ll be back for the run-in and he’ll be better for "
            "it.”",
            "direct",
            MOYNIHAN,
            "person",
            "[[Moynihan]] confirmed",
            "Moynihan [[confirmed]]",
        ),
        Q(
            "Rugby said [[the referee’s report on the Brackett yellow card would be reviewed “as a "
            "matter of routine” on Monday]]",
            "mixed",
            CR_SPOKES,
            "anonymous",
            "[[A spokeswoman for Championship Rugby]] said",
            "Championship Rugby [[said]] the referee",
        ),
        Q(
            "“There are six games left. I don’t do maths until April,”",
            "direct",
            STRAND,
            "person",
            "April,” [[he]] said",
            "April,” he [[said]]",
        ),
        Q(
            ("reporters that [[the squad had set itself", "nothing had changed]]"),
            "indirect",
            NAUFAHU,
            "person",
            "[[Naufahu]] told reporters",
            "Naufahu [[told]] reporters",
        ),
        Q(
            "“We said it in July and we’ll say it now,”",
            "direct",
            NAUFAHU,
            "person",
            "say it now,” [[he]] said",
            "say it now,” he [[said]]",
        ),
        Q(
            "“We want to be playing in the Premiership next year.”",
            "direct",
            NAUFAHU,
            "person",
            "say it now,” [[he]] said",
            "say it now,” he [[said]]",
        ),
        Q(
            "“We’ll see them again at our place,”",
            "direct",
            MOYNIHAN,
            "person",
            "our place,” [[he]] said",
            "our place,” he [[said]]",
        ),
        Q(
            "“I’d be amazed if it’s not just as tight.”",
            "direct",
            MOYNIHAN,
            "person",
            "our place,” [[he]] said",
            "our place,” he [[said]]",
        ),
    ],
    "wirepol_16": [
        Q(
            "officials said [[had drawn the highest turnout in the party's 40-year history]]",
            "indirect",
            OFFICIALS,
            "anonymous",
            "that [[party officials]] said",
            "party officials [[said]] had drawn",
        ),
        Q(
            "[[Lehtinen, 47, won 58.2 percent of the 31,400 votes cast by members]], the party's",
            "indirect",
            COMMITTEE,
            "organisation",
            "members, [[the party's election committee]] said",
            "election committee [[said]]. Parliamentary",
        ),
        Q(
            '"We are not here to manage decline. We are here to win,"',
            "direct",
            LEHTINEN,
            "person",
            'win," [[Lehtinen]] told',
            'win," Lehtinen [[told]]',
        ),
        Q(
            '"And we will fight for every seat, in every town, from Hanko to Utsjoki."',
            "direct",
            LEHTINEN,
            "person",
            'win," [[Lehtinen]] told',
            'win," Lehtinen [[told]]',
        ),
        Q(
            ("She said [[the party would publish", "before the end of the year]]"),
            "indirect",
            LEHTINEN,
            "person",
            "[[She]] said the party would publish",
            "She [[said]] the party would publish",
        ),
        Q(
            'accused [[the governing coalition of "treating the regions as an afterthought."]]',
            "mixed",
            LEHTINEN,
            "person",
            "[[She]] said the party would publish",
            "year, and [[accused]] the governing",
        ),
        Q(
            'saying [[the members had "made a clear choice"]]',
            "mixed",
            SAARINEN,
            "person",
            "[[Saarinen]], 52, who",
            "short speech, [[saying]] the members",
        ),
        Q(
            'asking [[his supporters to give the new leader "the loyalty I would have asked of '
            'them."]]',
            "mixed",
            SAARINEN,
            "person",
            "[[Saarinen]], 52, who",
            'choice" and [[asking]] his supporters',
        ),
        Q(
            '"I ran to win and I lost. That\'s how democracy is supposed to work,"',
            "direct",
            SAARINEN,
            "person",
            'work," [[he]] told reporters',
            'work," he [[told]] reporters',
        ),
        Q(
            '"I\'m not going anywhere."',
            "direct",
            SAARINEN,
            "person",
            'work," [[he]] told reporters',
            'work," he [[told]] reporters',
        ),
        Q(
            'questioned [[whether the party had "really changed, or just changed its leader,"]]',
            "mixed",
            HONKANEN,
            "person",
            "result, [[he]] congratulated",
            "Lehtinen but [[questioned]] whether",
        ),
        Q(
            "asking [[why none of the three candidates had been willing to debate the party's "
            "pension policy in public]]",
            "indirect",
            HONKANEN,
            "person",
            "result, [[he]] congratulated",
            'leader," [[asking]] why',
        ),
        Q(
            "Aaltonen said [[Lehtinen would meet the parliamentary group on Monday and name her "
            'shadow team "within days, not weeks."]]',
            "mixed",
            AALTONEN,
            "person",
            "Party spokesman [[Ville Aaltonen]] said",
            "Ville Aaltonen [[said]] Lehtinen",
        ),
        Q(
            "confirmed on Friday that [[the next parliamentary election would be held on April "
            "18]]",
            "indirect",
            NEC,
            "organisation",
            "[[The National Election Commission]] confirmed",
            "Election Commission [[confirmed]] on Friday",
        ),
        Q(
            "and said [[parties must register their candidate lists by March 9]]",
            "indirect",
            NEC,
            "organisation",
            "[[The National Election Commission]] confirmed",
            "April 18 and [[said]] parties",
        ),
        Q(
            ("Thursday, found that [[Civic Renewal had the support", "ruling Centre Alliance]]"),
            "indirect",
            POLL,
            "organisation",
            "[[A poll by Nordpoll for the newspaper Uusi Aamu]], published",
            "on Thursday, [[found]] that",
        ),
        Q(
            '"Lehtinen is far better known than either of her rivals, and in a leadership race '
            'that matters more than anything,"',
            "direct",
            RANTANEN,
            "person",
            "research director [[Kaisa Rantanen]] said",
            "Kaisa Rantanen [[said]]",
        ),
        Q(
            ('"Whether it turns into votes in April', 'not the same as trust."'),
            "direct",
            RANTANEN,
            "person",
            "research director [[Kaisa Rantanen]] said",
            "Kaisa Rantanen [[said]]",
        ),
        Q(
            "Rantanen said [[about a quarter of voters who had backed Civic Renewal in 2019 now "
            "told pollsters they were undecided]]",
            "indirect",
            RANTANEN,
            "person",
            "[[Rantanen]] said about",
            "Rantanen [[said]] about",
        ),
        Q(
            'Korhola, said [[the opposition had "changed the face, not the policies,"]]',
            "mixed",
            KORHOLA,
            "person",
            "party secretary, [[Jussi Korhola]], said",
            "Jussi Korhola, [[said]] the opposition",
        ),
        Q(
            "saying [[Civic Renewal still had no answer to how it would pay for its spending "
            "promises]]",
            "indirect",
            KORHOLA,
            "person",
            "party secretary, [[Jussi Korhola]], said",
            'policies," [[saying]] Civic',
        ),
        Q(
            '"Congratulations to Ms. Lehtinen. Now we would like to see the bill,"',
            "direct",
            KORHOLA,
            "person",
            'bill," [[he]] said in a statement',
            'bill," he [[said]] in a statement',
        ),
        Q(
            'Lehtinen said [[she would "happily" debate the Centre Alliance\'s record on hospital '
            'waiting times "any day of the week, in any town hall they like."]]',
            "mixed",
            LEHTINEN,
            "person",
            "remarks, [[Lehtinen]] said",
            "remarks, Lehtinen [[said]]",
        ),
        Q(
            "She said [[the party's first campaign event would be held in Kajaani next weekend]]",
            "indirect",
            LEHTINEN,
            "person",
            "[[She]] said the party's first",
            "She [[said]] the party's first",
        ),
        Q(
            'Jyvaskyla said [[the size of Lehtinen\'s win gave her "real authority" over a '
            "parliamentary group that had largely backed Saarinen]]",
            "mixed",
            ILVES,
            "person",
            "Political scientist [[Markku Ilves]] of",
            "University of Jyvaskyla [[said]] the size",
        ),
        Q(
            '"She doesn\'t owe anyone in that group anything, and they know it,"',
            "direct",
            ILVES,
            "person",
            'know it," [[Ilves]] said',
            'know it," Ilves [[said]]',
        ),
        Q(
            '"That\'s a strong position to start from, at least until the first bad poll."',
            "direct",
            ILVES,
            "person",
            'know it," [[Ilves]] said',
            'know it," Ilves [[said]]',
        ),
    ],
    "health_16": [
        Q(
            "[[A once-weekly injection cut hospital admissions for heart failure by a third over "
            "18 months]], according to",
            "indirect",
            RESULTS,
            "organisation",
            "according to [[the results of a large international trial]]",
            "months, [[according to]] the results",
        ),
        Q(
            ("The study found that [[312 of the 4,120", "given a placebo]]"),
            "indirect",
            STUDY,
            "organisation",
            "[[The study]] found that",
            "The study [[found]] that",
        ),
        Q(
            "“For a group of patients who have had very little new to offer them in a decade, "
            "this is a genuinely important result,”",
            "direct",
            ADEYEMI,
            "person",
            "Professor [[Miriam Adeyemi-Clarke]], a cardiologist",
            "result,” [[said]] Professor",
        ),
        Q(
            ("She said [[the benefit appeared", "with and without diabetes]]"),
            "indirect",
            ADEYEMI,
            "person",
            "[[She]] said the benefit",
            "She [[said]] the benefit",
        ),
        Q(
            "Agency, [[about 86,000 people were admitted with the condition last year]]",
            "indirect",
            NHPA,
            "organisation",
            "According to [[the National Health Protection Agency]]",
            "[[According to]] the National Health",
        ),
        Q(
            "The agency said [[it would consider adding the drug to its treatment guidelines once "
            "it had been licensed]]",
            "indirect",
            NHPA,
            "organisation",
            "[[The agency]] said it would consider",
            "The agency [[said]] it would consider",
        ),
        Q(
            "[[Nausea was the most common side effect, reported by 14 per cent of patients on the "
            "drug and 5 per cent of those on the placebo]], the researchers said",
            "indirect",
            RESEARCHERS,
            "group",
            "placebo, [[the researchers]] said",
            "the researchers [[said]]. They",
        ),
        Q(
            "They said [[3 per cent of patients stopped taking the injection because of side "
            "effects]]",
            "indirect",
            RESEARCHERS,
            "group",
            "[[They]] said 3 per cent",
            "They [[said]] 3 per cent",
        ),
        Q(
            "study, said [[that was “the question every patient will ask, and the one this trial "
            "can’t answer”]]",
            "mixed",
            PILLAI,
            "person",
            "Dr [[Anand Pillai-Rowe]], a consultant",
            "in the study, [[said]] that was",
        ),
        Q(
            "“Keeping people out of hospital matters enormously. It is the thing patients tell us "
            "they fear most,”",
            "direct",
            PILLAI,
            "person",
            "fear most,” [[he]] said",
            "fear most,” he [[said]]",
        ),
        Q(
            "“But I would want to see the mortality data before calling this a breakthrough.”",
            "direct",
            PILLAI,
            "person",
            "fear most,” [[he]] said",
            "fear most,” he [[said]]",
        ),
        Q(
            "wrote that [[the findings were “convincing and consistent”]]",
            "mixed",
            EDITORIAL,
            "group",
            "cardiologists [[Elena Marsh and Tobias Lindqvist]] wrote",
            "Tobias Lindqvist [[wrote]] that",
        ),
        Q(
            "warned that [[only 29 per cent of participants were women]]",
            "indirect",
            EDITORIAL,
            "group",
            "cardiologists [[Elena Marsh and Tobias Lindqvist]] wrote",
            "consistent”, but [[warned]] that",
        ),
        Q(
            ("“Before, I couldn’t walk", "lying down,”"),
            "direct",
            HOLLINS,
            "person",
            "lying down,” [[he]] said",
            "lying down,” he [[said]]",
        ),
        Q(
            ("“Last winter I didn’t go into hospital once.", "rather have been in.”"),
            "direct",
            HOLLINS,
            "person",
            "lying down,” [[he]] said",
            "lying down,” he [[said]]",
        ),
        Q(
            "statement that [[it had applied to the Medicines Safety Authority for approval and "
            "expected a decision next year]]",
            "indirect",
            HALVERN,
            "organisation",
            "[[The company]] said in a statement",
            "The company [[said]] in a statement",
        ),
        Q(
            "“We are committed to making cardenatide available to the patients who need it, at a "
            "price that reflects its value to health systems,”",
            "direct",
            HALVERN,
            "organisation",
            "systems,” [[the company]] added",
            "the company [[added]]",
        ),
        Q(
            "confirmed that [[it had received the application]]",
            "indirect",
            MSA_SPOKES,
            "anonymous",
            "[[A spokeswoman for the Medicines Safety Authority]] confirmed",
            "Safety Authority [[confirmed]] that",
        ),
        Q(
            "and said [[it would be assessed “on the full evidence, including the safety data”]]",
            "mixed",
            MSA_SPOKES,
            "anonymous",
            "[[A spokeswoman for the Medicines Safety Authority]] confirmed",
            "application and [[said]] it would",
        ),
        Q(
            "saying that [[too many new treatments sat unused for years “because nobody worked "
            "out who would give them”]]",
            "mixed",
            FERREIRA,
            "person",
            "chief executive, [[Nadia Ferreira]], urged",
            "injections, [[saying]] that too many",
        ),
        Q(
            ("Adeyemi-Clarke said [[a follow-up study", "begun recruiting in March]]"),
            "indirect",
            ADEYEMI,
            "person",
            "Professor [[Adeyemi-Clarke]] said a follow-up",
            "Adeyemi-Clarke [[said]] a follow-up",
        ),
        Q(
            "“We owe patients a clear answer on survival,”",
            "direct",
            ADEYEMI,
            "person",
            "survival,” [[she]] said",
            "survival,” she [[said]]",
        ),
        Q(
            "“We will have it, but not before 2029.”",
            "direct",
            ADEYEMI,
            "person",
            "survival,” [[she]] said",
            "survival,” she [[said]]",
        ),
    ],
}

# The specifications below quote the articles verbatim, typographic marks included.
"""Gold specifications for rugby_13, housing_13, business_13, wirepol_13 and health_13
(round 13, second writer, written blind), merged into build_gold.py's dictionaries by its main()."""

from __future__ import annotations

from build_gold import Q

# rugby_13
TREHARNE = "Owen Treharne"
VOSLOO = "Dieter Vosloo"
RATUVOU = "Sefa Ratuvou"
ACHTERBERG = "Ben Achterberg"
PANEL = "International Rugby Officials' Panel"
REES = "Callum Rees"

# housing_13
OMB_REPORT = "a housing ombudsman's report"
ASHWORTH = "Gillian Ashworth"
OKAFOR = "Maureen Okafor"
KEELE = "Rosalind Keele"
DANVERS = "Philip Danvers"
NORTHGATE = "Northgate Homes"
RAMAN = "Priya Raman"
MOTHER = "one mother on the estate who asked not to be named"

# business_13
FCB = "Financial Conduct Board"
FCB_REPORT = "the Financial Conduct Board's report"
MBATHA = "Harriet Mbatha"
CORRAN = "Corran Bank"
PENHALLOW = "Alistair Penhallow"
ODUYA = "Rachel Oduya"
KESSINGTON = "Tom Kessington"
ANON_ANALYST = "another analyst who spoke on condition of anonymity"
FBN = "Fair Banking Now"
CALLOWAY = "Sunita Calloway"

# wirepol_13
QUISPE = "Rosa Quispe Mamani"
ARRIETA = "Julio Arrieta Vega"
NEC = "National Electoral Commission"
CCORI = "Fernando Ccori"
MISSION = "observer mission from the Union of South American Nations"
ERRAZURIZ = "Claudia Errazuriz"
SALCEDO = "Diego Salcedo"
VILLANUEVA = "Carmen Villanueva"
TUESTA = "Martin Tuesta"

# health_13
TRUST = "Ellesmere and Dunmoor Hospitals Trust"
BLAKE = "Catriona Blake"
MARWOOD = "Edith Marwood"
RAVEL = "Anand Ravel"
KIELY = "Bernadette Kiely"
OSEI = "Helen Osei"

HELDOUT: dict[str, list[Q]] = {}

ARTICLES: dict[str, list[Q]] = {
    "rugby_13": [
        Q(
            "head coach called [[“the bravest eighty minutes this group has produced.”]]",
            "mixed",
            TREHARNE,
            "person",
            "a result [[their head coach]] called",
            "their head coach [[called]] “the bravest",
        ),
        Q(
            "press conference that [[his side had been “second best for an hour” and had won "
            "only because they refused to accept it]]",
            "mixed",
            TREHARNE,
            "person",
            "[[Owen Treharne]], who took charge",
            "in March, [[told]] the post-match",
        ),
        Q(
            "“I said to them at half-time, forget the scoreboard,”",
            "direct",
            TREHARNE,
            "person",
            "scoreboard,” [[Treharne]] said",
            "scoreboard,” Treharne [[said]]",
        ),
        Q(
            ("[[“Win the next collision", "ten minutes to go.”"),
            "direct",
            TREHARNE,
            "person",
            "scoreboard,” [[Treharne]] said",
            "scoreboard,” Treharne [[said]]",
        ),
        Q(
            "He said that [[his team had “handed the game back” with three penalties in the final "
            "quarter, and that discipline would be the only topic at training on Monday]]",
            "mixed",
            VOSLOO,
            "person",
            "[[He]] said that his team",
            "He [[said]] that his team",
        ),
        Q(
            "“We were the better side,”",
            "direct",
            VOSLOO,
            "person",
            "better side,” [[Vosloo]] said",
            "better side,” Vosloo [[said]]",
        ),
        Q(
            "“and we lost. That is the hardest thing in this sport to explain to a dressing room.”",
            "direct",
            VOSLOO,
            "person",
            "better side,” [[Vosloo]] said",
            "better side,” Vosloo [[said]]",
        ),
        Q(
            "“Honestly, I was just looking for someone to pass to,”",
            "direct",
            RATUVOU,
            "person",
            "pass to,” [[he]] said",
            "pass to,” he [[said]]",
        ),
        Q(
            "“Nobody was there, so I kept going.”",
            "direct",
            RATUVOU,
            "person",
            "pass to,” [[he]] said",
            "pass to,” he [[said]]",
        ),
        Q(
            ("29-year-old added that [[the squad had talked", "in the final ten minutes"),
            "indirect",
            RATUVOU,
            "person",
            "[[The 29-year-old]] added that",
            "The 29-year-old [[added]] that",
        ),
        Q(
            "Vosloo was blunt: [[“It was a red card. I have seen it three times and I would have "
            "given it myself.”]]",
            "direct",
            VOSLOO,
            "person",
            "[[Vosloo]] was blunt",
            "Vosloo [[was blunt]]",
        ),
        Q(
            "argued that [[Vake had dipped into the tackle]]",
            "indirect",
            ACHTERBERG,
            "person",
            "[[Ben Achterberg]], argued",
            "Ben Achterberg, [[argued]] that",
        ),
        Q(
            "and said [[the sanction should have been yellow]]",
            "indirect",
            ACHTERBERG,
            "person",
            "[[Ben Achterberg]], argued",
            "tackle, and [[said]] the sanction",
        ),
        Q(
            "on Sunday that [[Lindqvist had “applied the head-contact framework correctly” and "
            "that the panel would not be reviewing the decision]]",
            "mixed",
            PANEL,
            "organisation",
            "The [[International Rugby Officials’ Panel]], which appoints",
            "test matches, [[said]] in a statement",
        ),
        Q(
            "[[Dufresne will face a disciplinary hearing on Wednesday]], according to",
            "indirect",
            PANEL,
            "organisation",
            "according to [[the panel]].",
            "Wednesday, [[according to]] the panel",
        ),
        Q(
            "he said [[the Lions had already been in front when it was shown]]",
            "indirect",
            TREHARNE,
            "person",
            "match, [[he]] said the Lions",
            "match, he [[said]] the Lions",
        ),
        Q(
            "“You can ask me about the referee all night,”",
            "direct",
            TREHARNE,
            "person",
            "all night,” [[he]] told",
            "all night,” he [[told]]",
        ),
        Q(
            "“I’d rather talk about Sefa.”",
            "direct",
            TREHARNE,
            "person",
            "all night,” [[he]] told",
            "all night,” he [[told]]",
        ),
        Q(
            "said afterwards that [[he felt fine and expected to be available for the second test]]",
            "indirect",
            "Tomasi Vake",
            "person",
            "[[Vake]], who passed",
            "assessment, [[said]] afterwards",
        ),
        Q(
            "Rees, 21, said [[kicking in front of a full house was “a different sport” from the "
            "provincial game]]",
            "mixed",
            REES,
            "person",
            "[[Rees]], 21, said",
            "Rees, 21, [[said]] kicking",
        ),
        Q(
            "“My hands were shaking before the first one,”",
            "direct",
            REES,
            "person",
            "first one,” [[he]] said",
            "first one,” he [[said]]",
        ),
        Q(
            "which, he said, [[would continue to favour players based at home over those playing "
            "abroad]]",
            "indirect",
            VOSLOO,
            "person",
            "which, [[he]] said, would continue",
            "which, he [[said]], would continue",
        ),
        Q(
            "however, that [[the squad lacked depth at lock]]",
            "indirect",
            VOSLOO,
            "person",
            "[[He]] conceded, however",
            "He [[conceded]], however",
        ),
        Q(
            "medical staff, [[two players, the prop Jean-Luc Mbeki and the centre Ivo Stanek, have "
            "hamstring strains and are doubtful for next weekend]]",
            "indirect",
            "the Kestrels' medical staff",
            "organisation",
            "According to [[the Kestrels’ medical staff]]",
            "[[According to]] the Kestrels’ medical",
        ),
        Q(
            "Treharne said [[he expected “a very different kind of afternoon” there]]",
            "mixed",
            TREHARNE,
            "person",
            "[[Treharne]] said he expected",
            "Treharne [[said]] he expected",
        ),
        Q(
            "“They will be hurting, and they will be at home,”",
            "direct",
            TREHARNE,
            "person",
            "at home,” [[he]] said",
            "at home,” he [[said]]",
        ),
        Q(
            "“We’ll need to be twice as good.”",
            "direct",
            TREHARNE,
            "person",
            "at home,” [[he]] said",
            "at home,” he [[said]]",
        ),
        Q(
            "“Ask me next Saturday,”",
            "direct",
            RATUVOU,
            "person",
            "Saturday,” [[he]] said",
            "Saturday,” he [[said]]",
        ),
    ],
    "housing_13": [
        Q(
            (
                "report has found [[“serious and repeated failures”",
                "breathing problems last winter",
            ),
            "mixed",
            OMB_REPORT,
            "organisation",
            "[[A housing ombudsman’s report]] has found",
            "report has [[found]] “serious",
        ),
        Q(
            ("The report found that [[the council and Northgate Homes", "against a target of 28"),
            "indirect",
            OMB_REPORT,
            "organisation",
            "[[The report]] found that the council",
            "The report [[found]] that the council",
        ),
        Q(
            "It said that [[in a third of cases no inspection was carried out at all]]",
            "indirect",
            OMB_REPORT,
            "organisation",
            "[[It]] said that in a third",
            "It [[said]] that in a third",
        ),
        Q(
            "“I am ashamed of what this report describes,”",
            "direct",
            ASHWORTH,
            "person",
            "describes,” [[she]] said",
            "describes,” she [[said]]",
        ),
        Q(
            "“People were living in homes that were making them ill, and we did not listen.”",
            "direct",
            ASHWORTH,
            "person",
            "describes,” [[she]] said",
            "describes,” she [[said]]",
        ),
        Q(
            ("Ashworth said that [[the council would appoint", "published before Easter"),
            "indirect",
            ASHWORTH,
            "person",
            "[[Ashworth]] said that the council",
            "Ashworth [[said]] that the council",
        ),
        Q(
            "Okafor, said [[the apology had come “two years and one hospital admission too late.”]]",
            "mixed",
            OKAFOR,
            "person",
            "[[Maureen Okafor]], said the apology",
            "Maureen Okafor, [[said]] the apology",
        ),
        Q(
            "“We wrote to them. We phoned them. We took photographs of black walls and sent them "
            "in,”",
            "direct",
            OKAFOR,
            "person",
            "them in,” [[Okafor]] said",
            "them in,” Okafor [[said]]",
        ),
        Q(
            ("Courier that [[some residents had stopped", "losing their tenancies"),
            "indirect",
            OKAFOR,
            "person",
            "[[She]] told the Brackenfield Courier",
            "She [[told]] the Brackenfield Courier",
        ),
        Q(
            "ombudsman, [[Northgate Homes closed at least 41 complaints as resolved without any "
            "work having been done]]",
            "indirect",
            KEELE,
            "person",
            "According to [[the ombudsman]], Northgate",
            "[[According to]] the ombudsman",
        ),
        Q(
            "interview that [[those cases had been closed in error by a contractor’s system and "
            "were now being reopened]]",
            "indirect",
            DANVERS,
            "person",
            "[[Philip Danvers]], said in an interview",
            "Philip Danvers, [[said]] in an interview",
        ),
        Q(
            "statement that [[it had hired twelve additional surveyors and would visit every flat "
            "on the estate by the end of February]]",
            "indirect",
            NORTHGATE,
            "organisation",
            "[[Northgate Homes]] said in a statement that it had",
            "Northgate Homes [[said]] in a statement that it had",
        ),
        Q(
            "she wrote that [[the case showed “a culture in which the tenant was treated as the "
            "problem, rather than the mould.”]]",
            "mixed",
            KEELE,
            "person",
            "report, [[she]] wrote that",
            "report, she [[wrote]] that",
        ),
        Q(
            ("Keele added that [[she had ordered", "complaints were examined"),
            "indirect",
            KEELE,
            "person",
            "[[Keele]] added that",
            "Keele [[added]] that",
        ),
        Q(
            ("warned that [[she would consider", "deadlines were missed"),
            "indirect",
            KEELE,
            "person",
            "[[Keele]] added that",
            "examined, and [[warned]] that",
        ),
        Q(
            "argued that [[it would not cover the cost of replacing furniture, clothes and "
            "bedding ruined by mould]]",
            "indirect",
            OKAFOR,
            "person",
            "[[Okafor]] welcomed the compensation",
            "compensation but [[argued]] that",
        ),
        Q(
            "Northgate, said [[her daughter had used an inhaler every night for eighteen months]]",
            "indirect",
            MOTHER,
            "anonymous",
            "[[One mother on the estate]], who asked",
            "with Northgate, [[said]] her daughter",
        ),
        Q(
            "“They told me to open the windows,”",
            "direct",
            MOTHER,
            "anonymous",
            "windows,” [[she]] said",
            "windows,” she [[said]]",
        ),
        Q(
            "She said [[a briefing paper had raised the backlog in 2023]]",
            "indirect",
            RAMAN,
            "person",
            "[[She]] said a briefing paper",
            "She [[said]] a briefing paper",
        ),
        Q(
            "She told the chamber [[the paper had concerned a different estate]]",
            "indirect",
            ASHWORTH,
            "person",
            "[[She]] told the chamber the paper",
            "She [[told]] the chamber the paper",
        ),
        Q(
            "insisted that [[she had acted “the moment the scale of it was clear to me.”]]",
            "mixed",
            ASHWORTH,
            "person",
            "[[She]] told the chamber the paper",
            "estate, and [[insisted]] that",
        ),
        Q(
            "“The leader says she didn’t know,”",
            "direct",
            RAMAN,
            "person",
            "didn’t know,” [[she]] said",
            "didn’t know,” she [[said]]",
        ),
        Q(
            "telephone, said [[he had no intention of stepping down and that he was “focused on "
            "fixing this, not on politics.”]]",
            "mixed",
            "Neil Hartigan",
            "person",
            "[[Hartigan]], reached by telephone",
            "by telephone, [[said]] he had no",
        ),
        Q(
            "Okafor said [[had started as a joke and stopped being funny years ago]]",
            "indirect",
            OKAFOR,
            "person",
            "nickname that [[Okafor]] said",
            "nickname that Okafor [[said]]",
        ),
        Q(
            "which, the ombudsman said, [[had allowed cases to be marked closed without a named "
            "officer signing them off]]",
            "indirect",
            KEELE,
            "person",
            "which, [[the ombudsman]] said, had",
            "which, the ombudsman [[said]], had",
        ),
        Q(
            "The council said [[the system would be replaced in the spring]]",
            "indirect",
            "Brackenfield City Council",
            "organisation",
            "[[The council]] said the system",
            "The council [[said]] the system",
        ),
        Q(
            "“If they want us to believe things have changed,”",
            "direct",
            OKAFOR,
            "person",
            "changed,” [[Okafor]] said",
            "changed,” Okafor [[said]]",
        ),
        Q(
            "“they can come and stand in Calder House and tell us to our faces.”",
            "direct",
            OKAFOR,
            "person",
            "changed,” [[Okafor]] said",
            "changed,” Okafor [[said]]",
        ),
    ],
    "business_13": [
        Q(
            ("The board said that [[between 2019 and 2024", "the charges existed"),
            "indirect",
            FCB,
            "organisation",
            "[[The board]] said that between",
            "The board [[said]] that between",
        ),
        Q(
            "It found that [[Corran’s own staff had raised concerns at least six times and had been "
            "overruled]]",
            "indirect",
            FCB,
            "organisation",
            "[[It]] found that Corran",
            "It [[found]] that Corran",
        ),
        Q(
            "“This was not a glitch,”",
            "direct",
            MBATHA,
            "person",
            "said [[Harriet Mbatha]], the board",
            "glitch,” [[said]] Harriet",
        ),
        Q(
            "“It was a business decision, taken repeatedly, by people who knew what it would cost "
            "their customers.”",
            "direct",
            MBATHA,
            "person",
            "said [[Harriet Mbatha]], the board",
            "glitch,” [[said]] Harriet",
        ),
        Q(
            "Canary Wharf that [[the fine would have been £120 million had the bank not agreed to "
            "settle early]]",
            "indirect",
            MBATHA,
            "person",
            "[[Mbatha]] told reporters",
            "Mbatha [[told]] reporters",
        ),
        Q(
            "She said [[the board would also require Corran to refund £212 million, with interest, "
            "by the end of June]]",
            "indirect",
            MBATHA,
            "person",
            "[[She]] said the board would also",
            "She [[said]] the board would also",
        ),
        Q(
            "statement that [[it accepted the findings in full and “deeply regrets” the harm "
            "caused]]",
            "mixed",
            CORRAN,
            "organisation",
            "[[The bank]] said in a statement that it accepted",
            "The bank [[said]] in a statement that it accepted",
        ),
        Q(
            "It said that [[refunds had already begun and that most affected customers would not "
            "need to do anything to receive them]]",
            "indirect",
            CORRAN,
            "organisation",
            "[[It]] said that refunds",
            "It [[said]] that refunds",
        ),
        Q(
            "rival lender, said [[he had ordered a review of the fees within weeks of arriving]]",
            "indirect",
            PENHALLOW,
            "person",
            "[[Alistair Penhallow]], who joined",
            "rival lender, [[said]] he had ordered",
        ),
        Q(
            "“When I saw the numbers, I didn’t need a regulator to tell me something was wrong,”",
            "direct",
            PENHALLOW,
            "person",
            "wrong,” [[Penhallow]] said",
            "wrong,” Penhallow [[said]]",
        ),
        Q(
            "He denied that [[the bank had delayed the refunds to protect its annual results]]",
            "indirect",
            PENHALLOW,
            "person",
            "[[He]] denied that",
            "He [[denied]] that",
        ),
        Q(
            "saying [[the timing had been set by the board’s investigation]]",
            "indirect",
            PENHALLOW,
            "person",
            "[[He]] denied that",
            "results, [[saying]] the timing",
        ),
        Q(
            "he said that [[“every option is on the table” and that the board of directors would "
            "decide next month]]",
            "mixed",
            PENHALLOW,
            "person",
            "bonuses, [[he]] said that",
            "bonuses, he [[said]] that",
        ),
        Q(
            "Analysts said [[the fine was smaller than feared]]",
            "indirect",
            "Analysts",
            "anonymous",
            "[[Analysts]] said the fine",
            "Analysts [[said]] the fine",
        ),
        Q(
            ("Stirling, said [[the market had expected", "both the fine and the refunds"),
            "indirect",
            ODUYA,
            "person",
            "[[Rachel Oduya]], a banking analyst",
            "Harrow Stirling, [[said]] the market",
        ),
        Q(
            "“The money is manageable,”",
            "direct",
            ODUYA,
            "person",
            "manageable,” [[she]] said",
            "manageable,” she [[said]]",
        ),
        Q(
            "clients that [[the settlement “draws a line” under the bank’s worst legacy problem]]",
            "mixed",
            KESSINGTON,
            "person",
            "analyst [[Tom Kessington]] wrote",
            "Tom Kessington [[wrote]] in a note",
        ),
        Q(
            "but warned that [[the regulator’s findings on internal controls could invite further "
            "scrutiny]]",
            "indirect",
            KESSINGTON,
            "person",
            "analyst [[Tom Kessington]] wrote",
            "problem, but [[warned]] that",
        ),
        Q(
            ("the bank, said [[investors would now focus", "the period covered by the fine"),
            "indirect",
            ANON_ANALYST,
            "anonymous",
            "[[Another analyst]], who spoke",
            "advises the bank, [[said]] investors",
        ),
        Q(
            "said [[the chairman “has the full confidence of the board.”]]",
            "mixed",
            "a spokesman for the bank",
            "anonymous",
            "[[A spokesman for the bank]] said the chairman",
            "for the bank [[said]] the chairman",
        ),
        Q(
            "holders, said [[the penalty was “a rounding error” for a bank that made £2.3 billion "
            "last year]]",
            "mixed",
            FBN,
            "organisation",
            "[[Fair Banking Now]], which represents",
            "account holders, [[said]] the penalty",
        ),
        Q(
            "argued that [[fines paid to the regulator did nothing for the people who had been "
            "overcharged]]",
            "indirect",
            CALLOWAY,
            "person",
            "[[Sunita Calloway]], argued",
            "Sunita Calloway, [[argued]] that",
        ),
        Q(
            "“Some of these customers went into arrears because of these fees,”",
            "direct",
            CALLOWAY,
            "person",
            "fees,” [[Calloway]] said",
            "fees,” Calloway [[said]]",
        ),
        Q(
            "[[One customer, a retired teacher from Leeds, had been charged £640 over three "
            "years]], according to",
            "indirect",
            CALLOWAY,
            "person",
            "according to [[Calloway]].",
            "three years, [[according to]] Calloway",
        ),
        Q(
            ("found that [[targets for overdraft charges", "the fees were probably unlawful"),
            "indirect",
            FCB_REPORT,
            "organisation",
            "[[The board’s report]], published",
            "alongside the fine, [[found]] that targets",
        ),
        Q(
            "“I would not want anyone at Corran, or anywhere else, to think this is the end of it,”",
            "direct",
            MBATHA,
            "person",
            "end of it,” [[Mbatha]] said",
            "end of it,” Mbatha [[said]]",
        ),
        Q(
            "which, he said, [[was “the least I can do,”]]",
            "mixed",
            PENHALLOW,
            "person",
            "which, [[he]] said, was",
            "which, he [[said]], was",
        ),
        Q(
            "The Treasury said [[it had been briefed on the case and had full confidence in the "
            "regulator]]",
            "indirect",
            "Treasury",
            "organisation",
            "The [[Treasury]] said it had",
            "The Treasury [[said]] it had",
        ),
    ],
    "wirepol_13": [
        Q(
            "(Andes Wire) - [[Former mayor Rosa Quispe Mamani held a narrow lead in Peru's "
            "presidential run-off on Thursday with almost 92 percent of votes counted]]",
            "indirect",
            NEC,
            "organisation",
            "counted, the [[National Electoral Commission]] said",
            "Electoral Commission [[said]], while",
        ),
        Q(
            "her rival said [[he would challenge results from three southern regions]]",
            "indirect",
            ARRIETA,
            "person",
            "while [[her rival]] said",
            "her rival [[said]] he would",
        ),
        Q(
            "[[Quispe, 54, had 50.8 percent of valid votes against 49.2 percent for businessman "
            "Julio Arrieta Vega]], according to",
            "indirect",
            NEC,
            "organisation",
            "according to [[the commission]]'s latest",
            "Vega, [[according to]] the commission",
        ),
        Q(
            '"The people have spoken, and they have spoken for change,"',
            "direct",
            QUISPE,
            "person",
            'for change," [[Quispe]] told',
            'for change," Quispe [[told]]',
        ),
        Q(
            '"We will wait for every last vote, but we are not afraid of the count."',
            "direct",
            QUISPE,
            "person",
            'for change," [[Quispe]] told',
            'for change," Quispe [[told]]',
        ),
        Q(
            'She said that [[she would govern "for those who voted for me and for those who did '
            'not,"]]',
            "mixed",
            QUISPE,
            "person",
            "[[She]] said that she would govern",
            "She [[said]] that she would govern",
        ),
        Q(
            'conference that [[his party had identified "serious irregularities" at more than 400 '
            "polling stations in Puno, Cusco and Apurimac]]",
            "mixed",
            ARRIETA,
            "person",
            "[[He]] told a news conference",
            "He [[told]] a news conference",
        ),
        Q(
            "and said [[his lawyers would file challenges on Friday]]",
            "indirect",
            ARRIETA,
            "person",
            "[[He]] told a news conference",
            "Apurimac, and [[said]] his lawyers",
        ),
        Q(
            '"We are not going to let this election be decided in the dark,"',
            "direct",
            ARRIETA,
            "person",
            'in the dark," [[Arrieta]] said',
            'in the dark," Arrieta [[said]]',
        ),
        Q(
            'he said [[he would accept "a clean result,"]]',
            "mixed",
            ARRIETA,
            "person",
            "result, [[he]] said he would accept",
            "result, he [[said]] he would accept",
        ),
        Q(
            'Ccori, said [[the count had been "transparent from the first minute" and that party '
            "observers had been present at every counting centre]]",
            "mixed",
            CCORI,
            "person",
            "[[Fernando Ccori]], said",
            "Fernando Ccori, [[said]] the count",
        ),
        Q(
            '"Anyone who has a complaint has a legal route to make it,"',
            "direct",
            CCORI,
            "person",
            'make it," [[Ccori]] said',
            'make it," Ccori [[said]]',
        ),
        Q(
            "Ccori added that [[the commission expected to finish counting by Saturday]]",
            "indirect",
            CCORI,
            "person",
            "[[Ccori]] added that",
            "Ccori [[added]] that",
        ),
        Q(
            "but warned that [[challenges could delay the official proclamation by several weeks]]",
            "indirect",
            CCORI,
            "person",
            "[[Ccori]] added that",
            "Saturday, but [[warned]] that",
        ),
        Q(
            'preliminary report that [[voting had been "orderly and peaceful" and that it had found '
            "no evidence of systematic fraud]]",
            "mixed",
            MISSION,
            "organisation",
            "[[An observer mission from the Union of South American Nations]] said",
            "South American Nations [[said]] in a preliminary",
        ),
        Q(
            'Andes Wire that [[isolated problems with tally sheets were "normal in an election of '
            'this size."]]',
            "mixed",
            ERRAZURIZ,
            "person",
            "minister [[Claudia Errazuriz]], told",
            "Claudia Errazuriz, [[told]] Andes Wire",
        ),
        Q(
            '"We saw long queues and a few disorganised tables, but nothing that would change an '
            'outcome,"',
            "direct",
            ERRAZURIZ,
            "person",
            'an outcome," [[she]] said',
            'an outcome," she [[said]]',
        ),
        Q(
            ("Transparencia Civica said [[its own quick count", "a margin of error of one point"),
            "indirect",
            "Transparencia Civica",
            "organisation",
            "group [[Transparencia Civica]] said",
            "Transparencia Civica [[said]] its own",
        ),
        Q(
            "which traders said [[reflected uncertainty over Quispe's plans for the mining sector]]",
            "indirect",
            "traders",
            "anonymous",
            "which [[traders]] said",
            "which traders [[said]] reflected",
        ),
        Q(
            'saying [[contracts would be honoured and that any changes would come "through '
            'dialogue, not decree."]]',
            "mixed",
            SALCEDO,
            "person",
            "[[Diego Salcedo]], sought",
            "investors, [[saying]] contracts",
        ),
        Q(
            '"Nobody is going to tear up a contract,"',
            "direct",
            SALCEDO,
            "person",
            'a contract," [[Salcedo]] said',
            'a contract," Salcedo [[said]]',
        ),
        Q(
            ('"Peru does not need a saviour.', 'both candidates to respect it."'),
            "direct",
            ERRAZURIZ,
            "person",
            "-- [[Claudia Errazuriz]], head",
            None,
        ),
        Q(
            'RPP that [[the party\'s legal team had "hundreds of documents" and that it would not '
            "be rushed]]",
            "mixed",
            VILLANUEVA,
            "person",
            "[[Carmen Villanueva]], told",
            "Carmen Villanueva, [[told]] radio",
        ),
        Q(
            '"We have the right to ask questions,"',
            "direct",
            VILLANUEVA,
            "person",
            'questions," [[she]] said',
            'questions," she [[said]]',
        ),
        Q(
            "Peru said [[both campaigns had an interest in keeping supporters mobilised until the "
            "result was certified]]",
            "indirect",
            TUESTA,
            "person",
            "analyst [[Martin Tuesta]] of the",
            "University of Peru [[said]] both",
        ),
        Q(
            "He said that [[Arrieta's challenges were unlikely to overturn the result, given the "
            'size of the gap, but could "poison the first months" of a Quispe government]]',
            "mixed",
            TUESTA,
            "person",
            "[[He]] said that Arrieta's",
            "He [[said]] that Arrieta's",
        ),
        Q(
            "statement that [[it was following the count closely]]",
            "indirect",
            "United States embassy in Lima",
            "organisation",
            "The [[United States embassy in Lima]] said",
            "embassy in Lima [[said]] in a statement",
        ),
        Q(
            '"Julio, when this is over, will you help me govern a country that is split down the '
            'middle?"',
            "direct",
            QUISPE,
            "person",
            "[[Quispe]] ended her speech",
            "rival, [[asking]]:",
        ),
    ],
    "health_13": [
        Q(
            ("ELLESMERE — [[More than 4,200 patients", "the highest figure in the country]]"),
            "indirect",
            TRUST,
            "organisation",
            "published by [[the trust]] on Thursday",
            "country, [[according to]] figures",
        ),
        Q(
            "described [[the figures as “unacceptable in any modern health service”]]",
            "mixed",
            BLAKE,
            "person",
            "[[Catriona Blake]], described",
            "Catriona Blake, [[described]] the figures",
        ),
        Q(
            "and said that [[she had asked the trust’s board to produce a recovery plan within six "
            "weeks]]",
            "indirect",
            BLAKE,
            "person",
            "[[Catriona Blake]], described",
            "service” and [[said]] that she had",
        ),
        Q(
            "“Nobody should be waiting two years for a new hip,”",
            "direct",
            BLAKE,
            "person",
            "new hip,” [[Blake]] told",
            "new hip,” Blake [[told]]",
        ),
        Q(
            "which, the minister said, [[would cut the longest waits by a third by the spring]]",
            "indirect",
            BLAKE,
            "person",
            "which, [[the minister]] said, would cut",
            "which, the minister [[said]], would cut",
        ),
        Q(
            ("The trust said in a statement that [[it had been hit", "admissions since October]]"),
            "indirect",
            TRUST,
            "organisation",
            "[[The trust]] said in a statement",
            "The trust [[said]] in a statement",
        ),
        Q(
            "She said [[she had not left her flat without help since last spring]]",
            "indirect",
            MARWOOD,
            "person",
            "[[She]] said she had not left",
            "She [[said]] she had not left",
        ),
        Q(
            "“I used to walk to the shops every morning,”",
            "direct",
            MARWOOD,
            "person",
            "every morning,” [[she]] said",
            "every morning,” she [[said]]",
        ),
        Q(
            "Gareth, said [[he had lost his job because he could no longer climb into his cab]]",
            "indirect",
            "Gareth",
            "person",
            "[[A 52-year-old lorry driver]], who asked",
            "name, Gareth, [[said]] he had lost",
        ),
        Q(
            "“You get your hopes up, you arrange everything, and then a letter comes,”",
            "direct",
            "Gareth",
            "person",
            "letter comes,” [[he]] said",
            "letter comes,” he [[said]]",
        ),
        Q(
            "General, said [[the problem was not a lack of willing staff but a lack of beds]]",
            "indirect",
            RAVEL,
            "person",
            "Mr [[Anand Ravel]], a consultant",
            "Ellesmere General, [[said]] the problem",
        ),
        Q(
            "“I have stood in a theatre, scrubbed and ready, and been told the operation is off "
            "because there is no bed on the ward,”",
            "direct",
            RAVEL,
            "person",
            "on the ward,” [[Ravel]] said",
            "on the ward,” Ravel [[said]]",
        ),
        Q(
            ("“That happened to me four times last month.", "And we send them home.”"),
            "direct",
            RAVEL,
            "person",
            "on the ward,” [[Ravel]] said",
            "on the ward,” Ravel [[said]]",
        ),
        Q(
            "The surgeon warned that [[the private clinic scheme would help only the simplest "
            "cases]]",
            "indirect",
            RAVEL,
            "person",
            "[[The surgeon]] warned that",
            "The surgeon [[warned]] that",
        ),
        Q(
            "[[Patients with heart conditions or diabetes would still need to be treated in "
            "hospital]], he said",
            "indirect",
            RAVEL,
            "person",
            "in hospital, [[he]] said",
            "in hospital, he [[said]]",
        ),
        Q(
            "Kiely, said [[nurses were “exhausted” and that vacancy rates on surgical wards had "
            "reached 19 per cent]]",
            "mixed",
            KIELY,
            "person",
            "[[Bernadette Kiely]], said nurses",
            "Bernadette Kiely, [[said]] nurses",
        ),
        Q(
            "She argued that [[the minister’s plan did nothing to keep experienced staff from "
            "leaving]]",
            "indirect",
            KIELY,
            "person",
            "[[She]] argued that",
            "She [[argued]] that",
        ),
        Q(
            "“You can buy operations from a private clinic,”",
            "direct",
            KIELY,
            "person",
            "private clinic,” [[Kiely]] said",
            "private clinic,” Kiely [[said]]",
        ),
        Q(
            "She said that [[nurse numbers at the trust had risen by 240 in two years and that a new "
            "recruitment drive would begin in January]]",
            "indirect",
            BLAKE,
            "person",
            "[[She]] said that nurse numbers",
            "She [[said]] that nurse numbers",
        ),
        Q(
            "the minister said [[her door was “always open.”]]",
            "mixed",
            BLAKE,
            "person",
            "union, [[the minister]] said her door",
            "union, the minister [[said]] her door",
        ),
        Q(
            "admitted that [[the figures made “grim reading.”]]",
            "mixed",
            OSEI,
            "person",
            "Dr [[Helen Osei]], admitted",
            "Helen Osei, [[admitted]] that",
        ),
        Q(
            "“We are doing everything we can with what we have,”",
            "direct",
            OSEI,
            "person",
            "what we have,” [[she]] said",
            "what we have,” she [[said]]",
        ),
        Q(
            "Osei said that [[the trust had written to every patient waiting more than 18 months, "
            "offering them an appointment to discuss their options]]",
            "indirect",
            OSEI,
            "person",
            "[[Osei]] said that the trust",
            "Osei [[said]] that the trust",
        ),
        Q(
            "services, said [[it had received calls from dozens of people who had not had such a "
            "letter]]",
            "indirect",
            "Ellesmere Patients' Forum",
            "organisation",
            "The [[Ellesmere Patients’ Forum]], which",
            "health services, [[said]] it had received",
        ),
        Q(
            "Frost, said that [[the trust’s communication had been “chaotic.”]]",
            "mixed",
            "Lionel Frost",
            "person",
            "[[Lionel Frost]], said that",
            "Lionel Frost, [[said]] that",
        ),
        Q(
            "“They said that last year,”",
            "direct",
            MARWOOD,
            "person",
            "last year,” [[she]] said",
            "last year,” she [[said]]",
        ),
        Q(
            "[[Blake will visit Ellesmere General next week]], according to",
            "indirect",
            "Catriona Blake's office",
            "organisation",
            "according to [[her office]]",
            "next week, [[according to]] her office",
        ),
    ],
}

# The specifications below quote the articles verbatim, typographic marks included.
"""Gold specifications for football_15, business_15, hospital_15, wirebiz_15 and profile_15
(round 15, second writer, written blind), merged into build_gold.py's dictionaries by its main()."""

from __future__ import annotations

from build_gold import Q

# football_15
DUNMORE = "Graham Dunmore"
LOWRY = "Patrick Lowry"
OKONJO = "Tunde Okonjo"
ARTHURS = "Joel Arthurs"
MACAULAY = "Ewan MacAulay"
PMOB = "Professional Match Officials Board"
DEREK = "Derek"

# business_15
BRIGHTWATER = "Brightwater Dairies"
FELD = "Marcus Feld"
SOLBERG = "Ingrid Solberg"
DOYLE = "Kerry Doyle"
FAWU = "Food and Allied Workers' Union"
KELLERBY = "Kellerby Group"
FAMILIAR = "a person familiar with the talks"
PRITCHARD = "Alan Pritchard"
CMC = "Competition and Markets Commission"
ANALYSTS = "Analysts"
BRANDT = "Nadia Brandt"
VALMONT = "Valmont Foods"

# hospital_15
MEMO = "a leaked internal memo"
REPORT = "the report"
SENIOR_NURSE = "a senior nurse on one of the medical wards"
QUAYLE = "Bernadette Quayle"
ADEBAYO = "Caroline Adebayo"
PETTS_FAMILY = "the family of Harold Petts"
LORRAINE = "Lorraine Petts"
TRUST = "Wyvern Valley Hospitals Trust"
MARCHBANK = "Fiona Marchbank"
STROKE_NURSE = "a staff nurse on the stroke unit"
ANOTHER_NURSE = "another nurse"
TREGARTHEN = "Owen Tregarthen"
CSI = "Care Standards Inspectorate"

# wirebiz_15
AMBRUS = "Lotte Ambrus"
TRADERS = "traders"
FX_TRADER = "a currency trader at a foreign bank in Voran"
MINISTRY = "Kestria's finance ministry"
DORAK = "Pavel Dorak"
CB_DATA = "data published by the central bank"
STATS = "the statistics office"
SOURCES = "two sources at the central bank"
VELEK = "Anton Velek"
HALVARD = "Halvard Bank"
COSTIN = "Mirela Costin"
MERIDIAN_DATA = "Meridian data"
SECOND_TRADER = "a second trader, at a local brokerage"

# profile_15
HOLTBY = "Maren Holtby"
ANDERS = "Anders Holtby"
PELLEW = "Joan Pellew"
ACHTERBERG = "Rosalind Achterberg"
REINER = "Tomas Reiner"
ADEWALE = "Kemi Adewale"

HELDOUT: dict[str, list[Q]] = {}

ARTICLES: dict[str, list[Q]] = {
    "football_15": [
        Q(
            "“I’ve watched it four times on the monitor in the tunnel and I still can’t tell you "
            "what he’s given,”",
            "direct",
            DUNMORE,
            "person",
            "given,” [[he]] said",
            "given,” he [[said]]",
        ),
        Q(
            ("“Joel gets the ball.", "nobody seems to care.”"),
            "direct",
            DUNMORE,
            "person",
            "given,” [[he]] said",
            "given,” he [[said]]",
        ),
        Q(
            "54, said [[he would write to the Professional Match Officials Board to ask for an "
            "explanation]]",
            "indirect",
            DUNMORE,
            "person",
            "[[Dunmore]], 54, said",
            "Dunmore, 54, [[said]] he would",
        ),
        Q(
            "adding that [[he was “not holding my breath” for a reply]]",
            "mixed",
            DUNMORE,
            "person",
            "[[Dunmore]], 54, said",
            "explanation, [[adding]] that",
        ),
        Q(
            "conceded that [[his side had stopped playing after the break]]",
            "indirect",
            DUNMORE,
            "person",
            "[[He]] also conceded",
            "He also [[conceded]] that",
        ),
        Q(
            "“We were brilliant for forty-five minutes and then we went to sleep,”",
            "direct",
            DUNMORE,
            "person",
            "to sleep,” [[he]] said",
            "to sleep,” he [[said]]",
        ),
        Q(
            "“That’s on me as much as anyone.”",
            "direct",
            DUNMORE,
            "person",
            "to sleep,” [[he]] said",
            "to sleep,” he [[said]]",
        ),
        Q(
            "told reporters [[he had not had a clear view of the incident from the away dugout]]",
            "indirect",
            LOWRY,
            "person",
            "manager [[Patrick Lowry]], whose",
            "fifth, [[told]] reporters",
        ),
        Q(
            "“From where I was it looked a penalty, but I would say that, wouldn’t I?”",
            "direct",
            LOWRY,
            "person",
            "wouldn’t I?” [[Lowry]] said",
            "wouldn’t I?” Lowry [[said]]",
        ),
        Q(
            "“What I will say is that Tunde doesn’t go down easily. He’s been kicked all "
            "afternoon.”",
            "direct",
            LOWRY,
            "person",
            "wouldn’t I?” [[Lowry]] said",
            "wouldn’t I?” Lowry [[said]]",
        ),
        Q(
            "described [[Brenner’s equaliser as “exactly what we’ve been asking him for in "
            "training”]]",
            "mixed",
            LOWRY,
            "person",
            "[[The Rovers manager]] described",
            "The Rovers manager [[described]]",
        ),
        Q(
            "and said [[the 19-year-old would start next week’s cup tie against Fenton Park]]",
            "indirect",
            LOWRY,
            "person",
            "[[The Rovers manager]] described",
            "training” and [[said]] the 19-year-old",
        ),
        Q(
            "insisted that [[he had not dived]]",
            "indirect",
            OKONJO,
            "person",
            "[[Okonjo]], who joined Rovers",
            "January, [[insisted]] that",
        ),
        Q(
            "“I felt the contact and I went down. That’s football,”",
            "direct",
            OKONJO,
            "person",
            "football,” [[the 31-year-old]] said",
            "football,” the 31-year-old [[said]]",
        ),
        Q(
            "“If he doesn’t touch me I score anyway, so I don’t know what all the fuss is about.”",
            "direct",
            OKONJO,
            "person",
            "football,” [[the 31-year-old]] said",
            "football,” the 31-year-old [[said]]",
        ),
        Q(
            "“I thought I got the ball. Maybe I got a bit of him as well. I’ll have to watch it "
            "again.”",
            "direct",
            ARTHURS,
            "person",
            "game, [[the midfielder]] said:",
            "the midfielder [[said]]:",
        ),
        Q(
            "Whitlock, said [[the dressing room was “flat” and that the players owed the "
            "supporters a reaction]]",
            "mixed",
            MACAULAY,
            "person",
            "[[MacAulay]], who captained",
            "Sam Whitlock, [[said]] the dressing",
        ),
        Q(
            "“It’s a sore one, because we’ve done the hard part,”",
            "direct",
            MACAULAY,
            "person",
            "said [[the Scot]]",
            "part,” [[said]] the Scot",
        ),
        Q(
            "“But you can’t sit on a one-nil lead at this level and expect to get away with it.”",
            "direct",
            MACAULAY,
            "person",
            "said [[the Scot]]",
            "part,” [[said]] the Scot",
        ),
        Q(
            (
                "Saturday evening that [[Pryce’s performance",
                "until that review was complete]]",
            ),
            "mixed",
            PMOB,
            "organisation",
            "[[The Professional Match Officials Board]] said in a statement",
            "Officials Board [[said]] in a statement",
        ),
        Q(
            "“Every match official is assessed on every game they take charge of, and this "
            "fixture is no exception,”",
            "direct",
            PMOB,
            "organisation",
            "exception,” [[the board]] said",
            "exception,” the board [[said]]",
        ),
        Q(
            "According to the board, [[the review panel will also look at a second-half incident "
            "in which MacAulay appeared to catch Brenner with an elbow off the ball]]",
            "indirect",
            PMOB,
            "organisation",
            "According to [[the board]], the review",
            "[[According to]] the board, the review",
        ),
        Q(
            "incident, said [[he had not seen it]]",
            "indirect",
            DUNMORE,
            "person",
            "[[Dunmore]], asked about",
            "that incident, [[said]] he had not",
        ),
        Q(
            "Derek, said [[the penalty was “a joke” and that Dunmore’s substitutions had handed "
            "Rovers the game]]",
            "mixed",
            DEREK,
            "person",
            "only as [[Derek]], said",
            "as Derek, [[said]] the penalty",
        ),
        Q(
            "“We had them on toast,”",
            "direct",
            DEREK,
            "person",
            "toast,” [[he]] said",
            "toast,” he [[said]]",
        ),
        Q(
            "“Then he takes off our two best players.”",
            "direct",
            DEREK,
            "person",
            "toast,” [[he]] said",
            "toast,” he [[said]]",
        ),
        Q(
            "“Graham’s a good man and a good coach. He’ll feel differently on Monday.”",
            "direct",
            LOWRY,
            "person",
            "complaints, [[he]] replied",
            "complaints, he [[replied]]",
        ),
    ],
    "business_15": [
        Q(
            "Kellerby Group said [[it would not raise its offer]]",
            "indirect",
            KELLERBY,
            "organisation",
            "bidder [[Kellerby Group]] said",
            "Kellerby Group [[said]] it would not",
        ),
        Q(
            "[[The offer, worth 412p a share, has been recommended unanimously by Brightwater’s "
            "board]], the company said",
            "indirect",
            BRIGHTWATER,
            "organisation",
            "board, [[the company]] said",
            "the company [[said]] in a statement on Monday",
        ),
        Q(
            "chief executive, said [[the combination would create “a British dairy champion with "
            "the scale to compete in Europe.”]]",
            "mixed",
            FELD,
            "person",
            "[[Marcus Feld]], Valmont’s",
            "chief executive, [[said]] the combination",
        ),
        Q(
            "“Brightwater has brands that people have trusted for a hundred years, and we have "
            "the distribution to take them much further,”",
            "direct",
            FELD,
            "person",
            "further,” [[he]] told",
            "further,” he [[told]]",
        ),
        Q(
            "“This is not a cost-cutting exercise dressed up as a growth story.”",
            "direct",
            FELD,
            "person",
            "further,” [[he]] told",
            "further,” he [[told]]",
        ),
        Q(
            "[[Valmont nonetheless expects annual savings of about £85m by the end of the third "
            "year]], according to",
            "indirect",
            SOLBERG,
            "person",
            "finance chief, [[Ingrid Solberg]]. She",
            "third year, [[according to]] its finance",
        ),
        Q(
            "She said [[around two thirds would come from purchasing, logistics and shared "
            "back-office functions, with the rest from “a rationalised manufacturing footprint.”]]",
            "mixed",
            SOLBERG,
            "person",
            "[[She]] said around two thirds",
            "She [[said]] around two thirds",
        ),
        Q(
            (
                "Solberg said [[the group would fund",
                "below twice annual earnings within two years]]",
            ),
            "indirect",
            SOLBERG,
            "person",
            "[[Solberg]] said the group",
            "Solberg [[said]] the group",
        ),
        Q(
            "Doyle, said [[“rationalised footprint” was “a polite way of saying factories are "
            "going to close.”]]",
            "mixed",
            DOYLE,
            "person",
            "secretary, [[Kerry Doyle]], said",
            "Kerry Doyle, [[said]] “rationalised",
        ),
        Q(
            "“We have heard warm words from buyers before,”",
            "direct",
            DOYLE,
            "person",
            "before,” [[Doyle]] said",
            "before,” Doyle [[said]]",
        ),
        Q(
            "“Then eighteen months later the lorries stop coming to the creamery and a whole town "
            "loses its biggest employer.”",
            "direct",
            DOYLE,
            "person",
            "before,” [[Doyle]] said",
            "before,” Doyle [[said]]",
        ),
        Q(
            "The union said [[it had written to Feld asking for a guarantee that Brightwater’s "
            "plants at Lowther and Carne Bridge would stay open for at least five years]]",
            "indirect",
            FAWU,
            "organisation",
            "[[The union]] said it had written",
            "The union [[said]] it had written",
        ),
        Q(
            "but said [[there were “no current plans” to close either site]]",
            "mixed",
            FELD,
            "person",
            "[[Feld]] did not give",
            "the call, but [[said]] there were",
        ),
        Q(
            "statement that [[it had “concluded that a higher offer would not be in the interests "
            "of Kellerby’s own shareholders.”]]",
            "mixed",
            KELLERBY,
            "organisation",
            "[[Kellerby]], the Danish-owned",
            "in April, [[said]] in a statement that it had",
        ),
        Q(
            "Brightwater, said [[it intended to accept Valmont’s offer for its stake]]",
            "indirect",
            KELLERBY,
            "organisation",
            "[[The group]], which owns",
            "of Brightwater, [[said]] it intended",
        ),
        Q(
            (
                "the talks said [[Kellerby had been prepared",
                "final-salary pension scheme]]",
            ),
            "indirect",
            FAMILIAR,
            "anonymous",
            "[[A person familiar with the talks]] said",
            "with the talks [[said]] Kellerby",
        ),
        Q(
            "“They looked at the pension numbers and they blinked,”",
            "direct",
            FAMILIAR,
            "anonymous",
            "blinked,” [[the person]] said",
            "blinked,” the person [[said]]",
        ),
        Q(
            "insisted [[the board had “run a proper process” and secured the best price "
            "available]]",
            "mixed",
            PRITCHARD,
            "person",
            "chairman, [[Alan Pritchard]], insisted",
            "Alan Pritchard, [[insisted]] the board",
        ),
        Q(
            "“Our job was to get the right value for shareholders and the right home for the "
            "business, and I believe we have done both,”",
            "direct",
            PRITCHARD,
            "person",
            "done both,” [[he]] said",
            "done both,” he [[said]]",
        ),
        Q(
            "which said [[it would examine whether the combination would reduce choice for "
            "supermarkets buying own-label cheese]]",
            "indirect",
            CMC,
            "organisation",
            "the [[Competition and Markets Commission]], which said",
            "Commission, which [[said]] it would",
        ),
        Q(
            "[[Valmont and Brightwater together supply about a third of the country’s own-label "
            "cheddar]], the regulator",
            "indirect",
            CMC,
            "organisation",
            "cheddar, [[the regulator]] noted",
            "the regulator [[noted]]",
        ),
        Q(
            "Analysts said [[the competition review was now the biggest risk to the deal]]",
            "indirect",
            ANALYSTS,
            "anonymous",
            "[[Analysts]] said the competition",
            "Analysts [[said]] the competition",
        ),
        Q(
            "Hollis Bank, said [[she expected the commission to demand the sale of at least one "
            "creamery before giving its approval]]",
            "indirect",
            BRANDT,
            "person",
            "[[Nadia Brandt]], a consumer",
            "Hollis Bank, [[said]] she expected",
        ),
        Q(
            "“The strategic logic is sound, and the price is fair, if not generous,”",
            "direct",
            BRANDT,
            "person",
            "generous,” [[she]] wrote",
            "generous,” she [[wrote]]",
        ),
        Q(
            "“The question is what Valmont will be forced to give away to get it through, and "
            "whether the savings survive that.”",
            "direct",
            BRANDT,
            "person",
            "generous,” [[she]] wrote",
            "generous,” she [[wrote]]",
        ),
        Q(
            "Brandt said, [[reflected “a small but real chance” that the deal could yet collapse]]",
            "mixed",
            BRANDT,
            "person",
            "which, [[Brandt]] said",
            "which, Brandt [[said]]",
        ),
        Q(
            "Valmont said [[Feld would remain chief executive of the enlarged group and that "
            "Pritchard would join its board as a non-executive director]]",
            "indirect",
            VALMONT,
            "organisation",
            "statement, [[Valmont]] said Feld",
            "statement, Valmont [[said]] Feld",
        ),
        Q(
            "“You never regret buying quality,”",
            "direct",
            FELD,
            "person",
            "quality,” [[he]] said",
            "quality,” he [[said]]",
        ),
        Q(
            "“You regret the deals you were too timid to do.”",
            "direct",
            FELD,
            "person",
            "quality,” [[he]] said",
            "quality,” he [[said]]",
        ),
    ],
    "hospital_15": [
        Q(
            "[[A hospital trust criticised last week for unsafe staffing on its wards had drawn "
            "up plans to reduce the number of nurses on night shifts]], according to",
            "indirect",
            MEMO,
            "organisation",
            "according to [[a leaked internal memo]]",
            "night shifts, [[according to]] a leaked",
        ),
        Q(
            "[[The change would save about £1.4m a year]], the memo says",
            "indirect",
            MEMO,
            "organisation",
            "a year, [[the memo]] says",
            "a year, the memo [[says]]",
        ),
        Q(
            "“Night staffing is where we have the most flexibility,”",
            "direct",
            MEMO,
            "organisation",
            "flexibility,” [[it]] says",
            "flexibility,” it [[says]]",
        ),
        Q(
            "“Acuity is lower and residual risk can be managed through escalation to the site "
            "team.”",
            "direct",
            MEMO,
            "organisation",
            "flexibility,” [[it]] says",
            "flexibility,” it [[says]]",
        ),
        Q(
            (
                "The report found that [[nurses on some night shifts",
                "during a three-day visit]]",
            ),
            "indirect",
            REPORT,
            "organisation",
            "[[The report]] found that nurses",
            "The report [[found]] that nurses",
        ),
        Q(
            "It said [[staff were “exhausted, demoralised and frequently working through their "
            "breaks.”]]",
            "mixed",
            REPORT,
            "organisation",
            "[[It]] said staff were",
            "It [[said]] staff were",
        ),
        Q(
            "the press, said [[the memo confirmed what staff had long suspected]]",
            "indirect",
            SENIOR_NURSE,
            "anonymous",
            "[[A senior nurse on one of the medical wards]], who",
            "to the press, [[said]] the memo",
        ),
        Q(
            "“We have been telling them for two years that nights are the most dangerous time,”",
            "direct",
            SENIOR_NURSE,
            "anonymous",
            "dangerous time,” [[she]] said",
            "dangerous time,” she [[said]]",
        ),
        Q(
            "“You have one nurse on her break, one with a patient who is going downhill, and "
            "suddenly two of you are running a ward of 28.”",
            "direct",
            SENIOR_NURSE,
            "anonymous",
            "dangerous time,” [[she]] said",
            "dangerous time,” she [[said]]",
        ),
        Q(
            "ward sister, said [[she had raised concerns about night cover at least six times]]",
            "indirect",
            QUAYLE,
            "person",
            "[[Bernadette Quayle]], who retired",
            "as a ward sister, [[said]] she had",
        ),
        Q(
            "“Every time, I was told there was no money and to fill in an incident form,”",
            "direct",
            QUAYLE,
            "person",
            "Ms [[Quayle]] said",
            "Ms Quayle [[said]]",
        ),
        Q(
            "“I filled in so many forms I could have wallpapered the ward with them.”",
            "direct",
            QUAYLE,
            "person",
            "Ms [[Quayle]] said",
            "Ms Quayle [[said]]",
        ),
        Q(
            "called [[the memo “a scandal”]]",
            "mixed",
            ADEBAYO,
            "person",
            "[[Caroline Adebayo]], regional",
            "Midwifery Union, [[called]] the memo",
        ),
        Q(
            "She said [[the union would ask the health minister to order an independent inquiry]]",
            "indirect",
            ADEBAYO,
            "person",
            "[[She]] said the union would ask",
            "She [[said]] the union would ask",
        ),
        Q(
            "early hours, said [[the memo had left them “sick to our stomachs.”]]",
            "mixed",
            PETTS_FAMILY,
            "group",
            "[[The family of Harold Petts]], an 84-year-old",
            "the early hours, [[said]] the memo",
        ),
        Q(
            ("Petts, said: [[“Dad pressed his buzzer.", "another nurse off that ward.”"),
            "direct",
            LORRAINE,
            "person",
            "daughter, [[Lorraine Petts]], said",
            "Lorraine Petts, [[said]]:",
        ),
        Q(
            "the trust said [[the memo was “an early options paper” that had never been approved, "
            "and that night staffing on its medical wards had not been reduced]]",
            "mixed",
            TRUST,
            "organisation",
            "statement, [[the trust]] said the memo",
            "statement, the trust [[said]] the memo",
        ),
        Q(
            "“I want to be absolutely clear: no nurse has been taken off a night shift to save "
            "money, and none will be,”",
            "direct",
            MARCHBANK,
            "person",
            "none will be,” [[she]] said",
            "none will be,” she [[said]]",
        ),
        Q(
            "acknowledged that [[the trust had “fallen short” of the standards patients should "
            "expect]]",
            "mixed",
            MARCHBANK,
            "person",
            "Dr [[Marchbank]] acknowledged",
            "Dr Marchbank [[acknowledged]]",
        ),
        Q(
            "She said [[it had recruited 46 nurses from overseas since the inspection and was "
            "paying a higher rate for night shifts to fill gaps on the rota]]",
            "indirect",
            MARCHBANK,
            "person",
            "[[She]] said it had recruited",
            "She [[said]] it had recruited",
        ),
        Q(
            "stroke unit, said [[the higher rate was only being offered to agency workers]]",
            "indirect",
            STROKE_NURSE,
            "anonymous",
            "One, [[a staff nurse on the stroke unit]], said",
            "stroke unit, [[said]] the higher",
        ),
        Q(
            "“They announce things. Nothing changes on the ward.”",
            "direct",
            ANOTHER_NURSE,
            "anonymous",
            "[[Another]] said:",
            "Another [[said]]:",
        ),
        Q(
            "that [[he had asked officials for an urgent explanation from the trust]]",
            "indirect",
            TREGARTHEN,
            "person",
            "Minister [[Owen Tregarthen]] told",
            "Owen Tregarthen [[told]] parliament",
        ),
        Q(
            "“Patients and their families need to know that safety comes before spreadsheets,”",
            "direct",
            TREGARTHEN,
            "person",
            "spreadsheets,” [[the minister]] said",
            "spreadsheets,” the minister [[said]]",
        ),
        Q(
            "“If this memo means what it appears to mean, it is unacceptable.”",
            "direct",
            TREGARTHEN,
            "person",
            "spreadsheets,” [[the minister]] said",
            "spreadsheets,” the minister [[said]]",
        ),
        Q(
            "saying [[he would wait for the trust’s formal response, which he expected by the end "
            "of the month]]",
            "indirect",
            TREGARTHEN,
            "person",
            "[[He]] stopped short",
            "inquiry, [[saying]] he would",
        ),
        Q(
            "The inspectorate said [[it would return to Wyvern General within three months for an "
            "unannounced follow-up visit]]",
            "indirect",
            CSI,
            "organisation",
            "[[The inspectorate]] said it would",
            "The inspectorate [[said]] it would",
        ),
        Q(
            "warned that [[the trust’s board had “not had a grip” on staffing for at least two "
            "years]]",
            "mixed",
            REPORT,
            "organisation",
            "[[Its report]] warned",
            "Its report [[warned]]",
        ),
    ],
    "wirebiz_15": [
        Q(
            "deputy governor said [[policymakers saw no need for an emergency rate meeting]]",
            "indirect",
            AMBRUS,
            "person",
            "after [[the central bank's deputy governor]] said",
            "deputy governor [[said]] policymakers",
        ),
        Q(
            '"We do not see the need for an extraordinary meeting. The next scheduled meeting is '
            'in three weeks and that is where decisions will be taken,"',
            "direct",
            AMBRUS,
            "person",
            "Deputy Governor [[Lotte Ambrus]] told",
            "Lotte Ambrus [[told]] reporters",
        ),
        Q(
            'Ambrus said [[the bank had "ample reserves" and would act if it saw "disorderly" '
            "moves, but that it did not target any particular level of the exchange rate]]",
            "mixed",
            AMBRUS,
            "person",
            "[[Ambrus]] said the bank",
            "Ambrus [[said]] the bank",
        ),
        Q(
            '"I will not comment on operations."',
            "direct",
            AMBRUS,
            "person",
            "this week, [[she]] said:",
            "this week, she [[said]]:",
        ),
        Q(
            "[[Her remarks pushed the mark lower within minutes]], traders said",
            "indirect",
            TRADERS,
            "anonymous",
            "minutes, [[traders]] said",
            "minutes, traders [[said]]",
        ),
        Q(
            "\"The market wanted to hear the word 'action' and it got the word 'patience,'\"",
            "direct",
            FX_TRADER,
            "anonymous",
            "said [[a currency trader at a foreign bank in Voran]], who",
            "patience,'\" [[said]] a currency",
        ),
        Q(
            '"Nobody wants to hold marks into the weekend with that message."',
            "direct",
            FX_TRADER,
            "anonymous",
            "said [[a currency trader at a foreign bank in Voran]], who",
            "patience,'\" [[said]] a currency",
        ),
        Q(
            'statement that [[the economy\'s fundamentals were "sound" and that the government '
            "remained committed to its deficit target of 3.5 percent of gross domestic product "
            "this year]]",
            "mixed",
            MINISTRY,
            "organisation",
            "[[Kestria's finance ministry]] said",
            "finance ministry [[said]] in a statement",
        ),
        Q(
            'blamed [["speculators" for the sell-off]]',
            "mixed",
            DORAK,
            "person",
            "Minister [[Pavel Dorak]], speaking",
            "in parliament, [[blamed]]",
        ),
        Q(
            "saying [[the currency's fall did not reflect the health of the economy]]",
            "indirect",
            DORAK,
            "person",
            "Minister [[Pavel Dorak]], speaking",
            "sell-off, [[saying]] the currency",
        ),
        Q(
            '"There are people who are betting against Kestria. They have lost that bet before, '
            'and they will lose it again,"',
            "direct",
            DORAK,
            "person",
            'again," [[Dorak]] said',
            'again," Dorak [[said]]',
        ),
        Q(
            "Tuesday, [[foreign investors sold a net 1.2 billion marks of government bonds in the "
            "week to Feb. 27, the most since the bank began publishing the figures in 2016]]",
            "indirect",
            CB_DATA,
            "organisation",
            "According to [[data published by the central bank]] on Tuesday",
            "[[According to]] data published",
        ),
        Q(
            "[[Annual inflation accelerated to 9.1 percent in February from 8.4 percent in "
            "January]], the statistics office",
            "indirect",
            STATS,
            "organisation",
            "January, [[the statistics office]] said",
            "the statistics office [[said]] on Monday",
        ),
        Q(
            "last week that [[some members of the rate-setting board had favoured an unscheduled "
            "increase]]",
            "indirect",
            SOURCES,
            "anonymous",
            "[[Two sources at the central bank]] told",
            "central bank [[told]] Meridian",
        ),
        Q(
            "The sources said [[Governor Anton Velek had argued against an emergency move, saying "
            'it could "feed the panic rather than calm it."]]',
            "mixed",
            SOURCES,
            "anonymous",
            "[[The sources]] said Governor",
            "The sources [[said]] Governor",
        ),
        Q(
            'when he said [[the bank was "comfortable" with its policy stance]]',
            "mixed",
            VELEK,
            "person",
            "when [[he]] said the bank",
            "when he [[said]] the bank",
        ),
        Q(
            'clients that [[the central bank was "behind the curve" and that it now expected a '
            "rise of 150 basis points at the March 25 meeting, up from 75 basis points "
            "previously]]",
            "mixed",
            HALVARD,
            "organisation",
            "[[Halvard Bank]] said in a note",
            "Halvard Bank [[said]] in a note",
        ),
        Q(
            "Voran, said [[the bank's reluctance to act was costing it credibility with foreign "
            "investors]]",
            "indirect",
            COSTIN,
            "person",
            "[[Mirela Costin]], chief economist",
            "Securities in Voran, [[said]] the bank's",
        ),
        Q(
            '"It\'s a credibility problem more than a reserves problem,"',
            "direct",
            COSTIN,
            "person",
            'problem," [[Costin]] said',
            'problem," Costin [[said]]',
        ),
        Q(
            '"Every day they wait, the bill gets bigger."',
            "direct",
            COSTIN,
            "person",
            'problem," [[Costin]] said',
            'problem," Costin [[said]]',
        ),
        Q(
            "She added that [[the government's plan to raise public sector wages by 12 percent "
            "from April would make the bank's task harder]]",
            "indirect",
            COSTIN,
            "person",
            "[[She]] added that",
            "She [[added]] that",
        ),
        Q(
            "[[Yields on 10-year government bonds rose 35 basis points to 11.2 percent]], "
            "according to",
            "indirect",
            MERIDIAN_DATA,
            "organisation",
            "according to [[Meridian data]]",
            "11.2 percent, [[according to]] Meridian",
        ),
        Q(
            "brokerage, said [[the next test would come on Friday, when the government auctions 5 "
            "billion marks of three-year bonds]]",
            "indirect",
            SECOND_TRADER,
            "anonymous",
            "[[A second trader]], at a local",
            "local brokerage, [[said]] the next",
        ),
        Q(
            '"If that auction goes badly, 28 is gone,"',
            "direct",
            SECOND_TRADER,
            "anonymous",
            'gone," [[he]] said',
            'gone," he [[said]]',
        ),
        Q(
            "The ministry said [[the auction would go ahead as planned]]",
            "indirect",
            MINISTRY,
            "organisation",
            "[[The ministry]] said the auction",
            "The ministry [[said]] the auction",
        ),
    ],
    "profile_15": [
        Q(
            "“A potter makes things to hold soup,”",
            "direct",
            HOLTBY,
            "person",
            "soup,” [[she]] says",
            "soup,” she [[says]]",
        ),
        Q(
            "“I have nothing against soup. But that is not what I am doing.”",
            "direct",
            HOLTBY,
            "person",
            "soup,” [[she]] says",
            "soup,” she [[says]]",
        ),
        Q(
            "“I never wanted to make beautiful things. I wanted to make things that would still "
            "be standing when the beautiful things had fallen over.”",
            "direct",
            HOLTBY,
            "person",
            "— [[Maren Holtby]]",
            None,
        ),
        Q(
            "she says, [[her mother “mended everybody else.”]]",
            "mixed",
            HOLTBY,
            "person",
            "where, [[she]] says, her mother",
            "where, she [[says]], her mother",
        ),
        Q(
            ("[[“There was a brickworks at the end", "So does everybody I know.”"),
            "direct",
            HOLTBY,
            "person",
            "clay, [[she]] answers",
            "clay, she [[answers]]",
        ),
        Q(
            "He says [[she was “the most stubborn child in the county” and that the brickworks "
            "owner let her stay mainly because she would not leave]]",
            "mixed",
            ANDERS,
            "person",
            "[[He]] says she was",
            "He [[says]] she was",
        ),
        Q(
            "“She would sit in that shed until it was dark,”",
            "direct",
            ANDERS,
            "person",
            "dark,” [[Anders]] recalls",
            "dark,” Anders [[recalls]]",
        ),
        Q(
            "“Our mother would send me to fetch her, and she would just say, ‘Five more minutes,’ "
            "for three hours.”",
            "direct",
            ANDERS,
            "person",
            "dark,” [[Anders]] recalls",
            "dark,” Anders [[recalls]]",
        ),
        Q(
            "wrote that [[the work was “brutal, ungainly and impossible to forget.”]]",
            "mixed",
            PELLEW,
            "person",
            "1979, [[Joan Pellew]] of the",
            "Northern Review [[wrote]] that",
        ),
        Q(
            "1986, says [[collectors took years to catch up]]",
            "indirect",
            ACHTERBERG,
            "person",
            "gallerist [[Rosalind Achterberg]], who",
            "since 1986, [[says]] collectors",
        ),
        Q(
            "“In the eighties people wanted clay to be polite. Maren was never polite,”",
            "direct",
            ACHTERBERG,
            "person",
            "never polite,” [[she]] says",
            "never polite,” she [[says]]",
        ),
        Q(
            "“She would rather lose a sale than sand down an edge.”",
            "direct",
            ACHTERBERG,
            "person",
            "never polite,” [[she]] says",
            "never polite,” she [[says]]",
        ),
        Q(
            "recalls that [[one buyer asked whether a piece could be made “a bit straighter” for "
            "his hallway]]",
            "mixed",
            ACHTERBERG,
            "person",
            "[[Achterberg]] recalls",
            "Achterberg [[recalls]] that",
        ),
        Q(
            "she says, [[took the cheque back out of his hand]]",
            "indirect",
            ACHTERBERG,
            "person",
            "Holtby, [[she]] says, took",
            "Holtby, she [[says]], took",
        ),
        Q(
            "“He wanted a lamp,”",
            "direct",
            HOLTBY,
            "person",
            "lamp,” [[she]] says",
            "lamp,” she [[says]]",
        ),
        Q(
            "“He should have gone to a lamp shop.”",
            "direct",
            HOLTBY,
            "person",
            "lamp,” [[she]] says",
            "lamp,” she [[says]]",
        ),
        Q(
            "1990s and now teaches ceramics at the Royal Academy of Applied Arts, says [[she taught "
            "him to stop fighting the material]]",
            "indirect",
            REINER,
            "person",
            "[[Tomas Reiner]], who spent",
            "Applied Arts, [[says]] she taught",
        ),
        Q(
            "“She taught me that a mistake in clay is just a decision you haven’t understood yet.”",
            "direct",
            REINER,
            "person",
            "― [[Tomas Reiner]], former",
            None,
        ),
        Q(
            "retrospective, says [[the show was almost impossible to stage]]",
            "indirect",
            ADEWALE,
            "person",
            "Dr [[Kemi Adewale]], the Northgate",
            "the retrospective, [[says]] the show",
        ),
        Q(
            "“Every institution I spoke to said the same thing: we love her, but how on earth do "
            "we move it?”",
            "direct",
            ADEWALE,
            "person",
            "move it?” [[Adewale]] says",
            "move it?” Adewale [[says]]",
        ),
        Q(
            "“In the end that became part of the story. These works resist being handled, and "
            "that is exactly the point.”",
            "direct",
            ADEWALE,
            "person",
            "move it?” [[Adewale]] says",
            "move it?” Adewale [[says]]",
        ),
        Q(
            "says only that [[she hopes people will touch the work]]",
            "indirect",
            HOLTBY,
            "person",
            "[[She]] says only",
            "She [[says]] only",
        ),
        Q(
            "insists [[she is “nowhere near finished.”]]",
            "mixed",
            HOLTBY,
            "person",
            "But [[she]] insists",
            "But she [[insists]]",
        ),
        Q(
            "“When I stop, I will know, because the clay will tell me. It has not told me yet.”",
            "direct",
            HOLTBY,
            "person",
            "[[She]] puts it plainly",
            "She [[puts it]] plainly",
        ),
    ],
}

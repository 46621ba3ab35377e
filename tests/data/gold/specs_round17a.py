# The specifications below quote the articles verbatim, typographic marks included.
"""Gold specifications for wirepol_17, archive_17, tribunal_17, athletics_17 and retail_17
(round 17, writer a, written blind), merged into build_gold.py's dictionaries by its main()."""

from __future__ import annotations

from build_gold import Q

# wirepol_17
SAARVIK = "Henrik Saarvik"
FERENC = "Aldo Ferenc"
AGRARIAN = "Agrarian Party"
KOSA = "Ferdinand Kosa"
OLENSKA = "Marta Olenska"
PETROV = "Dragan Petrov"
PM_OFFICIAL = "a senior official in the prime minister's office"
FINMIN = "the finance ministry"
BRANDAUER = "Ilse Brandauer"
PRES_OFFICE = "the presidential office"
TRADERS = "traders in Karsten"

# archive_17
NCB = "National Coal Board"
PENNINGTON = "Hugh Pennington"
NCB_REPORT = "the Board's report"
POWELL = "Idris Powell"
ROWLANDS = "Bethan Rowlands"
EVANS = "Glyn Evans"
COLLIER = "an older collier"
VAUGHAN = "Emrys Vaughan"
LLOYD = "Megan Lloyd"
NCB_SPOKESMAN = "a Coal Board spokesman"
MIN_LABOUR = "Ministry of Labour"

# tribunal_17
HARROWGATE = "Harrowgate Freight"
ODUYA = "Miriam Oduya"
TRIBUNAL = "the tribunal"
FORSYTH = "Daniel Forsyth"
ANSTEY = "Rupert Anstey"
GRIEVE = "Paula Grieve"
ELLACOTT = "Janet Ellacott"
MULROY = "Kevin Mulroy"
WSA_SPOKESWOMAN = "a spokeswoman for the Workplace Safety Authority"

# athletics_17
JEPKURUI = "Naomi Jepkurui"
ALEMU = "Tsion Alemu"
MEKONNEN = "Dawit Mekonnen"
HALE = "Marcus Hale"
JAF = "Jamaica Athletics Federation"
BARRETT = "Lennox Barrett"
SOLHEIM = "Ingrid Solheim"
WA_OFFICIAL = "a senior official with the world governing body"
MARSH = "Holly Marsh"
BRENNAN = "Sally Brennan"

# retail_17
HALLOWAYS = "Halloway's"
INGLEBY = "Sarah Ingleby"
ODUYA_PRICE = "Graham Oduya-Price"
BRIGHTWELL_SPOKESMAN = "a Brightwell spokesman"
RAMAN = "Priya Raman"
SHOPPERS_VOICE = "Shoppers' Voice"
ASHCOMBE = "Martin Ashcombe"
ANALYST = "another analyst"

HELDOUT: dict[str, list[Q]] = {}

ARTICLES: dict[str, list[Q]] = {
    "wirepol_17": [
        Q(
            "[[The motion passed by 112 votes to 94 in the 211-seat National Assembly, with "
            "five abstentions]], assembly president",
            "indirect",
            FERENC,
            "person",
            "assembly president [[Aldo Ferenc]] announced",
            "Aldo Ferenc [[announced]] shortly",
        ),
        Q(
            "building that [[he would stay on as caretaker until a new government was formed]]",
            "indirect",
            SAARVIK,
            "person",
            "[[Saarvik]], 58, told reporters",
            "Saarvik, 58, [[told]] reporters",
        ),
        Q(
            '"I accept the verdict of this house, but I do not accept that it is the verdict '
            'of the country,"',
            "direct",
            SAARVIK,
            "person",
            'country," [[he]] said',
            'country," he [[said]]',
        ),
        Q(
            '"The people of Orlenia did not vote for chaos."',
            "direct",
            SAARVIK,
            "person",
            'country," [[he]] said',
            'country," he [[said]]',
        ),
        Q(
            '"That is a question for another day."',
            "direct",
            SAARVIK,
            "person",
            "early election, [[Saarvik]] said:",
            "early election, Saarvik [[said]]:",
        ),
        Q(
            'the vote that [[it could "no longer share responsibility for a government that '
            'has stopped listening to the countryside."]]',
            "mixed",
            AGRARIAN,
            "organisation",
            "The [[Agrarian Party]], which holds",
            "19 seats, [[said]] in a statement",
        ),
        Q(
            '"We gave the prime minister every chance,"',
            "direct",
            KOSA,
            "person",
            'every chance," [[Kosa]] told',
            'every chance," Kosa [[told]]',
        ),
        Q(
            '"He chose the finance ministry over his partners."',
            "direct",
            KOSA,
            "person",
            'every chance," [[Kosa]] told',
            'every chance," Kosa [[told]]',
        ),
        Q(
            'called [[the result "a victory for every family that has paid more for bread this '
            'year."]]',
            "mixed",
            OLENSKA,
            "person",
            "Opposition leader [[Marta Olenska]], whose",
            "tabled the motion, [[called]] the result",
        ),
        Q(
            "She said [[her party was ready to lead talks on a new coalition and would approach "
            "the Agrarians first]]",
            "indirect",
            OLENSKA,
            "person",
            "[[She]] said her party was ready",
            "She [[said]] her party was ready",
        ),
        Q(
            '"We are not asking for power for its own sake,"',
            "direct",
            OLENSKA,
            "person",
            'own sake," [[Olenska]] told',
            'own sake," Olenska [[told]]',
        ),
        Q(
            '"We are asking for it because somebody has to take responsibility for this mess, '
            'and it will not be Henrik Saarvik."',
            "direct",
            OLENSKA,
            "person",
            'own sake," [[Olenska]] told',
            'own sake," Olenska [[told]]',
        ),
        Q(
            "People's Front, said [[his deputies would not support any government headed by "
            "Olenska]]",
            "indirect",
            PETROV,
            "person",
            "[[Dragan Petrov]], who leads",
            "People's Front, [[said]] his deputies",
        ),
        Q(
            'called for [[elections "within 60 days, not 60 weeks."]]',
            "mixed",
            PETROV,
            "person",
            "[[Dragan Petrov]], who leads",
            "Olenska and [[called for]] elections",
        ),
        Q(
            '"Let the voters clean this up,"',
            "direct",
            PETROV,
            "person",
            'clean this up," [[he]] said',
            'clean this up," he [[said]]',
        ),
        Q(
            '"They have more sense than this chamber."',
            "direct",
            PETROV,
            "person",
            'clean this up," [[he]] said',
            'clean this up," he [[said]]',
        ),
        Q(
            "the media, said [[Saarvik had spent the final hours before the vote telephoning "
            "Agrarian deputies one by one]]",
            "indirect",
            PM_OFFICIAL,
            "anonymous",
            "[[A senior official in the prime minister's office]], who spoke",
            "brief the media, [[said]] Saarvik",
        ),
        Q(
            '"He thought he could peel off four or five of them,"',
            "direct",
            PM_OFFICIAL,
            "anonymous",
            'of them," [[the official]] said',
            'of them," the official [[said]]',
        ),
        Q(
            '"He got one."',
            "direct",
            PM_OFFICIAL,
            "anonymous",
            'of them," [[the official]] said',
            'of them," the official [[said]]',
        ),
        Q(
            'statement that [[the subsidy reform, which it described as "unavoidable," would '
            "stay on the table whoever formed the next government]]",
            "mixed",
            FINMIN,
            "organisation",
            "[[The finance ministry]] said in a statement that the subsidy",
            "The finance ministry [[said]] in a statement that the subsidy",
        ),
        Q(
            'University, said [[the collapse had been "coming since the budget" and that Kosa '
            "had simply chosen his moment]]",
            "mixed",
            BRANDAUER,
            "person",
            "[[Ilse Brandauer]], a political",
            "Karsten University, [[said]] the collapse",
        ),
        Q(
            '"Coalitions in this country survive on subsidies and silence. When the money runs '
            'out, so does the silence,"',
            "direct",
            BRANDAUER,
            "person",
            'silence," said [[Brandauer]], who',
            'silence," [[said]] Brandauer',
        ),
        Q(
            "According to Brandauer, [[Olenska would need the backing of at least two smaller "
            "parties as well as the Agrarians to reach a majority]]",
            "indirect",
            BRANDAUER,
            "person",
            "According to [[Brandauer]], Olenska",
            "[[According to]] Brandauer, Olenska",
        ),
        Q(
            "She added that [[an early election, which under the constitution must be called if "
            'no government is confirmed within 90 days, was "the more likely outcome, frankly."]]',
            "mixed",
            BRANDAUER,
            "person",
            "[[She]] added that an early election",
            "She [[added]] that an early election",
        ),
        Q(
            'office said [[those talks would begin on Thursday and that Marsh would "take the '
            'time the situation requires."]]',
            "mixed",
            PRES_OFFICE,
            "organisation",
            "[[The presidential office]] said those talks",
            "The presidential office [[said]] those talks",
        ),
        Q(
            "insisted [[his party had acted on principle]]",
            "indirect",
            KOSA,
            "person",
            "[[Kosa]], for his part, insisted",
            "for his part, [[insisted]] his party",
        ),
        Q(
            'Farmers, he told ORT, [[had been "treated as a line in a spreadsheet" for too long]]',
            "mixed",
            KOSA,
            "person",
            "Farmers, [[he]] told ORT",
            "Farmers, he [[told]] ORT",
        ),
        Q(
            "[[The Orlenian crown fell 0.8 percent against the dollar after the result was "
            "announced, and the yield on the 10-year government bond rose 14 basis points]], "
            "according to traders",
            "indirect",
            TRADERS,
            "anonymous",
            "according to [[traders in Karsten]]",
            "basis points, [[according to]] traders",
        ),
    ],
    "archive_17": [
        Q(
            "announced yesterday that [[Glendower Colliery, which has been worked since 1871 and "
            "is known throughout the valley as ''the Old Lady,'' will close on August 25, with "
            "the loss of some 900 jobs]]",
            "indirect",
            NCB,
            "organisation",
            "The [[National Coal Board]] announced",
            "National Coal Board [[announced]] yesterday",
        ),
        Q(
            "committee that [[the pit had lost ''well over a million pounds'' in the past three "
            "years and that the remaining seams were too thin and too faulted to be worked at a "
            "profit]]",
            "mixed",
            PENNINGTON,
            "person",
            "Mr [[Hugh Pennington]], the Board's",
            "area director, [[told]] a meeting",
        ),
        Q(
            "''We have looked at every possibility,''",
            "direct",
            PENNINGTON,
            "person",
            "possibility,'' [[he]] said",
            "possibility,'' he [[said]]",
        ),
        Q(
            (
                "''We have driven new roadways,",
                "the quantities that would justify going on.''",
            ),
            "direct",
            PENNINGTON,
            "person",
            "possibility,'' [[he]] said",
            "possibility,'' he [[said]]",
        ),
        Q(
            "He said that [[about 400 of the men would be offered work at the Cwmbran and "
            "Maesteg collieries, and that the remainder would be entitled to redundancy payments "
            "under the Board's scheme]]",
            "indirect",
            PENNINGTON,
            "person",
            "[[He]] said that about 400",
            "He [[said]] that about 400",
        ),
        Q(
            "which found that [[the pit had less than four years of workable coal left]]",
            "indirect",
            NCB_REPORT,
            "organisation",
            "publication in February of [[the Board's report]]",
            "Reserves,'' which [[found]] that the pit",
        ),
        Q(
            "described [[the announcement as ''a death sentence for this village.'']]",
            "mixed",
            POWELL,
            "person",
            "Mr [[Idris Powell]], secretary",
            "Mineworkers, [[described]] the announcement",
        ),
        Q(
            "``There are men in this pit whose grandfathers sank the shaft,''",
            "direct",
            POWELL,
            "person",
            "the shaft,'' Mr [[Powell]] said",
            "the shaft,'' Mr Powell [[said]]",
        ),
        Q(
            "``You do not close a place like this with a letter and a handshake.''",
            "direct",
            POWELL,
            "person",
            "the shaft,'' Mr [[Powell]] said",
            "the shaft,'' Mr Powell [[said]]",
        ),
        Q(
            "He said [[the lodge would ask the South Wales Area of the union to call for an "
            "independent examination of the report's figures]]",
            "indirect",
            POWELL,
            "person",
            "[[He]] said the lodge would ask",
            "He [[said]] the lodge would ask",
        ),
        Q(
            "The lodge, he added, [[had never been shown the full geological survey on which the "
            "Board relied]]",
            "indirect",
            POWELL,
            "person",
            "The lodge, [[he]] added",
            "The lodge, he [[added]]",
        ),
        Q(
            "District Council, said [[the council had written to the Minister of Power asking "
            "him to receive a deputation before the closure date]]",
            "indirect",
            ROWLANDS,
            "person",
            "Councillor Mrs [[Bethan Rowlands]], chairman",
            "District Council, [[said]] the council had written",
        ),
        Q(
            "''Nine hundred jobs in a place of four thousand people is not a statistic,''",
            "direct",
            ROWLANDS,
            "person",
            "statistic,'' [[she]] told",
            "statistic,'' she [[told]]",
        ),
        Q(
            "''It is every second household.''",
            "direct",
            ROWLANDS,
            "person",
            "statistic,'' [[she]] told",
            "statistic,'' she [[told]]",
        ),
        Q(
            "Councillor Rowlands said [[the council had been given no warning of the decision, "
            "and that she had learned of it from a reporter]]",
            "indirect",
            ROWLANDS,
            "person",
            "Councillor [[Rowlands]] said the council had been given",
            "Councillor Rowlands [[said]] the council had been given",
        ),
        Q(
            "vice-chairman, said [[the Board had ''treated this valley like a quarry to be "
            "emptied and walked away from.'']]",
            "mixed",
            EVANS,
            "person",
            "Councillor [[Glyn Evans]], the vice-chairman",
            "vice-chairman, [[said]] the Board had",
        ),
        Q(
            "behind him, said [[the men had known for months that the end was coming]]",
            "indirect",
            COLLIER,
            "anonymous",
            "[[An older collier]], with 38",
            "behind him, [[said]] the men",
        ),
        Q(
            "``The face has been getting thinner since Christmas,''",
            "direct",
            COLLIER,
            "anonymous",
            "Christmas,'' [[he]] said",
            "Christmas,'' he [[said]]",
        ),
        Q(
            "``We are not fools.''",
            "direct",
            COLLIER,
            "anonymous",
            "Christmas,'' [[he]] said",
            "Christmas,'' he [[said]]",
        ),
        Q(
            "the council that [[unemployment on such a scale would bring ''a great deal of "
            "illness that never appears in the Board's accounts.'']]",
            "mixed",
            VAUGHAN,
            "person",
            "Dr [[Emrys Vaughan]], the medical",
            "for the district, [[warned]] the council",
        ),
        Q(
            "He said [[he had seen the same thing as a young doctor in the Rhondda in the 1930s]]",
            "indirect",
            VAUGHAN,
            "person",
            "[[He]] said he had seen",
            "He [[said]] he had seen",
        ),
        Q(
            "''My boys will go to Maesteg if they have to,''",
            "direct",
            LLOYD,
            "person",
            "said Mrs [[Lloyd]]. ''But",
            "have to,'' [[said]] Mrs Lloyd",
        ),
        Q(
            "''But I don't know that my husband will start again at fifty-six. Who will have "
            "him?''",
            "direct",
            LLOYD,
            "person",
            "said Mrs [[Lloyd]]. ''But",
            "have to,'' [[said]] Mrs Lloyd",
        ),
        Q(
            "in Cardiff that [[no other pit in the area was under review at present]]",
            "indirect",
            NCB_SPOKESMAN,
            "anonymous",
            "[[A Coal Board spokesman]] said in Cardiff",
            "A Coal Board spokesman [[said]] in Cardiff",
        ),
        Q(
            "he said [[he could not speak for the future]]",
            "indirect",
            NCB_SPOKESMAN,
            "anonymous",
            "after the summer, [[he]] said",
            "after the summer, he [[said]]",
        ),
        Q(
            "Ministry of Labour, [[the Abernant district already has 6.4 per cent of its insured "
            "workers unemployed, against a national figure of 2.3 per cent]]",
            "indirect",
            MIN_LABOUR,
            "organisation",
            "the [[Ministry of Labour]], the Abernant",
            "[[According to]] the Ministry of Labour",
        ),
    ],
    "tribunal_17": [
        Q(
            (
                "[[A warehouse shift manager who was dismissed weeks after warning",
                "suffered detriment for whistleblowing]], an employment tribunal",
            ),
            "indirect",
            TRIBUNAL,
            "organisation",
            "whistleblowing, [[an employment tribunal]] has ruled",
            "an employment tribunal has [[ruled]]",
        ),
        Q(
            "at the time that [[he had falsified shift records]]",
            "indirect",
            HARROWGATE,
            "organisation",
            "[[The company]] said at the time",
            "The company [[said]] at the time",
        ),
        Q(
            "Oduya said [[the allegation of falsification was “a pretext, and not a very "
            "careful one.”]]",
            "mixed",
            ODUYA,
            "person",
            "Employment Judge [[Miriam Oduya]] said",
            "Miriam Oduya [[said]] the allegation",
        ),
        Q(
            (
                "“The tribunal is satisfied that the real reason",
                "about the safety of the respondent’s vehicles,”",
            ),
            "direct",
            TRIBUNAL,
            "organisation",
            "vehicles,” [[the tribunal]] said in its judgment",
            "vehicles,” the tribunal [[said]] in its judgment",
        ),
        Q(
            (
                "“Those disclosures were inconvenient to the respondent",
                "“We do not accept that the timing was a coincidence.”",
            ),
            "direct",
            TRIBUNAL,
            "organisation",
            "vehicles,” [[the tribunal]] said in its judgment",
            "vehicles,” the tribunal [[said]] in its judgment",
        ),
        Q(
            "in January that [[he had raised the brakes on three trucks with his line manager on "
            "four occasions between October and December 2023, and had then put his concerns in "
            "an email to the site director]]",
            "indirect",
            FORSYTH,
            "person",
            "Mr [[Forsyth]] told the hearing",
            "Mr Forsyth [[told]] the hearing",
        ),
        Q(
            "“I wasn’t trying to cause trouble,”",
            "direct",
            FORSYTH,
            "person",
            "cause trouble,” [[he]] said",
            "cause trouble,” he [[said]]",
        ),
        Q(
            "“I was trying to stop somebody being crushed.”",
            "direct",
            FORSYTH,
            "person",
            "cause trouble,” [[he]] said",
            "cause trouble,” he [[said]]",
        ),
        Q(
            "Mr Forsyth that [[he had altered the start times on at least six shift sheets to "
            "cover for a colleague who had been arriving late]]",
            "indirect",
            ANSTEY,
            "person",
            "[[Rupert Anstey]], the barrister",
            "Harrowgate Freight, [[put it to]] Mr Forsyth",
        ),
        Q(
            "“I signed what I was given,”",
            "direct",
            FORSYTH,
            "person",
            "I was given,” [[he]] replied",
            "I was given,” he [[replied]]",
        ),
        Q(
            "argued that [[the company had followed a fair procedure, with an investigation "
            "meeting, a disciplinary hearing and an appeal, and that the dismissal was "
            "“entirely unconnected” with the safety complaints]]",
            "mixed",
            ANSTEY,
            "person",
            "Mr [[Anstey]] argued",
            "Mr Anstey [[argued]] that",
        ),
        Q(
            "HR manager, said [[she had carried out the investigation herself and had found "
            "“clear discrepancies” in the records]]",
            "mixed",
            GRIEVE,
            "person",
            "[[Paula Grieve]], the company’s",
            "HR manager, [[said]] she had carried",
        ),
        Q(
            "she accepted that [[she had not spoken to the drivers whose hours were supposed to "
            "have been altered]]",
            "indirect",
            GRIEVE,
            "person",
            "cross-examination, [[she]] accepted",
            "cross-examination, she [[accepted]]",
        ),
        Q(
            "the tribunal that [[two of the trucks had been “pulling to the left and stopping "
            "late” for months, and that drivers had been told to “just get on with it.”]]",
            "mixed",
            ELLACOTT,
            "person",
            "[[She]] told the tribunal that two",
            "She [[told]] the tribunal that two",
        ),
        Q(
            "“Everybody knew,”",
            "direct",
            ELLACOTT,
            "person",
            "said Mrs [[Ellacott]], 52",
            "knew,” [[said]] Mrs Ellacott",
        ),
        Q(
            "“Danny was the only one who wrote it down.”",
            "direct",
            ELLACOTT,
            "person",
            "said Mrs [[Ellacott]], 52",
            "knew,” [[said]] Mrs Ellacott",
        ),
        Q(
            "She said [[she had left the company in the summer because she no longer felt safe on "
            "the floor]]",
            "indirect",
            ELLACOTT,
            "person",
            "[[She]] said she had left",
            "She [[said]] she had left",
        ),
        Q(
            "told the judge [[she had not known about the email to the site director when she "
            "opened the investigation]]",
            "indirect",
            GRIEVE,
            "person",
            "Ms [[Grieve]] told the judge",
            "Ms Grieve [[told]] the judge",
        ),
        Q(
            "records that [[she was copied into a reply to that email on December 14, nine days "
            "earlier]]",
            "indirect",
            TRIBUNAL,
            "organisation",
            "[[The ruling]] records that",
            "The ruling [[records]] that",
        ),
        Q(
            "Oduya wrote that [[Ms Grieve’s evidence had been “evasive on the central point.”]]",
            "mixed",
            ODUYA,
            "person",
            "Judge [[Oduya]] wrote that",
            "Judge Oduya [[wrote]] that",
        ),
        Q(
            "She said [[the investigation had been conducted “backwards,” starting from a "
            "conclusion and looking for evidence to fit it]]",
            "mixed",
            ODUYA,
            "person",
            "[[She]] said the investigation had been conducted",
            "She [[said]] the investigation had been conducted",
        ),
        Q(
            "tribunal building that [[the case should be “a wake-up call for the whole sector.”]]",
            "mixed",
            MULROY,
            "person",
            "[[Kevin Mulroy]], regional organiser",
            "backed the claim, [[said]] outside",
        ),
        Q(
            "“Workers who speak up about safety are not troublemakers,”",
            "direct",
            MULROY,
            "person",
            "troublemakers,” [[he]] said",
            "troublemakers,” he [[said]]",
        ),
        Q(
            "“They are the reason people go home at the end of a shift.”",
            "direct",
            MULROY,
            "person",
            "troublemakers,” [[he]] said",
            "troublemakers,” he [[said]]",
        ),
        Q(
            "statement that [[it was disappointed by the decision and was considering an appeal]]",
            "indirect",
            HARROWGATE,
            "organisation",
            "[[Harrowgate Freight]] said in a statement",
            "Harrowgate Freight [[said]] in a statement",
        ),
        Q(
            "added that [[every vehicle at Thurlby had since been inspected and that it took its "
            "safety obligations “extremely seriously.”]]",
            "mixed",
            HARROWGATE,
            "organisation",
            "[[The company]] added that every",
            "The company [[added]] that every",
        ),
        Q(
            "Authority said [[the regulator had opened an inquiry into the site in April and that "
            "it was continuing]]",
            "indirect",
            WSA_SPOKESWOMAN,
            "anonymous",
            "[[A spokeswoman for the Workplace Safety Authority]] said",
            "Safety Authority [[said]] the regulator",
        ),
        Q(
            "The judge said [[Mr Forsyth’s losses were likely to be “substantial,”]]",
            "mixed",
            ODUYA,
            "person",
            "[[The judge]] said Mr Forsyth’s losses",
            "The judge [[said]] Mr Forsyth’s losses",
        ),
        Q(
            "noting that [[he had been out of work for seven months]]",
            "indirect",
            ODUYA,
            "person",
            "[[The judge]] said Mr Forsyth’s losses",
            "[[noting]] that he had been out",
        ),
        Q(
            "“I’ve been in this trade since I was seventeen. People round here think I’m a "
            "cheat. Now they can read the judgment.”",
            "direct",
            FORSYTH,
            "person",
            "felt, Mr [[Forsyth]] said:",
            "felt, Mr Forsyth [[said]]:",
        ),
    ],
    "athletics_17": [
        Q(
            "“I knew she was strong, I knew she was young, and I knew she had never been in this "
            "position before,”",
            "direct",
            JEPKURUI,
            "person",
            "before,” [[Jepkurui]] said",
            "before,” Jepkurui [[said]]",
        ),
        Q(
            "“That was my only advantage, so I waited.”",
            "direct",
            JEPKURUI,
            "person",
            "before,” [[Jepkurui]] said",
            "before,” Jepkurui [[said]]",
        ),
        Q(
            "She said [[the heat, still 29 degrees at the start, had persuaded her to let others "
            "set the pace]]",
            "indirect",
            JEPKURUI,
            "person",
            "[[She]] said the heat",
            "She [[said]] the heat",
        ),
        Q(
            "afterwards that [[she had “gone too early, maybe by fifty metres.”]]",
            "mixed",
            ALEMU,
            "person",
            "[[The teenager]] said afterwards",
            "The teenager [[said]] afterwards",
        ),
        Q(
            "“Next time I will know,”",
            "direct",
            ALEMU,
            "person",
            "said [[Alemu]], who wiped",
            "will know,” [[said]] Alemu",
        ),
        Q(
            "“Today I learned more than I lost.”",
            "direct",
            ALEMU,
            "person",
            "said [[Alemu]], who wiped",
            "will know,” [[said]] Alemu",
        ),
        Q(
            "told reporters [[the silver was “a beginning, not a disappointment.”]]",
            "mixed",
            MEKONNEN,
            "person",
            "Her coach, [[Dawit Mekonnen]], told",
            "Dawit Mekonnen, [[told]] reporters",
        ),
        Q(
            "He said [[Alemu would not race again this season]]",
            "indirect",
            MEKONNEN,
            "person",
            "[[He]] said Alemu would not",
            "He [[said]] Alemu would not",
        ),
        Q(
            "Hale, 23, said [[he had felt “a little bit sorry” for Whitfield but that rules were "
            "rules]]",
            "mixed",
            HALE,
            "person",
            "[[Hale]], 23, said",
            "Hale, 23, [[said]] he had felt",
        ),
        Q(
            "“You can’t control what the other guy does,”",
            "direct",
            HALE,
            "person",
            "guy does,” [[Hale]] said",
            "guy does,” Hale [[said]]",
        ),
        Q(
            "“You can only run your own race, and I ran mine.”",
            "direct",
            HALE,
            "person",
            "guy does,” [[Hale]] said",
            "guy does,” Hale [[said]]",
        ),
        Q(
            "statement that [[it had lodged a protest]]",
            "indirect",
            JAF,
            "organisation",
            "The [[Jamaica Athletics Federation]] said",
            "Athletics Federation [[said]] in a statement",
        ),
        Q(
            "arguing that [[the starting system had registered a reaction time “inconsistent with "
            "the athlete’s movement as shown on the broadcast footage.”]]",
            "mixed",
            JAF,
            "organisation",
            "The [[Jamaica Athletics Federation]] said",
            "protest, [[arguing]] that the starting",
        ),
        Q(
            "[[Officials rejected the protest within the hour]], according to the federation",
            "indirect",
            JAF,
            "organisation",
            "according to [[the federation]]",
            "the hour, [[according to]] the federation",
        ),
        Q(
            "called [[the decision “a joke”]]",
            "mixed",
            BARRETT,
            "person",
            "[[He]] called the decision",
            "He [[called]] the decision",
        ),
        Q(
            "and said [[the sport had “thrown away the race everyone came to see.”]]",
            "mixed",
            BARRETT,
            "person",
            "[[He]] called the decision",
            "“a joke” and [[said]] the sport",
        ),
        Q(
            "“Andre has trained four years for this night,”",
            "direct",
            BARRETT,
            "person",
            "this night,” [[Barrett]] said",
            "this night,” Barrett [[said]]",
        ),
        Q(
            "“Forty seconds of nonsense and it’s gone.”",
            "direct",
            BARRETT,
            "person",
            "this night,” [[Barrett]] said",
            "this night,” Barrett [[said]]",
        ),
        Q(
            "of Norway, said [[the equipment had been tested before every round and had worked "
            "“exactly as designed.”]]",
            "mixed",
            SOLHEIM,
            "person",
            "[[Ingrid Solheim]] of Norway",
            "of Norway, [[said]] the equipment",
        ),
        Q(
            "a briefing that [[the rule, which allows no reaction faster than a tenth of a second, "
            "applied to every athlete equally]]",
            "indirect",
            SOLHEIM,
            "person",
            "[[She]] told a briefing",
            "She [[told]] a briefing",
        ),
        Q(
            "publicly, said [[the sensors in Whitfield’s blocks would be checked again overnight "
            "“to remove any doubt.”]]",
            "mixed",
            WA_OFFICIAL,
            "anonymous",
            "[[A senior official with the world governing body]], who",
            "comment publicly, [[said]] the sensors",
        ),
        Q(
            "Achilles rupture, said [[the win had been “worth every single physio appointment.”]]",
            "mixed",
            MARSH,
            "person",
            "[[The 31-year-old]], who has spent",
            "Achilles rupture, [[said]] the win",
        ),
        Q(
            "“There were mornings I couldn’t walk to the kitchen,”",
            "direct",
            MARSH,
            "person",
            "kitchen,” [[Marsh]] said",
            "kitchen,” Marsh [[said]]",
        ),
        Q(
            "“I’m going to enjoy this one.”",
            "direct",
            MARSH,
            "person",
            "kitchen,” [[Marsh]] said",
            "kitchen,” Marsh [[said]]",
        ),
        Q(
            "Brennan, said [[Marsh had considered retiring last spring]]",
            "indirect",
            BRENNAN,
            "person",
            "Her coach, [[Sally Brennan]], said",
            "Sally Brennan, [[said]] Marsh",
        ),
        Q(
            "She said [[the turning point had come in a training camp in Portugal in February]]",
            "indirect",
            BRENNAN,
            "person",
            "[[She]] said the turning point",
            "She [[said]] the turning point",
        ),
        Q(
            "meanwhile, said [[she would now move up to the marathon]]",
            "indirect",
            JEPKURUI,
            "person",
            "[[Jepkurui]], meanwhile, said",
            "meanwhile, [[said]] she would now",
        ),
        Q(
            "“Never say finished,”",
            "direct",
            JEPKURUI,
            "person",
            "finished,” [[she]] said",
            "finished,” she [[said]]",
        ),
    ],
    "retail_17": [
        Q(
            "Wednesday and said [[its two-year programme of price cuts had begun to win back "
            "customers from the discount chains]]",
            "indirect",
            HALLOWAYS,
            "organisation",
            "[[Halloway’s]], the UK’s fourth-largest",
            "on Wednesday and [[said]] its two-year",
        ),
        Q(
            "[[Like-for-like sales, which strip out the effect of new stores, grew 3.6 per cent "
            "in the final quarter]], the group said",
            "indirect",
            HALLOWAYS,
            "organisation",
            "final quarter, [[the group]] said",
            "final quarter, the group [[said]]",
        ),
        Q(
            "Ingleby said [[the results showed that “value and quality are not opposites”]]",
            "mixed",
            INGLEBY,
            "person",
            "Chief executive [[Sarah Ingleby]] said",
            "Sarah Ingleby [[said]] the results",
        ),
        Q(
            "“Two years ago, too many of our customers were doing their main shop somewhere else "
            "and popping into us for the extras,”",
            "direct",
            INGLEBY,
            "person",
            "the extras,” [[she]] said",
            "the extras,” she [[said]]",
        ),
        Q(
            "“That has changed. They are coming back for the whole basket, and they are staying.”",
            "direct",
            INGLEBY,
            "person",
            "the extras,” [[she]] said",
            "the extras,” she [[said]]",
        ),
        Q(
            "Ms Ingleby said [[the chain had lowered the price of more than 3,000 everyday lines "
            "since 2023 and would cut a further 500 in the coming year, funded in part by £150m "
            "of savings in its distribution network]]",
            "indirect",
            INGLEBY,
            "person",
            "Ms [[Ingleby]] said the chain had lowered",
            "Ms Ingleby [[said]] the chain had lowered",
        ),
        Q(
            "conference call that [[the savings were “well under way” and that the group expected "
            "margins to hold at about 3.4 per cent]]",
            "mixed",
            ODUYA_PRICE,
            "person",
            "[[Graham Oduya-Price]], told",
            "Oduya-Price, [[told]] analysts",
        ),
        Q(
            "He said [[capital spending would rise to £620m, with most of it going on refitting "
            "older stores]]",
            "indirect",
            ODUYA_PRICE,
            "person",
            "[[He]] said capital spending",
            "He [[said]] capital spending",
        ),
        Q(
            "the group warned that [[wage costs would rise by about £90m this year because of the "
            "increase in the national living wage, and that food inflation, now running at 2.8 "
            "per cent, was likely to “tick up modestly” over the summer]]",
            "mixed",
            HALLOWAYS,
            "organisation",
            "statement, [[the group]] warned",
            "the group [[warned]] that wage",
        ),
        Q(
            "spokesman said [[the company did not comment on rivals’ results]]",
            "indirect",
            BRIGHTWELL_SPOKESMAN,
            "anonymous",
            "[[A Brightwell spokesman]] said",
            "Brightwell spokesman [[said]] the company",
        ),
        Q(
            "“Our own price investment is working and our customers are telling us so.”",
            "direct",
            BRIGHTWELL_SPOKESMAN,
            "anonymous",
            "[[A Brightwell spokesman]] said",
            "but [[added]]: “Our own",
        ),
        Q(
            "Pemberton Lisle, said [[Halloway’s had delivered “the cleanest set of numbers in the "
            "sector this year”]]",
            "mixed",
            RAMAN,
            "person",
            "[[Priya Raman]], a retail analyst",
            "Pemberton Lisle, [[said]] Halloway’s",
        ),
        Q(
            "“The question was always whether they could cut prices without hollowing out the "
            "margin,”",
            "direct",
            RAMAN,
            "person",
            "the margin,” [[she]] said",
            "the margin,” she [[said]]",
        ),
        Q(
            "“For now, the answer appears to be yes.”",
            "direct",
            RAMAN,
            "person",
            "the margin,” [[she]] said",
            "the margin,” she [[said]]",
        ),
        Q(
            "however, that [[the chain’s so-called “Price Promise” – a pledge to match the "
            "discounters on 400 staple products – was expensive to maintain and would be tested "
            "if the discounters responded]]",
            "indirect",
            RAMAN,
            "person",
            "[[She]] cautioned, however",
            "She [[cautioned]], however",
        ),
        Q(
            "consumer group, said [[its own monitoring showed that the cost of a typical weekly "
            "basket at Halloway’s had fallen by only 1.2 per cent in a year, and that some cuts "
            "had been offset by smaller pack sizes]]",
            "indirect",
            SHOPPERS_VOICE,
            "organisation",
            "[[Shoppers’ Voice]], the consumer group",
            "the consumer group, [[said]] its own",
        ),
        Q(
            "“A price cut on a smaller packet is not a price cut,”",
            "direct",
            ASHCOMBE,
            "person",
            "said [[Martin Ashcombe]], the group’s",
            "price cut,” [[said]] Martin",
        ),
        Q(
            "He said [[the practice, known as shrinkflation, should be “clearly labelled on the "
            "shelf, not hidden on the back of the pack.”]]",
            "mixed",
            ASHCOMBE,
            "person",
            "[[He]] said the practice",
            "He [[said]] the practice",
        ),
        Q(
            "Ms Ingleby said [[the chain labelled every change in pack size at the shelf edge and "
            "had done so since last autumn]]",
            "indirect",
            INGLEBY,
            "person",
            "criticism, Ms [[Ingleby]] said",
            "criticism, Ms Ingleby [[said]]",
        ),
        Q(
            "“We have nothing to hide on that,”",
            "direct",
            INGLEBY,
            "person",
            "on that,” [[she]] said",
            "on that,” she [[said]]",
        ),
        Q(
            "The group said [[it would open 14 new convenience stores this year, mostly in the "
            "north of England, creating around 900 jobs]]",
            "indirect",
            HALLOWAYS,
            "organisation",
            "[[The group]] said it would open",
            "The group [[said]] it would open",
        ),
        Q(
            "Ms Raman said [[the dividend increase was “a statement of confidence” from the board]]",
            "mixed",
            RAMAN,
            "person",
            "Ms [[Raman]] said the dividend",
            "Ms Raman [[said]] the dividend",
        ),
        Q(
            "rivals, said [[the chain’s recovery owed as much to Brightwell’s difficulties as to "
            "its own strategy]]",
            "indirect",
            ANALYST,
            "anonymous",
            "[[Another analyst]], who asked",
            "Halloway’s rivals, [[said]] the chain’s",
        ),
        Q(
            "“Halloway’s has been lucky in its competitors,”",
            "direct",
            ANALYST,
            "anonymous",
            "competitors,” [[he]] said",
            "competitors,” he [[said]]",
        ),
    ],
}

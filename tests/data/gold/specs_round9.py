# The specifications below quote the articles verbatim, typographic marks included.
"""Gold specifications for council_09, court_09, wire_09, archive_09 and business_09
(round 9, written blind, scored once, now development), merged into build_gold.py's dictionaries by its main()."""

from __future__ import annotations

from build_gold import Q

# council_09
GALE = "Harriet Gale"
OKONKWO = "Priya Okonkwo-Lind"
FERREIRA = "Nadia Ferreira"
ADEYEMI = "Ruth Adeyemi"
BOYLE = "Dennis Boyle"
REPORT = "a report by council officers"
ASKE = "Martin Aske"
TILLEY = "Maureen Tilley"
BREEN = "Tomás Breen"
CALLOWAY = "Calloway Homes"

# court_09
PROSECUTORS = "prosecutors"
OKAFOR = "Simon Okafor"
PEMBERTON = "Lydia Pemberton"
DUNMORE = "Rachel Dunmore"
COLES = "Ian Coles"
MARCHBANK = "Eleanor Marchbank"
LL_SPOKES = "a spokeswoman for the Little Lanterns Hospice Trust"
LL_TRUST = "Little Lanterns Hospice Trust"

# wire_09
KOVAC = "Irena Kovac"
VANDERHOEK = "Pieter Vanderhoek"
DIPLOMATS = "two diplomats present at the talks"
COMMISSION = "European Commission"
BRANDT = "Amelie Brandt"
REHAK = "Tomas Rehak"
DE_FR = "Germany and France"
ITALY = "Italy's economy ministry"
SERRANO = "Lucia Serrano Ortega"
EU_OFFICIAL = "a senior EU official who asked not to be named"
POLAND = "Poland's finance ministry"
ECV = "European Consumer Voice"
HALDEN = "Halden Ratings"

# archive_09
PENDLE = "Arthur Pendle"
HOLLINS = "J. D. Hollins"
ANCRUM = "Gerald Ancrum"
FARRANT = "Colin Farrant"
SLADE = "Winifred Slade"
WELDER = "one welder who would not give his name"
RUDGE = "Tom Rudge"
QUARRIE = "Dorothy Quarrie"
BOILERMAKERS = "the Boilermakers' Society's district office"
CSC = "Carrisford Shipbuilding Company"

# business_09
BRIGHTWATER = "Brightwater Foods"
MARCHETTI = "Olivia Marchetti"
KR_BOARD = "Kellan & Rowe's board"
QUAYLE = "Fraser Quayle"
JOSHI = "Meera Joshi"
HENGTAI = "Hengtai Capital"
LIN = "Lin Haoran"
FPWU = "Food and Packaging Workers' Union"
WALSH = "Kieran Walsh"
CRO = "Competition Review Office"

HELDOUT: dict[str, list[Q]] = {}

ARTICLES: dict[str, list[Q]] = {
    "council_09": [
        Q(
            "accused [[the ruling group of “bulldozing” the scheme through before the summer "
            "recess]]",
            "mixed",
            GALE,
            "person",
            "Councillor [[Harriet Gale]] accused",
            "Gale [[accused]] the ruling",
        ),
        Q(
            "“This is the single biggest thing this council will do for young families in a "
            "generation,”",
            "direct",
            OKONKWO,
            "person",
            "Councillor [[Priya Okonkwo-Lind]], the council leader",
            "generation,” [[said]] Councillor",
        ),
        Q(
            "“I am not going to apologise for wanting to get on with it.”",
            "direct",
            OKONKWO,
            "person",
            "Councillor [[Priya Okonkwo-Lind]], the council leader",
            "generation,” [[said]] Councillor",
        ),
        Q(
            "Okonkwo-Lind said that [[120 of the homes would be let at social rents]]",
            "indirect",
            OKONKWO,
            "person",
            "[[Okonkwo-Lind]] said that 120",
            "Okonkwo-Lind [[said]] that 120",
        ),
        Q(
            "which, she said, [[would open in September 2028]]",
            "indirect",
            OKONKWO,
            "person",
            "which, [[she]] said, would open",
            "which, she [[said]], would open",
        ),
        Q(
            (
                "She told the chamber that [[residents of the Brookside estate",
                "their doors on Saturday]]",
            ),
            "indirect",
            GALE,
            "person",
            "[[She]] told the chamber",
            "She [[told]] the chamber",
        ),
        Q(
            "“Three weeks, in the middle of the school holidays,”",
            "direct",
            GALE,
            "person",
            "holidays,” [[she]] said",
            "holidays,” she [[said]]",
        ),
        Q(
            "“If that is consultation, I would hate to see what the leader thinks an ambush looks "
            "like.”",
            "direct",
            GALE,
            "person",
            "holidays,” [[she]] said",
            "holidays,” she [[said]]",
        ),
        Q(
            (
                "She said [[the consultation had met every legal requirement",
                "received in ten years.”]]",
            ),
            "mixed",
            FERREIRA,
            "person",
            "[[She]] said the consultation",
            "She [[said]] the consultation",
        ),
        Q(
            ("She replied that [[the developer would widen", "would be extended into the site]]"),
            "indirect",
            FERREIRA,
            "person",
            "[[She]] replied that",
            "She [[replied]] that",
        ),
        Q(
            "“It copes now with the lorries from the old works, and nobody has complained about "
            "those in thirty years.”",
            "direct",
            ADEYEMI,
            "person",
            "cars, [[she]] said:",
            "cars, she [[said]]:",
        ),
        Q(
            "she said [[she would ask the government’s planning inspectorate to review the "
            "decision]]",
            "indirect",
            GALE,
            "person",
            "vote, [[she]] said she would",
            "vote, she [[said]] she would",
        ),
        Q(
            "Brookside, said [[he had voted against the plan “with a heavy heart.”]]",
            "mixed",
            BOYLE,
            "person",
            "Councillor [[Dennis Boyle]], an independent",
            "Brookside, [[said]] he had voted",
        ),
        Q(
            "“I want the homes. Everybody in this room wants the homes,”",
            "direct",
            BOYLE,
            "person",
            "homes,” [[Boyle]] said",
            "homes,” Boyle [[said]]",
        ),
        Q(
            "“What I don’t want is a school that exists only on paper, because I have seen that "
            "film before.”",
            "direct",
            BOYLE,
            "person",
            "homes,” [[Boyle]] said",
            "homes,” Boyle [[said]]",
        ),
        Q(
            "found that [[the Tannery Lane site is contaminated with chromium and arsenic in at "
            "least four places]]",
            "indirect",
            REPORT,
            "organisation",
            "[[A report by council officers]], published",
            "last week, [[found]] that",
        ),
        Q(
            "[[Cleaning it up will cost an estimated £11.6 million]], according to",
            "indirect",
            REPORT,
            "organisation",
            "according to [[the report]], and",
            "million, [[according to]] the report",
        ),
        Q(
            "told councillors that [[the authority would not lend money to the developer or "
            "guarantee any part of the scheme]]",
            "indirect",
            ASKE,
            "person",
            "[[Martin Aske]], told councillors",
            "Martin Aske, [[told]] councillors",
        ),
        Q(
            "“Not a penny of council tax is at risk,”",
            "direct",
            ASKE,
            "person",
            "at risk,” [[he]] said",
            "at risk,” he [[said]]",
        ),
        Q(
            "fifty years, said [[the estate’s only road was already jammed every morning]]",
            "indirect",
            TILLEY,
            "person",
            "[[Maureen Tilley]], 74",
            "fifty years, [[said]] the estate",
        ),
        Q(
            "“They talk about a bus route,”",
            "direct",
            TILLEY,
            "person",
            "bus route,” [[she]] said",
            "bus route,” she [[said]]",
        ),
        Q(
            "“There hasn’t been a bus down our road since my husband was alive.”",
            "direct",
            TILLEY,
            "person",
            "bus route,” [[she]] said",
            "bus route,” she [[said]]",
        ),
        Q(
            "“Democracy in action, apparently 🙄”",
            "direct",
            BREEN,
            "person",
            "neighbour, [[Tomás Breen]], wrote",
            "Tomás Breen, [[wrote]] on Facebook",
        ),
        Q(
            (
                "after the vote, said [[she understood the frustration",
                "“an eyesore and a danger” for three decades]]",
            ),
            "mixed",
            OKONKWO,
            "person",
            "[[Okonkwo-Lind]], speaking to reporters",
            "after the vote, [[said]] she understood",
        ),
        Q(
            "“Children climb that fence every summer,”",
            "direct",
            OKONKWO,
            "person",
            "every summer,” [[she]] said",
            "every summer,” she [[said]]",
        ),
        Q(
            "“and one day one of them is going to get badly hurt.”",
            "direct",
            OKONKWO,
            "person",
            "every summer,” [[she]] said",
            "every summer,” she [[said]]",
        ),
        Q(
            "in a statement that [[it was “delighted” with the decision and expected to begin "
            "clearing the site in the spring]]",
            "mixed",
            CALLOWAY,
            "organisation",
            "[[Calloway Homes]] said in a statement",
            "Calloway Homes [[said]] in a statement",
        ),
        Q(
            "Ferreira said [[the committee would publish a timetable for the junction works within "
            "a month]]",
            "indirect",
            FERREIRA,
            "person",
            "[[Ferreira]] said the committee",
            "Ferreira [[said]] the committee",
        ),
    ],
    "court_09": [
        Q(
            (
                "[[A former finance director of a children’s hospice charity",
                "his Cornish farmhouse]], prosecutors told",
            ),
            "indirect",
            PROSECUTORS,
            "anonymous",
            "farmhouse, [[prosecutors]] told",
            "prosecutors [[told]] a jury",
        ),
        Q(
            "told the jury that [[Treloar had treated the charity’s reserve account “as his "
            "personal piggy bank” from 2016 until his dismissal in 2023]]",
            "mixed",
            OKAFOR,
            "person",
            "[[Simon Okafor]] KC told",
            "Okafor KC [[told]] the jury",
        ),
        Q(
            "“You will hear that he bought a share in a racehorse called Lantern’s Glow — yes, "
            "named after the charity,”",
            "direct",
            OKAFOR,
            "person",
            "charity,” Mr [[Okafor]] said",
            "Mr Okafor [[said]]. “You may",
        ),
        Q(
            ("“You may think that takes a certain nerve.", "could not afford to keep it going.”"),
            "direct",
            OKAFOR,
            "person",
            "charity,” Mr [[Okafor]] said",
            "Mr Okafor [[said]]. “You may",
        ),
        Q(
            "The prosecutor said [[the money had been moved in small amounts, rarely more than "
            "£4,000 at a time]]",
            "indirect",
            OKAFOR,
            "person",
            "[[The prosecutor]] said the money",
            "The prosecutor [[said]] the money",
        ),
        Q(
            "Mr Okafor said [[the scheme came to light when a new treasurer, Lydia Pemberton, "
            "asked to see the receipts behind that heading]]",
            "indirect",
            OKAFOR,
            "person",
            "Mr [[Okafor]] said the scheme",
            "Mr Okafor [[said]] the scheme",
        ),
        Q(
            "bank manager, said [[she had noticed that the hospice appeared to be spending more on "
            "medical supplies than hospitals twice its size]]",
            "indirect",
            PEMBERTON,
            "person",
            "Mrs [[Pemberton]], a retired bank manager",
            "bank manager, [[said]] she had noticed",
        ),
        Q(
            "“I asked Gavin about it over a cup of tea,”",
            "direct",
            PEMBERTON,
            "person",
            "tea,” [[the 61-year-old]] told",
            "the 61-year-old [[told]] the court",
        ),
        Q(
            ("“He laughed and said, ‘Lydia", "I went home and couldn’t sleep.”"),
            "direct",
            PEMBERTON,
            "person",
            "tea,” [[the 61-year-old]] told",
            "the 61-year-old [[told]] the court",
        ),
        Q(
            (
                "She said that [[when she raised the matter",
                "“leave the accounts to the professionals.”]]",
            ),
            "mixed",
            PEMBERTON,
            "person",
            "[[She]] said that when",
            "She [[said]] that when",
        ),
        Q(
            "put it to her that [[she had disliked Treloar from the start and had “gone looking "
            "for a scandal.”]]",
            "mixed",
            DUNMORE,
            "person",
            "[[Rachel Dunmore]] KC, for the defence",
            "defence, [[put it to her]] that",
        ),
        Q(
            "“That is simply not true,”",
            "direct",
            PEMBERTON,
            "person",
            "not true,” Mrs [[Pemberton]] replied",
            "Mrs Pemberton [[replied]]",
        ),
        Q(
            "“I liked him. That was what made it so hard.”",
            "direct",
            PEMBERTON,
            "person",
            "not true,” Mrs [[Pemberton]] replied",
            "Mrs Pemberton [[replied]]",
        ),
        Q(
            "told the jury that [[her client accepted his record-keeping had been “chaotic”]]",
            "mixed",
            DUNMORE,
            "person",
            "Ms [[Dunmore]] told the jury that her",
            "Ms Dunmore [[told]] the jury that her",
        ),
        Q(
            "but said [[he had never taken a penny that was not owed to him]]",
            "indirect",
            DUNMORE,
            "person",
            "Ms [[Dunmore]] told the jury that her",
            "“chaotic” but [[said]] he had never",
        ),
        Q(
            (
                "She said [[Treloar had worked hundreds of hours",
                "that he could reimburse himself]]",
            ),
            "indirect",
            DUNMORE,
            "person",
            "[[She]] said Treloar had worked",
            "She [[said]] Treloar had worked",
        ),
        Q(
            "“This is a case about sloppy paperwork,”",
            "direct",
            DUNMORE,
            "person",
            "paperwork,” [[she]] said",
            "paperwork,” she [[said]]",
        ),
        Q(
            "“It is not a case about a thief.”",
            "direct",
            DUNMORE,
            "person",
            "paperwork,” [[she]] said",
            "paperwork,” she [[said]]",
        ),
        Q(
            "crime unit, said [[officers had recovered 212 bank statements from the farmhouse, "
            "some of them “hidden in a biscuit tin in the airing cupboard.”]]",
            "mixed",
            COLES,
            "person",
            "Detective Sergeant [[Ian Coles]], of the Harwick",
            "crime unit, [[said]] officers",
        ),
        Q(
            (
                "The officer told the court that [[Treloar had been co-operative",
                "“I knew this day was coming.”]]",
            ),
            "mixed",
            COLES,
            "person",
            "[[The officer]] told the court",
            "The officer [[told]] the court",
        ),
        Q(
            "DS Coles said [[he could not say whether that had been a reference to the trust’s "
            "long-running dispute with its auditors]]",
            "indirect",
            COLES,
            "person",
            "DS [[Coles]] said he could not",
            "DS Coles [[said]] he could not",
        ),
        Q(
            "“I can only tell the jury what he said to me,”",
            "direct",
            COLES,
            "person",
            "to me,” [[the detective]] said",
            "the detective [[said]]",
        ),
        Q(
            "“You must decide this case on the evidence you hear in this room, and on nothing "
            "else,”",
            "direct",
            MARCHBANK,
            "person",
            "nothing else,” [[she]] said",
            "nothing else,” she [[said]]",
        ),
        Q(
            "The judge added that [[the trial was expected to last about three weeks]]",
            "indirect",
            MARCHBANK,
            "person",
            "[[The judge]] added",
            "The judge [[added]]",
        ),
        Q(
            "Trust said [[the charity had overhauled its financial controls since 2023 and that no "
            "patient care had been affected]]",
            "indirect",
            LL_SPOKES,
            "anonymous",
            "[[a spokeswoman for the Little Lanterns Hospice Trust]] said",
            "Hospice Trust [[said]] the charity",
        ),
        Q(
            "“Our nurses have kept going through all of this,”",
            "direct",
            LL_TRUST,
            "organisation",
            "all of this,” [[the trust]] said",
            "the trust [[said]] in a statement",
        ),
        Q(
            "“They deserve better than to read about it in the papers.”",
            "direct",
            LL_TRUST,
            "organisation",
            "all of this,” [[the trust]] said",
            "the trust [[said]] in a statement",
        ),
    ],
    "wire_09": [
        Q(
            '"We have not reached an agreement tonight, and I will not pretend otherwise,"',
            "direct",
            KOVAC,
            "person",
            "said [[Irena Kovac]], who chaired",
            'otherwise," [[said]] Irena',
        ),
        Q(
            '"But nobody walked out, and in this building that counts for something."',
            "direct",
            KOVAC,
            "person",
            "said [[Irena Kovac]], who chaired",
            'otherwise," [[said]] Irena',
        ),
        Q(
            (
                "Kovac said [[ministers would meet again on Dec. 19",
                "before the end of the year]]",
            ),
            "indirect",
            KOVAC,
            "person",
            "[[Kovac]] said ministers",
            "Kovac [[said]] ministers",
        ),
        Q(
            "told reporters [[the Netherlands could not support a fund financed by common debt "
            '"without a very clear end date and very clear conditions."]]',
            "mixed",
            VANDERHOEK,
            "person",
            "Finance Minister [[Pieter Vanderhoek]] told",
            "Vanderhoek [[told]] reporters",
        ),
        Q(
            '"We did this once, during the pandemic, and we were told it was a one-off,"',
            "direct",
            VANDERHOEK,
            "person",
            'one-off," [[he]] said',
            'one-off," he [[said]]',
        ),
        Q(
            '"I would like one-off to mean one-off."',
            "direct",
            VANDERHOEK,
            "person",
            'one-off," [[he]] said',
            'one-off," he [[said]]',
        ),
        Q(
            "[[Finland and Austria backed the Dutch position during the closed-door session]], "
            "according to",
            "indirect",
            DIPLOMATS,
            "anonymous",
            "according to [[two diplomats present at the talks]]",
            "session, [[according to]] two",
        ),
        Q(
            'in a statement that [[the fund was "temporary, targeted and fully justified" by the '
            "rise in wholesale gas prices since September]]",
            "mixed",
            COMMISSION,
            "organisation",
            "The [[European Commission]], which drew",
            "the plan, [[said]] in a statement",
        ),
        Q(
            "Brandt, said [[the proposal already contained an expiry date and that the money could "
            "only be spent on households in the bottom 40 percent of incomes]]",
            "indirect",
            BRANDT,
            "person",
            "spokeswoman, [[Amelie Brandt]], said",
            "Amelie Brandt, [[said]] the proposal",
        ),
        Q(
            '"This is not a blank cheque,"',
            "direct",
            BRANDT,
            "person",
            'cheque," [[Brandt]] told',
            'cheque," Brandt [[told]]',
        ),
        Q(
            '"It is a cheque with a name, an amount and a date written on it."',
            "direct",
            BRANDT,
            "person",
            'cheque," [[Brandt]] told',
            'cheque," Brandt [[told]]',
        ),
        Q(
            'on Monday that [[without a common fund, governments would end up spending "far more, '
            'far less efficiently" on rival national schemes]]',
            "mixed",
            REHAK,
            "person",
            "commissioner, [[Tomas Rehak]], told",
            "Tomas Rehak, [[told]] the European",
        ),
        Q(
            "before the meeting that [[the fund should be capped at 30 billion euros and reviewed "
            "after one winter]]",
            "indirect",
            DE_FR,
            "group",
            "[[Germany and France]] said in a joint paper",
            "Germany and France [[said]] in a joint paper",
        ),
        Q(
            'in a statement that [[delay would "punish the families who can least afford it"]]',
            "mixed",
            ITALY,
            "organisation",
            "[[Italy's economy ministry]] said",
            "economy ministry [[said]] in a statement",
        ),
        Q(
            'and urged [[ministers to reach agreement "in days, not months."]]',
            "mixed",
            ITALY,
            "organisation",
            "[[Italy's economy ministry]] said",
            'afford it" and [[urged]] ministers',
        ),
        Q(
            'minister, said [[the northern states were "asking the poorest to wait until the '
            'richest feel comfortable."]]',
            "mixed",
            SERRANO,
            "person",
            "[[Lucia Serrano Ortega]], Spain's",
            "economy minister, [[said]] the northern",
        ),
        Q(
            'were confidential said [[the Dutch objection was "more about domestic politics than '
            'about economics,"]]',
            "mixed",
            EU_OFFICIAL,
            "anonymous",
            "[[A senior EU official]] who asked",
            "were confidential [[said]] the Dutch",
        ),
        Q(
            '"Everyone knows the numbers work. The question is whether the politics work,"',
            "direct",
            EU_OFFICIAL,
            "anonymous",
            'politics work," [[the official]] said',
            "the official [[said]]",
        ),
        Q(
            "Vanderhoek denied that [[his stance was linked to the election campaign]]",
            "indirect",
            VANDERHOEK,
            "person",
            "[[Vanderhoek]] denied that",
            "Vanderhoek [[denied]] that",
        ),
        Q(
            '"I held exactly the same view two years ago, when nobody was campaigning for '
            'anything,"',
            "direct",
            VANDERHOEK,
            "person",
            'for anything," [[he]] said',
            'for anything," he [[said]]',
        ),
        Q(
            'said only that [[it was "studying the revised figures."]]',
            "mixed",
            POLAND,
            "organisation",
            "[[Poland's finance ministry]], asked",
            "its position, [[said]] only that",
        ),
        Q(
            "letter to ministers that [[one household in seven in the bloc was already behind on "
            "its energy bills]]",
            "indirect",
            ECV,
            "organisation",
            "patient. [[European Consumer Voice]], an umbrella",
            "organisations, [[said]] in a letter",
        ),
        Q(
            "note to clients that [[it did not expect the dispute to affect EU bond spreads]]",
            "indirect",
            HALDEN,
            "organisation",
            "rating agency [[Halden Ratings]] said",
            "Halden Ratings [[said]] in a note",
        ),
        Q(
            'saying [[investors had "priced in a long argument."]]',
            "mixed",
            HALDEN,
            "organisation",
            "rating agency [[Halden Ratings]] said",
            "bond spreads, [[saying]] investors",
        ),
        Q(
            '"Does anyone here have 40 billion euros they are not using?"',
            "direct",
            KOVAC,
            "person",
            "[[Kovac]], who has chaired",
            "wry note, [[asking]] reporters",
        ),
    ],
    "archive_09": [
        Q(
            "described [[the vote, taken by a show of hands on the waste ground outside the main "
            "gate, as ''a victory for common sense on both sides.'']]",
            "mixed",
            PENDLE,
            "person",
            "Mr. [[Arthur Pendle]], described",
            "Arthur Pendle, [[described]] the vote",
        ),
        Q(
            "''Nobody wanted this strike to last as long as it did,''",
            "direct",
            PENDLE,
            "person",
            "as it did,'' [[he]] told",
            "as it did,'' he [[told]]",
        ),
        Q(
            "''But the men have got what they came out for, and they can hold their heads up.''",
            "direct",
            PENDLE,
            "person",
            "as it did,'' [[he]] told",
            "as it did,'' he [[told]]",
        ),
        Q(
            ("Mr. Pendle said [[the settlement gave", "before the end of 1975]]"),
            "indirect",
            PENDLE,
            "person",
            "Mr. [[Pendle]] said the settlement",
            "Mr. Pendle [[said]] the settlement",
        ),
        Q(
            "in a statement that [[the board welcomed the decision]]",
            "indirect",
            HOLLINS,
            "person",
            "Mr. [[J. D. Hollins]], said",
            "J. D. Hollins, [[said]] in a statement",
        ),
        Q(
            (
                "yard offices, that [[the strike had been ''a bitter experience",
                "the confidence of its customers]]",
            ),
            "mixed",
            HOLLINS,
            "person",
            "[[He]] said later",
            "He [[said]] later",
        ),
        Q(
            "''We have never negotiated at the point of a gun and we did not do so this time,''",
            "direct",
            HOLLINS,
            "person",
            "this time,'' [[the 64-year-old]] said",
            "the 64-year-old [[said]]",
        ),
        Q(
            "told the Commons last night that [[the Government had ''played its part, but the "
            "credit belongs to the two sides.'']]",
            "mixed",
            ANCRUM,
            "person",
            "Mr. [[Ancrum]] told the Commons",
            "Mr. Ancrum [[told]] the Commons",
        ),
        Q(
            "who said [[it had come ''at least six weeks too late'' for the families of the "
            "strikers]]",
            "mixed",
            FARRANT,
            "person",
            "Mr. [[Colin Farrant]], who said",
            "Colin Farrant, who [[said]] it had",
        ),
        Q(
            "committee, said [[the committee had handed out more than 9,000 food parcels since "
            "September]]",
            "indirect",
            SLADE,
            "person",
            "Mrs. [[Winifred Slade]], secretary",
            "support committee, [[said]] the committee",
        ),
        Q(
            "``There were weeks when we had nothing to give but tea and sympathy, and some weeks "
            "not much tea,''",
            "direct",
            SLADE,
            "person",
            "said Mrs. [[Slade]], whose husband",
            "much tea,'' [[said]] Mrs.",
        ),
        Q(
            "``I am proud of every woman on that committee.''",
            "direct",
            SLADE,
            "person",
            "said Mrs. [[Slade]], whose husband",
            "much tea,'' [[said]] Mrs.",
        ),
        Q(
            "give his name, said [[the men had been ''sold short'' by the union's national "
            "officials]]",
            "mixed",
            WELDER,
            "anonymous",
            "[[One welder]], who would not",
            "give his name, [[said]] the men",
        ),
        Q(
            "''Four pounds twenty,''",
            "direct",
            WELDER,
            "anonymous",
            "twenty,'' [[he]] said",
            "twenty,'' he [[said]]",
        ),
        Q(
            "''After eleven weeks? My lad spent more than that on Christmas presents.''",
            "direct",
            WELDER,
            "anonymous",
            "twenty,'' [[he]] said",
            "twenty,'' he [[said]]",
        ),
        Q(
            "apprentice plater, said [[he was simply glad to be going back]]",
            "indirect",
            RUDGE,
            "person",
            "Mr. [[Tom Rudge]], an apprentice",
            "apprentice plater, [[said]] he was",
        ),
        Q(
            "''My girl and I are getting married in April,''",
            "direct",
            RUDGE,
            "person",
            "April,'' [[the 19-year-old]] said",
            "the 19-year-old [[said]]",
        ),
        Q(
            "''and I'd like to have a job to come back to after the honeymoon.''",
            "direct",
            RUDGE,
            "person",
            "April,'' [[the 19-year-old]] said",
            "the 19-year-old [[said]]",
        ),
        Q(
            "this week that [[the yard's order book was ''thinner than at any time since the "
            "Depression'']]",
            "mixed",
            QUARRIE,
            "person",
            "Mrs. [[Dorothy Quarrie]], said",
            "Dorothy Quarrie, [[said]] in a letter",
        ),
        Q(
            "district office, [[about 140 men found other work during the strike and are not "
            "expected to return to the yard]]",
            "indirect",
            BOILERMAKERS,
            "organisation",
            "According to [[the Boilermakers' Society's district office]]",
            "[[According to]] the Boilermakers'",
        ),
        Q(
            "The company said [[the ship would now be delivered to her Norwegian owners ''about "
            "four months late.'']]",
            "mixed",
            CSC,
            "organisation",
            "[[The company]] said the ship",
            "The company [[said]] the ship",
        ),
    ],
    "business_09": [
        Q(
            (
                "[[Brightwater Foods has agreed to buy",
                "own-label snacks]], the company said on Thursday",
            ),
            "indirect",
            BRIGHTWATER,
            "organisation",
            "snacks, [[the company]] said on Thursday",
            "the company [[said]] on Thursday",
        ),
        Q(
            "“We are not selling the family silver. We are buying a bigger table.”",
            "direct",
            MARCHETTI,
            "person",
            "chief executive, [[Olivia Marchetti]], described",
            "Olivia Marchetti, [[described]] the deal",
        ),
        Q(
            "The company said [[it would pay a final dividend of 8.4p a share, taking the total "
            "for the year to 12.1p]]",
            "indirect",
            BRIGHTWATER,
            "organisation",
            "[[The company]] said it would pay",
            "The company [[said]] it would pay",
        ),
        Q(
            "board said [[it intended to recommend the offer unanimously]]",
            "indirect",
            KR_BOARD,
            "organisation",
            "[[Kellan & Rowe’s board]] said",
            "Rowe’s board [[said]] it intended",
        ),
        Q(
            (
                "Marchetti said [[the combined business would save",
                "duplicated head-office functions.”]]",
            ),
            "mixed",
            MARCHETTI,
            "person",
            "[[Marchetti]] said the combined",
            "Marchetti [[said]] the combined",
        ),
        Q(
            "“There will be some overlap, and I’m not going to insult anyone by pretending "
            "otherwise. But the bigger story here is growth.”",
            "direct",
            MARCHETTI,
            "person",
            "for jobs, [[she]] said:",
            "for jobs, she [[said]]:",
        ),
        Q(
            "She said [[the company expected to keep all six of Kellan & Rowe’s factories open "
            "“for the foreseeable future.”]]",
            "mixed",
            MARCHETTI,
            "person",
            "[[She]] said the company expected",
            "She [[said]] the company expected",
        ),
        Q(
            "Hollis Brandt, said [[the price was “full but defensible” and that Brightwater had "
            "“finally found a use for its balance sheet.”]]",
            "mixed",
            QUAYLE,
            "person",
            "[[Fraser Quayle]], an analyst",
            "Hollis Brandt, [[said]] the price",
        ),
        Q(
            "“They’ve been sitting on cash for three years while the share price went sideways,”",
            "direct",
            QUAYLE,
            "person",
            "sideways,” [[Quayle]] said",
            "sideways,” Quayle [[said]]",
        ),
        Q(
            "“Shareholders were getting restless.”",
            "direct",
            QUAYLE,
            "person",
            "sideways,” [[Quayle]] said",
            "sideways,” Quayle [[said]]",
        ),
        Q(
            (
                "note to clients that [[biscuit volumes had fallen",
                "“losing shelf space to cheaper rivals.”]]",
            ),
            "mixed",
            JOSHI,
            "person",
            "[[Meera Joshi]] of Castlegate",
            "cautious, [[warning]] in a note",
        ),
        Q(
            "According to Joshi, [[the deal would only start adding to Brightwater’s earnings per "
            "share in its second full year]]",
            "indirect",
            JOSHI,
            "person",
            "According to [[Joshi]],",
            "[[According to]] Joshi",
        ),
        Q(
            "Brightwater, said [[it supported the acquisition]]",
            "indirect",
            HENGTAI,
            "organisation",
            "[[Hengtai Capital]], the Hong Kong",
            "of Brightwater, [[said]] it supported",
        ),
        Q(
            "brief statement that [[the deal was “strategically sound and fairly priced.”]]",
            "mixed",
            LIN,
            "person",
            "chairman, [[Lin Haoran]] (",
            "(林浩然), [[said]] in a brief",
        ),
        Q(
            "3,400 staff, said [[it would seek “cast-iron guarantees” on jobs and pensions before "
            "the deal was completed]]",
            "mixed",
            FPWU,
            "organisation",
            "The [[Food and Packaging Workers’ Union]], which",
            "3,400 staff, [[said]] it would seek",
        ),
        Q(
            (
                "Walsh, said [[members at the company’s Dunlow",
                "not from their own managers.”]]",
            ),
            "mixed",
            WALSH,
            "person",
            "national officer, [[Kieran Walsh]], said",
            "Kieran Walsh, [[said]] members",
        ),
        Q(
            "“Olivia Marchetti says growth. Our members have heard that word before, usually about "
            "six months before a factory closes,”",
            "direct",
            WALSH,
            "person",
            "closes,” [[Walsh]] said",
            "closes,” Walsh [[said]]",
        ),
        Q(
            (
                "Brightwater said [[it had “a strong track record",
                "“at the earliest appropriate opportunity.”]]",
            ),
            "mixed",
            BRIGHTWATER,
            "organisation",
            "statement, [[Brightwater]] said it had",
            "statement, Brightwater [[said]] it had",
        ),
        Q(
            "said last year that [[the market for own-label snacks was already highly "
            "concentrated]]",
            "indirect",
            CRO,
            "organisation",
            "The [[Competition Review Office]], which cleared",
            "in 2019, [[said]] last year",
        ),
        Q(
            "“If you make biscuits in this country and you are not thinking about scale, you are "
            "thinking about retirement.”",
            "direct",
            QUAYLE,
            "person",
            "— [[Fraser Quayle]], Hollis Brandt",
            None,
        ),
        Q(
            "Marchetti said [[she expected the deal to complete in the first quarter of next year, "
            "subject to approval by shareholders and regulators]]",
            "indirect",
            MARCHETTI,
            "person",
            "[[Marchetti]] said she expected",
            "Marchetti [[said]] she expected",
        ),
        Q(
            "“Let’s not get ahead of ourselves,”",
            "direct",
            MARCHETTI,
            "person",
            "ourselves,” [[she]] said",
            "ourselves,” she [[said]]",
        ),
    ],
}

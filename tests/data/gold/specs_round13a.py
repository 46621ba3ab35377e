# The specifications below quote the articles verbatim, typographic marks included.
"""Gold specifications for transport_13, court_13, wire_13, archive_13 and science_13
(round 13, first writer, written blind), merged into build_gold.py's dictionaries by its main()."""

from __future__ import annotations

from build_gold import Q

# transport_13
MARSH = "Declan Marsh"
GREYLINE = "Greyline Rail"
TATE = "Imogen Tate"
OKAFOR = "Ruth Okafor"
PRIYA = "Priya"
LYLE = "Gareth Lyle"
FERRIS = "Tom Ferris"
RSWU = "Rail and Signal Workers' Union"
UNION_OFFICIAL = "a senior union official who asked not to be named"
RUC = "Rail Users Corvale"

HELDOUT: dict[str, list[Q]] = {}

ARTICLES: dict[str, list[Q]] = {
    "transport_13": [
        Q(
            "“Nobody takes this step lightly,”",
            "direct",
            MARSH,
            "person",
            "said [[Declan Marsh]], general",
            "lightly,” [[said]] Declan",
        ),
        Q(
            "“But our members have waited two years for an offer that keeps pace with their rent.”",
            "direct",
            MARSH,
            "person",
            "said [[Declan Marsh]], general",
            "lightly,” [[said]] Declan",
        ),
        Q(
            "station that [[the union had been offered a 3.1 percent rise tied to the loss of 240 "
            "guard posts]]",
            "indirect",
            MARSH,
            "person",
            "[[Marsh]] told reporters outside",
            "Marsh [[told]] reporters outside",
        ),
        Q(
            "He called [[the offer “a pay cut dressed up as a pay rise.”]]",
            "mixed",
            MARSH,
            "person",
            "[[He]] called the offer",
            "He [[called]] the offer",
        ),
        Q(
            (
                "in a statement that [[it had made “a fair and final offer”",
                "about £9m a day]]",
            ),
            "mixed",
            GREYLINE,
            "organisation",
            "The operator, [[Greyline Rail]], said",
            "Greyline Rail, [[said]] in a statement",
        ),
        Q(
            "blunt: [[“The union has walked away from a deal that most of its own members would "
            "have accepted.”]]",
            "direct",
            TATE,
            "person",
            "spokeswoman, [[Imogen Tate]], was blunt",
            "Imogen Tate, [[was blunt]]:",
        ),
        Q(
            "Tate argued that [[driver-only trains were already safe on two thirds of the "
            "network]]",
            "indirect",
            TATE,
            "person",
            "[[Tate]] argued that",
            "Tate [[argued]] that",
        ),
        Q(
            ("She said [[the company would run a reduced timetable", "would be refunded in full]]"),
            "indirect",
            TATE,
            "person",
            "[[She]] said the company would run",
            "She [[said]] the company would run",
        ),
        Q(
            "she said [[the strike was “a failure of everyone involved, and that includes "
            "government.”]]",
            "mixed",
            OKAFOR,
            "person",
            "assembly, [[she]] said the strike",
            "assembly, she [[said]] the strike",
        ),
        Q(
            "which, the minister said, [[would be decided in June]]",
            "indirect",
            OKAFOR,
            "person",
            "which, [[the minister]] said, would",
            "which, the minister [[said]], would",
        ),
        Q(
            "She warned that [[passengers would not forgive another summer of cancellations]]",
            "indirect",
            OKAFOR,
            "person",
            "[[She]] warned that passengers",
            "She [[warned]] that passengers",
        ),
        Q(
            "“I am not going to write a blank cheque. I am going to sit in a room with both of "
            "them until they find an answer,”",
            "direct",
            OKAFOR,
            "person",
            "answer,” [[Okafor]] said",
            "answer,” Okafor [[said]]",
        ),
        Q(
            "only as Priya, said [[she had left home an hour early and would still be late for "
            "her shift]]",
            "indirect",
            PRIYA,
            "person",
            "name only as [[Priya]], said",
            "only as Priya, [[said]] she had left",
        ),
        Q(
            "“I support the drivers, honestly I do. I just wish they would support me getting to "
            "work,”",
            "direct",
            PRIYA,
            "person",
            "to work,” [[she]] said",
            "to work,” she [[said]]",
        ),
        Q(
            (
                "He said [[he had paid £4,200 for an annual season ticket",
                "to strikes since September]]",
            ),
            "indirect",
            LYLE,
            "person",
            "[[He]] said he had paid",
            "He [[said]] he had paid",
        ),
        Q(
            "“Eleven days. Nobody is refunding those,”",
            "direct",
            LYLE,
            "person",
            "those,” [[Lyle]] said",
            "those,” Lyle [[said]]",
        ),
        Q(
            "Ferris said [[he had some sympathy for the guards]]",
            "indirect",
            FERRIS,
            "person",
            "colleague [[Tom Ferris]] said",
            "Tom Ferris [[said]] he had",
        ),
        Q(
            "asking [[why a company that paid its directors bonuses last year could not afford "
            "them]]",
            "indirect",
            FERRIS,
            "person",
            "colleague [[Tom Ferris]] said",
            "guards, [[asking]] why",
        ),
        Q(
            "in advance, said [[the union was ready to talk “tonight, tomorrow, any time.”]]",
            "mixed",
            MARSH,
            "person",
            "Mr [[Marsh]], a former signalman",
            "in advance, [[said]] the union",
        ),
        Q(
            "“If Greyline wants these trains running, it knows where to find us,”",
            "direct",
            MARSH,
            "person",
            "find us,” [[he]] said",
            "find us,” he [[said]]",
        ),
        Q(
            ("“We have never been the ones who left the room.", "the meeting on Friday.”"),
            "direct",
            MARSH,
            "person",
            "find us,” [[he]] said",
            "find us,” he [[said]]",
        ),
        Q(
            "company, [[the Friday meeting was postponed at the union’s request]]",
            "indirect",
            GREYLINE,
            "organisation",
            "According to [[the company]], the Friday",
            "[[According to]] the company",
        ),
        Q(
            (
                "Courier that [[the guards’ role would not disappear but change",
                "ticket checks and passenger help]]",
            ),
            "indirect",
            TATE,
            "person",
            "Ms [[Tate]] told the Corvale",
            "Ms Tate [[told]] the Corvale",
        ),
        Q(
            "“We are not sacking a single guard. Every one of them keeps a job, and most keep "
            "their grade,”",
            "direct",
            TATE,
            "person",
            "their grade,” [[she]] said",
            "their grade,” she [[said]]",
        ),
        Q(
            "confidential, said [[the two sides had been “within half a percent” of a deal before "
            "the guard question was raised again]]",
            "mixed",
            UNION_OFFICIAL,
            "anonymous",
            "[[A senior union official]], who asked",
            "were confidential, [[said]] the two sides",
        ),
        Q(
            "Corvale said [[the dispute showed that the franchise had been badly designed]]",
            "indirect",
            RUC,
            "organisation",
            "passenger group [[Rail Users Corvale]] said",
            "Rail Users Corvale [[said]] the dispute",
        ),
        Q(
            "saying [[nobody in it had any reason to compromise]]",
            "indirect",
            RUC,
            "organisation",
            "passenger group [[Rail Users Corvale]] said",
            "designed, [[saying]] nobody",
        ),
        Q(
            "The union said [[a further strike, planned for the first week of May, would go ahead "
            "unless a new offer was made]]",
            "indirect",
            RSWU,
            "organisation",
            "[[The union]] said a further",
            "The union [[said]] a further",
        ),
    ],
}

# court_13
COA = "Court of Appeal"
SEFTON = "Amara Sefton"
ACHEBE = "Miriam Achebe"
HALLAM = "Peter Hallam"
REES = "Ifan Rees"
PRYCE = "Jonathan Pryce"
CPS = "Crown Prosecution Service"
DENISE = "Denise Whitmore"
LEANNE = "Leanne Whitmore"
COUSIN = "a cousin who asked not to be named"
DOYLE = "Hassan Doyle"

ARTICLES |= {
    "court_13": [
        Q(
            "prison, saying [[the jury at his trial had been misled about mobile phone evidence]]",
            "indirect",
            COA,
            "organisation",
            "The [[Court of Appeal]] on Friday",
            "in prison, [[saying]] the jury",
        ),
        Q(
            "judgment, said [[the conviction was “unsafe, and unsafe in a way that should have "
            "been obvious at the time.”]]",
            "mixed",
            SEFTON,
            "person",
            "Lady Justice [[Amara Sefton]], giving",
            "lead judgment, [[said]] the conviction",
        ),
        Q(
            "“The jury were told that the phone placed Mr Whitmore at the scene,”",
            "direct",
            SEFTON,
            "person",
            "the scene,” [[she]] said",
            "the scene,” she [[said]]",
        ),
        Q(
            "“It did nothing of the kind.”",
            "direct",
            SEFTON,
            "person",
            "the scene,” [[she]] said",
            "the scene,” she [[said]]",
        ),
        Q(
            (
                "Achebe KC, that [[the prosecution’s expert had described",
                "when the blow was struck]]",
            ),
            "indirect",
            ACHEBE,
            "person",
            "barrister, [[Miriam Achebe]] KC, that",
            "The court [[heard]] from his barrister",
        ),
        Q(
            (
                "Ms Achebe told the court that [[the mast served an area",
                "where her client said he was asleep]]",
            ),
            "indirect",
            ACHEBE,
            "person",
            "Ms [[Achebe]] told the court",
            "Ms Achebe [[told]] the court",
        ),
        Q(
            "“Four square miles,”",
            "direct",
            ACHEBE,
            "person",
            "square miles,” [[she]] said",
            "square miles,” she [[said]]",
        ),
        Q(
            "“You could fit half of Easthaven inside that circle.”",
            "direct",
            ACHEBE,
            "person",
            "square miles,” [[she]] said",
            "square miles,” she [[said]]",
        ),
        Q(
            (
                "The barrister argued that [[the defence had asked for the raw data",
                "to connect the phone to the car park]]",
            ),
            "indirect",
            ACHEBE,
            "person",
            "[[The barrister]] argued that",
            "The barrister [[argued]] that",
        ),
        Q(
            "Hallam said [[he had “real concern” about how the evidence was put]]",
            "mixed",
            HALLAM,
            "person",
            "Lord Justice [[Peter Hallam]] said",
            "Peter Hallam [[said]] he had",
        ),
        Q(
            "added that [[the trial judge’s summing up had repeated the expert’s mistake “almost "
            "word for word.”]]",
            "mixed",
            HALLAM,
            "person",
            "Lord Justice [[Peter Hallam]] said",
            "was put, and [[added]] that",
        ),
        Q(
            (
                "He said [[the failure to disclose the raw data was “the heart of this case”",
                "four years to bring it to light]]",
            ),
            "mixed",
            REES,
            "person",
            "judgment. [[He]] said the failure",
            "judgment. He [[said]] the failure",
        ),
        Q(
            "further: [[“A conviction that rests on a misunderstanding is not made safe by the "
            "length of time it has stood.”]]",
            "direct",
            REES,
            "person",
            "[[He]] went further",
            "He [[went further]]",
        ),
        Q(
            "Sefton said [[the court would not order a retrial]]",
            "indirect",
            SEFTON,
            "person",
            "Lady Justice [[Sefton]] said the court would not",
            "Lady Justice Sefton [[said]] the court would not",
        ),
        Q(
            ("She noted that [[two of the three eyewitnesses", "could no longer be traced]]"),
            "indirect",
            SEFTON,
            "person",
            "[[She]] noted that",
            "She [[noted]] that",
        ),
        Q(
            "KC had argued that [[the phone evidence was only one strand of a strong case]]",
            "indirect",
            PRYCE,
            "person",
            "the Crown, [[Jonathan Pryce]] KC",
            "Pryce KC had [[argued]] that",
        ),
        Q(
            "He told the judges that [[Whitmore had been seen arguing with Riddick inside the bar "
            "less than an hour before the fight]]",
            "indirect",
            PRYCE,
            "person",
            "[[He]] told the judges",
            "He [[told]] the judges",
        ),
        Q(
            "“An argument in a bar is not a killing,”",
            "direct",
            SEFTON,
            "person",
            "killing,” Lady Justice [[Sefton]] replied",
            "Lady Justice Sefton [[replied]]",
        ),
        Q(
            "in a statement that [[it respected the decision and would review how expert evidence "
            "on cell sites was presented in other cases]]",
            "indirect",
            CPS,
            "organisation",
            "The [[Crown Prosecution Service]] said",
            "Prosecution Service [[said]] in a statement",
        ),
        Q(
            "“Callum has missed his daughter’s first day at school, his grandfather’s funeral and "
            "four Christmases,”",
            "direct",
            DENISE,
            "person",
            "Christmases,” [[she]] said",
            "Christmases,” she [[said]]",
        ),
        Q(
            ("“We always knew he was in bed that night.", "We will be angry tomorrow.”"),
            "direct",
            DENISE,
            "person",
            "Christmases,” [[she]] said",
            "Christmases,” she [[said]]",
        ),
        Q(
            "Whitmore, said [[the family would seek compensation]]",
            "indirect",
            LEANNE,
            "person",
            "His sister, [[Leanne Whitmore]], said",
            "Leanne Whitmore, [[said]] the family",
        ),
        Q(
            "She told reporters that [[her brother had been offered a place on a college course "
            "while in prison and wanted to finish it]]",
            "indirect",
            LEANNE,
            "person",
            "[[She]] told reporters that her brother",
            "She [[told]] reporters that her brother",
        ),
        Q(
            "Achebe, [[Whitmore will be released from HMP Coldbrook later on Friday]]",
            "indirect",
            ACHEBE,
            "person",
            "According to Ms [[Achebe]], Whitmore",
            "[[According to]] Ms Achebe",
        ),
        Q(
            (
                "named, said [[the family had been told of the ruling",
                "“devastated that nobody will now answer for Owen.”]]",
            ),
            "mixed",
            COUSIN,
            "anonymous",
            "[[A cousin]], who asked",
            "not to be named, [[said]] the family",
        ),
        Q(
            "said that [[at least nine other convictions his group was examining relied on "
            "similar mast evidence]]",
            "indirect",
            DOYLE,
            "person",
            "[[Hassan Doyle]], director",
            "Second Look, [[said]] that",
        ),
        Q(
            "“This is not one bad expert,”",
            "direct",
            DOYLE,
            "person",
            "expert,” [[Doyle]] said",
            "expert,” Doyle [[said]]",
        ),
        Q(
            "He said [[the court could not give Mr Whitmore back his four years, “but it can at "
            "least tell him, plainly, that he should not have lost them.”]]",
            "mixed",
            HALLAM,
            "person",
            "gallery. [[He]] said the court",
            "gallery. He [[said]] the court",
        ),
    ],
}

# wire_13
WANYOIKE = "Joseph Wanyoike"
OSMAN = "Halima Osman-Jatta"
KATO = "Samuel Kato-Ebong"
KESARA_MFA = "Kesara's foreign ministry"
TAMBURAN_OFFICIAL = (
    "a Tamburan official who was in the room but was not authorised to speak to the media"
)
UNHCR = "the United Nations refugee agency"
DIPLOMATS = "Diplomats from two Western embassies"
ONE_DIPLOMAT = "one of the diplomats from two Western embassies"
EKIRU = "Paul Ekiru"

ARTICLES |= {
    "wire_13": [
        Q(
            '"We came here to stop the bleeding, and today we have stopped some of it,"',
            "direct",
            WANYOIKE,
            "person",
            "Foreign Minister [[Joseph Wanyoike]] told",
            "Joseph Wanyoike [[told]] reporters",
        ),
        Q(
            (
                "Wanyoike said [[the crossings at Loruk, Amaya and Kibo Pass",
                "by the end of the month]]",
            ),
            "indirect",
            WANYOIKE,
            "person",
            "[[Wanyoike]] said the crossings",
            "Wanyoike [[said]] the crossings",
        ),
        Q(
            'She said [[her government would judge the deal "by what happens on the ground, not '
            'by what is signed in a hotel."]]',
            "mixed",
            OSMAN,
            "person",
            "[[She]] said her government",
            "She [[said]] her government",
        ),
        Q(
            '"Paper is cheap. Our herders have heard promises before,"',
            "direct",
            OSMAN,
            "person",
            'before," [[Osman-Jatta]] said',
            'before," Osman-Jatta [[said]]',
        ),
        Q(
            "East Wire that [[both sides had accepted a joint monitoring team of 60 observers]]",
            "indirect",
            KATO,
            "person",
            "vice president [[Samuel Kato-Ebong]], who told",
            "Kato-Ebong, who [[told]] East Wire",
        ),
        Q(
            '"Nobody got everything they wanted,"',
            "direct",
            KATO,
            "person",
            'wanted," [[Kato-Ebong]] said',
            'wanted," Kato-Ebong [[said]]',
        ),
        Q(
            '"That is usually how you know a deal is real."',
            "direct",
            KATO,
            "person",
            'wanted," [[Kato-Ebong]] said',
            'wanted," Kato-Ebong [[said]]',
        ),
        Q(
            "The envoy said [[the grazing question would be taken up at a second round in Kampala "
            "in May]]",
            "indirect",
            KATO,
            "person",
            "[[The envoy]] said the grazing",
            "The envoy [[said]] the grazing",
        ),
        Q(
            ("warned that [[the rains, which, he said,", "whatever the ministers agreed]]"),
            "indirect",
            KATO,
            "person",
            "[[The envoy]] said the grazing",
            "in May, and [[warned]] that the rains",
        ),
        Q(
            (
                'in a statement that [[the agreement was "a first and necessary step"',
                "from the crossings within ten days]]",
            ),
            "mixed",
            KESARA_MFA,
            "organisation",
            "[[Its foreign ministry]] said",
            "Its foreign ministry [[said]] in a statement",
        ),
        Q(
            (
                "to the media said [[Osman-Jatta had threatened to leave the talks twice",
                "a paragraph on historic rights]]",
            ),
            "indirect",
            TAMBURAN_OFFICIAL,
            "anonymous",
            "[[A Tamburan official]] who was in the room",
            "to the media [[said]] Osman-Jatta",
        ),
        Q(
            '"She had her bag packed,"',
            "direct",
            TAMBURAN_OFFICIAL,
            "anonymous",
            'packed," [[the official]] said',
            'packed," the official [[said]]',
        ),
        Q(
            '"The envoy talked her back in."',
            "direct",
            TAMBURAN_OFFICIAL,
            "anonymous",
            'packed," [[the official]] said',
            'packed," the official [[said]]',
        ),
        Q(
            'said only that [[she had "stayed because staying was the right thing to do."]]',
            "mixed",
            OSMAN,
            "person",
            "account, [[Osman-Jatta]] said only",
            "Osman-Jatta [[said]] only that",
        ),
        Q(
            "refugee agency, [[about 18,000 people have fled the border districts since January, "
            "most of them into Tamburu]]",
            "indirect",
            UNHCR,
            "organisation",
            "According to [[the United Nations refugee agency]]",
            "[[According to]] the United Nations",
        ),
        Q(
            '"Those claims are false. We have offered an independent inquiry, and the offer '
            'stands,"',
            "direct",
            WANYOIKE,
            "person",
            'stands," [[he]] said',
            'stands," he [[said]]',
        ),
        Q(
            "He said [[Kesara would pay for the inquiry but would not accept foreign judges]]",
            "indirect",
            WANYOIKE,
            "person",
            "[[He]] said Kesara would pay",
            "He [[said]] Kesara would pay",
        ),
        Q(
            "arguing that [[the country's own courts were able to do the job]]",
            "indirect",
            WANYOIKE,
            "person",
            "[[He]] said Kesara would pay",
            "judges, [[arguing]] that",
        ),
        Q(
            'conference that [[an inquiry run by Kesara "would be Kesara marking its own '
            'homework,"]]',
            "mixed",
            OSMAN,
            "person",
            "[[She]] told a separate",
            "She [[told]] a separate",
        ),
        Q(
            '"We are not asking for favours. We are asking for the truth,"',
            "direct",
            OSMAN,
            "person",
            'truth," [[she]] said',
            'truth," she [[said]]',
        ),
        Q(
            "privately that [[the reopening of the crossings was the most that could have been "
            "hoped for this week]]",
            "indirect",
            DIPLOMATS,
            "anonymous",
            "[[Diplomats from two Western embassies]] said",
            "Western embassies [[said]] privately",
        ),
        Q(
            'described [[the mood in the room as "cold but businesslike."]]',
            "mixed",
            ONE_DIPLOMAT,
            "anonymous",
            "[[One of them]] described",
            "One of them [[described]]",
        ),
        Q(
            "by phone that [[about 200 trucks had been parked on his lot since January]]",
            "indirect",
            EKIRU,
            "person",
            "[[Paul Ekiru]], who runs",
            "Kesaran side, [[said]] by phone",
        ),
        Q(
            '"We will believe it when the gate opens,"',
            "direct",
            EKIRU,
            "person",
            'opens," [[Ekiru]] said',
            'opens," Ekiru [[said]]',
        ),
        Q(
            'Kato-Ebong said [[he was "cautiously hopeful" about May]]',
            "mixed",
            KATO,
            "person",
            '[[Kato-Ebong]] said he was "cautiously',
            'Kato-Ebong [[said]] he was "cautiously',
        ),
        Q(
            '"If they can agree on the crossings, they can agree on the grass,"',
            "direct",
            KATO,
            "person",
            'the grass," [[he]] said',
            'the grass," he [[said]]',
        ),
        Q(
            'reporters: [["What else would you have them do?"]]',
            "direct",
            KATO,
            "person",
            'the grass," [[he]] said',
            "he said, [[asking]] reporters",
        ),
    ],
}

# archive_13
OPPONENTS = "its opponents"
MARLOWE = "Frederick Marlowe"
RAWCLIFFE = "Edith Rawcliffe"
ASHWORTH = "Norman Ashworth"
PENNOCK = "George Pennock"
BRIGGS = "Walter Briggs"
FENWICK = "Ada Fenwick"
HAWORTH = "L. T. Haworth"
CHAMBER = "Ashbridge Chamber of Trade"
QUINLAN = "Herbert Quinlan"

ARTICLES |= {
    "archive_13": [
        Q(
            "opponents said that [[many of the families affected had not yet been told where "
            "they would be rehoused]]",
            "indirect",
            OPPONENTS,
            "anonymous",
            "and [[its opponents]] said",
            "its opponents [[said]] that",
        ),
        Q(
            "''This town is choking on its own traffic,''",
            "direct",
            MARLOWE,
            "person",
            "traffic,'' [[he]] said",
            "traffic,'' he [[said]]",
        ),
        Q(
            ("''Every lorry from the north comes down Bridge Street", "known it for ten years.''"),
            "direct",
            MARLOWE,
            "person",
            "traffic,'' [[he]] said",
            "traffic,'' he [[said]]",
        ),
        Q(
            "told members that [[the Ministry of Transport had promised to meet three-quarters of "
            "the cost, but only if work began before the end of 1965]]",
            "indirect",
            MARLOWE,
            "person",
            "Ald. [[Marlowe]] told members",
            "Ald. Marlowe [[told]] members",
        ),
        Q(
            "He warned that [[the grant ''will not be offered twice.'']]",
            "mixed",
            MARLOWE,
            "person",
            "[[He]] warned that the grant",
            "He [[warned]] that the grant",
        ),
        Q(
            "Tanyard ward, said [[the highways committee had ''drawn a line on a map and called "
            "it progress.'']]",
            "mixed",
            RAWCLIFFE,
            "person",
            "Coun. Mrs. [[Edith Rawcliffe]], who",
            "Tanyard ward, [[said]] the highways",
        ),
        Q(
            "``I have been into these houses,''",
            "direct",
            RAWCLIFFE,
            "person",
            "houses,'' [[she]] told",
            "houses,'' she [[told]]",
        ),
        Q(
            (
                "``Some of them are damp and some of them are old",
                "I do not believe anybody knows.''",
            ),
            "direct",
            RAWCLIFFE,
            "person",
            "houses,'' [[she]] told",
            "houses,'' she [[told]]",
        ),
        Q(
            "Rawcliffe said that [[of the 640 houses, fewer than half had been condemned as unfit "
            "by the Medical Officer of Health]]",
            "indirect",
            RAWCLIFFE,
            "person",
            "Coun. [[Rawcliffe]] said that of",
            "Coun. Rawcliffe [[said]] that of",
        ),
        Q(
            (
                "replied that [[the housing committee had set aside 420 new council dwellings",
                "would be ready by the spring of 1966]]",
            ),
            "indirect",
            ASHWORTH,
            "person",
            "Mr. [[Norman Ashworth]], replied",
            "Norman Ashworth, [[replied]] that",
        ),
        Q(
            "He described [[the Hollins Park figures as ''a promise written in pencil.'']]",
            "mixed",
            PENNOCK,
            "person",
            "[[He]] described the Hollins",
            "He [[described]] the Hollins",
        ),
        Q(
            "``I sat on that committee for eleven years,''",
            "direct",
            PENNOCK,
            "person",
            "said Ald. [[Pennock]]. ``I never",
            "eleven years,'' [[said]] Ald.",
        ),
        Q(
            "``I never once saw a building finished on the date we were given.''",
            "direct",
            PENNOCK,
            "person",
            "said Ald. [[Pennock]]. ``I never",
            "eleven years,'' [[said]] Ald.",
        ),
        Q(
            "suggested that [[his colleague was ''more interested in the next election than the "
            "next generation.'']]",
            "mixed",
            MARLOWE,
            "person",
            "when [[the latter]] suggested",
            "the latter [[suggested]] that",
        ),
        Q(
            "demanded that [[the remark be withdrawn]]",
            "indirect",
            PENNOCK,
            "person",
            "Ald. [[Pennock]] demanded",
            "Ald. Pennock [[demanded]] that",
        ),
        Q(
            "the Council, said [[he supported the road]]",
            "indirect",
            BRIGGS,
            "person",
            "Coun. [[Walter Briggs]], the youngest",
            "the Council, [[said]] he supported",
        ),
        Q(
            "asked whether [[the Council could not at least delay demolition in Canal Street "
            "until the new houses were ready]]",
            "indirect",
            BRIGGS,
            "person",
            "Coun. [[Walter Briggs]], the youngest",
            "the road but [[asked]] whether",
        ),
        Q(
            "He said [[the people of Canal Street had ''waited long enough for decent homes; they "
            "should not have to wait in the street for them.'']]",
            "mixed",
            BRIGGS,
            "person",
            "[[He]] said the people of Canal",
            "He [[said]] the people of Canal",
        ),
        Q(
            "Marlowe said that [[a delay of that kind would lose the grant]]",
            "indirect",
            MARLOWE,
            "person",
            "Ald. [[Marlowe]] said that a delay",
            "Ald. Marlowe [[said]] that a delay",
        ),
        Q(
            "afterwards that [[the residents would ''fight it in every way the law allows.'']]",
            "mixed",
            FENWICK,
            "person",
            "Mrs. [[Fenwick]], a widow",
            "forty-one years, [[told]] reporters",
        ),
        Q(
            "``They call it Rat Row, the people on the Council,''",
            "direct",
            FENWICK,
            "person",
            "Council,'' [[she]] said",
            "Council,'' she [[said]]",
        ),
        Q(
            "``They should come and see how clean we keep our steps.''",
            "direct",
            FENWICK,
            "person",
            "Council,'' [[she]] said",
            "Council,'' she [[said]]",
        ),
        Q(
            "Haworth, [[traffic on Bridge Street has increased by 60 per cent since 1958]]",
            "indirect",
            HAWORTH,
            "person",
            "Mr. [[L. T. Haworth]], traffic",
            "[[According to]] the Borough Engineer",
        ),
        Q(
            "Clerk, said that [[the road was ''essential to the commercial future of the town'']]",
            "mixed",
            CHAMBER,
            "organisation",
            "The [[Ashbridge Chamber of Trade]], in a letter",
            "Town Clerk, [[said]] that the road",
        ),
        Q(
            "tie, said [[he did so ''with a heavy heart, but with a clear conscience.'']]",
            "mixed",
            QUINLAN,
            "person",
            "[[The Mayor]], who by custom",
            "break a tie, [[said]] he did so",
        ),
        Q(
            "``I would rather have had the Council decide it for me,''",
            "direct",
            QUINLAN,
            "person",
            "Ald. [[Quinlan]] said afterwards",
            "Ald. Quinlan [[said]] afterwards",
        ),
        Q(
            "``But that is what the chair is for.''",
            "direct",
            QUINLAN,
            "person",
            "Ald. [[Quinlan]] said afterwards",
            "Ald. Quinlan [[said]] afterwards",
        ),
    ],
}

# science_13
HALVORSRUD = "Sunniva Halvorsrud"
PAPER = "the paper"
BAPTISTA = "Ines Baptista"
OSEI = "Kwame Osei-Bonsu"
ESEA = "European Space Exploration Agency"

ARTICLES |= {
    "science_13": [
        Q(
            "“We were looking at the screen at three in the morning and the curve just kept going "
            "up,”",
            "direct",
            HALVORSRUD,
            "person",
            "said Dr [[Sunniva Halvorsrud]], an",
            "going up,” [[said]] Dr",
        ),
        Q(
            "“For a moment we thought the telescope had broken.”",
            "direct",
            HALVORSRUD,
            "person",
            "said Dr [[Sunniva Halvorsrud]], an",
            "going up,” [[said]] Dr",
        ),
        Q(
            "says [[the planet is about 17 times the mass of Earth and lies some 21,000 light "
            "years away]]",
            "indirect",
            PAPER,
            "organisation",
            "[[The paper]], published in",
            "Galactic Astronomy, [[says]] the planet",
        ),
        Q(
            (
                "Halvorsrud said that [[finding one such planet",
                "quietly drifting between the stars.”]]",
            ),
            "mixed",
            HALVORSRUD,
            "person",
            "[[Halvorsrud]] said that finding",
            "Halvorsrud [[said]] that finding",
        ),
        Q(
            "which, Halvorsrud said, [[had caught the final hour of the event after clouds closed "
            "in over the Andes]]",
            "indirect",
            HALVORSRUD,
            "person",
            "which, [[Halvorsrud]] said, had caught",
            "which, Halvorsrud [[said]], had caught",
        ),
        Q(
            "Astrophysics, said [[the second telescope had been crucial]]",
            "indirect",
            BAPTISTA,
            "person",
            "Dr [[Ines Baptista]] of the Lisbon",
            "of Astrophysics, [[said]] the second",
        ),
        Q(
            "“Without South Africa we would have half a curve and a lot of arguments,”",
            "direct",
            BAPTISTA,
            "person",
            "arguments,” [[she]] said",
            "arguments,” she [[said]]",
        ),
        Q(
            "reporters that [[the shape of the light curve ruled out a faint companion star]]",
            "indirect",
            BAPTISTA,
            "person",
            "[[Baptista]] told reporters",
            "Baptista [[told]] reporters",
        ),
        Q(
            "argued that [[the planet had probably been thrown out of its home system early in its "
            "life by a close encounter with a larger world]]",
            "indirect",
            BAPTISTA,
            "person",
            "[[Baptista]] told reporters",
            "companion star, and [[argued]] that",
        ),
        Q(
            "“Think of it as a game of billiards. The big planets stay on the table. The small "
            "ones get knocked into the dark,”",
            "direct",
            BAPTISTA,
            "person",
            "into the dark,” [[she]] said",
            "into the dark,” she [[said]]",
        ),
        Q(
            "warned that [[a single event could be misread]]",
            "indirect",
            OSEI,
            "person",
            "Professor [[Kwame Osei-Bonsu]], a microlensing",
            "in the work, [[warned]] that",
        ),
        Q(
            "“I like this paper, and I hope they are right,”",
            "direct",
            OSEI,
            "person",
            "they are right,” [[he]] said",
            "they are right,” he [[said]]",
        ),
        Q(
            ("“But one event is one event.", "they have excluded it.”"),
            "direct",
            OSEI,
            "person",
            "they are right,” [[he]] said",
            "they are right,” he [[said]]",
        ),
        Q(
            "He said [[the object should be watched for at least a decade]]",
            "indirect",
            OSEI,
            "person",
            "[[He]] said the object",
            "He [[said]] the object",
        ),
        Q(
            "asking whether [[the team would publish its raw data so that other groups could test "
            "it]]",
            "indirect",
            OSEI,
            "person",
            "[[He]] said the object",
            "a decade, [[asking]] whether",
        ),
        Q(
            "estimate: [[“Seventeen Earth masses, plus or minus a great deal.”]]",
            "direct",
            OSEI,
            "person",
            "[[Osei-Bonsu]] was blunt",
            "Osei-Bonsu [[was blunt]] about",
        ),
        Q(
            "acknowledged that [[the uncertainty on the mass was large]]",
            "indirect",
            HALVORSRUD,
            "person",
            "[[Halvorsrud]], who plans",
            "in June, [[acknowledged]] that",
        ),
        Q(
            "but said [[the team had tested more than 40 alternative models and none fitted as "
            "well]]",
            "indirect",
            HALVORSRUD,
            "person",
            "[[Halvorsrud]], who plans",
            "large, but [[said]] the team",
        ),
        Q(
            "“We have tried very hard to make this planet go away. It will not go away,”",
            "direct",
            HALVORSRUD,
            "person",
            "go away,” [[she]] said",
            "go away,” she [[said]]",
        ),
        Q(
            "the paper, [[the chance that the signal was caused by a star rather than a planet is "
            "less than one in three hundred]]",
            "indirect",
            PAPER,
            "organisation",
            "According to [[the paper]], the chance",
            "[[According to]] the paper",
        ),
        Q(
            (
                "in a statement that [[the discovery was “exactly the kind of result”",
                "after its launch in 2029]]",
            ),
            "mixed",
            ESEA,
            "organisation",
            "The [[European Space Exploration Agency]], which",
            "the survey, [[said]] in a statement",
        ),
        Q(
            "“Hawkwind will see thousands of these events. Today we have seen one,”",
            "direct",
            ESEA,
            "organisation",
            "seen one,” [[the agency]] said",
            "seen one,” the agency [[said]]",
        ),
        Q(
            (
                "Baptista said [[she was less interested in the number",
                "whether Nomad had kept an atmosphere]]",
            ),
            "indirect",
            BAPTISTA,
            "person",
            "[[Baptista]] said she was less",
            "Baptista [[said]] she was less",
        ),
        Q(
            "“Somewhere out there,”",
            "direct",
            BAPTISTA,
            "person",
            "out there,” [[she]] said",
            "out there,” she [[said]]",
        ),
        Q(
            "“there may be oceans that have never seen a sunrise.”",
            "direct",
            BAPTISTA,
            "person",
            "out there,” [[she]] said",
            "out there,” she [[said]]",
        ),
        Q(
            "He said [[it was “a lovely thought and a long way from the data,”]]",
            "mixed",
            OSEI,
            "person",
            "[[He]] said it was “a lovely",
            "He [[said]] it was “a lovely",
        ),
        Q(
            "admitted that [[he would be watching the June release “as closely as anyone.”]]",
            "mixed",
            OSEI,
            "person",
            "[[He]] said it was “a lovely",
            "but [[admitted]] that he would",
        ),
    ],
}

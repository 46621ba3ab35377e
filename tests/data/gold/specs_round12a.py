# The specifications below quote the articles verbatim, typographic marks included.
"""Gold specifications for court_12, wire_12, archive_12, localgov_12 and energy_12.

Round 12, writer a, written blind to the detector; merged into build_gold.py's dictionaries
by its main().
"""

from __future__ import annotations

from build_gold import Q

# court_12
FENWICK = "Anthony Fenwick"
OSEI = "Daniel Osei"
PENHALLOW = "Gary Penhallow"
REDDAWAY = "Callum Reddaway"
ANAND = "Priya Anand"
PROSECUTION = "the prosecution"
MARLOW = "Helen Marlow"
KLRT_SPOKES = "a spokeswoman for the Kestleigh Lifeboat Restoration Trust"

# wire_12
OSLO = "Oslo"
SWEDISH_OFFICIALS = "Swedish officials"
BREKKE = "Halvard Brekke"
SAHLQVIST = "Ingrid Sahlqvist"
COMMUNIQUE = "a draft communique seen by Nordic Wire"
FINLAND_MOD = "Finland's defence ministry"
NOR_OFFICIAL = "a Norwegian official familiar with the negotiations"
WETTERLIND = "Johan Wetterlind"
NJHQ = "Norwegian Joint Headquarters"
SWEDISH_GOVT = "the Swedish government"
NATO_SPOKES = "a spokesman for the alliance"
ANALYSTS = "Analysts"
NORDAL = "Eirik Nordal"

# archive_12
GARSIDE = "Lionel Garside"
OAKROYD = "Walter Oakroyd"
CRABTREE = "Albert Crabtree"
LUMB = "Joseph Lumb"
AINLEY = "Frederick Ainley"
SMRE_REPORT = "a report by the Safety in Mines Research Establishment"
BEDDOWES = "H. R. Beddowes"
P_DINSDALE = "Percy Dinsdale"
WHITLOW = "G. S. Whitlow"
NCB = "National Coal Board"

# localgov_12
PRYCE = "Joanne Pryce"
THRELFALL = "Maggie Threlfall"
SAVE = "Save Ashcombe School"
LOWTHER = "Rebecca Lowther"
COUNCIL = "Wendlebury County Council"
MORGAN = "Siân Morgan"
DIOCESE = "Diocese of Wendlebury"
GRANDMOTHER = "one grandmother who did not want to be named"

# energy_12
HARBOURLINE = "Harbourline Energy"
CASTELLANE = "Fiona Castellane"
OGESA = "Office for Gas and Electricity Standards"
KEELE = "Martin Keele"
FFN = "Fair Fuel Network"
OKORO = "Hannah Okoro-Bright"
MINISTERS = "Ministers"
TREASURY_SPOKES = "a Treasury spokesman"
ADEYINKA = "Tom Adeyinka"
ANON_ANALYST = "another analyst who asked not to be named"
HL_SPOKES = "a Harbourline spokesman"

HELDOUT: dict[str, list[Q]] = {}

ARTICLES: dict[str, list[Q]] = {
    "court_12": [
        Q(
            "told the jury that [[Mr Reddaway had “nursed a grievance” against the owners of "
            "Tamsin Quay Marine since his dismissal in March last year]]",
            "mixed",
            FENWICK,
            "person",
            "[[Anthony Fenwick]] KC told",
            "Fenwick KC [[told]] the jury",
        ),
        Q(
            "“This was not an accident and it was not a prank that got out of hand,”",
            "direct",
            FENWICK,
            "person",
            "out of hand,” Mr [[Fenwick]] said",
            "out of hand,” Mr Fenwick [[said]]",
        ),
        Q(
            ("“It was revenge for a sacking, planned", "the two men upstairs.”"),
            "direct",
            FENWICK,
            "person",
            "out of hand,” Mr [[Fenwick]] said",
            "out of hand,” Mr Fenwick [[said]]",
        ),
        Q(
            ("He said that [[CCTV from a petrol station", "in the boot of the defendant’s car"),
            "indirect",
            FENWICK,
            "person",
            "[[He]] said that CCTV",
            "He [[said]] that CCTV",
        ),
        Q(
            "“At first I thought it was mist coming off the water,”",
            "direct",
            PENHALLOW,
            "person",
            "the witness, [[Gary Penhallow]]",
            "water,” [[said]] the witness",
        ),
        Q(
            "“Then I saw the orange underneath it and I knew. I rang 999 and started banging on "
            "the door, shouting ‘Get out, get out.’”",
            "direct",
            PENHALLOW,
            "person",
            "the witness, [[Gary Penhallow]]",
            "water,” [[said]] the witness",
        ),
        Q(
            "Mr Penhallow said [[he had seen a man walking quickly away along the slipway, “with "
            "his head down and his hands in his pockets,” but could not see his face]]",
            "mixed",
            PENHALLOW,
            "person",
            "Mr [[Penhallow]] said he had seen",
            "Mr Penhallow [[said]] he had seen",
        ),
        Q(
            "asked whether [[the quay had been lit]]",
            "indirect",
            OSEI,
            "person",
            "[[Daniel Osei]] KC, for the defence",
            "defence, [[asked]] whether",
        ),
        Q(
            "“Not well,”",
            "direct",
            PENHALLOW,
            "person",
            "“Not well,” Mr [[Penhallow]] replied",
            "Mr Penhallow [[replied]]",
        ),
        Q(
            "put it to him that [[he could not say whether the man on the slipway was tall or "
            "short, young or old]]",
            "indirect",
            OSEI,
            "person",
            "Mr [[Osei]] put it to him",
            "Mr Osei [[put it to him]]",
        ),
        Q(
            "agreed that [[he could not]]",
            "indirect",
            PENHALLOW,
            "person",
            "[[The witness]] agreed",
            "The witness [[agreed]]",
        ),
        Q(
            "but said [[the man had been “in a hurry, that much I can tell you.”]]",
            "mixed",
            PENHALLOW,
            "person",
            "[[The witness]] agreed",
            "could not, but [[said]] the man",
        ),
        Q(
            "told the jury that [[his client accepted he had been angry about his dismissal and "
            "had said “foolish things” in a pub afterwards]]",
            "mixed",
            OSEI,
            "person",
            "Mr [[Osei]] told the jury",
            "Mr Osei [[told]] the jury",
        ),
        Q(
            ("though: [[“Being angry is not a crime.", "and they cannot.”"),
            "direct",
            OSEI,
            "person",
            "[[He]] was firm",
            "He [[was firm]]",
        ),
        Q(
            "The defence barrister said [[the fuel can had been bought by “someone whose face the "
            "camera never shows,” and that the jacket found in Mr Reddaway’s car was sold by the "
            "thousand in every outdoor shop in the county]]",
            "mixed",
            OSEI,
            "person",
            "[[The defence barrister]] said",
            "The defence barrister [[said]]",
        ),
        Q(
            ("“I did not start the fire at Tamsin Quay.", "burned my own house down.”"),
            "direct",
            REDDAWAY,
            "person",
            "A statement from Mr [[Reddaway]]",
            "A [[statement]] from Mr Reddaway",
        ),
        Q(
            "told the court that [[her client had answered every question put to him by "
            "detectives and had handed over his phone voluntarily]]",
            "indirect",
            ANAND,
            "person",
            "Ms [[Anand]] told the court",
            "Ms Anand [[told]] the court",
        ),
        Q(
            "rising again, said [[the phone’s location data showed it had remained at Mr "
            "Reddaway’s address all night]]",
            "indirect",
            FENWICK,
            "person",
            "Mr [[Fenwick]], rising again",
            "rising again, [[said]] the phone",
        ),
        Q(
            "which, he said, [[proved nothing more than that the defendant had left it there]]",
            "indirect",
            FENWICK,
            "person",
            "which, [[he]] said, proved",
            "which, he [[said]], proved",
        ),
        Q(
            "According to the prosecution, [[the two men upstairs were the yard’s night watchman "
            "and his adult son]]",
            "indirect",
            PROSECUTION,
            "anonymous",
            "According to [[the prosecution]]",
            "[[According to]] the prosecution",
        ),
        Q(
            "reminded the jury that [[they must not research the case online or discuss it with "
            "anyone outside the jury room]]",
            "indirect",
            MARLOW,
            "person",
            "Recorder [[Helen Marlow]], reminded",
            "Helen Marlow, [[reminded]] the jury",
        ),
        Q(
            "“What you read in the local paper or see on social media is not evidence,”",
            "direct",
            MARLOW,
            "person",
            "not evidence,” [[she]] said",
            "not evidence,” she [[said]]",
        ),
        Q(
            "“The only evidence is what you hear in this courtroom.”",
            "direct",
            MARLOW,
            "person",
            "not evidence,” [[she]] said",
            "not evidence,” she [[said]]",
        ),
        Q(
            "Recorder Marlow said [[she expected the trial to last about eight days]]",
            "indirect",
            MARLOW,
            "person",
            "Recorder [[Marlow]] said she expected",
            "Recorder Marlow [[said]] she expected",
        ),
        Q(
            "Restoration Trust said [[volunteers had already begun raising money to rebuild the "
            "lifeboat]]",
            "indirect",
            KLRT_SPOKES,
            "anonymous",
            "[[a spokeswoman for the Kestleigh Lifeboat Restoration Trust]] said",
            "Restoration Trust [[said]] volunteers",
        ),
        Q(
            "“She was the heart of this harbour for sixty years. We are not going to let her go "
            "without a fight.”",
            "direct",
            KLRT_SPOKES,
            "anonymous",
            "[[She]] said: “She was",
            "She [[said]]: “She was",
        ),
    ],
    "wire_12": [
        Q(
            'with Oslo accusing [[Stockholm of trying to "buy security at a discount"]]',
            "mixed",
            OSLO,
            "organisation",
            "with [[Oslo]] accusing",
            "with Oslo [[accusing]] Stockholm",
        ),
        Q(
            "Swedish officials saying [[the Norwegian figures did not add up]]",
            "indirect",
            SWEDISH_OFFICIALS,
            "anonymous",
            "[[Swedish officials]] saying",
            "Swedish officials [[saying]]",
        ),
        Q(
            '"We came here to sign, and we are leaving without a signature,"',
            "direct",
            BREKKE,
            "person",
            "Defence Minister [[Halvard Brekke]] told",
            "Halvard Brekke [[told]] reporters",
        ),
        Q(
            '"That is disappointing, but it is not the end of the story."',
            "direct",
            BREKKE,
            "person",
            "Defence Minister [[Halvard Brekke]] told",
            "Halvard Brekke [[told]] reporters",
        ),
        Q(
            ("Brekke said [[Norway had offered to pay 55 percent", "on both sides of the border"),
            "indirect",
            BREKKE,
            "person",
            "[[Brekke]] said Norway",
            "Brekke [[said]] Norway",
        ),
        Q(
            'said that [[Stockholm was ready to pay its share but would not sign "a blank page '
            'with a number at the bottom."]]',
            "mixed",
            SAHLQVIST,
            "person",
            "Defence Minister [[Ingrid Sahlqvist]], said",
            "Ingrid Sahlqvist, [[said]] that",
        ),
        Q(
            '"Nobody in Sweden doubts that we need these radars,"',
            "direct",
            SAHLQVIST,
            "person",
            'radars," [[Sahlqvist]] said',
            'radars," Sahlqvist [[said]]',
        ),
        Q(
            '"What we doubt is the bill."',
            "direct",
            SAHLQVIST,
            "person",
            'radars," [[Sahlqvist]] said',
            'radars," Sahlqvist [[said]]',
        ),
        Q(
            ("She said [[Swedish engineers had found", "1.5 billion crowns to the total"),
            "indirect",
            SAHLQVIST,
            "person",
            "[[She]] said Swedish engineers",
            "She [[said]] Swedish engineers",
        ),
        Q(
            'saying [[the costs of access roads had been "counted twice, not forgotten."]]',
            "mixed",
            BREKKE,
            "person",
            "[[Brekke]] dismissed that",
            "dismissed that, [[saying]] the costs",
        ),
        Q(
            'described [[the project as "the backbone of Nordic air surveillance for a '
            'generation."]]',
            "mixed",
            COMMUNIQUE,
            "organisation",
            "[[A draft communique]] seen by",
            "the meeting [[described]] the project",
        ),
        Q(
            (
                "[[Finland, which is not a party to the radar agreement",
                "to the chain once it was built]], its defence ministry",
            ),
            "indirect",
            FINLAND_MOD,
            "organisation",
            "built, [[its defence ministry]] said",
            "its defence ministry [[said]] in a statement",
        ),
        Q(
            'continuing, said [[the two sides were "perhaps 400 million crowns apart" and that a '
            "deal was still possible before the summer]]",
            "mixed",
            NOR_OFFICIAL,
            "anonymous",
            "[[A Norwegian official familiar with the negotiations]]",
            "talks were continuing, [[said]] the two",
        ),
        Q(
            '"Everyone in that room wants the same thing,"',
            "direct",
            NOR_OFFICIAL,
            "anonymous",
            'same thing," [[the official]] said',
            'same thing," the official [[said]]',
        ),
        Q(
            '"The argument is about who pays for the gravel."',
            "direct",
            NOR_OFFICIAL,
            "anonymous",
            'same thing," [[the official]] said',
            'same thing," the official [[said]]',
        ),
        Q(
            'Alliance, said [[the government had "let the Norwegians write the price and then '
            'acted surprised."]]',
            "mixed",
            WETTERLIND,
            "person",
            "[[Johan Wetterlind]], defence spokesman",
            "Centre Alliance, [[said]] the government",
        ),
        Q(
            "his decade-long campaign for the chain, said [[the military case for the project had "
            "only grown stronger]]",
            "indirect",
            BREKKE,
            "person",
            "[[Brekke]], a former air force colonel",
            "for the chain, [[said]] the military",
        ),
        Q(
            "[[Russian long-range aircraft approached Norwegian airspace 61 times last year, "
            "compared with 38 times in 2023]], according to",
            "indirect",
            NJHQ,
            "organisation",
            "figures from [[the Norwegian Joint Headquarters]]",
            "in 2023, [[according to]] figures",
        ),
        Q(
            "told reporters that [[most of those flights had been detected less than 20 minutes "
            "before they reached the border]]",
            "indirect",
            BREKKE,
            "person",
            "Headquarters. [[He]] told reporters",
            "Headquarters. He [[told]] reporters",
        ),
        Q(
            '"Every one of those flights tells us the same thing. We see them late. We need to '
            'see them early."',
            "direct",
            BREKKE,
            "person",
            "-- [[Halvard Brekke]], Norwegian",
            None,
        ),
        Q(
            "Sahlqvist said [[she agreed with the assessment of the threat, and that Sweden's own "
            "air force had recorded a similar rise]]",
            "indirect",
            SAHLQVIST,
            "person",
            "[[Sahlqvist]] said she agreed",
            "Sahlqvist [[said]] she agreed",
        ),
        Q(
            ('short: [["The signal is that two democracies', 'I am not ashamed of that."'),
            "direct",
            SAHLQVIST,
            "person",
            "Moscow, [[she]] was short",
            "Moscow, she [[was short]]",
        ),
        Q(
            "said later that [[Sahlqvist would report to parliament's defence committee on "
            "Thursday]]",
            "indirect",
            SWEDISH_GOVT,
            "organisation",
            "[[The Swedish government]] said later",
            "Swedish government [[said]] later",
        ),
        Q(
            'saying in Brussels that [[the radar chain would "fill a real gap" in coverage of the '
            "northern flank]]",
            "mixed",
            NATO_SPOKES,
            "anonymous",
            "with [[a spokesman for the alliance]] saying",
            "for the alliance [[saying]] in Brussels",
        ),
        Q(
            "Analysts said [[the dispute was unlikely to delay the project by more than a few "
            "months]]",
            "indirect",
            ANALYSTS,
            "anonymous",
            "[[Analysts]] said the dispute",
            "Analysts [[said]] the dispute",
        ),
        Q(
            "Security Studies, said [[both governments had already set aside money for the radars "
            "in their budgets]]",
            "indirect",
            NORDAL,
            "person",
            "[[Eirik Nordal]], a defence economist",
            "Security Studies, [[said]] both",
        ),
        Q(
            '"This is a fight about the last ten percent,"',
            "direct",
            NORDAL,
            "person",
            'ten percent," [[Nordal]] said',
            'ten percent," Nordal [[said]]',
        ),
        Q(
            '"Those are always the loudest."',
            "direct",
            NORDAL,
            "person",
            'ten percent," [[Nordal]] said',
            'ten percent," Nordal [[said]]',
        ),
        Q(
            "Brekke said [[he would invite Sahlqvist to the northern town of Kirkenes in March to "
            "see one of the proposed sites]]",
            "indirect",
            BREKKE,
            "person",
            "[[Brekke]] said he would invite",
            "Brekke [[said]] he would invite",
        ),
        Q(
            '"Perhaps when she stands in the snow,"',
            "direct",
            BREKKE,
            "person",
            'snow," [[he]] said',
            'snow," he [[said]]',
        ),
        Q(
            '"the roads will look cheaper."',
            "direct",
            BREKKE,
            "person",
            'snow," [[he]] said',
            'snow," he [[said]]',
        ),
        Q(
            'said [[she would "bring warm boots and a calculator."]]',
            "mixed",
            SAHLQVIST,
            "person",
            "[[Sahlqvist]], asked about the invitation",
            "the invitation, [[said]] she would",
        ),
    ],
    "archive_12": [
        Q(
            "Coal Board, said [[the Board had examined every yard of the Low Main seam since the "
            "explosion]]",
            "indirect",
            GARSIDE,
            "person",
            "Mr. [[Lionel Garside]], for the",
            "Coal Board, [[said]] the Board",
        ),
        Q(
            "''We believe that gas collected in a cavity in the roof of No. 4 district over the "
            "week-end,''",
            "direct",
            GARSIDE,
            "person",
            "week-end,'' [[he]] said",
            "week-end,'' he [[said]]",
        ),
        Q(
            "''When the coal-cutter was started on the Monday morning, a fault in its trailing "
            "cable produced the spark.''",
            "direct",
            GARSIDE,
            "person",
            "week-end,'' [[he]] said",
            "week-end,'' he [[said]]",
        ),
        Q(
            "Mr. Garside said [[the cable had been inspected on February 27 and passed as sound]]",
            "indirect",
            GARSIDE,
            "person",
            "Mr. [[Garside]] said the cable",
            "Mr. Garside [[said]] the cable",
        ),
        Q(
            "asked whether [[the men had reported gas in the district before the explosion]]",
            "indirect",
            OAKROYD,
            "person",
            "Mr. [[Walter Oakroyd]], for the",
            "Mineworkers, [[asked]] whether",
        ),
        Q(
            "said that [[he had tested for gas at the start of the night shift on March 2 and "
            "found ''only a trace, well within the limit.'']]",
            "mixed",
            CRABTREE,
            "person",
            "Mr. [[Albert Crabtree]], a deputy",
            "the colliery, [[said]] that he had",
        ),
        Q(
            "``I have never known No. 4 to be a gassy district,''",
            "direct",
            CRABTREE,
            "person",
            "said Mr. [[Crabtree]]. ``If",
            "district,'' [[said]] Mr. Crabtree",
        ),
        Q(
            "``If I had thought there was danger I would have fetched every man out myself.''",
            "direct",
            CRABTREE,
            "person",
            "said Mr. [[Crabtree]]. ``If",
            "district,'' [[said]] Mr. Crabtree",
        ),
        Q(
            "he agreed that [[two colliers had mentioned ''a smell of gas'' near the face on the "
            "previous Friday]]",
            "mixed",
            CRABTREE,
            "person",
            "[[he]] agreed that two",
            "he [[agreed]] that two",
        ),
        Q(
            "He said [[he had examined the place with his safety lamp and found nothing]]",
            "indirect",
            CRABTREE,
            "person",
            "[[He]] said he had examined",
            "He [[said]] he had examined",
        ),
        Q(
            "''There was a noise like a door slamming, only a hundred times louder,''",
            "direct",
            LUMB,
            "person",
            "louder,'' [[he]] said",
            "louder,'' he [[said]]",
        ),
        Q(
            ("''Then the air was full of dust", "He was still breathing then.''"),
            "direct",
            LUMB,
            "person",
            "louder,'' [[he]] said",
            "louder,'' he [[said]]",
        ),
        Q(
            "Mr. Lumb said that [[the men in his team had complained to the under-manager about "
            "the ventilation in No. 4 district ''more times than I can count.'']]",
            "mixed",
            LUMB,
            "person",
            "Mr. [[Lumb]] said that the men",
            "Mr. Lumb [[said]] that the men",
        ),
        Q(
            "objected that [[the complaints were not recorded in the colliery's books]]",
            "indirect",
            GARSIDE,
            "person",
            "Mr. [[Garside]] objected",
            "Mr. Garside [[objected]]",
        ),
        Q(
            "''That, sir, is rather the point.''",
            "direct",
            OAKROYD,
            "person",
            "Mr. [[Oakroyd]] replied:",
            "Mr. Oakroyd [[replied]]:",
        ),
        Q(
            "told the inquiry that [[he had no knowledge of any complaint about ventilation]]",
            "indirect",
            AINLEY,
            "person",
            "Mr. [[Frederick Ainley]], told",
            "Frederick Ainley, [[told]] the inquiry",
        ),
        Q(
            "He said [[the fans had been running normally throughout the week-end]]",
            "indirect",
            AINLEY,
            "person",
            "[[He]] said the fans",
            "He [[said]] the fans",
        ),
        Q(
            "a fact, he said, [[which was confirmed by the recording instruments in the fan "
            "house]]",
            "indirect",
            AINLEY,
            "person",
            "a fact, [[he]] said, which",
            "a fact, he [[said]], which",
        ),
        Q(
            "``I have been a manager for nineteen years,''",
            "direct",
            AINLEY,
            "person",
            "nineteen years,'' [[he]] said",
            "nineteen years,'' he [[said]]",
        ),
        Q(
            "``and I would not knowingly send a man into bad air.''",
            "direct",
            AINLEY,
            "person",
            "nineteen years,'' [[he]] said",
            "nineteen years,'' he [[said]]",
        ),
        Q(
            "Mr. Ainley whether [[the cutter had been due for replacement]]",
            "indirect",
            OAKROYD,
            "person",
            "Mr. [[Oakroyd]] asked Mr. Ainley",
            "Mr. Oakroyd [[asked]] Mr. Ainley",
        ),
        Q(
            "The witness said [[he believed a new machine had been ordered in January but had not "
            "yet arrived]]",
            "indirect",
            AINLEY,
            "person",
            "[[The witness]] said he believed",
            "The witness [[said]] he believed",
        ),
        Q(
            (
                "as evidence, found that [[the trailing cable had been crushed",
                "without moving the cable",
            ),
            "indirect",
            SMRE_REPORT,
            "organisation",
            "[[A report by the Safety in Mines Research Establishment]]",
            "as evidence, [[found]] that",
        ),
        Q(
            "The report said [[there was no evidence that any man had been smoking underground]]",
            "indirect",
            SMRE_REPORT,
            "organisation",
            "[[The report]] said there",
            "The report [[said]] there",
        ),
        Q(
            ("the room: [[''This inquiry is not here", "at Hollingdean or anywhere else.''"),
            "direct",
            BEDDOWES,
            "person",
            "Mr. [[Beddowes]] was plain",
            "Mr. Beddowes [[was plain]]",
        ),
        Q(
            "of the union, said [[the men would be satisfied with nothing less than ''the whole "
            "truth, whoever it hurts.'']]",
            "mixed",
            P_DINSDALE,
            "person",
            "Mr. [[Percy Dinsdale]], secretary",
            "of the union, [[said]] the men",
        ),
        Q(
            "issued at Barnscar that [[compensation would be paid to every family ''without "
            "waiting for the inquiry to end.'']]",
            "mixed",
            WHITLOW,
            "person",
            "Mr. [[G. S. Whitlow]], said",
            "G. S. Whitlow, [[said]] in a statement",
        ),
        Q(
            "According to the Board, [[212 men are still laid off while No. 4 district remains "
            "sealed]]",
            "indirect",
            NCB,
            "organisation",
            "According to [[the Board]], 212",
            "[[According to]] the Board, 212",
        ),
        Q(
            "when Mr. Beddowes said [[he would hear evidence from the electricians responsible for "
            "the cable]]",
            "indirect",
            BEDDOWES,
            "person",
            "when Mr. [[Beddowes]] said",
            "when Mr. Beddowes [[said]]",
        ),
    ],
    "localgov_12": [
        Q(
            "children’s services, said [[the school was losing pupils every year and that keeping "
            "it open would cost the council about £310,000 a year more than educating the "
            "children elsewhere]]",
            "indirect",
            PRYCE,
            "person",
            "Councillor [[Joanne Pryce]], the cabinet",
            "children’s services, [[said]] the school",
        ),
        Q(
            "“Nobody comes into local government wanting to close a village school,”",
            "direct",
            PRYCE,
            "person",
            "school,” [[she]] told the cabinet",
            "school,” she [[told]] the cabinet",
        ),
        Q(
            ("“But I have to look every family", "spending their money properly.”"),
            "direct",
            PRYCE,
            "person",
            "school,” [[she]] told the cabinet",
            "school,” she [[told]] the cabinet",
        ),
        Q(
            "She said that [[the receiving school, Holbrook Primary, had an “outstanding” rating "
            "from inspectors and space for every Ashcombe child]]",
            "mixed",
            PRYCE,
            "person",
            "[[She]] said that the receiving",
            "She [[said]] that the receiving",
        ),
        Q(
            "accused [[the cabinet of treating the village “like a line on a spreadsheet.”]]",
            "mixed",
            THRELFALL,
            "person",
            "Councillor [[Maggie Threlfall]], who leads",
            "Ashcombe ward, [[accused]] the cabinet",
        ),
        Q(
            "“This school is the last public building in Ashcombe,”",
            "direct",
            THRELFALL,
            "person",
            "in Ashcombe,” [[she]] said",
            "in Ashcombe,” she [[said]]",
        ),
        Q(
            ("“The post office went, the pub went", "not to bother moving here.”"),
            "direct",
            THRELFALL,
            "person",
            "in Ashcombe,” [[she]] said",
            "in Ashcombe,” she [[said]]",
        ),
        Q(
            "Ms Threlfall said [[the council’s own figures showed that 38 new homes had been "
            "approved in the village in the past two years]]",
            "indirect",
            THRELFALL,
            "person",
            "Ms [[Threlfall]] said the council’s own",
            "Ms Threlfall [[said]] the council’s own",
        ),
        Q(
            "which, she said, [[would bring more children within a decade]]",
            "indirect",
            THRELFALL,
            "person",
            "which, [[she]] said, would bring",
            "which, she [[said]], would bring",
        ),
        Q(
            "She said [[the homes were mostly two-bedroom flats and that officers had estimated "
            "they would add “perhaps four or five pupils, at most.”]]",
            "mixed",
            PRYCE,
            "person",
            "[[She]] said the homes",
            "She [[said]] the homes",
        ),
        Q(
            "in a statement that [[it would ask for a judicial review of the decision]]",
            "indirect",
            SAVE,
            "organisation",
            "The parents’ group [[Save Ashcombe School]]",
            "in September, [[said]] in a statement",
        ),
        Q(
            "It said [[the consultation had been held during the summer holidays, when many "
            "families were away, and that the council had “ignored the overwhelming view of the "
            "community.”]]",
            "mixed",
            SAVE,
            "organisation",
            "[[It]] said the consultation",
            "It [[said]] the consultation",
        ),
        Q(
            "“They decided this months ago. The consultation was theatre.”",
            "direct",
            LOWTHER,
            "person",
            "Its chair, [[Rebecca Lowther]], who",
            "the school, [[was blunt]]:",
        ),
        Q(
            "She said [[the journey to Holbrook would take 25 minutes each way on a council-funded "
            "minibus along a narrow road with no pavement]]",
            "indirect",
            LOWTHER,
            "person",
            "[[She]] said the journey",
            "She [[said]] the journey",
        ),
        Q(
            "“My daughter is five,”",
            "direct",
            LOWTHER,
            "person",
            "five,” Mrs [[Lowther]] said",
            "five,” Mrs Lowther [[said]]",
        ),
        Q(
            "“I don’t want her spending nearly an hour a day in a minibus on the Holbrook road in "
            "January.”",
            "direct",
            LOWTHER,
            "person",
            "five,” Mrs [[Lowther]] said",
            "five,” Mrs Lowther [[said]]",
        ),
        Q(
            (
                "The council said in a statement that [[free transport",
                "assessed as safe by its highways team",
            ),
            "indirect",
            COUNCIL,
            "organisation",
            "[[The council]] said in a statement that free",
            "The council [[said]] in a statement that free",
        ),
        Q(
            "she wrote that [[staff were “heartbroken” but would do everything they could to make "
            "the move as gentle as possible for the children]]",
            "mixed",
            MORGAN,
            "person",
            "Thursday, [[she]] wrote that",
            "Thursday, she [[wrote]] that",
        ),
        Q(
            "“Whatever happens next year, these children will have the best final year at "
            "Ashcombe that we can give them,”",
            "direct",
            MORGAN,
            "person",
            "give them,” [[she]] wrote",
            "give them,” she [[wrote]]",
        ),
        Q(
            "“That is a promise.”",
            "direct",
            MORGAN,
            "person",
            "give them,” [[she]] wrote",
            "give them,” she [[wrote]]",
        ),
        Q(
            "Mrs Morgan said [[she could not comment on the council’s decision while the notice "
            "period was running]]",
            "indirect",
            MORGAN,
            "person",
            "Mrs [[Morgan]] said she could not",
            "Mrs Morgan [[said]] she could not",
        ),
        Q(
            "figures from the council, [[the number of children of primary school age living in "
            "the Ashcombe catchment fell from 71 in 2015 to 39 this year]]",
            "indirect",
            COUNCIL,
            "organisation",
            "figures from [[the council]], the number",
            "[[According to]] figures from the council",
        ),
        Q(
            "said [[it was “saddened” by the outcome but understood the council’s reasons]]",
            "mixed",
            DIOCESE,
            "organisation",
            "The [[Diocese of Wendlebury]], which owns",
            "school site, [[said]] it was",
        ),
        Q(
            "Ms Threlfall said [[her group would call in the decision]]",
            "indirect",
            THRELFALL,
            "person",
            "Ms [[Threlfall]] said her group",
            "Ms Threlfall [[said]] her group",
        ),
        Q(
            "Ms Pryce said [[she would “listen, as I always have,”]]",
            "mixed",
            PRYCE,
            "person",
            "Ms [[Pryce]] said she would",
            "Ms Pryce [[said]] she would",
        ),
        Q(
            "but added that [[the numbers were unlikely to change]]",
            "indirect",
            PRYCE,
            "person",
            "Ms [[Pryce]] said she would",
            "but [[added]] that the numbers",
        ),
        Q(
            "“We have not pulled this decision out of a hat,”",
            "direct",
            PRYCE,
            "person",
            "out of a hat,” [[she]] said",
            "out of a hat,” she [[said]]",
        ),
        Q(
            "“It is the result of four years of falling rolls.”",
            "direct",
            PRYCE,
            "person",
            "out of a hat,” [[she]] said",
            "out of a hat,” she [[said]]",
        ),
        Q(
            "“My husband went to that school, and so did our three children,”",
            "direct",
            GRANDMOTHER,
            "anonymous",
            "three children,” [[she]] said",
            "three children,” she [[said]]",
        ),
        Q(
            "“I suppose none of that counts for anything now.”",
            "direct",
            GRANDMOTHER,
            "anonymous",
            "three children,” [[she]] said",
            "three children,” she [[said]]",
        ),
    ],
    "energy_12": [
        Q(
            (
                "[[Harbourline Energy, the country’s third-largest household supplier",
                "to a typical dual-fuel bill]], the company said",
            ),
            "indirect",
            HARBOURLINE,
            "organisation",
            "bill, [[the company]] said on Tuesday",
            "the company [[said]] on Tuesday",
        ),
        Q(
            "Harbourline said [[it reflected higher wholesale gas prices and the cost of upgrading "
            "its network of smart meters]]",
            "indirect",
            HARBOURLINE,
            "organisation",
            "[[Harbourline]] said it reflected",
            "Harbourline [[said]] it reflected",
        ),
        Q(
            "“No one at Harbourline wants to send this letter to customers,”",
            "direct",
            CASTELLANE,
            "person",
            "said [[Fiona Castellane]], the company",
            "customers,” [[said]] Fiona",
        ),
        Q(
            ("“But we buy our gas on the same markets", "against us since the autumn.”"),
            "direct",
            CASTELLANE,
            "person",
            "said [[Fiona Castellane]], the company",
            "customers,” [[said]] Fiona",
        ),
        Q(
            "Ms Castellane said [[the company had absorbed about £90m of extra costs over the "
            "winter rather than pass them on, and that it would freeze its standing charges for "
            "customers on its social tariff]]",
            "indirect",
            CASTELLANE,
            "person",
            "Ms [[Castellane]] said the company had",
            "Ms Castellane [[said]] the company had",
        ),
        Q(
            "“We have held off for as long as we responsibly could,”",
            "direct",
            CASTELLANE,
            "person",
            "could,” [[she]] said",
            "could,” she [[said]]",
        ),
        Q(
            ("adding: [[“If we had held off any longer", "not just about its prices.”"),
            "direct",
            CASTELLANE,
            "person",
            "could,” [[she]] said",
            "she said, [[adding]]:",
        ),
        Q(
            "known as Ogesa, said [[it would examine the increase “line by line” to make sure it "
            "was justified]]",
            "mixed",
            OGESA,
            "organisation",
            "the [[Office for Gas and Electricity Standards]]",
            "known as Ogesa, [[said]] it would",
        ),
        Q(
            "“Suppliers are entitled to recover their costs. They are not entitled to use a "
            "difficult market as cover for rebuilding their margins,”",
            "direct",
            KEELE,
            "person",
            "chief executive, [[Martin Keele]], said",
            "Martin Keele, [[said]] in a statement",
        ),
        Q(
            "Mr Keele said [[the regulator expected most suppliers to announce increases of "
            "between 9% and 16% over the next month]]",
            "indirect",
            KEELE,
            "person",
            "Mr [[Keele]] said the regulator",
            "Mr Keele [[said]] the regulator",
        ),
        Q(
            "warned that [[households faced “a difficult winter next year, not just this one.”]]",
            "mixed",
            KEELE,
            "person",
            "Mr [[Keele]] said the regulator",
            "month, and [[warned]] that",
        ),
        Q(
            "He said [[Ogesa would publish its own review of wholesale costs in March]]",
            "indirect",
            KEELE,
            "person",
            "[[He]] said Ogesa would",
            "He [[said]] Ogesa would",
        ),
        Q(
            "their supplier, said [[calls had already risen by a third since January]]",
            "indirect",
            FFN,
            "organisation",
            "The charity [[Fair Fuel Network]], which",
            "their supplier, [[said]] calls",
        ),
        Q(
            "“People are not choosing between heating and eating any more. Many of them are doing "
            "neither properly,”",
            "direct",
            OKORO,
            "person",
            "its director, [[Hannah Okoro-Bright]]",
            "properly,” [[said]] its director",
        ),
        Q(
            "She said [[the charity had spoken last month to a pensioner in Dunmere who had been "
            "sitting in her car with the engine running to keep warm]]",
            "indirect",
            OKORO,
            "person",
            "[[She]] said the charity had spoken",
            "She [[said]] the charity had spoken",
        ),
        Q(
            "she called [[the increase “a hammer blow for people who are already on their "
            "knees.”]]",
            "mixed",
            OKORO,
            "person",
            "and [[she]] called the increase",
            "and she [[called]] the increase",
        ),
        Q(
            "figures from the charity, [[about 1.9 million households are more than £500 behind "
            "on their energy bills, up from 1.2 million a year earlier]]",
            "indirect",
            FFN,
            "organisation",
            "figures from [[the charity]], about",
            "[[According to]] figures from the charity",
        ),
        Q(
            "which, she said, [[could not arrive “a day too soon.”]]",
            "mixed",
            OKORO,
            "person",
            "which, [[she]] said, could not",
            "which, she [[said]], could not",
        ),
        Q(
            "Ministers have said [[the scheme will begin in October]]",
            "indirect",
            MINISTERS,
            "anonymous",
            "[[Ministers]] have said the scheme",
            "Ministers have [[said]] the scheme",
        ),
        Q(
            "Treasury spokesman said [[the government was “working at pace” and would set out "
            "details “in the coming weeks.”]]",
            "mixed",
            TREASURY_SPOKES,
            "anonymous",
            "[[A Treasury spokesman]] said the government",
            "Treasury spokesman [[said]] the government",
        ),
        Q(
            "Finch Bank, said [[Harbourline had been more exposed than its rivals because it "
            "bought less of its gas in advance]]",
            "indirect",
            ADEYINKA,
            "person",
            "[[Tom Adeyinka]], an energy analyst",
            "Finch Bank, [[said]] Harbourline",
        ),
        Q(
            "“Harbourline hedged less and later than the others, and this is the bill for that "
            "decision,”",
            "direct",
            ADEYINKA,
            "person",
            "decision,” Mr [[Adeyinka]] said",
            "decision,” Mr Adeyinka [[said]]",
        ),
        Q(
            "“I would be surprised to see anyone else go much above ten percent.”",
            "direct",
            ADEYINKA,
            "person",
            "decision,” Mr [[Adeyinka]] said",
            "decision,” Mr Adeyinka [[said]]",
        ),
        Q(
            "several suppliers, said [[she expected Harbourline to lose customers to cheaper "
            "fixed deals over the spring]]",
            "indirect",
            ANON_ANALYST,
            "anonymous",
            "[[Another analyst]], who asked",
            "several suppliers, [[said]] she expected",
        ),
        Q(
            "Harbourline spokesman said [[fewer than 2% of its customers had switched away last "
            "year and that the firm had “no reason to think this year will be different.”]]",
            "mixed",
            HL_SPOKES,
            "anonymous",
            "[[A Harbourline spokesman]] said fewer",
            "Harbourline spokesman [[said]] fewer",
        ),
        Q(
            "“No. Not this year.”",
            "direct",
            CASTELLANE,
            "person",
            "[[Her]] answer was short",
            "Her [[answer]] was short",
        ),
        Q(
            "She said [[the company’s board had also agreed to cut the bonus pool for senior "
            "managers by half]]",
            "indirect",
            CASTELLANE,
            "person",
            "[[She]] said the company’s board",
            "She [[said]] the company’s board",
        ),
        Q(
            (
                "The company said [[customers who were worried",
                "onto a prepayment meter without their consent",
            ),
            "indirect",
            HARBOURLINE,
            "organisation",
            "[[The company]] said customers",
            "The company [[said]] customers",
        ),
    ],
}

# The specifications below quote the articles verbatim, typographic marks included.
"""Gold specifications for wirepol_15, archive_15, court_15, council_15 and science_15
(round 15, writer a, written blind), merged into build_gold.py's dictionaries by its main()."""

from __future__ import annotations

from build_gold import Q

# wirepol_15
ALLIANCE = "Farmers' Alliance"
BRENNER = "Tomas Brenner"
AASBERG = "Henrik Aasberg"
VARGA = "Ilse Varga"
ROLF = "Agnes Rolf"
MEMO = "an internal finance ministry memo"
LPP = "Liberal People's Party"
CONSERVATIVES = "Kestrian Conservatives"
OSTRAND = "Viktor Ostrand"
FELD = "Jonas Feld"
ANALYSTS = "Analysts"
HOLM = "Karin Holm"
LINDAHL = "Per Lindahl"

# archive_15
TENANTS = "Tenants of the Castlegate estate"
PENROSE = "Albert Penrose"
MARSH = "Edna Marsh"
HOWARTH = "Stanley Howarth"
ARCH_SPOKESMAN = "A spokesman for his department"
THWAITE = "Joan Thwaite"
FENWICK = "Gerald Fenwick"
DUNNING = "Margaret Dunning"
DOE = "Department of the Environment"
LONDON_SPOKESMAN = "A spokesman in London"
KEOGH = "Ronald Keogh"

# court_15
OKONJO = "Daniel Okonjo"
PROSECUTION = "the prosecution"
BELLAMY = "Gary Bellamy"
LASSITER = "Hugh Lassiter"
STRAND = "Helen Strand"
RUDD = "Colin Rudd"
WHITCOMBE = "Raymond Whitcombe"
FRIEND = "A family friend"

# council_15
CATCHPOLE = "Beverley Catchpole"
OSEI = "Hannah Osei"
WARDLE = "Gillian Wardle"
FENN = "Dorothy Fenn"
CONSULTATION = "a consultation carried out by the council"
CONSULTATION_REPORT = "The consultation report"
PETRIE = "Rosalind Petrie"
LUSK = "Marjorie Lusk"
CLUB = "Hollinbrook Swimming Club"
HBC = "Hollinbrook Borough Council"

# science_15
STUDY = "the study"
MARCHETTI = "Ines Marchetti"
AUTHORS = "the authors"
TALLIS = "Owen Tallis"
ACHEBE = "Samuel Achebe-Rowe"
CARROW_UNI = "University of Carrow"
CITY_COUNCIL = "the city council"
LIF = "Lighting Industry Federation"

HELDOUT: dict[str, list[Q]] = {}

ARTICLES: dict[str, list[Q]] = {
    "wirepol_15": [
        Q(
            "Alliance, said [[it would vote against the 2027 budget unless the government "
            "dropped a planned cut to diesel subsidies for agriculture]]",
            "indirect",
            ALLIANCE,
            "organisation",
            "the [[Farmers' Alliance]], said it would",
            "Farmers' Alliance, [[said]] it would",
        ),
        Q(
            "Assembly that [[his party's 14 deputies had voted unanimously at a morning caucus "
            "to oppose the budget in its current form]]",
            "indirect",
            BRENNER,
            "person",
            "Alliance leader [[Tomas Brenner]] told",
            "Tomas Brenner [[told]] reporters",
        ),
        Q(
            '"We did not join this government to put farmers out of business,"',
            "direct",
            BRENNER,
            "person",
            'out of business," [[he]] said',
            'out of business," he [[said]]',
        ),
        Q(
            '"The prime minister has had three weeks to fix this. He has not."',
            "direct",
            BRENNER,
            "person",
            'out of business," [[he]] said',
            'out of business," he [[said]]',
        ),
        Q(
            'Brenner said [[the party would not formally leave the coalition but would "take '
            'every vote as it comes" until the dispute was settled]]',
            "mixed",
            BRENNER,
            "person",
            "[[Brenner]] said the party would not",
            "Brenner [[said]] the party would not",
        ),
        Q(
            'seats, said [[he was "surprised and disappointed" by the decision]]',
            "mixed",
            AASBERG,
            "person",
            "Prime Minister [[Henrik Aasberg]], whose",
            "150 seats, [[said]] he was",
        ),
        Q(
            '"The budget was agreed line by line by all three coalition partners in September,"',
            "direct",
            AASBERG,
            "person",
            'in September," [[Aasberg]] said',
            'in September," Aasberg [[said]]',
        ),
        Q(
            '"Nothing in it has changed since then except the mood of one party."',
            "direct",
            AASBERG,
            "person",
            'in September," [[Aasberg]] said',
            'in September," Aasberg [[said]]',
        ),
        Q(
            '"I am not in the business of threats. I am in the business of passing a budget."',
            "direct",
            AASBERG,
            "person",
            "early election, [[he]] said:",
            "early election, he [[said]]:",
        ),
        Q(
            "party, said [[the diesel measure would save about 380 million crowns a year and was "
            "needed to keep the deficit below 3 percent of output]]",
            "indirect",
            VARGA,
            "person",
            "Finance Minister [[Ilse Varga]], a member",
            "Aasberg's party, [[said]] the diesel",
        ),
        Q(
            'She said [[she was open to "phasing" the cut over two years but would not abandon '
            "it]]",
            "mixed",
            VARGA,
            "person",
            '[[She]] said she was open to "phasing"',
            'She [[said]] she was open to "phasing"',
        ),
        Q(
            '"Every crown we give back on diesel is a crown we have to find somewhere else,"',
            "direct",
            VARGA,
            "person",
            'somewhere else," [[Varga]] said',
            'somewhere else," Varga [[said]]',
        ),
        Q(
            '"I have not yet heard from Mr Brenner where that somewhere else is."',
            "direct",
            VARGA,
            "person",
            'somewhere else," [[Varga]] said',
            'somewhere else," Varga [[said]]',
        ),
        Q(
            "The savings, the minister said, [[would go towards hiring 900 rural nurses, a "
            "pledge all three parties made at the last election]]",
            "indirect",
            VARGA,
            "person",
            "The savings, [[the minister]] said",
            "The savings, the minister [[said]]",
        ),
        Q(
            'KRT that [[a two-year phase-in "might be a basis for talks" but that party members '
            "would have to approve any deal at a special congress]]",
            "mixed",
            ROLF,
            "person",
            "Brenner's deputy, [[Agnes Rolf]], later told",
            "Agnes Rolf, later [[told]] public",
        ),
        Q(
            "Meridian Wire says [[a two-year phase-in would cost the treasury about 190 million "
            "crowns in 2027]]",
            "indirect",
            MEMO,
            "organisation",
            "[[An internal finance ministry memo]] seen",
            "seen by Meridian Wire [[says]] a two-year",
        ),
        Q(
            '"Kestria cannot afford a government that governs by ultimatum,"',
            "direct",
            LPP,
            "organisation",
            'by ultimatum," [[the party]] said',
            'by ultimatum," the party [[said]]',
        ),
        Q(
            "opposition party, said [[they would not vote for the budget under any circumstances]]",
            "indirect",
            CONSERVATIVES,
            "organisation",
            "The [[Kestrian Conservatives]], the largest",
            "opposition party, [[said]] they would",
        ),
        Q(
            '"If the government cannot count its own votes, it should not expect us to count '
            'them for it,"',
            "direct",
            OSTRAND,
            "person",
            "Conservative leader [[Viktor Ostrand]] wrote",
            "Viktor Ostrand [[wrote]] on social",
        ),
        Q(
            'withdrawn and said [[a snap election "would clear the air."]]',
            "mixed",
            OSTRAND,
            "person",
            "[[Ostrand]], whose party has led",
            "withdrawn and [[said]] a snap",
        ),
        Q(
            "said later that [[Aasberg had invited Brenner to talks at the chancellery on "
            "Wednesday morning]]",
            "indirect",
            FELD,
            "person",
            "[[Jonas Feld]], said later",
            "Jonas Feld, [[said]] later",
        ),
        Q(
            'According to Feld, [[the invitation was accepted "within minutes."]]',
            "mixed",
            FELD,
            "person",
            "According to [[Feld]], the invitation",
            "[[According to]] Feld, the invitation",
        ),
        Q(
            "Brenner confirmed [[he would attend]]",
            "indirect",
            BRENNER,
            "person",
            "[[Brenner]] confirmed he would attend",
            "Brenner [[confirmed]] he would attend",
        ),
        Q(
            '"I will go, I will listen, and I will bring a calculator,"',
            "direct",
            BRENNER,
            "person",
            'a calculator," [[he]] said',
            'a calculator," he [[said]]',
        ),
        Q(
            "Analysts said [[a compromise on the timing of the cut was the most likely outcome]]",
            "indirect",
            ANALYSTS,
            "anonymous",
            "[[Analysts]] said a compromise",
            "Analysts [[said]] a compromise",
        ),
        Q(
            "but warned that [[the row had exposed deep mistrust inside the coalition]]",
            "indirect",
            ANALYSTS,
            "anonymous",
            "[[Analysts]] said a compromise",
            "outcome, but [[warned]] that the row",
        ),
        Q(
            "\"This is less about diesel than about who the Alliance's voters think it is "
            'working for,"',
            "direct",
            HOLM,
            "person",
            "said [[Karin Holm]], a political",
            'working for," [[said]] Karin Holm',
        ),
        Q(
            ('"They lost four seats at the last election', 'Brenner cannot be seen to fold."'),
            "direct",
            HOLM,
            "person",
            "said [[Karin Holm]], a political",
            'working for," [[said]] Karin Holm',
        ),
        Q(
            'Holm added that [[even a deal on Wednesday would leave "lasting damage" to relations '
            "between Aasberg and his coalition partner]]",
            "mixed",
            HOLM,
            "person",
            "[[Holm]] added that even a deal",
            "Holm [[added]] that even a deal",
        ),
        Q(
            'Risk, said [[the chance of an early election was "perhaps one in four" and that bond '
            "markets had so far taken the dispute calmly]]",
            "mixed",
            LINDAHL,
            "person",
            "Another analyst, [[Per Lindahl]] of the",
            "Northgate Risk, [[said]] the chance",
        ),
    ],
    "archive_15": [
        Q(
            "last night vowed [[to ''fight to the last brick'' against a council plan to pull "
            "down the estate's three tower blocks, which were opened by the Queen's cousin only "
            "fourteen years ago]]",
            "mixed",
            TENANTS,
            "anonymous",
            "[[Tenants of the Castlegate estate]] last night",
            "last night [[vowed]] to ''fight",
        ),
        Q(
            "He told them [[the blocks were suffering from ''concrete cancer'' and that the cost "
            "of repairing them would be more than the cost of building new houses]]",
            "mixed",
            PENROSE,
            "person",
            "[[He]] told them the blocks",
            "He [[told]] them the blocks",
        ),
        Q(
            "''I did not come into local government to knock down people's homes,''",
            "direct",
            PENROSE,
            "person",
            "homes,'' Mr [[Penrose]] said",
            "homes,'' Mr Penrose [[said]]",
        ),
        Q(
            (
                "''But I will not ask anybody to bring up children",
                "falling to pieces around them.''",
            ),
            "direct",
            PENROSE,
            "person",
            "homes,'' Mr [[Penrose]] said",
            "homes,'' Mr Penrose [[said]]",
        ),
        Q(
            "He said [[the council hoped to rehouse every family on the estate within four years, "
            "most of them in two-storey houses to be built on the site of the old Keldwick "
            "gasworks]]",
            "indirect",
            PENROSE,
            "person",
            "[[He]] said the council hoped",
            "He [[said]] the council hoped",
        ),
        Q(
            "Marsh, said [[the tenants had heard promises like that before]]",
            "indirect",
            MARSH,
            "person",
            "Mrs [[Edna Marsh]], said the tenants",
            "Edna Marsh, [[said]] the tenants",
        ),
        Q(
            "''They told us in 1967 that these flats were the homes of the future,''",
            "direct",
            MARSH,
            "person",
            "of the future,'' [[she]] said",
            "of the future,'' she [[said]]",
        ),
        Q(
            "''Now they tell us they are the slums of the future. Which is it to be?''",
            "direct",
            MARSH,
            "person",
            "of the future,'' [[she]] said",
            "of the future,'' she [[said]]",
        ),
        Q(
            "opened, said [[the association would ask the Secretary of State for the Environment "
            "to hold a public inquiry]]",
            "indirect",
            MARSH,
            "person",
            "Mrs [[Marsh]], a mother of five",
            "since it opened, [[said]] the association",
        ),
        Q(
            "last month, says that [[water has entered the concrete of all three blocks and that "
            "steel in the walls is rusting ''at an alarming rate.'']]",
            "mixed",
            HOWARTH,
            "person",
            "Mr [[Stanley Howarth]], which was placed",
            "last month, [[says]] that water",
        ),
        Q(
            "yesterday that [[the report ''speaks for itself'' and that the architect would not be "
            "making any further comment while the matter was before the council]]",
            "mixed",
            ARCH_SPOKESMAN,
            "anonymous",
            "[[A spokesman for his department]] said",
            "his department [[said]] yesterday",
        ),
        Q(
            "Abbey House, said [[she had not been out of the building for three weeks because the "
            "lifts had broken down again]]",
            "indirect",
            THWAITE,
            "person",
            "Mrs [[Joan Thwaite]], a widow",
            "Abbey House, [[said]] she had not",
        ),
        Q(
            "``If they can give me a little house with a door on the ground, I will go tomorrow,''",
            "direct",
            THWAITE,
            "person",
            "go tomorrow,'' [[she]] said",
            "go tomorrow,'' she [[said]]",
        ),
        Q(
            "``I am sorry, Edna, but I will.''",
            "direct",
            THWAITE,
            "person",
            "go tomorrow,'' [[she]] said",
            "go tomorrow,'' she [[said]]",
        ),
        Q(
            "Evening Post that [[the blocks should never have been built and that the Labour "
            "majority which put them up in the 1960s ''must now own up to its mistake.'']]",
            "mixed",
            FENWICK,
            "person",
            "Mr [[Gerald Fenwick]], said in a letter",
            "Gerald Fenwick, [[said]] in a letter",
        ),
        Q(
            "The flats, she said, [[had been built to a design approved by the Ministry of Housing "
            "at the time, and the fault lay with the contractors]]",
            "indirect",
            DUNNING,
            "person",
            "The flats, [[she]] said",
            "The flats, she [[said]]",
        ),
        Q(
            "''It is easy to be wise after the event,''",
            "direct",
            DUNNING,
            "person",
            "the event,'' Mrs [[Dunning]] told",
            "the event,'' Mrs Dunning [[told]]",
        ),
        Q(
            "''What matters now is that the people of Castlegate are not treated as an "
            "afterthought.''",
            "direct",
            DUNNING,
            "person",
            "the event,'' Mrs [[Dunning]] told",
            "the event,'' Mrs Dunning [[told]]",
        ),
        Q(
            "Environment, [[at least 30 councils in England have found similar faults in blocks of "
            "the same system]]",
            "indirect",
            DOE,
            "organisation",
            "According to the [[Department of the Environment]], at least",
            "[[According to]] the Department of the Environment",
        ),
        Q(
            "London said [[the department was ''watching the Keldwick case closely'' but that "
            "demolition was a decision for the local authority]]",
            "mixed",
            LONDON_SPOKESMAN,
            "anonymous",
            "[[A spokesman in London]] said",
            "A spokesman in London [[said]]",
        ),
        Q(
            "meeting, said [[Castlegate was ''not the first and will not be the last.'']]",
            "mixed",
            KEOGH,
            "person",
            "Mr [[Ronald Keogh]], of the National",
            "for the meeting, [[said]] Castlegate",
        ),
        Q(
            "Mr Penrose said [[he would give that guarantee ''in writing, tonight, if you want "
            "it,'']]",
            "mixed",
            PENROSE,
            "person",
            "Mr [[Penrose]] said he would give",
            "Mr Penrose [[said]] he would give",
        ),
    ],
    "court_15": [
        Q(
            "[[A timber merchant deliberately set fire to his family’s yard in the early hours of "
            "a Sunday morning so that he could claim nearly £2 million from his insurers]], a "
            "prosecutor told",
            "indirect",
            OKONJO,
            "person",
            "insurers, [[a prosecutor]] told",
            "a prosecutor [[told]] a jury",
        ),
        Q(
            "told the jury that [[the business had been “haemorrhaging money” for three years and "
            "that Mr Fell had increased his insurance cover by a third only six weeks before the "
            "fire]]",
            "mixed",
            OKONJO,
            "person",
            "[[Daniel Okonjo]] KC told the jury",
            "Daniel Okonjo KC [[told]] the jury",
        ),
        Q(
            "“The prosecution does not say that Mr Fell is a wicked man,”",
            "direct",
            OKONJO,
            "person",
            "wicked man,” Mr [[Okonjo]] said",
            "wicked man,” Mr Okonjo [[said]]",
        ),
        Q(
            ("“We say he was a desperate one.", "when they arrived.”"),
            "direct",
            OKONJO,
            "person",
            "wicked man,” Mr [[Okonjo]] said",
            "wicked man,” Mr Okonjo [[said]]",
        ),
        Q(
            "The fire, Mr Okonjo said, [[had started in three separate places inside the main "
            "warehouse, which in his words was “not the pattern of an accident.”]]",
            "mixed",
            OKONJO,
            "person",
            "The fire, Mr [[Okonjo]] said",
            "The fire, Mr Okonjo [[said]]",
        ),
        Q(
            "According to the prosecution, [[it shows Mr Fell’s van leaving the site at 2.14am "
            "and returning 26 minutes later, shortly before the first call to the emergency "
            "services]]",
            "indirect",
            PROSECUTION,
            "organisation",
            "According to [[the prosecution]], it shows",
            "[[According to]] the prosecution, it shows",
        ),
        Q(
            "19 years, said [[he had been woken by a phone call from his employer at about "
            "2.45am]]",
            "indirect",
            BELLAMY,
            "person",
            "The first witness, [[a 52-year-old forklift driver]] who",
            "for 19 years, [[said]] he had been woken",
        ),
        Q(
            "told the court that [[Mr Fell had sounded “calm, too calm” on the phone]]",
            "mixed",
            BELLAMY,
            "person",
            "The witness, [[Gary Bellamy]], told",
            "Gary Bellamy, [[told]] the court",
        ),
        Q(
            "“He said, ‘Gary, the yard’s gone, there’s nothing you can do, go back to bed,’”",
            "direct",
            BELLAMY,
            "person",
            "back to bed,’” Mr [[Bellamy]] said",
            "back to bed,’” Mr Bellamy [[said]]",
        ),
        Q(
            ("“I’d never heard him like that.", "he’d be on the phone shouting.”"),
            "direct",
            BELLAMY,
            "person",
            "back to bed,’” Mr [[Bellamy]] said",
            "back to bed,’” Mr Bellamy [[said]]",
        ),
        Q(
            "accepted that [[he had not seen his employer in person that night and could not say "
            "where he had been]]",
            "indirect",
            BELLAMY,
            "person",
            "for the defence, Mr [[Bellamy]] accepted",
            "Mr Bellamy [[accepted]] that he had not",
        ),
        Q(
            "put it to the witness that [[a man woken in the middle of the night might sound calm "
            "because he was in shock]]",
            "indirect",
            LASSITER,
            "person",
            "Mr [[Lassiter]] put it to the witness",
            "Mr Lassiter [[put it to]] the witness",
        ),
        Q(
            "“It’s possible,”",
            "direct",
            BELLAMY,
            "person",
            "“It’s possible,” Mr [[Bellamy]] replied",
            "“It’s possible,” Mr Bellamy [[replied]]",
        ),
        Q(
            "“I can only tell you what I heard.”",
            "direct",
            BELLAMY,
            "person",
            "“It’s possible,” Mr [[Bellamy]] replied",
            "“It’s possible,” Mr Bellamy [[replied]]",
        ),
        Q(
            "told the jury that [[his client had gone back to the yard because a neighbour’s alarm "
            "had woken him, and that he had tried to put out the fire himself before calling for "
            "help]]",
            "indirect",
            LASSITER,
            "person",
            "Mr [[Lassiter]] told the jury that his client",
            "Mr Lassiter [[told]] the jury that his client",
        ),
        Q(
            "He said [[the defence would call evidence that the wiring in the main warehouse had "
            "been condemned by an electrician the previous autumn]]",
            "indirect",
            LASSITER,
            "person",
            "[[He]] said the defence would call",
            "He [[said]] the defence would call",
        ),
        Q(
            "“This is a case built on suspicion and a bank statement,”",
            "direct",
            LASSITER,
            "person",
            "bank statement,” [[he]] said",
            "bank statement,” he [[said]]",
        ),
        Q(
            "“Mr Fell lost his father’s business that night. He did not burn it.”",
            "direct",
            LASSITER,
            "person",
            "bank statement,” [[he]] said",
            "bank statement,” he [[said]]",
        ),
        Q(
            "the Crown, said [[the three seats of the fire were “independent of one another” and "
            "that she had found traces of petrol on the warehouse floor]]",
            "mixed",
            STRAND,
            "person",
            "[[Helen Strand]], a fire investigator",
            "by the Crown, [[said]] the three seats",
        ),
        Q(
            "she said [[it could explain one seat of fire “but not three.”]]",
            "mixed",
            STRAND,
            "person",
            "damage, [[she]] said it could",
            "damage, she [[said]] it could",
        ),
        Q(
            "concludes that [[the fire was “almost certainly” started deliberately]]",
            "mixed",
            STRAND,
            "person",
            "[[Her]] report, which was read",
            "to the jury, [[concludes]] that the fire",
        ),
        Q(
            "CID, said [[Mr Fell had answered “no comment” to every question in two police "
            "interviews]]",
            "mixed",
            RUDD,
            "person",
            "Detective Sergeant [[Colin Rudd]], of Ashcombe",
            "Ashcombe CID, [[said]] Mr Fell had answered",
        ),
        Q(
            "reminded jurors that [[staying silent in interview was a legal right and was not in "
            "itself evidence of guilt]]",
            "indirect",
            WHITCOMBE,
            "person",
            "Judge [[Raymond Whitcombe]] reminded",
            "Raymond Whitcombe [[reminded]] jurors",
        ),
        Q(
            "The judge said [[the jury must decide the case only on what they heard in the "
            "courtroom and must not read about it online]]",
            "indirect",
            WHITCOMBE,
            "person",
            "[[The judge]] said the jury must",
            "The judge [[said]] the jury must",
        ),
        Q(
            "outside court that [[the brothers had not spoken since the fire]]",
            "indirect",
            FRIEND,
            "anonymous",
            "[[A family friend]] said outside court",
            "A family friend [[said]] outside court",
        ),
    ],
    "council_15": [
        Q(
            "She told the meeting that [[the building needed a new roof and boilers and that the "
            "council could not justify spending £3.6m on them while it was cutting care "
            "budgets]]",
            "indirect",
            CATCHPOLE,
            "person",
            "[[She]] told the meeting that the building",
            "She [[told]] the meeting that the building",
        ),
        Q(
            "“Nobody in this chamber wants to close a swimming pool,”",
            "direct",
            CATCHPOLE,
            "person",
            "swimming pool,” [[she]] said",
            "swimming pool,” she [[said]]",
        ),
        Q(
            "“But I was elected to make choices, and this is one of the hardest I have been asked "
            "to make.”",
            "direct",
            CATCHPOLE,
            "person",
            "swimming pool,” [[she]] said",
            "swimming pool,” she [[said]]",
        ),
        Q(
            "said that [[the figures had been “moved around like furniture” to make the case for "
            "closure]]",
            "mixed",
            OSEI,
            "person",
            "Councillor [[Hannah Osei]], said that",
            "Hannah Osei, [[said]] that the figures",
        ),
        Q(
            "She said [[the same report put the cost of the repairs at £2.1m only eighteen months "
            "ago]]",
            "indirect",
            OSEI,
            "person",
            "[[She]] said the same report",
            "She [[said]] the same report",
        ),
        Q(
            "“What has changed is not the roof,”",
            "direct",
            OSEI,
            "person",
            "the roof,” Cllr [[Osei]] said",
            "the roof,” Cllr Osei [[said]]",
        ),
        Q(
            "“What has changed is that somebody decided they wanted the site.”",
            "direct",
            OSEI,
            "person",
            "the roof,” Cllr [[Osei]] said",
            "the roof,” Cllr Osei [[said]]",
        ),
        Q(
            "calling [[it “a cheap shot at officers who cannot answer back.”]]",
            "mixed",
            CATCHPOLE,
            "person",
            "Cllr [[Catchpole]] rejected the suggestion",
            "suggestion, [[calling]] it",
        ),
        Q(
            "told members [[the higher estimate reflected a full survey carried out in the spring, "
            "which found asbestos in the plant room]]",
            "indirect",
            WARDLE,
            "person",
            "[[Gillian Wardle]], told members",
            "Gillian Wardle, [[told]] members",
        ),
        Q(
            "There was, she said, [[no plan to sell the land]]",
            "indirect",
            WARDLE,
            "person",
            "There was, [[she]] said",
            "There was, she [[said]]",
        ),
        Q(
            "Dorothy Fenn said [[she had learned to swim there in 1964 and had taught two "
            "generations of local children in the same pool]]",
            "indirect",
            FENN,
            "person",
            "[[Dorothy Fenn]] said she had learned",
            "Dorothy Fenn [[said]] she had learned",
        ),
        Q(
            "“You cannot put a price on a child who doesn’t drown,”",
            "direct",
            FENN,
            "person",
            "doesn’t drown,” Mrs [[Fenn]] said",
            "doesn’t drown,” Mrs Fenn [[said]]",
        ),
        Q(
            ("“I know that sounds dramatic.", "no other pool they can get to.”"),
            "direct",
            FENN,
            "person",
            "doesn’t drown,” Mrs [[Fenn]] said",
            "doesn’t drown,” Mrs Fenn [[said]]",
        ),
        Q(
            "over the summer, [[78 per cent of the 2,900 people who responded opposed closure]]",
            "indirect",
            CONSULTATION,
            "organisation",
            "According to [[a consultation]] carried out",
            "[[According to]] a consultation",
        ),
        Q(
            "report found that [[the pool was used by eleven schools and four swimming clubs]]",
            "indirect",
            CONSULTATION_REPORT,
            "organisation",
            "[[The consultation report]] found",
            "The consultation report [[found]] that",
        ),
        Q(
            "twice that [[cheering was not allowed]]",
            "indirect",
            PETRIE,
            "person",
            "Councillor [[Rosalind Petrie]], who chaired",
            "not usually vote, [[reminded]] the gallery",
        ),
        Q(
            "“The amendment is carried.”",
            "direct",
            PETRIE,
            "person",
            "announced, [[she]] said only",
            "announced, she [[said]] only",
        ),
        Q(
            "Cllr Lusk said [[she had already spoken to two groups interested in doing so]]",
            "indirect",
            LUSK,
            "person",
            "Cllr [[Lusk]] said she had already",
            "Cllr Lusk [[said]] she had already",
        ),
        Q(
            "members that [[it could raise “a six-figure sum” within a year if given a long "
            "lease]]",
            "mixed",
            CLUB,
            "organisation",
            "One, the [[Hollinbrook Swimming Club]], said",
            "Swimming Club, [[said]] in an email",
        ),
        Q(
            "after the meeting that [[she accepted the result]]",
            "indirect",
            CATCHPOLE,
            "person",
            "Cllr [[Catchpole]] said after the meeting",
            "Cllr Catchpole [[said]] after the meeting",
        ),
        Q(
            "but warned that [[the money would have to be found elsewhere]]",
            "indirect",
            CATCHPOLE,
            "person",
            "Cllr [[Catchpole]] said after the meeting",
            "result but [[warned]] that the money",
        ),
        Q(
            "“We have bought a year,”",
            "direct",
            CATCHPOLE,
            "person",
            "bought a year,” [[she]] said",
            "bought a year,” she [[said]]",
        ),
        Q(
            "“We have not bought a roof.”",
            "direct",
            CATCHPOLE,
            "person",
            "bought a year,” [[she]] said",
            "bought a year,” she [[said]]",
        ),
        Q(
            "She added that [[every month the building stayed open cost the council roughly "
            "£34,000]]",
            "indirect",
            CATCHPOLE,
            "person",
            "[[She]] added that every month",
            "She [[added]] that every month",
        ),
        Q(
            "Council said [[it would “respect the decision of full council” and that the baths "
            "would open as normal over the weekend]]",
            "mixed",
            HBC,
            "organisation",
            "[[Hollinbrook Borough Council]] said it would",
            "Borough Council [[said]] it would",
        ),
        Q(
            "The statement said [[officers would report back on the trust option in April]]",
            "indirect",
            HBC,
            "organisation",
            "[[Hollinbrook Borough Council]] said it would",
            "The statement [[said]] officers",
        ),
        Q(
            "“Go swimming,”",
            "direct",
            FENN,
            "person",
            "“Go swimming,” [[she]] said",
            "“Go swimming,” she [[said]]",
        ),
        Q(
            "“Seven o’clock, same as always.”",
            "direct",
            FENN,
            "person",
            "“Go swimming,” [[she]] said",
            "“Go swimming,” she [[said]]",
        ),
    ],
    "science_15": [
        Q(
            "[[Artificial light at night is quietly undermining the work of moths and other "
            "nocturnal insects that pollinate wild flowers]], according to",
            "indirect",
            STUDY,
            "organisation",
            "according to [[a three-year field study]]",
            "wild flowers, [[according to]] a three-year",
        ),
        Q(
            "Carrow, found that [[plants growing within 20 metres of an LED streetlight received "
            "29 per cent fewer visits from night-flying insects than plants in darkness, and set "
            "about a fifth less seed]]",
            "indirect",
            STUDY,
            "organisation",
            "[[The study]], carried out in meadows",
            "city of Carrow, [[found]] that plants",
        ),
        Q(
            "“We tend to think of pollination as a daytime story about bees,”",
            "direct",
            MARCHETTI,
            "person",
            "said Dr [[Ines Marchetti]], an ecologist",
            "about bees,” [[said]] Dr",
        ),
        Q(
            "“But a large share of it happens after dark, and we are switching the lights on over "
            "the top of it.”",
            "direct",
            MARCHETTI,
            "person",
            "said Dr [[Ines Marchetti]], an ecologist",
            "about bees,” [[said]] Dr",
        ),
        Q(
            "Its authors say [[it is the first study to follow the same plots through three full "
            "flowering seasons before and after new lights were installed]]",
            "indirect",
            AUTHORS,
            "group",
            "[[Its authors]] say it is the first",
            "Its authors [[say]] it is the first",
        ),
        Q(
            "The paper says [[the effect was strongest under cool white lights and weakest under "
            "amber ones, which emit less of the blue light that many insects find attractive]]",
            "indirect",
            STUDY,
            "organisation",
            "[[The paper]] says the effect",
            "The paper [[says]] the effect",
        ),
        Q(
            "the authors write, [[appeared to abandon feeding altogether and circle the light "
            "“until exhaustion or predation.”]]",
            "mixed",
            AUTHORS,
            "group",
            "lamps, [[the authors]] write",
            "lamps, the authors [[write]]",
        ),
        Q(
            "Tallis said [[the team had been surprised by how far the effect reached]]",
            "indirect",
            TALLIS,
            "person",
            "Co-author Professor [[Owen Tallis]] said",
            "Owen Tallis [[said]] the team",
        ),
        Q(
            "“We expected to see a change right under the lamp,”",
            "direct",
            TALLIS,
            "person",
            "under the lamp,” [[he]] said",
            "under the lamp,” he [[said]]",
        ),
        Q(
            "“We did not expect to see it at twenty metres, which on a residential street is "
            "basically everywhere.”",
            "direct",
            TALLIS,
            "person",
            "under the lamp,” [[he]] said",
            "under the lamp,” he [[said]]",
        ),
        Q(
            "He added that [[the loss of seed could matter more over decades than in any single "
            "year, because some of the plants studied rely heavily on night-time visits]]",
            "indirect",
            TALLIS,
            "person",
            "[[He]] added that the loss of seed",
            "He [[added]] that the loss of seed",
        ),
        Q(
            "called [[the camera data “genuinely impressive”]]",
            "mixed",
            ACHEBE,
            "person",
            "Dr [[Samuel Achebe-Rowe]], an entomologist",
            "in the work, [[called]] the camera",
        ),
        Q(
            "“This is a careful piece of work and I have no reason to doubt the numbers,”",
            "direct",
            ACHEBE,
            "person",
            "the numbers,” [[he]] said",
            "the numbers,” he [[said]]",
        ),
        Q(
            ("“The open question is whether", "picking up the slack during the day.”"),
            "direct",
            ACHEBE,
            "person",
            "the numbers,” [[he]] said",
            "the numbers,” he [[said]]",
        ),
        Q(
            "Achebe-Rowe said [[he would be “very surprised” if the broad finding did not hold "
            "elsewhere]]",
            "mixed",
            ACHEBE,
            "person",
            "[[Achebe-Rowe]] said he would be",
            "Achebe-Rowe [[said]] he would be",
        ),
        Q(
            "Carrow said [[the research had been funded by the Natural Environment Trust and that "
            "the cameras had been built by undergraduate engineering students]]",
            "indirect",
            CARROW_UNI,
            "organisation",
            "the [[University of Carrow]] said the research",
            "University of Carrow [[said]] the research",
        ),
        Q(
            "The university added that [[Marchetti would present the results to the city "
            "council’s transport committee next month]]",
            "indirect",
            CARROW_UNI,
            "organisation",
            "[[The university]] added",
            "The university [[added]]",
        ),
        Q(
            "2022, said [[it was “always willing to look at the evidence” and would consider "
            "dimming lights on some roads after midnight]]",
            "mixed",
            CITY_COUNCIL,
            "organisation",
            "[[The council]], which replaced",
            "and 2022, [[said]] it was",
        ),
        Q(
            "statement that [[modern LEDs could be fitted with warmer filters and shields at "
            "modest cost]]",
            "indirect",
            LIF,
            "organisation",
            "The [[Lighting Industry Federation]], which",
            "manufacturers, [[said]] in a statement",
        ),
        Q(
            "“Good lighting and dark skies are not enemies,”",
            "direct",
            LIF,
            "organisation",
            "enemies,” [[the federation]] said",
            "enemies,” the federation [[said]]",
        ),
        Q(
            "Marchetti said that [[dimming and shielding would help but that many lamps sold as "
            "wildlife-friendly had never been tested on insects at all]]",
            "indirect",
            MARCHETTI,
            "person",
            "[[Marchetti]] said that dimming",
            "Marchetti [[said]] that dimming",
        ),
        Q(
            "“Turn off the garden lights. Nobody needs to floodlight a lawn at three in the "
            "morning.”",
            "direct",
            MARCHETTI,
            "person",
            "residents could do, [[she]] was blunt",
            "residents could do, she [[was blunt]]",
        ),
        Q(
            "[[The team now plans to repeat the study in two larger cities from next spring]], "
            "Tallis said",
            "indirect",
            TALLIS,
            "person",
            "next spring, [[Tallis]] said",
            "next spring, Tallis [[said]]",
        ),
    ],
}

# The specifications below quote the articles verbatim, typographic marks included.
"""Gold specifications for cycling_14, airline_14, wirefin_14, school_14 and science_14
(round 14, second writer, written blind), merged into build_gold.py's dictionaries by its main()."""

from __future__ import annotations

from build_gold import Q

# cycling_14
NADA = "Nordic Anti-Doping Authority"
SANDAHL = "Mikkel Sandahl"
HAUGAARD = "Rolf Haugaard"
BRANDTZAEG = "Solveig Brandtzaeg"
VERHELST = "Jonas Verhelst"
RIVAL_RIDER = "a senior rider on a rival team"
VELOTRA = "Velotra"
KESTREL = "Kestrel Bikes"
ICRA = "International Cycling Riders' Association"
LUND = "Freja Lund"

# airline_14
SKYRAND = "Skyrand Airways"
WENNICK = "Dorota Wennick"
KOLBERG = "Anders Kolberg"
HOFSTAD = "Lena Hofstad"
PIET = "Piet"
CAD = "Civil Aviation Directorate"
MARJORAM = "Ilse Marjoram"
FIRST_OFFICER = "a first officer who asked not to be named"
DUSEK = "Mirela Dusek"

# wirefin_14
WROBLIK = "Tadeusz Wroblik"
MINUTES = "minutes of the April meeting"
ONE_MEMBER = "one member"
ECONOMISTS = "Economists"
ZIELINSKA = "Karolina Zielinska"
MAZUR = "Piotr Mazur"
BARTOSIK = "Ewa Bartosik"
KOWALCZYK = "Jan Kowalczyk"
FAMILIAR = "a person familiar with the council's discussions"
TRADER = "one trader"
STATS = "the statistics office"

# school_14
OYELARAN = "Margaret Oyelaran"
PELL = "Catriona Pell"
PENHALIGON = "Huw Penhaligon"
BTF = "Brackmoor Teachers' Federation"
AMIRA = "Amira"
TOMASZ = "Tomasz"
GIRL = "a 17-year-old who would not give her name"
FATHER = "a father of twins in Year 11, who did not want to be named"
REB = "Regional Examinations Board"
REB_SPOKES = "a spokeswoman for the board"

# science_14
RESULTS = "results of a large trial"
TRIAL = "the trial"
RESEARCHERS = "the researchers"
DUQUESNE = "Anselm Duquesne"
VARGA = "Teodor Varga"
MARCHETTI = "Helena Marchetti-Osei"
ONDRA = "Ondra Therapeutics"
EMOA = "European Medicines Oversight Agency"
EMOA_SPOKES = "a spokesman for the agency"
OLLERTON = "Graham Ollerton"

HELDOUT: dict[str, list[Q]] = {}

ARTICLES: dict[str, list[Q]] = {
    "cycling_14": [
        Q(
            (
                "[[Mikkel Sandahl, the Velotra team’s leader",
                "traces of a banned blood booster]], the",
            ),
            "indirect",
            NADA,
            "organisation",
            "booster, [[the Nordic Anti-Doping Authority]] said",
            "Anti-Doping Authority [[said]] on Tuesday",
        ),
        Q(
            (
                "The authority said in a statement that [[the sample, taken",
                "on the prohibited list.”]]",
            ),
            "mixed",
            NADA,
            "organisation",
            "[[The authority]] said in a statement",
            "The authority [[said]] in a statement",
        ),
        Q(
            "“I have never taken anything, not once in my career,”",
            "direct",
            SANDAHL,
            "person",
            "career,” [[Sandahl]] said",
            "career,” Sandahl [[said]]",
        ),
        Q(
            "“I will fight this with everything I have.”",
            "direct",
            SANDAHL,
            "person",
            "career,” [[Sandahl]] said",
            "career,” Sandahl [[said]]",
        ),
        Q(
            "height, said that [[he had asked for his B sample to be tested and that his lawyers "
            "were examining the chain of custody]]",
            "indirect",
            SANDAHL,
            "person",
            "[[The Dane]], who finished",
            "height, [[said]] that he had asked",
        ),
        Q(
            "in Aarhus that [[the squad had been informed on Monday evening]]",
            "indirect",
            HAUGAARD,
            "person",
            "manager, [[Rolf Haugaard]], told",
            "Rolf Haugaard, [[told]] reporters",
        ),
        Q(
            "He said [[Sandahl would not race until the case was resolved]]",
            "indirect",
            HAUGAARD,
            "person",
            "[[He]] said Sandahl would not",
            "He [[said]] Sandahl would not",
        ),
        Q(
            "“We have zero tolerance, and that applies to Mikkel exactly as it applies to a "
            "first-year neo-pro,”",
            "direct",
            HAUGAARD,
            "person",
            "neo-pro,” [[Haugaard]] said",
            "neo-pro,” Haugaard [[said]]",
        ),
        Q(
            "“If he is innocent, we will stand beside him. If he is not, he will never ride for us "
            "again.”",
            "direct",
            HAUGAARD,
            "person",
            "neo-pro,” [[Haugaard]] said",
            "neo-pro,” Haugaard [[said]]",
        ),
        Q(
            "“No. Nothing. Not a single value in his biological passport gave us a reason to "
            "worry.”",
            "direct",
            HAUGAARD,
            "person",
            "anything, [[the manager]] was blunt",
            None,
        ),
        Q(
            "According to the authority, [[the rider has 20 days to request a hearing]]",
            "indirect",
            NADA,
            "organisation",
            "According to [[the authority]], the rider",
            "[[According to]] the authority, the rider",
        ),
        Q(
            "Brandtzaeg, said [[the case had been handled “by the book”]]",
            "mixed",
            BRANDTZAEG,
            "person",
            "general, [[Solveig Brandtzaeg]], said",
            "Solveig Brandtzaeg, [[said]] the case",
        ),
        Q(
            "and warned that [[the agency would not comment on the details while it was open]]",
            "indirect",
            BRANDTZAEG,
            "person",
            "general, [[Solveig Brandtzaeg]], said",
            "book” and [[warned]] that",
        ),
        Q(
            "“Every athlete has the right to a fair process,”",
            "direct",
            BRANDTZAEG,
            "person",
            "process,” [[Brandtzaeg]] said",
            "process,” Brandtzaeg [[said]]",
        ),
        Q(
            "“and that right does not change because an athlete is famous.”",
            "direct",
            BRANDTZAEG,
            "person",
            "process,” [[Brandtzaeg]] said",
            "process,” Brandtzaeg [[said]]",
        ),
        Q(
            "Verhelst said [[he was “sad for the sport” but that he did not want to judge a "
            "colleague before a hearing]]",
            "mixed",
            VERHELST,
            "person",
            "[[Verhelst]] said he was",
            "Verhelst [[said]] he was",
        ),
        Q(
            "“I have raced against Mikkel since we were juniors,”",
            "direct",
            VERHELST,
            "person",
            "juniors,” [[he]] said",
            "juniors,” he [[said]]",
        ),
        Q(
            ("“I don’t know what happened.", "believing what they see on the road.”"),
            "direct",
            VERHELST,
            "person",
            "juniors,” [[he]] said",
            "juniors,” he [[said]]",
        ),
        Q(
            "forbidden comment, said [[the news had not surprised many in the bunch]]",
            "indirect",
            RIVAL_RIDER,
            "anonymous",
            "[[A senior rider on a rival team]], who spoke",
            "forbidden comment, [[said]] the news",
        ),
        Q(
            "“There were whispers all spring,”",
            "direct",
            RIVAL_RIDER,
            "anonymous",
            "spring,” [[the rider]] said",
            "spring,” the rider [[said]]",
        ),
        Q(
            "rejected [[that suggestion as “gossip from people who lost to him,”]]",
            "mixed",
            HAUGAARD,
            "person",
            "[[Haugaard]] rejected that",
            "Haugaard [[rejected]] that",
        ),
        Q(
            "argued that [[whispers were no substitute for evidence]]",
            "indirect",
            HAUGAARD,
            "person",
            "[[Haugaard]] rejected that",
            "him,” and [[argued]] that",
        ),
        Q(
            "described [[that case at the time as “a failure of one individual, not of the "
            "system.”]]",
            "mixed",
            VELOTRA,
            "organisation",
            "[[The team]] described that case",
            "The team [[described]] that case",
        ),
        Q(
            "said [[it was “monitoring the situation” and would await the outcome of the hearing]]",
            "mixed",
            KESTREL,
            "organisation",
            "[[Kestrel Bikes]], which supplies",
            "team’s frames, [[said]] it was",
        ),
        Q(
            "saying that [[long delays were “cruel to riders who turn out to be clean and unfair "
            "to those who were beaten by riders who were not.”]]",
            "mixed",
            ICRA,
            "organisation",
            "[[The International Cycling Riders’ Association]] called",
            "quickly, [[saying]] that long",
        ),
        Q(
            "DKN that [[her client had passed more than 40 tests in the past two years]]",
            "indirect",
            LUND,
            "person",
            "lawyer, [[Freja Lund]], told",
            "Freja Lund, [[told]] the Danish",
        ),
        Q(
            (
                "She said [[the amount found in the March sample",
                "everything he had eaten that week]]",
            ),
            "indirect",
            LUND,
            "person",
            "[[She]] said the amount",
            "She [[said]] the amount",
        ),
        Q(
            "“Please don’t give up on me. I haven’t given up on myself.”",
            "direct",
            SANDAHL,
            "person",
            "video, [[the rider]] closed",
            "the rider [[closed with a message]] to his fans",
        ),
    ],
    "airline_14": [
        Q(
            (
                "The airline said in a statement that [[it had been forced",
                "offered a full refund]]",
            ),
            "mixed",
            SKYRAND,
            "organisation",
            "[[The airline]] said in a statement that it",
            "The airline [[said]] in a statement that it",
        ),
        Q(
            "“This strike is unnecessary, and it is our customers who are paying for it,”",
            "direct",
            SKYRAND,
            "organisation",
            "for it,” [[the airline]] said",
            "for it,” the airline [[said]]",
        ),
        Q(
            "terminal that [[pilots had lost a fifth of their real pay since 2021]]",
            "indirect",
            WENNICK,
            "person",
            "Captain [[Dorota Wennick]], told",
            "Dorota Wennick, [[told]] a rally",
        ),
        Q(
            "“We fly your families. We fly your freight. We fly in fog and in snow and at four in "
            "the morning,”",
            "direct",
            WENNICK,
            "person",
            "morning,” [[Wennick]] said",
            "morning,” Wennick [[said]]",
        ),
        Q(
            "“All we are asking for is a contract that lets us sleep and pay our rent.”",
            "direct",
            WENNICK,
            "person",
            "morning,” [[Wennick]] said",
            "morning,” Wennick [[said]]",
        ),
        Q(
            "She said [[the union had offered to suspend the strike if management agreed to "
            "independent arbitration]]",
            "indirect",
            WENNICK,
            "person",
            "[[She]] said the union had offered",
            "She [[said]] the union had offered",
        ),
        Q(
            "accused [[Skyrand of “hiding behind its passengers.”]]",
            "mixed",
            WENNICK,
            "person",
            "[[She]] said the union had offered",
            "and [[accused]] Skyrand",
        ),
        Q(
            "Kolberg said [[the union’s demands would add 180 million crowns a year to the "
            "company’s costs]]",
            "indirect",
            KOLBERG,
            "person",
            "[[Kolberg]] said the union’s",
            "Kolberg [[said]] the union’s",
        ),
        Q(
            "argued that [[the airline was still recovering from the losses of the pandemic years]]",
            "indirect",
            KOLBERG,
            "person",
            "[[Kolberg]] said the union’s",
            "costs, and [[argued]] that",
        ),
        Q(
            "“I respect our pilots. I do not respect this timing,”",
            "direct",
            KOLBERG,
            "person",
            "timing,” [[he]] said",
            "timing,” he [[said]]",
        ),
        Q(
            ("“Walking out on a holiday weekend", "nothing to do with our negotiation.”"),
            "direct",
            KOLBERG,
            "person",
            "timing,” [[he]] said",
            "timing,” he [[said]]",
        ),
        Q(
            (
                "The chief executive said that [[talks could resume",
                "remained on the table]]",
            ),
            "mixed",
            KOLBERG,
            "person",
            "[[The chief executive]] said that talks",
            "The chief executive [[said]] that talks",
        ),
        Q(
            "dismissed [[the offer as “a rounding error.”]]",
            "mixed",
            WENNICK,
            "person",
            "[[Wennick]] dismissed",
            "Wennick [[dismissed]]",
        ),
        Q(
            "She said [[nine percent would not even restore pilots to where they had been before "
            "inflation]]",
            "indirect",
            WENNICK,
            "person",
            "[[She]] said nine percent",
            "She [[said]] nine percent",
        ),
        Q(
            "adding that [[rosters were the bigger problem]]",
            "indirect",
            WENNICK,
            "person",
            "[[She]] said nine percent",
            "inflation, [[adding]] that",
        ),
        Q(
            "said [[she had learned of the cancellation at the check-in desk]]",
            "indirect",
            HOFSTAD,
            "person",
            "[[Lena Hofstad]], 34",
            "two children, [[said]] she had",
        ),
        Q(
            "“Nobody sent me a message. Nothing,”",
            "direct",
            HOFSTAD,
            "person",
            "Nothing,” [[she]] said",
            "Nothing,” she [[said]]",
        ),
        Q(
            "as Piet, said [[he had some sympathy for the pilots]]",
            "indirect",
            PIET,
            "person",
            "[[Another passenger]], a retired",
            "as Piet, [[said]] he had",
        ),
        Q(
            "“They have a point,”",
            "direct",
            PIET,
            "person",
            "point,” [[he]] said",
            "point,” he [[said]]",
        ),
        Q(
            "regulator, said [[it was monitoring the situation]]",
            "indirect",
            CAD,
            "organisation",
            "[[The Civil Aviation Directorate]], the national",
            "regulator, [[said]] it was",
        ),
        Q(
            ("According to the directorate, [[passengers whose flights", "up to 600 euros]]"),
            "indirect",
            CAD,
            "organisation",
            "According to [[the directorate]], passengers",
            "[[According to]] the directorate, passengers",
        ),
        Q(
            "warned that [[airlines which failed to pay promptly would face enforcement action]]",
            "indirect",
            MARJORAM,
            "person",
            "affairs, [[Ilse Marjoram]], warned",
            "Ilse Marjoram, [[warned]] that",
        ),
        Q(
            "“We have seen carriers drag their feet before,”",
            "direct",
            MARJORAM,
            "person",
            "before,” [[she]] said",
            "before,” she [[said]]",
        ),
        Q(
            "“We will not allow that this time.”",
            "direct",
            MARJORAM,
            "person",
            "before,” [[she]] said",
            "before,” she [[said]]",
        ),
        Q(
            (
                "Marjoram added that [[the directorate would also look",
                "but no less important.”]]",
            ),
            "mixed",
            MARJORAM,
            "person",
            "[[Marjoram]] added that",
            "Marjoram [[added]] that",
        ),
        Q(
            "job, said [[she had reported fatigue twice in April and had been asked both times to "
            "“think again.”]]",
            "mixed",
            FIRST_OFFICER,
            "anonymous",
            "[[A first officer who asked not to be named]], because",
            "for her job, [[said]] she had",
        ),
        Q(
            "Partners, said [[the company could not afford a long fight]]",
            "indirect",
            DUSEK,
            "person",
            "[[Mirela Dusek]], an aviation",
            "Tessar Partners, [[said]] the company",
        ),
        Q(
            "“Every day this goes on is a gift to NordAir,”",
            "direct",
            DUSEK,
            "person",
            "NordAir,” [[Dusek]] said",
            "NordAir,” Dusek [[said]]",
        ),
    ],
    "wirefin_14": [
        Q(
            "its governor said [[a cut was unlikely before the autumn]]",
            "indirect",
            WROBLIK,
            "person",
            "and [[its governor]] said a cut",
            "its governor [[said]] a cut",
        ),
        Q(
            '"Inflation is coming down, but it is not coming down fast enough for us to declare '
            'victory,"',
            "direct",
            WROBLIK,
            "person",
            "Governor [[Tadeusz Wroblik]] told",
            "Tadeusz Wroblik [[told]] a news",
        ),
        Q(
            '"We would rather be a month too late than a month too early."',
            "direct",
            WROBLIK,
            "person",
            "Governor [[Tadeusz Wroblik]] told",
            "Tadeusz Wroblik [[told]] a news",
        ),
        Q(
            ("Wroblik said [[core inflation, which strips", "pressure on services prices]]"),
            "mixed",
            WROBLIK,
            "person",
            "[[Wroblik]] said core inflation",
            "Wroblik [[said]] core inflation",
        ),
        Q(
            "The governor said [[the Monetary Policy Council had discussed the possibility of a "
            "cut, but that only two of its ten members had supported one]]",
            "indirect",
            WROBLIK,
            "person",
            "[[The governor]] said the Monetary",
            "The governor [[said]] the Monetary",
        ),
        Q(
            '"I am not going to run a council where everyone has to agree with me,"',
            "direct",
            WROBLIK,
            "person",
            'with me," [[he]] said',
            'with me," he [[said]]',
        ),
        Q(
            "Wednesday, [[several members argued that the bank should wait until the effect of a "
            "planned rise in energy tariffs was known]]",
            "indirect",
            MINUTES,
            "organisation",
            "According to [[minutes of the April meeting]]",
            "[[According to]] minutes",
        ),
        Q(
            'One member warned that [[a premature cut could weaken the zloty and "undo a year of '
            'hard work."]]',
            "mixed",
            ONE_MEMBER,
            "anonymous",
            "[[One member]] warned",
            "One member [[warned]]",
        ),
        Q(
            "Economists said [[the message was more hawkish than they had expected]]",
            "indirect",
            ECONOMISTS,
            "anonymous",
            "[[Economists]] said the message",
            "Economists [[said]] the message",
        ),
        Q(
            'in Warsaw, said [[the governor had "closed the door on July and left September only '
            'slightly open."]]',
            "mixed",
            ZIELINSKA,
            "person",
            "[[Karolina Zielinska]], chief",
            "Bank in Warsaw, [[said]] the governor",
        ),
        Q(
            '"We are moving our forecast for the first cut to October,"',
            "direct",
            ZIELINSKA,
            "person",
            'October," [[she]] wrote',
            'October," she [[wrote]]',
        ),
        Q(
            'London said that [[markets had been "too optimistic" and that the bank was right to '
            "be cautious given the uncertainty over fiscal policy]]",
            "mixed",
            MAZUR,
            "person",
            "[[Piotr Mazur]] of Hanseatic",
            "in London [[said]] that markets",
        ),
        Q(
            '"The budget is the elephant in the room,"',
            "direct",
            MAZUR,
            "person",
            'room," [[Mazur]] said',
            'room," Mazur [[said]]',
        ),
        Q(
            "said on Tuesday that [[the government would present a plan to bring the deficit "
            "below 3 percent of gross domestic product within four years]]",
            "indirect",
            BARTOSIK,
            "person",
            "Finance Minister [[Ewa Bartosik]] said",
            "Ewa Bartosik [[said]] on Tuesday",
        ),
        Q(
            "She told parliament that [[spending on defence would be protected]]",
            "indirect",
            BARTOSIK,
            "person",
            "[[She]] told parliament",
            "She [[told]] parliament",
        ),
        Q(
            '"The bank is independent. I have my job and the governor has his."',
            "direct",
            BARTOSIK,
            "person",
            "rates, [[Bartosik]] replied",
            "rates, Bartosik [[replied]]",
        ),
        Q(
            'added that [[lower borrowing costs "would obviously help families with mortgages,"]]',
            "mixed",
            BARTOSIK,
            "person",
            "But [[the minister]], speaking",
            "parliament building, [[added]] that",
        ),
        Q(
            '"Everybody wants lower rates. I want lower rates,"',
            "direct",
            WROBLIK,
            "person",
            'lower rates," [[he]] said',
            'lower rates," he [[said]]',
        ),
        Q(
            ("He said [[the bank's new projection", "in the second half of 2027]]"),
            "indirect",
            WROBLIK,
            "person",
            "[[He]] said the bank's new",
            "He [[said]] the bank's new",
        ),
        Q(
            "argued that [[the bank was underestimating the slowdown in industry]]",
            "indirect",
            KOWALCZYK,
            "person",
            "[[Jan Kowalczyk]], an economist",
            "Baltica Securities, [[argued]] that",
        ),
        Q(
            "and said [[a cut in September was still his base case]]",
            "indirect",
            KOWALCZYK,
            "person",
            "[[Jan Kowalczyk]], an economist",
            "industry and [[said]] a cut",
        ),
        Q(
            '"Factory orders have fallen for five months. At some point the council will have to '
            'look out of the window,"',
            "direct",
            KOWALCZYK,
            "person",
            'window," [[Kowalczyk]] said',
            'window," Kowalczyk [[said]]',
        ),
        Q(
            "discussions said [[the two members who favoured a cut had pointed to weak lending "
            "data]]",
            "indirect",
            FAMILIAR,
            "anonymous",
            "[[A person familiar with the council's discussions]] said",
            "council's discussions [[said]] the two",
        ),
        Q(
            'private, said [[the debate had been "polite but long."]]',
            "mixed",
            FAMILIAR,
            "anonymous",
            "[[The person]], who asked not to be identified",
            "were private, [[said]] the debate",
        ),
        Q(
            'described [[the decision as "the most boring surprise of the year."]]',
            "mixed",
            TRADER,
            "anonymous",
            "[[One trader]] described",
            "One trader [[described]]",
        ),
        Q(
            "[[Inflation eased to 4.3 percent in April from 4.9 percent in March]], according to",
            "indirect",
            STATS,
            "organisation",
            "according to [[the statistics office]]",
            "in March, [[according to]] the statistics",
        ),
    ],
    "school_14": [
        Q(
            (
                "Academy, said [[the drop in top grades",
                "introduced by the government last autumn]]",
            ),
            "indirect",
            OYELARAN,
            "person",
            "[[Margaret Oyelaran]], head of",
            "Fenwick Hill Academy, [[said]] the drop",
        ),
        Q(
            "“You cannot move the goalposts in October and then blame the players in August,”",
            "direct",
            OYELARAN,
            "person",
            "August,” [[Oyelaran]] said",
            "August,” Oyelaran [[said]]",
        ),
        Q(
            "on Wednesday that [[the new scheme had simply ended years of “grade inflation” and "
            "that results were now “honest.”]]",
            "mixed",
            PELL,
            "person",
            "minister, [[Catriona Pell]], told",
            "Catriona Pell, [[told]] the regional",
        ),
        Q(
            "She said [[schools that had fallen furthest should look at their own teaching before "
            "criticising the system]]",
            "indirect",
            PELL,
            "person",
            "[[She]] said schools that",
            "She [[said]] schools that",
        ),
        Q(
            "Oyelaran said [[that remark was “an insult to every teacher in the region.”]]",
            "mixed",
            OYELARAN,
            "person",
            "[[Oyelaran]] said that remark",
            "Oyelaran [[said]] that remark",
        ),
        Q(
            "Gazette [[she had written to Pell asking for a meeting, but had received only a "
            "standard reply from the minister’s office]]",
            "indirect",
            OYELARAN,
            "person",
            "[[She]] told the Brackmoor",
            "She [[told]] the Brackmoor",
        ),
        Q(
            "“I have visited more schools in the past year than any of my predecessors did in "
            "five,”",
            "direct",
            PELL,
            "person",
            "in five,” [[she]] said",
            "in five,” she [[said]]",
        ),
        Q(
            "She argued that [[the pass rate hid a sharp fall in the top grades that mattered most "
            "for university places]]",
            "indirect",
            OYELARAN,
            "person",
            "[[She]] argued that",
            "She [[argued]] that",
        ),
        Q(
            "and said [[her school had seen several pupils miss offers by a single grade]]",
            "indirect",
            OYELARAN,
            "person",
            "[[She]] argued that",
            "university places, and [[said]] her school",
        ),
        Q(
            "Penhaligon, said [[teachers had warned the ministry in writing last year that the "
            "changes were being rushed]]",
            "indirect",
            PENHALIGON,
            "person",
            "secretary, [[Huw Penhaligon]], said",
            "Huw Penhaligon, [[said]] teachers",
        ),
        Q(
            "“We told them. We put it on paper. They went ahead anyway,”",
            "direct",
            PENHALIGON,
            "person",
            "anyway,” [[Penhaligon]] said",
            "anyway,” Penhaligon [[said]]",
        ),
        Q(
            ("The union said in a statement that [[it would ballot", "seats on the panel]]"),
            "indirect",
            BTF,
            "organisation",
            "[[The union]] said in a statement",
            "The union [[said]] in a statement",
        ),
        Q(
            "not be used, said [[she had expected an A in chemistry and received a B]]",
            "indirect",
            AMIRA,
            "person",
            "[[Amira]], 16",
            "not be used, [[said]] she had",
        ),
        Q(
            "“I did every past paper. Every single one,”",
            "direct",
            AMIRA,
            "person",
            "single one,” [[she]] said",
            "single one,” she [[said]]",
        ),
        Q(
            "He said [[he had got the grades he needed for the sixth-form college he wanted, and "
            "that he felt sorry for the teachers]]",
            "indirect",
            TOMASZ,
            "person",
            "[[He]] said he had got",
            "He [[said]] he had got",
        ),
        Q(
            "her name said [[she was going to appeal two of her results]]",
            "indirect",
            GIRL,
            "anonymous",
            "[[A 17-year-old who would not give her name]] said",
            "her name [[said]] she was going",
        ),
        Q(
            "The girl said [[her teachers had told her the marking of one paper looked "
            "“strange.”]]",
            "mixed",
            GIRL,
            "anonymous",
            "[[The girl]] said her teachers",
            "The girl [[said]] her teachers",
        ),
        Q(
            "be named, said [[the families at Fenwick Hill had been left “completely in the dark” "
            "about the new scheme until the spring]]",
            "mixed",
            FATHER,
            "anonymous",
            "[[A father of twins in Year 11]], who did not",
            "to be named, [[said]] the families",
        ),
        Q(
            "Board, [[the number of appeals lodged by Thursday afternoon was roughly double last "
            "year’s]]",
            "indirect",
            REB,
            "organisation",
            "According to [[the Regional Examinations Board]]",
            "measured. [[According to]] the Regional",
        ),
        Q(
            "board said [[every appeal would be reviewed by a senior examiner]]",
            "indirect",
            REB_SPOKES,
            "anonymous",
            "[[A spokeswoman for the board]] said",
            "for the board [[said]] every appeal",
        ),
        Q(
            "Pell insisted [[she would not reverse the changes]]",
            "indirect",
            PELL,
            "person",
            "[[Pell]] insisted",
            "Pell [[insisted]]",
        ),
        Q(
            "the minister said that [[“the easy thing would be to go back,” but that it would be "
            "wrong]]",
            "mixed",
            PELL,
            "person",
            "assembly, [[the minister]] said that",
            "the minister [[said]] that “the easy",
        ),
        Q(
            "“We owe it to these young people to give them grades that mean something,”",
            "direct",
            PELL,
            "person",
            "mean something,” [[she]] said",
            "mean something,” she [[said]]",
        ),
        Q(
            "nine years, said [[she did not disagree with that principle]]",
            "indirect",
            OYELARAN,
            "person",
            "[[Oyelaran]], who has led",
            "nine years, [[said]] she did not",
        ),
        Q(
            "“I want grades that mean something too,”",
            "direct",
            OYELARAN,
            "person",
            "something too,” [[she]] said",
            "something too,” she [[said]]",
        ),
    ],
    "science_14": [
        Q(
            "[[A single dose of an experimental vaccine against respiratory syncytial virus cut "
            "hospital admissions among adults over 70 by almost two thirds over two winters]], "
            "according to",
            "indirect",
            RESULTS,
            "organisation",
            "according to [[results of a large trial]]",
            "winters, [[according to]] results",
        ),
        Q(
            ("The trial found that [[41 of the 9,800", "given a placebo]]"),
            "indirect",
            TRIAL,
            "organisation",
            "[[The trial]] found that",
            "The trial [[found]] that",
        ),
        Q(
            "[[Side effects were mostly mild]], the researchers reported",
            "indirect",
            RESEARCHERS,
            "group",
            "mild, [[the researchers]] reported",
            "the researchers [[reported]]",
        ),
        Q(
            "“This is the result we hoped for, and frankly a bit better than we expected,”",
            "direct",
            DUQUESNE,
            "person",
            "Professor [[Anselm Duquesne]], the lead",
            "expected,” [[said]] Professor",
        ),
        Q(
            "“For the first time we can say that one shot protects people through two full "
            "seasons.”",
            "direct",
            DUQUESNE,
            "person",
            "Professor [[Anselm Duquesne]], the lead",
            "expected,” [[said]] Professor",
        ),
        Q(
            "Duquesne said [[the protection waned only slightly in the second winter, falling from "
            "68 percent to 59 percent]]",
            "indirect",
            DUQUESNE,
            "person",
            "[[Duquesne]] said the protection",
            "Duquesne [[said]] the protection",
        ),
        Q(
            "however, that [[the trial had not been designed to measure deaths, and that too few "
            "participants had died for any conclusion to be drawn]]",
            "indirect",
            DUQUESNE,
            "person",
            "[[He]] cautioned",
            "He [[cautioned]]",
        ),
        Q(
            "institute, said [[the team had deliberately recruited people with heart and lung "
            "disease, who are most at risk]]",
            "indirect",
            VARGA,
            "person",
            "Dr [[Teodor Varga]], a co-author",
            "same institute, [[said]] the team",
        ),
        Q(
            "“Too many vaccine trials enrol the healthiest old people they can find,”",
            "direct",
            VARGA,
            "person",
            "can find,” [[Varga]] said",
            "can find,” Varga [[said]]",
        ),
        Q(
            "He said [[about a third of the participants had at least one chronic condition, and "
            "that the vaccine had worked about as well in them as in healthier volunteers]]",
            "indirect",
            VARGA,
            "person",
            "[[He]] said about a third",
            "He [[said]] about a third",
        ),
        Q(
            "He said [[that was a question for regulators and for the bodies that advise "
            "governments on vaccination]]",
            "indirect",
            DUQUESNE,
            "person",
            "[[He]] said that was",
            "He [[said]] that was",
        ),
        Q(
            "“The numbers speak loudly.”",
            "direct",
            DUQUESNE,
            "person",
            "[[He]] said that was",
            "but [[added]]: “The",
        ),
        Q(
            "called [[the results “genuinely impressive”]]",
            "mixed",
            MARCHETTI,
            "person",
            "Dr [[Helena Marchetti-Osei]], a professor",
            "the study, [[called]] the results",
        ),
        Q(
            "and said [[the trial was large and well run]]",
            "indirect",
            MARCHETTI,
            "person",
            "Dr [[Helena Marchetti-Osei]], a professor",
            "impressive” and [[said]] the trial",
        ),
        Q(
            "“My worry is not the science, it’s the price,”",
            "direct",
            MARCHETTI,
            "person",
            "the price,” [[she]] said",
            "the price,” she [[said]]",
        ),
        Q(
            "“A vaccine that nobody can afford to give to every 70-year-old is a vaccine that "
            "protects very few 70-year-olds.”",
            "direct",
            MARCHETTI,
            "person",
            "the price,” [[she]] said",
            "the price,” she [[said]]",
        ),
        Q(
            ("She also noted that [[the trial had been paid for by Ondra", "would be important]]"),
            "indirect",
            MARCHETTI,
            "person",
            "[[She]] also noted",
            "She also [[noted]]",
        ),
        Q(
            "Ondra said in a statement that [[it had not yet set a price]]",
            "indirect",
            ONDRA,
            "organisation",
            "[[Ondra]] said in a statement",
            "Ondra [[said]] in a statement",
        ),
        Q(
            "regulator, said [[it did not comment on products that had not been submitted for "
            "review]]",
            "indirect",
            EMOA,
            "organisation",
            "[[The European Medicines Oversight Agency]], the regional",
            "drug regulator, [[said]] it did not",
        ),
        Q(
            "agency said [[any application would be assessed “on the full data, not on a press "
            "release.”]]",
            "mixed",
            EMOA_SPOKES,
            "anonymous",
            "[[A spokesman for the agency]] said",
            "for the agency [[said]] any",
        ),
        Q(
            "Varga acknowledged that [[the study had limits]]",
            "indirect",
            VARGA,
            "person",
            "[[Varga]] acknowledged",
            "Varga [[acknowledged]]",
        ),
        Q(
            "“We followed people for two winters. We don’t know what happens in the third,”",
            "direct",
            VARGA,
            "person",
            "the third,” [[he]] said",
            "the third,” he [[said]]",
        ),
        Q(
            ("The researchers said that [[a follow-up study", "had already begun]]"),
            "indirect",
            RESEARCHERS,
            "group",
            "[[The researchers]] said that",
            "The researchers [[said]] that",
        ),
        Q(
            "said [[RSV had been “the forgotten winter virus” for decades]]",
            "mixed",
            OLLERTON,
            "person",
            "[[Graham Ollerton]], chief",
            "Later Life, [[said]] RSV",
        ),
        Q(
            "“Families know about flu. They know about Covid. Very few know that RSV kills "
            "thousands of older people every year,”",
            "direct",
            OLLERTON,
            "person",
            "every year,” [[he]] said",
            "every year,” he [[said]]",
        ),
        Q(
            "Duquesne said [[it would not be before the winter after next at the earliest]]",
            "indirect",
            DUQUESNE,
            "person",
            "patients, [[Duquesne]] said",
            "patients, Duquesne [[said]]",
        ),
        Q(
            "“I would love to say this winter,”",
            "direct",
            DUQUESNE,
            "person",
            "winter,” [[he]] said",
            "winter,” he [[said]]",
        ),
        Q(
            ("“But the regulators will want", "than fast and doubted.”"),
            "direct",
            DUQUESNE,
            "person",
            "winter,” [[he]] said",
            "winter,” he [[said]]",
        ),
    ],
}

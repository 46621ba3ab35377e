# The specifications below quote the articles verbatim, typographic marks included.
"""Gold specifications for sport_11, science_11, business_11, wirepol_11 and health_11
(round 11b, written blind to the detector), merged into build_gold.py's dictionaries by its main()."""

from __future__ import annotations

from build_gold import Q

# sport_11
BREKKE = "Halvard Brekke"
CASTELLANE = "Luc Castellane"
AMBLARD = "Régis Amblard"
SKOVGAARD = "Mette Skovgaard"
OHANA = "Pascale Ohana"
TOURNAMENT = "Valdoria Open"
VTF = "Valdoria Tennis Federation"
BENVENUTO = "Aurelio Benvenuto"
COUNCIL = "the players' council"

# science_11
STUDY = "the study"
OKOYE = "Amara Okoye"
LINDQVIST = "Fenna Lindqvist"
RESEARCHERS = "the researchers"
AUTHORS = "the authors"
CALDERBROOK = "University of Calderbrook"
MARSH = "Gideon Marsh"
NWS = "the national weather service"
MIN_SPOKES = "a spokeswoman for the health ministry"
NHSF = "Northern Heart and Stroke Foundation"
HARCOURT = "Delphine Harcourt"

# business_11
MK = "Marlow & Kane Holdings"
HALDANE = "Gregor Haldane"
OYELARAN = "Janet Oyelaran"
RAFFERTY = "Declan Rafferty"
WHITLOCK = "Oona Whitlock"
TAN = "Marcus Tan"
COULTHARD = "Brenda Coulthard"
ASSISTANT = "a sales assistant at the Ashby Fold store"
PRYCE = "Anthony Pryce"

# wirepol_11
COMMUNIQUE = "a final communique"
VELS_OFFICIALS = "Velsovian officials"
LINDQVARN = "Marta Lindqvarn"
ORS_MFA = "Orsenna's foreign ministry"
DIPLOMAT = "a diplomat from one of the smaller delegations"
ILLIC = "Davor Illic"
MAELSTAD = "Ingrid Maelstad"
GREENS = "Environmental groups"
AOT = "Aldric Ocean Trust"
SODERLUND = "Helena Soderlund"
SMALL_STATES = "the smaller states at the summit"
FJELLSTROM = "Anders Fjellstrom"
HARROWGATE = "analysts at Harrowgate Economics"

# health_11
HHB = "Harrowmoor Health Board"
ELLERY = "Margaret Ellery"
KILBRIDE = "Siobhan Kilbride"
ABERNETHY = "Ruth Abernethy"
NURSE = "a nurse who asked not to be named"
MORGAN_LLOYD = "Carys Morgan-Lloyd"
LACHLAN = "Fiona Lachlan"
PRICE = "Owain Price"
AGENCY = "the regional public health agency"
ODUYA = "Helen Oduya"
PENNANT = "Joy Pennant"

HELDOUT: dict[str, list[Q]] = {}

ARTICLES: dict[str, list[Q]] = {
    "sport_11": [
        Q(
            "“I honestly don’t remember the last point,”",
            "direct",
            BREKKE,
            "person",
            "last point,” [[Brekke]] said",
            "last point,” Brekke [[said]]",
        ),
        Q(
            ("[[“I remember the ball leaving", "pouring water on my head.”"),
            "direct",
            BREKKE,
            "person",
            "last point,” [[Brekke]] said",
            "last point,” Brekke [[said]]",
        ),
        Q(
            ("He said [[he had felt his legs go", "from the back of the court"),
            "indirect",
            BREKKE,
            "person",
            "[[He]] said he had felt",
            "He [[said]] he had felt",
        ),
        Q(
            "“When you are that tired, you stop thinking,”",
            "direct",
            BREKKE,
            "person",
            "stop thinking,” [[he]] said",
            "stop thinking,” he [[said]]",
        ),
        Q(
            "“Maybe that is what saved me.”",
            "direct",
            BREKKE,
            "person",
            "stop thinking,” [[he]] said",
            "stop thinking,” he [[said]]",
        ),
        Q(
            "reporters that [[Brekke had “played the big points like a champion” and that he had "
            "no complaints about the result]]",
            "mixed",
            CASTELLANE,
            "person",
            "[[He]] told reporters that Brekke",
            "He [[told]] reporters that Brekke",
        ),
        Q(
            "“I had my chances. Two match points, on my serve, and I didn’t take them,”",
            "direct",
            CASTELLANE,
            "person",
            "the 29-year-old",
            "the 29-year-old [[said]]",
        ),
        Q(
            "“That will hurt tonight. Tomorrow I will look at the whole week and I think I will "
            "be proud of it.”",
            "direct",
            CASTELLANE,
            "person",
            "the 29-year-old",
            "the 29-year-old [[said]]",
        ),
        Q(
            ("blunt: [[“That is a ball he makes", "nine hundred and ninety-nine times.”"),
            "direct",
            AMBLARD,
            "person",
            "[[he]] was blunt",
            "he [[was blunt]]",
        ),
        Q(
            "Amblard added that [[Castellane had been troubled by a sore right shoulder since the "
            "quarter-finals]]",
            "indirect",
            AMBLARD,
            "person",
            "[[Amblard]] added that",
            "Amblard [[added]] that",
        ),
        Q(
            "the coach said, [[had cost him several miles an hour on his first serve]]",
            "indirect",
            AMBLARD,
            "person",
            "which, [[the coach]] said",
            "which, the coach [[said]]",
        ),
        Q(
            "saying [[it was “nothing a week on the beach won’t fix.”]]",
            "mixed",
            CASTELLANE,
            "person",
            "[[The player]] himself",
            "the injury, [[saying]] it was",
        ),
        Q(
            "described [[the victory as “the reward for eight years of boring work,”]]",
            "mixed",
            SKOVGAARD,
            "person",
            "[[She]] described the victory",
            "She [[described]] the victory",
        ),
        Q(
            "and said that [[the pair had spent most of the winter on his second serve, which had "
            "been the weakest part of his game]]",
            "indirect",
            SKOVGAARD,
            "person",
            "[[She]] described the victory",
            "and [[said]] that the pair",
        ),
        Q(
            "“People see the forehand and the big celebrations,”",
            "direct",
            SKOVGAARD,
            "person",
            "celebrations,” [[Skovgaard]] said",
            "celebrations,” Skovgaard [[said]]",
        ),
        Q(
            "“They don’t see him hitting 400 second serves on a cold court in Bergen in January. "
            "I do.”",
            "direct",
            SKOVGAARD,
            "person",
            "celebrations,” [[Skovgaard]] said",
            "celebrations,” Skovgaard [[said]]",
        ),
        Q(
            "Pascale Ohana, [[play was halted because medical staff needed to use the players’ "
            "tunnel to reach the stand]]",
            "indirect",
            OHANA,
            "person",
            "referee, [[Pascale Ohana]], play",
            "[[According to]] the tournament referee",
        ),
        Q(
            "[[The spectator was taken to hospital in a stable condition]], the tournament said",
            "indirect",
            TOURNAMENT,
            "organisation",
            "condition, [[the tournament]] said",
            "the tournament [[said]] in a statement",
        ),
        Q(
            ("[[“I went to the locker room", "the worst thing you can do,”"),
            "direct",
            BREKKE,
            "person",
            "can do,” [[he]] admitted",
            "can do,” he [[admitted]]",
        ),
        Q(
            "“Mette came in and told me to stop being an idiot. She used a stronger word.”",
            "direct",
            BREKKE,
            "person",
            "can do,” [[he]] admitted",
            "can do,” he [[admitted]]",
        ),
        Q(
            "“I might have said something like that,”",
            "direct",
            SKOVGAARD,
            "person",
            "like that,” [[she]] said",
            "like that,” she [[said]]",
        ),
        Q(
            "careful: [[“One tournament doesn’t make you anything. Ask me again in a year.”]]",
            "direct",
            BREKKE,
            "person",
            "[[he]] was careful",
            "he [[was careful]]",
        ),
        Q(
            "confirmed last month that [[from next season the final set will be decided by a "
            "first-to-ten tie-break at six games all, in line with the other events on the tour]]",
            "indirect",
            VTF,
            "organisation",
            "The [[Valdoria Tennis Federation]], which runs",
            "the event, [[confirmed]] last month",
        ),
        Q(
            "on Sunday that [[the change was about “protecting the players and the schedule” "
            "rather than television]]",
            "mixed",
            BENVENUTO,
            "person",
            "president, [[Aurelio Benvenuto]], said",
            "Aurelio Benvenuto, [[said]] on Sunday",
        ),
        Q(
            "“Nobody wants to see a final finish at one in the morning,”",
            "direct",
            BENVENUTO,
            "person",
            "morning,” [[Benvenuto]] said",
            "morning,” Benvenuto [[said]]",
        ),
        Q(
            "“Today was wonderful. But we also had a women’s doubles final that started two hours "
            "late because of it.”",
            "direct",
            BENVENUTO,
            "person",
            "morning,” [[Benvenuto]] said",
            "morning,” Benvenuto [[said]]",
        ),
        Q(
            "last week that [[it had not been consulted]]",
            "indirect",
            COUNCIL,
            "organisation",
            "[[The players’ council]], which represents",
            "the tour, [[said]] in a letter",
        ),
        Q(
            "“They call this the ‘people’s final’ because the crowd is so close to the court,”",
            "direct",
            CASTELLANE,
            "person",
            "the court,” [[he]] said",
            "the court,” he [[said]]",
        ),
        Q(
            "“I don’t think the people were asked either.”",
            "direct",
            CASTELLANE,
            "person",
            "the court,” [[he]] said",
            "the court,” he [[said]]",
        ),
        Q(
            "said [[he had no strong opinion]]",
            "indirect",
            BREKKE,
            "person",
            "[[Brekke]], for his part",
            "his part, [[said]] he had",
        ),
        Q(
            "“My mother wants to put it in the kitchen,”",
            "direct",
            BREKKE,
            "person",
            "kitchen,” [[he]] said",
            "kitchen,” he [[said]]",
        ),
        Q(
            "“I think she is joking. I am not sure.”",
            "direct",
            BREKKE,
            "person",
            "kitchen,” [[he]] said",
            "kitchen,” he [[said]]",
        ),
    ],
    "science_11": [
        Q(
            "[[Older adults are significantly more likely to suffer a stroke in the two days after "
            "a very hot afternoon, even in cities with mild summers]], according to",
            "indirect",
            STUDY,
            "organisation",
            "according to [[a study]] published",
            "summers, [[according to]] a study",
        ),
        Q(
            "The study found that [[the risk of an ischaemic stroke rose by 18 percent in the 48 "
            "hours after an afternoon on which the temperature exceeded 30C, compared with days of "
            "ordinary summer weather]]",
            "indirect",
            STUDY,
            "organisation",
            "[[The study]] found that",
            "The study [[found]] that",
        ),
        Q(
            "“What surprised us was not that heat is dangerous. We knew that,”",
            "direct",
            OKOYE,
            "person",
            "said Dr [[Amara Okoye]], a vascular",
            "We knew that,” [[said]] Dr",
        ),
        Q(
            ("[[“What surprised us was how quickly", "These are single hot afternoons.”"),
            "direct",
            OKOYE,
            "person",
            "said Dr [[Amara Okoye]], a vascular",
            "We knew that,” [[said]] Dr",
        ),
        Q(
            "Dr Okoye said that [[many of the strokes occurred at night or early the following "
            "morning, when patients were alone and symptoms could go unnoticed for hours]]",
            "indirect",
            OKOYE,
            "person",
            "Dr [[Okoye]] said that many",
            "Dr Okoye [[said]] that many",
        ),
        Q(
            "[[Dehydration is the most likely explanation]], the researchers said",
            "indirect",
            RESEARCHERS,
            "group",
            "explanation, [[the researchers]] said",
            "the researchers [[said]]",
        ),
        Q(
            "“If you are 80 and you take a diuretic and you live on the top floor of a building "
            "without air conditioning, a 31-degree afternoon is a medical event,”",
            "direct",
            LINDQVIST,
            "person",
            "said Dr [[Fenna Lindqvist]], a geriatrician",
            "medical event,” [[said]] Dr",
        ),
        Q(
            "She said [[the team had been struck by how few of the patients had been given any "
            "advice about heat by their doctors]]",
            "indirect",
            LINDQVIST,
            "person",
            "[[She]] said the team had been struck",
            "She [[said]] the team had been struck",
        ),
        Q(
            "simple: [[“Every prescription for these drugs should come with a sentence about "
            "summer.”]]",
            "direct",
            OKOYE,
            "person",
            "[[Her]] view was simple",
            "Her [[view was simple]]",
        ),
        Q(
            "the authors wrote that [[their findings “should not be read as a reason to stop "
            "taking blood pressure medication.”]]",
            "mixed",
            AUTHORS,
            "group",
            "[[the authors]] wrote that",
            "the authors [[wrote]] that",
        ),
        Q(
            "[[The drugs protect against stroke far more than heat threatens it]], they added",
            "indirect",
            AUTHORS,
            "group",
            "threatens it, [[they]] added",
            "threatens it, they [[added]]",
        ),
        Q(
            "It described [[the research as “the clearest evidence yet that heat-health warnings "
            "are set too high for older people,”]]",
            "mixed",
            CALDERBROOK,
            "organisation",
            "[[It]] described the research",
            "It [[described]] the research",
        ),
        Q(
            "and said [[the national weather service’s warnings, which begin at 33C in most "
            "regions, were “out of step with the science.”]]",
            "mixed",
            CALDERBROOK,
            "organisation",
            "[[It]] described the research",
            "people,” and [[said]] the national",
        ),
        Q(
            "“It is a careful, well-designed study and I have no reason to doubt its central "
            "finding,”",
            "direct",
            MARSH,
            "person",
            "central finding,” [[he]] said",
            "central finding,” he [[said]]",
        ),
        Q(
            ("[[“But it is one country, nine cities", "had a small stroke and stayed at home.”"),
            "direct",
            MARSH,
            "person",
            "central finding,” [[he]] said",
            "central finding,” he [[said]]",
        ),
        Q(
            "Marsh said [[the researchers had done a good job of adjusting for air pollution, "
            "which also rises on hot days, but that some of the effect might still be explained "
            "by ozone]]",
            "indirect",
            MARSH,
            "person",
            "[[Marsh]] said the researchers",
            "Marsh [[said]] the researchers",
        ),
        Q(
            "noted that [[the study could not say whether the patients had actually been "
            "outdoors]]",
            "indirect",
            MARSH,
            "person",
            "[[He]] also noted that",
            "He also [[noted]] that",
        ),
        Q(
            "“I would want to see this replicated before we rewrite national policy,”",
            "direct",
            MARSH,
            "person",
            "national policy,” [[he]] said",
            "national policy,” he [[said]]",
        ),
        Q(
            "Dr Okoye accepted that [[the study had limits]]",
            "indirect",
            OKOYE,
            "person",
            "Dr [[Okoye]] accepted that",
            "Dr Okoye [[accepted]] that",
        ),
        Q(
            "She said [[a second study, which would fit 600 volunteers with small wrist monitors, "
            "was due to begin next summer and would, she hoped, answer some of those questions]]",
            "indirect",
            OKOYE,
            "person",
            "[[She]] said a second study",
            "She [[said]] a second study",
        ),
        Q(
            "said [[the pattern matched what she had seen]]",
            "indirect",
            LINDQVIST,
            "person",
            "[[Lindqvist]], who has worked",
            "on record, [[said]] the pattern",
        ),
        Q(
            "She described [[older patients arriving “confused, dry as paper and with no idea how "
            "long they had been on the floor.”]]",
            "mixed",
            LINDQVIST,
            "person",
            "[[She]] described older patients",
            "She [[described]] older patients",
        ),
        Q(
            "“The thing I keep telling families,”",
            "direct",
            LINDQVIST,
            "person",
            "families,” [[she]] said",
            "families,” she [[said]]",
        ),
        Q(
            ("[[“is that you do not need to wait", "It is not small.”"),
            "direct",
            LINDQVIST,
            "person",
            "families,” [[she]] said",
            "families,” she [[said]]",
        ),
        Q(
            "statement that [[it kept its thresholds “under constant review” and would consider "
            "the Calderbrook findings alongside other evidence]]",
            "mixed",
            NWS,
            "organisation",
            "[[The national weather service]] said in a statement",
            "weather service [[said]] in a statement",
        ),
        Q(
            "ministry said [[the department was aware of the study and would discuss it with its "
            "advisers]]",
            "indirect",
            MIN_SPOKES,
            "anonymous",
            "[[A spokeswoman for the health ministry]] said",
            "health ministry [[said]] the department",
        ),
        Q(
            "foundation, [[about 96,000 people have a stroke in the country every year, roughly "
            "three quarters of them over the age of 65]]",
            "indirect",
            NHSF,
            "organisation",
            "According to [[the foundation]], about",
            "[[According to]] the foundation",
        ),
        Q(
            "Harcourt, said [[the research showed that stroke prevention could no longer be "
            "treated as something that happened only in the doctor’s surgery]]",
            "indirect",
            HARCOURT,
            "person",
            "chief executive, [[Delphine Harcourt]], said",
            "Delphine Harcourt, [[said]] the research",
        ),
        Q(
            "“The weather forecast is now a health forecast,”",
            "direct",
            HARCOURT,
            "person",
            "health forecast,” [[she]] said",
            "health forecast,” she [[said]]",
        ),
    ],
    "business_11": [
        Q(
            "[[Marlow & Kane Holdings, the department store and homeware chain, will close 64 of "
            "its 211 shops over the next eighteen months, putting about 2,900 jobs at risk]], the "
            "group said",
            "indirect",
            MK,
            "organisation",
            "at risk, [[the group]] said",
            "at risk, the group [[said]]",
        ),
        Q(
            "“This is the hardest decision I have made in this job, and I have not made it "
            "lightly,”",
            "direct",
            HALDANE,
            "person",
            "said [[Gregor Haldane]], Marlow",
            "it lightly,” [[said]] Gregor",
        ),
        Q(
            ("[[“But a business that tries to keep every shop open", "here in ten years.”"),
            "direct",
            HALDANE,
            "person",
            "said [[Gregor Haldane]], Marlow",
            "it lightly,” [[said]] Gregor",
        ),
        Q(
            "Haldane said [[the stores earmarked for closure had lost money for at least three "
            "consecutive years and that rents in some of them were still set at levels agreed "
            "before the financial crisis]]",
            "indirect",
            HALDANE,
            "person",
            "[[Haldane]] said the stores earmarked",
            "Haldane [[said]] the stores earmarked",
        ),
        Q(
            "He said [[the company would try to find roles elsewhere in the business for as many "
            "staff as possible]]",
            "indirect",
            HALDANE,
            "person",
            "[[He]] said the company would try",
            "He [[said]] the company would try",
        ),
        Q(
            "Marlow said [[it expected to record one-off costs of about £55m connected with the "
            "closures, most of them in the current financial year]]",
            "indirect",
            MK,
            "organisation",
            "[[Marlow]] said it expected",
            "Marlow [[said]] it expected",
        ),
        Q(
            "call that [[the group had “ample headroom” in its banking facilities and did not "
            "need to raise fresh equity]]",
            "mixed",
            OYELARAN,
            "person",
            "director [[Janet Oyelaran]] told",
            "Janet Oyelaran [[told]] analysts",
        ),
        Q(
            "“We are not in a hurry and we are not in trouble,”",
            "direct",
            OYELARAN,
            "person",
            "in trouble,” [[she]] said",
            "in trouble,” she [[said]]",
        ),
        Q(
            "saying only that [[the board would “look at it when the plan is delivering.”]]",
            "mixed",
            OYELARAN,
            "person",
            "last year, [[Oyelaran]] was more",
            "guarded, [[saying]] only that",
        ),
        Q(
            "for retail, said [[members had learned about the closures from a news website before "
            "the company had spoken to them]]",
            "indirect",
            RAFFERTY,
            "person",
            "[[Declan Rafferty]], the union",
            "for retail, [[said]] members",
        ),
        Q(
            "“Our members have given this company years of their lives, some of them decades,”",
            "direct",
            RAFFERTY,
            "person",
            "them decades,” [[he]] said",
            "them decades,” he [[said]]",
        ),
        Q(
            ("[[“They found out on their phones", "should be ashamed of that.”"),
            "direct",
            RAFFERTY,
            "person",
            "them decades,” [[he]] said",
            "them decades,” he [[said]]",
        ),
        Q(
            "He said [[managers had begun briefing staff in every affected store at eight o’clock "
            "and that the timing had been dictated by stock-market rules on announcing results]]",
            "indirect",
            HALDANE,
            "person",
            "[[He]] said managers had begun",
            "He [[said]] managers had begun",
        ),
        Q(
            "He added that [[he would meet union representatives next week]]",
            "indirect",
            HALDANE,
            "person",
            "[[He]] added that he would meet",
            "He [[added]] that he would meet",
        ),
        Q(
            "He said [[the union would seek an urgent meeting with the company and would “examine "
            "every option” to protect jobs, including legal action over the consultation "
            "process]]",
            "mixed",
            RAFFERTY,
            "person",
            "[[He]] said the union would seek",
            "He [[said]] the union would seek",
        ),
        Q(
            "“Nothing is off the table.”",
            "direct",
            RAFFERTY,
            "person",
            "[[he]] said: “Nothing",
            "he [[said]]: “Nothing",
        ),
        Q(
            "“The market has been waiting two years for Marlow to admit it has too many shops,”",
            "direct",
            WHITLOCK,
            "person",
            "said [[Oona Whitlock]], a retail",
            "many shops,” [[said]] Oona",
        ),
        Q(
            "“Today it did. The question now is whether the stores it keeps are the right ones.”",
            "direct",
            WHITLOCK,
            "person",
            "said [[Oona Whitlock]], a retail",
            "many shops,” [[said]] Oona",
        ),
        Q(
            "She said [[the refit programme was “sensible but late” and that rival chains had "
            "completed similar exercises three or four years ago]]",
            "mixed",
            WHITLOCK,
            "person",
            "[[She]] said the refit",
            "She [[said]] the refit",
        ),
        Q(
            "clients that [[the company’s online growth, which it had put at 11 percent for the "
            "year, was flattered by a weak comparison and that the real test would come over "
            "Christmas]]",
            "indirect",
            TAN,
            "person",
            "[[Marcus Tan]] of Crane Hollis",
            "Crane Hollis [[said]] in a note",
        ),
        Q(
            "“Closing stores is the easy part. Every retailer in the country knows how to close a "
            "store,”",
            "direct",
            TAN,
            "person",
            "a store,” [[Tan]] wrote",
            "a store,” Tan [[wrote]]",
        ),
        Q(
            ("[[“What very few have managed", "it has not yet shown us how.”"),
            "direct",
            TAN,
            "person",
            "a store,” [[Tan]] wrote",
            "a store,” Tan [[wrote]]",
        ),
        Q(
            "Coulthard, said [[the news was “a body blow” for a town centre that had already lost "
            "its last bank branch in the spring]]",
            "mixed",
            COULTHARD,
            "person",
            "leader, [[Brenda Coulthard]], said",
            "Brenda Coulthard, [[said]] the news",
        ),
        Q(
            "“People here still say they are going ‘up Marlow’s’ when they mean they are going "
            "into town,”",
            "direct",
            COULTHARD,
            "person",
            "into town,” [[she]] said",
            "into town,” she [[said]]",
        ),
        Q(
            "“That tells you what it means to us.”",
            "direct",
            COULTHARD,
            "person",
            "into town,” [[she]] said",
            "into town,” she [[said]]",
        ),
        Q(
            "her manager, said [[staff had been told to carry on as normal until they heard more]]",
            "indirect",
            ASSISTANT,
            "anonymous",
            "[[A sales assistant at the Ashby Fold store]], who",
            "her manager, [[said]] staff",
        ),
        Q(
            "which, she said, [[had been rumoured for months]]",
            "indirect",
            ASSISTANT,
            "anonymous",
            "which, [[she]] said, had been",
            "which, she [[said]], had been",
        ),
        Q(
            "Marlow said [[a full list of affected stores would be published on its website on "
            "Friday and that the first shops would close in April]]",
            "indirect",
            MK,
            "organisation",
            "[[Marlow]] said a full list",
            "Marlow [[said]] a full list",
        ),
        Q(
            "annual report that [[the board had “complete confidence” in Haldane and his team]]",
            "mixed",
            PRYCE,
            "person",
            "Sir [[Anthony Pryce]], said",
            "Anthony Pryce, [[said]] in the annual",
        ),
        Q(
            "he wrote that [[the past year had been “the most difficult in the company’s history” "
            "but that the plan gave Marlow “a credible route back to profit.”]]",
            "mixed",
            PRYCE,
            "person",
            "[[he]] wrote that the past year",
            "he [[wrote]] that the past year",
        ),
    ],
    "wirepol_11": [
        Q(
            "(Meridian) - [[Leaders of the six Aldric Sea states ended a two-day summit in the "
            "Velsovian capital on Tuesday without agreeing on a joint fisheries quota, but pledged "
            "to return to the talks within three months]], according to",
            "indirect",
            COMMUNIQUE,
            "organisation",
            "according to [[a final communique]] issued",
            "three months, [[according to]] a final",
        ),
        Q(
            'billed [[it as a chance to "reset the table" between the region\'s governments]]',
            "mixed",
            VELS_OFFICIALS,
            "anonymous",
            "[[Velsovian officials]] had billed",
            "Velsovian officials had [[billed]] it",
        ),
        Q(
            'conference that [[the meeting had achieved "more than the pessimists expected and '
            'less than the optimists hoped."]]',
            "mixed",
            LINDQVARN,
            "person",
            "President [[Marta Lindqvarn]] told",
            "Marta Lindqvarn [[told]] a closing",
        ),
        Q(
            '"We did not sign the agreement we came here to sign,"',
            "direct",
            LINDQVARN,
            "person",
            'here to sign," [[she]] said',
            'here to sign," she [[said]]',
        ),
        Q(
            ('[["But for the first time in a year', 'and nobody left early."'),
            "direct",
            LINDQVARN,
            "person",
            'here to sign," [[she]] said',
            'here to sign," she [[said]]',
        ),
        Q(
            "Lindqvarn said [[officials from all six states would meet in August to draw up a "
            "common system for counting catches, which, she said, was the main obstacle to a "
            "deal]]",
            "indirect",
            LINDQVARN,
            "person",
            "[[Lindqvarn]] said officials",
            "Lindqvarn [[said]] officials",
        ),
        Q(
            'statement that [[the talks had "clarified the positions of both sides" but that '
            'Orsenna would not accept any quota that "rewards years of illegal fishing."]]',
            "mixed",
            ORS_MFA,
            "organisation",
            "[[Its foreign ministry]] said in a statement",
            "Its foreign ministry [[said]] in a statement",
        ),
        Q(
            'also said [[Orsenna\'s ambassador would return to Kestrava "when conditions allow,"]]',
            "mixed",
            ORS_MFA,
            "organisation",
            "[[The statement]], issued shortly",
            "summit closed, also [[said]] Orsenna",
        ),
        Q(
            "were private, said [[Illic's early departure had been agreed in advance and was "
            '"not a walkout, whatever the newspapers say."]]',
            "mixed",
            DIPLOMAT,
            "anonymous",
            "[[A diplomat from one of the smaller delegations]], who",
            "were private, [[said]] Illic",
        ),
        Q(
            '"He told us on the first day that he had to go,"',
            "direct",
            DIPLOMAT,
            "anonymous",
            'had to go," [[the diplomat]] said',
            'had to go," the diplomat [[said]]',
        ),
        Q(
            '"The problem is not his schedule. The problem is that nobody has moved on the '
            'numbers."',
            "direct",
            DIPLOMAT,
            "anonymous",
            'had to go," [[the diplomat]] said',
            'had to go," the diplomat [[said]]',
        ),
        Q(
            'he said [[his government had "shown patience for eleven months" and was entitled to '
            "expect something in return]]",
            "mixed",
            ILLIC,
            "person",
            "airport, [[he]] said his government",
            "airport, he [[said]] his government",
        ),
        Q(
            '"Orsenna did not come here to be lectured about cooperation by people who have been '
            'taking our fish,"',
            "direct",
            ILLIC,
            "person",
            'our fish," [[he]] said',
            'our fish," he [[said]]',
        ),
        Q(
            "Velsovia says [[its boats have fished the area for more than a century]]",
            "indirect",
            "Velsovia",
            "organisation",
            "[[Velsovia]] says its boats",
            "Velsovia [[says]] its boats",
        ),
        Q(
            "Orsenna says [[the banks lie inside its exclusive economic zone under a 1984 treaty]]",
            "indirect",
            "Orsenna",
            "organisation",
            "[[Orsenna]] says the banks",
            "Orsenna [[says]] the banks",
        ),
        Q(
            "summit, said [[the two governments were closer than their public statements "
            "suggested]]",
            "indirect",
            MAELSTAD,
            "person",
            "[[A senior official from the Aldric Sea Council]], the regional",
            "organised the summit, [[said]] the two",
        ),
        Q(
            "told Meridian that [[negotiators had agreed on about 80 percent of the text and that "
            'the remaining disputes were "technical rather than political."]]',
            "mixed",
            MAELSTAD,
            "person",
            "Secretary General [[Ingrid Maelstad]], told",
            "Ingrid Maelstad, [[told]] Meridian",
        ),
        Q(
            '"People see the headlines and think this is a war,"',
            "direct",
            MAELSTAD,
            "person",
            'is a war," [[Maelstad]] said',
            'is a war," Maelstad [[said]]',
        ),
        Q(
            '"It is an argument about a spreadsheet."',
            "direct",
            MAELSTAD,
            "person",
            'is a war," [[Maelstad]] said',
            'is a war," Maelstad [[said]]',
        ),
        Q(
            "She said [[the council would ask an independent panel of marine scientists to produce "
            "new estimates of the Tesk Banks stocks before the August meeting]]",
            "indirect",
            MAELSTAD,
            "person",
            "[[She]] said the council would ask",
            "She [[said]] the council would ask",
        ),
        Q(
            "on Monday, said [[the delay would allow overfishing to continue for another season]]",
            "indirect",
            GREENS,
            "anonymous",
            "[[Environmental groups]], who held",
            "on Monday, [[said]] the delay",
        ),
        Q(
            "statement that [[cod stocks on the banks had fallen by a third in a decade]]",
            "indirect",
            AOT,
            "organisation",
            "The [[Aldric Ocean Trust]] said in a statement",
            "Ocean Trust [[said]] in a statement",
        ),
        Q(
            'warned that [["time is the one thing the fish do not have."]]',
            "mixed",
            AOT,
            "organisation",
            "The [[Aldric Ocean Trust]] said in a statement",
            "decade and [[warned]] that",
        ),
        Q(
            '"Every summit that ends with a promise to meet again costs the sea another year."',
            "direct",
            SODERLUND,
            "person",
            "-- [[Helena Soderlund]], director",
            None,
        ),
        Q(
            "calling on [[Velsovia and Orsenna to \"put the region's interest above national "
            'pride."]]',
            "mixed",
            SMALL_STATES,
            "group",
            "[[The smaller states at the summit]] -",
            "joint statement [[calling on]] Velsovia",
        ),
        Q(
            '"How many more summits do our fishermen have to watch on television before somebody '
            'makes a decision?"',
            "direct",
            FJELLSTROM,
            "person",
            "foreign minister, [[Anders Fjellstrom]], went",
            "further, [[asking]]:",
        ),
        Q(
            "research note that [[investors had expected no agreement and that the August date "
            'was "a modest positive."]]',
            "mixed",
            HARROWGATE,
            "anonymous",
            "[[Analysts at Harrowgate Economics]] said",
            "Harrowgate Economics [[said]] in a research",
        ),
        Q(
            "which Lindqvarn said [[would cost about 40 million euros]]",
            "indirect",
            LINDQVARN,
            "person",
            "which [[Lindqvarn]] said would",
            "which Lindqvarn [[said]] would",
        ),
        Q(
            '"If we can agree on how to save a fisherman\'s life,"',
            "direct",
            LINDQVARN,
            "person",
            'life," [[she]] said',
            'life," she [[said]]',
        ),
        Q(
            '"we should be able to agree on how many fish he can catch."',
            "direct",
            LINDQVARN,
            "person",
            'life," [[she]] said',
            'life," she [[said]]',
        ),
    ],
    "health_11": [
        Q(
            "in a statement that [[it had cancelled all non-urgent operations for the rest of the "
            "week and asked people to come to the emergency department only if their condition "
            "was “serious or life-threatening.”]]",
            "mixed",
            HHB,
            "organisation",
            "The [[Harrowmoor Health Board]] said",
            "Health Board [[said]] in a statement that it had",
        ),
        Q(
            ("[[“It was like a field hospital.", "when I would get a bed.”"),
            "direct",
            ELLERY,
            "person",
            "That is how [[Margaret Ellery]] described",
            "Margaret Ellery [[described]] the 31",
        ),
        Q(
            "said [[the staff had been “wonderful” but were plainly overwhelmed]]",
            "mixed",
            ELLERY,
            "person",
            "[[The 71-year-old]], who fractured",
            "her head, [[said]] the staff",
        ),
        Q(
            "“One of the nurses had been on since seven in the morning and she was still there at "
            "midnight,”",
            "direct",
            ELLERY,
            "person",
            "midnight,” Mrs [[Ellery]] said",
            "midnight,” Mrs Ellery [[said]]",
        ),
        Q(
            "“She brought me a cup of tea and apologised. She was the one who should have been "
            "sitting down.”",
            "direct",
            ELLERY,
            "person",
            "midnight,” Mrs [[Ellery]] said",
            "midnight,” Mrs Ellery [[said]]",
        ),
        Q(
            "said [[she was “deeply sorry” to every patient who had waited too long]]",
            "mixed",
            KILBRIDE,
            "person",
            "Dr [[Siobhan Kilbride]], the health",
            "chief executive, [[said]] she was",
        ),
        Q(
            "on Tuesday that [[the hospital had 38 patients who were well enough to go home but "
            "could not be discharged because there was no care available for them in the "
            "community]]",
            "indirect",
            KILBRIDE,
            "person",
            "[[She]] told a briefing",
            "She [[told]] a briefing",
        ),
        Q(
            "“That is the whole story, really. If we could get those 38 people home today, the "
            "corridor would be empty by tonight,”",
            "direct",
            KILBRIDE,
            "person",
            "by tonight,” [[she]] said",
            "by tonight,” she [[said]]",
        ),
        Q(
            "Kilbride said [[the board was opening an extra ward of 24 beds at the neighbouring "
            "Ashcombe Community Hospital, which, she said, would take patients from Thursday]]",
            "indirect",
            KILBRIDE,
            "person",
            "[[Kilbride]] said the board",
            "Kilbride [[said]] the board",
        ),
        Q(
            "She said that [[patients who wait a long time on trolleys are more likely to develop "
            "infections and pressure sores, and that older patients can become confused]]",
            "indirect",
            ABERNETHY,
            "person",
            "[[She]] said that patients",
            "She [[said]] that patients",
        ),
        Q(
            ("[[“I am not going to pretend this is safe.", "is being checked regularly,”"),
            "direct",
            ABERNETHY,
            "person",
            "regularly,” [[Abernethy]] said",
            "regularly,” Abernethy [[said]]",
        ),
        Q(
            "She said [[nurses had been caring for up to nine patients each in the corridor, "
            "against a usual limit of four]]",
            "indirect",
            NURSE,
            "anonymous",
            "[[She]] said nurses had been",
            "She [[said]] nurses had been",
        ),
        Q(
            "“You go home and you lie awake thinking about the ones you didn’t get to. Then you "
            "come back and do it again,”",
            "direct",
            NURSE,
            "anonymous",
            "again,” [[the nurse]] said",
            "again,” the nurse [[said]]",
        ),
        Q(
            "Alliance, said [[the board had been warned in the autumn that its winter plan was "
            "“built on hope rather than staff.”]]",
            "mixed",
            MORGAN_LLOYD,
            "person",
            "[[Carys Morgan-Lloyd]], the regional",
            "Workers’ Alliance, [[said]] the board",
        ),
        Q(
            "“Every year we are told that this winter will be different,”",
            "direct",
            MORGAN_LLOYD,
            "person",
            "different,” [[she]] said",
            "different,” she [[said]]",
        ),
        Q(
            "“and every year we end up here.”",
            "direct",
            MORGAN_LLOYD,
            "person",
            "different,” [[she]] said",
            "different,” she [[said]]",
        ),
        Q(
            "Morgan-Lloyd said [[the union would write to the health board asking it to publish "
            "its staffing figures for the emergency department for each day of the incident]]",
            "indirect",
            MORGAN_LLOYD,
            "person",
            "[[Morgan-Lloyd]] said the union",
            "Morgan-Lloyd [[said]] the union",
        ),
        Q(
            "efforts and said [[the government had already given the board an extra £6 million "
            "this winter]]",
            "indirect",
            LACHLAN,
            "person",
            "main entrance, [[she]] thanked",
            "efforts and [[said]] the government",
        ),
        Q(
            "Lachlan acknowledged that [[money alone would not solve the problem]]",
            "indirect",
            LACHLAN,
            "person",
            "[[Lachlan]] acknowledged",
            "Lachlan [[acknowledged]]",
        ),
        Q(
            "“We have to fix social care, or we will be standing outside this hospital every "
            "January,”",
            "direct",
            LACHLAN,
            "person",
            "January,” [[she]] said",
            "January,” she [[said]]",
        ),
        Q(
            "accused [[the minister of “turning up for the cameras.”]]",
            "mixed",
            PRICE,
            "person",
            "[[Owain Price]], accused",
            "Owain Price, [[accused]] the minister",
        ),
        Q(
            "He said [[the critical incident was the third at Fernvale in two years and that the "
            "government had ignored repeated warnings from clinicians]]",
            "indirect",
            PRICE,
            "person",
            "[[He]] said the critical",
            "He [[said]] the critical",
        ),
        Q(
            "health agency, [[the number of flu cases confirmed in laboratories has doubled in the "
            "past fortnight, and norovirus outbreaks have closed wards at two other hospitals in "
            "the region]]",
            "indirect",
            AGENCY,
            "organisation",
            "According to [[the regional public health agency]], the",
            "[[According to]] the regional",
        ),
        Q(
            "protection, said [[vaccination rates among people over 65 were lower than last year]]",
            "indirect",
            ODUYA,
            "person",
            "Dr [[Helen Oduya]], the agency",
            "health protection, [[said]] vaccination",
        ),
        Q(
            "She urged [[anyone eligible to book a flu jab “this week, not next month.”]]",
            "mixed",
            ODUYA,
            "person",
            "[[She]] urged anyone",
            "She [[urged]] anyone",
        ),
        Q(
            ("[[“The vaccine will not stop every infection.", "what we need right now,”"),
            "direct",
            ODUYA,
            "person",
            "right now,” [[she]] said",
            "right now,” she [[said]]",
        ),
        Q(
            "Monday lunchtime, said [[she had been told her mother would be moved to a ward “as "
            "soon as one comes free.”]]",
            "mixed",
            PENNANT,
            "person",
            "[[Joy Pennant]], whose",
            "Monday lunchtime, [[said]] she had",
        ),
        Q(
            "“That was nine hours ago. I am not angry with anyone in there. I am angry that it has "
            "come to this,”",
            "direct",
            PENNANT,
            "person",
            "to this,” [[she]] said",
            "to this,” she [[said]]",
        ),
        Q(
            "Tuesday evening that [[the number of patients waiting in the department had fallen to "
            "52 and that the critical incident would remain in place “until further notice.”]]",
            "mixed",
            HHB,
            "organisation",
            "[[The health board]] said in a statement on Tuesday",
            "The health board [[said]] in a statement on Tuesday",
        ),
    ],
}

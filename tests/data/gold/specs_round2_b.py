# The specifications below quote the articles verbatim, typographic marks included.
"""Gold specifications for tech_01, crime_01, economy_01 and education_01 (the last two
held out until scored in round 2), merged into build_gold.py's dictionaries."""

from __future__ import annotations

from build_gold import Q

HALCYON = "Halcyon Robotics"
OKAFOR = "Marguerite Okafor-Lind"
REYES = "Daniel Reyes"
ADEYEMI = "Yvonne Adeyemi"
KANG = "Hyun-woo Kang"
ENGINEER = "a Halcyon engineer"

WESTMOOR = "Westmoor Police"
BELLAMY = "Gerald Bellamy"
THORNE = "Rachel Thorne"
CAFE = "a worker at a neighbouring café"
RSU = "Retail and Shopworkers' Union"
PETTIFER = "Graham Pettifer"

BOD = "Bank of Daehan"
LIM = "Lim Sung-ho"
KWON = "Kwon Tae-hyun"
PARK_SY = "Park So-young"
CHOI = "Choi Ji-woo"

WEXSHIRE = "Wexshire County Council"
SOWERBY = "Martin Sowerby"
WHITLOCK = "Joanne Whitlock-Barnes"
RAMAN = "Deepa Raman"
GARSIDE = "Helen Garside"

ARTICLES: dict[str, list[Q]] = {
    "tech_01": [
        Q(
            (
                "[[Halcyon Robotics has withdrawn its entire fleet",
                "in the middle of pedestrian crossings]], the company said",
            ),
            "indirect",
            HALCYON,
            "organisation",
            "crossings, [[the company]] said on Wednesday",
            "the company [[said]] on Wednesday",
        ),
        Q(
            "“We got this wrong, and we are not going to pretend otherwise,”",
            "direct",
            OKAFOR,
            "person",
            "chief executive [[Marguerite Okafor-Lind]] wrote",
            "Okafor-Lind [[wrote]] in a blog post",
        ),
        Q(
            "“Every Scout stays in the depot until we understand exactly what happened.”",
            "direct",
            OKAFOR,
            "person",
            "chief executive [[Marguerite Okafor-Lind]] wrote",
            "Okafor-Lind [[wrote]] in a blog post",
        ),
        Q(
            "call that [[the update had been tested “for thousands of hours” in simulation but "
            "only briefly on real streets]]",
            "mixed",
            REYES,
            "person",
            "[[Daniel Reyes]], the company’s chief technology officer",
            "officer, [[told]] analysts",
        ),
        Q(
            "“That was a mistake, and it was my call,”",
            "direct",
            REYES,
            "person",
            "my call,” [[he]] said",
            "my call,” he [[said]]",
        ),
        Q(
            '"I own it."',
            "direct",
            REYES,
            "person",
            "my call,” [[he]] said",
            "my call,” he [[said]]",
        ),
        Q(
            "authority said [[two robots had been struck by cars, although no one was injured]]",
            "indirect",
            "Portvale's transport authority",
            "organisation",
            "[[Portvale’s transport authority]] said",
            "transport authority [[said]] two robots",
        ),
        Q(
            "“Nobody was hurt this time. That is luck, not design,”",
            "direct",
            ADEYEMI,
            "person",
            "Councillor [[Yvonne Adeyemi]], who chairs",
            "not design,” [[said]] Councillor",
        ),
        Q(
            "scheme, said [[the council would demand the logs from every affected robot]]",
            "indirect",
            ADEYEMI,
            "person",
            "[[Adeyemi]], who clashed with",
            "pilot scheme, [[said]] the council",
        ),
        Q(
            "She said [[none of the machines would return to Portvale’s streets “until our own "
            "engineers have read every line of them.”]]",
            "mixed",
            ADEYEMI,
            "person",
            "[[She]] said none of the machines",
            "She [[said]] none of the machines",
        ),
        Q(
            'statement that [[it had opened an inquiry and had asked the company for "a full '
            'technical account" within 14 days]]',
            "mixed",
            "National Road Safety Agency",
            "organisation",
            "The [[National Road Safety Agency]] said",
            "Safety Agency [[said]] in a statement",
        ),
        Q(
            '"The market is punishing them for the headlines rather than the fundamentals,"',
            "direct",
            KANG,
            "person",
            "[[Hyun-woo Kang]], a robotics analyst",
            'fundamentals," [[said]] Hyun-woo Kang',
        ),
        Q(
            "warned that [[the bigger risk was to Halcyon’s contracts with supermarket chains, "
            "not the cost of the recall itself]]",
            "indirect",
            KANG,
            "person",
            "[[He]] warned that the bigger risk",
            "He [[warned]] that the bigger risk",
        ),
        Q(
            'blunter. [[The episode "raises basic questions about how Halcyon tests its code,"]]',
            "mixed",
            "Brockhurst Capital",
            "organisation",
            'code," [[the firm]] wrote',
            "the firm [[wrote]] in a note",
        ),
        Q(
            "customers, said [[it had switched to human couriers for the rest of the week]]",
            "indirect",
            "FreshFold",
            "organisation",
            "grocery chain [[FreshFold]], one of",
            "largest customers, [[said]] it had switched",
        ),
        Q(
            "named, said [[the software team had raised concerns about the release schedule in "
            "September]]",
            "indirect",
            ENGINEER,
            "anonymous",
            "[[A Halcyon engineer]], who asked",
            "not to be named, [[said]] the software team",
        ),
        Q(
            "“People were exhausted. We flagged it twice, and the date didn’t move,”",
            "direct",
            ENGINEER,
            "anonymous",
            "didn’t move,” [[the engineer]] said",
            "the engineer [[said]]",
        ),
        Q(
            'email that [["release dates have never overruled a safety sign-off at Halcyon, and '
            "they never will]].",
            "mixed",
            OKAFOR,
            "person",
            "account, [[Okafor-Lind]] said in an email",
            "Okafor-Lind [[said]] in an email",
        ),
        Q(
            "posted on X that [[workers must not be “scapegoated for a boardroom decision”]]",
            "mixed",
            "Communications Workers' Alliance",
            "organisation",
            "The [[Communications Workers’ Alliance]], which represents",
            "depot staff, [[posted]] on X",
        ),
        Q(
            "“I know many of you warned us, and I should have listened harder,”",
            "direct",
            OKAFOR,
            "person",
            "harder,” [[she]] wrote",
            "harder,” she [[wrote]]",
        ),
        Q(
            "Reyes said [[a corrected version of the software would be tested on closed courses "
            "in Eastmere next week]]",
            "indirect",
            REYES,
            "person",
            "[[Reyes]] said a corrected version",
            "Reyes [[said]] a corrected version",
        ),
    ],
    "crime_01": [
        Q(
            (
                "[[A jeweller was tied up and threatened",
                "in Northgate town centre]], Westmoor Police said",
            ),
            "indirect",
            WESTMOOR,
            "organisation",
            "town centre, [[Westmoor Police]] said",
            "Westmoor Police [[said]] on Tuesday",
        ),
        Q(
            "[[Three masked men forced their way into Bellamy & Sons on Cross Street minutes "
            "after it opened at 9am on Monday]], according to the force",
            "indirect",
            WESTMOOR,
            "organisation",
            "according to [[the force]]",
            "Monday, [[according to]] the force",
        ),
        Q(
            "‘I honestly thought I was going to die in my own shop,’",
            "direct",
            BELLAMY,
            "person",
            "own shop,’ [[the 61-year-old]] told",
            "the 61-year-old [[told]] the Echo",
        ),
        Q(
            "‘They kept saying they knew where my grandchildren go to school. That’s the bit I "
            "can’t get out of my head.’",
            "direct",
            BELLAMY,
            "person",
            "own shop,’ [[the 61-year-old]] told",
            "the 61-year-old [[told]] the Echo",
        ),
        Q(
            (
                "investigation, said [[officers had recovered CCTV",
                "who was at the bank when the men arrived]]",
            ),
            "indirect",
            THORNE,
            "person",
            "Det Insp [[Rachel Thorne]], who is leading",
            "the investigation, [[said]] officers",
        ),
        Q(
            "She said [[detectives were particularly keen to trace a dark grey Audi estate seen "
            "leaving Cross Street at about 9.10am]]",
            "indirect",
            THORNE,
            "person",
            "[[She]] said detectives",
            "She [[said]] detectives",
        ),
        Q(
            "‘This was a planned, violent attack on a man who was simply opening up his shop,’",
            "direct",
            THORNE,
            "person",
            "his shop,’ [[the detective]] said",
            "the detective [[said]]",
        ),
        Q(
            "‘We believe the people responsible had been watching the premises for some time, "
            "and we’re confident we’ll find the third man.’",
            "direct",
            THORNE,
            "person",
            "his shop,’ [[the detective]] said",
            "the detective [[said]]",
        ),
        Q(
            "said [[she heard ‘shouting and then a bang’ before the men ran to a waiting car]]",
            "mixed",
            CAFE,
            "anonymous",
            "[[A worker at a neighbouring café]], who did not",
            "to be named, [[said]] she heard",
        ),
        Q(
            "‘I saw one of them with a bag,’",
            "direct",
            CAFE,
            "anonymous",
            "with a bag,’ [[she]] said",
            "with a bag,’ she [[said]]",
        ),
        Q(
            "‘and he wasn’t even running. He just walked to the car like he was late for work.’",
            "direct",
            CAFE,
            "anonymous",
            "with a bag,’ [[she]] said",
            "with a bag,’ she [[said]]",
        ),
        Q(
            "‘Gerald is the kindest man on this street. Whoever did this should be ashamed of "
            "themselves.’",
            "direct",
            "Sheila Marsh",
            "person",
            "the words of [[Sheila Marsh]], 74",
            "Those were the [[words]] of Sheila",
        ),
        Q(
            "[[Shop workers in the town are ‘frightened and fed up’]], according to",
            "mixed",
            RSU,
            "organisation",
            "according to the [[Retail and Shopworkers’ Union]]",
            "fed up’, [[according to]] the Retail",
        ),
        Q(
            "The union said [[its members had reported 37 incidents of violence or threats in "
            "Northgate since January, more than in the whole of last year]]",
            "indirect",
            RSU,
            "organisation",
            "[[The union]] said its members",
            "The union [[said]] its members",
        ),
        Q(
            "He said [[traders had been asking for more evening and morning patrols since the "
            "autumn]]",
            "indirect",
            PETTIFER,
            "person",
            "[[He]] said traders",
            "He [[said]] traders",
        ),
        Q(
            "He added that [[several shops on Cross Street had already booked a locksmith to fit "
            "panic alarms]]",
            "indirect",
            PETTIFER,
            "person",
            "[[He]] added that several",
            "He [[added]] that several",
        ),
        Q(
            'Facebook that [[he was "shocked and saddened" by the attack and would raise shop '
            "crime with the policing minister]]",
            "mixed",
            "Darren Okoro",
            "person",
            "MP, [[Darren Okoro]], wrote",
            "Darren Okoro, [[wrote]] on Facebook",
        ),
        Q(
            "‘Dad’s more worried about Megan than he is about himself,’",
            "direct",
            "Claire Bellamy",
            "person",
            "himself,’ [[she]] said",
            "himself,’ she [[said]]",
        ),
        Q(
            "‘I’ve been on this street for 38 years,’",
            "direct",
            BELLAMY,
            "person",
            "38 years,’ Mr [[Bellamy]] said",
            "38 years,’ Mr Bellamy [[said]]",
        ),
        Q(
            "‘I’m not letting three thugs take that away from me.’",
            "direct",
            BELLAMY,
            "person",
            "38 years,’ Mr [[Bellamy]] said",
            "38 years,’ Mr Bellamy [[said]]",
        ),
    ],
}

ARTICLES |= {
    "economy_01": [
        Q(
            "hinted that [[a cut could come in the second half of the year]]",
            "indirect",
            LIM,
            "person",
            "Governor [[Lim Sung-ho]] hinted",
            "Lim Sung-ho [[hinted]] that",
        ),
        Q(
            (
                "the BOD said [[inflation was “converging",
                "restrictive stance “for a sufficient period.”]]",
            ),
            "mixed",
            BOD,
            "organisation",
            "policy statement, [[the BOD]] said",
            "the BOD [[said]] inflation",
        ),
        Q(
            "[[The decision was unanimous]], according to the BOD",
            "indirect",
            BOD,
            "organisation",
            "unanimous, according to [[the BOD]]",
            "unanimous, [[according to]] the BOD",
        ),
        Q(
            "[[One board member, however, argued that the board should at least discuss an "
            "earlier cut at the July meeting]], the governor said",
            "indirect",
            LIM,
            "person",
            "July meeting, [[the governor]] said",
            "July meeting, the governor [[said]]",
        ),
        Q(
            "“The possibility of a rate cut within the year is open. But I cannot promise the "
            "timing today.”",
            "direct",
            LIM,
            "person",
            "Governor [[Lim]] said, “The",
            "Governor Lim [[said]], “The",
        ),
        Q(
            "“We must first see whether prices of agricultural products stabilize,”",
            "direct",
            LIM,
            "person",
            "stabilize,” [[he]] added",
            "stabilize,” he [[added]]",
        ),
        Q(
            "“and whether household debt, which rose again in April, comes under control.”",
            "direct",
            LIM,
            "person",
            "stabilize,” [[he]] added",
            "stabilize,” he [[added]]",
        ),
        Q(
            (
                "the governor said [[the foreign exchange market was",
                '"watching with a high level of vigilance]].',
            ),
            "mixed",
            LIM,
            "person",
            "session, [[the governor]] said the foreign",
            "the governor [[said]] the foreign",
        ),
        Q(
            "“The governor did not say July, but he did not need to. The market heard July.”",
            "direct",
            KWON,
            "person",
            "the verdict of [[Kwon Tae-hyun]], chief",
            "That was the [[verdict]] of Kwon",
        ),
        Q(
            "Kwon described [[Lim’s remarks as “carefully dovish.”]]",
            "mixed",
            KWON,
            "person",
            "[[Kwon]] described Lim",
            "Kwon [[described]] Lim",
        ),
        Q(
            (
                "“Household debt is the real constraint.",
                "the BOD will hesitate,”",
            ),
            "direct",
            PARK_SY,
            "person",
            "[[Park So-young]], senior research fellow",
            "hesitate,” [[said]] Park",
        ),
        Q(
            "department, said [[the BOD had cut too early in 2019 and would not want to repeat "
            "that mistake]]",
            "indirect",
            PARK_SY,
            "person",
            "[[Park]], who worked under",
            "research department, [[said]] the BOD",
        ),
        Q(
            "She added that [[a cut in July was “possible but not the base case.”]]",
            "mixed",
            PARK_SY,
            "person",
            "[[She]] added that a cut",
            "She [[added]] that a cut",
        ),
        Q(
            "[[Fairhaven Partners now expects the first cut in August instead of October]], "
            "Jiwoo Choi",
            "indirect",
            CHOI,
            "person",
            "October, [[Jiwoo Choi]], the firm",
            "Korea economist, [[wrote]] in a report",
        ),
        Q(
            "Choi Ji-woo said [[the weak won would not stop the BOD from easing]]",
            "indirect",
            CHOI,
            "person",
            "[[Choi Ji-woo]] said the weak won",
            "Choi Ji-woo [[said]] the weak won",
        ),
        Q(
            "“A weak won is uncomfortable, but this is not 2022. Inflation expectations are "
            "anchored,”",
            "direct",
            CHOI,
            "person",
            "anchored,” [[she]] said",
            "anchored,” she [[said]]",
        ),
        Q(
            "anonymity that [[authorities had “no plans for now” to draw on foreign exchange "
            "reserves]]",
            "mixed",
            "a senior official at the finance ministry",
            "anonymous",
            "[[A senior official at the finance ministry]] told",
            "finance ministry [[told]] reporters",
        ),
        Q(
            "Analysts said [[the eighth consecutive freeze reflected the BOD’s concern about the "
            "housing market more than about prices]]",
            "indirect",
            "Analysts",
            "anonymous",
            "[[Analysts]] said the eighth",
            "Analysts [[said]] the eighth",
        ),
        Q(
            "Daehan, [[consumer prices rose 2.9% in April from a year earlier, the smallest "
            "increase in 13 months]]",
            "indirect",
            "Statistics Daehan",
            "organisation",
            "According to [[Statistics Daehan]], consumer",
            "[[According to]] Statistics Daehan",
        ),
        Q(
            "shipbuilder said [[the won’s fall had added “a small but welcome cushion” to profits "
            "on orders signed in dollars]]",
            "mixed",
            "an official at a major shipbuilder",
            "anonymous",
            "[[An official at a major shipbuilder]] said",
            "major shipbuilder [[said]] the won",
        ),
    ],
    "education_01": [
        Q(
            "Council said [[falling pupil numbers meant Ashby Green Primary School, which has 58 "
            'children on its roll, was no longer "financially sustainable" on its own]]',
            "mixed",
            WEXSHIRE,
            "organisation",
            "[[Wexshire County Council]] said falling",
            "Wexshire County Council [[said]] falling",
        ),
        Q(
            'conceded that [[the decision would be "painful for a close-knit community"]]',
            "mixed",
            SOWERBY,
            "person",
            "Cllr [[Martin Sowerby]], the council",
            "children’s services, [[conceded]] that",
        ),
        Q(
            '"Nobody becomes a councillor to close schools,"',
            "direct",
            SOWERBY,
            "person",
            'close schools," [[he]] said',
            'close schools," he [[said]]',
        ),
        Q(
            '"But we have 600 empty places across the county, and every one of them costs money '
            'that should be spent in classrooms."',
            "direct",
            SOWERBY,
            "person",
            'close schools," [[he]] said',
            'close schools," he [[said]]',
        ),
        Q(
            "Whitlock-Barnes said [[staff had not been told the proposal was on the agenda until "
            "the day before the vote]]",
            "indirect",
            WHITLOCK,
            "person",
            "Headteacher [[Joanne Whitlock-Barnes]] said",
            "Whitlock-Barnes [[said]] staff",
        ),
        Q(
            "“We have had three good inspections in a row,”",
            "direct",
            WHITLOCK,
            "person",
            "in a row,” [[the headteacher]] said",
            "in a row,” the headteacher [[said]]",
        ),
        Q(
            "“and our results are above the county average. Small is not the same as failing.”",
            "direct",
            WHITLOCK,
            "person",
            "in a row,” [[the headteacher]] said",
            "in a row,” the headteacher [[said]]",
        ),
        Q(
            "told councillors that [[families had chosen the village school precisely because it "
            "was small]]",
            "indirect",
            RAMAN,
            "person",
            "[[Deepa Raman]], who chairs",
            "parents’ group, [[told]] councillors",
        ),
        Q(
            (
                "[[“Some of our children would not cope",
                "onto children’s mental health,”]] she said",
            ),
            "direct",
            RAMAN,
            "person",
            "mental health,” [[she]] said",
            "mental health,” she [[said]]",
        ),
        Q(
            'council, said [[the consultation felt like "a done deal dressed up as a '
            "conversation]].",
            "mixed",
            "one parent",
            "anonymous",
            "[[One parent]], who asked",
            "county council, [[said]] the consultation",
        ),
        Q(
            "Schoolteachers said [[it would oppose any compulsory redundancies]]",
            "indirect",
            "National Union of Schoolteachers",
            "organisation",
            "The [[National Union of Schoolteachers]] said",
            "Union of Schoolteachers [[said]] it would",
        ),
        Q(
            "warned that [[merging schools “rarely saves what councils promise”]]",
            "mixed",
            "Owen Pritchard",
            "person",
            "secretary, [[Owen Pritchard]], warned",
            "Owen Pritchard, [[warned]] that",
        ),
        Q(
            "submission, said [[pupils who moved to larger schools generally did as well "
            "academically]]",
            "indirect",
            GARSIDE,
            "person",
            "Prof. [[Helen Garside]], who studies",
            "its submission, [[said]] pupils",
        ),
        Q(
            "She added that [[villages which lost their school often lost young families soon "
            "afterwards]]",
            "indirect",
            GARSIDE,
            "person",
            "[[She]] added that villages",
            "She [[added]] that villages",
        ),
        Q(
            "“The school is often the last public building in the village,”",
            "direct",
            GARSIDE,
            "person",
            "village,” [[Garside]] said",
            "village,” Garside [[said]]",
        ),
        Q(
            "“When it goes, the village changes.”",
            "direct",
            GARSIDE,
            "person",
            "village,” [[Garside]] said",
            "village,” Garside [[said]]",
        ),
        Q(
            'insisted that [[no final decision had been made and that "every single response '
            'will be read"]]',
            "mixed",
            "a council spokesperson",
            "anonymous",
            "[[A council spokesperson]] insisted",
            "council spokesperson [[insisted]] that",
        ),
        Q(
            "Sowerby said [[the council had “learned a great deal from Hatherley”]]",
            "mixed",
            SOWERBY,
            "person",
            "[[Sowerby]] said the council",
            "Sowerby [[said]] the council",
        ),
        Q(
            "He insisted that [[a merged school would keep both sites open for at least a year]]",
            "indirect",
            SOWERBY,
            "person",
            "[[He]] insisted that a merged",
            "He [[insisted]] that a merged",
        ),
        Q(
            "[[Children from Ashby Green would be offered free transport to Northfield under the "
            "proposal]], according to the council",
            "indirect",
            WEXSHIRE,
            "organisation",
            "proposal, according to [[the council]]",
            "proposal, [[according to]] the council",
        ),
    ],
}

HELDOUT: dict[str, list[Q]] = {}

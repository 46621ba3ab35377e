# The specifications below quote the articles verbatim, typographic marks included.
"""Gold specifications for parish_17, climate_17, transport_17, wirebiz_17 and inquiry_17
(round 17, second writer, written blind), merged into build_gold.py's dictionaries by its main()."""

from __future__ import annotations

from build_gold import Q

# parish_17
MARCHBANK = "Helen Marchbank"
PYKE = "Rosalind Pyke"
LETTER = "a letter signed by 212 residents"
CALLOW = "Doreen Callow"
LAKHANI = "Priya Lakhani"
ENDERBY = "Sue Enderby"
LBPC = "Lower Brackley Parish Council"
CORBEL = "Corbel Homes"
CORBEL_SPOKES = "a spokesman for the developer"

# climate_17
PAPER = "the paper"
RESEARCHERS = "the researchers"
SOLHEIM = "Ingrid Solheim"
ARRIETA = "Mateo Arrieta"
OSEI = "Kwame Osei-Bonsu"
SCIENTISTS = "Scientists who were not involved in the study"
CALLOWAY = "Ruth Calloway"
TEA = "Tavrin Environment Agency"
TEA_SPOKES = "a spokeswoman for the agency"
DECLARATION = "a declaration at the end of the paper"

# transport_17
NCR = "Northern Crescent Railways"
DENHOLM = "Claire Denholm"
ATDU = "Associated Train Drivers' Union"
GREAVES = "Martin Greaves"
NCR_SPOKES = "a spokesman"
CREASEY = "Alison Creasey"
CARE_WORKER = (
    "a 34-year-old care worker who commutes from Morpeth and asked that her surname not be used"
)
RAUF = "Ahmed Rauf"
TEACHER = "a retired teacher waiting for a delayed train to Sunderland"
ROA = "Rail Operators' Association"
ETHERINGTON = "Paul Etherington"
PASSENGER_WATCH = "Passenger Watch"
RMSU = "Rail Maritime and Signal Union"

# wirebiz_17
MINISTRY = "the oil ministry"
SNPC = "Sahran National Petroleum Company"
MANSOUR = "Khalid Al-Mansour"
TRADERS = "Traders"
SG_TRADER = "one Singapore-based trader"
SECOND_TRADER = "a second trader"
SEATRACE = "tanker-tracking data compiled by Seatrace"
THREE_PEOPLE = "Three people familiar with the matter"
ONE_OF_THEM = "one of three people familiar with the matter"
DAHER = "Rania Daher"
LINDQVIST = "Viktor Lindqvist"
MIN_OFFICIAL = "a ministry official"
SURVEY = "a Meridian Wire survey of shipping data, officials and analysts"
IEF = "the International Energy Forum's secretariat"
BAKR = "Hassan Bakr"

# inquiry_17
ASHWORTH = "Nathaniel Ashworth"
ROWNTREE = "Philippa Rowntree"
CORONER = "a coroner's report read into the record"
PETTIFER = "Graham Pettifer"
HALE = "Raymond Hale"
VARMA = "Sunil Varma"
MOLLOY = "Derek Molloy"
BRIGHTWATER = "Brightwater Care Group"
BW_SPOKES = "a spokeswoman for the company"
CSC = "Care Standards Commission"
REG_SOURCE = "a source at the regulator"

HELDOUT: dict[str, list[Q]] = {}

ARTICLES: dict[str, list[Q]] = {
    "parish_17": [
        Q(
            "chair admitted [[the proposal had been “badly handled from the start.”]]",
            "mixed",
            MARCHBANK,
            "person",
            "and [[the parish council’s chair]] admitted",
            "council’s chair [[admitted]] the proposal",
        ),
        Q(
            ("the meeting that [[no decision would be taken", "had been carried out]]"),
            "indirect",
            MARCHBANK,
            "person",
            "Councillor [[Helen Marchbank]], who has",
            "six years, [[told]] the meeting",
        ),
        Q(
            "“I owe this village an apology,”",
            "direct",
            MARCHBANK,
            "person",
            "apology,” [[she]] said",
            "apology,” she [[said]]",
        ),
        Q(
            "“We put the cart before the horse, and I take responsibility for that.”",
            "direct",
            MARCHBANK,
            "person",
            "apology,” [[she]] said",
            "apology,” she [[said]]",
        ),
        Q(
            "Rosalind Pyke, said [[the offer had arrived in February and had been discussed in a "
            "closed session because it involved commercial terms]]",
            "indirect",
            PYKE,
            "person",
            "The clerk, [[Rosalind Pyke]], said",
            "Rosalind Pyke, [[said]] the offer",
        ),
        Q(
            "She said that [[the council had taken legal advice and was satisfied it had followed "
            "the rules]]",
            "indirect",
            PYKE,
            "person",
            "[[She]] said that the council",
            "She [[said]] that the council",
        ),
        Q(
            "conceded that [[the minutes of the session should have been published sooner]]",
            "indirect",
            PYKE,
            "person",
            "[[She]] said that the council",
            "[[conceded]] that the minutes",
        ),
        Q(
            "“Nothing was hidden,”",
            "direct",
            PYKE,
            "person",
            "hidden,” Ms [[Pyke]] said",
            "Ms Pyke [[said]]",
        ),
        Q(
            "“It was simply not announced, and I accept that to a lot of people those feel like "
            "the same thing.”",
            "direct",
            PYKE,
            "person",
            "hidden,” Ms [[Pyke]] said",
            "Ms Pyke [[said]]",
        ),
        Q(
            "last week said [[the council was treating the allotments “as a piggy bank for every "
            "shortfall in its budget.”]]",
            "mixed",
            LETTER,
            "organisation",
            "[[A letter signed by 212 residents]] and delivered",
            "council last week [[said]] the council",
        ),
        Q(
            ("Brackley Courier, says [[the land is protected", "challenged in the courts]]"),
            "indirect",
            LETTER,
            "organisation",
            "[[The letter]], seen by",
            "Brackley Courier, [[says]] the land",
        ),
        Q(
            "Doreen Callow said [[she had learned of the sale from a neighbour’s post on "
            "Facebook]]",
            "indirect",
            CALLOW,
            "person",
            "[[Doreen Callow]] said she had",
            "Doreen Callow [[said]] she had",
        ),
        Q(
            "“I grew my first potatoes here when my daughter was in nappies,”",
            "direct",
            CALLOW,
            "person",
            "nappies,” [[she]] said",
            "nappies,” she [[said]]",
        ),
        Q(
            "“She’s 48 now and she grows hers two plots down from me.”",
            "direct",
            CALLOW,
            "person",
            "nappies,” [[she]] said",
            "nappies,” she [[said]]",
        ),
        Q(
            "told councillors that [[the waiting list for plots had grown to 37 names and that "
            "selling land now was “exactly backwards”]]",
            "mixed",
            LAKHANI,
            "person",
            "plot holder, [[Priya Lakhani]], a 39-year-old",
            "pharmacist, [[told]] councillors",
        ),
        Q(
            "“People are queuing to get in, and you want to make it smaller,”",
            "direct",
            LAKHANI,
            "person",
            "smaller,” [[she]] said",
            "smaller,” she [[said]]",
        ),
        Q(
            ("the village, said [[she had asked planning officers", "covenant could be enforced]]"),
            "indirect",
            ENDERBY,
            "person",
            "District councillor [[Sue Enderby]], whose",
            "the village, [[said]] she had asked",
        ),
        Q(
            "she replied that [[she had “an open mind but a long memory”]]",
            "mixed",
            ENDERBY,
            "person",
            "went ahead, [[she]] replied",
            "went ahead, she [[replied]]",
        ),
        Q(
            "“The village does need homes,”",
            "direct",
            ENDERBY,
            "person",
            "homes,” Mrs [[Enderby]] said",
            "Mrs Enderby [[said]]",
        ),
        Q(
            "“But nobody has yet explained to me why they have to go on the one piece of land "
            "people here actually use every week.”",
            "direct",
            ENDERBY,
            "person",
            "homes,” Mrs [[Enderby]] said",
            "Mrs Enderby [[said]]",
        ),
        Q(
            "Parish Council said [[it had “paused all discussions” with Corbel Homes and would "
            "hold a public consultation in the autumn]]",
            "mixed",
            LBPC,
            "organisation",
            "morning, [[Lower Brackley Parish Council]] said",
            "Parish Council [[said]] it had",
        ),
        Q(
            "“The council has heard the strength of feeling in the village and will not proceed "
            "with any disposal of land without first consulting every household,”",
            "direct",
            LBPC,
            "organisation",
            "household,” [[the council]] said",
            "household,” the council [[said]]",
        ),
        Q(
            "Corbel Homes said [[it remained interested in the site]]",
            "indirect",
            CORBEL,
            "organisation",
            "[[Corbel Homes]] said it remained",
            "Corbel Homes [[said]] it remained",
        ),
        Q(
            "his name, said [[the company had “always intended to work with the community” and "
            "would provide replacement plots on land at the edge of any development]]",
            "mixed",
            CORBEL_SPOKES,
            "anonymous",
            "[[A spokesman for the developer]], who did",
            "his name, [[said]] the company",
        ),
        Q(
            "Callow called [[it “a swap of good soil for builders’ rubble.”]]",
            "mixed",
            CALLOW,
            "person",
            "Mrs [[Callow]] called it",
            "Mrs Callow [[called]] it",
        ),
        Q(
            "Marchbank said afterwards that [[the consultation would take at least three months]]",
            "indirect",
            MARCHBANK,
            "person",
            "[[Marchbank]] said afterwards",
            "Marchbank [[said]] afterwards",
        ),
        Q(
            "she added, [[would receive a letter from the clerk by the end of next week]]",
            "indirect",
            MARCHBANK,
            "person",
            "plot holder, [[she]] added",
            "plot holder, she [[added]]",
        ),
        Q(
            ("Lakhani said [[residents would keep their petition open", "ever put up for sale]]"),
            "indirect",
            LAKHANI,
            "person",
            "Ms [[Lakhani]] said residents",
            "Ms Lakhani [[said]] residents",
        ),
        Q(
            "“We are not going away. We have been here a hundred years,”",
            "direct",
            LAKHANI,
            "person",
            "hundred years,” [[she]] said",
            "hundred years,” she [[said]]",
        ),
    ],
    "climate_17": [
        Q(
            "[[Lakes formed by melting glaciers in the Tavrin mountain range have grown by almost "
            "a third in a decade, far faster than climate models had predicted]], according to",
            "indirect",
            PAPER,
            "organisation",
            "according to [[a paper]] published",
            "predicted, [[according to]] a paper",
        ),
        Q(
            (
                "The researchers found that [[the combined surface area",
                "square kilometres in 2024]]",
            ),
            "indirect",
            RESEARCHERS,
            "group",
            "[[The researchers]] found that",
            "The researchers [[found]] that",
        ),
        Q(
            "they wrote, [[now pose a “high or very high” risk of bursting through the natural "
            "dams of ice and rock that hold them back]]",
            "mixed",
            RESEARCHERS,
            "group",
            "of the lakes, [[they]] wrote",
            "of the lakes, they [[wrote]]",
        ),
        Q(
            "“We expected growth. We did not expect this much growth, this quickly,”",
            "direct",
            SOLHEIM,
            "person",
            "Dr [[Ingrid Solheim]], a glaciologist",
            "this quickly,” [[said]] Dr",
        ),
        Q(
            "“Some of these lakes doubled in size while we were still writing up the first draft.”",
            "direct",
            SOLHEIM,
            "person",
            "Dr [[Ingrid Solheim]], a glaciologist",
            "this quickly,” [[said]] Dr",
        ),
        Q(
            ("Solheim said [[the team had combined 40 years", "surveys of the lakes’ depths]]"),
            "indirect",
            SOLHEIM,
            "person",
            "[[Solheim]] said the team had combined",
            "Solheim [[said]] the team had combined",
        ),
        Q(
            "According to the paper, [[warmer summers explain most of the growth]]",
            "indirect",
            PAPER,
            "organisation",
            "According to [[the paper]], warmer",
            "[[According to]] the paper, warmer",
        ),
        Q(
            (
                "the authors argue that [[a second factor has been overlooked",
                "speeding up melting]]",
            ),
            "indirect",
            RESEARCHERS,
            "group",
            "but [[the authors]] argue",
            "the authors [[argue]] that",
        ),
        Q(
            "Earth Sciences, said [[the soot effect was strongest on glaciers within 15 kilometres "
            "of a road]]",
            "indirect",
            ARRIETA,
            "person",
            "Dr [[Mateo Arrieta]], a co-author",
            "Earth Sciences, [[said]] the soot",
        ),
        Q(
            "“It is a bit like putting a black coat on a snowman,”",
            "direct",
            ARRIETA,
            "person",
            "snowman,” [[he]] said",
            "snowman,” he [[said]]",
        ),
        Q(
            "Osei-Bonsu, said [[the work had been “humbling” for the modelling community]]",
            "mixed",
            OSEI,
            "person",
            "Dr [[Kwame Osei-Bonsu]], said",
            "Osei-Bonsu, [[said]] the work",
        ),
        Q(
            "He said [[most regional models assumed clean ice and would need to be revised]]",
            "indirect",
            OSEI,
            "person",
            "[[He]] said most regional",
            "He [[said]] most regional",
        ),
        Q(
            "adding that [[his own group’s projections for 2050 had probably been too low by a "
            "quarter]]",
            "indirect",
            OSEI,
            "person",
            "[[He]] said most regional",
            "revised, [[adding]] that",
        ),
        Q(
            "he noted, [[covers only one mountain range]]",
            "indirect",
            ARRIETA,
            "person",
            "The paper, [[he]] noted",
            "The paper, he [[noted]]",
        ),
        Q(
            "and he said [[it was “far too early” to apply its numbers to the Himalaya or the "
            "Andes]]",
            "mixed",
            ARRIETA,
            "person",
            "and [[he]] said it was",
            "and he [[said]] it was",
        ),
        Q(
            "in the study said [[its findings were worrying but not surprising]]",
            "indirect",
            SCIENTISTS,
            "anonymous",
            "[[Scientists who were not involved in the study]] said",
            "in the study [[said]] its findings",
        ),
        Q(
            "described [[the data set as “the most complete picture we have ever had of a single "
            "range.”]]",
            "mixed",
            CALLOWAY,
            "person",
            "Professor [[Ruth Calloway]], who studies",
            "University, [[described]] the data",
        ),
        Q(
            "“My concern is less the average and more the outliers,”",
            "direct",
            CALLOWAY,
            "person",
            "outliers,” [[she]] said",
            "outliers,” she [[said]]",
        ),
        Q(
            "“You don’t need a thousand lakes to burst. You need one, above the wrong village.”",
            "direct",
            CALLOWAY,
            "person",
            "outliers,” [[she]] said",
            "outliers,” she [[said]]",
        ),
        Q(
            "She said [[early-warning systems existed on only four of the eleven high-risk lakes]]",
            "indirect",
            CALLOWAY,
            "person",
            "[[She]] said early-warning",
            "She [[said]] early-warning",
        ),
        Q(
            "saying [[the soot estimates relied on a small number of ice samples]]",
            "indirect",
            CALLOWAY,
            "person",
            "[[Calloway]] questioned",
            "methods, [[saying]] the soot",
        ),
        Q(
            "“That’s fair. We say so in the paper, and we want other groups to check it,”",
            "direct",
            SOLHEIM,
            "person",
            "check it,” [[she]] said",
            "check it,” she [[said]]",
        ),
        Q(
            "The paper calls for [[“urgent, lake-by-lake” hazard assessments and for mining "
            "companies to be required to control dust on haul roads]]",
            "mixed",
            PAPER,
            "organisation",
            "[[The paper]] calls for",
            "The paper [[calls for]]",
        ),
        Q(
            ("said in a statement that [[it welcomed the study", "lakes named as high-risk]]"),
            "indirect",
            TEA,
            "organisation",
            "[[The Tavrin Environment Agency]], which",
            "the range, [[said]] in a statement",
        ),
        Q(
            "The agency said [[it would review the remaining nine “as a matter of priority”]]",
            "mixed",
            TEA,
            "organisation",
            "[[The agency]] said it would review",
            "The agency [[said]] it would review",
        ),
        Q(
            "She said [[funding was “under discussion” with the national government]]",
            "mixed",
            TEA_SPOKES,
            "anonymous",
            "[[She]] said funding",
            "She [[said]] funding",
        ),
        Q(
            "[[The study was funded by the Nordic Polar Research Council and the European "
            "Mountain Fund]], according to",
            "indirect",
            DECLARATION,
            "organisation",
            "according to [[a declaration at the end of the paper]]",
            "Fund, [[according to]] a declaration",
        ),
        Q(
            "Solheim said [[the team planned to return to the range next summer to install cameras "
            "at the two largest lakes]]",
            "indirect",
            SOLHEIM,
            "person",
            "[[Solheim]] said the team planned",
            "Solheim [[said]] the team planned",
        ),
        Q(
            "“We would like to be wrong about this. The best outcome of this paper is that someone "
            "proves us too pessimistic,”",
            "direct",
            SOLHEIM,
            "person",
            "too pessimistic,” [[she]] said",
            "too pessimistic,” she [[said]]",
        ),
    ],
}

ARTICLES |= {
    "transport_17": [
        Q(
            "The operator said [[it expected to run about one train in three on its busiest routes "
            "and none at all on the Hallam Valley and coastal lines]]",
            "indirect",
            NCR,
            "organisation",
            "[[The operator]] said it expected",
            "The operator [[said]] it expected",
        ),
        Q(
            "It said [[passengers should travel only if their journey was “absolutely necessary”]]",
            "mixed",
            NCR,
            "organisation",
            "[[It]] said passengers",
            "It [[said]] passengers",
        ),
        Q(
            "According to Northern Crescent, [[about 140,000 journeys are made on its network on a "
            "typical weekday]]",
            "indirect",
            NCR,
            "organisation",
            "According to [[Northern Crescent]], about",
            "[[According to]] Northern Crescent, about",
        ),
        Q(
            "“We are genuinely sorry for the disruption this will cause,”",
            "direct",
            DENHOLM,
            "person",
            "[[Claire Denholm]], the company",
            "will cause,” [[said]] Claire",
        ),
        Q(
            "“We have made a fair offer, it is still on the table, and we would rather be talking "
            "than timetabling around a strike.”",
            "direct",
            DENHOLM,
            "person",
            "[[Claire Denholm]], the company",
            "will cause,” [[said]] Claire",
        ),
        Q(
            ("Friday, saying [[it fell well short of inflation", "back-to-back late shifts]]"),
            "mixed",
            ATDU,
            "organisation",
            "[[The Associated Train Drivers’ Union]] rejected",
            "on Friday, [[saying]] it fell",
        ),
        Q(
            (
                "Martin Greaves, said [[the company had offered 3.2 percent",
                "members regarded as unsafe]]",
            ),
            "indirect",
            GREAVES,
            "person",
            "general secretary, [[Martin Greaves]], said",
            "Martin Greaves, [[said]] the company",
        ),
        Q(
            "“Our members are not being greedy,”",
            "direct",
            GREAVES,
            "person",
            "greedy,” [[Greaves]] told",
            "greedy,” Greaves [[told]]",
        ),
        Q(
            ("[[“They are being asked to work longer", "It is a risk.”"),
            "direct",
            GREAVES,
            "person",
            "greedy,” [[Greaves]] told",
            "greedy,” Greaves [[told]]",
        ),
        Q(
            "He said [[the union would call off the strike “within the hour” if the rostering "
            "proposal was withdrawn]]",
            "mixed",
            GREAVES,
            "person",
            "[[He]] said the union would call off",
            "He [[said]] the union would call off",
        ),
        Q(
            "A spokesman said [[the new rosters had been approved by the company’s safety team and "
            "that no driver would work more than the legal maximum]]",
            "indirect",
            NCR_SPOKES,
            "anonymous",
            "[[A spokesman]] said the new rosters",
            "A spokesman [[said]] the new rosters",
        ),
        Q(
            "adding that [[the government would not intervene directly in what she described as “a "
            "matter between an employer and its staff.”]]",
            "mixed",
            CREASEY,
            "person",
            "transport minister, [[Alison Creasey]], urged",
            "conciliation service, [[adding]] that",
        ),
        Q(
            "“I would say to the union: put the offer to your members,”",
            "direct",
            CREASEY,
            "person",
            "members,” [[Creasey]] said",
            "members,” Creasey [[said]]",
        ),
        Q(
            "“Let them decide.”",
            "direct",
            CREASEY,
            "person",
            "members,” [[Creasey]] said",
            "members,” Creasey [[said]]",
        ),
        Q(
            "suggestion, saying [[members had already decided when 87 percent of them voted for "
            "action on a turnout of 79 percent]]",
            "indirect",
            GREAVES,
            "person",
            "[[Greaves]] dismissed that",
            "suggestion, [[saying]] members",
        ),
        Q(
            "“I’ll lose three days’ pay, probably,”",
            "direct",
            CARE_WORKER,
            "anonymous",
            "said [[a 34-year-old care worker]] who commutes",
            "probably,” [[said]] a 34-year-old",
        ),
        Q(
            "“The drivers might be right, I don’t know. But nobody is striking on my behalf.”",
            "direct",
            CARE_WORKER,
            "anonymous",
            "said [[a 34-year-old care worker]] who commutes",
            "probably,” [[said]] a 34-year-old",
        ),
        Q(
            "supervisor, said [[he would share a car with two colleagues for the week]]",
            "indirect",
            RAUF,
            "person",
            "[[Ahmed Rauf]], 52, a warehouse",
            "warehouse supervisor, [[said]] he would",
        ),
        Q(
            "He said [[he supported the drivers “in principle” but thought the timing, in the week "
            "before the schools break up, was “a bit much”]]",
            "mixed",
            RAUF,
            "person",
            "[[He]] said he supported",
            "He [[said]] he supported",
        ),
        Q(
            "“Both lots of them want their heads banging together,”",
            "direct",
            TEACHER,
            "anonymous",
            "together,” [[he]] said",
            "together,” he [[said]]",
        ),
        Q(
            "train companies, said [[strikes had cost the industry more than £180m across the "
            "region in the past two years]]",
            "indirect",
            ROA,
            "organisation",
            "[[The Rail Operators’ Association]], which",
            "train companies, [[said]] strikes",
        ),
        Q(
            "said in a statement that [[passengers were “running out of patience with all of us” "
            "and that the dispute risked driving commuters back into their cars for good]]",
            "mixed",
            ETHERINGTON,
            "person",
            "chief executive, [[Paul Etherington]], said",
            "Paul Etherington, [[said]] in a statement",
        ),
        Q(
            "Passenger Watch said [[it had received more than 400 complaints since the strike was "
            "announced]]",
            "indirect",
            PASSENGER_WATCH,
            "organisation",
            "campaign group [[Passenger Watch]] said",
            "Passenger Watch [[said]] it had received",
        ),
        Q(
            "The operator said [[refunds would be available for every day of the strike]]",
            "indirect",
            NCR,
            "organisation",
            "[[The operator]] said refunds",
            "The operator [[said]] refunds",
        ),
        Q(
            "it said, [[would meet union officials on Wednesday if the conciliation service could "
            "arrange it]]",
            "indirect",
            NCR,
            "organisation",
            "Denholm, [[it]] said",
            "Denholm, it [[said]]",
        ),
        Q(
            "“If they bring a different roster, yes. If they bring the same one, no.”",
            "direct",
            GREAVES,
            "person",
            "walkout, [[Greaves]] said only",
            "walkout, Greaves [[said]] only",
        ),
        Q(
            "Signal Union said on Saturday [[it had not yet decided whether to coordinate the "
            "two]]",
            "indirect",
            RMSU,
            "organisation",
            "The [[Rail Maritime and Signal Union]] said",
            "Signal Union [[said]] on Saturday",
        ),
    ],
    "wirebiz_17": [
        Q(
            "[[Sahran will cut its crude oil exports by about 180,000 barrels per day in March "
            "after the state energy company shut its largest offshore field for unplanned "
            "repairs]], the oil ministry said",
            "indirect",
            MINISTRY,
            "organisation",
            "repairs, [[the oil ministry]] said",
            "the oil ministry [[said]] on Wednesday",
        ),
        Q(
            (
                "The ministry said in a statement that [[exports from the southern terminal",
                '"between four and six weeks."]]',
            ),
            "mixed",
            MINISTRY,
            "organisation",
            "[[The ministry]] said in a statement that exports",
            "The ministry [[said]] in a statement that exports",
        ),
        Q(
            "(SNPC) said [[a leak had been found in a subsea pipeline linking the Qarun field to "
            "its processing platform]]",
            "indirect",
            SNPC,
            "organisation",
            "[[Sahran National Petroleum Company]] (SNPC)",
            "(SNPC) [[said]] a leak",
        ),
        Q(
            '"There has been no injury and no spill into the sea,"',
            "direct",
            SNPC,
            "organisation",
            'the sea," [[the company]] said',
            'the sea," the company [[said]]',
        ),
        Q(
            "adding that [[divers had located the damaged section on Monday]]",
            "indirect",
            SNPC,
            "organisation",
            'the sea," [[the company]] said',
            "said, [[adding]] that divers",
        ),
        Q(
            'Almira that [[the cut was "purely technical" and had nothing to do with talks among '
            "producers on output policy]]",
            "mixed",
            MANSOUR,
            "person",
            "Oil Minister [[Khalid Al-Mansour]] told",
            "Khalid Al-Mansour [[told]] reporters",
        ),
        Q(
            '"Sahran does not play games with its customers,"',
            "direct",
            MANSOUR,
            "person",
            'customers," [[he]] said',
            'customers," he [[said]]',
        ),
        Q(
            '"When the field is back, the barrels will be back."',
            "direct",
            MANSOUR,
            "person",
            'customers," [[he]] said',
            'customers," he [[said]]',
        ),
        Q(
            ("Traders said [[the cut was small in global terms", "competing for cargoes]]"),
            "indirect",
            TRADERS,
            "anonymous",
            "[[Traders]] said the cut",
            "Traders [[said]] the cut",
        ),
        Q(
            ('[["Everyone who was counting on an extra Sahran cargo', 'to somebody else,"'),
            "direct",
            SG_TRADER,
            "anonymous",
            "said [[one Singapore-based trader]]",
            'somebody else," [[said]] one',
        ),
        Q(
            '"It\'s going to be a busy week."',
            "direct",
            SG_TRADER,
            "anonymous",
            "said [[one Singapore-based trader]]",
            'somebody else," [[said]] one',
        ),
        Q(
            "A second trader said [[at least two Indian refiners had been told their March "
            "allocations would be reduced by a quarter]]",
            "indirect",
            SECOND_TRADER,
            "anonymous",
            "[[A second trader]] said",
            "A second trader [[said]]",
        ),
        Q(
            "by Seatrace, [[Sahran's exports had already slipped to 1.19 million bpd in the first "
            "ten days of February]]",
            "indirect",
            SEATRACE,
            "organisation",
            "According to [[tanker-tracking data compiled by Seatrace]]",
            "[[According to]] tanker-tracking",
        ),
        Q(
            ("the matter said [[the company had detected a drop", "assessed the damage]]"),
            "indirect",
            THREE_PEOPLE,
            "anonymous",
            "[[Three people familiar with the matter]] said",
            "with the matter [[said]] the company",
        ),
        Q(
            'One of them said [[the decision was "a judgement call that didn\'t work out."]]',
            "mixed",
            ONE_OF_THEM,
            "anonymous",
            "[[One of them]] said",
            "One of them [[said]]",
        ),
        Q(
            "in Dubai, said [[the outage came at an awkward time for the market]]",
            "indirect",
            DAHER,
            "person",
            "[[Rania Daher]], head of",
            "Bank in Dubai, [[said]] the outage",
        ),
        Q(
            ('[["Inventories are low, the weather', 'in very few hands,"'),
            "direct",
            DAHER,
            "person",
            'few hands," [[she]] wrote',
            'few hands," she [[wrote]]',
        ),
        Q(
            '"A six-week outage is manageable. A three-month outage is a different story."',
            "direct",
            DAHER,
            "person",
            'few hands," [[she]] wrote',
            'few hands," she [[wrote]]',
        ),
        Q(
            "Daher said [[she expected Brent to trade between $82 and $88 over the next month]]",
            "indirect",
            DAHER,
            "person",
            "[[Daher]] said she expected",
            "Daher [[said]] she expected",
        ),
        Q(
            'Securities said [[SNPC had "a habit of under-promising" on repair times and could '
            "restore some output within three weeks]]",
            "mixed",
            LINDQVIST,
            "person",
            "[[Viktor Lindqvist]] of Nordmark",
            "Nordmark Securities [[said]] SNPC",
        ),
        Q(
            "\"I'd be surprised if we're still talking about this in April,\"",
            "direct",
            LINDQVIST,
            "person",
            'in April," [[Lindqvist]] said',
            'in April," Lindqvist [[said]]',
        ),
        Q(
            '"all options are available"',
            "direct",
            MIN_OFFICIAL,
            "anonymous",
            "[[A ministry official]], asked",
            'about storage, [[said]] "all',
        ),
        Q(
            "[[Sahran pumped an average of 2.9 million bpd in January]], according to",
            "indirect",
            SURVEY,
            "organisation",
            "according to [[a Meridian Wire survey of shipping data, officials and analysts]]",
            "January, [[according to]] a Meridian",
        ),
        Q(
            "Tuesday that [[global oil demand would grow by 1.3 million bpd this year]]",
            "indirect",
            IEF,
            "organisation",
            "[[The International Energy Forum's secretariat]] said",
            "secretariat [[said]] in its monthly",
        ),
        Q(
            'described [[that forecast as "broadly unchanged."]]',
            "mixed",
            IEF,
            "organisation",
            "[[The International Energy Forum's secretariat]] said",
            "this year, and [[described]] that",
        ),
        Q(
            "SNPC said [[it would invest $420 million this year in replacing ageing pipelines at "
            "three fields, including Qarun]]",
            "indirect",
            SNPC,
            "organisation",
            "statement, [[SNPC]] said it would invest",
            "SNPC [[said]] it would invest",
        ),
        Q(
            'Bakr, said [[the work had been planned "long before this incident" and would not be '
            "brought forward]]",
            "mixed",
            BAKR,
            "person",
            "chief executive, [[Hassan Bakr]], said",
            "Hassan Bakr, [[said]] the work",
        ),
    ],
    "inquiry_17": [
        Q(
            (
                "Ashworth KC, said [[the home’s own maintenance log showed",
                "“deferred for budgetary reasons” three times]]",
            ),
            "mixed",
            ASHWORTH,
            "person",
            "the inquiry, [[Nathaniel Ashworth]] KC",
            "Ashworth KC, [[said]] the home",
        ),
        Q(
            "“These were not hidden problems,”",
            "direct",
            ASHWORTH,
            "person",
            "problems,” Mr [[Ashworth]] said",
            "Mr Ashworth [[said]]",
        ),
        Q(
            "“They were written down, in black and white, by people who were worried.”",
            "direct",
            ASHWORTH,
            "person",
            "problems,” Mr [[Ashworth]] said",
            "Mr Ashworth [[said]]",
        ),
        Q(
            "at the outset that [[its task was to establish what happened and why, not to decide "
            "anyone’s civil or criminal liability]]",
            "indirect",
            ROWNTREE,
            "person",
            "Dame [[Philippa Rowntree]], a retired",
            "High Court judge, [[said]] at the outset",
        ),
        Q(
            "Guildhall that [[their evidence would be heard “in full and without hurry.”]]",
            "mixed",
            ROWNTREE,
            "person",
            "[[She]] told relatives",
            "She [[told]] relatives",
        ),
        Q(
            ("[[The five residents, aged between 81", "recorded at 34C]], according to"),
            "indirect",
            CORONER,
            "organisation",
            "according to [[a coroner’s report]] read",
            "34C, [[according to]] a coroner",
        ),
        Q(
            "July 19, said [[he had complained to the home about the heat two days before her "
            "death and had been told a portable fan was “on order”]]",
            "mixed",
            PETTIFER,
            "person",
            "[[Graham Pettifer]], whose mother",
            "on July 19, [[said]] he had complained",
        ),
        Q(
            "“She was lying in a room like an oven and they were waiting for a fan,”",
            "direct",
            PETTIFER,
            "person",
            "for a fan,” [[he]] said",
            "for a fan,” he [[said]]",
        ),
        Q(
            "“A fan.”",
            "direct",
            PETTIFER,
            "person",
            "for a fan,” [[he]] said",
            "for a fan,” he [[said]]",
        ),
        Q(
            "inquiry that [[staff had been “doing their best with nothing.”]]",
            "mixed",
            HALE,
            "person",
            "brother-in-law, [[Raymond Hale]], told",
            "Raymond Hale, [[told]] the inquiry",
        ),
        Q(
            "He said [[he wanted the hearings to look at decisions made at head office rather than "
            "by carers on the floor]]",
            "indirect",
            HALE,
            "person",
            "[[He]] said he wanted",
            "He [[said]] he wanted",
        ),
        Q(
            "the home, said [[the family had learned of the maintenance requests only from a "
            "newspaper]]",
            "indirect",
            VARMA,
            "person",
            "[[Sunil Varma]], whose father",
            "at the home, [[said]] the family",
        ),
        Q(
            "He criticised [[the company for what he called “a wall of silence” in the months "
            "afterwards]]",
            "mixed",
            VARMA,
            "person",
            "[[He]] criticised",
            "He [[criticised]]",
        ),
        Q(
            "“Nobody has ever picked up a phone to say sorry,”",
            "direct",
            VARMA,
            "person",
            "say sorry,” Mr [[Varma]] said",
            "Mr Varma [[said]]",
        ),
        Q(
            "“Not once.”",
            "direct",
            VARMA,
            "person",
            "say sorry,” Mr [[Varma]] said",
            "Mr Varma [[said]]",
        ),
        Q(
            ("He said [[he had passed each request", "frozen until the autumn]]"),
            "indirect",
            MOLLOY,
            "person",
            "[[He]] said he had passed",
            "He [[said]] he had passed",
        ),
        Q(
            "Molloy said [[he had, but that the home did not have enough staff to do it safely]]",
            "indirect",
            MOLLOY,
            "person",
            "[[Molloy]] said he had, but",
            "Molloy [[said]] he had, but",
        ),
        Q(
            "“I made the decisions I could with the people I had,”",
            "direct",
            MOLLOY,
            "person",
            "people I had,” [[he]] told",
            "people I had,” he [[told]]",
        ),
        Q(
            "“I am not going to pretend I got all of them right.”",
            "direct",
            MOLLOY,
            "person",
            "people I had,” [[he]] told",
            "people I had,” he [[told]]",
        ),
        Q(
            "written that [[the first floor was “not fit for purpose in hot weather.”]]",
            "mixed",
            MOLLOY,
            "person",
            "in which [[Molloy]] had written",
            "Molloy had [[written]] that",
        ),
        Q(
            "the barrister said, [[had been copied to three senior managers]]",
            "indirect",
            ASHWORTH,
            "person",
            "The email, [[the barrister]] said",
            "the barrister [[said]], had been",
        ),
        Q(
            "Brightwater Care Group said [[it “deeply regrets” the deaths and accepted that its "
            "procedures for approving urgent repairs had been “too slow”]]",
            "mixed",
            BRIGHTWATER,
            "organisation",
            "inquiry, [[Brightwater Care Group]] said",
            "Brightwater Care Group [[said]] it",
        ),
        Q(
            "The company said [[it had since spent £1.4m on cooling systems across its 23 homes]]",
            "indirect",
            BRIGHTWATER,
            "organisation",
            "[[The company]] said it had since",
            "The company [[said]] it had since",
        ),
        Q(
            "also says that [[no request marked urgent was refused]]",
            "indirect",
            BRIGHTWATER,
            "organisation",
            "[[The submission]] also says",
            "The submission also [[says]]",
        ),
        Q(
            "dismissed [[that claim as “lawyers’ language.”]]",
            "mixed",
            HALE,
            "person",
            "Mr [[Hale]] dismissed",
            "Mr Hale [[dismissed]]",
        ),
        Q(
            "company said [[she would “answer every question put to her.”]]",
            "mixed",
            BW_SPOKES,
            "anonymous",
            "[[A spokeswoman for the company]] said",
            "for the company [[said]] she would",
        ),
        Q(
            "it “good”, said [[it would cooperate fully]]",
            "indirect",
            CSC,
            "organisation",
            "[[The Care Standards Commission]], which",
            "it “good”, [[said]] it would",
        ),
        Q(
            "A source at the regulator said [[inspectors had not examined the ventilation at the "
            "time]]",
            "indirect",
            REG_SOURCE,
            "anonymous",
            "[[A source at the regulator]] said",
            "at the regulator [[said]] inspectors",
        ),
        Q(
            "saying [[she knew “how long a year can be.”]]",
            "mixed",
            ROWNTREE,
            "person",
            "rising, [[she]] thanked",
            "patience, [[saying]] she knew",
        ),
    ],
}

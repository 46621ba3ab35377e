# The specifications below quote the articles verbatim, typographic marks included.
"""Gold specifications for council_18, business_18, health_18, wirebiz_18 and football_18
(round 18, second writer, written blind), merged into build_gold.py's dictionaries by its main()."""

from __future__ import annotations

from build_gold import Q

# council_18
TEBBUTT = "Rhiannon Tebbutt"
ALDOUS = "Ffion Aldous"
SANTHANAM = "Priya Santhanam"
CONSULT_REPORT = "the consultation report"
CHISHOLM = "Maureen Chisholm"
GEMMA = "Gemma"
MWU = "Municipal Workers' Union"
MOSS = "Declan Moss"
HCC = "Harrowfield City Council"
GREENWAY = "Greenway Environmental"
GREENWAY_SPOKES = "a spokeswoman for the company"

# business_18
NORTHWAY = "Northway Air"
FALSTER = "Henrik Falster"
CALDERA_SPOKES = "a Caldera spokesman"
ROOS = "Anneli Roos"
VARMA = "Sunita Varma"
FAMILIAR = "a person familiar with the plans"
ANOTHER_PERSON = "another person"
CCCA = "Cockpit and Cabin Crew Association"
LENNOX = "Moira Lennox"
CAD = "Civil Aviation Directorate"
BAIRD = "Catriona Baird"

# health_18
REVIEW = "a leaked review that the hospital's managers have not published"
WVHT = "Wyvern Valley Health Trust"
LINDA = "Linda Penrose"
ARTHUR = "Arthur Penrose"
YILMAZ = "Osman Yilmaz"
NURSE = "a senior nurse on the acute medical unit"
LYLE = "Gareth Lyle"
ANAND = "Rupert Anand"
AGE_FORWARD = "Age Forward"
OYELOWO = "Beatrix Oyelowo"
STRACHAN = "Helen Strachan"

# wirebiz_18
TANA = "Tana Grid Holdings"
BROKER = "a broker at a Nairobi firm"
DEALER = "another dealer"
MWANGI = "Joseph Mwangi"
TREASURY = "the Treasury"
TREASURY_OFFICIAL = "a Treasury official"
CB_DATA = "central bank data"
CBK = "Central Bank of Kenya"
WAMBUI = "Esther Wambui"
ANALYSTS = "Analysts"
OTIENO = "Grace Otieno"
KIPRONO = "Daniel Kiprono"
EXCHANGE_DATA = "exchange data"
CMA = "Capital Markets Authority"
CMA_SPOKES = "a spokesman for the regulator"

# football_18
WHITLOW = "Gordon Whitlow"
FERRERI = "Paolo Ferreri"
FAULDS = "Lewis Faulds"
OSEI = "Kian Osei"
PRA = "Professional Referees' Association"
PRA_SPOKES = "a spokesman for the association"
ASHCOMBE = "Ashcombe Rovers"
KILBRIDE = "Brenda Kilbride"
AST = "Ashcombe Supporters' Trust"

ARTICLES: dict[str, list[Q]] = {}

HELDOUT: dict[str, list[Q]] = {
    "council_18": [
        Q(
            "told the chamber that [[the eight-year deal with Greenway Environmental would save "
            "£3.1m a year and push the city’s recycling rate above 50 per cent for the first "
            "time]]",
            "indirect",
            TEBBUTT,
            "person",
            "Councillor [[Rhiannon Tebbutt]], told",
            "Rhiannon Tebbutt, [[told]] the chamber",
        ),
        Q(
            "“Nobody goes into local politics to change bin day,”",
            "direct",
            TEBBUTT,
            "person",
            "bin day,” [[she]] said",
            "bin day,” she [[said]]",
        ),
        Q(
            "“But we have lost a third of our government grant in ten years, and I will not "
            "close a library to keep a weekly lorry running half-empty.”",
            "direct",
            TEBBUTT,
            "person",
            "bin day,” [[she]] said",
            "bin day,” she [[said]]",
        ),
        Q(
            "Aldous, said [[the administration had “broken a promise it made on every doorstep” "
            "two years ago]]",
            "mixed",
            ALDOUS,
            "person",
            "Councillor [[Ffion Aldous]], said",
            "Ffion Aldous, [[said]] the administration",
        ),
        Q(
            "She told members that [[families in flats without gardens would be left “living "
            "next to their rubbish for a fortnight.”]]",
            "mixed",
            ALDOUS,
            "person",
            "[[She]] told members",
            "She [[told]] members",
        ),
        Q(
            "“The leader talks about savings,”",
            "direct",
            ALDOUS,
            "person",
            "savings,” Ms [[Aldous]] said",
            "savings,” Ms Aldous [[said]]",
        ),
        Q(
            "“Ask the people of Carr Lane what they will be saving when the rats come back.”",
            "direct",
            ALDOUS,
            "person",
            "savings,” Ms [[Aldous]] said",
            "savings,” Ms Aldous [[said]]",
        ),
        Q(
            "Santhanam, said [[the same model had been used in two neighbouring districts "
            "“without any measurable rise” in fly-tipping]]",
            "mixed",
            SANTHANAM,
            "person",
            "Dr [[Priya Santhanam]], said",
            "Priya Santhanam, [[said]] the same",
        ),
        Q(
            "Santhanam said that [[it had and that larger communal bins would be installed at 46 "
            "sites before the change]]",
            "indirect",
            SANTHANAM,
            "person",
            "Dr [[Santhanam]] said that it had",
            "Dr Santhanam [[said]] that it had",
        ),
        Q(
            "She added that [[crews would monitor the first six months “street by street”]]",
            "mixed",
            SANTHANAM,
            "person",
            "[[She]] added that crews",
            "She [[added]] that crews",
        ),
        Q(
            "report found that [[58 per cent of the 6,400 people who responded opposed "
            "fortnightly collections]]",
            "indirect",
            CONSULT_REPORT,
            "organisation",
            "[[The consultation report]] found",
            "consultation report [[found]] that",
        ),
        Q(
            "The objections, she said, [[had been taken seriously and had led to the weekly food "
            "waste service being kept]].",
            "indirect",
            TEBBUTT,
            "person",
            "The objections, [[she]] said",
            "The objections, she [[said]]",
        ),
        Q(
            "for four decades, said [[she had gathered 300 signatures against the plan in a "
            "single week]]",
            "indirect",
            CHISHOLM,
            "person",
            "[[Maureen Chisholm]], a 74-year-old",
            "for four decades, [[said]] she had",
        ),
        Q(
            "“The bins were the one thing this council still got right,”",
            "direct",
            CHISHOLM,
            "person",
            "got right,” [[she]] said",
            "got right,” she [[said]]",
        ),
        Q(
            "“Now they want to take that away too.”",
            "direct",
            CHISHOLM,
            "person",
            "got right,” [[she]] said",
            "got right,” she [[said]]",
        ),
        Q(
            "Gemma, said [[her household already filled its bin by Thursday]]",
            "indirect",
            GEMMA,
            "person",
            "first name, [[Gemma]], said",
            "Gemma, [[said]] her household",
        ),
        Q(
            "“Where am I supposed to put nappies for another seven days? On the roof?”",
            "direct",
            GEMMA,
            "person",
            "On the roof?” [[she]] asked",
            "On the roof?” she [[asked]]",
        ),
        Q(
            "staff, said [[it had been given assurances that no jobs would be lost in the "
            "transfer]]",
            "indirect",
            MWU,
            "organisation",
            "The [[Municipal Workers’ Union]], which",
            "collection staff, [[said]] it had",
        ),
        Q(
            "warned that [[drivers would walk out if the new rounds proved “physically "
            "impossible” in the time allowed]]",
            "mixed",
            MOSS,
            "person",
            "branch secretary, [[Declan Moss]], warned",
            "Declan Moss, [[warned]] that",
        ),
        Q(
            "“We are not against change,”",
            "direct",
            MOSS,
            "person",
            "change,” Mr [[Moss]] said",
            "change,” Mr Moss [[said]]",
        ),
        Q(
            "“We are against being handed a map on a Friday and told to make it work on Monday.”",
            "direct",
            MOSS,
            "person",
            "change,” Mr [[Moss]] said",
            "change,” Mr Moss [[said]]",
        ),
        Q(
            "the council said [[residents would receive a new collection calendar by post in "
            "February and that no household would be charged for a larger bin]]",
            "indirect",
            HCC,
            "organisation",
            "after the vote, [[the council]] said",
            "the council [[said]] residents",
        ),
        Q(
            "Greenway Environmental said [[it was “delighted” to have won the contract and would "
            "open a depot on Milton Street employing 40 people]]",
            "mixed",
            GREENWAY,
            "organisation",
            "[[Greenway Environmental]] said it was",
            "Greenway Environmental [[said]] it was",
        ),
        Q(
            "company said [[the firm already ran fortnightly services for nine other councils]]",
            "indirect",
            GREENWAY_SPOKES,
            "anonymous",
            "[[A spokeswoman for the company]] said",
            "for the company [[said]] the firm",
        ),
        Q(
            "Aldous said [[her group would ask for the decision to be called in for scrutiny]]",
            "indirect",
            ALDOUS,
            "person",
            "Ms [[Aldous]] said her group",
            "Ms Aldous [[said]] her group",
        ),
        Q(
            "“This is not over,”",
            "direct",
            ALDOUS,
            "person",
            "not over,” [[she]] said",
            "not over,” she [[said]]",
        ),
        Q(
            "“Residents will remember this in May.”",
            "direct",
            ALDOUS,
            "person",
            "not over,” [[she]] said",
            "not over,” she [[said]]",
        ),
        Q(
            "for her part, said [[she was confident that people would accept the change within a "
            "year, as they had elsewhere]]",
            "indirect",
            TEBBUTT,
            "person",
            "Councillor [[Tebbutt]], for her part",
            "for her part, [[said]] she was",
        ),
    ],
    "business_18": [
        Q(
            "[[Northway Air will cut 1,200 jobs and close its Glasgow base next year]], the "
            "airline said",
            "indirect",
            NORTHWAY,
            "organisation",
            "next year, [[the airline]] said",
            "the airline [[said]] on Thursday",
        ),
        Q(
            "chief executive warned that [[the carrier could no longer match a rival’s fares on "
            "routes to southern Europe]]",
            "indirect",
            FALSTER,
            "person",
            "as [[its chief executive]] warned",
            "its chief executive [[warned]] that",
        ),
        Q(
            (
                "The company said in a statement that [[the cuts, about one in nine",
                "moved to Manchester and Belfast]]",
            ),
            "mixed",
            NORTHWAY,
            "organisation",
            "[[The company]] said in a statement that the cuts",
            "The company [[said]] in a statement that the cuts",
        ),
        Q(
            "on a call that [[fuel and airport charges had risen by a fifth in two years while "
            "fares on the carrier’s busiest routes had fallen]]",
            "indirect",
            FALSTER,
            "person",
            "Chief executive [[Henrik Falster]] told",
            "Henrik Falster [[told]] analysts",
        ),
        Q(
            "“We have been flying people to Málaga for less than the price of a taxi to the "
            "airport,”",
            "direct",
            FALSTER,
            "person",
            "airport,” [[he]] said",
            "airport,” he [[said]]",
        ),
        Q(
            "“That was never sustainable, and I am not going to pretend otherwise.”",
            "direct",
            FALSTER,
            "person",
            "airport,” [[he]] said",
            "airport,” he [[said]]",
        ),
        Q(
            "Falster blamed [[Caldera Airlines, the low-cost rival that added 38 routes from "
            "Scottish airports this summer, for what he called “a race to the bottom on price.”]]",
            "mixed",
            FALSTER,
            "person",
            "Mr [[Falster]] blamed",
            "Mr Falster [[blamed]] Caldera",
        ),
        Q(
            "“Passengers are not a problem to be managed. They chose us because we were cheaper "
            "and on time,”",
            "direct",
            CALDERA_SPOKES,
            "anonymous",
            "on time,” [[a Caldera spokesman]] said",
            "a Caldera spokesman [[said]], adding",
        ),
        Q(
            "adding that [[the airline would “welcome” any former Northway pilots who wanted to "
            "apply]]",
            "mixed",
            CALDERA_SPOKES,
            "anonymous",
            "on time,” [[a Caldera spokesman]] said",
            "spokesman said, [[adding]] that",
        ),
        Q(
            "Roos, said [[the restructuring would cost about £85m this year but save £140m a year "
            "from 2027]]",
            "indirect",
            ROOS,
            "person",
            "officer, [[Anneli Roos]], said",
            "Anneli Roos, [[said]] the restructuring",
        ),
        Q(
            "She told the call [[the airline had enough cash to last “well beyond” the next two "
            "winters, even if bookings weakened]]",
            "mixed",
            ROOS,
            "person",
            "[[She]] told the call",
            "She [[told]] the call",
        ),
        Q(
            "Hollis & Crane, said [[investors had been waiting for the company to act for more "
            "than a year]]",
            "indirect",
            VARMA,
            "person",
            "[[Sunita Varma]], an analyst",
            "Hollis & Crane, [[said]] investors",
        ),
        Q(
            "“The surprise is not that they are cutting, it is that they waited this long. "
            "Glasgow has been losing money on every flight since the spring,”",
            "direct",
            VARMA,
            "person",
            "spring,” [[she]] said",
            "spring,” she [[said]]",
        ),
        Q(
            "Varma said [[the bigger question was whether Northway could hold on to its slots at "
            "London airports, which she described as “the crown jewels” of the business]]",
            "mixed",
            VARMA,
            "person",
            "Ms [[Varma]] said the bigger",
            "Ms Varma [[said]] the bigger",
        ),
        Q(
            "the plans said [[the board had also discussed selling part of the loyalty scheme to "
            "raise cash, but that no decision had been taken]]",
            "indirect",
            FAMILIAR,
            "anonymous",
            "[[A person familiar with the plans]] said",
            "familiar with the plans [[said]] the board",
        ),
        Q(
            "on the talks, said [[two private equity firms had made informal approaches]]",
            "indirect",
            ANOTHER_PERSON,
            "anonymous",
            "[[Another person]], who has been briefed",
            "on the talks, [[said]] two private",
        ),
        Q(
            "“We look at everything. I am not going to give a running commentary.”",
            "direct",
            FALSTER,
            "person",
            "Mr [[Falster]] said: “We look",
            "Mr Falster [[said]]: “We look",
        ),
        Q(
            "flight attendants, said [[it had been told about the cuts “less than an hour” "
            "before the stock market announcement]]",
            "mixed",
            CCCA,
            "organisation",
            "The [[Cockpit and Cabin Crew Association]]",
            "flight attendants, [[said]] it had",
        ),
        Q(
            "Lennox, said [[members in Glasgow had heard the news from journalists]]",
            "indirect",
            LENNOX,
            "person",
            "general secretary, [[Moira Lennox]], said",
            "Moira Lennox, [[said]] members",
        ),
        Q(
            "“Our people found out from their phones, on the ramp, in the rain,”",
            "direct",
            LENNOX,
            "person",
            "in the rain,” [[she]] said",
            "in the rain,” she [[said]]",
        ),
        Q(
            "“That tells you everything about how this company treats the people who keep it in "
            "the air.”",
            "direct",
            LENNOX,
            "person",
            "in the rain,” [[she]] said",
            "in the rain,” she [[said]]",
        ),
        Q(
            "The union said [[it would ballot members on industrial action if compulsory "
            "redundancies were not ruled out by the end of the month]]",
            "indirect",
            CCCA,
            "organisation",
            "[[The union]] said it would ballot",
            "The union [[said]] it would ballot",
        ),
        Q(
            "licenses the airline, said [[it was “monitoring the situation” and expected Northway "
            "to honour bookings already made for flights from Glasgow]]",
            "mixed",
            CAD,
            "organisation",
            "The [[Civil Aviation Directorate]], which",
            "licenses the airline, [[said]] it was",
        ),
        Q(
            "According to the regulator, [[about 31,000 passengers hold tickets for flights from "
            "the base after the planned closure date in March]]",
            "indirect",
            CAD,
            "organisation",
            "According to [[the regulator]], about",
            "[[According to]] the regulator, about",
        ),
        Q(
            "The company said [[every affected passenger would be offered a refund or a seat on "
            "an alternative flight from Edinburgh, and that it would write to customers within "
            "ten days]]",
            "indirect",
            NORTHWAY,
            "organisation",
            "[[The company]] said every affected",
            "The company [[said]] every affected",
        ),
        Q(
            "Baird, called [[the decision “deeply disappointing”]]",
            "mixed",
            BAIRD,
            "person",
            "managing director, [[Catriona Baird]], called",
            "Catriona Baird, [[called]] the decision",
        ),
        Q(
            "and said [[the airport would talk to other carriers about taking over the slots]]",
            "indirect",
            BAIRD,
            "person",
            "managing director, [[Catriona Baird]], called",
            "disappointing” and [[said]] the airport",
        ),
        Q(
            "in 2023, said [[he expected the airline to return to profit in the 2026-27 "
            "financial year]]",
            "indirect",
            FALSTER,
            "person",
            "Mr [[Falster]], who joined Northway",
            "in 2023, [[said]] he expected",
        ),
        Q(
            "“This is not the plan I wanted. It is the plan we need,”",
            "direct",
            FALSTER,
            "person",
            "plan we need,” [[he]] said",
            "plan we need,” he [[said]]",
        ),
    ],
    "health_18": [
        Q(
            "[[Patients at St Aldric’s Hospital in Wyvern were routinely treated in corridors "
            "last winter, with some waiting up to 41 hours for a bed]], according to",
            "indirect",
            REVIEW,
            "organisation",
            "according to [[a leaked review]] that",
            "for a bed, [[according to]] a leaked",
        ),
        Q(
            "this newspaper, says [[the emergency department was “operating beyond safe capacity "
            "on 63 of 90 days” between December and February]]",
            "mixed",
            REVIEW,
            "organisation",
            "[[The review]], commissioned",
            "this newspaper, [[says]] the emergency",
        ),
        Q(
            "It found that [[on the worst nights as many as 30 patients were being cared for on "
            "trolleys in a single corridor]]",
            "indirect",
            REVIEW,
            "organisation",
            "[[It]] found that on the worst",
            "It [[found]] that on the worst",
        ),
        Q(
            "“Staff are being asked to deliver intensive care in spaces designed for people to "
            "walk through,”",
            "direct",
            REVIEW,
            "organisation",
            "walk through,” [[the report]] says",
            "the report [[says]].",
        ),
        Q(
            "The trust said in a statement that [[the document was “a draft prepared to inform "
            "internal discussions” and that its final version would be presented to the board in "
            "public next month]]",
            "mixed",
            WVHT,
            "organisation",
            "[[The trust]] said in a statement that the document",
            "The trust [[said]] in a statement that the document",
        ),
        Q(
            "It said [[it had opened 24 extra beds since the spring and recruited 70 nurses]]",
            "indirect",
            WVHT,
            "organisation",
            "[[It]] said it had opened",
            "It [[said]] it had opened",
        ),
        Q(
            "Linda Penrose, said [[her father had been given a blanket but no pillow, and that "
            "nurses had apologised to him “every single hour.”]]",
            "mixed",
            LINDA,
            "person",
            "daughter, [[Linda Penrose]], said",
            "Linda Penrose, [[said]] her father",
        ),
        Q(
            "“They were wonderful. They were also exhausted,”",
            "direct",
            LINDA,
            "person",
            "exhausted,” [[she]] said",
            "exhausted,” she [[said]]",
        ),
        Q(
            "“One of them told me she hadn’t had a break in nine hours and she was crying in the "
            "sluice room.”",
            "direct",
            LINDA,
            "person",
            "exhausted,” [[she]] said",
            "exhausted,” she [[said]]",
        ),
        Q(
            "he arrived, said [[he did not blame anybody on the ward]]",
            "indirect",
            ARTHUR,
            "person",
            "Mr [[Penrose]], who had surgery",
            "he arrived, [[said]] he did not",
        ),
        Q(
            "“You could see they were doing their best with nothing,”",
            "direct",
            ARTHUR,
            "person",
            "with nothing,” [[he]] said",
            "with nothing,” he [[said]]",
        ),
        Q(
            (
                "at the hospital, said [[the problem was not in his department",
                "no care available for them at home]]",
            ),
            "indirect",
            YILMAZ,
            "person",
            "Dr [[Osman Yilmaz]], a consultant",
            "at the hospital, [[said]] the problem",
        ),
        Q(
            "“We are the end of a very long queue,”",
            "direct",
            YILMAZ,
            "person",
            "long queue,” [[he]] said",
            "long queue,” he [[said]]",
        ),
        Q(
            "“If the front door is jammed, it’s because the back door has been locked.”",
            "direct",
            YILMAZ,
            "person",
            "long queue,” [[he]] said",
            "long queue,” he [[said]]",
        ),
        Q(
            "the media, said [[the phrase “corridor care” had become “a polite way of describing "
            "something that isn’t care at all.”]]",
            "mixed",
            NURSE,
            "anonymous",
            "[[A senior nurse on the acute medical unit]], who asked",
            "the media, [[said]] the phrase",
        ),
        Q(
            "She said [[nurses were sometimes responsible for twelve patients at once]]",
            "indirect",
            NURSE,
            "anonymous",
            "[[She]] said nurses",
            "She [[said]] nurses",
        ),
        Q(
            "“You prioritise the ones who might die. Everyone else waits,”",
            "direct",
            NURSE,
            "anonymous",
            "else waits,” [[she]] said",
            "else waits,” she [[said]]",
        ),
        Q(
            "The trust, it says, [[should also “stop describing the situation as exceptional "
            "when it has become normal.”]]",
            "mixed",
            REVIEW,
            "organisation",
            "The trust, [[it]] says, should",
            "The trust, it [[says]], should",
        ),
        Q(
            "Lyle said [[he had not seen the report but that he expected every trust to be "
            "“honest with patients about what they are facing.”]]",
            "mixed",
            LYLE,
            "person",
            "Health Minister [[Gareth Lyle]] said",
            "Gareth Lyle [[said]] he had",
        ),
        Q(
            "Mr Lyle said [[the government had given hospitals an extra £2bn for the coming "
            "winter]]",
            "indirect",
            LYLE,
            "person",
            "Mr [[Lyle]] said the government",
            "Mr Lyle [[said]] the government",
        ),
        Q(
            "“I want to see it end. I am not going to promise it will happen by Christmas.”",
            "direct",
            LYLE,
            "person",
            "treatment, [[he]] replied",
            "treatment, he [[replied]]",
        ),
        Q(
            "accused [[ministers of “looking the other way while people lie in corridors.”]]",
            "mixed",
            ANAND,
            "person",
            "[[Rupert Anand]], accused",
            "Rupert Anand, [[accused]] ministers",
        ),
        Q(
            "older people, said [[the findings were “shocking but not surprising”]]",
            "mixed",
            AGE_FORWARD,
            "organisation",
            "[[Age Forward]], a charity",
            "older people, [[said]] the findings",
        ),
        Q(
            "Oyelowo, said [[the charity’s helpline had taken more calls about hospital waits "
            "this year than in the previous three combined]]",
            "indirect",
            OYELOWO,
            "person",
            "chief executive, [[Beatrix Oyelowo]], said",
            "Beatrix Oyelowo, [[said]] the charity",
        ),
        Q(
            "“Behind every one of these numbers is somebody’s mother or grandfather,”",
            "direct",
            OYELOWO,
            "person",
            "grandfather,” Ms [[Oyelowo]] said",
            "grandfather,” Ms Oyelowo [[said]]",
        ),
        Q(
            "“and the first thing they lose in a corridor is their dignity.”",
            "direct",
            OYELOWO,
            "person",
            "grandfather,” Ms [[Oyelowo]] said",
            "grandfather,” Ms Oyelowo [[said]]",
        ),
        Q(
            "Strachan, said [[the review had been “commissioned precisely because we wanted the "
            "truth.”]]",
            "mixed",
            STRACHAN,
            "person",
            "Dr [[Helen Strachan]], said",
            "Helen Strachan, [[said]] the review",
        ),
        Q(
            "“I will not defend what happened to Mr Penrose. I will be judged on whether it "
            "happens again,”",
            "direct",
            STRACHAN,
            "person",
            "happens again,” [[she]] said",
            "happens again,” she [[said]]",
        ),
        Q(
            "Her father, Ms Penrose said, [[was now walking with a frame and wanted to know that "
            "“nobody else will spend two nights in a corridor.”]]",
            "mixed",
            LINDA,
            "person",
            "Her father, Ms [[Penrose]] said",
            "Her father, Ms Penrose [[said]]",
        ),
    ],
    "wirebiz_18": [
        Q(
            "after the company said [[it would postpone its annual dividend to fund repairs on "
            "two hydroelectric plants]]",
            "indirect",
            TANA,
            "organisation",
            "after [[the company]] said it would",
            "after the company [[said]] it would",
        ),
        Q(
            'to the exchange that [[the payout of 1.20 shillings a share would be "deferred until '
            'the completion of urgent remedial works" at its Kiambere and Masinga stations]]',
            "mixed",
            TANA,
            "organisation",
            "[[The company]] said in a filing",
            "The company [[said]] in a filing",
        ),
        Q(
            '"People bought Tana Grid for one reason only, and that reason has just disappeared,"',
            "direct",
            BROKER,
            "anonymous",
            "said [[a broker at a Nairobi firm]], who",
            'disappeared," [[said]] a broker',
        ),
        Q(
            "Another dealer said [[foreign funds had been selling since the open]]",
            "indirect",
            DEALER,
            "anonymous",
            "[[Another dealer]] said",
            "Another dealer [[said]]",
        ),
        Q(
            '"The phones started at 9:01. Everyone wanted out at any price,"',
            "direct",
            DEALER,
            "anonymous",
            'any price," [[the dealer]] said',
            'any price," the dealer [[said]]',
        ),
        Q(
            'told reporters [[the decision was "painful but responsible,"]]',
            "mixed",
            MWANGI,
            "person",
            "chief executive, [[Joseph Mwangi]], told",
            "Joseph Mwangi, [[told]] reporters",
        ),
        Q(
            "saying [[the company could not pay shareholders while parts of its generating fleet "
            "were offline]]",
            "indirect",
            MWANGI,
            "person",
            "chief executive, [[Joseph Mwangi]], told",
            'responsible," [[saying]] the company',
        ),
        Q(
            '"I would rather explain a missed dividend than a blackout,"',
            "direct",
            MWANGI,
            "person",
            'blackout," [[Mwangi]] said',
            'blackout," Mwangi [[said]]',
        ),
        Q(
            '"Our first duty is to keep the lights on."',
            "direct",
            MWANGI,
            "person",
            'blackout," [[Mwangi]] said',
            'blackout," Mwangi [[said]]',
        ),
        Q(
            "He said [[the repairs would cost about 14 billion shillings and that the work would "
            "take until at least June]]",
            "indirect",
            MWANGI,
            "person",
            "[[He]] said the repairs",
            "He [[said]] the repairs",
        ),
        Q(
            "in a statement [[it supported the board's decision]]",
            "indirect",
            TREASURY,
            "organisation",
            "[[The Treasury]], which owns",
            "the company, [[said]] in a statement it",
        ),
        Q(
            "It said [[the dividend had been included in its revenue forecasts for the fiscal "
            'year but that the shortfall was "manageable"]]',
            "mixed",
            TREASURY,
            "organisation",
            "[[It]] said the dividend",
            "It [[said]] the dividend",
        ),
        Q(
            (
                "anonymity, said [[the ministry had been told of the decision on Monday",
                "until after a bond auction this week]]",
            ),
            "indirect",
            TREASURY_OFFICIAL,
            "anonymous",
            "[[A Treasury official]], speaking",
            "anonymity, [[said]] the ministry",
        ),
        Q(
            "[[The shilling weakened 0.6 percent to 131.40 per dollar]], according to",
            "indirect",
            CB_DATA,
            "organisation",
            "according to [[central bank data]]",
            "per dollar, [[according to]] central",
        ),
        Q(
            'policy statement that [[inflation was "within the target range" but that it was '
            '"closely watching" pressure on the currency]]',
            "mixed",
            CBK,
            "organisation",
            "[[The Central Bank of Kenya]], which meets",
            "next week, [[said]] in its latest",
        ),
        Q(
            'Tuesday that [[the bank had enough reserves to "smooth excessive volatility"]]',
            "mixed",
            WAMBUI,
            "person",
            "Deputy Governor [[Esther Wambui]] told",
            "Esther Wambui [[told]] a banking",
        ),
        Q(
            "adding that [[it would not defend any particular level]]",
            "indirect",
            WAMBUI,
            "person",
            "Deputy Governor [[Esther Wambui]] told",
            'volatility", [[adding]] that',
        ),
        Q(
            "Analysts said [[the dividend delay raised questions about the finances of other "
            "state-owned companies listed in Nairobi]]",
            "indirect",
            ANALYSTS,
            "anonymous",
            "[[Analysts]] said the dividend",
            "Analysts [[said]] the dividend",
        ),
        Q(
            '"This is not only about one utility,"',
            "direct",
            OTIENO,
            "person",
            "said [[Grace Otieno]], head",
            'one utility," [[said]] Grace',
        ),
        Q(
            '"Investors will now ask how many other dividends in the budget are real."',
            "direct",
            OTIENO,
            "person",
            "said [[Grace Otieno]], head",
            'one utility," [[said]] Grace',
        ),
        Q(
            "She said [[she had downgraded the stock to sell from hold because of the risk that "
            "repairs would run over budget]]",
            "indirect",
            OTIENO,
            "person",
            "[[She]] said she had downgraded",
            "She [[said]] she had downgraded",
        ),
        Q(
            'saying [[the sell-off had "priced in a lot of bad news already"]]',
            "mixed",
            KIPRONO,
            "person",
            "[[Daniel Kiprono]], an analyst",
            "more cautious, [[saying]] the sell-off",
        ),
        Q(
            "in a note that [[he expected the stock to recover part of its losses once the "
            "company published a repair timetable]]",
            "indirect",
            KIPRONO,
            "person",
            "[[He]] told clients",
            "He [[told]] clients",
        ),
        Q(
            "According to exchange data, [[foreign investors were net sellers of 2.3 billion "
            "shillings of Kenyan equities on Wednesday, the most in a single session this year]]",
            "indirect",
            EXCHANGE_DATA,
            "organisation",
            "According to [[exchange data]], foreign",
            "[[According to]] exchange data, foreign",
        ),
        Q(
            "Authority said [[it was reviewing trading in Tana Grid shares in the days before the "
            "announcement]]",
            "indirect",
            CMA,
            "organisation",
            "The [[Capital Markets Authority]] said",
            "Capital Markets Authority [[said]] it was",
        ),
        Q(
            'regulator said [[the review was "routine" and did not imply wrongdoing]]',
            "mixed",
            CMA_SPOKES,
            "anonymous",
            "[[A spokesman for the regulator]] said",
            "for the regulator [[said]] the review",
        ),
    ],
    "football_18": [
        Q(
            "“I’ve watched it six times and I still can’t see a foul,”",
            "direct",
            WHITLOW,
            "person",
            "see a foul,” [[Whitlow]] said",
            "see a foul,” Whitlow [[said]]",
        ),
        Q(
            "“Ryan gets the ball. He gets the ball clean. If that’s a penalty, we should all go "
            "home and take up tennis.”",
            "direct",
            WHITLOW,
            "person",
            "see a foul,” [[Whitlow]] said",
            "see a foul,” Whitlow [[said]]",
        ),
        Q(
            "without a win, said [[he would ask for a meeting with the referees’ body this week]]",
            "indirect",
            WHITLOW,
            "person",
            "[[Whitlow]], whose side",
            "without a win, [[said]] he would",
        ),
        Q(
            "He added that [[his players had been “robbed of a point they earned with their legs "
            "and their hearts.”]]",
            "mixed",
            WHITLOW,
            "person",
            "[[He]] added that his players",
            "He [[added]] that his players",
        ),
        Q(
            "54-year-old said [[the club’s owners had been “nothing but supportive” and that he "
            "had never walked away from a fight]]",
            "mixed",
            WHITLOW,
            "person",
            "[[the 54-year-old]] said",
            "the 54-year-old [[said]]",
        ),
        Q(
            "“For me it is a penalty. He is late, he catches the ankle, and the referee is ten "
            "yards away,”",
            "direct",
            FERRERI,
            "person",
            "yards away,” [[the Italian]] said",
            "yards away,” the Italian [[said]]",
        ),
        Q(
            "“I understand Gordon is angry. I would be angry too. But we were the better team in "
            "the second half.”",
            "direct",
            FERRERI,
            "person",
            "yards away,” [[the Italian]] said",
            "yards away,” the Italian [[said]]",
        ),
        Q(
            "Ferreri said that [[the introduction of Faulds at half-time had changed the game]]",
            "indirect",
            FERRERI,
            "person",
            "[[Ferreri]] said that the introduction",
            "Ferreri [[said]] that the introduction",
        ),
        Q(
            "praised [[the 31-year-old for “running like a man who wants a new contract.”]]",
            "mixed",
            FERRERI,
            "person",
            "[[Ferreri]] said that the introduction",
            "and [[praised]] the 31-year-old",
        ),
        Q(
            "second tier, said [[he had not expected to play at all after a hamstring strain in "
            "midweek]]",
            "indirect",
            FAULDS,
            "person",
            "[[Faulds]], who spent",
            "second tier, [[said]] he had",
        ),
        Q(
            "“The gaffer told me at lunch to be ready,”",
            "direct",
            FAULDS,
            "person",
            "to be ready,” [[he]] said",
            "to be ready,” he [[said]]",
        ),
        Q(
            "“I didn’t think he meant it.”",
            "direct",
            FAULDS,
            "person",
            "to be ready,” [[he]] said",
            "to be ready,” he [[said]]",
        ),
        Q(
            "The goal, he said, [[would mean nothing if the team kept dropping points late in "
            "games]].",
            "indirect",
            OSEI,
            "person",
            "The goal, [[he]] said",
            "The goal, he [[said]]",
        ),
        Q(
            "“We switch off. Every week we switch off,”",
            "direct",
            OSEI,
            "person",
            "switch off,” [[the defender]] said",
            "switch off,” the defender [[said]]",
        ),
        Q(
            "“We have to stop talking about it and fix it.”",
            "direct",
            OSEI,
            "person",
            "switch off,” [[the defender]] said",
            "switch off,” the defender [[said]]",
        ),
        Q(
            "Saturday evening that [[the decision had been checked by the video assistant "
            "referee, who found “no clear and obvious error” in the on-field call]]",
            "mixed",
            PRA,
            "organisation",
            "The [[Professional Referees’ Association]] said",
            "Referees’ Association [[said]] in a statement",
        ),
        Q(
            "“Match officials are not above criticism, but personal abuse of referees, online or "
            "in person, will be reported to the relevant authorities,”",
            "direct",
            PRA,
            "organisation",
            "authorities,” [[the statement]] said",
            "authorities,” the statement [[said]]",
        ),
        Q(
            "association said [[it would not comment further on individual decisions]]",
            "indirect",
            PRA_SPOKES,
            "anonymous",
            "[[A spokesman for the association]] said",
            "for the association [[said]] it would",
        ),
        Q(
            "Ashcombe said [[it would work with police to identify those responsible]]",
            "indirect",
            ASHCOMBE,
            "organisation",
            "and [[Ashcombe]] said it would",
            "and Ashcombe [[said]] it would",
        ),
        Q(
            "The club said in a statement that [[it “condemns any behaviour that puts players, "
            "officials or fellow supporters at risk” and would issue banning orders where "
            "appropriate]]",
            "mixed",
            ASHCOMBE,
            "organisation",
            "[[The club]] said in a statement",
            "The club [[said]] in a statement",
        ),
        Q(
            "Kilbride, 68, said [[she had been coming to Quarry Lane since 1971 and had never seen "
            "the atmosphere so angry]]",
            "indirect",
            KILBRIDE,
            "person",
            "season-ticket holder [[Brenda Kilbride]], 68",
            "Kilbride, 68, [[said]] she had",
        ),
        Q(
            "“People are frustrated, and I get that,”",
            "direct",
            KILBRIDE,
            "person",
            "I get that,” [[she]] said",
            "I get that,” she [[said]]",
        ),
        Q(
            "“But you don’t throw things. Not here. Not ever.”",
            "direct",
            KILBRIDE,
            "person",
            "I get that,” [[she]] said",
            "I get that,” she [[said]]",
        ),
        Q(
            "Trust said [[it would write to the owners asking for “a clear plan” for the January "
            "transfer window]]",
            "mixed",
            AST,
            "organisation",
            "The [[Ashcombe Supporters’ Trust]] said",
            "Supporters’ Trust [[said]] it would",
        ),
        Q(
            "According to the trust, [[more than 2,000 members have signed a petition calling for "
            "investment in the squad]]",
            "indirect",
            AST,
            "organisation",
            "According to [[the trust]], more",
            "[[According to]] the trust, more",
        ),
        Q(
            "“Get up. Go again.”",
            "direct",
            WHITLOW,
            "person",
            "[[Whitlow]], when asked",
            None,
        ),
    ],
}

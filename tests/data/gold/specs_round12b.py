# The specifications below quote the articles verbatim, typographic marks included.
"""Gold specifications for round 12 (second writer, written blind): football_12, climate_12,
tech_12, wirebiz_12 and health_12, merged into build_gold.py's dictionaries by its main()."""

from __future__ import annotations

from build_gold import Q

# football_12
KEMP = "Dale Kemp"
FERRO = "Sergio Ferro"
BARRETO = "Thiago Barreto"
HARWICK = "Harwick Town"
LEAGUE = "Albion Football League"
SPOKESMAN = "a league spokesman"
TRUST = "Harwick Town Supporters' Trust"
OLLERTON = "Janet Ollerton"

# climate_12
TUIVAGA = "Losana Tuivaga"
MASOUD = "Farid al-Masoud"
MEHTA = "Arjun Mehta-Rao"
SOLVANG = "Ingrid Solvang"
DRAFT = "the draft text"
DIPLOMAT = "a European diplomat who asked not to be named"
ELLINGHAM = "Ruth Ellingham"
KEITA = "Amadou Keita-Brenner"
CPI = "Carbon Policy Institute"

# tech_12
LUMENFOLD = "Lumenfold"
PEOPLE = "people familiar with the deal"
OYELARAN = "Marcus Oyelaran"
FRIEL = "Jonah Friel"
BRANDVOLD = "Helena Brandvold"
WIERZBICKI = "Tomasz Wierzbicki"
TALLIS = "Tallis Data"

# wirebiz_12
HOSHIZORA = "Hoshizora Motor Corp"
ARAKAWA = "Kenji Arakawa"
MARLOW = "Marlow Financial"
UNION = "All-Hoshizora Workers' Union"
TANABE = "Yumiko Tanabe"
MINISTRY = "Japan's Ministry of Industry and Trade"
OFFICIAL = "a ministry official"
SATO = "Mariko Sato"
MORI = "Daisuke Mori"
ENDO = "Hiroshi Endo"

# health_12
AGENCY = "Eskdale Public Health Agency"
DOCTORS = "doctors"
PATIENT = "a 34-year-old woman"
FAIRBAIRN = "Naomi Fairbairn"
CALLOWAY = "Ruth Calloway-Singh"
TOLLAND = "Graham Tolland"
PRITCHARD = "Owen Pritchard"
MOTHER = "a mother of three"


HELDOUT: dict[str, list[Q]] = {}

ARTICLES: dict[str, list[Q]] = {
    "football_12": [
        Q(
            "afterwards that [[the club’s fate was no longer entirely in its own hands]]",
            "indirect",
            KEMP,
            "person",
            "Dale Kemp",
            "admitted",
        ),
        Q(
            "“We are not dead yet,”",
            "direct",
            KEMP,
            "person",
            "Kemp",
            "said",
        ),
        Q(
            "“But I would be lying if I told you I will sleep tonight. Nobody in that "
            "dressing room will.”",
            "direct",
            KEMP,
            "person",
            "Kemp",
            "said",
        ),
        Q(
            "Ferro, said [[his side had “earned the right to breathe a little”]]",
            "mixed",
            FERRO,
            "person",
            "Sergio Ferro",
            "said",
        ),
        Q(
            "warned that [[the job was only half done]]",
            "indirect",
            FERRO,
            "person",
            "Sergio Ferro",
            "warned",
        ),
        Q(
            "“At half-time I told the players: forget the table, forget the noise, just win "
            "your own little battles,”",
            "direct",
            FERRO,
            "person",
            "the Italian",
            "said",
        ),
        Q(
            "“They did that. Now we go again.”",
            "direct",
            FERRO,
            "person",
            "the Italian",
            "said",
        ),
        Q(
            "“I got the ball. I watched it again on the phone and I got the ball,”",
            "direct",
            BARRETO,
            "person",
            "the 31-year-old",
            "insisted",
        ),
        Q(
            "Brazilian said [[he had apologised to his team-mates in the dressing room]]",
            "indirect",
            BARRETO,
            "person",
            "The Brazilian",
            "said",
        ),
        Q(
            "and that [[he owed the travelling fans “a big performance” against Castleford "
            "United next week, if he was allowed to play]]",
            "mixed",
            BARRETO,
            "person",
            "The Brazilian",
            "said",
        ),
        Q(
            "Town said [[it had lodged an appeal against the second yellow card]]",
            "indirect",
            HARWICK,
            "organisation",
            "Harwick Town",
            "said",
        ),
        Q(
            "arguing that [[television replays showed Barreto had “clearly played the ball "
            "first.”]]",
            "mixed",
            HARWICK,
            "organisation",
            "Harwick Town",
            "arguing",
        ),
        Q(
            (
                "“The board retains its full confidence in",
                "until the appeal has been heard.”",
            ),
            "direct",
            HARWICK,
            "organisation",
            "The club",
            "added",
        ),
        Q(
            "confirmed that [[an independent panel would hear the case on Wednesday]]",
            "indirect",
            LEAGUE,
            "organisation",
            "Albion Football League",
            "confirmed",
        ),
        Q(
            "spokesman said, [[would be lifted at once if the appeal succeeded]]",
            "indirect",
            SPOKESMAN,
            "anonymous",
            "a league spokesman",
            "said",
        ),
        Q(
            "matches. [[Only four of the 37 appeals against red cards heard since the start "
            "of last season have succeeded]]",
            "indirect",
            LEAGUE,
            "organisation",
            "the league",
            "according to",
        ),
        Q(
            "later said [[Barreto had been “the best player on the pitch for an hour.”]]",
            "mixed",
            KEMP,
            "person",
            "[[he]] later",
            "said",
        ),
        Q(
            "“He has carried us this season,”",
            "direct",
            KEMP,
            "person",
            "Kemp",
            "said",
        ),
        Q(
            "“You don’t throw a man like that under the bus because of one tackle that, by "
            "the way, was fine.”",
            "direct",
            KEMP,
            "person",
            "Kemp",
            "said",
        ),
        Q(
            "Sunday asking [[whether the owners still intended to sell]]",
            "indirect",
            TRUST,
            "organisation",
            "Harwick Town Supporters’ Trust",
            "asking",
        ),
        Q(
            "demanding that [[supporters be given a seat at any talks with buyers]]",
            "indirect",
            TRUST,
            "organisation",
            "Harwick Town Supporters’ Trust",
            "demanding",
        ),
        Q(
            "Ollerton, said [[fans had been “patient to the point of foolishness” through "
            "three seasons of decline]]",
            "mixed",
            OLLERTON,
            "person",
            "Janet Ollerton",
            "said",
        ),
        Q(
            "“We love this club, and that is exactly why we are angry,”",
            "direct",
            OLLERTON,
            "person",
            "angry,” [[she]]",
            "said",
        ),
        Q(
            "“The so-called ‘five-year plan’ is in its fifth year and we are about to go down.”",
            "direct",
            OLLERTON,
            "person",
            "angry,” [[she]]",
            "said",
        ),
        Q(
            "“Sorry? No. Dale is a friend, but on Saturday he was the enemy,”",
            "direct",
            FERRO,
            "person",
            "enemy,” [[he]]",
            "said",
        ),
        Q(
            "“Ask me again in May.”",
            "direct",
            FERRO,
            "person",
            "enemy,” [[he]]",
            "said",
        ),
        Q(
            (
                "“We have four games, and three of them are",
                "But horrible I can live with,”",
            ),
            "direct",
            KEMP,
            "person",
            "with,” [[he]]",
            "said",
        ),
        Q(
            "Kemp said [[he would not spend the week “crying about referees”]]",
            "mixed",
            KEMP,
            "person",
            "Kemp",
            "said",
        ),
    ],
    "climate_12": [
        Q(
            "proposes that [[developed nations “mobilise at least” an unspecified sum each "
            "year from 2030]]",
            "mixed",
            DRAFT,
            "organisation",
            "The draft",
            "proposes",
        ),
        Q(
            "states said [[the blank space was “an insult dressed up as a compromise.”]]",
            "mixed",
            TUIVAGA,
            "person",
            "The head of the alliance of small island states",
            "said",
        ),
        Q(
            "reporters that [[her country had come to Port Valmont expecting a number and "
            "would not leave without one]]",
            "indirect",
            TUIVAGA,
            "person",
            "Losana Tuivaga",
            "told",
        ),
        Q(
            "“We have been patient for fifteen years,”",
            "direct",
            TUIVAGA,
            "person",
            "years,” [[she]]",
            "said",
        ),
        Q(
            "“The sea has not been patient. It came into our schools again in March.”",
            "direct",
            TUIVAGA,
            "person",
            "years,” [[she]]",
            "said",
        ),
        Q(
            "al-Masoud, said [[his government could support a finance goal only if large "
            "emerging economies were also asked to contribute]]",
            "indirect",
            MASOUD,
            "person",
            "Farid al-Masoud",
            "said",
        ),
        Q(
            "“A list of donors written in 1992 cannot decide who pays in 2030,”",
            "direct",
            MASOUD,
            "person",
            "2030,” [[he]]",
            "said",
        ),
        Q(
            "delegation, said [[it was “a way of moving the goalposts while pretending to "
            "play the game,”]]",
            "mixed",
            MEHTA,
            "person",
            "Arjun Mehta-Rao",
            "said",
        ),
        Q(
            "accused [[wealthy nations of “hiding behind” emerging economies]]",
            "mixed",
            MEHTA,
            "person",
            "Arjun Mehta-Rao",
            "accused",
        ),
        Q(
            "said that [[Sundara would not accept any language that treated voluntary "
            "contributions as obligations]]",
            "indirect",
            MEHTA,
            "person",
            "He",
            "said",
        ),
        Q(
            "“We are happy to help. We have been helping,”",
            "direct",
            MEHTA,
            "person",
            "Mehta-Rao",
            "said",
        ),
        Q(
            "“but help is not the same thing as a bill.”",
            "direct",
            MEHTA,
            "person",
            "Mehta-Rao",
            "said",
        ),
        Q(
            "“There will be a number in this text. If it is not a serious number, Brenmark "
            "will not sign it.”",
            "direct",
            SOLVANG,
            "person",
            "camps. [[She]]",
            "was firm",
        ),
        Q(
            "text says [[countries should “transition away from unabated coal, oil and gas "
            "in a just and orderly manner”]]",
            "mixed",
            DRAFT,
            "organisation",
            "the draft text",
            "says",
        ),
        Q(
            "continuing said [[the missing date was the price of keeping Kestavia at the table]]",
            "indirect",
            DIPLOMAT,
            "anonymous",
            "A European diplomat",
            "said",
        ),
        Q(
            "“Everyone can read a calendar,”",
            "direct",
            DIPLOMAT,
            "anonymous",
            "the diplomat",
            "said",
        ),
        Q(
            "“The question is whether anyone will write one into the agreement.”",
            "direct",
            DIPLOMAT,
            "anonymous",
            "the diplomat",
            "said",
        ),
        Q(
            "Network, called [[the draft “the weakest text we have seen since Copenhagen,”]]",
            "mixed",
            ELLINGHAM,
            "person",
            "Ruth Ellingham",
            "called",
        ),
        Q(
            "and said [[her group would hold a vigil outside the plenary hall on Friday morning]]",
            "indirect",
            ELLINGHAM,
            "person",
            "Ruth Ellingham",
            "said",
        ),
        Q(
            "“People keep telling us that this process works slowly,”",
            "direct",
            ELLINGHAM,
            "person",
            "slowly,” [[she]]",
            "said",
        ),
        Q(
            "“Slowly is fine. Backwards is not.”",
            "direct",
            ELLINGHAM,
            "person",
            "slowly,” [[she]]",
            "said",
        ),
        Q(
            "Ellingham said, [[would still fall short of what vulnerable countries had "
            "calculated they needed]]",
            "indirect",
            ELLINGHAM,
            "person",
            "Ellingham",
            "said",
        ),
        Q(
            "only that [[her government’s offer would be “on the table by breakfast.”]]",
            "mixed",
            SOLVANG,
            "person",
            "it. [[She]]",
            "said",
        ),
        Q(
            "midnight that [[he intended to present a final text on Friday and hoped for a "
            "decision by the afternoon]]",
            "indirect",
            KEITA,
            "person",
            "Amadou Keita-Brenner",
            "told",
        ),
        Q(
            (
                "“Nobody will get everything they want. That",
                "not one more thing they want,”",
            ),
            "direct",
            KEITA,
            "person",
            "want,” [[he]]",
            "said",
        ),
        Q(
            "overrun. [[The last three ended more than a day after their scheduled close]]",
            "indirect",
            CPI,
            "organisation",
            "Carbon Policy Institute",
            "according to",
        ),
        Q(
            "“I am here,”",
            "direct",
            SOLVANG,
            "person",
            "the minister",
            "said",
        ),
        Q(
            "“That is my answer.”",
            "direct",
            SOLVANG,
            "person",
            "the minister",
            "said",
        ),
    ],
    "tech_12": [
        Q(
            "post that [[the money would be spent mainly on computing power and on hiring "
            "about 80 researchers over the next year]]",
            "indirect",
            LUMENFOLD,
            "organisation",
            "The company",
            "said",
        ),
        Q(
            (
                "Lumenfold, a two-year-old artificial intelligence",
                "values it at about $1.6 billion",
            ),
            "indirect",
            LUMENFOLD,
            "organisation",
            "the company",
            "said",
        ),
        Q(
            "next year. [[It currently employs 64 people]]",
            "indirect",
            LUMENFOLD,
            "organisation",
            "the company",
            "added",
        ),
        Q(
            (
                "Northgate is putting in about $150 million",
                "including the Ferrand Family Office",
            ),
            "indirect",
            PEOPLE,
            "anonymous",
            "people familiar with the deal",
            "according to",
        ),
        Q(
            "people said [[the valuation had roughly tripled since the company’s last round "
            "in January]]",
            "indirect",
            PEOPLE,
            "anonymous",
            "Those people",
            "said",
        ),
        Q(
            "“Every model on the market today will tell you something false with total "
            "confidence,”",
            "direct",
            OYELARAN,
            "person",
            "Marcus Oyelaran",
            "said",
        ),
        Q(
            "“Ours will still get things wrong. The difference is that it tells you when it "
            "isn’t sure.”",
            "direct",
            OYELARAN,
            "person",
            "Marcus Oyelaran",
            "said",
        ),
        Q(
            "He said [[the two had sketched the first version of the system on the back of a "
            "restaurant menu]]",
            "indirect",
            OYELARAN,
            "person",
            "2024. [[He]]",
            "said",
        ),
        Q(
            "said that [[the new money would let the company train a model roughly ten times "
            "larger than its current one]]",
            "indirect",
            FRIEL,
            "person",
            "Friel",
            "said",
        ),
        Q(
            "“We are not trying to win a race for the biggest model,”",
            "direct",
            FRIEL,
            "person",
            "model,” [[he]]",
            "said",
        ),
        Q(
            "“We are trying to win a race for the most trustworthy one, and that still takes "
            "a lot of chips.”",
            "direct",
            FRIEL,
            "person",
            "model,” [[he]]",
            "said",
        ),
        Q(
            "described [[Lumenfold as “the most disciplined team I have met in this cycle.”]]",
            "mixed",
            BRANDVOLD,
            "person",
            "Helena Brandvold",
            "described",
        ),
        Q(
            "“There is a great deal of money chasing a great deal of noise in AI right now,”",
            "direct",
            BRANDVOLD,
            "person",
            "Brandvold",
            "said",
        ),
        Q(
            (
                "“What we liked here was that they showed",
                "still bad’, you pay attention.”",
            ),
            "direct",
            BRANDVOLD,
            "person",
            "Brandvold",
            "said",
        ),
        Q(
            "fail, said [[the company had published “very little that an outsider can check.”]]",
            "mixed",
            WIERZBICKI,
            "person",
            "Tomasz Wierzbicki",
            "said",
        ),
        Q(
            "“They say their system knows when it doesn’t know. Fine. Show me,”",
            "direct",
            WIERZBICKI,
            "person",
            "me,” [[he]]",
            "said",
        ),
        Q(
            "“Put the test results in a paper, let other people try to break it, and then we "
            "can talk about trust.”",
            "direct",
            WIERZBICKI,
            "person",
            "me,” [[he]]",
            "said",
        ),
        Q(
            (
                "added that [[the measures start-ups used to show that",
                "designed by the start-ups themselves",
            ),
            "indirect",
            WIERZBICKI,
            "person",
            "Wierzbicki",
            "added",
        ),
        Q(
            "themselves, saying [[the practice was “a bit like letting students write their "
            "own exam.”]]",
            "mixed",
            WIERZBICKI,
            "person",
            "Wierzbicki",
            "saying",
        ),
        Q(
            "Oyelaran said [[the company would publish a technical report before the end of "
            "the year]]",
            "indirect",
            OYELARAN,
            "person",
            "Oyelaran",
            "said",
        ),
        Q(
            "saying that [[outside researchers would be given access to the test data]]",
            "indirect",
            FRIEL,
            "person",
            "year. [[Friel]]",
            "saying",
        ),
        Q(
            "“Tomasz is right to push,”",
            "direct",
            FRIEL,
            "person",
            "Friel",
            "said",
        ),
        Q(
            "“If we can’t survive his questions, we don’t deserve the money.”",
            "direct",
            FRIEL,
            "person",
            "Friel",
            "said",
        ),
        Q(
            (
                "into AI. [[Start-ups in the sector raised more than",
                "venture money raised worldwide",
            ),
            "indirect",
            TALLIS,
            "organisation",
            "Tallis Data",
            "according to",
        ),
        Q(
            "“No,”",
            "direct",
            OYELARAN,
            "person",
            "“No,” [[he]]",
            "said",
        ),
        Q(
            "“Not this year.”",
            "direct",
            OYELARAN,
            "person",
            "Then [[he]]",
            "said",
        ),
    ],
    "wirebiz_12": [
        Q(
            (
                "Wire) - [[Hoshizora Motor Corp will cut about 4,000",
                "spending to electric vehicles",
            ),
            "indirect",
            HOSHIZORA,
            "organisation",
            "the Japanese carmaker",
            "said",
        ),
        Q(
            '"This is the hardest decision I have taken as chief executive,"',
            "direct",
            ARAKAWA,
            "person",
            "Kenji Arakawa",
            "told",
        ),
        Q(
            '"But if we do not change now, in five years there will be far more than 4,000 '
            'jobs at risk."',
            "direct",
            ARAKAWA,
            "person",
            "Kenji Arakawa",
            "told",
        ),
        Q(
            (
                "Arakawa said [[the company would offer early retirement",
                "considering any compulsory redundancies",
            ),
            "indirect",
            ARAKAWA,
            "person",
            "Arakawa",
            "said",
        ),
        Q(
            "said that [[he expected most of the reduction to come through retirements]]",
            "indirect",
            ARAKAWA,
            "person",
            "redundancies. [[He]]",
            "said",
        ),
        Q(
            (
                "Operating profit for the April-June quarter",
                "developing a new electric platform",
            ),
            "indirect",
            HOSHIZORA,
            "organisation",
            "the company",
            "said",
        ),
        Q(
            'unchanged, saying [[a weaker yen would offset "most, though not all" of the '
            "pressure on margins]]",
            "mixed",
            HOSHIZORA,
            "organisation",
            "It",
            "saying",
        ),
        Q(
            "The average estimate of 11 analysts polled by Pacific Wire had been for a "
            "profit of 171 billion yen",
            "indirect",
            MARLOW,
            "organisation",
            "Marlow Financial",
            "according to",
        ),
        Q(
            "union said [[it had been told of the plan only on Friday and would seek talks "
            "with management this week]]",
            "indirect",
            UNION,
            "organisation",
            "The company's main union",
            "said",
        ),
        Q(
            '"Minamisaki is not just a factory. For three generations it has been the reason '
            'the town exists,"',
            "direct",
            TANABE,
            "person",
            "Yumiko Tanabe",
            "said",
        ),
        Q(
            '"We will not accept a closure that is presented to us as finished business."',
            "direct",
            TANABE,
            "person",
            "Yumiko Tanabe",
            "Union, [[said]]",
        ),
        Q(
            "Tanabe said [[the union, which represents about 52,000 workers, was not ruling "
            "out industrial action]]",
            "indirect",
            TANABE,
            "person",
            "Tanabe",
            "said",
        ),
        Q(
            'Trade said [[it was "closely watching" the effect on local suppliers]]',
            "mixed",
            MINISTRY,
            "organisation",
            "Japan's Ministry of Industry and Trade",
            "said",
        ),
        Q(
            (
                "media, said [[the government had asked the company to",
                "makers that depend on the plant",
            ),
            "indirect",
            OFFICIAL,
            "anonymous",
            "A ministry official",
            "said",
        ),
        Q(
            '"We understand the business logic. We also understand what happens to a town '
            'when its plant goes,"',
            "direct",
            OFFICIAL,
            "anonymous",
            "the official",
            "said",
        ),
        Q(
            "Arakawa said [[the savings from the closure, about 60 billion yen a year, would "
            "go towards that target]]",
            "indirect",
            ARAKAWA,
            "person",
            "Arakawa",
            "said",
        ),
        Q(
            '"Our competitors in China are building cars in half the time we are,"',
            "direct",
            ARAKAWA,
            "person",
            'are," [[he]]',
            "said",
        ),
        Q(
            '"and at a cost we cannot match today. That is the honest picture."',
            "direct",
            ARAKAWA,
            "person",
            'are," [[he]]',
            "said",
        ),
        Q(
            'Tokyo, said [[the cuts were "overdue but probably not enough."]]',
            "mixed",
            SATO,
            "person",
            "Mariko Sato",
            "said",
        ),
        Q(
            '"Everyone in the industry has known for years that Minamisaki was running at '
            'half its capacity,"',
            "direct",
            SATO,
            "person",
            "Sato",
            "said",
        ),
        Q(
            "\"The question now is whether the EV plan delivers, because if it doesn't, this "
            'will not be the last closure."',
            "direct",
            SATO,
            "person",
            "Sato",
            "said",
        ),
        Q(
            'He said [[the plan showed management was "finally willing to make unpopular '
            'choices"]]',
            "mixed",
            MORI,
            "person",
            "positive. [[He]]",
            "said",
        ),
        Q(
            "predicted that [[investors would reward the company once the restructuring "
            "costs had been booked]]",
            "indirect",
            MORI,
            "person",
            "positive. [[He]]",
            "predicted",
        ),
        Q(
            '"Our people built this company,"',
            "direct",
            ENDO,
            "person",
            "Endo",
            "told",
        ),
        Q(
            '"I hope the company remembers that."',
            "direct",
            ENDO,
            "person",
            "Endo",
            "told",
        ),
        Q(
            "Endo, said [[the town would ask the prefecture for emergency funding]]",
            "indirect",
            ENDO,
            "person",
            "Hiroshi Endo",
            "said",
        ),
    ],
    "health_12": [
        Q(
            "Thirty-one people in Eskdale have now been confirmed to have measles, most of "
            "them children under ten",
            "indirect",
            AGENCY,
            "organisation",
            "Eskdale Public Health Agency",
            "said",
        ),
        Q(
            "statement that [[26 of those infected had not received both doses of the "
            "measles, mumps and rubella vaccine]]",
            "indirect",
            AGENCY,
            "organisation",
            "The agency",
            "said",
        ),
        Q(
            "and that [[four had been admitted to hospital]]",
            "indirect",
            AGENCY,
            "organisation",
            "The agency",
            "said",
        ),
        Q(
            "It urged [[parents to check their children’s records “today, not next week.”]]",
            "mixed",
            AGENCY,
            "organisation",
            "hospital. [[It]]",
            "urged",
        ),
        Q(
            "doctors said [[had developed pneumonia]]",
            "indirect",
            DOCTORS,
            "anonymous",
            "doctors",
            "said",
        ),
        Q(
            "“I had measles as a child, or I thought I had,”",
            "direct",
            PATIENT,
            "anonymous",
            "the 34-year-old",
            "said",
        ),
        Q(
            "“It turns out I was never protected at all. I have not been this ill in my life.”",
            "direct",
            PATIENT,
            "anonymous",
            "the 34-year-old",
            "said",
        ),
        Q(
            "Fairbairn, said [[the outbreak was “entirely preventable” and was likely to "
            "grow before it slowed]]",
            "mixed",
            FAIRBAIRN,
            "person",
            "Naomi Fairbairn",
            "said",
        ),
        Q(
            (
                "said that [[vaccination rates among five-year-olds in",
                "needed to stop the virus spreading",
            ),
            "indirect",
            FAIRBAIRN,
            "person",
            "slowed. [[She]]",
            "said",
        ),
        Q(
            "“Measles is not a rash and a few days off school,”",
            "direct",
            FAIRBAIRN,
            "person",
            "Fairbairn",
            "said",
        ),
        Q(
            "“It can put children in intensive care, and it can leave them with damage that "
            "lasts for years.”",
            "direct",
            FAIRBAIRN,
            "person",
            "school,” [[Fairbairn]]",
            "said",
        ),
        Q(
            "She said [[the practice had given 412 doses in three days, more than it usually "
            "gives in a month]]",
            "indirect",
            CALLOWAY,
            "person",
            "Monday. [[She]]",
            "said",
        ),
        Q(
            "“Some of the parents coming in were frightened,”",
            "direct",
            CALLOWAY,
            "person",
            "Calloway-Singh",
            "said",
        ),
        Q(
            (
                "“Some of them were a little embarrassed.",
                "it matters that you are here.”",
            ),
            "direct",
            CALLOWAY,
            "person",
            "Calloway-Singh",
            "said",
        ),
        Q(
            (
                "GP said [[many families had simply lost track of appointments",
                "by claims they had read online",
            ),
            "indirect",
            CALLOWAY,
            "person",
            "The GP",
            "said",
        ),
        Q(
            "Tuesday asking [[those whose children had not been vaccinated to keep them at "
            "home “for the full 21 days.”]]",
            "mixed",
            TOLLAND,
            "person",
            "Graham Tolland",
            "asking",
        ),
        Q(
            "“I know how hard that is for working families,”",
            "direct",
            TOLLAND,
            "person",
            "Tolland",
            "said",
        ),
        Q(
            "“But I have a pupil with leukaemia who cannot be vaccinated, and I have to "
            "think about her too.”",
            "direct",
            TOLLAND,
            "person",
            "Tolland",
            "said",
        ),
        Q(
            "Brennan’s, said [[he supported the head’s decision “one hundred per cent”]]",
            "mixed",
            PRITCHARD,
            "person",
            "Owen Pritchard",
            "said",
        ),
        Q(
            "name, said [[her youngest had been sent home despite being “perfectly healthy.”]]",
            "mixed",
            MOTHER,
            "anonymous",
            "A mother of three",
            "said",
        ),
        Q(
            "“Nobody from the agency has spoken to us directly. We find out from the newspaper,”",
            "direct",
            MOTHER,
            "anonymous",
            "newspaper,” [[she]]",
            "said",
        ),
        Q(
            "Fairbairn said [[her team had written to every family at the three affected schools]]",
            "indirect",
            FAIRBAIRN,
            "person",
            "Fairbairn",
            "said",
        ),
        Q(
            "acknowledged that [[some letters had arrived late]]",
            "indirect",
            FAIRBAIRN,
            "person",
            "Fairbairn",
            "acknowledged",
        ),
        Q(
            "director said, [[would be attended by two of the agency’s doctors]]",
            "indirect",
            FAIRBAIRN,
            "person",
            "the director",
            "said",
        ),
        Q(
            "on buses. [[Just over 3,000 children in the county are thought to have missed "
            "at least one dose of the vaccine]]",
            "indirect",
            AGENCY,
            "organisation",
            "the agency",
            "according to",
        ),
        Q(
            (
                "“If you are not sure, ring us. We will look",
                "is no waiting list for this.”",
            ),
            "direct",
            CALLOWAY,
            "person",
            "Calloway-Singh",
            "said",
        ),
        Q(
            "her, said [[she could not have put it better]]",
            "indirect",
            FAIRBAIRN,
            "person",
            "Fairbairn",
            "said",
        ),
    ],
}

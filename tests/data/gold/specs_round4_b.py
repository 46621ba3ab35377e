# The specifications below quote the articles verbatim, typographic marks included.
"""Gold specifications for election_03, climate_03 and football_03 (held out until scored
in round 4), merged into build_gold.py's dictionaries."""

from __future__ import annotations

from build_gold import Q

BARANSKY = "Ruth Baransky"
KORDA = "Anneliese Korda"
FEHER = "Dominik Feher"
VARGA = "Ilse Varga"
LIND = "Gaspard Lind"
NEC = "National Electoral Commission"
CU_OFFICIAL = "a senior Civic Union official"
WEIL = "Jonas Weil"
VALDORIA = "Valdoria's foreign ministry"

DUMONTEL = "Claire Dumontel"
EU = "European Union"
DELEGATE = "a delegate of a central European member state"
LINDQVIST = "Tomas Lindqvist"
VAKATALE = "Losana Vakatale"
ISLANDS = "Nalevu, Tuvaro and the Kessel Islands"
VOGT = "Lena Vogt"
SOW = "Aminata Sow"

SALCEDO = "Iker Salcedo"
ROWNTREE = "Gary Rowntree"
BRAS = "Nuno Brás"
UNITED = "Harbourside United"
GALLAGHER = "Steve Gallagher"
TRUST = "Harbourside Supporters' Trust"
MOTTRAM = "Dean Mottram"


ARTICLES: dict[str, list[Q]] = {
    "election_03": [
        Q(
            "concede, saying [[tens of thousands of postal ballots had yet to be counted]]",
            "indirect",
            BARANSKY,
            "person",
            "Prime Minister [[Ruth Baransky]] refused",
            "concede, [[saying]] tens",
        ),
        Q(
            "[[The Reform Party had won 71 of parliament’s 150 seats with 96% of polling "
            "stations reporting]], according to",
            "indirect",
            NEC,
            "organisation",
            "according to the [[National Electoral Commission]]",
            "reporting, [[according to]] the National",
        ),
        Q(
            "“Tonight the people of Marenia chose a fresh start,”",
            "direct",
            KORDA,
            "person",
            "start,” [[Korda]], 51, told",
            "Korda, 51, [[told]] supporters",
        ),
        Q(
            ("[[“They voted for homes they can afford", "this was our night.”"),
            "direct",
            KORDA,
            "person",
            "start,” [[Korda]], 51, told",
            "Korda, 51, [[told]] supporters",
        ),
        Q(
            "“We have seen numbers move before,”",
            "direct",
            BARANSKY,
            "person",
            "move before,” [[she]] said",
            "move before,” she [[said]]",
        ),
        Q(
            "“I will not concede a single seat until every ballot, including the votes of our "
            "citizens abroad, has been counted.”",
            "direct",
            BARANSKY,
            "person",
            "move before,” [[she]] said",
            "move before,” she [[said]]",
        ),
        Q(
            "warned that [[a Reform government would be “an experiment Marenia cannot afford]].",
            "mixed",
            BARANSKY,
            "person",
            "[[Baransky]] had warned",
            "Baransky had [[warned]] that",
        ),
        Q(
            (
                "posted on X that [[the commission had “rushed out",
                "recounts in at least six districts]].",
            ),
            "mixed",
            FEHER,
            "person",
            "midnight [[he]] posted on X",
            "midnight he [[posted]] on X",
        ),
        Q(
            "“Results are published station by station, as the law requires, and anyone can "
            "check them,”",
            "direct",
            VARGA,
            "person",
            "Judge [[Ilse Varga]], told",
            "Ilse Varga, [[told]] reporters",
        ),
        Q(
            "She added that [[the roughly 80,000 postal ballots would be counted by Wednesday "
            "and could shift “two or three seats at most.”]]",
            "mixed",
            VARGA,
            "person",
            "[[She]] added that the roughly",
            "She [[added]] that the roughly",
        ),
        Q(
            "“The campaign moved the margins, not the outcome,”",
            "direct",
            LIND,
            "person",
            "said [[Gaspard Lind]], the director",
            "outcome,” [[said]] Gaspard Lind",
        ),
        Q(
            "Lind noted that [[Reform had led in every one of the firm’s surveys since October]]",
            "indirect",
            LIND,
            "person",
            "[[Lind]] noted that",
            "Lind [[noted]] that",
        ),
        Q(
            "he said [[he had seen “nothing in the numbers” to suggest irregularities]]",
            "mixed",
            LIND,
            "person",
            "complaint, [[he]] said he had",
            "complaint, he [[said]] he had",
        ),
        Q(
            "[[Turnout was 68%, the highest since 2009]], the commission said",
            "indirect",
            NEC,
            "organisation",
            "since 2009, [[the commission]] said",
            "since 2009, the commission [[said]]",
        ),
        Q(
            "She insisted on Sunday that [[a coalition with the centrist Liberal Alliance could "
            "be agreed “within days.”]]",
            "mixed",
            KORDA,
            "person",
            "[[She]] insisted on Sunday",
            "She [[insisted]] on Sunday",
        ),
        Q(
            "publicly, said [[Baransky would face pressure to step down as party leader if the "
            "postal vote did not narrow the gap]]",
            "indirect",
            CU_OFFICIAL,
            "anonymous",
            "[[A senior Civic Union official]], who was",
            "speak publicly, [[said]] Baransky",
        ),
        Q(
            "The official conceded that [[the party had “badly misread” younger voters]]",
            "mixed",
            CU_OFFICIAL,
            "anonymous",
            "[[The official]] conceded",
            "The official [[conceded]] that",
        ),
        Q(
            "voters said [[housing costs had decided the election]]",
            "indirect",
            "voters",
            "anonymous",
            "four seats, [[voters]] said housing",
            "four seats, voters [[said]] housing",
        ),
        Q(
            "“My rent went up by a third in two years. I’m 34 and I still share a flat,”",
            "direct",
            WEIL,
            "person",
            "said [[Jonas Weil]], a bus driver",
            "share a flat,” [[said]] Jonas Weil",
        ),
        Q(
            'Weil said [[he voted for Reform this time "because nobody else even talked about '
            'rent."]]',
            "mixed",
            WEIL,
            "person",
            "[[Weil]] said he voted",
            "Weil [[said]] he voted",
        ),
        Q(
            "“We look forward to a new chapter with Marenia,”",
            "direct",
            VALDORIA,
            "organisation",
            "[[its foreign ministry]] wrote on X",
            "its foreign ministry [[wrote]] on X",
        ),
        Q(
            "adding that [[talks on the dam should resume “without delay.”]]",
            "mixed",
            VALDORIA,
            "organisation",
            "[[its foreign ministry]] wrote on X",
            "on X, [[adding]] that talks",
        ),
    ],
    "climate_03": [
        Q(
            "« Nous ne signerons pas un texte qui recule par rapport à l’an dernier »",
            "direct",
            DUMONTEL,
            "person",
            "declared [[Claire Dumontel]], the French",
            "dernier », [[declared]] Claire",
        ),
        Q(
            "The minister thus indicated that [[Paris would refuse any final text weaker than "
            "the agreement obtained last year]]",
            "indirect",
            DUMONTEL,
            "person",
            "[[The minister]] thus indicated",
            "The minister thus [[indicated]] that",
        ),
        Q(
            "the bloc reaffirmed that [[the final decision must « send an unambiguous signal on "
            "the transition away from fossil fuels »]]",
            "mixed",
            EU,
            "organisation",
            "Monday, [[the bloc]] reaffirmed",
            "the bloc [[reaffirmed]] that",
        ),
        Q(
            "estimated that [[« at least five capitals » are not ready to follow Paris on the "
            "calendar for the exit from coal]]",
            "mixed",
            DELEGATE,
            "anonymous",
            "[[A delegate of a central European member state]], who asked",
            "not to be named, [[estimated]] that",
        ),
        Q(
            "« Everybody agrees on the words. Nobody agrees on the dates »",
            "direct",
            DELEGATE,
            "anonymous",
            "confided [[the same source]]",
            "dates », [[confided]] the same",
        ),
        Q(
            "recognised that [[the gap « remains large »]]",
            "mixed",
            LINDQVIST,
            "person",
            "Commission, [[Tomas Lindqvist]], recognised",
            "Tomas Lindqvist, [[recognised]] that",
        ),
        Q(
            "but said [[he was « not pessimistic]].",
            "mixed",
            LINDQVIST,
            "person",
            "Commission, [[Tomas Lindqvist]], recognised",
            "large », but [[said]] he was",
        ),
        Q(
            "He noted that [[the ministers will take over the negotiations from Thursday]]",
            "indirect",
            LINDQVIST,
            "person",
            "[[He]] noted that the ministers",
            "He [[noted]] that the ministers",
        ),
        Q(
            "« We did not come to Salvora to negotiate the date of our own disappearance »",
            "direct",
            VAKATALE,
            "person",
            "hammered [[Losana Vakatale]], the chief",
            "disappearance », [[hammered]] Losana",
        ),
        Q(
            "According to her, [[the 300 billion dollars per year on the table represent « less "
            "than a third » of the real needs of the vulnerable countries]]",
            "mixed",
            VAKATALE,
            "person",
            "According to [[her]], the 300",
            "[[According to]] her, the 300",
        ),
        Q(
            "She warned that [[her delegation was ready to leave Salvora without an agreement]]",
            "indirect",
            VAKATALE,
            "person",
            "[[She]] warned that her delegation",
            "She [[warned]] that her delegation",
        ),
        Q(
            "demanded that [[the new fund be financed « by grants, and not by loans »]]",
            "mixed",
            ISLANDS,
            "group",
            "Wednesday, [[Nalevu, Tuvaro and the Kessel Islands]] demanded",
            "Kessel Islands [[demanded]] that",
        ),
        Q(
            "„The Europeans speak of ambition while they sign new gas contracts every month“",
            "direct",
            VOGT,
            "person",
            "criticised [[Lena Vogt]], responsible",
            "every month“, [[criticised]] Lena",
        ),
        Q(
            "She called [[the position of the bloc « a fig leaf »]]",
            "mixed",
            VOGT,
            "person",
            "[[She]] called the position",
            "She [[called]] the position",
        ),
        Q(
            "judged that [[the warning of the minister came « very late »]]",
            "mixed",
            SOW,
            "person",
            "[[Aminata Sow]], 24, spokeswoman",
            "Climat, [[judged]] that",
        ),
        Q(
            "« For two weeks, Paris was silent. Now that the cameras are here, it discovers its "
            "courage »",
            "direct",
            SOW,
            "person",
            "courage », [[she]] added",
            "courage », she [[added]]",
        ),
        Q(
            "« I have not changed my line, not in Brussels and not here »",
            "direct",
            DUMONTEL,
            "person",
            "not here », [[she]] replied",
            "not here », she [[replied]]",
        ),
        Q(
            "affirmed that [[France « will pay its share »]]",
            "mixed",
            DUMONTEL,
            "person",
            "where [[she]] also affirmed",
            "she also [[affirmed]] that",
        ),
        Q(
            "convention, [[a record 41,000 participants are accredited for this edition]]",
            "indirect",
            "secretariat of the convention",
            "organisation",
            "According to [[the secretariat of the convention]]",
            "[[According to]] the secretariat",
        ),
    ],
    "football_03": [
        Q(
            '"I am happy here, but football is football,"',
            "direct",
            SALCEDO,
            "person",
            'football," [[the Spaniard]] told',
            "the Spaniard [[told]] SportsDesk",
        ),
        Q(
            '"My family is in Madrid. My mother asks me every day when I come home."',
            "direct",
            SALCEDO,
            "person",
            'football," [[the Spaniard]] told',
            "the Spaniard [[told]] SportsDesk",
        ),
        Q(
            '"Iker\'s going nowhere. Full stop,"',
            "direct",
            ROWNTREE,
            "person",
            'Full stop," [[the United manager]] insisted',
            "the United manager [[insisted]]",
        ),
        Q(
            ("[[\"He's got four and a half years", "I know what he'll tell them.\""),
            "direct",
            ROWNTREE,
            "person",
            'Full stop," [[the United manager]] insisted',
            "the United manager [[insisted]]",
        ),
        Q(
            (
                'morning that [[there had been "concrete contacts"',
                'a club that fights for titles"]]',
            ),
            "mixed",
            BRAS,
            "person",
            "agent, [[Nuno Brás]], told",
            "Nuno Brás, [[told]] a Lisbon",
        ),
        Q(
            ("added: [[‘Nobody in Iker’s camp", "That is my job.’"),
            "direct",
            BRAS,
            "person",
            "[[The Portuguese]] added:",
            "The Portuguese [[added]]:",
        ),
        Q(
            '"The club has received no offer for Iker and is not in negotiations with any party,"',
            "direct",
            UNITED,
            "organisation",
            'party," [[the club]] said',
            'party," the club [[said]]',
        ),
        Q(
            'adding that [[it expected "all parties to respect the player\'s contract"]]',
            "mixed",
            UNITED,
            "organisation",
            'party," [[the club]] said',
            "website, [[adding]] that it",
        ),
        Q(
            "SportsDesk that [[Montenar were preparing a bid of around £60million and that the "
            "striker had already agreed personal terms]]",
            "indirect",
            "a source close to the Spanish club",
            "anonymous",
            "[[A source close to the Spanish club]] told",
            "Spanish club [[told]] SportsDesk",
        ),
        Q(
            "Deporte, [[Montenar president Joaquín Ibarra has personally phoned the player twice "
            "this week]]",
            "indirect",
            "La Voz del Deporte",
            "organisation",
            "sports daily [[La Voz del Deporte]], Montenar",
            "[[According to]] Spanish sports daily",
        ),
        Q(
            "\"If I'm the gaffer, I'm not even taking that phone call,\"",
            "direct",
            GALLAGHER,
            "person",
            'phone call," [[he]] said',
            'phone call," he [[said]]',
        ),
        Q(
            "\"You don't sell your best player in January. Not when you're fourth.\"",
            "direct",
            GALLAGHER,
            "person",
            'phone call," [[he]] said',
            'phone call," he [[said]]',
        ),
        Q(
            'conceded that [[Salcedo had been "the best player in the league since August"]]',
            "mixed",
            GALLAGHER,
            "person",
            "[[Gallagher]] conceded that",
            "Gallagher [[conceded]] that",
        ),
        Q(
            'warned that [[the striker\'s "head has gone"]]',
            "mixed",
            GALLAGHER,
            "person",
            "[[Gallagher]] conceded that",
            "but [[warned]] that the striker",
        ),
        Q(
            'posted on X that [[fans were "sick of being treated like a feeder club"]]',
            "mixed",
            TRUST,
            "organisation",
            "The [[Harbourside Supporters' Trust]] posted",
            "Supporters' Trust [[posted]] on X",
        ),
        Q(
            'urged [[the board to "show some backbone"]]',
            "mixed",
            TRUST,
            "organisation",
            "The [[Harbourside Supporters' Trust]] posted",
            'feeder club" and [[urged]] the board',
        ),
        Q(
            'claiming [[Salcedo had shoved defender Ollie Strand "in the back, clear as day"]]',
            "mixed",
            MOTTRAM,
            "person",
            "Kingsmere boss [[Dean Mottram]] was fuming",
            "the winner, [[claiming]] Salcedo",
        ),
        Q(
            "boss said [[he would be writing to the league about referee Paul Ancell]]",
            "indirect",
            MOTTRAM,
            "person",
            "[[The Kingsmere boss]] said",
            "The Kingsmere boss [[said]] he would",
        ),
        Q(
            "Rowntree insisted [[he had not spoken to Salcedo about the reports]]",
            "indirect",
            ROWNTREE,
            "person",
            "Quayside, [[Rowntree]] insisted",
            "Rowntree [[insisted]] he had",
        ),
        Q(
            'replied: [["Never say never in football. But not this month, and not for sixty '
            'million."]]',
            "direct",
            ROWNTREE,
            "person",
            "summer, [[the boss]] replied",
            "the boss [[replied]]:",
        ),
        Q(
            '"Always everything for this badge 🦈🔵"',
            "direct",
            SALCEDO,
            "person",
            "[[The 23-year-old]] later posted",
            "Instagram, [[writing]]:",
        ),
    ],
}

HELDOUT: dict[str, list[Q]] = {}

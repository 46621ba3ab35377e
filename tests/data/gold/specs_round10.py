# The specifications below quote the articles verbatim, typographic marks included.
"""Gold specifications for sport_10, science_10, health_10, wirepol_10 and localgov_10
(round 10, written blind, scored once, now development), merged into build_gold.py's dictionaries by its main()."""

from __future__ import annotations

from build_gold import Q

# sport_10
FENWICK = "Orla Fenwick"
MENENDEZ = "Dario Menendez"
PRA = "Professional Referees' Association"
WHITLOW = "Jonas Whitlow"
MENSAH = "Kofi Mensah-Barr"
ITURBE = "Ramon Iturbe"
CASTLETON_SPOKES = "a Castleton spokesperson"
LEAGUE = "Calder League"

# science_10
STUDY = "the study"
RESEARCHERS = "researchers at the University of Westmere"
TARRANT = "Imogen Tarrant"
ARROWSMITH = "Felix Arrowsmith"
REDDY_VALE = "Sunita Reddy-Vale"
HOLMQVIST = "Anders Holmqvist"
WESTMERE = "University of Westmere"
CASTELLANE = "Naomi Castellane"
ENGINEERS = "Lighting engineers"

# health_10
MINISTRY = "Ministry of Health"
HALLORAN = "Margit Halloran"
E_PARDOE = "Eileen Pardoe"
C_PARDOE = "Claire Pardoe"
ACHEBE_KERR = "Rosalind Achebe-Kerr"
ODUYA = "Grace Oduya"
LEMAIRE = "Patricia Lemaire"
WEXLEY = "Hannah Wexley"
CROWLE = "Bethan Crowle"
OFFICIALS = "Officials at two of those hospitals"

# wirepol_10
KORDANIA = "Kordania"
ESTRAVIA = "Estravia"
MARCU = "Lidia Marcu"
KORDANIA_MFA = "Kordania's foreign ministry"
GRELL = "Tomas Grell"
ESTRAPOWER = "Estrapower"
COMMISSION = "Tessel Basin Commission"
DIPLOMAT = "a diplomat from one of the commission's member states"
HALAS = "Viktor Halas"
POLICE = "Police"
VOSTOK = "Andrei Vostok"
ANALYSTS = "Independent analysts"
SANTORO = "Mira Santoro"
ESTRAVIA_MFA = "Estravia's foreign ministry"

# localgov_10
FAIRWEATHER = "Desmond Fairweather"
CASTELL = "Fiona Castell"
AMBLER = "Ruth Ambler"
MEMO = "the memo"
SAVE_ASHGROVE = "Save Ashgrove Fields"
TIBBS = "Maureen Tibbs"
PRYCE = "Gordon Pryce"
FIRTH = "Nadia Firth"

HELDOUT: dict[str, list[Q]] = {}

ARTICLES: dict[str, list[Q]] = {
    "sport_10": [
        Q(
            "“At half-time I told them the game was still there for us if we stopped panicking,”",
            "direct",
            FENWICK,
            "person",
            "manager [[Orla Fenwick]]",
            "panicking,” [[said]] Brackenfield",
        ),
        Q(
            "“We had been chasing the ball like schoolchildren. The second half was the team I "
            "know.”",
            "direct",
            FENWICK,
            "person",
            "manager [[Orla Fenwick]]",
            "panicking,” [[said]] Brackenfield",
        ),
        Q(
            "Fenwick said [[she had moved captain Jonas Whitlow into midfield at the break because "
            "Castleton were “walking through the middle” of her side]]",
            "mixed",
            FENWICK,
            "person",
            "[[Fenwick]] said she had moved",
            "Fenwick [[said]] she had moved",
        ),
        Q(
            "called [[the decision “a scandal, plain and simple.”]]",
            "mixed",
            MENENDEZ,
            "person",
            "coach [[Dario Menendez]] called",
            "Menendez [[called]] the decision",
        ),
        Q(
            "“I have been in football for twenty years and I have never seen a second yellow like "
            "that,”",
            "direct",
            MENENDEZ,
            "person",
            "like that,” [[he]] said",
            "like that,” he [[said]]",
        ),
        Q(
            "“Mateo touches the ball, the player falls over his leg, and the referee has already "
            "decided. It was a decision for the home crowd.”",
            "direct",
            MENENDEZ,
            "person",
            "like that,” [[he]] said",
            "like that,” he [[said]]",
        ),
        Q(
            "Menendez said [[his club would write to the Calder League and ask for the card to be "
            "rescinded]]",
            "indirect",
            MENENDEZ,
            "person",
            "[[Menendez]] said his club",
            "Menendez [[said]] his club",
        ),
        Q(
            "adding that [[he had not spoken to Atherley after the final whistle “because I did "
            "not trust myself to be polite.”]]",
            "mixed",
            MENENDEZ,
            "person",
            "[[Menendez]] said his club",
            "[[adding]] that he had",
        ),
        Q(
            "evening that [[Atherley had been “well placed” and had applied the laws of the game "
            "correctly]]",
            "mixed",
            PRA,
            "organisation",
            "The [[Professional Referees’ Association]], which",
            "officials, [[said]] in a statement",
        ),
        Q(
            "It added that [[criticism of officials’ integrity was “unacceptable at any level of "
            "the sport” and that it would pass the coach’s comments to the league]]",
            "mixed",
            PRA,
            "organisation",
            "[[It]] added that criticism",
            "It [[added]] that criticism",
        ),
        Q(
            "“Maybe it was harsh, maybe it wasn’t. From where I was standing I couldn’t tell you,”",
            "direct",
            WHITLOW,
            "person",
            "tell you,” [[the captain]] said",
            "the captain [[said]]",
        ),
        Q(
            "“What I know is that we were poor for 45 minutes and we got away with it.”",
            "direct",
            WHITLOW,
            "person",
            "tell you,” [[the captain]] said",
            "the captain [[said]]",
        ),
        Q(
            "“I’ve been dreaming about that since I was eight years old,”",
            "direct",
            MENSAH,
            "person",
            "years old,” [[he]] told",
            "years old,” he [[told]]",
        ),
        Q(
            ("“My dad always said,", "So I attacked it.”"),
            "direct",
            MENSAH,
            "person",
            "years old,” [[he]] told",
            "years old,” he [[told]]",
        ),
        Q(
            "She smiled: [[“He has earned a cup of tea and an early night. We will see on "
            "Thursday.”]]",
            "direct",
            FENWICK,
            "person",
            "[[She]] smiled:",
            "She [[smiled]]:",
        ),
        Q(
            "According to Fenwick, [[Whitlow had played the whole second half with a heavily "
            "strapped ankle and would have a scan on Monday]]",
            "indirect",
            FENWICK,
            "person",
            "According to [[Fenwick]],",
            "[[According to]] Fenwick",
        ),
        Q(
            "“We were 1-0 up against a team that had nothing, and we gave them everything.”",
            "direct",
            ITURBE,
            "person",
            "goalscorer, [[Ramon Iturbe]], whose",
            "That was the [[verdict]] of",
        ),
        Q(
            "Iturbe said [[the dressing room had been silent after the match and that Menendez had "
            "not raised his voice at the players]]",
            "indirect",
            ITURBE,
            "person",
            "[[Iturbe]] said the dressing room",
            "Iturbe [[said]] the dressing room",
        ),
        Q(
            "“He didn’t need to,”",
            "direct",
            ITURBE,
            "person",
            "need to,” [[Iturbe]] said",
            "need to,” Iturbe [[said]]",
        ),
        Q(
            "“We all knew.”",
            "direct",
            ITURBE,
            "person",
            "need to,” [[Iturbe]] said",
            "need to,” Iturbe [[said]]",
        ),
        Q(
            "spokesperson said on Sunday that [[the club had formally asked the league to review "
            "the incident]]",
            "indirect",
            CASTLETON_SPOKES,
            "anonymous",
            "[[A Castleton spokesperson]] said",
            "Castleton spokesperson [[said]] on Sunday",
        ),
        Q(
            "The league said [[it would consider the request “in the usual way” and give its "
            "decision within seven days]]",
            "mixed",
            LEAGUE,
            "organisation",
            "[[The league]] said it would",
            "The league [[said]] it would",
        ),
        Q(
            ("last word: [[“Ten against eleven", "Nobody gave us those.”"),
            "direct",
            FENWICK,
            "person",
            "[[Fenwick]] had the last word",
            "Fenwick [[had the last word]]",
        ),
    ],
    "science_10": [
        Q(
            "[[Artificial light at night is cutting the pollination of wildflowers by moths and "
            "other night-flying insects by about a third]], according to",
            "indirect",
            STUDY,
            "organisation",
            "according to [[a study]] published",
            "a third, [[according to]] a study",
        ),
        Q(
            "The study found that [[flowers in the lit meadows received 34 percent fewer visits "
            "from moths and set about a fifth less seed than those in darkness]]",
            "indirect",
            STUDY,
            "organisation",
            "[[The study]] found that",
            "The study [[found]] that",
        ),
        Q(
            "“We knew that light attracts moths, everybody who has left a porch lamp on knows "
            "that,”",
            "direct",
            TARRANT,
            "person",
            "said Dr [[Imogen Tarrant]], an",
            "knows that,” [[said]] Dr",
        ),
        Q(
            "“What we did not know was how much of the night shift of pollination simply stops "
            "when you switch the lights on.”",
            "direct",
            TARRANT,
            "person",
            "said Dr [[Imogen Tarrant]], an",
            "knows that,” [[said]] Dr",
        ),
        Q(
            "Tarrant said [[the team had expected the effect to be strongest directly beneath the "
            "lamps but found that it reached as far as 40 metres into the meadows]]",
            "indirect",
            TARRANT,
            "person",
            "[[Tarrant]] said the team had expected",
            "Tarrant [[said]] the team had expected",
        ),
        Q(
            "[[Moths are often overlooked as pollinators even though they visit a wider range of "
            "plant species than bees in many temperate habitats]], the researchers wrote",
            "indirect",
            RESEARCHERS,
            "anonymous",
            "habitats, [[the researchers]] wrote",
            "the researchers [[wrote]]",
        ),
        Q(
            ("went further: [[“Our results suggest", "no one has ever paid for.”"),
            "direct",
            RESEARCHERS,
            "anonymous",
            "conclusion [[they]] went further",
            "they [[went further]]",
        ),
        Q(
            "camera surveys, said [[the team had recorded more than 11,000 insect visits on "
            "infrared footage]]",
            "indirect",
            ARROWSMITH,
            "person",
            "Dr [[Felix Arrowsmith]], who",
            "camera surveys, [[said]] the team",
        ),
        Q(
            "He described [[watching it as “like counting commuters at a station that has suddenly "
            "closed.”]]",
            "mixed",
            ARROWSMITH,
            "person",
            "[[He]] described watching",
            "He [[described]] watching",
        ),
        Q(
            "“Under the lamps the moths were still there, but they were circling the light instead "
            "of visiting the flowers,”",
            "direct",
            ARROWSMITH,
            "person",
            "flowers,” [[Arrowsmith]] said",
            "flowers,” Arrowsmith [[said]]",
        ),
        Q(
            "“They were busy. They just weren’t busy with anything useful.”",
            "direct",
            ARROWSMITH,
            "person",
            "flowers,” [[Arrowsmith]] said",
            "flowers,” Arrowsmith [[said]]",
        ),
        Q(
            "Reddy-Vale, said [[the seed losses were largest in bird’s-foot trefoil and white "
            "campion, two plants that rely heavily on night visitors]]",
            "indirect",
            REDDY_VALE,
            "person",
            "Dr [[Sunita Reddy-Vale]], said",
            "Reddy-Vale, [[said]] the seed",
        ),
        Q(
            "Reddy-Vale said, [[give off far more of the blue light that insects find hard to "
            "resist]]",
            "indirect",
            REDDY_VALE,
            "person",
            "which, [[Reddy-Vale]] said",
            "which, Reddy-Vale [[said]], give",
        ),
        Q(
            "She said that [[dimming lamps after midnight or fitting amber filters could recover "
            "much of the loss, and that the team had begun trials with two local authorities]]",
            "indirect",
            REDDY_VALE,
            "person",
            "[[She]] said that dimming",
            "She [[said]] that dimming",
        ),
        Q(
            "called [[the study “careful and important”]]",
            "mixed",
            HOLMQVIST,
            "person",
            "Professor [[Anders Holmqvist]], an",
            "research, [[called]] the study",
        ),
        Q(
            "warned that [[48 meadows in one corner of one country were a narrow base for national "
            "policy]]",
            "indirect",
            HOLMQVIST,
            "person",
            "Professor [[Anders Holmqvist]], an",
            "but [[warned]] that 48",
        ),
        Q(
            "“Moths in a wet northern summer and moths in a dry southern one are not the same "
            "animal, behaviourally,”",
            "direct",
            HOLMQVIST,
            "person",
            "behaviourally,” [[Holmqvist]] said",
            "behaviourally,” Holmqvist [[said]]",
        ),
        Q(
            "“I would want to see this repeated somewhere warmer, and with different lamps, before "
            "anyone rewrites the lighting codes.”",
            "direct",
            HOLMQVIST,
            "person",
            "behaviourally,” [[Holmqvist]] said",
            "behaviourally,” Holmqvist [[said]]",
        ),
        Q(
            "asking [[whether the camera traps, which use infrared light of their own, might have "
            "disturbed the insects]]",
            "indirect",
            HOLMQVIST,
            "person",
            "[[He]] also raised",
            "point, [[asking]] whether",
        ),
        Q(
            "Tarrant said [[the team had tested for that in a pilot season and found no effect]]",
            "indirect",
            TARRANT,
            "person",
            "[[Tarrant]] said the team had tested",
            "Tarrant [[said]] the team had tested",
        ),
        Q(
            "in a statement that [[the work had been funded by a £1.2 million grant from the Hallam "
            "Environmental Trust and that the full data set would be made freely available to "
            "other researchers]]",
            "indirect",
            WESTMERE,
            "organisation",
            "The [[University of Westmere]] said",
            "University of Westmere [[said]] in a statement",
        ),
        Q(
            "as saying [[the study was “exactly the kind of science that changes what happens on "
            "our streets.”]]",
            "mixed",
            CASTELLANE,
            "person",
            "Professor [[Naomi Castellane]], the",
            "research, [[as saying]] the study",
        ),
        Q(
            "long argued that [[brighter roads are safer roads]]",
            "indirect",
            ENGINEERS,
            "anonymous",
            "[[Lighting engineers]] have",
            "long [[argued]] that",
        ),
        Q(
            "Tarrant said [[she did not dispute that, but that the choice was rarely as stark as it "
            "was presented]]",
            "indirect",
            TARRANT,
            "person",
            "[[Tarrant]] said she did not",
            "Tarrant [[said]] she did not",
        ),
        Q(
            "“Nobody is asking for pitch-black motorways,”",
            "direct",
            TARRANT,
            "person",
            "motorways,” [[she]] said",
            "motorways,” she [[said]]",
        ),
        Q(
            "“We are asking whether a cul-de-sac needs to be lit like a stadium at three in the "
            "morning.”",
            "direct",
            TARRANT,
            "person",
            "motorways,” [[she]] said",
            "motorways,” she [[said]]",
        ),
        Q(
            "“A single season of lost seed is a blip,”",
            "direct",
            TARRANT,
            "person",
            "blip,” [[she]] said",
            "blip,” she [[said]]",
        ),
        Q(
            "“Twenty seasons is a different meadow.”",
            "direct",
            TARRANT,
            "person",
            "blip,” [[she]] said",
            "blip,” she [[said]]",
        ),
    ],
    "health_10": [
        Q(
            "Ministry of Health said [[it would send £6 million in emergency funding to the region "
            "before the end of the month]]",
            "indirect",
            MINISTRY,
            "organisation",
            "the [[Ministry of Health]] said",
            "Ministry of Health [[said]] it would",
        ),
        Q(
            "Halloran, said [[the department had treated 412 patients on Monday, the most in its "
            "history, while 96 of its 640 beds were occupied by people who were well enough to go "
            "home but had nowhere safe to go]]",
            "indirect",
            HALLORAN,
            "person",
            "Dr [[Margit Halloran]], said",
            "Margit Halloran, [[said]]",
        ),
        Q(
            "“Our staff are doing extraordinary things in impossible conditions,”",
            "direct",
            HALLORAN,
            "person",
            "conditions,” [[Halloran]] said",
            "conditions,” Halloran [[said]]",
        ),
        Q(
            "“But I will not pretend to anyone that this is safe. It is not.”",
            "direct",
            HALLORAN,
            "person",
            "conditions,” [[Halloran]] said",
            "conditions,” Halloran [[said]]",
        ),
        Q(
            "She said that [[ambulances had queued outside the building for up to nine hours on "
            "Monday night and that some patients had been treated in corridors]]",
            "indirect",
            HALLORAN,
            "person",
            "[[She]] said that ambulances",
            "She [[said]] that ambulances",
        ),
        Q(
            "“They were lovely, every one of them, but I lay on a trolley by the fire door for a "
            "whole day,”",
            "direct",
            E_PARDOE,
            "person",
            "day,” [[the 72-year-old]] said",
            "the 72-year-old [[said]]",
        ),
        Q(
            "“I kept apologising for being in the way.”",
            "direct",
            E_PARDOE,
            "person",
            "day,” [[the 72-year-old]] said",
            "the 72-year-old [[said]]",
        ),
        Q(
            "Pardoe, said [[she had complained to the hospital but did not blame the nurses]]",
            "indirect",
            C_PARDOE,
            "person",
            "daughter, [[Claire Pardoe]], said",
            "Claire Pardoe, [[said]]",
        ),
        Q(
            "“Mum was frightened, and so was I,”",
            "direct",
            C_PARDOE,
            "person",
            "so was I,” [[she]] said",
            "so was I,” she [[said]]",
        ),
        Q(
            ("blunt: [[“The system is under more pressure", "is where it is breaking first.”"),
            "direct",
            ACHEBE_KERR,
            "person",
            "car park, [[she]] was blunt",
            "she [[was blunt]]",
        ),
        Q(
            "The minister said [[the emergency money would pay for 60 extra beds in community care "
            "homes, allowing the hospital to discharge patients more quickly]]",
            "indirect",
            ACHEBE_KERR,
            "person",
            "[[The minister]] said the emergency",
            "The minister [[said]] the emergency",
        ),
        Q(
            "Achebe-Kerr said [[the ministry had “acted as soon as the figures were clear.”]]",
            "mixed",
            ACHEBE_KERR,
            "person",
            "[[Achebe-Kerr]] said the ministry",
            "Achebe-Kerr [[said]] the ministry",
        ),
        Q(
            "in October that [[the hospital would run out of beds “by the first cold week of "
            "December.”]]",
            "mixed",
            ODUYA,
            "person",
            "chief nurse, [[Grace Oduya]], who",
            "who [[told]] a committee",
        ),
        Q(
            "“We said it in writing, we said it in person and we said it on the record,”",
            "direct",
            ODUYA,
            "person",
            "record,” [[Oduya]] said",
            "record,” Oduya [[said]]",
        ),
        Q(
            "“I don’t know what clearer figures anybody was waiting for.”",
            "direct",
            ODUYA,
            "person",
            "record,” [[Oduya]] said",
            "record,” Oduya [[said]]",
        ),
        Q(
            "spokeswoman, said [[the episode showed that the government had been “warned and warned "
            "again” and had chosen to do nothing]]",
            "mixed",
            LEMAIRE,
            "person",
            "[[Patricia Lemaire]], the opposition",
            "spokeswoman, [[said]] the episode",
        ),
        Q(
            "Wexley said [[staff had been coming in on their days off without being asked]]",
            "indirect",
            WEXLEY,
            "person",
            "Sister [[Hannah Wexley]] said",
            "Hannah Wexley [[said]]",
        ),
        Q(
            "“I had a woman of 90 in a chair for fourteen hours,”",
            "direct",
            WEXLEY,
            "person",
            "hours,” [[Wexley]] said",
            "hours,” Wexley [[said]]",
        ),
        Q(
            "“She held my hand every time I walked past, and I had nothing to give her. Not a bed, "
            "not a pillow, nothing.”",
            "direct",
            WEXLEY,
            "person",
            "hours,” [[Wexley]] said",
            "hours,” Wexley [[said]]",
        ),
        Q(
            "Halloran said [[the hospital would open a 20-bed discharge lounge on Thursday and had "
            "cancelled non-urgent operations for the rest of the week]]",
            "indirect",
            HALLORAN,
            "person",
            "[[Halloran]] said the hospital would open",
            "Halloran [[said]] the hospital would open",
        ),
        Q(
            ("[[“I am sorry for every patient", "that is not a choice at all.”"),
            "direct",
            HALLORAN,
            "person",
            "Courier, [[she]] wrote",
            "Courier, she [[wrote]]",
        ),
        Q(
            "on Monday, said [[the family had waited eleven hours to see a doctor]]",
            "indirect",
            CROWLE,
            "person",
            "[[Bethan Crowle]], 34",
            "on Monday, [[said]] the family",
        ),
        Q(
            "“I’m not angry with anyone here, I’m angry that it’s come to this,”",
            "direct",
            CROWLE,
            "person",
            "[[the mother of two]] said",
            "the mother of two [[said]]",
        ),
        Q(
            "According to the ministry, [[waiting times at the region’s four other hospitals "
            "remained “within normal winter ranges” this week]]",
            "mixed",
            MINISTRY,
            "organisation",
            "According to [[the ministry]], waiting",
            "[[According to]] the ministry",
        ),
        Q(
            "privately, said [[their own emergency departments were close to full]]",
            "indirect",
            OFFICIALS,
            "anonymous",
            "[[Officials at two of those hospitals]]",
            "privately, [[said]] their",
        ),
        Q(
            "Lemaire said [[fewer than 40 had opened]]",
            "indirect",
            LEMAIRE,
            "person",
            "[[Lemaire]] said fewer",
            "Lemaire [[said]] fewer",
        ),
        Q(
            "Oduya said [[she hoped the new beds would arrive in time to make a difference before "
            "Christmas]]",
            "indirect",
            ODUYA,
            "person",
            "[[Oduya]] said she hoped",
            "Oduya [[said]] she hoped",
        ),
        Q(
            "“Hope is not a plan,”",
            "direct",
            ODUYA,
            "person",
            "plan,” [[she]] said",
            "plan,” she [[said]]",
        ),
        Q(
            "“but tonight it is what we have.”",
            "direct",
            ODUYA,
            "person",
            "plan,” [[she]] said",
            "plan,” she [[said]]",
        ),
    ],
    "wirepol_10": [
        Q(
            'accusing [[its neighbour of "stealing the river"]]',
            "mixed",
            KORDANIA,
            "organisation",
            "with [[Kordania]] accusing",
            "Kordania [[accusing]] its",
        ),
        Q(
            "Estravia saying [[the project would go ahead on schedule]]",
            "indirect",
            ESTRAVIA,
            "organisation",
            "and [[Estravia]] saying",
            "Estravia [[saying]] the project",
        ),
        Q(
            '"We have listened to every concern and answered every question, and the dam will be '
            'finished in 2028 as planned,"',
            "direct",
            MARCU,
            "person",
            "foreign minister [[Lidia Marcu]] after",
            'as planned," [[said]] Estravia',
        ),
        Q(
            '"No country has a veto over another country\'s electricity."',
            "direct",
            MARCU,
            "person",
            "foreign minister [[Lidia Marcu]] after",
            'as planned," [[said]] Estravia',
        ),
        Q(
            "Marcu said [[the dam, which would generate about a quarter of Estravia's power, had "
            "been redesigned twice to release more water in the dry season]]",
            "indirect",
            MARCU,
            "person",
            "[[Marcu]] said the dam",
            "Marcu [[said]] the dam",
        ),
        Q(
            'statement that [[the redesign was "cosmetic" and that the reservoir would cut the flow '
            "reaching Kordanian farms by up to 40 percent while it was being filled]]",
            "mixed",
            KORDANIA_MFA,
            "organisation",
            "[[Kordania's foreign ministry]] said in a statement that the redesign",
            "Kordania's foreign ministry [[said]] in a statement that the redesign",
        ),
        Q(
            '"A river is not a tap that one country may turn off when it chooses,"',
            "direct",
            KORDANIA_MFA,
            "organisation",
            'chooses," [[the ministry]] said',
            'chooses," the ministry [[said]]',
        ),
        Q(
            "in Valdora that [[his government would take the dispute to international arbitration "
            "if construction did not stop by the summer]]",
            "indirect",
            GRELL,
            "person",
            "Foreign Minister [[Tomas Grell]] told",
            "Tomas Grell [[told]] reporters",
        ),
        Q(
            '"We came here in good faith. We are leaving with nothing but promises,"',
            "direct",
            GRELL,
            "person",
            'promises," [[he]] said',
            'promises," he [[said]]',
        ),
        Q(
            "Grell said [[2.1 million people in the Tessel valley depended on the river for "
            'drinking water and irrigation, and that Estravia had shared "almost none" of its '
            "hydrological data]]",
            "mixed",
            GRELL,
            "person",
            "[[Grell]] said 2.1 million",
            "Grell [[said]] 2.1 million",
        ),
        Q(
            "Estrapower said on Monday that [[the main wall was 60 percent complete]]",
            "indirect",
            ESTRAPOWER,
            "organisation",
            "[[Estrapower]] said on Monday",
            "Estrapower [[said]] on Monday",
        ),
        Q(
            "According to the company, [[more than 4,000 people work on the site]]",
            "indirect",
            ESTRAPOWER,
            "organisation",
            "According to [[the company]],",
            "[[According to]] the company",
        ),
        Q(
            "along the river, said [[it regretted the outcome and would invite both sides to a "
            "further round in April]]",
            "indirect",
            COMMISSION,
            "organisation",
            "The [[Tessel Basin Commission]], which brings",
            "along the river, [[said]] it regretted",
        ),
        Q(
            "anonymity, said [[the two delegations had barely spoken directly since Monday "
            "evening]]",
            "indirect",
            DIPLOMAT,
            "anonymous",
            "[[A diplomat from one of the commission's member states]]",
            "anonymity, [[said]] the two",
        ),
        Q(
            '"They sat at the same table and talked to the chairman,"',
            "direct",
            DIPLOMAT,
            "anonymous",
            'chairman," [[the diplomat]] said',
            'chairman," the diplomat [[said]]',
        ),
        Q(
            '"Nobody looked across."',
            "direct",
            DIPLOMAT,
            "anonymous",
            'chairman," [[the diplomat]] said',
            'chairman," the diplomat [[said]]',
        ),
        Q(
            'social media that [[the dam was "non-negotiable" and would "light up a million '
            'homes."]]',
            "mixed",
            HALAS,
            "person",
            "Prime Minister [[Viktor Halas]] wrote",
            "Viktor Halas [[wrote]] on",
        ),
        Q(
            "Police said [[the protest was peaceful]]",
            "indirect",
            POLICE,
            "organisation",
            "[[Police]] said the protest",
            "Police [[said]] the protest",
        ),
        Q(
            '"My grandfather farmed this land and my son wants to farm it. If the river goes, we '
            'all go,"',
            "direct",
            VOSTOK,
            "person",
            "said [[Andrei Vostok]], 58",
            'we all go," [[said]] Andrei',
        ),
        Q(
            "He said [[the level of the river at his pumps had already fallen by half a metre "
            "since the autumn]]",
            "indirect",
            VOSTOK,
            "person",
            "[[He]] said the level",
            "He [[said]] the level",
        ),
        Q(
            "Independent analysts said [[the gap between the two sides was narrower than the "
            "rhetoric suggested]]",
            "indirect",
            ANALYSTS,
            "anonymous",
            "[[Independent analysts]] said",
            "Independent analysts [[said]]",
        ),
        Q(
            "in Valdora, said [[both governments had accepted the idea of a minimum guaranteed "
            "flow and disagreed mainly over how it would be measured]]",
            "indirect",
            SANTORO,
            "person",
            "[[Mira Santoro]], a water",
            "in Valdora, [[said]] both",
        ),
        Q(
            '"Strip away the speeches and they are arguing about a gauge on a riverbank,"',
            "direct",
            SANTORO,
            "person",
            'riverbank," [[she]] said',
            'riverbank," she [[said]]',
        ),
        Q(
            'saying [[Kordania had "walked away from a fair offer"]]',
            "mixed",
            ESTRAVIA_MFA,
            "organisation",
            "[[Estravia's foreign ministry]] issued",
            "evening, [[saying]] Kordania",
        ),
        Q(
            'said: [["We will look at any proposal that respects our sovereignty. We will not look '
            'at proposals that do not."]]',
            "direct",
            MARCU,
            "person",
            "[[Marcu]], asked whether",
            "arbitration, [[said]]:",
        ),
        Q(
            '"We are not asking for charity. We are asking for the river that has always been '
            'ours."',
            "direct",
            GRELL,
            "person",
            "-- [[Tomas Grell]], Kordanian",
            None,
        ),
        Q(
            "The commission said [[the date of the April round would be announced next week]]",
            "indirect",
            COMMISSION,
            "organisation",
            "[[The commission]] said the date",
            "The commission [[said]] the date",
        ),
    ],
    "localgov_10": [
        Q(
            "said on Monday that [[the city “cannot keep saying no to homes and then wonder why our "
            "children leave.”]]",
            "mixed",
            FAIRWEATHER,
            "person",
            "Mayor [[Desmond Fairweather]], who",
            "two years ago, [[said]] on Monday",
        ),
        Q(
            "“Every family on our housing list is a family we have let down,”",
            "direct",
            FAIRWEATHER,
            "person",
            "let down,” [[he]] said",
            "let down,” he [[said]]",
        ),
        Q(
            "“Ashgrove is not perfect, but it is the best site we have, and Larchmont is ready to "
            "build.”",
            "direct",
            FAIRWEATHER,
            "person",
            "let down,” [[he]] said",
            "let down,” he [[said]]",
        ),
        Q(
            "the mayor said, [[would cost the company about £14 million]]",
            "indirect",
            FAIRWEATHER,
            "person",
            "which, [[the mayor]] said",
            "the mayor [[said]], would",
        ),
        Q(
            "accused [[Ambler of presenting “a glossy brochure instead of a plan.”]]",
            "mixed",
            CASTELL,
            "person",
            "[[Castell]] accused Ambler",
            "Castell [[accused]] Ambler",
        ),
        Q(
            "Ambler said [[she had been misrepresented and that every figure in the proposal had "
            "been checked by council officers]]",
            "indirect",
            AMBLER,
            "person",
            "[[Ambler]] said she had been",
            "Ambler [[said]] she had been",
        ),
        Q(
            "She told Castell that [[her committee had had the papers for six weeks and had “asked "
            "not one question about the numbers.”]]",
            "mixed",
            AMBLER,
            "person",
            "[[She]] told Castell",
            "She [[told]] Castell",
        ),
        Q(
            "“My colleague knows perfectly well that the traffic survey was done in August, when "
            "the schools were shut,”",
            "direct",
            CASTELL,
            "person",
            "were shut,” [[she]] said",
            "were shut,” she [[said]]",
        ),
        Q(
            "“If she wants to talk about numbers, she can start with that one.”",
            "direct",
            CASTELL,
            "person",
            "were shut,” [[she]] said",
            "were shut,” she [[said]]",
        ),
        Q(
            "She said [[the committee would ask for a new survey before any vote was taken]]",
            "indirect",
            CASTELL,
            "person",
            "[[She]] said the committee would ask",
            "She [[said]] the committee would ask",
        ),
        Q(
            "the meeting, said [[that was a delaying tactic]]",
            "indirect",
            AMBLER,
            "person",
            "[[Ambler]], speaking after",
            "the meeting, [[said]] that was",
        ),
        Q(
            "“Fiona has opposed every large housing scheme that has come before her committee,”",
            "direct",
            AMBLER,
            "person",
            "committee,” [[she]] said",
            "committee,” she [[said]]",
        ),
        Q(
            "“and she is entitled to. But she should say so, rather than hiding behind a traffic "
            "count.”",
            "direct",
            AMBLER,
            "person",
            "committee,” [[she]] said",
            "committee,” she [[said]]",
        ),
        Q(
            "arguments. [[The August survey “is likely to understate peak-hour traffic on Ashgrove "
            "Road by between 15 and 25 percent,”]]",
            "mixed",
            MEMO,
            "organisation",
            "percent,” [[the memo]] says",
            "the memo [[says]]",
        ),
        Q(
            "But it also says that [[the road network could cope with the extra homes if the bus "
            "link is running before the first residents move in]]",
            "indirect",
            MEMO,
            "organisation",
            "But [[it]] also says",
            "it also [[says]] that",
        ),
        Q(
            "which says [[it has 2,400 members]]",
            "indirect",
            SAVE_ASHGROVE,
            "organisation",
            "[[Save Ashgrove Fields]], which says",
            "which [[says]] it has",
        ),
        Q(
            "members, said [[the memo proved what residents had been saying for two years]]",
            "indirect",
            SAVE_ASHGROVE,
            "organisation",
            "[[Save Ashgrove Fields]], which says",
            "members, [[said]] the memo",
        ),
        Q(
            "said: [[“We were told we were scaremongering. Now the council’s own officers are "
            "saying the same thing, only in longer words.”]]",
            "direct",
            TIBBS,
            "person",
            "chair, [[Maureen Tibbs]], said",
            "Maureen Tibbs, [[said]]:",
        ),
        Q(
            "31 years, said [[the group would seek a judicial review if the council approved the "
            "plan without a new survey]]",
            "indirect",
            TIBBS,
            "person",
            "[[Tibbs]], a retired",
            "31 years, [[said]] the group",
        ),
        Q(
            "“My two sons are in their thirties and still living in their old bedrooms,”",
            "direct",
            PRYCE,
            "person",
            "said [[Gordon Pryce]], 67",
            "bedrooms,” [[said]] Gordon",
        ),
        Q(
            "“I like the fields as much as anyone. I would like grandchildren more.”",
            "direct",
            PRYCE,
            "person",
            "said [[Gordon Pryce]], 67",
            "bedrooms,” [[said]] Gordon",
        ),
        Q(
            "Larchmont Homes, said [[the company welcomed the memo’s conclusion that the roads "
            "could cope]]",
            "indirect",
            FIRTH,
            "person",
            "[[Nadia Firth]], a spokesperson",
            "Larchmont Homes, [[said]] the company",
        ),
        Q(
            "“We have always said the bus link comes first, and we are happy to have that written "
            "into the planning conditions,”",
            "direct",
            FIRTH,
            "person",
            "conditions,” [[she]] said",
            "conditions,” she [[said]]",
        ),
        Q(
            "Firth said [[the developer had held 14 public consultation events and would hold more "
            "in the new year]]",
            "indirect",
            FIRTH,
            "person",
            "[[Firth]] said the developer",
            "Firth [[said]] the developer",
        ),
        Q(
            "Fairweather said [[he would not take sides in public between his two colleagues]]",
            "indirect",
            FAIRWEATHER,
            "person",
            "[[Fairweather]] said he would not",
            "Fairweather [[said]] he would not",
        ),
        Q(
            "“I have two strong councillors who disagree with each other,”",
            "direct",
            FAIRWEATHER,
            "person",
            "each other,” [[he]] said",
            "each other,” he [[said]]",
        ),
        Q(
            "“That is what a council is for. In December, the council will decide.”",
            "direct",
            FAIRWEATHER,
            "person",
            "each other,” [[he]] said",
            "each other,” he [[said]]",
        ),
        Q(
            "Castell said [[she expected the result to be close, and that several members of the "
            "ruling group had told her privately they would abstain]]",
            "indirect",
            CASTELL,
            "person",
            "[[Castell]] said she expected",
            "Castell [[said]] she expected",
        ),
    ],
}

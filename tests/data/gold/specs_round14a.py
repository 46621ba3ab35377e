# The specifications below quote the articles verbatim, typographic marks included.
"""Gold specifications for police_14, farming_14, wire_14, culture_14 and archive_14
(round 14, writer a, written blind), merged into build_gold.py's dictionaries by its main()."""

from __future__ import annotations

from build_gold import Q

# police_14
ELLERY = "Margaret Ellery-Shaw"
FAIRWEATHER = "Simon Fairweather"
MENSAH = "Abena Mensah"
IOPS = "Independent Office for Police Standards"
CARRICK = "Owen Carrick"
FORCE = "Vale of Brenmoor Police"
SERGEANT = "one sergeant who spoke on condition of anonymity"
OBI = "Grace Obi"
LUND = "Peter Lund"

# farming_14
FARMERS = "farmers in the eastern plains"
RIDLEY = "Tomasz Ridley"
DAIRY = "a dairy farmer who asked not to be named"
GARSIDE = "Helen Garside"
OKOYE = "Rashid Okoye"
WHITLOW = "Frances Whitlow"
PRYCE = "Gavin Pryce"
FRESHWAY = "FreshWay"
CBS = "Carvellan Bureau of Statistics"
KETTERING = "Joan Kettering"

# wire_14
DELA_VEGA = "Ramon Dela Vega"
MARCELO = "Luisa Marcelo-Tan"
DND = "Department of National Defense"
DEF_OFFICIAL = "a senior defence official"
ANALYSTS = "Political analysts in Manila"
CASTRO = "Arnel Castro"
ILDEFONSO = "Jose Ildefonso"
ABAD = "Rogelio Abad"
PALACE = "the presidential palace"

# culture_14
VASQUEZ = "Eleanor Vasquez-Hart"
MENSIMAH = "Adjoa Mensimah"
PELL = "Jonathan Pell"
LINDQVIST = "Arthur Lindqvist"
RMM = "Royal Marlowe Museum"
EFUA = "Efua Asante"
SPOKESWOMAN = "a museum spokeswoman"

# archive_14
DOYLE = "Frank Doyle"
ASHBY = "Leonard Ashby"
BICKLEY = "Walter Bickley"
FINCH = "Harold Finch"
FITTER = "a fitter from the engine plant who did not want his name printed"
KERR = "Desmond Kerr"
DOE = "Department of Employment"
AUEW = "Amalgamated Union of Engineering Workers"

HELDOUT: dict[str, list[Q]] = {}

ARTICLES: dict[str, list[Q]] = {
    "police_14": [
        Q(
            ("[[A police constable accused of using excessive force", "should lose his job]]"),
            "indirect",
            ELLERY,
            "person",
            "job, [[the chief constable of the Vale of Brenmoor Police]] told",
            "Brenmoor Police [[told]] a misconduct",
        ),
        Q(
            "said [[the footage from the officer’s body-worn camera was “deeply uncomfortable "
            "to watch.”]]",
            "mixed",
            ELLERY,
            "person",
            "Chief Constable [[Margaret Ellery-Shaw]], who",
            "in person, [[said]] the footage",
        ),
        Q(
            "“I have served in this force for twenty-six years,”",
            "direct",
            ELLERY,
            "person",
            "years,” [[she]] said",
            "years,” she [[said]]",
        ),
        Q(
            "“I do not remember a single case in which the public’s trust was more clearly at "
            "stake.”",
            "direct",
            ELLERY,
            "person",
            "years,” [[she]] said",
            "years,” she [[said]]",
        ),
        Q(
            "told the panel that [[his client had acted in the honest belief that the teenager "
            "was reaching for a knife]]",
            "indirect",
            FAIRWEATHER,
            "person",
            "His lawyer, [[Simon Fairweather]], told",
            "Simon Fairweather, [[told]] the panel",
        ),
        Q(
            "argued that [[the footage had been “edited by circumstance,” because the camera had "
            "slipped from the officer’s vest in the struggle]]",
            "mixed",
            FAIRWEATHER,
            "person",
            "Mr [[Fairweather]] argued",
            "Mr Fairweather [[argued]] that",
        ),
        Q(
            "“What you see is a fragment,”",
            "direct",
            FAIRWEATHER,
            "person",
            "fragment,” [[he]] said",
            "fragment,” he [[said]]",
        ),
        Q(
            "“What PC Roarke saw was a crowd, a shout, and a hand going to a pocket.”",
            "direct",
            FAIRWEATHER,
            "person",
            "fragment,” [[he]] said",
            "fragment,” he [[said]]",
        ),
        Q(
            "she said [[her son still woke at night and had not returned to college]]",
            "indirect",
            MENSAH,
            "person",
            "hearing centre, [[she]] said her son",
            "hearing centre, she [[said]] her son",
        ),
        Q(
            "“They keep talking about a hand going to a pocket,”",
            "direct",
            MENSAH,
            "person",
            "pocket,” Ms [[Mensah]] said",
            "pocket,” Ms Mensah [[said]]",
        ),
        Q(
            ("“My son’s hands were behind his back.", "what happened to him was wrong.”"),
            "direct",
            MENSAH,
            "person",
            "pocket,” Ms [[Mensah]] said",
            "pocket,” Ms Mensah [[said]]",
        ),
        Q(
            "Police Standards, the watchdog that investigated the case, [[no weapon was found on "
            "the boy or at the scene]]",
            "indirect",
            IOPS,
            "organisation",
            "the [[Independent Office for Police Standards]], the watchdog",
            "[[According to]] the Independent",
        ),
        Q(
            "concluded that [[the second blow “could not be justified by any reasonable "
            "perception of threat.”]]",
            "mixed",
            IOPS,
            "organisation",
            "October, [[the watchdog]] concluded",
            "the watchdog [[concluded]] that",
        ),
        Q(
            "told reporters that [[the investigation had taken longer than he would have liked]]",
            "indirect",
            CARRICK,
            "person",
            "[[Owen Carrick]], told reporters",
            "Owen Carrick, [[told]] reporters",
        ),
        Q(
            "He said [[delays in obtaining footage from a nearby shop had added two months]]",
            "indirect",
            CARRICK,
            "person",
            "[[He]] said delays",
            "He [[said]] delays",
        ),
        Q(
            "“Eventually, yes,”",
            "direct",
            CARRICK,
            "person",
            "yes,” [[he]] said",
            "yes,” he [[said]]",
        ),
        Q(
            "statement that [[it had “fully supported” the investigation and that PC Roarke had "
            "been on restricted duties since May]]",
            "mixed",
            FORCE,
            "organisation",
            "[[The force]] said in a statement",
            "The force [[said]] in a statement",
        ),
        Q(
            "media, said [[morale at the station was “at rock bottom.”]]",
            "mixed",
            SERGEANT,
            "anonymous",
            "[[One sergeant]], who spoke",
            "the media, [[said]] morale",
        ),
        Q(
            "Mr Fairweather said [[the fundraising showed how the officer was regarded by those "
            "who worked with him]]",
            "indirect",
            FAIRWEATHER,
            "person",
            "Mr [[Fairweather]] said the fundraising",
            "Mr Fairweather [[said]] the fundraising",
        ),
        Q(
            "He warned that [[a dismissal would send a message to frontline officers that "
            "split-second decisions would be judged “with the benefit of a pause button.”]]",
            "mixed",
            FAIRWEATHER,
            "person",
            "[[He]] warned that a dismissal",
            "He [[warned]] that a dismissal",
        ),
        Q(
            "Officers, she said, [[were trained to reassess once a suspect was restrained, and "
            "the training was not optional]]",
            "indirect",
            ELLERY,
            "person",
            "Officers, [[she]] said",
            "Officers, she [[said]]",
        ),
        Q(
            "asked [[why it had taken seven months for the officer to be served with a "
            "misconduct notice]]",
            "indirect",
            OBI,
            "person",
            "[[Grace Obi]], asked why",
            "Grace Obi, [[asked]] why",
        ),
        Q(
            "said [[residents wanted the hearing to be seen to be fair to both sides]]",
            "indirect",
            LUND,
            "person",
            "councillor [[Peter Lund]], who chairs",
            "safety forum, [[said]] residents",
        ),
        Q(
            "“People here are not anti-police,”",
            "direct",
            LUND,
            "person",
            "anti-police,” [[he]] said",
            "anti-police,” he [[said]]",
        ),
        Q(
            "saying [[he had been stopped in the street by neighbours worried about the case]]",
            "indirect",
            LUND,
            "person",
            "anti-police,” [[he]] said",
            "he said, [[saying]] he had",
        ),
        Q(
            "“They just want the same rules for everyone.”",
            "direct",
            LUND,
            "person",
            "anti-police,” [[he]] said",
            "anti-police,” he [[said]]",
        ),
        Q(
            "supporters that [[she would be back every morning]]",
            "indirect",
            MENSAH,
            "person",
            "Ms [[Mensah]] told a small group",
            "Ms Mensah [[told]] a small group",
        ),
        Q(
            "Her son, she said, [[had asked her to keep a notebook]]",
            "indirect",
            MENSAH,
            "person",
            "Her son, [[she]] said",
            "Her son, she [[said]]",
        ),
    ],
    "farming_14": [
        Q(
            "eastern plains said [[they were selling livestock they could no longer feed]]",
            "indirect",
            FARMERS,
            "anonymous",
            "and [[farmers in the eastern plains]] said",
            "eastern plains [[said]] they were",
        ),
        Q(
            "“We have not had proper rain since March,”",
            "direct",
            RIDLEY,
            "person",
            "[[Tomasz Ridley]], who grows",
            "March,” [[said]] Tomasz",
        ),
        Q(
            "“The ground is like brick. You put a spade in and it bounces.”",
            "direct",
            RIDLEY,
            "person",
            "[[Tomasz Ridley]], who grows",
            "March,” [[said]] Tomasz",
        ),
        Q(
            "bank, said [[the price of hay had doubled since June]]",
            "indirect",
            DAIRY,
            "anonymous",
            "His neighbour, [[a dairy farmer who asked not to be named]] because",
            "her bank, [[said]] the price",
        ),
        Q(
            "She said [[some farmers were buying feed on credit “and praying.”]]",
            "mixed",
            DAIRY,
            "anonymous",
            "[[She]] said some farmers",
            "She [[said]] some farmers",
        ),
        Q(
            "told delegates that [[at least 1,200 family farms were at risk of going under by "
            "spring]]",
            "indirect",
            GARSIDE,
            "person",
            "Thursday, [[she]] told delegates",
            "Thursday, she [[told]] delegates",
        ),
        Q(
            "“This is not a bad year,”",
            "direct",
            GARSIDE,
            "person",
            "Ms [[Garside]] said. “This is the third",
            "Ms Garside [[said]]. “This is the third",
        ),
        Q(
            ("“This is the third bad year in a row", "are exhausted.”"),
            "direct",
            GARSIDE,
            "person",
            "Ms [[Garside]] said. “This is the third",
            "Ms Garside [[said]]. “This is the third",
        ),
        Q(
            "She warned that [[if nothing changed, the country would be importing a quarter of "
            "its bread wheat within two years]]",
            "indirect",
            GARSIDE,
            "person",
            "[[She]] warned that if",
            "She [[warned]] that if",
        ),
        Q(
            "Okoye said [[the government was “listening carefully” and would announce a support "
            "package before the end of the month]]",
            "mixed",
            OKOYE,
            "person",
            "Minister [[Rashid Okoye]] said",
            "Rashid Okoye [[said]] the government",
        ),
        Q(
            "“I am not going to stand here and make up a number,”",
            "direct",
            OKOYE,
            "person",
            "a number,” [[he]] said",
            "a number,” he [[said]]",
        ),
        Q(
            "“What I can tell you is that we have been working with the federation every week "
            "since July.”",
            "direct",
            OKOYE,
            "person",
            "a number,” [[he]] said",
            "a number,” he [[said]]",
        ),
        Q(
            "The minister argued that [[the drought was part of a longer pattern, and that aid "
            "alone would not solve it]]",
            "indirect",
            OKOYE,
            "person",
            "[[The minister]] argued",
            "The minister [[argued]]",
        ),
        Q(
            "agronomist, said [[farmers would need help to switch to crops that used less water]]",
            "indirect",
            OKOYE,
            "person",
            "[[Okoye]], a former agronomist",
            "former agronomist, [[said]] farmers",
        ),
        Q(
            "she told a radio programme, [[had “sat on its hands for two summers.”]]",
            "mixed",
            WHITLOW,
            "person",
            "government, [[she]] told a radio",
            "government, she [[told]] a radio",
        ),
        Q(
            "largest grocer, said [[the chain had absorbed most of the rise in flour costs so far "
            "but could not do so indefinitely]]",
            "indirect",
            PRYCE,
            "person",
            "[[A spokesman for FreshWay]], the country",
            "largest grocer, [[said]] the chain",
        ),
        Q(
            "“We have held the price of our own-brand loaf since January,”",
            "direct",
            PRYCE,
            "person",
            "the spokesman, [[Gavin Pryce]], said",
            "Gavin Pryce, [[said]]. “We will",
        ),
        Q(
            "“We will keep doing everything we can, but we are not immune to what is happening "
            "in the fields.”",
            "direct",
            PRYCE,
            "person",
            "the spokesman, [[Gavin Pryce]], said",
            "Gavin Pryce, [[said]]. “We will",
        ),
        Q(
            "Statistics, [[bread prices rose 9 percent in the year to September, and the cost of "
            "fresh vegetables rose 14 percent]]",
            "indirect",
            CBS,
            "organisation",
            "the [[Carvellan Bureau of Statistics]], bread",
            "[[According to]] the Carvellan",
        ),
        Q(
            "accused [[the supermarkets of “crying poverty while posting profits,”]]",
            "mixed",
            GARSIDE,
            "person",
            "Ms [[Garside]] accused",
            "Ms Garside [[accused]] the supermarkets",
        ),
        Q(
            "and said [[farmers were being paid less for their milk now than five years ago]]",
            "indirect",
            GARSIDE,
            "person",
            "Ms [[Garside]] accused",
            "profits,” and [[said]] farmers",
        ),
        Q(
            "saying [[its prices to dairy farmers had risen three times this year]]",
            "indirect",
            FRESHWAY,
            "organisation",
            "[[FreshWay]] rejected that",
            "rejected that, [[saying]] its prices",
        ),
        Q(
            "Westmarsh, said [[her members had invested in drip irrigation after the first dry "
            "summer]]",
            "indirect",
            KETTERING,
            "person",
            "[[Joan Kettering]], who runs",
            "outside Westmarsh, [[said]] her members",
        ),
        Q(
            "“We were laughed at,”",
            "direct",
            KETTERING,
            "person",
            "laughed at,” [[she]] said",
            "laughed at,” she [[said]]",
        ),
        Q(
            "He said [[his father had farmed the same land through the drought of 1976]]",
            "indirect",
            RIDLEY,
            "person",
            "[[He]] said his father",
            "He [[said]] his father",
        ),
        Q(
            "“Dad used to say that one dry year is weather,”",
            "direct",
            RIDLEY,
            "person",
            "weather,” [[he]] said",
            "weather,” he [[said]]",
        ),
        Q(
            "“and three dry years is a warning.”",
            "direct",
            RIDLEY,
            "person",
            "weather,” [[he]] said",
            "weather,” he [[said]]",
        ),
    ],
    "wire_14": [
        Q(
            'saying [[the move was "purely defensive" and aimed at protecting fishing '
            "communities]]",
            "mixed",
            DELA_VEGA,
            "person",
            "President [[Ramon Dela Vega]] on Tuesday",
            "Batanes, [[saying]] the move",
        ),
        Q(
            '"We are not provoking anyone. We are protecting our own people on our own soil,"',
            "direct",
            DELA_VEGA,
            "person",
            'soil," [[Dela Vega]] told',
            'soil," Dela Vega [[told]]',
        ),
        Q(
            "The president said [[the deployment had been planned for months and was not a "
            "response to any single incident]]",
            "indirect",
            DELA_VEGA,
            "person",
            "[[The president]] said the deployment",
            "The president [[said]] the deployment",
        ),
        Q(
            "He added that [[he had spoken to the leaders of three neighbouring countries over "
            "the weekend to explain it]]",
            "indirect",
            DELA_VEGA,
            "person",
            "[[He]] added that he had",
            "He [[added]] that he had",
        ),
        Q(
            "national defence, said [[the chamber had not been consulted]]",
            "indirect",
            MARCELO,
            "person",
            "senator [[Luisa Marcelo-Tan]], who chairs",
            "national defence, [[said]] the chamber",
        ),
        Q(
            '"The constitution does not give the president a blank cheque,"',
            "direct",
            MARCELO,
            "person",
            'cheque," [[Marcelo-Tan]] said',
            'cheque," Marcelo-Tan [[said]]',
        ),
        Q(
            ('"If there is a threat, tell us what it is.', 'in the middle of the monsoon."'),
            "direct",
            MARCELO,
            "person",
            'cheque," [[Marcelo-Tan]] said',
            'cheque," Marcelo-Tan [[said]]',
        ),
        Q(
            "She said [[she would file a resolution on Wednesday seeking the appearance of the "
            "defence secretary and the armed forces chief of staff]]",
            "indirect",
            MARCELO,
            "person",
            "[[She]] said she would file",
            "She [[said]] she would file",
        ),
        Q(
            (
                "in a statement that [[the troops would help build",
                'under existing agreements."]]',
            ),
            "mixed",
            DND,
            "organisation",
            "The [[Department of National Defense]] said in a statement",
            "National Defense [[said]] in a statement",
        ),
        Q(
            '"The Armed Forces of the Philippines will remain transparent with the Filipino '
            'people,"',
            "direct",
            DND,
            "organisation",
            "The [[Department of National Defense]] said in a statement",
            'people," the statement [[said]]',
        ),
        Q(
            "operational details, said [[the first units would arrive by ship within ten days]]",
            "indirect",
            DEF_OFFICIAL,
            "anonymous",
            "[[A senior defence official]], who spoke",
            "operational details, [[said]] the first",
        ),
        Q(
            "The official said [[radar equipment would also be moved to the island]]",
            "indirect",
            DEF_OFFICIAL,
            "anonymous",
            "[[The official]] said radar",
            "The official [[said]] radar",
        ),
        Q(
            "in Manila said [[the deployment could strengthen Dela Vega ahead of the May midterm "
            "elections, in which his coalition is expected to face a strong challenge]]",
            "indirect",
            ANALYSTS,
            "anonymous",
            "[[Political analysts in Manila]] said",
            "analysts in Manila [[said]] the deployment",
        ),
        Q(
            '"It plays well with voters in the north,"',
            "direct",
            CASTRO,
            "person",
            "said [[Arnel Castro]], a political",
            'the north," [[said]] Arnel',
        ),
        Q(
            '"But it also gives the opposition a clean line of attack: the president acts first '
            'and explains later."',
            "direct",
            CASTRO,
            "person",
            "said [[Arnel Castro]], a political",
            'the north," [[said]] Arnel',
        ),
        Q(
            'Castro said [[the senator, a former prosecutor known in Congress as "the Hammer," '
            "had a track record of turning committee hearings into national events]]",
            "indirect",
            CASTRO,
            "person",
            "[[Castro]] said the senator",
            "Castro [[said]] the senator",
        ),
        Q(
            '"I answer to the Filipino people. The senator is welcome to send me her questions '
            'in writing."',
            "direct",
            DELA_VEGA,
            "person",
            "himself, [[he]] said:",
            "himself, he [[said]]:",
        ),
        Q(
            'called [[that response "disappointing but not surprising"]]',
            "mixed",
            MARCELO,
            "person",
            "[[Marcelo-Tan]] called that response",
            "Marcelo-Tan [[called]] that response",
        ),
        Q(
            "and said [[her committee would hold its hearing with or without the executive "
            "branch]]",
            "indirect",
            MARCELO,
            "person",
            "[[Marcelo-Tan]] called that response",
            'surprising" and [[said]] her committee',
        ),
        Q(
            "Ildefonso, said [[he supported a stronger presence in the north but wanted to know "
            "how the deployment would be funded]]",
            "indirect",
            ILDEFONSO,
            "person",
            "senator, [[Jose Ildefonso]], said",
            "Jose Ildefonso, [[said]] he supported",
        ),
        Q(
            "radio station that [[the defence budget approved last month contained no line for "
            "it]]",
            "indirect",
            ILDEFONSO,
            "person",
            "[[He]] told a radio station",
            "He [[told]] a radio station",
        ),
        Q(
            '"Either the money is coming from somewhere else, or the plan was made after the '
            'budget,"',
            "direct",
            ILDEFONSO,
            "person",
            'budget," [[Ildefonso]] said',
            'budget," Ildefonso [[said]]',
        ),
        Q(
            '"Both answers deserve a hearing."',
            "direct",
            ILDEFONSO,
            "person",
            'budget," [[Ildefonso]] said',
            'budget," Ildefonso [[said]]',
        ),
        Q(
            "defence department, [[the cost of the deployment would be covered by an existing "
            "contingency fund, and no supplementary budget would be needed]]",
            "indirect",
            DND,
            "organisation",
            "According to [[the defence department]], the cost",
            "[[According to]] the defence department",
        ),
        Q(
            "local association, said [[his members had reported being shadowed by foreign "
            "vessels at least a dozen times since September]]",
            "indirect",
            ABAD,
            "person",
            "[[Rogelio Abad]], head of",
            "local association, [[said]] his members",
        ),
        Q(
            '"We just want to fish without fear,"',
            "direct",
            ABAD,
            "person",
            'fear," [[he]] said',
            'fear," he [[said]]',
        ),
        Q(
            "palace said [[Dela Vega would visit the island next month]]",
            "indirect",
            PALACE,
            "organisation",
            "[[The presidential palace]] said",
            "presidential palace [[said]] Dela Vega",
        ),
    ],
    "culture_14": [
        Q(
            "“These objects were taken by force, and they have been in the wrong place for a "
            "hundred and thirty years,”",
            "direct",
            VASQUEZ,
            "person",
            "director, Dr [[Eleanor Vasquez-Hart]], at",
            "thirty years,” [[said]] the museum",
        ),
        Q(
            "“Today we are correcting that, later than we should have.”",
            "direct",
            VASQUEZ,
            "person",
            "director, Dr [[Eleanor Vasquez-Hart]], at",
            "thirty years,” [[said]] the museum",
        ),
        Q(
            "Vasquez-Hart said [[the museum’s trustees had voted unanimously in March to return "
            "them, after an internal review found “no credible basis” for keeping them]]",
            "mixed",
            VASQUEZ,
            "person",
            "[[Vasquez-Hart]] said the museum’s trustees",
            "Vasquez-Hart [[said]] the museum’s trustees",
        ),
        Q(
            "She added that [[the museum would continue to lend other Kessaran objects to "
            "exhibitions abroad]]",
            "indirect",
            VASQUEZ,
            "person",
            "[[She]] added that the museum",
            "She [[added]] that the museum",
        ),
        Q(
            "staff and said [[the return showed that “old wrongs do not have to be permanent.”]]",
            "mixed",
            MENSIMAH,
            "person",
            "speech, [[she]] thanked",
            "staff and [[said]] the return",
        ),
        Q(
            "“My grandmother told me about these heads when I was a child,”",
            "direct",
            MENSIMAH,
            "person",
            "child,” [[the minister]] said",
            "child,” the minister [[said]]",
        ),
        Q(
            "“She had never seen them. Nobody in my family had. Next year, every schoolchild in "
            "Kessara will be able to.”",
            "direct",
            MENSIMAH,
            "person",
            "child,” [[the minister]] said",
            "child,” the minister [[said]]",
        ),
        Q(
            "She said [[the heads would go on display in a new national museum in the capital, "
            "Ossu, due to open next spring]]",
            "indirect",
            MENSIMAH,
            "person",
            "[[She]] said the heads",
            "She [[said]] the heads",
        ),
        Q(
            "“Every day,”",
            "direct",
            PELL,
            "person",
            "“Every day,” [[he]] said",
            "“Every day,” he [[said]]",
        ),
        Q(
            "“But missing them is the right feeling. It means they are going home.”",
            "direct",
            PELL,
            "person",
            "“Every day,” [[he]] said",
            "“Every day,” he [[said]]",
        ),
        Q(
            "He said [[his team had traced the provenance of each head through letters, auction "
            "records and the diaries of two officers on the expedition]]",
            "indirect",
            PELL,
            "person",
            "[[He]] said his team",
            "He [[said]] his team",
        ),
        Q(
            "he said, [[had written of the heads as “curiosities.”]]",
            "mixed",
            PELL,
            "person",
            "officers, [[he]] said, had written",
            "officers, he [[said]], had written",
        ),
        Q(
            "Pell called [[the word “quietly damning.”]]",
            "mixed",
            PELL,
            "person",
            "[[Pell]] called the word",
            "Pell [[called]] the word",
        ),
        Q(
            "argued that [[blanket restitution risked emptying European museums of their most "
            "important holdings]]",
            "indirect",
            LINDQVIST,
            "person",
            "Professor [[Arthur Lindqvist]], an art",
            "the museum, [[argued]] that",
        ),
        Q(
            "“I am not defending what happened in 1894,”",
            "direct",
            LINDQVIST,
            "person",
            "1894,” [[Lindqvist]] said",
            "1894,” Lindqvist [[said]]",
        ),
        Q(
            ("“I am asking whether sending things back", "dismissed far too quickly.”"),
            "direct",
            LINDQVIST,
            "person",
            "1894,” [[Lindqvist]] said",
            "1894,” Lindqvist [[said]]",
        ),
        Q(
            "on Thursday that [[he feared the decision would be used as a precedent by other "
            "governments with claims on the museum’s collections]]",
            "indirect",
            LINDQVIST,
            "person",
            "[[Lindqvist]] told a radio programme",
            "Lindqvist [[told]] a radio programme",
        ),
        Q(
            "Every claim, she said, [[would be considered on its own merits]]",
            "indirect",
            VASQUEZ,
            "person",
            "Every claim, [[she]] said",
            "Every claim, she [[said]]",
        ),
        Q(
            "She said [[the museum had received four formal requests in the past decade and that "
            "two were still under review]]",
            "indirect",
            VASQUEZ,
            "person",
            "[[She]] said the museum had received",
            "She [[said]] the museum had received",
        ),
        Q(
            "According to the museum, [[the return was paid for by the Kessaran government and a "
            "private foundation, and insurance for the journey alone cost more than £300,000]]",
            "indirect",
            RMM,
            "organisation",
            "According to [[the museum]], the return",
            "[[According to]] the museum, the return",
        ),
        Q(
            "ceremony and said [[her father would have wept]]",
            "indirect",
            EFUA,
            "person",
            "[[Efua Asante]], attended",
            "ceremony and [[said]] her father",
        ),
        Q(
            "“He wrote to this museum every year for thirty-one years,”",
            "direct",
            EFUA,
            "person",
            "thirty-one years,” [[she]] said",
            "thirty-one years,” she [[said]]",
        ),
        Q(
            "“They always wrote back, politely, to say no.”",
            "direct",
            EFUA,
            "person",
            "thirty-one years,” [[she]] said",
            "thirty-one years,” she [[said]]",
        ),
        Q(
            "Ms Mensimah said that [[her ministry would now turn its attention to objects held in "
            "private collections, which she described as “much harder to find and much harder to "
            "shame.”]]",
            "mixed",
            MENSIMAH,
            "person",
            "Ms [[Mensimah]] said that her ministry",
            "Ms Mensimah [[said]] that her ministry",
        ),
        Q(
            ("[[The heads were packed in climate-controlled cases", "arrive in Ossu on Monday]]"),
            "indirect",
            SPOKESWOMAN,
            "anonymous",
            "Monday, [[a museum spokeswoman]] said",
            "a museum spokeswoman [[said]]",
        ),
    ],
    "archive_14": [
        Q(
            "shop stewards called [[``a thumping majority.'']]",
            "mixed",
            DOYLE,
            "person",
            "what [[the convener of shop stewards]] called",
            "shop stewards [[called]] ``a thumping",
        ),
        Q(
            "told the meeting that [[the offer of 9 per cent amounted to a cut in wages once "
            "rising prices were taken into account]]",
            "indirect",
            DOYLE,
            "person",
            "Mr. [[Frank Doyle]], the convener",
            "the convener, [[told]] the meeting",
        ),
        Q(
            "``We are not greedy men,''",
            "direct",
            DOYLE,
            "person",
            "greedy men,'' [[he]] said",
            "greedy men,'' he [[said]]",
        ),
        Q(
            "``We are men who can add up.''",
            "direct",
            DOYLE,
            "person",
            "greedy men,'' [[he]] said",
            "greedy men,'' he [[said]]",
        ),
        Q(
            "Mr. Doyle said [[the stewards would recommend no return to work until the company "
            "agreed to talks on the piecework rates in the trim shop, which he described as "
            "''the oldest grievance in this factory.'']]",
            "mixed",
            DOYLE,
            "person",
            "Mr. [[Doyle]] said the stewards",
            "Mr. Doyle [[said]] the stewards",
        ),
        Q(
            "in Coventry that [[the offer was ''the most the company can pay without putting "
            "jobs at risk.'']]",
            "mixed",
            ASHBY,
            "person",
            "Mr. [[Leonard Ashby]], said",
            "Leonard Ashby, [[said]] in a statement",
        ),
        Q(
            "He added that [[orders for the new Hallam Sovereign saloon were being lost to "
            "foreign competitors every day the line stood idle]]",
            "indirect",
            ASHBY,
            "person",
            "[[He]] added that orders",
            "He [[added]] that orders",
        ),
        Q(
            "``Every car we do not build is a car somebody else sells,''",
            "direct",
            ASHBY,
            "person",
            "else sells,'' Mr. [[Ashby]] told",
            "else sells,'' Mr. Ashby [[told]]",
        ),
        Q(
            "``The men know that as well as I do.''",
            "direct",
            ASHBY,
            "person",
            "else sells,'' Mr. [[Ashby]] told",
            "else sells,'' Mr. Ashby [[told]]",
        ),
        Q(
            "Mr. Ashby said [[there was ''no more money in the pot,'' but that the door to talks "
            "remained open]]",
            "mixed",
            ASHBY,
            "person",
            "offer, Mr. [[Ashby]] said there",
            "offer, Mr. Ashby [[said]] there",
        ),
        Q(
            "``I have never been in trouble in twenty-eight years,''",
            "direct",
            BICKLEY,
            "person",
            "eight years,'' [[he]] said",
            "eight years,'' he [[said]]",
        ),
        Q(
            ("``I was asked to do the job for less money", "That is all there is to it.''"),
            "direct",
            BICKLEY,
            "person",
            "eight years,'' [[he]] said",
            "eight years,'' he [[said]]",
        ),
        Q(
            "Mr. Bickley said [[he had been reinstated on the third day of the strike but that "
            "the men had stayed out ''because the principle had not been settled.'']]",
            "mixed",
            BICKLEY,
            "person",
            "Mr. [[Bickley]] said he had been reinstated",
            "Mr. Bickley [[said]] he had been reinstated",
        ),
        Q(
            "He told the meeting that [[the company had ''tried it on'' before, in 1969 and again "
            "in 1971, and that the men would not be fooled a third time]]",
            "mixed",
            FINCH,
            "person",
            "[[He]] told the meeting that the company",
            "He [[told]] the meeting that the company",
        ),
        Q(
            "He said afterwards that [[he agreed with every word]]",
            "indirect",
            DOYLE,
            "person",
            "[[He]] said afterwards",
            "He [[said]] afterwards",
        ),
        Q(
            "name printed, said [[he had three children and a mortgage and could not hold out "
            "much longer]]",
            "indirect",
            FITTER,
            "anonymous",
            "[[A fitter from the engine plant]], who",
            "name printed, [[said]] he had",
        ),
        Q(
            "``It is all very well for the stewards,''",
            "direct",
            FITTER,
            "anonymous",
            "stewards,'' [[he]] said",
            "stewards,'' he [[said]]",
        ),
        Q(
            "``Some of us are down to our last few pounds.''",
            "direct",
            FITTER,
            "anonymous",
            "stewards,'' [[he]] said",
            "stewards,'' he [[said]]",
        ),
        Q(
            "Kerr, said that [[production of engines at the neighbouring Bradwell Road plant "
            "would stop by the end of the week if the strike went on, putting a further 1,100 "
            "men on short time]]",
            "indirect",
            KERR,
            "person",
            "Mr. [[Desmond Kerr]], said",
            "Desmond Kerr, [[said]] that",
        ),
        Q(
            "Employment, [[14 other motor industry disputes are in progress in the Midlands]]",
            "indirect",
            DOE,
            "organisation",
            "the [[Department of Employment]], 14",
            "[[According to]] the Department",
        ),
        Q(
            "stewards that [[it would make the strike official from Monday, which would entitle "
            "the men to strike pay of £6 a week]]",
            "indirect",
            AUEW,
            "organisation",
            "The [[Amalgamated Union of Engineering Workers]] said",
            "Engineering Workers [[said]] in a telegram",
        ),
        Q(
            "``It shows the union is behind us,''",
            "direct",
            DOYLE,
            "person",
            "behind us,'' [[he]] said",
            "behind us,'' he [[said]]",
        ),
        Q(
            "``and that the company cannot pick us off one shop at a time.''",
            "direct",
            DOYLE,
            "person",
            "behind us,'' [[he]] said",
            "behind us,'' he [[said]]",
        ),
        Q(
            "Mr. Ashby said [[the company regretted the union's decision]]",
            "indirect",
            ASHBY,
            "person",
            "Mr. [[Ashby]] said the company regretted",
            "Mr. Ashby [[said]] the company regretted",
        ),
    ],
}

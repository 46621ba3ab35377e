# The specifications below quote the articles verbatim, typographic marks included.
"""Gold specifications for the round-7 held-out articles wirepolitics_07, archive_07,
court_07 and council_07 (written blind to the detector), merged into build_gold.py's
dictionaries by its main()."""

from __future__ import annotations

from build_gold import Q

# wirepolitics_07
ALLIANCE = "the Progressive Alliance"
OLSSON = "Marit Olsson"
FINMIN = "the Finance Ministry"
DAHL = "Henrik Dahl"
RENEWAL = "National Renewal"
BRANDT = "Tomas Brandt"
WEISS = "Clara Weiss"
FALK = "Ingrid Falk"
LUND = "Anders Lund"
NAO = "National Audit Office"
OFFICIALS = "two officials familiar with the discussions"

# archive_07
BRIGHAM = "Walter Brigham"
WITNESSES = "Witnesses on the quay"
VEALE = "Henry Veale"
PENROSE = "Josiah Penrose"
CADDICK = "Thomas Caddick"
RUDD = "Ellen Rudd"
PENHALLOW = "Arthur Penhallow"
OWNERS = "Gaunt and Hartley"
COASTGUARD = "the coastguard at Skelby"

# court_07
RAO = "Nikhil Rao"
ASHCOMBE = "Lionel Ashcombe"
ODUYA = "Margaret Oduya"
PRYCE = "Gerald Pryce"
GREALISH = "Fiona Grealish"
VOSS = "Helena Voss"
JUROR = "a juror"

# council_07
CALLOWAY = "Ruth Calloway"
BHATT = "Sunita Bhatt"
HARROWER = "Gwen Harrower"
ELLWOOD = "Martin Ellwood"
OSEI = "Derek Osei"
LARCHFIELD = "Larchfield Homes"
KEEGAN = "Moira Keegan"
OPPOSITION = "opposition councillors"
RESIDENTS = "several residents"
COMMITTEE = "the council's planning committee"
GROUPS = "the Liberal Democrat and Green groups"


HELDOUT: dict[str, list[Q]] = {}

ARTICLES: dict[str, list[Q]] = {
    "wirepolitics_07": [
        Q(
            "said on Tuesday [[it would not vote for a 14-billion-crown high-speed rail bill "
            "until the government publishes a new cost estimate]]",
            "indirect",
            ALLIANCE,
            "organisation",
            "[[The Progressive Alliance]], the junior",
            "governing coalition, [[said]] on Tuesday",
        ),
        Q(
            '"We are not going to sign a blank cheque for a railway nobody has costed properly,"',
            "direct",
            OLSSON,
            "person",
            "said [[Marit Olsson]], the party's",
            'properly," [[said]] Marit',
        ),
        Q(
            '"Show us the numbers and we will look at them again."',
            "direct",
            OLSSON,
            "person",
            "said [[Marit Olsson]], the party's",
            'properly," [[said]] Marit',
        ),
        Q(
            "[[The projected cost has since risen from 7.2 billion crowns to as much as 14 "
            "billion]], according to",
            "indirect",
            FINMIN,
            "organisation",
            "figures [[the Finance Ministry]] released",
            "14 billion, [[according to]] figures",
        ),
        Q(
            '"Every big project has a moment like this,"',
            "direct",
            DAHL,
            "person",
            'this," [[he]] told reporters',
            'this," he [[told]] reporters',
        ),
        Q(
            "adding that [[the government \"will not let one bad week derail a generation's "
            'investment."]]',
            "mixed",
            DAHL,
            "person",
            'this," [[he]] told reporters',
            "parliament, [[adding]] that",
        ),
        Q(
            "He said [[the cabinet would meet on Thursday to discuss the figures]]",
            "indirect",
            DAHL,
            "person",
            "[[He]] said the cabinet",
            "He [[said]] the cabinet",
        ),
        Q(
            "has said [[it will vote against the project]]",
            "indirect",
            RENEWAL,
            "organisation",
            "[[National Renewal]], the main",
            "opposition party, has [[said]] it will",
        ),
        Q(
            "told the chamber that [[the line's signalling system alone had been underpriced "
            "by at least 900 million crowns]]",
            "indirect",
            BRANDT,
            "person",
            "[[He]] told the chamber",
            "He [[told]] the chamber",
        ),
        Q(
            'saying [[the original estimate "was written for a press release, not for a budget."]]',
            "mixed",
            BRANDT,
            "person",
            "[[He]] told the chamber",
            "crowns, [[saying]] the original",
        ),
        Q(
            '"The ministry knew this in January,"',
            "direct",
            BRANDT,
            "person",
            'January," [[Brandt]] said',
            'January," Brandt [[said]]',
        ),
        Q(
            '"and it chose not to tell us."',
            "direct",
            BRANDT,
            "person",
            'January," [[Brandt]] said',
            'January," Brandt [[said]]',
        ),
        Q(
            "which, he said, [[would cost 3.1 billion crowns on its own]]",
            "indirect",
            BRANDT,
            "person",
            "which, [[he]] said, would",
            "which, he [[said]], would",
        ),
        Q(
            '[[The 14-billion figure "is an upper limit that includes every contingency,"]] '
            "the ministry said",
            "mixed",
            FINMIN,
            "organisation",
            'contingency," [[the ministry]] said',
            'contingency," the ministry [[said]]',
        ),
        Q(
            'It said [[a revised estimate would be published "within weeks."]]',
            "mixed",
            FINMIN,
            "organisation",
            "[[It]] said a revised",
            "It [[said]] a revised",
        ),
        Q(
            "asking [[why the ministry had waited until after last autumn's regional elections "
            "to release its figures]]",
            "indirect",
            WEISS,
            "person",
            "leader [[Clara Weiss]] accused",
            "voters, [[asking]] why",
        ),
        Q(
            '"If a private company did this, its directors would be in court,"',
            "direct",
            WEISS,
            "person",
            'court," [[Weiss]] said',
            'court," Weiss [[said]]',
        ),
        Q(
            '"Nobody on the committee believed the 7.2 billion number, not even in March."',
            "direct",
            FALK,
            "person",
            "[[Ingrid Falk]], a Civic Union",
            "finance committee, [[said]] so at",
        ),
        Q(
            'says [[the section "carries the highest geological risk of any project in the '
            'national portfolio"]] and recommends',
            "mixed",
            LUND,
            "person",
            "[[Anders Lund]], says",
            "Anders Lund, [[says]] the section",
        ),
        Q(
            "found that [[large rail projects in Norland had overrun their budgets by an "
            "average of 41 percent since 2000]]",
            "indirect",
            NAO,
            "organisation",
            "A [[National Audit Office]] report",
            "last year [[found]] that",
        ),
        Q(
            "[[The cabinet is expected to consider delaying the tunnel section by two years]], "
            "according to two officials",
            "indirect",
            OFFICIALS,
            "anonymous",
            "according to [[two officials familiar with the discussions]]",
            "two years, [[according to]] two officials",
        ),
        Q(
            "Olsson said [[the Alliance would decide its final position at a party meeting on "
            "Friday]]",
            "indirect",
            OLSSON,
            "person",
            "[[Olsson]] said the Alliance",
            "Olsson [[said]] the Alliance",
        ),
        Q(
            'she said: [["Not today. But ask me again on Friday."]]',
            "direct",
            OLSSON,
            "person",
            '[[she]] said: "Not',
            'she [[said]]: "Not',
        ),
    ],
    "archive_07": [
        Q(
            "''We have seen nothing of her since Monday forenoon,''",
            "direct",
            BRIGHAM,
            "person",
            "Mr. [[Walter Brigham]], the harbour",
            "forenoon,'' [[said]] Mr.",
        ),
        Q(
            "''and I will not pretend to the families that the news is good.''",
            "direct",
            BRIGHAM,
            "person",
            "Mr. [[Walter Brigham]], the harbour",
            "forenoon,'' [[said]] Mr.",
        ),
        Q(
            "He said [[the coastguard at Skelby had been asked to keep a watch along the whole "
            "of that coast]]",
            "indirect",
            BRIGHAM,
            "person",
            "[[He]] said the coastguard",
            "He [[said]] the coastguard",
        ),
        Q(
            "declared that [[the sea came over the lighthouse gallery ''like a wall of grey "
            "stone,'']]",
            "mixed",
            WITNESSES,
            "anonymous",
            "[[Witnesses on the quay]] declared",
            "quay [[declared]] that",
        ),
        Q(
            "stated that [[the crews of all three stranded smacks had been brought safely ashore "
            "by two o'clock]]",
            "indirect",
            VEALE,
            "person",
            "Mr. [[Henry Veale]], stated",
            "Veale, [[stated]] that",
        ),
        Q(
            "say only that [[they ''did what was wanted of them, and no more.'']]",
            "mixed",
            VEALE,
            "person",
            "men [[he]] would say",
            "he would [[say]] only",
        ),
        Q(
            "''This town was built by the sea and it will not be beaten by the sea,''",
            "direct",
            PENROSE,
            "person",
            "sea,'' [[he]] told",
            "sea,'' he [[told]] an",
        ),
        Q(
            "''We shall have a new pier head before the herring return in the spring, if I "
            "have to carry the stones myself.''",
            "direct",
            PENROSE,
            "person",
            "sea,'' [[he]] told",
            "sea,'' he [[told]] an",
        ),
        Q(
            "He announced that [[the Corporation would open a relief fund for the families "
            "whose boats were lost or damaged]]",
            "indirect",
            PENROSE,
            "person",
            "[[He]] announced",
            "He [[announced]]",
        ),
        Q(
            "He said [[he had never seen such a sea, not even in the great storm of 1881, when "
            "he was a boy of twelve]]",
            "indirect",
            CADDICK,
            "person",
            "[[He]] said he had never",
            "He [[said]] he had never",
        ),
        Q(
            "''The Star of Hope is a good boat and Captain Rudd is a careful man,''",
            "direct",
            CADDICK,
            "person",
            "man,'' [[he]] said",
            "man,'' he [[said]]",
        ),
        Q(
            "''If any vessel could ride it out, she could.''",
            "direct",
            CADDICK,
            "person",
            "man,'' [[he]] said",
            "man,'' he [[said]]",
        ),
        Q(
            "''He has come home through worse than this,''",
            "direct",
            RUDD,
            "person",
            "this,'' [[she]] said",
            "this,'' she [[said]]",
        ),
        Q(
            "''and he will come home through this.''",
            "direct",
            RUDD,
            "person",
            "this,'' [[she]] said",
            "this,'' she [[said]]",
        ),
        Q(
            "''We do not yet mourn,''",
            "direct",
            PENHALLOW,
            "person",
            "mourn,'' [[he]] reminded",
            "mourn,'' he [[reminded]]",
        ),
        Q(
            "''We wait, and we pray.''",
            "direct",
            PENHALLOW,
            "person",
            "mourn,'' [[he]] reminded",
            "mourn,'' he [[reminded]]",
        ),
        Q(
            "telegraphed last night that [[no word of her had been received at Grimsby or at "
            "Hull]]",
            "indirect",
            OWNERS,
            "organisation",
            "Messrs. [[Gaunt and Hartley]] of Grimsby",
            "of Grimsby, [[telegraphed]] last",
        ),
        Q(
            "reported that [[wreckage had been sighted off Ravensnab Point but could not yet be "
            "identified]]",
            "indirect",
            COASTGUARD,
            "organisation",
            "[[The coastguard at Skelby]] reported",
            "Skelby [[reported]] that",
        ),
        Q(
            ("''To the people of Port Ellerby.", "shall want this winter.''"),
            "direct",
            PENROSE,
            "person",
            "― [[J. Penrose]], Mayor.",
            None,
        ),
    ],
    "court_07": [
        Q(
            "[[An antiques dealer sold at least nine forged landscape paintings to collectors "
            "over six years, some of them his own friends]], a prosecutor",
            "indirect",
            RAO,
            "person",
            "friends, [[a prosecutor]] told",
            "a prosecutor [[told]] Kestrel",
        ),
        Q(
            ("KC said [[the paintings, sold as", "not in the Lake District in 1870.”"),
            "mixed",
            RAO,
            "person",
            "[[Nikhil Rao]] KC said",
            "Rao KC [[said]] the paintings",
        ),
        Q(
            "“This was not a dealer who was fooled,”",
            "direct",
            RAO,
            "person",
            "Mr [[Rao]] told the jury",
            "Mr Rao [[told]] the jury",
        ),
        Q(
            "“This was a dealer who did the fooling.”",
            "direct",
            RAO,
            "person",
            "Mr [[Rao]] told the jury",
            "Mr Rao [[told]] the jury",
        ),
        Q(
            "He said [[Ashcombe had bought canvases of the right age at country auctions, "
            "scraped them back and sold the finished works through his gallery in Marlborough "
            "for between £18,000 and £240,000 each]]",
            "indirect",
            RAO,
            "person",
            "[[He]] said Ashcombe",
            "He [[said]] Ashcombe",
        ),
        Q(
            "told the jury [[he had ‘never once doubted’ the dealer]]",
            "mixed",
            PRYCE,
            "person",
            "[[A retired surgeon]] who paid",
            "highest price [[told]] the jury",
        ),
        Q(
            "74, said [[he had known Ashcombe since the two men sang in the same church choir "
            "in the 1990s]]",
            "indirect",
            PRYCE,
            "person",
            "[[Gerald Pryce]], 74",
            "74, [[said]] he had",
        ),
        Q(
            ("[[“He told me, ‘This one", "and I believed him,”"),
            "direct",
            PRYCE,
            "person",
            "him,” Mr [[Pryce]] said",
            "him,” Mr Pryce [[said]]",
        ),
        Q(
            "“Why wouldn’t I?”",
            "direct",
            PRYCE,
            "person",
            "him,” Mr [[Pryce]] said",
            "him,” Mr Pryce [[said]]",
        ),
        Q(
            "accepted that [[he had never asked for a provenance document]]",
            "indirect",
            PRYCE,
            "person",
            "Mr [[Pryce]] accepted",
            "Pryce [[accepted]] that",
        ),
        Q(
            ("told the court [[her client had himself been deceived", "since his arrest in 2022"),
            "mixed",
            GREALISH,
            "person",
            "Ms [[Grealish]] told the court",
            "Grealish [[told]] the court",
        ),
        Q(
            "“Mr Ashcombe is many things,”",
            "direct",
            GREALISH,
            "person",
            "things,” [[she]] said",
            "things,” she [[said]]",
        ),
        Q(
            "“A forger is not one of them.”",
            "direct",
            GREALISH,
            "person",
            "things,” [[she]] said",
            "things,” she [[said]]",
        ),
        Q(
            "Institute, said [[paint samples from four of the canvases contained titanium white]]",
            "indirect",
            VOSS,
            "person",
            "Dr [[Helena Voss]], a conservation",
            "Hallam Institute, [[said]] paint",
        ),
        Q(
            "[[The pigment was not in general use before the 1920s]], she said",
            "indirect",
            VOSS,
            "person",
            "1920s, [[she]] said",
            "1920s, she [[said]]",
        ),
        Q(
            "“Titanium white in a painting dated 1870 is like a wristwatch in a portrait of "
            "Henry VIII,”",
            "direct",
            VOSS,
            "person",
            "VIII,” [[she]] told",
            "VIII,” she [[told]]",
        ),
        Q(
            "the judge, [[whether the samples had been tested by a second laboratory]]",
            "indirect",
            JUROR,
            "anonymous",
            "[[A juror]] asked",
            "A juror [[asked]]",
        ),
        Q(
            "replied that [[a laboratory in Leiden had confirmed the results independently]]",
            "indirect",
            VOSS,
            "person",
            "Dr [[Voss]] replied",
            "Voss [[replied]] that",
        ),
        Q(
            "“That is simply untrue,”",
            "direct",
            ASHCOMBE,
            "person",
            "[[the 61-year-old]] said",
            "the 61-year-old [[said]]",
        ),
        Q(
            "The judge was blunt: [[“Mr Ashcombe, you will have your turn. Another interruption "
            "and you will follow the rest of this trial from the cells.”]]",
            "direct",
            ODUYA,
            "person",
            "[[The judge]] was blunt",
            "The judge [[was blunt]]",
        ),
        Q(
            ("Mr Rao said [[the Crown would call", "behind the dealer’s house"),
            "mixed",
            RAO,
            "person",
            "Mr [[Rao]] said the Crown",
            "Mr Rao [[said]] the Crown",
        ),
        Q(
            "the judge said [[the trial was expected to last three weeks]]",
            "indirect",
            ODUYA,
            "person",
            "[[the judge]] said the trial",
            "the judge [[said]] the trial",
        ),
    ],
    "council_07": [
        Q(
            "accused [[the ruling group of “selling off the park by the back door.”]]",
            "mixed",
            OPPOSITION,
            "anonymous",
            "which [[opposition councillors]] accused",
            "opposition councillors [[accused]]",
        ),
        Q(
            "said [[the borough had “no honest alternative” with more than 4,100 households on "
            "its waiting list]]",
            "mixed",
            CALLOWAY,
            "person",
            "Mayor [[Ruth Calloway]], the council’s",
            "for housing, [[said]] the borough",
        ),
        Q(
            "“Every councillor in this chamber has a constituent living in one room with three "
            "children,”",
            "direct",
            CALLOWAY,
            "person",
            "children,” [[she]] said",
            "children,” she [[said]]",
        ),
        Q(
            "“I am not prepared to tell them to wait another ten years.”",
            "direct",
            CALLOWAY,
            "person",
            "children,” [[she]] said",
            "children,” she [[said]]",
        ),
        Q(
            ("Bhatt, said [[the council had ignored", "on the depot site alone"),
            "indirect",
            BHATT,
            "person",
            "Councillor [[Sunita Bhatt]], said",
            "Sunita Bhatt, [[said]] the council",
        ),
        Q(
            "“The depot is brownfield. The park is not,”",
            "direct",
            BHATT,
            "person",
            "not,” [[Bhatt]] said",
            "not,” Bhatt [[said]]",
        ),
        Q(
            "“Those are not the same thing, and the cabinet knows it.”",
            "direct",
            BHATT,
            "person",
            "not,” [[Bhatt]] said",
            "not,” Bhatt [[said]]",
        ),
        Q(
            "replied that [[the smaller scheme would deliver only 90 homes, none of them for "
            "social rent]]",
            "indirect",
            CALLOWAY,
            "person",
            "[[Calloway]] replied",
            "Calloway [[replied]]",
        ),
        Q(
            "She said [[Bhatt’s group had backed a similar land swap in 2019]]",
            "indirect",
            CALLOWAY,
            "person",
            "[[She]] said Bhatt’s",
            "She [[said]] Bhatt’s",
        ),
        Q(
            "“She voted for exactly this when her party ran the planning committee,”",
            "direct",
            CALLOWAY,
            "person",
            "committee,” [[she]] said",
            "committee,” she [[said]]",
        ),
        Q(
            "said in its report that [[the loss of parkland would be “more than offset” by a new "
            "pocket park on the depot’s western boundary]]",
            "mixed",
            COMMITTEE,
            "organisation",
            "[[The council’s planning committee]], which",
            "last month, [[said]] in its report",
        ),
        Q(
            "called [[the pocket park “a window box with a bench.”]]",
            "mixed",
            HARROWER,
            "person",
            "councillor [[Gwen Harrower]], whose",
            "the park, [[called]] the pocket",
        ),
        Q(
            ("She said [[flooding on the northern strip", "failure to clear the drains"),
            "indirect",
            HARROWER,
            "person",
            "[[She]] said flooding",
            "She [[said]] flooding",
        ),
        Q(
            "“If the drains had been cleared, there would be no bog to sell,”",
            "direct",
            HARROWER,
            "person",
            "[[the councillor]] added",
            "the councillor [[added]]",
        ),
        Q(
            "“Nobody is concreting over Ashgrove Park,”",
            "direct",
            ELLWOOD,
            "person",
            "Park,” [[he]] said",
            "Park,” he [[said]]",
        ),
        Q(
            "“and ninety-six per cent of it will still be there when my grandchildren are "
            "playing in it.”",
            "direct",
            ELLWOOD,
            "person",
            "Park,” [[he]] said",
            "Park,” he [[said]]",
        ),
        Q(
            "told councillors that [[construction could begin next spring, subject to a legal "
            "agreement with the developer, Larchfield Homes]]",
            "indirect",
            OSEI,
            "person",
            "[[Derek Osei]], told",
            "Osei, [[told]] councillors",
        ),
        Q(
            "in a statement that [[it was “delighted” with the decision and would consult "
            "residents on the design of the play area in the new year]]",
            "mixed",
            LARCHFIELD,
            "organisation",
            "[[The company]] said in a statement",
            "The company [[said]] in a statement",
        ),
        Q(
            ("Park, said [[the group was taking legal advice", "whether to seek a judicial review"),
            "indirect",
            KEEGAN,
            "person",
            "[[Moira Keegan]], who chairs",
            "Ashgrove Park, [[said]] the group",
        ),
        Q(
            "“We lost the vote tonight, but we have not lost the park,”",
            "direct",
            KEEGAN,
            "person",
            "park,” [[she]] told",
            "park,” she [[told]]",
        ),
        Q(
            "as they left that [[the decision had been made long before Wednesday’s meeting]]",
            "indirect",
            RESIDENTS,
            "anonymous",
            "[[Several residents]] said",
            "Several residents [[said]]",
        ),
        Q(
            "groups said [[they would ask the council’s scrutiny committee to “call in” the "
            "decision]]",
            "mixed",
            GROUPS,
            "group",
            "[[the Liberal Democrat and Green groups]] said",
            "Green groups [[said]] they",
        ),
    ],
}

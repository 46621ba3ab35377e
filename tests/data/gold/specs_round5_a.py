# The specifications below quote the articles verbatim, typographic marks included.
"""Gold specifications for trial_05 and ai_hearing_05 (held out until scored in round 5),
merged into build_gold.py's dictionaries."""

from __future__ import annotations

from build_gold import Q

# trial_05
ROURKE = "Tyler Rourke"
WHITFIELD = "Dana Whitfield"
OSEI = "Kevin Osei"
ELLERY = "Margaret Ellery"
BRENNAN = "Laura Brennan"
GERALD = "Gerald Marsh"
DUNLEAVY = "Marcus Dunleavy"
JUROR = "a juror excused Monday because of a family emergency"
PROSECUTOR_OFFICE = "Calloway County Prosecutor's Office"

# ai_hearing_05
CARROW = "Helen Carrow"
NAIR = "Priyanka Nair"
THACKERAY = "Owen Thackeray"
PITT = "Graham Pitt"
ADEBAYO = "Ruth Adebayo-Lind"
OKORO = "Samuel Okoro"
HALE = "Jonathan Hale"
ORW = "Open Rights Watch"
DEPARTMENT = "Department for Science and Digital Innovation"
LOBBYIST = "a lobbyist for several large US technology firms"


ARTICLES: dict[str, list[Q]] = {
    "trial_05": [
        Q(
            "told jurors Tuesday that [[he warned the building’s owner about rotting beams "
            "months before the accident]]",
            "indirect",
            ROURKE,
            "person",
            "[[A contractor]] charged in the death",
            "collapsed [[told]] jurors",
        ),
        Q(
            "Prosecutors say [[he covered decayed joists with new decking instead of replacing "
            "them]]",
            "indirect",
            "Prosecutors",
            "anonymous",
            "[[Prosecutors]] say he covered",
            "Prosecutors [[say]] he covered",
        ),
        Q(
            'Rourke insisted [[he had "never cut a corner in 16 years" and that the owner '
            "refused to pay for new supports]]",
            "mixed",
            ROURKE,
            "person",
            "[[Rourke]] insisted",
            "Rourke [[insisted]]",
        ),
        Q(
            "“I told him the wood was soft. I showed him with a screwdriver,”",
            "direct",
            ROURKE,
            "person",
            "screwdriver,” [[Rourke]] testified",
            "Rourke [[testified]]",
        ),
        Q(
            "“He said, ‘Paint it and move on.’”",
            "direct",
            ROURKE,
            "person",
            "screwdriver,” [[Rourke]] testified",
            "Rourke [[testified]]",
        ),
        Q(
            ('She asked: [["If you knew those beams', 'the job was done?"'),
            "direct",
            WHITFIELD,
            "person",
            "[[She]] asked:",
            "She [[asked]]:",
        ),
        Q(
            '"Because the job he paid for was done,"',
            "direct",
            ROURKE,
            "person",
            "the 38-year-old",
            "the 38-year-old [[replied]]",
        ),
        Q(
            "Rourke conceded that [[he never applied for a city permit for the repair]]",
            "indirect",
            ROURKE,
            "person",
            "[[Rourke]] conceded",
            "Rourke [[conceded]]",
        ),
        Q(
            ("Osei noted that [[two of the four joists", "“still shiny.”"),
            "mixed",
            OSEI,
            "person",
            "[[Osei]] noted",
            "Osei [[noted]]",
        ),
        Q(
            "“This is a courtroom, not a town hall,”",
            "direct",
            ELLERY,
            "person",
            "town hall,” [[the judge]] said",
            "the judge [[said]]",
        ),
        Q(
            "“The next outburst clears the gallery.”",
            "direct",
            ELLERY,
            "person",
            "town hall,” [[the judge]] said",
            "the judge [[said]]",
        ),
        Q(
            "saying [[the remark was ‘fair comment on the evidence.’]]",
            "mixed",
            ELLERY,
            "person",
            "[[She]] refused",
            "refused, [[saying]]",
        ),
        Q(
            ('told reporters [[her client had been made "the face', "belongs to a lot of people"),
            "mixed",
            BRENNAN,
            "person",
            "[[Brennan]] told reporters",
            "Brennan [[told]] reporters",
        ),
        Q(
            ("She added that [[the building's owner, Harold Pike,", "was not expected to testify"),
            "indirect",
            BRENNAN,
            "person",
            "people. [[She]] added",
            "She [[added]] that the building",
        ),
        Q(
            'he said [[he comes "so she is in the room."]]',
            "mixed",
            GERALD,
            "person",
            "recess [[he]] said",
            "recess he [[said]]",
        ),
        Q(
            '"People keep talking about beams and invoices and screws,"',
            "direct",
            GERALD,
            "person",
            'screws," [[Marsh]] said',
            'screws," Marsh [[said]]',
        ),
        Q(
            ('[["My daughter went out', 'except me."'),
            "direct",
            GERALD,
            "person",
            'screws," [[Marsh]] said',
            'screws," Marsh [[said]]',
        ),
        Q(
            ("[[The panel took “pages and pages”", "the inspector’s testimony]], according to"),
            "mixed",
            JUROR,
            "anonymous",
            "according to [[a juror excused Monday because of a family emergency]]",
            "testimony, [[according to]]",
        ),
        Q(
            ("underway, said [[the others seemed split", "bore more of the blame"),
            "indirect",
            JUROR,
            "anonymous",
            "[[The juror]], who spoke",
            "underway, [[said]] the others",
        ),
        Q(
            "“Jurors could get the case as early as Thursday afternoon,”",
            "direct",
            DUNLEAVY,
            "person",
            "said [[Marcus Dunleavy]]",
            "afternoon,” [[said]] Marcus",
        ),
        Q(
            "He said [[Ellery would read the jury instructions herself]]",
            "indirect",
            DUNLEAVY,
            "person",
            "[[He]] said Ellery",
            "He [[said]] Ellery",
        ),
        Q(
            "in a statement that [[it would not comment on testimony while the trial continues]]",
            "indirect",
            PROSECUTOR_OFFICE,
            "organisation",
            "The [[Calloway County Prosecutor’s Office]] said",
            "Office [[said]] in a statement",
        ),
    ],
    "ai_hearing_05": [
        Q(
            "Tuesday that [[a proposed duty to test powerful AI systems before release would "
            "push research overseas]]",
            "indirect",
            "Technology companies",
            "anonymous",
            "[[Technology companies]] told MPs",
            "companies [[told]] MPs",
        ),
        Q(
            "campaigners warned that [[the draft law does too little to protect the public]]",
            "indirect",
            "campaigners",
            "anonymous",
            "[[campaigners]] warned",
            "campaigners [[warned]]",
        ),
        Q(
            "[[About 40 companies would have to register in the first year]], according to",
            "indirect",
            DEPARTMENT,
            "organisation",
            "according to [[the Department for Science and Digital Innovation]]",
            "year, [[according to]]",
        ),
        Q(
            'said [[the bill had been "drafted in a hurry and lobbied at leisure"]]',
            "mixed",
            CARROW,
            "person",
            "Dame [[Helen Carrow]], said",
            "Carrow, [[said]] the bill",
        ),
        Q(
            ("[[“We have had eleven months", "their training data,”"),
            "direct",
            CARROW,
            "person",
            "data,” [[the chair]] said",
            "data,” the chair [[said]]",
        ),
        Q(
            "“That balance has to change.”",
            "direct",
            CARROW,
            "person",
            "data,” [[the chair]] said",
            "data,” the chair [[said]]",
        ),
        Q(
            "the committee [[her company backed registration but that a 24-hour shutdown duty was "
            '"technically naive"]]',
            "mixed",
            NAIR,
            "person",
            "[[Priyanka Nair]], head",
            "Lumora AI, [[told]] the committee",
        ),
        Q(
            ('[["You cannot recall a model', 'theirs, not ours,"'),
            "direct",
            NAIR,
            "person",
            "[[the witness]] said",
            "the witness [[said]]",
        ),
        Q(
            "“If this bill passes as drafted, will Castellan move its laboratory out of Britain?”",
            "direct",
            PITT,
            "person",
            "MP [[Graham Pitt]] asked",
            "Pitt [[asked]] him",
        ),
        Q(
            ("He replied: [[“We would have to look", "our investors read bills too.”"),
            "direct",
            THACKERAY,
            "person",
            "[[He]] replied:",
            "He [[replied]]:",
        ),
        Q(
            "conceded that [[Castellan had not yet commissioned an independent audit of its "
            "newest model]]",
            "indirect",
            THACKERAY,
            "person",
            "[[Thackeray]] conceded",
            "Thackeray [[conceded]]",
        ),
        Q(
            'and said [[the company would publish one "within the year"]]',
            "mixed",
            THACKERAY,
            "person",
            "[[Thackeray]] conceded",
            "model, and [[said]] the company",
        ),
        Q(
            'notes, said [[both companies were arguing against "a bill that does not exist"]]',
            "mixed",
            ADEBAYO,
            "person",
            "Professor [[Ruth Adebayo-Lind]], of",
            "notes, [[said]] both",
        ),
        Q(
            "She noted that [[the testing duty applies only to systems trained with more "
            "computing power than any British firm uses]]",
            "indirect",
            ADEBAYO,
            "person",
            "[[She]] noted that the testing",
            "She [[noted]] that the testing",
        ),
        Q(
            ("[[“What the companies are describing", "drive the industry overseas,”"),
            "direct",
            ADEBAYO,
            "person",
            "[[the professor]] told MPs",
            "the professor [[told]] MPs",
        ),
        Q(
            'she said [[the regulator would need "at least ten times" the 60 posts the '
            "government has promised]]",
            "mixed",
            ADEBAYO,
            "person",
            "staffing, [[she]] said",
            "staffing, she [[said]]",
        ),
        Q(
            "in written evidence that [[the bill contains “not a single enforceable right” for "
            "people wrongly identified by facial recognition systems]]",
            "mixed",
            ORW,
            "organisation",
            "group [[Open Rights Watch]] said",
            "Watch [[said]] in written",
        ),
        Q(
            'warned that [[police forces were already buying "tools that no court has ever '
            "examined]]",
            "mixed",
            OKORO,
            "person",
            "[[Samuel Okoro]], warned",
            "Okoro, [[warned]]",
        ),
        Q(
            "“Parliament is being asked to regulate the engine and ignore the road,”",
            "direct",
            OKORO,
            "person",
            "road,” [[Okoro]] told",
            "Okoro [[told]] the committee",
        ),
        Q(
            ('he wrote that [[the government "will not let', 'evidence from industry"'),
            "mixed",
            HALE,
            "person",
            "[[he]] wrote",
            "he [[wrote]]",
        ),
        Q(
            ("private, said [[the companies expected the shutdown clause", 'before report stage"'),
            "mixed",
            LOBBYIST,
            "anonymous",
            "[[A lobbyist for several large US technology firms]], who",
            "private, [[said]] the companies",
        ),
        Q(
            ('[["Nobody in Whitehall', 'appointment system,"'),
            "direct",
            LOBBYIST,
            "anonymous",
            "[[the lobbyist]] said",
            "the lobbyist [[said]]",
        ),
    ],
}

HELDOUT: dict[str, list[Q]] = {}

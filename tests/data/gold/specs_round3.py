# The specifications below quote the articles verbatim, typographic marks included.
"""Gold specifications for courts_02, sport_02, un_02 and science_02 (held out until
scored in round 3), merged into build_gold.py's dictionaries."""

from __future__ import annotations

from build_gold import Q

# courts_02
ACHTERBERG = "Miriam Achterberg"
OSHAUGHNESSY = "Helen O'Shaughnessy"
DE_LA_CRUZ = "Ruth de la Cruz"
PELLOW = "Gareth Pellow"
LUCIA = "Lucia Ferreira"
YAW = "Yaw Asante-Boadu"
CHLOE = "Chloe Pellow"

# sport_02
MENSAH = "Jayden Mensah-Clarke"
VAN_DER_MEULEN = "Bram van der Meulen"
HENDRY = "Tom Hendry"
ESTEVES = "Paulo Esteves"
MIKHAILOV = "Viktor Mikhailov"
SAEKI = "Haruto Saeki"

# un_02
CHO = "Cho Hyun-woo"
KESSLER = "Dorothy Kessler-Ward"
MORIOKA = "Takeshi Morioka"
KIRSANOV = "Anatoly Kirsanov"
GENG = "Geng Weiming"
RI = "Ri Chol-jin"
AL_MANSOURI = "Farah Al-Mansouri"
SHIN = "Shin Ye-rin"
SABLIN = "Igor Sablin"
TEN_MEMBERS = (
    "ten council members including South Korea, the United States, Japan, France and the "
    "United Kingdom"
)

# science_02
LLEWELLYN = "Siân Llewellyn-Price"
ZHANG = "Zhang Wenli"
SOLBERG = "Ingrid Solberg"
ADEYEMI = "Rachel Adeyemi"

ARTICLES: dict[str, list[Q]] = {
    "courts_02": [
        Q(
            'said [[Pellow had "gambled with other men’s lives to save a few thousand pounds."]]',
            "mixed",
            ACHTERBERG,
            "person",
            "Judge [[Miriam Achterberg]] said",
            "Achterberg [[said]] Pellow",
        ),
        Q(
            "“You knew the wall ties were missing. You were told twice, in writing. You chose to "
            "do nothing,”",
            "direct",
            ACHTERBERG,
            "person",
            "nothing,” [[the judge]] told",
            "the judge [[told]] him",
        ),
        Q(
            "“That is not an accident,”",
            "direct",
            ACHTERBERG,
            "person",
            "accident,” [[she]] said",
            "accident,” she [[said]]",
        ),
        Q(
            "“That is a decision.”",
            "direct",
            ACHTERBERG,
            "person",
            "accident,” [[she]] said",
            "accident,” she [[said]]",
        ),
        Q(
            ("jurors during the trial that [[Pellow had ignored", 'already three weeks behind"'),
            "mixed",
            OSHAUGHNESSY,
            "person",
            "Prosecutor [[Helen O’Shaughnessy]] KC",
            "KC [[told]] jurors",
        ),
        Q(
            "she said [[the sentence “reflects the gravity of what happened, even though no "
            "sentence can bring Tiago and Kwame back.”]]",
            "mixed",
            OSHAUGHNESSY,
            "person",
            "On Friday [[she]] said",
            "On Friday she [[said]]",
        ),
        Q(
            ("the court that [[her client was “a broken man”", "since the day it happened.”"),
            "mixed",
            DE_LA_CRUZ,
            "person",
            "[[Ruth de la Cruz]], defending",
            "sentence, [[telling]] the court",
        ),
        Q(
            '"He has never tried to hide from this,"',
            "direct",
            DE_LA_CRUZ,
            "person",
            'Ms [[de la Cruz]] said. "He went',
            'Ms de la Cruz [[said]]. "He went',
        ),
        Q(
            '"He went to both funerals. He stood at the back. Nobody asked him to."',
            "direct",
            DE_LA_CRUZ,
            "person",
            'Ms [[de la Cruz]] said. "He went',
            'Ms de la Cruz [[said]]. "He went',
        ),
        Q(
            ("the 52-year-old insisted [[he had never seen", "he said he “rarely checked”"),
            "mixed",
            PELLOW,
            "person",
            "[[the 52-year-old]] insisted",
            "the 52-year-old [[insisted]]",
        ),
        Q(
            "The judge said [[she did not accept that account]]",
            "indirect",
            ACHTERBERG,
            "person",
            "[[The judge]] said she",
            "The judge [[said]] she",
        ),
        Q(
            "She described [[the site as “an accident waiting to happen, and then it happened]]",
            "mixed",
            ACHTERBERG,
            "person",
            "[[She]] described the site",
            "She [[described]] the site",
        ),
        Q(
            "shouted [[“Shame!”]]",
            "direct",
            "a man in the public gallery",
            "anonymous",
            "[[A man in the public gallery]]",
            "gallery [[shouted]]",
        ),
        Q(
            ("wrote: [[“I sent my son to work.", "where I am standing.”"),
            "direct",
            LUCIA,
            "person",
            "mother, [[Lucia Ferreira]], wrote",
            "Ferreira, [[wrote]]:",
        ),
        Q(
            "outside court that [[the family felt “some relief, but no joy.”]]",
            "mixed",
            YAW,
            "person",
            "brother, [[Yaw Asante-Boadu]], said",
            "Asante-Boadu, [[said]] outside",
        ),
        Q(
            "“Six years. Kwame was 31,”",
            "direct",
            YAW,
            "person",
            "31,” [[the brother]] said",
            "the brother [[said]]",
        ),
        Q(
            "“You do the maths.”",
            "direct",
            YAW,
            "person",
            "31,” [[the brother]] said",
            "the brother [[said]]",
        ),
        Q(
            ("Thursday night that [[her father was", "had paid for both funerals"),
            "mixed",
            CHLOE,
            "person",
            "daughter, [[Chloe]], posted",
            "Chloe, [[posted]] on",
        ),
        Q(
            ("industry, said [[crews were routinely told", "when a job was running late"),
            "indirect",
            "a former Pellow Access scaffolder",
            "anonymous",
            "[[A former Pellow Access scaffolder]]",
            "industry, [[said]] crews",
        ),
        Q(
            ("Safety Authority, [[falls from height killed", "more than any other cause"),
            "indirect",
            "Construction Safety Authority",
            "organisation",
            "According to [[the Construction Safety Authority]]",
            "[[According to]] the Construction",
        ),
        Q(
            "authority said [[the case should be “a warning to every contractor who treats "
            "safety paperwork as optional”]]",
            "mixed",
            "a spokesperson for the authority",
            "anonymous",
            "[[A spokesperson for the authority]]",
            "the authority [[said]] the case",
        ),
        Q(
            "de la Cruz said [[her client would “carefully consider” an appeal against the "
            "sentence]]",
            "mixed",
            DE_LA_CRUZ,
            "person",
            "court, [[de la Cruz]] said",
            "de la Cruz [[said]] her client",
        ),
    ],
    "sport_02": [
        Q(
            "“I just closed my eyes and hit it,”",
            "direct",
            MENSAH,
            "person",
            "hit it,” [[Mensah-Clarke]] said",
            "hit it,” Mensah-Clarke [[said]]",
        ),
        Q(
            "“My mum’s going to kill me for the celebration.”",
            "direct",
            MENSAH,
            "person",
            "hit it,” [[Mensah-Clarke]] said",
            "hit it,” Mensah-Clarke [[said]]",
        ),
        Q(
            ("van der Meulen said [[he had told the teenager", 'had "done exactly that"'),
            "mixed",
            VAN_DER_MEULEN,
            "person",
            "Bram van der Meulen",
            "Meulen [[said]] he had",
        ),
        Q(
            '"He’s got no fear. Sometimes that’s a problem in training, today it was the '
            'difference,"',
            "direct",
            VAN_DER_MEULEN,
            "person",
            "added [[van der Meulen]], whose",
            'difference," [[added]] van',
        ),
        Q(
            "quipped: [[“Every Monday.”]]",
            "direct",
            VAN_DER_MEULEN,
            "person",
            "[[the Dutchman]] quipped",
            "the Dutchman [[quipped]]",
        ),
        Q(
            "“We’ve had a lot of stick these last few weeks, and fair enough,”",
            "direct",
            HENDRY,
            "person",
            "said [[Hendry]], the Rovers",
            "enough,” [[said]] Hendry",
        ),
        Q(
            "“Tonight the lads showed what this club is about.”",
            "direct",
            HENDRY,
            "person",
            "said [[Hendry]], the Rovers",
            "enough,” [[said]] Hendry",
        ),
        Q(
            "“If that is a handball, then football is a different sport now,”",
            "direct",
            ESTEVES,
            "person",
            "now,” [[he]] told",
            "now,” he [[told]]",
        ),
        Q(
            '"I have watched it ten times. The arm is by his side. Ten times!"',
            "direct",
            ESTEVES,
            "person",
            "now,” [[he]] told",
            "now,” he [[told]]",
        ),
        Q(
            ("He said [[he would not comment on referee", 'keep my job"'),
            "mixed",
            ESTEVES,
            "person",
            "[[He]] said he would not",
            "He [[said]] he would not",
        ),
        Q(
            ("but added that [[the league’s referees’ body", 'at the very least"'),
            "mixed",
            ESTEVES,
            "person",
            "[[He]] said he would not",
            "but [[added]] that the league",
        ),
        Q(
            "The Portuguese conceded that [[his side had “switched off” for the second equaliser]]",
            "mixed",
            ESTEVES,
            "person",
            "[[The Portuguese]] conceded",
            "The Portuguese [[conceded]]",
        ),
        Q(
            "and said [[Osei had been left “completely alone, which at this level is a crime.”]]",
            "mixed",
            ESTEVES,
            "person",
            "[[The Portuguese]] conceded",
            "equaliser and [[said]] Osei",
        ),
        Q(
            ("Panel said [[the on-field decision", "“unnaturally bigger”"),
            "mixed",
            "Premier Division Referees' Panel",
            "organisation",
            "the [[Premier Division Referees’ Panel]] said",
            "Panel [[said]] the on-field",
        ),
        Q(
            ("on X that [[he was “sorry to the fans”", "with my arm, cut it off?”"),
            "mixed",
            MIKHAILOV,
            "person",
            "[[Mikhailov]], 24, wrote",
            "24, [[wrote]] on X",
        ),
        Q(
            "interpreter, said [[City had “lost concentration for five minutes and paid for it "
            "twice.”]]",
            "mixed",
            SAEKI,
            "person",
            "[[Saeki]], speaking through",
            "interpreter, [[said]] City",
        ),
        Q(
            "Instagram: [[“Hurts. Proud of the boys. We go again Wednesday.”]]",
            "direct",
            SAEKI,
            "person",
            "[[The Japan international]] later",
            "later [[posted]] on Instagram",
        ),
        Q(
            ("dressing room said [[several players had", "calmed down by staff"),
            "mixed",
            "a source close to the City dressing room",
            "anonymous",
            "[[A source close to the City dressing room]]",
            "dressing room [[said]] several",
        ),
        Q(
            "MatchMetrics, [[Mensah-Clarke is the youngest player to score a league winner for "
            "Rovers since 1998]]",
            "indirect",
            "MatchMetrics",
            "organisation",
            "data firm [[MatchMetrics]]",
            "[[According to]] data firm",
        ),
    ],
    "un_02": [
        Q(
            ("(local time), [[the Security Council convened", "France and the United Kingdom"),
            "indirect",
            "UN",
            "organisation",
            "According to [[the UN]] on the 21st",
            "[[According to]] the UN",
        ),
        Q(
            ("Cho Hyun-woo said, [[“North Korea’s launch", "international peace and security.”"),
            "direct",
            CHO,
            "person",
            "to the UN [[Cho Hyun-woo]] said",
            "Cho Hyun-woo [[said]],",
        ),
        Q(
            "“The silence of this Council is being read in Pyongyang as permission.”",
            "direct",
            CHO,
            "person",
            "[[He]] added, “The silence",
            "He [[added]], “The silence",
        ),
        Q(
            ("pointed out that [[since the Panel", "reported violations to the Council"),
            "indirect",
            CHO,
            "person",
            "Ambassador [[Cho]] also pointed",
            "Cho also [[pointed out]] that",
        ),
        Q(
            ("[[This Council has handed Pyongyang", "range of the next missile."),
            "direct",
            KESSLER,
            "person",
            "[[Dorothy Kessler-Ward]], U.S. Deputy",
            None,
        ),
        Q(
            ("saying that [[the two countries were", "consequences of its actions.”"),
            "mixed",
            KESSLER,
            "person",
            "Deputy Ambassador [[Kessler-Ward]] also",
            "by name, [[saying]] that",
        ),
        Q(
            ("Morioka said that [[the missile’s flight path", "used by Japanese fishing boats"),
            "indirect",
            MORIOKA,
            "person",
            "Ambassador [[Takeshi Morioka]] said",
            "Morioka [[said]] that",
        ),
        Q(
            "“We will not accept a situation in which launches like this become routine.”",
            "direct",
            MORIOKA,
            "person",
            "Ambassador [[Takeshi Morioka]] said",
            "and [[stressed]], “We",
        ),
        Q(
            ("Kirsanov argued that [[the launch was", "of the United States and South Korea"),
            "mixed",
            KIRSANOV,
            "person",
            "Ambassador [[Anatoly Kirsanov]] argued",
            "Kirsanov [[argued]] that",
        ),
        Q(
            ("He said, [[“Those who surround", "when Pyongyang responds.”"),
            "direct",
            KIRSANOV,
            "person",
            "[[He]] said, “Those",
            "He [[said]], “Those",
        ),
        Q(
            ("also said that [[“pressure and sanctions", "dialogue “without preconditions.”"),
            "mixed",
            GENG,
            "person",
            "Ambassador [[Geng Weiming]] also",
            "Weiming also [[said]] that",
        ),
        Q(
            ("claimed that [[the launch was “a legitimate", "threat to neighboring countries.”"),
            "mixed",
            RI,
            "person",
            "Ambassador [[Ri Chol-jin]], who",
            "party concerned, [[claimed]] that",
        ),
        Q(
            ("envoy said, [[“The DPRK will never", "item on the menu.”"),
            "direct",
            RI,
            "person",
            "[[The envoy]] said",
            "The envoy [[said]]",
        ),
        Q(
            ("[[“We call on all Member States", "violations without delay,”"),
            "direct",
            TEN_MEMBERS,
            "group",
            "delay,” [[ten council members including South Korea, the United States, Japan, "
            "France and the United Kingdom]] said",
            "United Kingdom [[said]] in a joint",
        ),
        Q(
            "“The door to dialogue remains open,”",
            "direct",
            CHO,
            "person",
            "open,” [[Hyun-woo Cho]] told",
            "Hyun-woo Cho [[told]] reporters",
        ),
        Q(
            "“but it cannot be opened with missiles.”",
            "direct",
            CHO,
            "person",
            "open,” [[Hyun-woo Cho]] told",
            "Hyun-woo Cho [[told]] reporters",
        ),
        Q(
            "TASS that [[Washington was “using the Council as a megaphone for its own military "
            "planning.”]]",
            "mixed",
            KIRSANOV,
            "person",
            "[[Anatoliy Kirsanov]] later",
            "later [[told]] TASS",
        ),
        Q(
            "Novosti that [[Russia would veto any new sanctions resolution “in any form.”]]",
            "mixed",
            SABLIN,
            "person",
            "Minister [[Igor Sablin]] told",
            "Sablin [[told]] RIA",
        ),
        Q(
            "Al-Mansouri said that [[the Secretary-General “strongly condemns” the launch]]",
            "mixed",
            AL_MANSOURI,
            "person",
            "spokesperson [[Farah Al-Mansouri]] said",
            "Al-Mansouri [[said]] that",
        ),
        Q(
            "urged [[Pyongyang to “immediately desist from any further provocative actions.”]]",
            "mixed",
            AL_MANSOURI,
            "person",
            "spokesperson [[Farah Al-Mansouri]] said",
            "and [[urged]] Pyongyang",
        ),
        Q(
            ("Studies analyzed that [[“as long as Russia", "a stage, not a referee.”"),
            "mixed",
            SHIN,
            "person",
            "Professor [[Shin Ye-rin]] of",
            "Studies [[analyzed]] that",
        ),
    ],
    "science_02": [
        Q(
            ("[[Seagrass meadows off the west coast", "as previously estimated"),
            "indirect",
            "researchers at the Cardigan Bay Marine Institute",
            "anonymous",
            "according to [[researchers at the Cardigan Bay Marine Institute]]",
            "estimated, [[according to]] researchers",
        ),
        Q(
            "“For years we have been measuring the top 30 centimetres and assuming that was the "
            "whole story,”",
            "direct",
            LLEWELLYN,
            "person",
            "story,” [[Llewellyn-Price]] said",
            "story,” Llewellyn-Price [[said]]",
        ),
        Q(
            "“It turns out the story goes down at least a metre.”",
            "direct",
            LLEWELLYN,
            "person",
            "story,” [[Llewellyn-Price]] said",
            "story,” Llewellyn-Price [[said]]",
        ),
        Q(
            ("Herald: [[“When the first deep cores", "given them credit for.”"),
            "direct",
            LLEWELLYN,
            "person",
            "[[She]] told the Herald",
            "She [[told]] the Herald",
        ),
        Q(
            ("institute, said [[radiocarbon dating showed", "800 and 2,000 years old"),
            "indirect",
            ZHANG,
            "person",
            "Dr [[Zhang Wenli]], a geochemist",
            "institute, [[said]] radiocarbon",
        ),
        Q(
            '"That carbon has been locked away since before the Normans,"',
            "direct",
            ZHANG,
            "person",
            'Normans," [[Zhang]] quipped',
            'Normans," Zhang [[quipped]]',
        ),
        Q(
            ("in a statement that [[the findings “strengthen", "critical climate infrastructure.”"),
            "mixed",
            "Marine Futures Trust",
            "organisation",
            "the [[Marine Futures Trust]], which said",
            "which [[said]] in a statement",
        ),
        Q(
            "called [[the work “careful and long overdue.”]]",
            "mixed",
            SOLBERG,
            "person",
            "Prof. [[Ingrid Solberg]], a marine",
            "research, [[called]] the work",
        ),
        Q(
            '"The sampling is the real strength of this paper,"',
            "direct",
            SOLBERG,
            "person",
            'paper," [[she]] said',
            'paper," she [[said]]',
        ),
        Q(
            '"Two hundred cores is not a pilot study."',
            "direct",
            SOLBERG,
            "person",
            'paper," [[she]] said',
            'paper," she [[said]]',
        ),
        Q(
            "The professor added that [[similar deep stores had probably been missed in "
            "Scandinavian meadows too]]",
            "indirect",
            SOLBERG,
            "person",
            "[[The professor]] added",
            "The professor [[added]]",
        ),
        Q(
            ("warned that [[much of the deep carbon", "by the seagrass itself"),
            "indirect",
            ADEYEMI,
            "person",
            "Dr [[Rachel Adeyemi]], a biogeochemist",
            "Laboratory, [[warned]] that",
        ),
        Q(
            "“If a river dumped that carbon there, the seagrass doesn’t get the credit,”",
            "direct",
            ADEYEMI,
            "person",
            "credit,” [[Adeyemi]] said",
            "credit,” Adeyemi [[said]]",
        ),
        Q(
            "“and you certainly can’t sell it as an offset.”",
            "direct",
            ADEYEMI,
            "person",
            "credit,” [[Adeyemi]] said",
            "credit,” Adeyemi [[said]]",
        ),
        Q(
            ("She noted that [[the team had not dated", "needed to rule that out"),
            "indirect",
            ADEYEMI,
            "person",
            "[[She]] noted that",
            "She [[noted]] that",
        ),
        Q(
            "Llewellyn-Price conceded that [[river input “could account for some of it”]]",
            "mixed",
            LLEWELLYN,
            "person",
            "[[Llewellyn-Price]] conceded",
            "Llewellyn-Price [[conceded]]",
        ),
        Q(
            "but insisted [[the pattern held even in sheltered bays with no river nearby]]",
            "indirect",
            LLEWELLYN,
            "person",
            "[[Llewellyn-Price]] conceded",
            "but [[insisted]] the pattern",
        ),
        Q(
            "credits, said [[it “welcomed any research” that improved carbon accounting]]",
            "mixed",
            "BlueLedger",
            "organisation",
            "[[BlueLedger]], a London",
            "credits, [[said]] it",
        ),
        Q(
            "Government said [[ministers would “consider the findings carefully”]]",
            "mixed",
            "a spokesperson for the Welsh Government",
            "anonymous",
            "[[A spokesperson for the Welsh Government]]",
            "Welsh Government [[said]] ministers",
        ),
        Q(
            ("named, said [[the dating work was", "I have seen on seagrass.”"),
            "mixed",
            "one of the paper's peer reviewers",
            "anonymous",
            "[[One of the paper’s peer reviewers]]",
            "named, [[said]] the dating",
        ),
        Q(
            "Llewellyn-Price said [[the team had applied for funding to repeat the survey in "
            "Scotland and Ireland]]",
            "indirect",
            LLEWELLYN,
            "person",
            "[[Llewellyn-Price]] said the team had applied",
            "Llewellyn-Price [[said]] the team had applied",
        ),
        Q(
            '"The next step is Scotland,"',
            "direct",
            LLEWELLYN,
            "person",
            'Scotland," [[she]] wrote',
            'Scotland," she [[wrote]]',
        ),
    ],
}

HELDOUT: dict[str, list[Q]] = {}

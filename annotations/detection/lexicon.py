"""Word lists the rules consult: reporting cues, titles, source nouns, first names.

The lists are open-ended by design: a cue is recognised by its lemma *and* its
dependency structure (a clausal complement, a quotation next to it), so a word here
only makes a token a candidate.
"""

from __future__ import annotations


def word_set(text: str) -> frozenset[str]:
    """The whitespace-separated words of a block of text."""
    return frozenset(text.split())


# Verbs of saying, writing, thinking aloud and claiming (lemmas).
SPEECH_VERBS = word_set(
    """
    say tell add explain note warn argue stress claim deny mention advise announce urge
    accuse call describe lambaste denounce react comment write state insist suggest
    report confirm acknowledge admit assert contend maintain allege reply respond answer
    retort counter emphasise emphasize underline underscore point observe remark declare
    proclaim testify recall reveal disclose concede caution complain criticise criticize
    propose recommend demand ask question tweet post joke quip shout yell whisper scream
    exclaim reiterate repeat vow pledge promise threaten predict forecast speculate
    protest lament bemoan boast brag hint imply estimate blame agree disagree dispute
    conclude recount recollect continue elaborate clarify summarise summarize
    characterise characterize brand label dub term muse wonder ponder reflect reckon
    surmise posit theorise theorize affirm aver swear assure reassure inform notify
    alert remind hammer slam blast fume snap thunder scoff sneer grumble confide recognise
    recognize judge plead rail chide scold rebuke bristle vent lament
    """
)

# Cues that only count when their complement holds a quotation (verbatim fragment):
# "called the vote “regrettable”", "blames Chinese plane “Wantful” harassment".
FRAGMENT_ONLY_VERBS = word_set(
    """
    call describe brand label dub term characterise characterize blame accuse criticise
    criticize denounce lambaste praise
    """
)

# Verbs whose infinitival complement is what was said ("claims to have begun", "vowed to").
XCOMP_VERBS = word_set(
    """
    claim deny vow pledge promise threaten urge ask demand insist agree refuse
    """
)

# Verbs whose "that"-less clausal complement is reported speech only after an object:
# "told Reuters (that) ...", "warned lawmakers ...".
OBJECT_VERBS = word_set(
    """
    tell inform remind assure reassure warn notify alert advise
    """
)

# Nouns that turn "expressed concern that ..." into a reporting cue.
CUE_NOUNS = word_set(
    """
    concern fear hope doubt view belief opinion claim statement warning assertion
    allegation argument suggestion accusation insistence announcement message comment
    conviction worry regret confidence assurance promise pledge expectation
    """
)
CUE_NOUN_VERBS = word_set(
    """
    express voice raise make issue reiterate repeat share air register stress
    """
)

# Words that precede a name as a title and are not part of the canonical name.
TITLES = word_set(
    """
    mr mrs ms miss mx dr prof professor sir dame lord lady president vice prime minister
    chair chairman chairwoman chairperson ambassador secretary senator sen rep
    representative governor gov mayor judge justice coach manager captain general gen
    colonel col lieutenant lt sergeant sgt officer chief ceo cfo coo director spokesman
    spokeswoman spokesperson king queen prince princess pope father rev reverend rabbi
    imam sheikh detective inspector commissioner superintendent attorney counsel deputy
    leader head founder editor correspondent reporter analyst economist researcher
    scientist doctor nurse foreign defense defence finance interior justice trade health
    education chancellor premier commander admiral marshal major speaker envoy minister-
    president skipper striker goalkeeper midfielder defender forward referee umpire
    lawyer prosecutor barrister solicitor plaintiff defendant witness agent councillor
    cllr councilman councilwoman councilmember alderman mp mep mla msp congressman
    congresswoman assemblyman assemblywoman lawmaker legislator insp supt det cpl capt adm
    amb pres atty hon constable cardinal bishop archbishop principal headteacher headmaster
    headmistress provost rector vice-chancellor owner proprietor
    """
)

# Abbreviated titles and the words they stand for ("Det Insp Thorne" is "the detective").
TITLE_ABBREVIATIONS = {
    "det": "detective",
    "insp": "inspector",
    "supt": "superintendent",
    "sgt": "sergeant",
    "cpl": "corporal",
    "lt": "lieutenant",
    "capt": "captain",
    "col": "colonel",
    "gen": "general",
    "adm": "admiral",
    "cllr": "councillor",
    "gov": "governor",
    "sen": "senator",
    "rep": "representative",
    "amb": "ambassador",
    "pres": "president",
    "prof": "professor",
    "dr": "doctor",
    "atty": "attorney",
}

# Pronouns and the speakers they can stand for.
PERSON_PRONOUNS = {"he": "m", "him": "m", "she": "f", "her": "f"}
PLURAL_PRONOUNS = frozenset({"they", "them"})
THING_PRONOUNS = frozenset({"it"})
FIRST_PERSON = frozenset({"i", "we", "me", "us", "you"})

# Head nouns naming bodies rather than people.
ORG_NOUNS = word_set(
    """
    ministry committee council government department agency court union panel board
    commission party company firm group team club office administration parliament
    congress senate assembly authority authorities organisation organization institute
    institution university school bank fund association federation league police army
    military navy embassy cabinet regime state states country countries nation nations
    bureau service newspaper agency network corporation inc ltd plc tribunal jury
    prosecution defence defense campaign coalition alliance delegation secretariat
    foundation charity centre center report study survey paper statement website foods
    group holdings capital securities partners industries motors airlines energy
    pharmaceuticals systems technologies labs media bank insurance athletic united
    rovers city fc observatory consortium laboratory hospital clinic ministry force
    """
)

# Words that stand for a source described otherwise ("the force" for "Westmoor Police",
# "the envoy" for "Ambassador Ri").
SYNONYMS = {
    "force": frozenset({"police", "constabulary"}),
    "envoy": frozenset({"ambassador", "representative", "diplomat"}),
    "diplomat": frozenset({"ambassador", "envoy"}),
    "spokesperson": frozenset({"spokesman", "spokeswoman"}),
    "spokesman": frozenset({"spokesperson"}),
    "spokeswoman": frozenset({"spokesperson"}),
    "boss": frozenset({"manager", "coach", "executive", "chief", "ceo"}),
    "coach": frozenset({"manager"}),
    "manager": frozenset({"coach", "boss"}),
    "lawmaker": frozenset({"representative", "senator", "mp", "congressman", "congresswoman"}),
    "legislator": frozenset({"representative", "senator", "mp", "lawmaker"}),
    "chief": frozenset({"executive", "ceo", "head"}),
    "executive": frozenset({"ceo"}),
    "prosecutor": frozenset({"attorney"}),
    "judge": frozenset({"justice"}),
}

# Generic words for the organisation an article is about ("the company", "the club").
GENERIC_ORG_NOUNS = word_set(
    """
    company firm group business club team side organisation organization bank lender
    retailer insurer carrier airline maker manufacturer producer developer startup chain
    supermarket grocer brand broker operator consultancy
    """
)

# Head nouns that describe people: without a name they give an anonymous source.
PERSON_NOUNS = word_set(
    """
    member members diplomat diplomats official officials source sources expert experts
    analyst analysts person people man woman resident residents witness witnesses
    observer observers insider insiders spokesman spokeswoman spokesperson aide aides
    adviser advisers advisor advisors executive executives employee employees worker
    workers researcher researchers scientist scientists economist economists lawyer
    lawyers investor investors critic critics supporter supporters activist activists
    lawmaker lawmakers legislator legislators politician politicians player players fan
    fans coach manager teammate teammates doctor doctors patient patients student
    students teacher teachers parent parents officer officers agent agents trader
    traders banker bankers leader leaders author authors colleague colleagues friend
    friends neighbour neighbours neighbor neighbors relative relatives victim victims
    survivor survivors protester protesters demonstrator demonstrators voter voters
    citizen citizens villager villagers farmer farmers fisherman fishermen miner miners
    nurse nurses pilot pilots soldier soldiers commander commanders negotiator
    negotiators mediator mediators spokespeople representative representatives delegate
    delegates minister ministers ambassador ambassadors envoy envoys diplomat judge
    judges prosecutor prosecutors attorney attorneys counsel juror jurors defendant
    defendants plaintiff plaintiffs owner owners founder founders chief chiefs head
    director directors president chairman chairwoman professor professors academic
    academics historian historians economist physician astronomer astronomers engineer
    engineers developer developers athlete athletes striker captain referee manager
    managers coach coaches insider someone anyone boss bosses baker bakers butcher jeweller jeweler
    shopkeeper shopkeepers landlord landlords tenant tenants driver drivers cyclist
    cyclists campaigner campaigners rancher ranchers grower growers publican retailer
    storekeeper builder builders plumber electrician mechanic firefighter firefighters
    paramedic paramedics surgeon surgeons midwife pharmacist dentist vet veteran veterans
    headteacher headteachers principal principals lecturer lecturers pupil pupils
    councillor councillors mp mps senator senators governor governors mayor mayors
    detective detectives inspector constable sergeant journalist journalists reporter
    reporters editor editors writer writers novelist artist artists musician musicians
    singer actor actress director producer designer architect entrepreneur founder
    shareholder shareholders customer customers passenger passengers commuter commuters
    shopper shoppers consumer consumers owner proprietor chef waiter waitress cleaner
    """
)

FEMALE_WORDS = word_set(
    """
    mrs ms miss madam madame dame lady queen princess sister mother wife daughter aunt
    spokeswoman chairwoman congresswoman businesswoman actress woman girl grandmother
    """
)
MALE_WORDS = word_set(
    """
    mr sir lord king prince father brother son husband uncle spokesman chairman
    congressman businessman actor man boy grandfather
    """
)
FEMALE_NAMES = word_set(
    """
    mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa
    betty margaret sandra ashley kimberly emily donna michelle carol amanda melissa
    deborah stephanie rebecca sharon laura cynthia kathleen amy angela shirley anna
    brenda pamela emma nicole helen samantha katherine christine debra rachel carolyn
    janet catherine maria heather diane ruth julie olivia joyce virginia victoria kelly
    lauren christina joan evelyn judith megan andrea cheryl hannah jacqueline martha
    gloria teresa ann sara madison frances kathryn janice jean abigail alice judy sophia
    grace denise amber doris marilyn danielle beverly isabella theresa diana natalie
    brittany charlotte marie kayla alexis lori jenny annalena ursula angela kamala
    hillary liz giorgia marine kristalina yulia ellen serena venus naomi simone
    alexandra claudia jacinda nicola priti suella yvette anneliese kemi claire siobhan
    ingrid astrid helga sigrid kirsten karin birgit margit agnes ines isabel carmen dolores
    mercedes pilar beatriz raquel lucia elena irina svetlana tatiana olga ekaterina
    yekaterina marina galina lyudmila yuliya nadia leila fatima aisha amina zainab
    priya anjali deepa lakshmi sunita aiko yuki haruka sakura mei ling xiu fang yan
    chloe zoe sophie amelie camille manon juliette brigitte colette odile sylvie monique
    catherine heidi greta ulrike sabine petra katrin helen helene ruth esther miriam
    rachel leah judith naomi deborah hannah joanne joan siân sian eileen maureen kathleen
    bridget niamh aoife ciara orla fiona moira eilidh morag kirsty gwen bethan megan rhian
    dana jenna gemma emma ella bella stella holly molly polly lily rose daisy ivy iris
    """
)
MALE_NAMES = word_set(
    """
    james robert john michael david william richard joseph thomas charles christopher
    daniel matthew anthony mark donald steven paul andrew joshua kenneth kevin brian
    george timothy ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan
    stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick
    raymond jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter
    kyle noah ethan jeremy walter christian keith roger terry austin sean gerald carl
    harold dylan arthur lawrence jordan jesse bryan billy bruce gabriel joe logan alan
    juan albert willie elijah wayne randy vincent mason roy ralph bobby russell bradley
    philip eugene hugh victor vladimir sergei sergey dmitry dmytro vassily vassili
    vasily volodymyr emmanuel olaf boris rishi keir xi kim moon yoon antonio pedro luiz
    recep narendra benjamin joe barack ramon leif ivan igor mikhail alexei nikolai jean
    pierre francois hans karl friedrich giuseppe marco luca carlos miguel diego javier
    lionel cristiano kylian erling pep jurgen mikel tomas tomasz jan jakub piotr pawel
    marek lukas matteo luca nikita ilya misha kostya joshua ezra elijah
    mustafa musa isa issa yahya zakaria hamza dele tunde kwame kofi kojo
    gareth owen rhys dylan iwan emyr dafydd aled ewan callum hamish angus fraser iker
    nuno bruno rui joao tiago diogo gonzalo alvaro sergio alejandro fernando raul
    hiroshi takeshi haruto kenji taro akira satoshi minho jisung hyunwoo
    dmitri andrei alexei mikhail yuri oleg gennady anatoly anatoliy arkady arkadiy
    gary colin raymond marcus walt garrett dean ollie oliver harry charlie george alfie
    """
)

_IRREGULAR = {
    "say": ("said", "says"),
    "tell": ("told",),
    "write": ("wrote", "written"),
    "swear": ("swore", "sworn"),
    "forecast": ("forecast",),
    "lambaste": ("lambast", "lambasted", "lambasting"),
}


def _inflections(lemma: str) -> set[str]:
    forms = {lemma, lemma + "s", lemma + "ing", lemma + "ed"}
    if lemma.endswith("e"):
        forms |= {lemma + "d", lemma[:-1] + "ing"}
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    if lemma.endswith(("s", "sh", "ch", "x")):
        forms.add(lemma + "es")
    if len(lemma) <= 4 and lemma[-1] in "tdpgnm" and lemma[-2] in "aeiou":
        forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    return forms | set(_IRREGULAR.get(lemma, ()))


# Inflected forms of the cue verbs, for tokens the lemmatizer or tagger gets wrong.
CUE_FORMS = frozenset(
    form for lemma in SPEECH_VERBS | FRAGMENT_ONLY_VERBS for form in _inflections(lemma)
)

"""Speaker mentions: noun-phrase extents, kinds, canonical names and pronoun resolution."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from .lexicon import LEX, word_set

if TYPE_CHECKING:  # (the state module imports this one)
    from .state import DocState

_NP_DEPS = frozenset(
    {"det", "amod", "compound", "poss", "case", "nummod", "quantmod", "nmod", "conj", "cc"}
    | {"punct", "flat", "predet", "prep", "pobj", "advmod", "npadvmod", "relcl"}
)
_ENTITY_ORG = frozenset({"ORG", "GPE", "NORP", "FAC", "LOC"})
PLACES = frozenset({"GPE", "NORP", "FAC", "LOC"})
# Pronouns that may stand for a source as the subject of a sentence.
SUBJECT_PRONOUNS = frozenset({"he", "she", "it", "they"})
_STRIP_WORDS = re.compile(r"^[^\w]+|[^\w.)]+$")
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
_CAUSAL = frozenset({"because", "due", "since", "as", "given", "after", "before", "when"})
_PARTITIVES = frozenset({"one", "some", "several", "many", "two", "three", "none", "each"})
_POSSESSIVES = frozenset({"’s", "'s"})
# "the Spaniard", "the Portuguese", "the Dutchman", "the Korean", "the Israeli".
_DEMONYM_ENDINGS = ("ard", "ese", "ian", "man", "ish", "an", "i", "ch")
_NAME_TAGS = frozenset({"NN", "NNP", "JJ"})
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "lord", "lady"})
_TITLE_PREPS = frozenset({"to", "of", "at", "for"})
_POST_NOMINALS = frozenset({"kc", "qc", "sc", "mp", "mep", "msp", "obe", "mbe", "cbe", "phd"})
_AGE = re.compile(r"\b\d+[- ]years?[- ]old\b")
# "The company" is never a council or a ministry.
_BUSINESS_NOUNS = frozenset({"company", "firm", "business", "group", "developer", "retailer"})
_PUBLIC_BODY_NOUNS = frozenset(
    {"council", "committee", "ministry", "department", "government", "court", "police"}
    | {"parliament", "agency", "authority", "commission", "office", "assembly", "senate"}
    | {"tribunal", "inquiry", "inspectorate", "regulator", "watchdog", "ombudsman"}
)
# "each patient", "every nurse": nobody in particular, so no pronoun's antecedent.
_QUANTIFIERS = frozenset({"each", "every", "any", "no", "all", "some", "whose"})
_FLOATING = frozenset({"both", "all", "each", "alone", "themselves", "itself", "too"})


@dataclass(slots=True)
class Mention:
    """A speaker as the text names it: char offsets, display name, kind, gender."""

    start: int
    end: int
    name: str
    kind: str
    gender: str | None = None
    head: str = ""
    descriptors: frozenset[str] = field(default_factory=frozenset)
    plural: bool = False
    entity: str = ""


def _norm_word(word: str) -> str:
    return word.lower().replace("-", "").replace("‐", "").strip(".")


class PersonRegistry:
    """Full names seen in a document, so short and title forms map to them."""

    __slots__ = ("_by_key", "_full", "_gender", "_guessed", "_last_seen", "_learned")

    def __init__(self) -> None:
        self._full: list[tuple[str, frozenset[str]]] = []
        self._by_key: dict[frozenset[str], str] = {}
        # Gender by strength of evidence: a title or a listed first name; the pronouns the
        # document uses for the person (``learn_gender``); a first name's ending.
        self._gender: dict[str, str] = {}
        self._learned: dict[str, str] = {}
        self._guessed: dict[str, str] = {}
        # Where each full name was last mentioned in the walk through the document.
        self._last_seen: dict[str, int] = {}

    def add(self, words: list[str], gender: str | None, pos: int | None = None) -> str:
        """Register a cleaned name (title-free words); return its canonical form."""
        if any(w.lower() in LEX.ORG_NOUNS for w in words):
            return " ".join(words)
        canonical = self.resolve(words, gender, pos)
        if gender and canonical not in self._gender:
            self._gender[canonical] = gender
        guess = guessed_gender(canonical.split()[0]) if " " in canonical else None
        if guess is not None and name_gender(canonical) is None:
            self._guessed.setdefault(canonical, guess)
        return canonical

    def known_as(self, surname: str) -> str | None:
        """The one registered full name ending in ``surname``, if exactly one does."""
        key = _norm_word(_POSSESSIVE.sub("", surname))
        fuller = {full for full, keys in self._full if key in keys and full.split()[-1] != full}
        return fuller.pop() if len(fuller) == 1 else None

    def learn_gender(self, name: str, gender: str) -> None:
        """The gender the document's pronouns give a full name, or people of a surname no
        registered full name ends in (``surname_key``); weaker than a title or a listed
        first name."""
        self._learned[name] = gender

    def resolve(self, words: list[str], gender: str | None = None, pos: int | None = None) -> str:
        """The full name that ``words`` is a form of: of those containing them whose known
        gender does not contradict ``gender`` ("Mr Bellamy" is not "Claire Bellamy"), the
        one mentioned last before ``pos`` ("her father, Gerald Marsh ... Marsh said"), else
        the latest registered. A mention at ``pos`` counts as the name's latest."""
        name = " ".join(words)
        keys = frozenset(_norm_word(w) for w in words)
        if len(words) >= 2 and keys in self._by_key:
            canonical = self._by_key[keys]
        elif fuller := [full for full, full_keys in reversed(self._full) if keys < full_keys]:
            fitting = [
                full for full in fuller if gender is None or self.gender(full) in (None, gender)
            ] or fuller
            seen = [full for full in fitting if self._last_seen.get(full, -1) >= 0]
            canonical = max(seen, key=self._last_seen.__getitem__) if seen else fitting[0]
        else:
            canonical = name
            if len(words) >= 2:
                self._full.append((name, keys))
                self._by_key[keys] = name
        if pos is not None and len(canonical.split()) >= 2:
            self._last_seen[canonical] = pos
        return canonical

    def knows(self, words: list[str]) -> bool:
        keys = frozenset(_norm_word(w) for w in words)
        return any(keys <= full_keys for _, full_keys in self._full)

    def gender(self, canonical: str) -> str | None:
        """What a title or a listed first name says, else the document's pronouns, else a
        guess from the first name's ending."""
        known = self._gender.get(canonical) or name_gender(canonical)
        learned = self._learned.get(canonical) or (
            self._learned.get(surname_key(canonical.split()[-1])) if canonical else None
        )
        return known or learned or self._guessed.get(canonical)


def is_role_word(word: str) -> bool:
    """A title or role before a name ("Councillor", "executive", "Det"), not a name."""
    low = word.lower().strip(".")
    return low in LEX.TITLES or low in LEX.PERSON_NOUNS or low in LEX.TITLE_ABBREVIATIONS


def role_descriptor(word: str) -> str:
    """The noun a title word stands for, for matching "the detective" to "Det Insp Thorne"."""
    low = word.lower().strip(".")
    return LEX.TITLE_ABBREVIATIONS.get(low, low)


def name_tokens(tokens: list[Token]) -> list[Token]:
    """The tokens of the name itself: no punctuation, possessive ending, or leading role or
    lower-case word ("the", "chief executive")."""
    kept = [t for t in tokens if not (t.is_punct or t.is_space) and t.text not in _POSSESSIVES]
    while len(kept) > 1 and (
        kept[-1].text.strip(".").lower() in _POST_NOMINALS
        or not any(c.isalpha() for c in kept[-1].text)
    ):
        kept.pop()  # "Luc Castellane 6-4": a score or a year the tagger took into the name
    while len(kept) > 1 and len(kept[0].text) > 1 and kept[0].text.isupper():
        kept.pop(0)  # a body's acronym the tagger took into the name: "UN Cho"
    # Everything up to the last title is its qualifier: "Daehan Governor Lim", "US Secretary
    # of State Ann Lee".
    titles = [k for k, t in enumerate(kept[:-1]) if t.lower_.strip(".") in LEX.TITLES]
    if titles:
        kept = kept[titles[-1] + 1 :]
    while len(kept) > 1 and (
        kept[0].text.islower()
        or is_role_word(kept[0].text)
        or kept[0].lower_ in LEX.DEMONYMS
        or (kept[0].ent_type_ in {"GPE", "NORP"} and kept[0].nbor(1).text in _POSSESSIVES)
    ):
        kept.pop(0)  # ("the Spaniard Iker Zubieta", "Britain’s Holly Marsh")
    return kept


def clean_person_words(tokens: list[Token]) -> list[str]:
    """Name words without leading titles or roles, punctuation or a possessive ending.

    Words are cut at white space, so hyphenated names stay whole ("Hyun-woo", "Okafor-Lind").
    """
    kept = name_tokens(tokens)
    if not kept:
        return []
    text = "".join(t.text_with_ws for t in kept[0].doc[kept[0].i : kept[-1].i + 1])
    words = [word for word in (_STRIP_WORDS.sub("", w) for w in text.split()) if word]
    if words:
        words[-1] = _POSSESSIVE.sub("", words[-1]) or words[-1]
    return words


@lru_cache(maxsize=65536)
def folded(word: str) -> str:
    """Lower case without accents ("Sinéad" -> "sinead"), for looking names up."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def gender_of(tokens: list[Token], context: list[Token]) -> str | None:
    """Gender when it is obvious: honorific or gendered title nearby, or a listed first name."""
    for tok in context:
        low = tok.lower_.strip(".")
        if low in LEX.FEMALE_WORDS:
            return "f"
        if low in LEX.MALE_WORDS:
            return "m"
    return listed_gender(tokens[0].text) if len(tokens) > 1 else None


def surname_key(word: str) -> str:
    """A surname as pronoun evidence is filed under: folded, possessive dropped."""
    return folded(_POSSESSIVE.sub("", word))


def name_gender(canonical: str) -> str | None:
    """The gender of a full name's listed given name: its first word, or its last for names
    written family name first ("Yoshida Kenji", "Park So-young")."""
    words = canonical.split()
    if len(words) < 2:
        return None
    return listed_gender(words[0]) or listed_gender(words[-1])


def listed_gender(first: str) -> str | None:
    """The gender of a first name the lexicon lists."""
    low = folded(first)
    return "f" if low in LEX.FEMALE_NAMES else "m" if low in LEX.MALE_NAMES else None


def guessed_gender(first: str) -> str | None:
    """A weak guess from a first name the lexicon does not list: given names ending in -a
    are mostly women's across European languages (Oksana, Natalia, Losana); the common
    men's ones are listed. The document's own pronouns overrule it."""
    low = folded(first)
    if len(low) > 2 and low.endswith("a") and low.isalpha() and low not in LEX.MALE_NAMES:
        return "f"
    return None


def np_extent(head: Token, keep_relcl: bool) -> tuple[int, int]:
    """Token range [start, end) of the noun phrase headed by ``head``, within its line.

    Appositions, participial modifiers and (unless asked) relative clauses are left out;
    a kept relative clause loses its causal adjuncts ("because of ..."). Trailing floating
    quantifiers ("Moscow and Pyongyang both") are dropped.
    """
    doc = head.doc
    kept = {head.i}
    stack = [head]
    while stack:
        tok = stack.pop()
        for child in tok.children:
            dep = child.dep_
            if child.lower_ in _CAUSAL and dep in {"prep", "mark", "advcl", "advmod"}:
                continue
            if dep == "prep" and child.i < tok.i and tok.i == head.i:
                continue  # "In an accompanying editorial, cardiologists wrote": not the name
            if dep == "relcl":
                # Only a restrictive clause ("a member who asked not to be named") names
                # the source; ", who spoke on condition of anonymity," is an aside.
                left = child.left_edge.i
                if not keep_relcl or (left > 0 and doc[left - 1].text == ","):
                    continue
            elif tok.dep_ != "relcl" and not _in_relcl(tok, head):
                if dep not in _NP_DEPS:
                    continue
                if tok.i == head.i and (
                    dep in {"advmod", "npadvmod"}
                    or (
                        dep == "prep"
                        and child.lower_ != "of"
                        and not keep_relcl
                        and not _names_a_branch(tok, child)
                    )
                ):
                    continue
            kept.add(child.i)
            stack.append(child)
    # The contiguous stretch around the head, never over a line break.
    lo = hi = head.i
    while lo - 1 in kept and "\n" not in doc[lo - 1].text:
        lo -= 1
    while hi + 1 in kept and "\n" not in doc[hi + 1].text:
        hi += 1
    while hi > lo and (doc[hi].is_punct or doc[hi].dep_ == "cc" or doc[hi].lower_ in _FLOATING):
        hi -= 1
    while lo < hi and doc[lo].is_punct:
        lo += 1
    return lo, hi + 1


_BRANCH_NOUNS = frozenset({"embassy", "consulate", "mission", "office", "bureau", "branch"})


def _names_a_branch(head: Token, prep: Token) -> bool:
    """A preposition inside a body's proper name: "the Department for Culture and
    Heritage", "the Russian Embassy in Helsinki"."""
    if head.pos_ != "PROPN" or prep.lower_ not in {"for", "in", "on", "at"}:
        return False
    if prep.lower_ in {"in", "at"} and head.lower_ not in _BRANCH_NOUNS:
        return False  # "the Royal Marlowe Museum in Ashcombe": where the body is
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return bool(objects) and all(o.pos_ == "PROPN" and o.text[:1].isupper() for o in objects)


def _in_relcl(tok: Token, head: Token) -> bool:
    """True when ``tok`` sits inside a relative clause attached below ``head``."""
    while tok.i != head.i and tok.head.i != tok.i:
        if tok.dep_ == "relcl":
            return True
        tok = tok.head
    return False


def _appositive_person(head: Token) -> Token | None:
    """A person named in apposition anywhere inside a common-noun phrase (or one headed by
    a capitalised role such as "MP")."""
    if head.pos_ == "PROPN" and not is_role_word(head.text):
        return None
    stack = list(head.children)
    while stack:
        tok = stack.pop()
        if tok.dep_ in {"relcl", "acl", "advcl", "ccomp", "conj"} or "\n" in tok.text:
            continue
        if tok.dep_ == "appos" and (
            tok.ent_type_ == "PERSON" or (tok.pos_ == "PROPN" and _looks_like_person(head, tok))
        ):
            return tok
        stack.extend(tok.children)
    return None


_GAVE_NAME = re.compile(
    r"\b(?:gave|give|gives|giving) (?:his|her|their) (?:first )?name (?:only )?as "
    r"|\bidentified (?:himself|herself|themselves) only as "
)


def _name_given(head: Token) -> Token | None:
    """The name in "a holder of 40 years who gave his name only as Derek" (however the
    parse hung "only as Derek")."""
    doc = head.doc
    clause = next((t for t in head.subtree if t.dep_ in {"relcl", "acl"} and t.i > head.i), None)
    if clause is None:
        return None
    i = clause.left_edge.i
    stop = min(i + 14, len(doc))
    words = doc[i:stop]
    found = _GAVE_NAME.search(words.text)
    if found is None:
        return None
    at = words.start_char + found.end()
    name = next((t for t in words if t.idx >= at), None)
    return name if name is not None and name.text[:1].isupper() else None


def subjects_of(verb: Token) -> list[Token]:
    """A verb's nominal subjects, a phrase the parse split into several counted once by its
    last part ("the rating agency Halden Ratings said": the name)."""
    subjects: list[Token] = []
    for child in verb.children:
        if child.dep_ != "nsubj":
            continue
        if subjects and _one_phrase(subjects[-1], child):
            subjects[-1] = child  # "co", "-", "author": one word, parsed as three subjects
        else:
            subjects.append(child)
    if len(subjects) == 2:
        noun, name = subjects
        if _bare_noun(noun) and (name.pos_ == "PROPN" or _is_human_noun(name)):
            return [name]  # "Outside court, a spokeswoman ... said"
        if not noun.whitespace_ and noun.i + 1 < len(noun.doc) and noun.nbor(1).text == "-":
            return [name]  # "Cross-examined by ..., Mr Bellamy accepted": half a word
    return subjects


def _one_phrase(left: Token, right: Token) -> bool:
    """Two subjects side by side that are one phrase: a hyphenated word split apart, or a
    body word before the body's name ("the rating agency Halden Ratings")."""
    if left.right_edge.i + 1 != right.left_edge.i:
        return False
    if left.text == "-" or right.text == "-" or not left.whitespace_:
        return True
    return left.pos_ == "NOUN" and right.pos_ == "PROPN" and right.left_edge.pos_ == "PROPN"


def _bare_noun(noun: Token) -> bool:
    """A lower-case common noun with no determiner, possessive or number: "court" in
    "Outside court", never a source on its own."""
    return (
        noun.pos_ == "NOUN"
        and noun.text.islower()
        and not any(c.dep_ in {"det", "poss", "nummod"} for c in noun.children)
    )


def _described_by_sibling(name: Token) -> frozenset[str]:
    """ "The charity Warm Homes Network said", parsed as two subjects: the noun describes
    the name."""
    subjects = [c for c in name.head.children if c.dep_ == "nsubj"]
    if len(subjects) != 2 or subjects_of(name.head) != [name]:
        return frozenset()
    return frozenset({subjects[0].lemma_.lower()})


def _appositive_body(head: Token) -> Token | None:
    """The organisation a common noun is set beside, "its junior partner, the Farmers'
    Alliance"; whatever "One, ..." or "Another, ..." is set beside ("One, a staff nurse on
    the stroke unit, said")."""
    appositions = [c for c in head.rights if c.dep_ == "appos"]
    if head.lower_ in {"one", "another"} and head.i == head.left_edge.i:
        return appositions[0] if appositions else None
    if head.pos_ != "NOUN":
        return None
    lemma = head.lemma_.lower()
    if _bare_noun(head) or not (
        _is_human_noun(head) or lemma in LEX.ORG_NOUNS or lemma in LEX.GENERIC_ORG_NOUNS
    ):
        # "Outside court, a spokeswoman for the trust said", parsed as "court" and its
        # apposition: a subject that can name no one gives way to one that can.
        person = next((c for c in appositions if _is_human_noun(c)), None)
        if person is not None:
            return person
    return next(
        (c for c in appositions if c.pos_ == "PROPN" and c.ent_type_ in {"ORG", "NORP"}),
        None,
    )


def _looks_like_person(head: Token, name: Token) -> bool:
    """A person-describing noun ("ambassador") in apposition with a proper name that has
    no organisation word in it (the tagger sometimes calls such names ORG)."""
    # "Her opposite number, Owain Price": a noun a person's pronoun owns relates people.
    related = any(c.dep_ == "poss" and c.lower_ in _PERSONAL_POSSESSIVES for c in head.children)
    if not related and head.lemma_.lower() not in LEX.TITLES and not _is_human_noun(head):
        return False
    # The name's own words, not "of the Lisbon Institute" after it.
    words = [name]
    while (
        words[0].i > 0
        and words[0].nbor(-1).dep_ == "compound"
        and words[0].nbor(-1).pos_ == "PROPN"
    ):
        words.insert(0, words[0].nbor(-1))
    if words[0].i > 0 and words[0].nbor(-1).pos_ == "ADP":
        return False  # "Ambassador to Korea Grigory Zinoviev": the title's phrase runs on
    return 1 <= len(words) <= 4 and not any(t.lemma_.lower() in LEX.ORG_NOUNS for t in words)


_PERSONAL_POSSESSIVES = frozenset({"his", "her"})
_HUMAN_SUFFIXES = ("ist", "ian", "eer", "ant", "ent", "er", "or", "ess")
_NOT_HUMAN = word_set(
    """
    paper letter number water matter order factor sector error power border filter
    center centre chapter document agreement argument element moment event content
    percent amount payment investment development component treatment judgment
    environment equipment instrument segment settlement tournament market budget record
    meter monitor indicator motor computer poster banner cancer weather winter summer
    quarter corner shelter register ledger ranger cylinder parameter monster barrier
    regulator operator elevator
    """
)


def _is_human_noun(head: Token) -> bool:
    """Whether a common noun can name an unnamed human source ("diplomats", "a member")."""
    lemma = head.lemma_.lower()
    if lemma in LEX.PERSON_NOUNS or lemma in LEX.TITLES or head.lower_ in LEX.PERSON_NOUNS:
        return True
    if lemma in LEX.FEMALE_WORDS or lemma in LEX.MALE_WORDS:
        return True
    # ("-ment" ends in "-ent" but names a thing: "unemployment", "settlement")
    return (
        lemma.endswith(_HUMAN_SUFFIXES) and lemma not in _NOT_HUMAN and not lemma.endswith("ment")
    )


def _looks_like_person_name(head: Token, span: Span) -> bool:
    """A proper name the tagger may call ORG but that names a person: no organisation word
    in it, and a known first name, a role just before it ("chief executive Okafor-Lind"),
    or a human apposition after it ("Hyun-woo Kang, a robotics analyst")."""
    names = [t for t in span if t.text[:1].isupper()]
    if not 1 <= len(names) <= 5 or any(t.lemma_.lower() in LEX.ORG_NOUNS for t in names):
        return False
    if any(t.lower_ in LEX.FEMALE_NAMES or t.lower_ in LEX.MALE_NAMES for t in names):
        return True
    before = span.doc[names[0].i - 1] if names[0].i > 0 else None
    # A role inside the phrase, capitalised or not: "Tournament referee Alain Dufresne".
    if any(
        is_role_word(t.text) and t.lower_ not in LEX.ORG_NOUNS
        for t in span
        if t.i < names[-1].i and t.is_alpha
    ):
        return True
    if before is not None and before.is_alpha and is_role_word(before.text):
        return before.lower_ not in LEX.ORG_NOUNS
    return any(
        (child.dep_ == "appos" and child.pos_ == "NOUN" and _is_human_noun(child))
        or _says_person(child)
        for child in head.children
    )


def _says_person(child: Token) -> bool:
    """A dependent said only of people: "Horáková, who had led early," or an age in
    apposition, "Cardew, 41,"."""
    doc = child.doc
    if child.dep_ == "relcl":
        return any(c.lower_ == "who" and c.dep_ in {"nsubj", "nsubjpass"} for c in child.children)
    return (
        child.like_num
        and child.text.isdigit()
        and 0 < int(child.text) < 120
        and child.i > 0
        and doc[child.i - 1].text in {",", "("}
        and child.i + 1 < len(doc)
        and doc[child.i + 1].text in {",", ")"}
    )


def _after_body_noun(head: Token) -> bool:
    """A proper name right after a word for a body: "the grocery chain Fresco" (not a
    person's role after one: "the union leader")."""
    if head.pos_ != "PROPN":
        return False
    first = head
    while first.i > 0 and first.doc[first.i - 1].pos_ == "PROPN":
        first = first.doc[first.i - 1]
    before = first.doc[first.i - 1] if first.i > 0 else None
    return (
        before is not None
        and before.text.islower()
        and (before.lemma_ in LEX.ORG_NOUNS or before.lemma_ in LEX.GENERIC_ORG_NOUNS)
        and before.lemma_ not in LEX.PERSON_NOUNS
    )


def _name_after_title_phrase(head: Token) -> list[Token]:
    """The name at the end of "Ambassador to the UN Cho Hyun-woo": a title whose of/to/at
    phrase ends in capitalised words, organisation acronyms and words left out."""
    if head.lower_ not in LEX.TITLES:
        return []
    phrase = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ in _TITLE_PREPS), None)
    if phrase is None or phrase.right_edge.i + 1 >= len(head.doc):
        return []
    run: list[Token] = []
    for tok in reversed(list(head.doc[phrase.i + 1 : phrase.right_edge.i + 1])):
        if tok.pos_ != "PROPN" and not (tok.text in {"-", "‐"} and not tok.whitespace_):
            break
        run.insert(0, tok)
    while run and (run[0].text.isupper() or run[0].lemma_.lower() in LEX.ORG_NOUNS):
        run.pop(0)  # the body: "UN", "IAEA", "Nations"
    # "a spokesperson for the Welsh Government", "... for the supermarket chain Fenwright's":
    # the phrase names the body the person speaks for, not the person.
    if run and (any(t.lemma_.lower() in LEX.ORG_NOUNS for t in run) or _after_body_noun(run[-1])):
        return []
    # "a spokesperson for Harlow & Finch": the end of a body's name, not a person's; "the
    # union's regional office in Leeds": a place.
    if run and (run[0].dep_ == "conj" or all(t.ent_type_ in PLACES for t in run)):
        return []
    words = "".join(t.text_with_ws for t in run).split()
    return run if 1 <= len(words) <= 3 and len(run) < len(list(phrase.subtree)) - 1 else []


def descriptive_nouns(tok: Token) -> frozenset[str]:
    """Nouns that describe the person named at ``tok``: appositions on either side ("the
    town's MP, Darren Okoro"; "Kang, a robotics analyst"), for "the MP" or "the analyst"."""
    described = [tok, *(c for c in tok.children if c.dep_ == "appos")]
    if tok.dep_ == "appos":
        described.append(tok.head)
    described += appositive_subjects(tok)
    return frozenset(
        role_descriptor(c.lemma_)
        for t in described
        for c in (t, *(t.subtree if t.dep_ == "appos" else ()))
        if c.pos_ == "NOUN" or (c is not tok and c.pos_ == "PROPN" and is_role_word(c.text))
    )


def appositive_subjects(tok: Token) -> list[Token]:
    """Second subjects that are an apposition the parse missed: "Siobhan O'Reilly, a staff
    nurse ..., told the Echo" parsed with "nurse" as another subject of "told"."""
    if tok.dep_ != "nsubj" or tok.pos_ != "PROPN":
        return []
    return [
        c
        for c in tok.head.children
        if c.dep_ == "nsubj"
        and c.i > tok.i
        and c.pos_ == "NOUN"
        and c.doc[c.left_edge.i - 1].text == ","
    ]


_AGE_DESCRIPTION = re.compile(r"the\s+(\d{1,3})[- ]years?[- ]old", re.IGNORECASE)


def _age_description(head: Token) -> str | None:
    """The age in a phrase "the 61-year-old" headed by ``head``, or None."""
    if not head.lower_.endswith("old"):
        return None
    doc = head.doc
    phrase = doc[head.left_edge.i : head.i + 1].text  # Doc.text would join the whole doc
    found = _AGE_DESCRIPTION.fullmatch(phrase)
    return found.group(1) if found else None


def _named_by_copula(head: Token) -> Token | None:
    """ "the Mayor was Mr. Thomas Caddick": the person a subject description is equated with."""
    verb = head.head
    if head.dep_ != "nsubj" or verb.lemma_ != "be" or head.pos_ == "PRON":
        return None
    named = next((c for c in verb.children if c.dep_ == "attr"), None)
    if named is None or not (named.ent_type_ == "PERSON" or named.pos_ == "PROPN"):
        return None
    return named if head.ent_type_ != "PERSON" else None


_DATA_NOUNS = frozenset({"figure", "data", "statistic", "estimate", "number"})
_PUBLISHING = frozenset({"publish", "release", "compile", "issue", "collect"})


def _owner_of_document(head: Token) -> Token | None:
    """ "A National Audit Office report found", "figures from the charity", "figures
    published by the trust": the body that issued the document (data have no voice of
    their own: figures with no issuer name no source)."""
    lemma = head.lemma_.lower()
    if lemma in _DATA_NOUNS:
        for prep in head.rights:
            if prep.dep_ == "acl" and prep.lemma_ in _PUBLISHING:  # "figures published by"
                prep = next((c for c in prep.children if c.dep_ == "agent"), prep)
            if prep.dep_ in {"prep", "agent"} and prep.lower_ in {"from", "by"}:
                issuer = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if issuer is not None and (
                    issuer.pos_ == "PROPN" or issuer.lemma_.lower() in LEX.ORG_NOUNS
                ):
                    return issuer
        return None
    if lemma not in LEX.DOCUMENT_NOUNS:
        return None
    owners = [
        c
        for c in head.children
        if c.i < head.i
        and (
            (c.pos_ == "PROPN" and c.dep_ in {"compound", "poss", "nmod"})
            # "the company's statement said", "its report found"
            or (c.dep_ == "poss" and (c.pos_ == "NOUN" or c.lower_ in {"its", "their"}))
        )
    ]
    return owners[-1] if owners else None


def owner_of_words(head: Token) -> Token | None:
    """ "Her verdict was blunt", "the minister's answer": whose words the noun names."""
    if head.lemma_.lower() not in LEX.SPOKEN_NOUNS:
        return None
    return next((c for c in head.children if c.dep_ == "poss"), None)


def _surname_like(tok: Token) -> bool:
    """A capitalised proper noun, or a name the tagger calls something else ("O’Reilly")."""
    return tok.text[:1].isupper() and (tok.pos_ == "PROPN" or "’" in tok.text or "'" in tok.text)


def _person_entity(span: Span) -> list[Token]:
    """The last PERSON entity inside a phrase ("South Korean Ambassador to the UN [Cho
    Hyun-woo]"), or nothing."""
    last = next((t.i for t in reversed(span) if t.ent_type_ == "PERSON"), None)
    if last is None:
        return []
    doc = span.doc
    first = last
    while first > span.start and doc[first].ent_iob_ == "I":
        first -= 1
    # The tagger often stops short of a surname ("[Ji-won] Seo", "[Helen] O’Reilly").
    while last + 1 < span.end and (
        _surname_like(doc[last + 1])
        or (not doc[last].whitespace_ and doc[last + 1].text in {"-", "‐"})
        or (not doc[last].whitespace_ and doc[last].text in {"-", "‐"})
    ):
        last += 1
    return list(doc[first : last + 1])


def _the_demonym(head: Token) -> bool:
    """ "the Scot", "the Italian", "the Portuguese": "the" and one capitalised word for a
    person of a nation (listed, tagged as a nationality or person, or shaped like one), not
    a plural ("the Americans")."""
    lefts = list(head.lefts)
    if not (
        len(lefts) == 1
        and lefts[0].lower_ == "the"
        and lefts[0].i == head.i - 1
        and head.text[:1].isupper()
        and all(r.is_punct or r.i > head.i + 1 for r in head.rights)  # "the Italian, who"
    ):
        return False
    nation = (
        head.lower_ in LEX.DEMONYMS
        or head.ent_type_ in {"PERSON", "NORP"}
        or (head.ent_type_ not in {"ORG", "GPE"} and head.lower_.endswith(_DEMONYM_ENDINGS))
    )
    singular = head.tag_ in _NAME_TAGS or (
        head.tag_ == "NNPS" and not head.lower_.endswith(("ans", "ers", "ists"))
    )
    return nation and singular


def _proper_part(span: Span) -> Span:
    """The name in "the grocery chain FreshFold": after a determiner and lower-case words,
    and after a capitalised adjective that opens the sentence ("Neighbouring Valdoria")."""
    doc = span.doc
    i = span.start + (span[0].pos_ == "DET")
    opener = doc[i] if i < span.end - 1 else None
    if (
        opener is not None
        and (opener.is_sent_start or opener.i == 0 or "\n" in doc[opener.i - 1].text)
        and (opener.pos_ in {"ADJ", "VERB"} or opener.lower_.endswith("ing"))
        and opener.ent_iob_ == "O"
        and doc[i + 1].ent_iob_ == "B"
    ):
        return doc[i + 1 : span.end]
    if i >= span.end or span.doc[i].text[:1].isupper():
        return span
    while i < span.end and span.doc[i].text.islower():
        i += 1
    return span.doc[i : span.end] if i < span.end else span


def may_name_a_source(head: Token) -> bool:
    """A cheap first look at a sentence subject: common nouns that are neither people nor
    bodies ("the fault", "prices") and carry no apposition never name a source."""
    if head.pos_ != "NOUN" or any(t.text[:1].isupper() for t in (head, *head.lefts)):
        return True  # a name, perhaps mis-tagged ("Afolabi/NOUN", "Park Ji-hoon/NOUN")
    lemma = head.lemma_.lower()
    return (
        _is_human_noun(head)
        or lemma in LEX.ORG_NOUNS
        or lemma in LEX.GENERIC_ORG_NOUNS
        or any(child.dep_ == "appos" for child in head.children)
    )


def described_as_body(head: Token) -> bool:
    """A name the text calls a body, whatever the recogniser tagged it: "Kestrel Pay, the
    mobile payments app", "Lidmark, the supermarket group"."""
    return any(
        c.dep_ == "appos"
        and c.pos_ == "NOUN"
        and c.text.islower()
        and any(d.dep_ == "det" for d in c.children)
        and (c.lemma_ in LEX.ORG_NOUNS or c.lemma_ in LEX.GENERIC_ORG_NOUNS)
        and c.lemma_ not in LEX.PERSON_NOUNS  # "Henry Vale, a grocer"
        for c in head.children
    )


def _has_conj(head: Token) -> bool:
    """Whether the phrase joins several sources ("Korea, Japan and Australia"); an
    ampersand joins the words of one firm's name ("Harlow & Finch Logistics")."""
    children = list(head.children)
    joined = any(c.dep_ == "conj" for c in children)
    return joined and not any(c.dep_ == "cc" and c.text == "&" for c in children)


class SpeakerResolver:
    """Turns the head token of a speaker phrase into a Mention, resolving pronouns.

    ``history`` holds earlier mentions (subjects and speakers) in document order.
    """

    def __init__(self, state: DocState, registry: PersonRegistry) -> None:
        self.doc = state.doc
        # The document's text, read once (Doc.text joins every token on each call).
        self.text = state.text
        # Token positions and sentence bounds (within paragraphs) come from the state.
        self.state = state
        self.registry = registry
        self.history: list[Mention] = []
        self.speakers: list[Mention] = []
        # Subjects inside reported clauses: found again by descriptions, never by pronouns.
        self.reported: list[Mention] = []
        # Organisations named anywhere (start char, name, lower-case words), for "the authority".
        self.organisations: list[tuple[int, str, frozenset[str]]] = []
        # Ages given with a name ("Kadri Saar, 61,"), for "the 61-year-old".
        self.ages: dict[str, str] = {}
        # Document noun -> the source that last spoke in one ("said in a statement").
        self.issued: dict[str, Mention] = {}

    def note_documents(self, cue: Token, speaker: Mention) -> None:
        """ "X said in a statement that ...": "the statement" is X's from now on."""
        for prep in cue.children:
            if prep.dep_ == "prep" and prep.lower_ == "in":
                for document in prep.children:
                    if document.dep_ == "pobj" and document.lemma_ in LEX.DOCUMENT_NOUNS:
                        self.issued[document.lemma_] = speaker

    def remember(self, mention: Mention, speaker: bool, reported: bool = False) -> None:
        if reported:
            self.reported.append(mention)
            return
        self.history.append(mention)
        if speaker:
            self.speakers.append(mention)

    def person_from_entity(self, start: int, end: int) -> Mention | None:
        """A named person; the mention and the name leave out titles, roles and a
        possessive ending, which become descriptors ("Det Insp" -> detective, inspector)."""
        doc = self.doc
        tokens = list(doc[start:end])
        kept = name_tokens(tokens)
        words = clean_person_words(tokens)
        if not kept or not words:
            return None
        roles = [t for t in tokens if t.i < kept[0].i and t.is_alpha]
        context = list(doc[max(start - 2, 0) : start]) + tokens[: len(roles) + 1]
        gender = gender_of(kept, context)
        name = self.registry.add(words, gender, kept[0].idx)
        last = kept[-1]
        end_char = last.idx + len(_POSSESSIVE.sub("", last.text) or last.text)
        return Mention(
            kept[0].idx,
            end_char,
            name,
            "person",
            gender or self.registry.gender(name),
            head=words[-1].lower(),
            descriptors=frozenset(role_descriptor(t.text) for t in roles),
        )

    def mention(
        self,
        head: Token,
        pos: int,
        extent: tuple[int, int] | None = None,
        not_named: str | None = None,
    ) -> Mention | None:
        """The speaker named by the phrase headed by ``head`` (None for unusable ones).

        ``extent`` overrides the phrase's token range when the parse cannot be trusted;
        a pronoun never resolves to ``not_named`` (the asker, for "he replied").
        """
        doc = self.doc
        # "said Ald. Tullis": an abbreviated title parsed as the head, its name cut off by
        # the abbreviation's full stop.
        after = head.i + 2
        if (
            after < len(doc)
            and head.text[:1].isupper()
            and head.lower_ in LEX.TITLE_ABBREVIATIONS
            and doc[head.i + 1].text == "."
            and doc[after].pos_ == "PROPN"
            and not is_role_word(doc[after].text)
        ):
            head, extent = doc[after], None
        low = head.lower_
        age = _age_description(head)
        if age is not None:
            return self._aged(age, doc[head.left_edge.i : head.i + 1], pos)
        named = _named_by_copula(head) or _owner_of_document(head) or owner_of_words(head)
        if named is not None and named.i != head.i:
            return self.mention(named, pos)
        issuer = self.issued.get(head.lemma_)
        if issuer is not None and any(c.lower_ in {"the", "this"} for c in head.lefts):
            # "The statement said ..." after "X said in a statement that ...".
            return replace(issuer, start=head.left_edge.idx, end=head.idx + len(head.text))
        if head.pos_ == "PRON":
            if low in LEX.FIRST_PERSON:
                return None
            resolved = self.resolve_pronoun(low, pos, not_named)
            if resolved is None:
                return None
            # "her client ... he said": the pronoun tells the description's gender.
            gender = resolved.gender or LEX.PERSON_PRONOUNS.get(low)
            return replace(resolved, start=head.idx, end=head.idx + len(head.text), gender=gender)
        if head.ent_type_ in {"DATE", "TIME"} and head.pos_ == "PROPN":
            return None  # "announced on Wednesday" misparsed: a day says nothing
        if _the_demonym(head) and not self.registry.knows([head.text]):
            # "said the Scot", "the German said": a nationality standing for the person
            # just named, whatever the recogniser tagged it.
            earlier = self.resolve_pronoun("", pos)
            if earlier is not None:
                return self._refer(head.doc[head.i - 1 : head.i + 1], earlier)
        if (
            head.ent_type_ == "PERSON"
            and not _has_conj(head)
            and not _after_body_noun(head)
            and not described_as_body(head)
            and not is_role_word(head.text)  # "The Town Clerk, Mr. Norman Ashworth,"
            and head.lower_ not in LEX.ORG_NOUNS  # "the Norwegian Joint Headquarters"
        ):
            return self._person_at(head)
        # A common-noun head with a named apposition: "Russia's ambassador, Vassily Nebenzia".
        named = _appositive_person(head)
        if named is not None:
            return self._person_at(named)
        beside = _appositive_body(head)
        if beside is not None:
            # "its junior partner, the Farmers' Alliance, said": the body's own name.
            return self.mention(beside, pos)
        # "Ambassador to the UN Cho Hyun-woo": the name closes the title's phrase.
        titled = _name_after_title_phrase(head)
        if titled:
            mention = self.person_from_entity(titled[0].i, titled[-1].i + 1)
            if mention is not None:
                mention.descriptors |= {role_descriptor(head.lemma_)}
                return mention
        # "the supermarket group Lidmark": a body's own name right after the common noun.
        name = next((c for c in head.rights if c.i == head.i + 1 and c.dep_ == "appos"), None)
        if name is not None and name.pos_ == "PROPN" and not _is_human_noun(head):
            head, extent = name, (name.left_edge.i, name.right_edge.i + 1)
        keep_relcl = head.pos_ != "PROPN" and head.ent_type_ == ""
        lo, hi = extent or np_extent(head, keep_relcl=keep_relcl)
        span = doc[lo:hi]
        # "One of the paper's reviewers": the people it is one of say what it is.
        of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if head.lower_ in _PARTITIVES and of is not None:
            head = next((c for c in of.children if c.dep_ == "pobj"), head)
        if head.pos_ == "PROPN":
            shortened = self._organisation_shortened(span, pos)
            if shortened is not None:
                return shortened
        kind = self._kind(head, span)
        if kind == "anonymous" and span[0].ent_iob_ == "B" and span[0].ent_type_ == "PERSON":
            # "Park So-young, senior research fellow at ...", parsed as the fellow with the
            # name for a modifier: the person.
            return self._person_at(span[0])
        given = None
        if kind == "anonymous" and _GAVE_NAME.search(self.text, head.idx, head.idx + 200):
            given = _name_given(head)
        if given is not None:
            # "a nurse who gave her name only as Priya": the name she gave.
            return Mention(
                given.idx,
                given.idx + len(given.text),
                self.registry.resolve([given.text], pos=given.idx),
                "person",
                head=given.lower_,
            )
        if kind == "anonymous" and span[0].lower_ == "the" and _AGE.search(span.text):
            # "the 61-year-old told the Echo": the person the story is about just then.
            earlier = self.resolve_pronoun("", pos)
            return None if earlier is None else self._refer(span, earlier)
        if kind == "anonymous" and not (
            _is_human_noun(head) or head.lemma_.lower() in LEX.DOCUMENT_NOUNS
        ):
            return None
        if kind == "person":
            tokens = _person_entity(span)
            if not tokens:
                # A name ends at its head before a comma ("Ian Coles, of the Harwick unit").
                ends = head.i if head.i + 1 < len(doc) and doc[head.i + 1].text == "," else None
                capitalised = [
                    t.i for t in span if t.text[:1].isupper() and (ends is None or t.i <= ends)
                ]
                tokens = list(doc[capitalised[0] : capitalised[-1] + 1] if capitalised else span)
                # A surname parsed as a modifier of the first name ("Siobhan O’Reilly").
                while tokens[-1].i + 1 < len(doc) and _surname_like(doc[tokens[-1].i + 1]):
                    tokens.append(doc[tokens[-1].i + 1])
            words = clean_person_words(tokens)
            if words and all(is_role_word(word) for word in words):
                # "the Mayor": a title alone describes the person; it names no one.
                role = role_descriptor(words[-1])
                earlier = self._match_description(role, frozenset({role}), "anonymous", pos, False)
                if earlier is not None:
                    return self._refer(span, earlier)
                words = []
                kind = "anonymous"
            if words:
                # Resolved without registering a gender: the phrase around the name, not the
                # two words before it (person_from_entity), is what was parsed here.
                kept = name_tokens(tokens)
                return Mention(
                    kept[0].idx,
                    kept[-1].idx + len(kept[-1].text),
                    self.registry.resolve(words, pos=kept[0].idx),
                    "person",
                    head=words[-1].lower(),
                    descriptors=descriptive_nouns(head)
                    | frozenset(
                        role_descriptor(t.text) for t in span if t.i < kept[0].i and t.is_alpha
                    ),
                )
        if kind == "group":
            # "In a joint declaration published on Wednesday, Nalevu, Tuvaro and ...".
            while len(span) > 1 and (span[0].ent_type_ in {"DATE", "TIME"} or span[0].is_punct):
                span = span[1:]
        described_span = span  # "the charity Fair Fuel Network" is a charity
        if kind == "organisation" and head.pos_ == "PROPN":
            span = _proper_part(span)
            if head.text.isupper() and 2 <= len(head.text) <= 6:
                expanded = self._expand_acronym(head.text, pos)
                if expanded is not None:
                    return self._refer(span, expanded)
        descriptors = frozenset(
            t.lemma_.lower()
            for t in described_span
            if t.pos_ in {"NOUN", "PROPN"} and t.i <= head.i
        ) | _described_by_sibling(head)
        definite = span[0].lower_ in {"the", "this", "that", "these", "those"}
        # "the Liberal Democrat and Green groups" names the body itself ("the United
        # manager" still describes a person named before).
        named_inside = kind == "organisation" and any(
            t.pos_ == "PROPN" and t.i < head.i for t in span
        )
        # "the Board", "the Council": a capitalised body word alone is a description too.
        body_word = head.pos_ == "PROPN" and len(span) == 2 and head.lower_ in LEX.ORG_NOUNS
        if (
            kind in {"anonymous", "organisation"}
            and (head.pos_ == "NOUN" or body_word)
            and definite
            and not named_inside
        ):
            described = frozenset(
                role_descriptor(t.lemma_)
                for t in span
                if t.i <= head.i and t.pos_ in {"NOUN", "PROPN", "ADJ"}
            )
            plural = head.tag_ == "NNS"
            earlier = self._match_description(
                role_descriptor(head.lemma_), described, kind, pos, plural
            )
            if earlier is not None:
                return self._refer(span, earlier)
        if kind == "organisation" and span[0].lower_ in {"its", "their"} and len(span) > 1:
            # "its foreign ministry": the body belongs to the one "its" stands for.
            pronoun = "it" if span[0].lower_ == "its" else "they"
            owner = self._reported_body(span) or self.resolve_pronoun(pronoun, span.start_char)
            if owner is not None and owner.kind in {"organisation", "group"}:
                body = self.text[span[1].idx : span.end_char]
                return Mention(
                    span.start_char,
                    span.end_char,
                    f"{owner.name}'s {body}",
                    "organisation",
                    head=head.lemma_.lower(),
                    descriptors=descriptors,
                )
        return Mention(
            span.start_char,
            span.end_char,
            span.text,
            kind,
            head=head.lemma_.lower(),
            descriptors=descriptors,
            plural=head.tag_ in {"NNS", "NNPS"} or kind == "group",
            entity=head.ent_type_,
        )

    def _topic_of_sentence_before(
        self, pos: int, gender: str, not_named: str | None
    ) -> Mention | None:
        """ "That promise was dismissed by Mr. Harold Sutcliffe. He said ...": a sentence
        whose subject is no source (a thing, "few", "the routes") hands its first named
        person of the pronoun's gender to a "he"/"she" opening the next sentence."""
        doc, state = self.doc, self.state
        here = state.token_at(pos)
        if doc[here].idx != pos:
            return None
        start = state.sent_start(here)
        if here - start > 1 or start == 0:
            return None  # only a pronoun opening its sentence (or "But he said")
        if "\n\n" in doc[start - 1 : start + 1].text:
            return None  # a new paragraph
        before = doc[state.sent_start(start - 1) : start]
        hi = before.end_char
        lo = max(before.start_char, self.text.rfind("\n\n", 0, hi) + 2)
        if any(lo <= m.start < hi for m in self.history):
            return None  # the sentence had a subject worth the name: recency decides
        for tok in before:
            if tok.idx < lo or tok.pos_ != "PROPN" or tok.dep_ == "poss":
                continue
            if tok.ent_type_ == "PERSON":
                found = self._person_at(tok)
                if (
                    found is not None
                    and found.kind == "person"
                    and not any(w.lower() in LEX.ORG_NOUNS for w in found.name.split())
                    and found.name != not_named
                    and self.registry.gender(found.name) in (None, gender)
                ):
                    return replace(found, start=pos, end=pos)
                return None
        return None

    def _named_in_paragraph(self, since: int, pos: int) -> Mention | None:
        """The latest person named between ``since`` and ``pos``, by entity or known name,
        in any role but a possessive ("Osei's cross" is about the cross)."""
        doc = self.doc
        i = self.state.token_at(pos)
        if doc[i].idx >= pos:
            i -= 1
        while i >= 0 and doc[i].idx > since:
            tok = doc[i]
            i -= 1
            if tok.dep_ == "poss" or tok.pos_ != "PROPN":
                continue
            if tok.ent_type_ == "PERSON" or (
                tok.ent_type_ == "" and self.registry.known_as(tok.text)
            ):
                return self._person_at(tok)
        return None

    def _aged(self, age: str, span: Span, pos: int) -> Mention | None:
        """ "the 61-year-old": the person the document gave that age, else the person the
        story is about just then."""
        named = self.ages.get(age)
        if named is not None:
            named = self.registry.resolve(named.split())
        earlier = None
        if named is not None:
            earlier = next(
                (m for m in reversed(self.history) if m.name == named and m.start < pos), None
            ) or Mention(
                span.start_char,
                span.end_char,
                named,
                "person",
                self.registry.gender(named),
                head=named.split()[-1].lower(),
            )
        else:
            earlier = self.resolve_pronoun("", pos)
            if earlier is not None and earlier.kind == "person":
                # The next "the 23-year-old" is the same person.
                self.ages[age] = earlier.name
        return None if earlier is None else self._refer(span, earlier)

    def _person_at(self, tok: Token) -> Mention | None:
        doc = self.doc
        start = end = tok.i
        if tok.ent_type_ == "PERSON":
            while start > 0 and doc[start].ent_iob_ == "I":
                start -= 1
            while end + 1 < len(doc) and (
                doc[end + 1].ent_iob_ == "I"
                or (doc[end + 1].ent_type_ != "PERSON" and _surname_like(doc[end + 1]))
            ):
                end += 1
        else:
            while (
                start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].pos_ == "PROPN"
            ):
                start -= 1
        # "Leif-Eric Easley": the entity often starts after a hyphenated first part.
        while (
            start > 1
            and doc[start - 1].text in {"-", "‐"}
            and not doc[start - 2].whitespace_
            and not doc[start - 1].whitespace_
            and doc[start - 2].text[:1].isupper()
        ):
            start -= 2
        # Titles and roles just before the name ("chief executive", "Vice Minister").
        while start > 0 and doc[start - 1].is_alpha and is_role_word(doc[start - 1].text):
            start -= 1
        mention = self.person_from_entity(start, end + 1)
        if mention is None:
            return None
        mention.descriptors |= descriptive_nouns(tok)
        return mention

    def _kind(self, head: Token, span: Span) -> str:
        ents = {t.ent_type_ for t in span if t.ent_type_}
        if _has_conj(head) and (ents or head.pos_ == "PROPN"):
            return "group"
        if described_as_body(head):
            return "organisation"
        if head.text[:1].isupper():
            # Known surnames count even when mis-tagged ("Afolabi/NOUN said").
            words = clean_person_words([t for t in span if t.text[:1].isupper()])
            if words and self.registry.knows(words):
                return "person"
        lemma = head.lemma_.lower()
        if lemma in LEX.ORG_NOUNS or _after_body_noun(head):
            return "organisation"
        if lemma in LEX.GENERIC_ORG_NOUNS and lemma not in LEX.PERSON_NOUNS | LEX.TITLES:
            return "organisation"  # "the airline", "the insurer" ("the broker" may be one man)
        if head.pos_ == "PROPN" and _looks_like_person_name(head, span):
            return "person"
        if head.ent_type_ in _ENTITY_ORG:
            return "organisation"
        if head.pos_ == "PROPN":
            # A plural proper noun names a body ("Halcyon Robotics", "Rolls-Royce Motors").
            return "organisation" if ents & _ENTITY_ORG or head.tag_ == "NNPS" else "person"
        return "anonymous"

    def _organisation_shortened(self, span: Span, pos: int) -> Mention | None:
        """The body a shortened name stands for: "Vandermolen" or "Harlow & Finch" for
        "Harlow & Finch Logistics" or "Vandermolen Transport", "United" for "Harbourside
        United" (the name's first or last words), unless a person goes by those words."""
        proper = _proper_part(span)
        words = [w for w in proper.text.split() if w.lower() != "the"]
        if not words or any(w.lower() in LEX.ORG_NOUNS for w in words):
            return None
        if len(words) == 1 and words[0].isupper():
            return None  # an acronym ("the UN" is not the UN Security Council)
        if self.registry.knows(clean_person_words(list(proper))):
            return None
        low = [w.lower() for w in words]
        # The latest such body named before the mention, else the first named after it.
        longer = [
            (start, name)
            for start, name, _ in self.organisations
            if len(parts := name.lower().split()) > len(low)
            and low in (parts[: len(low)], parts[-len(low) :])
        ]
        before = [found for found in longer if found[0] < pos]
        if not longer:
            return None
        name = (before[-1] if before else longer[0])[1]
        return Mention(
            span.start_char,
            span.end_char,
            name,
            "organisation",
            head=name.split()[-1].lower(),
            descriptors=frozenset(w.lower() for w in name.split()),
        )

    def _expand_acronym(self, acronym: str, pos: int) -> Mention | None:
        """The body an acronym stands for ("the BOD" after "the Bank of Daehan"), by the
        initials of all its words or of its capitalised ones."""
        named = [(m.start, m.name) for m in self.history if m.kind == "organisation"]
        named += [(start, name) for start, name, _ in self.organisations]
        for start, name in sorted(named, reverse=True):
            if start >= pos:
                continue
            if name.lower().startswith("the "):
                start, name = start + 4, name[4:]
            words = name.split()
            initials = {
                "".join(w[0] for w in words).upper(),
                "".join(w[0] for w in words if w[0].isupper()),
            }
            if len(words) > 1 and acronym in initials:
                return Mention(start, start + len(name), name, "organisation", head=acronym.lower())
        return None

    @staticmethod
    def _refer(span: Span, earlier: Mention) -> Mention:
        """A mention at ``span`` of the source ``earlier`` names."""
        return replace(earlier, start=span.start_char, end=span.end_char)

    def _match_description(
        self, noun: str, words: frozenset[str], kind: str, pos: int, plural: bool
    ) -> Mention | None:
        """An earlier source that a definite description ("the vice minister", "the
        authority") refers back to: the one that shares most of its words, the latest among
        equals; people named inside reported clauses count too. Then a named entity."""
        people = kind == "anonymous"
        best = None
        # Bodies named in a reported clause are often its topic ("the committee no longer
        # has any reason to exist"), not a source: only "the company" looks there (below).
        pools = (self.history, self.reported) if people else (self.history,)
        earlier_mentions = sorted(
            (m for pool in pools for m in pool if m.start < pos), key=lambda m: m.start
        )
        # What the document has said of each source so far, whichever mention said it
        # ("Boss Gary Rowntree ... Rowntree insisted ... the boss replied").
        described: dict[str, set[str]] = {}
        for earlier in earlier_mentions:
            described.setdefault(earlier.name, set()).update(earlier.descriptors, [earlier.head])
        best_score = (0, False)
        for earlier in reversed(earlier_mentions):
            if (earlier.kind in {"anonymous", "person"}) != people or earlier.plural != plural:
                continue
            known = frozenset(described[earlier.name])
            literal = noun in known  # "the diplomat" for "a Western diplomat", over an envoy
            if not literal and LEX.SYNONYMS.get(noun, frozenset()) & known:
                known |= {noun}
            score = (len(words & known), literal)
            if noun in known and score > best_score:
                best, best_score = earlier, score
        if best is not None:
            return best
        if people and not plural:
            # "De Smet was unimpressed. “...,” the union boss said": the person the paragraph
            # is about just then, whatever title the text gave them before.
            here = self.text.rfind("\n", 0, pos)
            latest = next((m for m in reversed(self.history) if m.start < pos), None)
            if latest is not None and latest.kind == "person" and latest.start > here:
                return latest
            # "For Rybak, who came off the bench, it was a first goal. The winger ...": a
            # person the paragraph named in another role than subject, before any subject.
            named = self._named_in_paragraph(here, pos)
            person = next(
                (m for m in reversed(self.history) if m.start < pos and m.kind == "person"), None
            )
            if named is not None and (person is None or person.start < named.start):
                return named
            # "the rancher said" after "Walt Pruitt, whose family runs cattle nearby, said":
            # the latest named person no title or role describes otherwise, outside reported
            # clauses ("Asked whether Marić had touched him, the midfielder smiled").
            for earlier in reversed([m for m in self.history if m.start < pos]):
                if earlier.kind == "person" and not any(
                    is_role_word(word) and word not in HONORIFICS for word in earlier.descriptors
                ):
                    return earlier
        if not people and noun in LEX.GENERIC_ORG_NOUNS:
            # "the company" after "Acme Robotics has withdrawn ...": the last body that was
            # the subject of a sentence, places, nationalities and documents aside.
            for pool in (self.history, self.reported):
                for earlier in reversed(pool):
                    if (
                        earlier.kind == "organisation"
                        and earlier.entity not in PLACES
                        and earlier.head not in LEX.DOCUMENT_NOUNS
                        and not (noun in _BUSINESS_NOUNS and earlier.head in _PUBLIC_BODY_NOUNS)
                    ):
                        return earlier
        if not people:
            earlier_orgs = [org for org in self.organisations if org[0] < pos]
            named = self._name_ending_in(noun, pos)
            for start, name, words in reversed(earlier_orgs):
                if noun in words:
                    if named is not None and named.end >= start and len(named.name) > len(name):
                        return named  # the recogniser cut the name short
                    return Mention(start, start + len(name), name, "organisation", head=noun)
            if named is not None:
                return named
            # "the company" after "Acme Corp": a generic word for the last named body.
            if noun in LEX.GENERIC_ORG_NOUNS and earlier_orgs:
                start, name, _ = earlier_orgs[-1]
                return Mention(start, start + len(name), name, "organisation", head=noun)
        return None

    def _name_ending_in(self, noun: str, pos: int) -> Mention | None:
        """ "the association" after "the Marsh Lane Tenants’ Association": the last name
        before ``pos`` made of capitalised words and ending in the noun, capitalised (the
        entity recogniser misses many such names)."""
        pattern = re.compile(rf"(?:[A-Z][\w’'.&-]*\s+){{1,5}}{re.escape(noun.capitalize())}\b")
        matches = list(pattern.finditer(self.text, 0, pos))
        if not matches:
            return None
        found = matches[-1]
        start, name = found.start(), found.group(0)
        if name.startswith("The "):
            start, name = start + 4, name[4:]
        name = " ".join(name.split())
        if len(name.split()) < 2:
            return None
        return Mention(start, found.end(), name, "organisation", head=noun)

    def _reported_body(self, span: Span) -> Mention | None:
        """The body or country that a reported clause earlier in the sentence is about:
        "Iceland would not accept ..., its foreign ministry said" (Iceland's)."""
        start = span.sent.start_char
        for earlier in reversed(self.reported):
            if start <= earlier.start < span.start_char and earlier.kind == "organisation":
                return earlier
        return None

    def _owned_by(self, mention: Mention, gender: str) -> bool:
        """Whether a description belongs to someone of that gender: "her client", "his
        lawyer" (whom "she" or "he" nearby does not mean)."""
        first = self.text[mention.start : mention.end].split(" ", 1)[0].lower()
        return LEX.PERSON_PRONOUNS.get(first) == gender and first in {"her", "his"}

    def resolve_pronoun(
        self, pronoun: str, pos: int, not_named: str | None = None
    ) -> Mention | None:
        """The last compatible named source before ``pos``: people for he/she (and for an
        empty pronoun, any person), bodies for it, groups for they; never ``not_named``."""
        gender = LEX.PERSON_PRONOUNS.get(pronoun, "" if not pronoun else None)
        if gender:
            topic = self._topic_of_sentence_before(pos, gender, not_named)
            if topic is not None:
                return topic
        for earlier in reversed(self.history):
            if earlier.start >= pos or earlier.name == not_named:
                continue
            if gender is not None:
                # "A worker at the café ... she said": one unnamed person counts too, but
                # not "each patient" or "every nurse".
                human = earlier.kind == "person" or (
                    earlier.kind == "anonymous"
                    and not earlier.plural
                    and self.text[earlier.start : earlier.end].split(" ", 1)[0].lower()
                    not in _QUANTIFIERS
                )
                known = self.registry.gender(earlier.name) if earlier.kind == "person" else None
                if human and (not gender or (known or earlier.gender) in (None, gender)):
                    if gender and earlier.kind == "anonymous" and self._owned_by(earlier, gender):
                        continue  # "her client" is not "she"
                    return earlier
            elif pronoun in LEX.THING_PRONOUNS:
                if earlier.kind in {"organisation", "group"}:
                    return earlier
            elif pronoun in LEX.PLURAL_PRONOUNS and (
                earlier.kind == "group"
                or earlier.plural
                or (earlier.kind == "organisation" and earlier.name.lower().endswith("s"))
            ):
                return earlier
        return None

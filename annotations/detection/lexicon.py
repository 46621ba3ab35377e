"""Word lists the rules consult: reporting cues, titles, source nouns, first names.

The lists are data (``data/lexicon.json``), saved with a pipeline by the component's
``to_disk`` and read back by ``from_disk``. The lists are open-ended by design: a cue is
recognised by its lemma *and* its dependency structure (a clausal complement, a
quotation next to it), so a word here only makes a token a candidate.

What each list holds:

- ``speech_verbs``: verbs of saying, writing, thinking aloud and claiming (lemmas);
- ``fragment_only_verbs``: cues that count only when their complement holds a verbatim
  fragment ("called the vote “regrettable”");
- ``xcomp_verbs``: verbs whose infinitival complement is what was said ("vowed to");
- ``object_verbs``: verbs whose that-less clause is reported speech only after an object
  ("told Reuters ...");
- ``cue_nouns`` and ``cue_noun_verbs``: "expressed concern that ...";
- ``titles`` and ``title_abbreviations``: words before a name that are not part of it;
- ``person_pronouns``, ``plural_pronouns``, ``thing_pronouns``, ``first_person``;
- ``org_nouns``, ``generic_org_nouns`` ("the company"), ``person_nouns``, ``synonyms``
  ("the force" for a police service);
- ``female_words``, ``male_words``, ``female_names``, ``male_names``: gender cues;
- ``reply_verbs``: cues whose speaker is not the one who spoke just before ("he replied");
- ``document_nouns`` and ``finding_verbs``: "the study found that ...", "the memo says";
  a finding verb is a cue only with a document for its subject;
- ``spoken_nouns``: what someone said, whose owner is the speaker ("Her verdict was
  blunt: ...", "the minister's answer was ...");
- ``irregular_forms``: inflections ``_inflections`` cannot derive;
- ``demonyms``: nouns for a person of a nation ("the Spaniard"), never part of a name.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

DATA_FILE = Path(__file__).with_name("data") / "lexicon.json"

_SET_KEYS = [
    "speech_verbs",
    "fragment_only_verbs",
    "xcomp_verbs",
    "object_verbs",
    "cue_nouns",
    "cue_noun_verbs",
    "titles",
    "plural_pronouns",
    "thing_pronouns",
    "first_person",
    "org_nouns",
    "generic_org_nouns",
    "person_nouns",
    "female_words",
    "male_words",
    "female_names",
    "male_names",
    "reply_verbs",
    "document_nouns",
    "finding_verbs",
    "spoken_nouns",
    "demonyms",
]
_MAP_KEYS = ("title_abbreviations", "person_pronouns")
_LIST_MAP_KEYS = ("synonyms", "irregular_forms")


def word_set(text: str) -> frozenset[str]:
    """The whitespace-separated words of a block of text."""
    return frozenset(text.split())


def _inflections(lemma: str, irregular: Mapping[str, frozenset[str]]) -> set[str]:
    forms = {lemma, lemma + "s", lemma + "ing", lemma + "ed"}
    if lemma.endswith("e"):
        forms |= {lemma + "d", lemma[:-1] + "ing"}
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    if lemma.endswith(("s", "sh", "ch", "x")):
        forms.add(lemma + "es")
    if len(lemma) <= 4 and lemma[-1] in "tdpgnm" and lemma[-2] in "aeiou":
        forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    return forms | set(irregular.get(lemma, ()))


class Lexicon:
    """The word lists, as attributes named like the JSON keys in upper case.

    There is one ``LEX`` per process, which the rules read; ``load`` replaces its lists
    in place (``generation`` counts the loads, so derived tables know to rebuild).
    """

    SPEECH_VERBS: frozenset[str]
    FRAGMENT_ONLY_VERBS: frozenset[str]
    XCOMP_VERBS: frozenset[str]
    OBJECT_VERBS: frozenset[str]
    CUE_NOUNS: frozenset[str]
    CUE_NOUN_VERBS: frozenset[str]
    TITLES: frozenset[str]
    PLURAL_PRONOUNS: frozenset[str]
    THING_PRONOUNS: frozenset[str]
    FIRST_PERSON: frozenset[str]
    ORG_NOUNS: frozenset[str]
    GENERIC_ORG_NOUNS: frozenset[str]
    PERSON_NOUNS: frozenset[str]
    FEMALE_WORDS: frozenset[str]
    MALE_WORDS: frozenset[str]
    FEMALE_NAMES: frozenset[str]
    MALE_NAMES: frozenset[str]
    REPLY_VERBS: frozenset[str]
    DOCUMENT_NOUNS: frozenset[str]
    FINDING_VERBS: frozenset[str]
    SPOKEN_NOUNS: frozenset[str]
    DEMONYMS: frozenset[str]
    TITLE_ABBREVIATIONS: dict[str, str]
    PERSON_PRONOUNS: dict[str, str]
    SYNONYMS: dict[str, frozenset[str]]
    IRREGULAR_FORMS: dict[str, frozenset[str]]
    # Derived: every cue lemma (finding verbs included), and their inflected forms (for
    # tokens the lemmatizer or tagger gets wrong).
    CUE_LEMMAS: frozenset[str]
    CUE_FORMS: frozenset[str]
    # Finding verbs that are not also verbs of saying, and their forms.
    FINDING_ONLY: frozenset[str]
    FINDING_FORMS: frozenset[str]

    def __init__(self, data: Mapping[str, Any]) -> None:
        self.generation = 0
        self.load(data)

    def load(self, data: Mapping[str, Any]) -> None:
        """Take the lists from ``data``; ValueError naming a missing or malformed key."""
        expected = {*_SET_KEYS, *_MAP_KEYS, *_LIST_MAP_KEYS}
        missing = sorted(expected - set(data))
        unknown = sorted(set(data) - expected)
        if missing or unknown:
            raise ValueError(f"lexicon: missing keys {missing}, unknown keys {unknown}")
        for key in _SET_KEYS:
            value = data[key]
            if not isinstance(value, list) or not all(isinstance(w, str) for w in value):
                raise ValueError(f"lexicon: {key!r} must be a list of words")
            setattr(self, key.upper(), frozenset(value))
        for key in _MAP_KEYS:
            setattr(self, key.upper(), {str(k): str(v) for k, v in dict(data[key]).items()})
        for key in _LIST_MAP_KEYS:
            mapping = {str(k): frozenset(map(str, v)) for k, v in dict(data[key]).items()}
            setattr(self, key.upper(), mapping)
        self.CUE_LEMMAS = self.SPEECH_VERBS | self.FRAGMENT_ONLY_VERBS | self.FINDING_VERBS
        self.CUE_FORMS = frozenset(
            form for lemma in self.CUE_LEMMAS for form in _inflections(lemma, self.IRREGULAR_FORMS)
        )
        self.FINDING_ONLY = self.FINDING_VERBS - self.SPEECH_VERBS - self.FRAGMENT_ONLY_VERBS
        self.FINDING_FORMS = frozenset(
            form
            for lemma in self.FINDING_ONLY
            for form in _inflections(lemma, self.IRREGULAR_FORMS)
        )
        self.generation += 1

    def to_data(self) -> dict[str, Any]:
        """The lists as JSON-ready data (sorted, so files compare and diff cleanly)."""
        data: dict[str, Any] = {key: sorted(getattr(self, key.upper())) for key in _SET_KEYS}
        for key in _MAP_KEYS:
            data[key] = dict(sorted(getattr(self, key.upper()).items()))
        for key in _LIST_MAP_KEYS:
            data[key] = {k: sorted(v) for k, v in sorted(getattr(self, key.upper()).items())}
        return data


def read_lexicon(path: Path) -> dict[str, Any]:
    """The data of a lexicon file; ValueError naming the file when it cannot be read."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise ValueError(f"{path}: cannot read lexicon: {exc}") from exc
    if not isinstance(data, dict):
        raise ValueError(f"{path}: a lexicon is a JSON object of word lists")
    return data


LEX = Lexicon(read_lexicon(DATA_FILE))

"""Indirect and mixed quotes: reported clauses, with and without "that"."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from annotations.detection import DetectedQuote, quotes_from_doc

Detect = Callable[[str], list[DetectedQuote]]


def only(found: list[DetectedQuote]) -> DetectedQuote:
    assert len(found) == 1, found
    return found[0]


def test_indirect_with_that(quotes: Detect) -> None:
    q = only(quotes("Nadia Rahman said that the price looked full but fair."))
    assert (q.kind, q.text, q.speaker, q.cue) == (
        "indirect",
        "the price looked full but fair",
        "Nadia Rahman",
        "said",
    )


def test_indirect_without_that(quotes: Detect) -> None:
    q = only(quotes("Diplomats say another vote before April 30 seems unlikely."))
    assert q.text == "another vote before April 30 seems unlikely"
    assert (q.speaker, q.speaker_kind) == ("Diplomats", "anonymous")


def test_reported_clause_before_the_cue(quotes: Detect) -> None:
    text = (
        "Russia has effectively disbanded a panel of experts, three former members of the "
        "panel told Reuters."
    )
    q = only(quotes(text))
    assert q.text == "Russia has effectively disbanded a panel of experts"
    assert (q.speaker, q.speaker_kind, q.cue) == (
        "three former members of the panel",
        "anonymous",
        "told",
    )


@pytest.mark.parametrize(
    ("sentence", "content", "cue"),
    [
        ("Jane Doe warned that the bridge could close.", "the bridge could close", "warned"),
        ("Jane Doe argued the ruling was flawed.", "the ruling was flawed", "argued"),
        ("Jane Doe insisted that nothing had changed.", "nothing had changed", "insisted"),
        ("Jane Doe wrote that the data were incomplete.", "the data were incomplete", "wrote"),
        ("Jane Doe pointed out that costs had doubled.", "costs had doubled", "pointed out"),
        ("Jane Doe admitted the team had played badly.", "the team had played badly", "admitted"),
    ],
)
def test_open_list_of_cues(quotes: Detect, sentence: str, content: str, cue: str) -> None:
    q = only(quotes(sentence))
    assert (q.text, q.cue, q.speaker) == (content, cue, "Jane Doe")


def test_mixed_quote_span_is_the_reported_clause(quotes: Detect) -> None:
    text = "Victor Cha said Russia is “the third step” in the effort."
    q = only(quotes(text))
    assert q.kind == "mixed"
    assert q.text == "Russia is “the third step” in the effort"


def test_mixed_with_called(quotes: Detect) -> None:
    text = "South Korea’s Unification Ministry called the vote “extremely regrettable.”"
    q = only(quotes(text))
    assert (q.kind, q.text) == ("mixed", "the vote “extremely regrettable.”")
    assert q.speaker == "South Korea’s Unification Ministry"
    assert q.speaker_kind == "organisation"


def test_expressed_concern_that(quotes: Detect) -> None:
    text = "Victor Cha expressed great concern that Russia could abandon ‘long-standing norms’."
    q = only(quotes(text))
    assert q.kind == "mixed"
    assert q.cue == "expressed great concern"
    assert q.text == "Russia could abandon ‘long-standing norms’"


def test_according_to(quotes: Detect) -> None:
    text = "According to the Department of Environmental Quality, the plant passed its inspections."
    q = only(quotes(text))
    assert q.kind == "indirect"
    assert q.text == "the plant passed its inspections"
    assert q.cue == "According to"
    assert q.speaker == "the Department of Environmental Quality"


def test_according_to_in_parentheses(quotes: Detect) -> None:
    text = (
        "Reports show that North Korea has supplied 10,000 containers of munitions "
        "(according to the U.S. State Department)."
    )
    q = only(quotes(text))
    assert q.text == "North Korea has supplied 10,000 containers of munitions"


def test_participle_cue_takes_the_main_subject(quotes: Detect) -> None:
    text = (
        "Russia’s ambassador, Vassily Nebenzia, criticized the experts’ work, saying that its "
        "report had been reduced to “catering to Western practices”."
    )
    q = only(quotes(text))
    assert q.kind == "mixed"
    assert q.speaker == "Vassily Nebenzia"
    assert q.cue == "saying"


def test_reported_clause_stops_at_a_second_cue(quotes: Detect) -> None:
    text = "Afolabi Dele said the club would appeal, adding that the player had barely touched him."
    found = quotes(text)
    assert [q.text for q in found] == [
        "the club would appeal",
        "the player had barely touched him",
    ]


def test_nested_cue_gives_no_second_quote(quotes: Detect) -> None:
    text = "The United States said the veto highlighted a rare dividend and underlined new ties."
    q = only(quotes(text))
    assert q.text == "the veto highlighted a rare dividend and underlined new ties"
    assert q.speaker == "The United States"


def test_continue_only_attributes_an_adjacent_quote(quotes: Detect) -> None:
    assert quotes("Food prices continue to “soar” across the region.") == []
    (q,) = quotes("“We are not finished,” Pieter van den Berg continued.")
    assert q.speaker == "Pieter van den Berg"


def test_symbols_at_the_end_of_the_clause_are_kept(quotes: Detect) -> None:
    (q,) = quotes("Dr Amina Yusuf said the drug reduced symptoms by 40%.")
    assert q.text == "the drug reduced symptoms by 40%"


def test_that_clause_after_an_object_and_a_phrase(quotes: Detect) -> None:
    text = (
        "Ines Moreau told analysts on a call that the update had been tested for months "
        "but only briefly on real streets."
    )
    (q,) = quotes(text)
    assert q.text == "the update had been tested for months but only briefly on real streets"
    assert (q.kind, q.speaker, q.cue) == ("indirect", "Ines Moreau", "told")


def test_clause_before_the_cue_when_the_parse_hangs_it_on_the_line_above(nlp: Language) -> None:
    """The parser sometimes makes the clause a complement of a dateline above it; the
    surface form "<clause>, <subject> said." still gives the quote."""
    rows = [  # word, space after, head, dep, pos, tag, lemma
        ("Updated", True, 0, "ROOT", "VERB", "VBN", "update"),
        ("Tuesday", False, 0, "npadvmod", "PROPN", "NNP", "Tuesday"),
        ("\n\n", False, 1, "dep", "SPACE", "_SP", "\n\n"),
        ("A", True, 4, "det", "DET", "DT", "a"),
        ("baker", True, 6, "nsubjpass", "NOUN", "NN", "baker"),
        ("was", True, 6, "auxpass", "AUX", "VBD", "be"),
        ("robbed", True, 0, "ccomp", "VERB", "VBN", "rob"),
        ("in", True, 6, "prep", "ADP", "IN", "in"),
        ("his", True, 9, "poss", "PRON", "PRP$", "his"),
        ("shop", False, 7, "pobj", "NOUN", "NN", "shop"),
        (",", True, 13, "punct", "PUNCT", ",", ","),
        ("Harlow", True, 12, "compound", "PROPN", "NNP", "Harlow"),
        ("Police", True, 13, "nsubj", "PROPN", "NNP", "Police"),
        ("said", False, 13, "ROOT", "VERB", "VBD", "say"),
        (".", False, 13, "punct", "PUNCT", ".", "."),
    ]
    words, spaces, heads, deps, pos, tags, lemmas = (
        list(column) for column in zip(*rows, strict=True)
    )
    doc = Doc(
        nlp.vocab,
        words=words,
        spaces=spaces,
        heads=heads,
        deps=deps,
        pos=pos,
        tags=tags,
        lemmas=lemmas,
        sent_starts=[True] + [False] * 12 + [False, False],
        ents=["O"] * 11 + ["B-ORG", "I-ORG"] + ["O", "O"],
    )
    (q,) = quotes_from_doc(nlp.get_pipe("quote_detector")(doc))
    assert q.text == "A baker was robbed in his shop"
    assert (q.speaker, q.cue) == ("Harlow Police", "said")


def test_an_unclosed_fragment_ends_with_its_sentence(quotes: Detect) -> None:
    text = (
        'Edna Pryce, 80, said she could no longer afford "a bus to the clinic at these prices. '
        "Her neighbour, Sam Ola, said he would walk instead. "
        "Dr. Ann Bell said that Mr. Ola would be fine."
    )
    found = quotes(text)
    assert [q.text for q in found] == [
        'she could no longer afford "a bus to the clinic at these prices',
        "he would walk instead",
        "Mr. Ola would be fine",
    ]
    assert [q.speaker for q in found] == ["Edna Pryce", "Sam Ola", "Ann Bell"]

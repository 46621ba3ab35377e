"""The pipeline component, its span attributes and the plain-Python API."""

from __future__ import annotations

import dataclasses
import re
import subprocess
import sys
from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Span
from spacy.training import Example

from annotations.detection import (
    DETECTOR_NAME,
    DETECTOR_VERSION,
    SPAN_KEY,
    DetectedQuote,
    detect,
    load_pipeline,
    quotes_from_doc,
    register_extensions,
)
from annotations.detection.component import SPAN_EXTENSIONS

from .conftest import MODEL

TEXT = (
    "Ingrid Halvorsen, the chief executive, spoke on Wednesday.\n\n"
    "“We looked at every option,” she said, “and this one protects the most jobs.”\n\n"
    "Nadia Rahman said that the price looked full."
)


def test_version_is_semver() -> None:
    assert DETECTOR_NAME == "quote_detector"
    assert re.fullmatch(r"\d+\.\d+\.\d+", DETECTOR_VERSION)


def test_add_pipe_on_a_fresh_pipeline() -> None:
    nlp = spacy.load(MODEL)
    nlp.add_pipe("quote_detector")
    assert nlp.pipe_names[-1] == DETECTOR_NAME
    doc = nlp(TEXT)
    assert [span.label_ for span in doc.spans[SPAN_KEY]] == ["direct", "direct", "indirect"]


def test_load_pipeline_is_cached_and_adds_the_component_last(nlp: Language) -> None:
    assert load_pipeline(MODEL) is nlp
    assert nlp.pipe_names[-1] == DETECTOR_NAME
    assert nlp.pipe_names.count(DETECTOR_NAME) == 1


def test_span_attributes(nlp: Language) -> None:
    doc = nlp(TEXT)
    span = doc.spans[SPAN_KEY][0]
    ext = span._
    assert ext.quote_kind == span.label_ == "direct"
    assert ext.quote_speaker == "Ingrid Halvorsen"
    assert ext.quote_speaker_kind == "person"
    assert doc.text[ext.quote_speaker_start : ext.quote_speaker_end] == "she"
    assert (ext.quote_cue, doc.text[ext.quote_cue_start : ext.quote_cue_end]) == ("said", "said")
    assert 0.0 < ext.quote_confidence <= 1.0
    assert doc.text[ext.quote_start : ext.quote_end] == "“We looked at every option,”"
    assert ext.quote_found_by == "adjacent_cue"
    assert ext.quote_speaker_by == "own_subject"
    assert ext.quote_speaker_reason == "subject of ‘said’; ‘she’ → Ingrid Halvorsen"


def test_register_extensions_is_idempotent(nlp: Language) -> None:
    register_extensions()
    register_extensions()
    assert all(Span.has_extension(name) for name in SPAN_EXTENSIONS)
    assert quotes_from_doc(nlp(TEXT))


def test_char_offsets_inside_tokens_are_exact(nlp: Language) -> None:
    # The indirect quote ends inside the token "full." is split by spaCy, but a quote
    # glued to a word ("x“quoted”") is not token-aligned: the exact offsets are kept.
    text = "Nadia Rahman said the price was “full”and fair, she added."
    doc = nlp(text)
    for quote in quotes_from_doc(doc):
        assert quote.text == text[quote.start : quote.end]


def test_detected_quote_is_frozen_with_slots(nlp: Language) -> None:
    quote = quotes_from_doc(nlp(TEXT))[0]
    assert isinstance(quote, DetectedQuote)
    assert not hasattr(quote, "__dict__")
    with pytest.raises(dataclasses.FrozenInstanceError):
        quote.start = 0  # type: ignore[misc]
    assert [f.name for f in dataclasses.fields(DetectedQuote)] == [
        "start",
        "end",
        "text",
        "kind",
        "speaker",
        "speaker_kind",
        "speaker_start",
        "speaker_end",
        "cue",
        "cue_start",
        "cue_end",
        "confidence",
        "found_by",
        "speaker_by",
        "speaker_reason",
    ]


def test_quotes_are_sorted_and_texts_match(nlp: Language) -> None:
    found = quotes_from_doc(nlp(TEXT))
    assert [q.start for q in found] == sorted(q.start for q in found)
    assert all(TEXT[q.start : q.end] == q.text for q in found)


def test_detect_batches_in_order(nlp: Language) -> None:
    texts = [TEXT, "", "No quotes in this line at all.", TEXT]
    results = list(detect(nlp, texts, batch_size=2))
    assert [len(r) for r in results] == [3, 0, 0, 3]


def test_config_can_keep_boilerplate() -> None:
    nlp = spacy.load(MODEL)
    nlp.add_pipe("quote_detector", config={"skip_boilerplate": False})
    text = "Body text here.\n\nRelated Articles\n\nJane Doe said that prices will rise again."
    doc = nlp(text)
    assert [s.text for s in doc.spans[SPAN_KEY]] == ["prices will rise again"]


def test_min_confidence_filters() -> None:
    nlp = spacy.load(MODEL)
    nlp.add_pipe("quote_detector", config={"min_confidence": 0.99})
    doc = nlp(TEXT)
    assert list(doc.spans[SPAN_KEY]) == []


def test_sieve_lists_come_from_the_config() -> None:
    nlp = spacy.load(MODEL)
    nlp.add_pipe(
        "quote_detector",
        config={"finders": ["reported_clause"], "speakers": ["own_subject"]},
    )
    found = quotes_from_doc(nlp(TEXT))
    # Without split_quote the second half of Halvorsen's quote is not found.
    assert [(q.kind, q.found_by, q.speaker) for q in found] == [
        ("direct", "reported_clause", "Ingrid Halvorsen"),
        ("indirect", "reported_clause", "Nadia Rahman"),
    ]


@pytest.mark.parametrize(
    ("config", "message"),
    [
        ({"finders": ["adjacent_cue", "guess"]}, "finders: unknown sieve 'guess'"),
        ({"speakers": ["adjacent_cue"]}, "'adjacent_cue' is a region sieve"),
    ],
)
def test_bad_sieve_names_are_refused(config: dict[str, list[str]], message: str) -> None:
    nlp = spacy.blank("en")
    with pytest.raises(ValueError, match=message):
        nlp.add_pipe("quote_detector", config=config)


def test_nlp_evaluate_reports_quote_scores(nlp: Language) -> None:
    reference = nlp.make_doc(TEXT)
    start = TEXT.index("“We")
    span = reference.char_span(start, TEXT.index("she") - 1, alignment_mode="expand")
    assert span is not None
    span._.quote_speaker = "Ingrid Halvorsen"
    wrong = reference.char_span(TEXT.index("the price"), len(TEXT) - 1, alignment_mode="expand")
    assert wrong is not None
    wrong._.quote_speaker = "Someone Else"
    reference.spans[SPAN_KEY] = [span, wrong]
    scores = nlp.evaluate([Example(nlp.make_doc(TEXT), reference)])
    # Three predicted, two gold, both found; one of the two speakers is right.
    assert scores["quotes_p"] == pytest.approx(2 / 3)
    assert scores["quotes_r"] == 1.0
    assert scores["quotes_f"] == pytest.approx(0.8)
    assert scores["quotes_speaker_acc"] == 0.5


def test_saved_pipeline_loads_with_spacy_load(nlp: Language, tmp_path: Path) -> None:
    nlp.to_disk(tmp_path / "pipeline")
    assert (tmp_path / "pipeline" / DETECTOR_NAME / "lexicon.json").exists()
    loaded = spacy.load(tmp_path / "pipeline")
    assert loaded.pipe_names[-1] == DETECTOR_NAME
    assert quotes_from_doc(loaded(TEXT)) == quotes_from_doc(nlp(TEXT))


def test_saved_pipeline_loads_in_a_fresh_process_without_django(
    nlp: Language, tmp_path: Path
) -> None:
    """The ``spacy_factories`` entry point finds the component; nothing imports Django."""
    nlp.to_disk(tmp_path / "pipeline")
    script = (
        "import sys, spacy\n"
        f"nlp = spacy.load({str(tmp_path / 'pipeline')!r})\n"
        f"doc = nlp({TEXT!r})\n"
        "print([s._.quote_speaker for s in doc.spans['quotes']])\n"
        "print('django' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, cwd=tmp_path
    )
    speakers, django_loaded = result.stdout.splitlines()
    assert speakers == "['Ingrid Halvorsen', 'Ingrid Halvorsen', 'Nadia Rahman']"
    assert django_loaded == "False"


def test_doc_lists_the_sources_with_their_mentions(nlp: Language) -> None:
    doc = nlp(TEXT)
    sources = doc._.quote_sources
    mentions = [TEXT[start:end] for start, end in sources["Ingrid Halvorsen"]]
    assert mentions[0] == "Ingrid Halvorsen" and "she" in mentions
    assert "Nadia Rahman" in sources

"""The pipeline component, its span attributes and the plain-Python API."""

from __future__ import annotations

import dataclasses
import re

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Span

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
    assert span._.quote_kind == span.label_ == "direct"
    assert span._.speaker == "Ingrid Halvorsen"
    assert span._.speaker_kind == "person"
    assert doc.text[span._.speaker_start : span._.speaker_end] == "she"
    assert (span._.cue, doc.text[span._.cue_start : span._.cue_end]) == ("said", "said")
    assert 0.0 < span._.confidence <= 1.0
    assert doc.text[span._.quote_start : span._.quote_end] == "“We looked at every option,”"


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

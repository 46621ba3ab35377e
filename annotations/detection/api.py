"""Plain-Python access to the detector: dataclasses, pipeline loading, batch detection."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .component import DETECTOR_NAME, SPAN_KEY
from .meta import DetectedQuote


def quotes_from_doc(doc: Doc, spans_key: str = SPAN_KEY) -> list[DetectedQuote]:
    """The quotes the component stored on ``doc``, sorted by start (exact char offsets)."""
    quotes = []
    text = doc.text  # Doc.text joins every token: read it once
    for span in doc.spans.get(spans_key, []):
        ext = span._
        start = ext.quote_start if ext.quote_start is not None else span.start_char
        end = ext.quote_end if ext.quote_end is not None else span.end_char
        quotes.append(
            DetectedQuote(
                start=start,
                end=end,
                text=text[start:end],
                kind=ext.quote_kind or span.label_,
                speaker=ext.quote_speaker,
                speaker_kind=ext.quote_speaker_kind,
                speaker_start=ext.quote_speaker_start,
                speaker_end=ext.quote_speaker_end,
                cue=ext.quote_cue,
                cue_start=ext.quote_cue_start,
                cue_end=ext.quote_cue_end,
                confidence=float(ext.quote_confidence or 0.0),
                found_by=ext.quote_found_by or "",
                speaker_by=ext.quote_speaker_by,
                speaker_reason=ext.quote_speaker_reason,
            )
        )
    quotes.sort(key=lambda q: (q.start, q.end))
    return quotes


@cache
def load_pipeline(model: str) -> Language:
    """``spacy.load(model)`` (package name or path) with the quote detector added last.

    Cached: one pipeline per model per process.
    """
    nlp = spacy.load(model)
    if DETECTOR_NAME not in nlp.pipe_names:
        nlp.add_pipe(DETECTOR_NAME, last=True)
    return nlp


def detect(
    nlp: Language, texts: Iterable[str], batch_size: int = 32, n_process: int = 1
) -> Iterator[list[DetectedQuote]]:
    """Detect quotes in many texts with ``nlp.pipe``; one list per text, in order."""
    for doc in nlp.pipe(texts, batch_size=batch_size, n_process=n_process):
        yield quotes_from_doc(doc)

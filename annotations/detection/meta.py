"""What the rest of the project needs to know about the detector without importing spaCy:
its name and version, the span group it fills, and the plain record of one quote.

The web processes import this (through ``annotations.detecting``); spaCy itself is only
imported where documents are parsed (detection commands and task workers).
"""

from __future__ import annotations

from dataclasses import dataclass

DETECTOR_NAME = "quote_detector"
DETECTOR_VERSION = "1.4.0"
SPAN_KEY = "quotes"


@dataclass(frozen=True, slots=True)
class DetectedQuote:
    """One detected quote; offsets are ``str`` indices into the parsed text."""

    start: int
    end: int
    text: str
    kind: str
    speaker: str | None
    speaker_kind: str | None
    speaker_start: int | None
    speaker_end: int | None
    cue: str | None
    cue_start: int | None
    cue_end: int | None
    confidence: float
    # The sieve that found the quote, the one that named its speaker, and why.
    found_by: str = ""
    speaker_by: str | None = None
    speaker_reason: str | None = None

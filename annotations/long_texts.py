"""Detection in texts of any accepted length: parsed in parts, offsets shifted back.

spaCy refuses a text longer than ``nlp.max_length`` (a million characters by default, error
E088), and the parser's memory grows with the length of what it parses. A text is therefore
cut into parts of at most ``PARSE_CHARS`` characters at paragraph boundaries
(``annotations.text_parts``), each part parsed on its own, and every offset the detector
reports shifted by where its part begins, so offsets stay exact indices into the whole text.
A quote that runs across a cut would be lost, which is why the cuts fall between paragraphs.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Sequence

from spacy.language import Language

from annotations import text_parts
from annotations.detection import DetectedQuote, detect

# Parts this long keep a batch of parts well inside a worker's memory; an ordinary article
# (a few thousand characters) is one part, parsed exactly as before.
PARSE_CHARS = 20_000
# At most about this many characters go through the pipeline in one batch: fewer parts to a
# batch when they are long, since the parser's memory grows with the batch.
BATCH_CHARS = 160_000


def shifted(found: DetectedQuote, offset: int) -> DetectedQuote:
    """The detection with its offsets moved ``offset`` characters on."""
    if not offset:
        return found

    def move(value: int | None) -> int | None:
        return None if value is None else value + offset

    return dataclasses.replace(
        found,
        start=found.start + offset,
        end=found.end + offset,
        speaker_start=move(found.speaker_start),
        speaker_end=move(found.speaker_end),
        cue_start=move(found.cue_start),
        cue_end=move(found.cue_end),
    )


def detect_in_parts(
    nlp: Language, texts: Sequence[str], batch_size: int = 32
) -> Iterator[list[DetectedQuote]]:
    """Like ``detection.detect``: one list of detections per text, in order, each text
    parsed in parts of at most ``PARSE_CHARS`` characters."""
    pieces = [
        (index, start, end)
        for index, text in enumerate(texts)
        for start, end in text_parts.spans(text, PARSE_CHARS)
    ]
    longest = max((end - start for _, start, end in pieces), default=1)
    found_per_piece = detect(
        nlp,
        (texts[index][start:end] for index, start, end in pieces),
        max(1, min(batch_size, BATCH_CHARS // longest)),
    )
    current, collected = 0, list[DetectedQuote]()
    for (index, start, _), found in zip(pieces, found_per_piece, strict=True):
        while current < index:
            yield collected
            current, collected = current + 1, []
        collected.extend(shifted(quote, start) for quote in found)
    while current < len(texts):
        yield collected
        current, collected = current + 1, []

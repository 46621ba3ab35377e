"""Cutting a long text into parts at paragraph boundaries, with exact offsets.

Detection parses an article part by part (spaCy refuses texts over ``nlp.max_length``, and a
parse's memory grows with its length), and the article page shows a long article a part at a
time. Both cut where a reader would: at a blank line if there is one in reach, else at a line
break, else after a sentence's full stop, else at a space; only a text with none of those is
cut mid-word.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

# Where to cut, best first; each pattern matches the separator, and the cut falls after it.
BOUNDARIES = (
    re.compile(r"\n[ \t\r]*\n"),
    re.compile(r"\n"),
    re.compile(r"[.!?][”’\"')\]]*[ \t]+"),
    re.compile(r"[ \t]+"),
)


@dataclass(frozen=True, slots=True)
class Part:
    """Characters ``start`` to ``end`` of a text: part ``number`` (from 1) of ``count``."""

    number: int
    count: int
    start: int
    end: int

    @property
    def previous(self) -> int | None:
        return self.number - 1 if self.number > 1 else None

    @property
    def next(self) -> int | None:
        return self.number + 1 if self.number < self.count else None


def cut_at(text: str, start: int, limit: int, stop: int) -> int:
    """The end of the part of ``text[:stop]`` that begins at ``start``: at most ``limit``
    characters, cut after the last boundary in reach (in its second half, so parts do not get
    tiny)."""
    hard_end = start + limit
    if hard_end >= stop:
        return stop
    floor = start + limit // 2
    for boundary in BOUNDARIES:
        last = None
        for match in boundary.finditer(text, floor, hard_end):
            last = match
        if last is not None:
            return last.end()
    return hard_end


def spans(
    text: str, limit: int, start: int = 0, end: int | None = None
) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each part of ``text[start:end]``, together covering all of it."""
    stop = len(text) if end is None else end
    position = start
    while position < stop:
        part_end = cut_at(text, position, limit, stop)
        yield position, part_end
        position = part_end


def parts(text: str, limit: int) -> list[Part]:
    cuts = list(spans(text, limit)) or [(0, 0)]
    return [Part(number, len(cuts), start, end) for number, (start, end) in enumerate(cuts, 1)]


# The article page shows a long text this many characters at a time (about 15,000 words).
PAGE_CHARS = 100_000


def page_part(text: str, requested: str | None, around: int | None) -> Part | None:
    """The part of a long text the article page shows: the one asked for (``?part=N``), else
    the one holding offset ``around`` (the selected quote), else the first. None for a text
    short enough to show whole."""
    if len(text) <= PAGE_CHARS:
        return None
    pages = parts(text, PAGE_CHARS)
    if requested and requested.isdigit() and 1 <= int(requested) <= len(pages):
        return pages[int(requested) - 1]
    if around is not None:
        return next((page for page in pages if page.start <= around < page.end), pages[0])
    return pages[0]

"""Pairing quotation marks in raw text, tolerant of scraped, unbalanced punctuation.

Marks are paired paragraph by paragraph, so a stray mark never reaches beyond its
paragraph; the only exception is the newspaper convention of a quote running over
several paragraphs, each reopened with a new opening mark.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Two apostrophes or two backticks stand for a double mark in some archives and in
# Penn-Treebank-style text: ''…'' and ``…''.
_MARK = re.compile(r"''|``|[\"'“”‘’«»„‟‹›\n]")
_DOUBLE_OPENERS = frozenset('“"„‟«')
_OPEN_BRACKETS = frozenset("([{—–-/")
_CLOSE_PUNCT = frozenset(".,;:!?)]}—–-…")


@dataclass(frozen=True, slots=True)
class QuoteRegion:
    """A stretch of text inside quotation marks, marks included.

    ``closed`` is False when the closing mark is missing: the region then ends at its
    paragraph's end.
    """

    start: int
    end: int
    closed: bool


def _left_open(prev: str) -> bool:
    return prev == "" or prev.isspace() or prev in _OPEN_BRACKETS or prev in "“\"‘'«„‹"


def _right_open(nxt: str) -> bool:
    return nxt == "" or nxt.isspace() or nxt in _CLOSE_PUNCT or nxt in "”\"’'»›"


class _Paragraph:
    """Mark pairing inside one paragraph: a stack of open marks (kind, position)."""

    __slots__ = ("closed", "stack")

    def __init__(self) -> None:
        self.stack: list[tuple[str, int]] = []
        self.closed: list[tuple[int, int]] = []

    def open(self, kind: str, pos: int) -> None:
        if kind == "d" and self.stack and self.stack[0][0] == "d" and len(self.stack) == 1:
            # A second double opener while one is open: the first was never closed.
            self.closed.append((self.stack[0][1], -pos))
            self.stack.clear()
        self.stack.append((kind, pos))

    def has_open(self, kind: str) -> bool:
        return any(k == kind for k, _ in self.stack)

    def close(self, kind: str, end: int) -> None:
        while self.stack:
            k, pos = self.stack.pop()
            if k == kind:
                self.closed.append((pos, end))
                return


def _classify(
    text: str, i: int, mark: str, par: _Paragraph, par_end: int
) -> tuple[str, str] | None:
    """Return (action, kind) for ``mark`` at i: action 'open' or 'close', kind 'd' or 's'."""
    char = mark if len(mark) == 1 else '"' if mark == "''" else "“"
    prev = text[i - 1] if i > 0 else ""
    after = i + len(mark)
    nxt = text[after] if after < len(text) else ""
    left, right = _left_open(prev), _right_open(nxt)
    if char in "„‟«":
        return "open", "d"
    if char == "»":
        return ("close", "d") if par.has_open("d") else None
    if char == "“":
        if par.has_open("d") and not left and right:
            return "close", "d"
        return "open", "d"
    if char == "”":
        if par.has_open("d"):
            return "close", "d"
        return ("open", "d") if left and not right else None
    if char == '"':
        if par.has_open("d") and not (left and not right):
            return "close", "d"
        return ("open", "d") if not right else None
    # Single marks: apostrophes are far more common, so be strict.
    if prev.isalnum() and nxt.isalnum():
        return None
    if char in "‘‹" or (char == "'" and left):
        return ("open", "s") if left and (nxt.isalnum() or nxt in '“"') else None
    if par.has_open("s") and not left:
        if prev in "sS" and nxt == " ":
            # "teachers’ union" inside a single-quoted stretch: keep looking for a later closer.
            later = text.find(char, i + 1, par_end)
            while later > 0:
                if _right_open(text[later + 1 : later + 2]) and not text[later - 1].isspace():
                    return None
                later = text.find(char, later + 1, par_end)
        return "close", "s"
    return None


def find_quote_regions(text: str, start: int = 0, end: int | None = None) -> list[QuoteRegion]:
    """Top-level quoted stretches of text[start:end], in order."""
    end = len(text) if end is None else end
    regions: list[QuoteRegion] = []
    par = _Paragraph()
    par_start = start
    carried: int | None = None  # start of a quote continued from the previous paragraph
    pos = start
    while pos <= end:
        brk = text.find("\n", pos, end)
        par_end = end if brk < 0 else brk
        for match in _MARK.finditer(text, pos, par_end):
            i = match.start()
            found = _classify(text, i, match.group(), par, par_end)
            if found is None:
                continue
            action, kind = found
            if action == "open":
                par.open(kind, i)
            else:
                par.close(kind, match.end())
        carried = _finish_paragraph(text, par, par_start, par_end, end, carried, regions)
        par = _Paragraph()
        pos = par_end + 1
        par_start = pos
    return regions


def _finish_paragraph(
    text: str,
    par: _Paragraph,
    par_start: int,
    par_end: int,
    end: int,
    carried: int | None,
    regions: list[QuoteRegion],
) -> int | None:
    """Emit the paragraph's top-level regions; return the start of a quote that continues."""
    content_end = par_end
    while content_end > par_start and text[content_end - 1].isspace():
        content_end -= 1
    if content_end == par_start:  # blank line: a carried quote may continue after it
        return carried
    pairs = [(s, e if e > 0 else _prev_content_end(text, -e), e > 0) for s, e in par.closed]
    unclosed = next((pos for kind, pos in par.stack if kind == "d"), None)
    if unclosed is not None:
        pairs.append((unclosed, content_end, False))
    pairs.sort(key=lambda p: (p[0], -p[1]))
    top: list[tuple[int, int, bool]] = []
    for s, e, closed in pairs:
        if top and s < top[-1][1]:
            continue
        top.append((s, e, closed))
    if carried is not None:
        # This paragraph opened with the continuation mark: merge it into the carried quote.
        if top and top[0][0] == _first_char(text, par_start, par_end):
            s, e, closed = top.pop(0)
            top.insert(0, (carried, e, closed))
        else:
            regions.append(QuoteRegion(carried, _prev_content_end(text, par_start), False))
    carried = None
    if top and not top[-1][2] and top[-1][1] == content_end:
        nxt = _next_paragraph_start(text, par_end, end)
        opener = top[-1][0]
        intro = text[par_start:opener].rstrip()
        reopened = nxt is not None and (text[nxt] in _DOUBLE_OPENERS or text.startswith("``", nxt))
        # (after a colon or comma, or opening a sentence: "…,” he said. “We say …")
        if nxt is not None and reopened and (not intro or intro[-1] in ":,.!?"):
            carried = top.pop()[0]
    regions.extend(QuoteRegion(s, e, closed) for s, e, closed in top)
    return carried


def _first_char(text: str, start: int, end: int) -> int:
    while start < end and text[start].isspace():
        start += 1
    return start


def _prev_content_end(text: str, pos: int) -> int:
    while pos > 0 and text[pos - 1].isspace():
        pos -= 1
    return pos


def _next_paragraph_start(text: str, par_end: int, end: int) -> int | None:
    pos = par_end
    while pos < end and text[pos].isspace():
        pos += 1
    return pos if pos < end else None

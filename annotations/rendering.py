"""What the article page shows: the text as paragraphs of exact-offset segments, and quote rows.

The text is cut at every edge of a quote, speaker mention, cue, line break and the main
content, so each segment is plain text under one set of marks. Each segment carries its
code-point offsets; the browser maps a selection back to offsets from them, and the template
escapes each segment's text like any other value. A paragraph is one line of the text; after a
change only the lines the change touched are drawn again (``touched_lines``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise

from annotations import mentions
from annotations.judging import mention_of
from annotations.models import Annotation, Article, Quote, Speaker, StanceLabel

LINE = re.compile(r"[^\r\n]+")


@dataclass(frozen=True)
class Mark:
    """A span to show: a quote, or a quote's speaker mention or cue."""

    start: int
    end: int
    role: str  # "quote", "mention" or "cue"
    quote_id: int
    kind: str = ""
    decision: str = ""


@dataclass(frozen=True)
class Segment:
    start: int
    end: int
    text: str
    css: str
    quotes: str  # ids of the quotes covering the segment, space-separated
    mentions: str
    cues: str


@dataclass(frozen=True)
class Paragraph:
    start: int
    end: int
    segments: list[Segment]


@dataclass(frozen=True)
class QuoteRow:
    """One quote as this annotator sees it: their corrected span and judgement, if any."""

    number: int
    quote: Quote
    annotation: Annotation | None
    start: int
    end: int
    text: str
    speaker: Speaker | None
    speaker_is_suggestion: bool
    stance: StanceLabel | None
    decision: str
    mention: mentions.Span | None
    low_confidence: bool

    @property
    def span_corrected(self) -> bool:
        return (self.start, self.end) != (self.quote.start, self.quote.end)

    @property
    def mention_text(self) -> str:
        return self.quote.article.text[self.mention[0] : self.mention[1]] if self.mention else ""


@dataclass(frozen=True)
class Progress:
    judged: int
    total: int

    @property
    def percent(self) -> int:
        return round(100 * self.judged / self.total) if self.total else 100

    @property
    def left(self) -> int:
        return self.total - self.judged


def quote_row(
    number: int, quote: Quote, labels: Sequence[StanceLabel], low_confidence: float = 0.0
) -> QuoteRow:
    """``quote.mine`` holds the annotator's judgement (or None); see ``judging.mine``.

    A suggested speaker whose detection confidence is under ``low_confidence`` is marked.
    """
    annotation: Annotation | None = quote.mine
    start, end = quote.start, quote.end
    if annotation is not None and annotation.start is not None and annotation.end is not None:
        start, end = annotation.start, annotation.end
    speaker = annotation.speaker if annotation is not None else None
    stance_key = annotation.stance if annotation is not None else ""
    return QuoteRow(
        number=number,
        quote=quote,
        annotation=annotation,
        start=start,
        end=end,
        text=quote.article.text[start:end],
        speaker=speaker or quote.suggested_speaker,
        speaker_is_suggestion=speaker is None and quote.suggested_speaker is not None,
        stance=next((label for label in labels if label.key == stance_key), None),
        decision=annotation.decision if annotation is not None else "",
        mention=mention_of(quote, annotation),
        low_confidence=speaker is None
        and quote.suggested_speaker is not None
        and quote.confidence is not None
        and quote.confidence < low_confidence,
    )


def drawn_spans(quote: Quote, annotation: Annotation | None) -> list[mentions.Span]:
    """Every span a quote draws in the text under this judgement: the quote (as corrected),
    the speaker's mention and the cue."""
    corrected = mentions.span(annotation.start, annotation.end) if annotation else None
    cue = mentions.span(quote.cue_start, quote.cue_end)
    drawn = [corrected or (quote.start, quote.end), mention_of(quote, annotation), cue]
    return [span for span in drawn if span is not None]


def quote_rows(
    quotes: Iterable[Quote], labels: Sequence[StanceLabel], low_confidence: float = 0.0
) -> list[QuoteRow]:
    return [
        quote_row(number, quote, labels, low_confidence) for number, quote in enumerate(quotes, 1)
    ]


def progress(rows: Iterable[QuoteRow]) -> Progress:
    rows = list(rows)
    return Progress(judged=sum(1 for row in rows if row.decision), total=len(rows))


def marks(rows: Iterable[QuoteRow]) -> list[Mark]:
    result = []
    for row in rows:
        quote = row.quote
        result.append(Mark(row.start, row.end, "quote", quote.pk, quote.kind, row.decision))
        if row.mention is not None:
            result.append(Mark(*row.mention, "mention", quote.pk))
        if quote.cue_start is not None and quote.cue_end is not None:
            result.append(Mark(quote.cue_start, quote.cue_end, "cue", quote.pk))
    return result


def touched_lines(text: str, spans: Iterable[mentions.Span]) -> list[mentions.Span]:
    """The lines (start, end without the line break) that the spans reach into, in order."""
    lines = set()
    for start, end in spans:
        at = start
        while at < max(end, start + 1) and at < len(text):
            line_start = max(text.rfind("\n", 0, at), text.rfind("\r", 0, at)) + 1
            breaks = [i for i in (text.find("\n", at), text.find("\r", at)) if i != -1]
            line_end = min(breaks, default=len(text))
            lines.add((line_start, line_end))
            at = line_end + 1
    return sorted(lines)


def paragraphs(
    article: Article, spans: Iterable[Mark], lines: Iterable[mentions.Span] | None = None
) -> list[Paragraph]:
    """Lines of the text (blank ones skipped), each cut into segments at every mark's edges.

    ``lines`` limits the result to those lines (as ``touched_lines`` gives them); the marks
    must then include every mark that reaches into them.
    """
    text = article.text
    content_start, content_end = article.main_content
    spans = sorted(
        (mark for mark in spans if 0 <= mark.start < mark.end <= len(text)),
        key=lambda mark: mark.start,
    )
    cuts = {content_start, content_end}
    for mark in spans:
        cuts.update((mark.start, mark.end))
    ordered_cuts = sorted(cuts)
    result = []
    waiting = 0  # spans[waiting:] have not started yet
    active: list[Mark] = []
    wanted = (
        [(start, end) for start, end in lines]
        if lines is not None
        else [line.span() for line in LINE.finditer(text)]
    )
    for line_start, line_end in wanted:
        if not text[line_start:line_end].strip():
            continue
        edges = [line_start, *(c for c in ordered_cuts if line_start < c < line_end), line_end]
        segments = []
        for start, end in pairwise(edges):
            while waiting < len(spans) and spans[waiting].start <= start:
                active.append(spans[waiting])
                waiting += 1
            # Cut at every edge, so whatever is still open covers the whole segment.
            active = [mark for mark in active if mark.end > start]
            outside = start < content_start or start >= content_end
            segments.append(_segment(text, start, end, active, outside))
        result.append(Paragraph(line_start, line_end, segments))
    return result


def _segment(text: str, start: int, end: int, covering: list[Mark], outside: bool) -> Segment:
    quotes = [mark for mark in covering if mark.role == "quote"]
    classes = ["boilerplate"] if outside else []
    if quotes:
        # The innermost quote decides the colour; overlapping quotes are marked as such.
        inner = min(quotes, key=lambda mark: mark.end - mark.start)
        classes += ["q", f"q-{inner.kind}", f"q-{inner.decision or 'open'}"]
        if len(quotes) > 1:
            classes.append("q-overlap")
    mentions = [str(mark.quote_id) for mark in covering if mark.role == "mention"]
    cues = [str(mark.quote_id) for mark in covering if mark.role == "cue"]
    if mentions:
        classes.append("mention")
    if cues:
        classes.append("cue")
    return Segment(
        start=start,
        end=end,
        text=text[start:end],
        css=" ".join(classes),
        quotes=" ".join(str(mark.quote_id) for mark in quotes),
        mentions=" ".join(mentions),
        cues=" ".join(cues),
    )

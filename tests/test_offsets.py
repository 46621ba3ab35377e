"""Offsets are code points into the stored text: in the segments, the page and every save.

The texts have what breaks UTF-16 arithmetic and naive splitting: emoji (one code point, two
UTF-16 units), curly quotes, and the Korean line of seed 003.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

import pytest

from annotations import rendering
from annotations.models import Annotation, Article, Quote, QuoteOrigin
from tests.factories import ARTICLE_TEXT, AssignmentFactory, QuoteFactory, UserFactory

KOREAN = "유엔 대북 제재 감시 활동 러시아 반대로 15년 만에 종료…북한 편드는 러시아"
SEED_003 = "003_0886e2fd573d771f"
HTMX = {"HTTP_HX_REQUEST": "true", "HTTP_HX_TARGET": "quote-editor"}


def utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def mark(text: str, part: str, role: str = "quote", quote_id: int = 1) -> rendering.Mark:
    start = text.index(part)
    return rendering.Mark(start, start + len(part), role, quote_id, "direct")


def segments_of(text: str, marks: list[rendering.Mark], main: tuple[int, int] | None = None):
    article = Article(text=text, content_start=main[0] if main else 0)
    article.content_end = main[1] if main else None
    return [s for p in rendering.paragraphs(article, marks) for s in p.segments]


def test_the_texts_have_what_makes_offsets_hard(seed_texts):
    assert utf16_length(ARTICLE_TEXT) > len(ARTICLE_TEXT)  # the emoji
    assert "“" in ARTICLE_TEXT and "’" in ARTICLE_TEXT
    assert KOREAN in seed_texts[SEED_003]


@pytest.mark.parametrize("stem", ["000", "001", "002", "003", "004"])
def test_segments_cover_every_line_of_every_seed_exactly(seed_texts, stem):
    text = next(value for key, value in seed_texts.items() if key.startswith(stem))
    # Marks every 97 code points, overlapping, some across line breaks.
    marks = [
        rendering.Mark(start, min(start + length, len(text)), role, start)
        for start, length, role in (
            (n, 150 if n % 2 else 40, ("quote", "mention", "cue")[n % 3])
            for n in range(0, len(text) - 1, 97)
        )
    ]

    segments = segments_of(text, marks, (len(text) // 10, len(text) - 50))

    for segment in segments:
        assert segment.text == text[segment.start : segment.end]
        assert "\n" not in segment.text
    covered = "".join(text[s.start : s.end] for s in segments)
    lines = "".join(line for line in text.splitlines() if line.strip())
    assert covered == lines
    edges = {m.start for m in marks} | {m.end for m in marks}
    for segment in segments:
        assert not any(segment.start < edge < segment.end for edge in edges)


def test_a_quote_after_an_emoji_is_cut_at_code_points():
    text = "She said 🙂 that “the budget 🙂 is fine” today."
    quote = "“the budget 🙂 is fine”"

    segments = segments_of(text, [mark(text, quote)])

    [highlighted] = [s for s in segments if s.quotes]
    assert highlighted.text == quote
    assert (highlighted.start, highlighted.end) == (text.index(quote), text.index(quote) + 22)
    # The same place counted in UTF-16 units, as a careless browser would, is two further on.
    assert utf16_length(text[: text.index(quote)]) == highlighted.start + 1


def test_the_korean_line_of_seed_003_is_one_segment_at_its_offsets(seed_texts):
    text = seed_texts[SEED_003]

    segments = segments_of(text, [mark(text, KOREAN)])

    [korean] = [s for s in segments if s.quotes]
    assert korean.text == KOREAN
    assert korean.start == text.index(KOREAN)
    assert korean.end - korean.start == len(KOREAN) == 43


def test_boilerplate_outside_the_main_content_is_marked():
    text = "Menu · Login\n\nThe story.\n\nRelated links"
    main = (text.index("The"), text.index("Related"))

    segments = segments_of(text, [], main)

    assert [(s.text, s.css) for s in segments] == [
        ("Menu · Login", "boilerplate"),
        ("The story.", ""),
        ("Related links", "boilerplate"),
    ]


def test_overlapping_quotes_take_the_innermost_kind():
    text = "He said the plan was “a disaster” for all."
    outer = rendering.Mark(8, 41, "quote", 1, "indirect")
    inner = rendering.Mark(21, 33, "quote", 2, "direct", "accept")

    segments = segments_of(text, [outer, inner])

    middle = next(s for s in segments if s.text == "“a disaster”")
    assert middle.css == "q q-direct q-accept q-overlap"
    assert middle.quotes == "1 2"


class SegmentReader(HTMLParser):
    """The article text's segments as a browser would see them: offsets and decoded text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.segments: list[tuple[int, int, str]] = []
        self._open: tuple[int, int] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "span" and "data-start" in values:
            self._open = (int(values["data-start"]), int(values["data-end"]))
            self.segments.append((*self._open, ""))

    def handle_endtag(self, tag: str) -> None:
        self._open = None

    def handle_data(self, data: str) -> None:
        if self._open is not None:
            start, end, text = self.segments[-1]
            self.segments[-1] = (start, end, text + data)


@pytest.mark.django_db
def test_the_rendered_page_keeps_every_offset_of_seed_003(client, seed_texts):
    text = seed_texts[SEED_003] + "\n\n“Fine 🙂,” she said <b>&amp;</b> left."
    annotator = UserFactory()
    article = AssignmentFactory(annotator=annotator, article__text=text).article
    for part in (KOREAN, "“Fine 🙂,”", "she"):
        start = text.index(part)
        QuoteFactory(article=article, start=start, end=start + len(part))
    client.force_login(annotator)

    page = client.get(
        f"/articles/{article.pk}/", HTTP_HX_REQUEST="true", HTTP_HX_TARGET="article-text"
    )

    reader = SegmentReader()
    reader.feed(page.content.decode())
    assert len(reader.segments) > 40
    for start, end, shown in reader.segments:
        assert shown == text[start:end]
    assert (text.index(KOREAN), text.index(KOREAN) + len(KOREAN), KOREAN) in reader.segments
    # No whitespace between the segments of a paragraph: each text node is a segment's own.
    assert not re.search(r"</span>\s+<span data-start", page.content.decode())
    assert html.escape("<b>&amp;</b>", quote=False) in page.content.decode()


@pytest.fixture
def annotator():
    return UserFactory()


@pytest.fixture
def text(seed_texts):
    return seed_texts[SEED_003] + "\n\nOfficials 🙂 told reporters that the vote 📉 was fair."


@pytest.fixture
def article(annotator, text):
    return AssignmentFactory(annotator=annotator, article__text=text).article


@pytest.fixture
def signed_in(client, annotator):
    client.force_login(annotator)
    return client


def add(client, article, start, end):
    return client.post(f"/articles/{article.pk}/quotes/add/", {"start": start, "end": end}, **HTMX)


@pytest.mark.django_db
def test_the_korean_line_is_stored_at_its_code_points(signed_in, article, text):
    start = text.index(KOREAN)

    response = add(signed_in, article, start, start + len(KOREAN))

    assert response.status_code == 200
    quote = Quote.objects.get(origin=QuoteOrigin.MANUAL)
    assert text[quote.start : quote.end] == KOREAN
    assert f"{start}–{start + len(KOREAN)}" in response.content.decode()


@pytest.mark.django_db
def test_a_span_after_emoji_is_stored_at_its_code_points(signed_in, article, text):
    part = "the vote 📉 was fair"
    start = text.index(part)

    add(signed_in, article, start, start + len(part))

    quote = Quote.objects.get(origin=QuoteOrigin.MANUAL)
    assert text[quote.start : quote.end] == part


@pytest.mark.django_db
def test_the_end_of_the_text_is_counted_in_code_points(signed_in, article, text):
    # Within the text's UTF-16 length, but past its last code point.
    assert utf16_length(text) > len(text) + 1

    response = add(signed_in, article, len(text) - 5, len(text) + 1)

    assert response.status_code == 400
    assert "falls outside the article text" in response.content.decode()
    assert f"which has {len(text)} characters" in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize(("start", "end"), [(10, 10), (20, 10), (-1, 5)])
def test_empty_reversed_and_negative_spans_are_refused(signed_in, article, start, end):
    response = add(signed_in, article, start, end)

    assert response.status_code == 400
    assert not Quote.objects.exists()


@pytest.mark.django_db
def test_a_corrected_span_is_checked_and_tightened_the_same_way(
    signed_in, annotator, article, text
):
    start = text.index(KOREAN)
    quote = QuoteFactory(article=article, start=start, end=start + 5)
    url = f"/articles/{article.pk}/quotes/{quote.pk}/judge/"

    refused = signed_in.post(url, {"version": 0, "start": 5, "end": len(text) + 1}, **HTMX)
    saved = signed_in.post(
        url, {"version": 0, "start": start - 1, "end": start + len(KOREAN) + 1}, **HTMX
    )

    assert refused.status_code == 400
    assert saved.status_code == 200
    annotation = Annotation.objects.get(quote=quote, annotator=annotator)
    assert text[annotation.start : annotation.end] == KOREAN

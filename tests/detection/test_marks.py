"""Quotation-mark pairing on raw text (no spaCy)."""

from __future__ import annotations

import pytest

from annotations.detection.marks import find_quote_regions


def quoted(text: str) -> list[str]:
    return [text[r.start : r.end] for r in find_quote_regions(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He said “yes, we will” today.", ["“yes, we will”"]),
        ('He said "yes, we will" today.', ['"yes, we will"']),
        ("He said ‘yes, we will’ today.", ["‘yes, we will’"]),
        ("He said 'yes, we will' today.", ["'yes, we will'"]),
        ("Il a dit « oui, nous le ferons » hier.", ["« oui, nous le ferons »"]),
        ("Er sagte „ja, wir werden“ heute.", ["„ja, wir werden“"]),
        ('Mixed “curly and straight" marks.', ['“curly and straight"']),
    ],
)
def test_every_kind_of_mark(text: str, expected: list[str]) -> None:
    assert quoted(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "North Korea’s missiles and the teachers’ union don't worry Kim’s aides.",
        "North Korea's missiles and the teachers' union don't worry Kim's aides.",
        "It was the ’90s, rock ’n’ roll was everywhere.",
    ],
)
def test_apostrophes_are_not_quotes(text: str) -> None:
    assert quoted(text) == []


def test_apostrophes_inside_a_quote() -> None:
    text = "She said ‘the teachers’ union won’t back down’ on Friday."
    assert quoted(text) == ["‘the teachers’ union won’t back down’"]


def test_single_quotes_nested_in_double() -> None:
    text = "He advised, “Partners such as ‘thinking partners’ must cooperate.”"
    assert quoted(text) == ["“Partners such as ‘thinking partners’ must cooperate.”"]


def test_unbalanced_mark_stays_in_its_paragraph() -> None:
    text = (
        'The shares have fallen since the 2021 "cost crisis, when prices doubled.\n\n'
        "“This is the right partner,” said the chief executive.\n\n"
        "“We looked at every option,” she said."
    )
    regions = find_quote_regions(text)
    assert [text[r.start : r.end] for r in regions if r.closed] == [
        "“This is the right partner,”",
        "“We looked at every option,”",
    ]
    (stray,) = [r for r in regions if not r.closed]
    assert "\n" not in text[stray.start : stray.end]


def test_second_opener_ends_an_unclosed_quote() -> None:
    text = (
        "“From his perspective there is little reason to wait.” “He explained. "
        "“It can be done,” he added."
    )
    regions = quoted(text)
    assert regions[0] == "“From his perspective there is little reason to wait.”"
    assert regions[-1] == "“It can be done,”"


def test_quote_over_several_paragraphs() -> None:
    text = (
        "Oyelaran said that he had not expected to win.\n\n"
        "“I kept thinking about the families. I couldn't stay quiet.\n\n"
        "“I'm not angry anymore,” he said."
    )
    (region,) = find_quote_regions(text)
    assert text[region.start : region.end] == (
        "“I kept thinking about the families. I couldn't stay quiet.\n\n“I'm not angry anymore,”"
    )
    assert region.closed


def test_quote_over_several_paragraphs_opened_after_an_attribution() -> None:
    text = (
        "“We do not say he is wicked,” Mr Okafor said. “We say he was desperate. He owed "
        "money.\n\n“You will hear that he left last,” he added."
    )
    assert quoted(text) == [
        "“We do not say he is wicked,”",
        "“We say he was desperate. He owed money.\n\n“You will hear that he left last,”",
    ]


def test_stray_closing_mark_is_ignored() -> None:
    text = "Her first goal came in the 58th minute” from a long throw. “Great,” he said."
    assert quoted(text) == ["“Great,”"]


def test_bounds_are_respected() -> None:
    text = "“Outside,” she said. Then: “inside the range.”"
    start = text.index("Then")
    assert [text[r.start : r.end] for r in find_quote_regions(text, start)] == [
        "“inside the range.”"
    ]

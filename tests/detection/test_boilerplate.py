"""Main-content range and boilerplate lines (pure string functions)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from annotations.detection.boilerplate import is_boilerplate_line, main_content_range


def content(text: str) -> str:
    start, end = main_content_range(text)
    return text[start:end]


def test_seed_000_cuts_breadcrumb_email_copyright_hashtags(seed: Callable[[str], str]) -> None:
    text = content(seed("000"))
    assert text.startswith("Russian Efforts to Dismantle North Korea Sanctions")
    assert text.endswith("15 years after its creation.")
    assert "allday33@news1.kr" not in text and "#Victor" not in text


def test_seed_003_cuts_byline_and_link_lists(seed: Callable[[str], str]) -> None:
    text = content(seed("003"))
    assert text.startswith("Russia Takes North Korea’s Side")
    assert text.endswith("specified in future panel reports.")
    assert "Latest Stories" not in text and "Daniel Kim\ncontent@" not in text


def test_seed_004_cuts_read_full_article_and_related(seed: Callable[[str], str]) -> None:
    text = content(seed("004"))
    assert text.startswith("Russia’s Veto: Dismembering")
    assert text.endswith("this is a tall order.")


def test_seed_002_cuts_leave_a_comment(seed: Callable[[str], str]) -> None:
    assert content(seed("002")).endswith("caught red-handed.”")


@pytest.mark.parametrize(
    "marker",
    [
        "Related Articles",
        "Latest Stories",
        "[LATEST] Latest Stories",
        "You May Also Like",
        "Leave a Comment",
        "Comments0",
        "Share This Article",
        "Read Full Article:",
        "Copyright © 2024 Example News. All rights reserved.",
        "#Courts #Appeal #Water",
        "reporter@example.com",
    ],
)
def test_trailing_markers(marker: str) -> None:
    body = "The court ruled on Tuesday, and the lawyer said the family was relieved by it."
    text = f"{body}\n\n{marker}\n\nTeaser: “A quote from another story,” said someone."
    assert content(text) == body


def test_marker_words_inside_a_sentence_are_kept() -> None:
    text = (
        "The minister said related articles in the press were wrong about the budget.\n"
        "She added that comments on the plan would be welcome next week."
    )
    assert content(text) == text


def test_text_is_never_modified_and_offsets_index_it() -> None:
    text = "Home » News » Courts\n\n  The judge said the case would go on. It was long.\n\nTags: x"
    start, end = main_content_range(text)
    assert text[start:end] == "The judge said the case would go on. It was long."


def test_empty_and_blank_texts() -> None:
    assert main_content_range("") == (0, 0)
    start, end = main_content_range("   \n\n ")
    assert start == end


@pytest.mark.parametrize(
    "line",
    [
        "Photo: Michael M. Santiago/Getty Images",
        "Vladimir Smirnov | AFP | Getty Images",
        "Image: A view of the disc. Credit: Orla Byrne/Caldera Observatory",
        "#Victor #Cha #Russia #stopped #expert #panel",
        "유엔 대북 제재 감시 활동 러시아 반대로 15년 만에 종료…북한 편드는 러시아",
        "• China’s Furious Response to US Arms Sale—No Meeting with Defense Secretary",
        "Home » World » Russian Efforts to Dismantle North Korea Sanctions",
    ],
)
def test_boilerplate_lines(line: str) -> None:
    assert is_boilerplate_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "“Russia’s veto signals that Putin will step up cooperation,” he said.",
        "The deal, announced before markets opened on Wednesday, values it at 412p a share.",
    ],
)
def test_article_lines_are_not_boilerplate(line: str) -> None:
    assert not is_boilerplate_line(line)

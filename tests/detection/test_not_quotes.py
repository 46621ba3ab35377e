"""What is not a quote: scare quotes, titles, headlines, credits, hashtags, link lists."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from annotations.detection import DetectedQuote

Detect = Callable[[str], list[DetectedQuote]]


@pytest.mark.parametrize(
    "text",
    [
        "Russia asked for the so-called “sunset clause” to be added to the sanctions.",
        "It appears to be calling for a “sunset clause” for the existing regime.",
        "The experts had delivered damning conclusions for the junta and its “foreign partners”.",
        "The paper, titled “Water inside the snow line”, is free to read online.",
        "Concerns abound that Russia may be dropping “long-held norms” with North Korea.",
        "It was seen that there was a possibility of a joint production contract.",
    ],
)
def test_scare_quotes_and_sourceless_claims(quotes: Detect, text: str) -> None:
    assert quotes(text) == []


def test_headlines_and_navigation(quotes: Detect) -> None:
    text = (
        "Home » World » Russia urges UN to end monitoring\n\n"
        "Russia urges UN to end monitoring of sanctions against North Korea\n\n"
        "“Admission of Guilt”\n\n"
        "The vote took place on Thursday in New York."
    )
    assert quotes(text) == []


def test_photo_credits_hashtags_and_foreign_lines(
    seed: Callable[[str], str], quotes: Detect
) -> None:
    text = seed("003")
    found = quotes(text)
    assert [(q.text, q.speaker) for q in found] == [("there is no clear evidence", "Russia")]


def test_related_articles_teasers(seed: Callable[[str], str], quotes: Detect) -> None:
    text = seed("004")
    found = quotes(text)
    assert all(q.end <= text.index("Read Full Article:") for q in found)
    assert "Modi" not in {q.speaker for q in found}


def test_boilerplate_inside_the_text(quotes: Detect) -> None:
    text = (
        "Vladimir Smirnov | AFP | Getty Images\n"
        "Aaron Arnold said the vote was significant.\n"
        "#Sanctions #UN #Veto\n"
        "Photo: Michael M. Santiago/Getty Images\n"
        "• Judge in Shanghai Calls Cryptos ‘Commodities,’ says court"
    )
    (q,) = quotes(text)
    assert q.speaker == "Aaron Arnold"


def test_declining_or_failing_to_say_is_not_a_quote(quotes: Detect) -> None:
    text = (
        "Norvik declined to say when the drones would return.\n\n"
        "The minister did not say whether the plant would close.\n\n"
        "The union said the plant would close."
    )
    assert [q.text for q in quotes(text)] == ["the plant would close"]

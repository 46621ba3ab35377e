"""The error classes of issue 12, each on sentences written for the test.

Every test names the mechanism it checks; none of these texts is in the gold sets.
"""

from __future__ import annotations

from collections.abc import Callable

from annotations.detection import DetectedQuote

Detect = Callable[[str], list[DetectedQuote]]


def attributed(found: list[DetectedQuote]) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in found]


def test_age_description_resolves_to_the_person_given_that_age(quotes: Detect) -> None:
    text = (
        "Tomas Berg met Anders Holm at the depot on Monday.\n\n"
        "Berg, 45, drives for the company. Holm, 58, is its safety officer.\n\n"
        '"The brakes were checked twice," the 58-year-old said.'
    )
    (q,) = quotes(text)
    assert q.speaker == "Anders Holm"
    assert q.speaker_reason == "subject of ‘said’; ‘the 58-year-old’ → Anders Holm"


def test_age_description_without_a_known_age_is_the_person_just_named(quotes: Detect) -> None:
    text = (
        "Kadri Saar, a retired teacher, spoke first.\n\n"
        '"We were never consulted," the 61-year-old said.'
    )
    (q,) = quotes(text)
    assert q.speaker == "Kadri Saar"


def test_reply_is_not_the_asker(quotes: Detect) -> None:
    text = (
        "Owen Price ran the depot. Councillor Tom Reed asked him: “Will you resign?”\n\n"
        "He replied: “Not today.”"
    )
    assert [q.speaker for q in quotes(text)] == ["Tom Reed", "Owen Price"]


def test_asked_and_replied_in_one_sentence_is_one_person(quotes: Detect) -> None:
    text = (
        "Lars Moe chaired the board. Asked whether the plan would survive, "
        "Moe replied: “It has to.”"
    )
    assert quotes(text)[-1].speaker == "Lars Moe"


def test_report_stops_where_the_next_source_begins(quotes: Detect) -> None:
    text = (
        "Priya Nair said the plan was sound and Tom Webb, the treasurer, said it was too expensive."
    )
    assert attributed(quotes(text)) == [
        ("the plan was sound", "Priya Nair"),
        ("it was too expensive", "Tom Webb"),
    ]


def test_that_clauses_joined_by_but_stay_one_report(quotes: Detect) -> None:
    text = (
        "Mira Holt said that the union had offered more shifts, but that management "
        "“never answered the letter.”"
    )
    (q,) = quotes(text)
    assert q.text.endswith("“never answered the letter.”")


def test_titles_and_nicknames_in_marks_are_not_quotes(quotes: Detect) -> None:
    text = (
        "The band “Blue Harbour” played on Friday, and Tony “The Hammer” Russo said it was "
        "a great night."
    )
    assert [q.text for q in quotes(text)] == ["it was a great night"]


def test_two_apostrophes_as_quotation_marks(quotes: Detect) -> None:
    text = "''We will not be intimidated,'' Senator Dale Ames said on Friday."
    (q,) = quotes(text)
    assert (q.text, q.kind, q.speaker) == (
        "''We will not be intimidated,''",
        "direct",
        "Dale Ames",
    )


def test_backticks_and_apostrophes_as_quotation_marks(quotes: Detect) -> None:
    text = "``It is too early to say,'' the governor told reporters."
    (q,) = quotes(text)
    assert (q.text, q.kind, q.speaker) == ("``It is too early to say,''", "direct", "the governor")


def test_quote_of_two_paragraphs_in_backticks(quotes: Detect) -> None:
    text = (
        "Ana Ruiz spoke last.\n\n"
        "``We tried everything. Nothing worked.\n\n"
        "``So we start again,'' Ruiz said."
    )
    (q,) = quotes(text)
    assert q.text.startswith("``We tried") and q.text.endswith("again,''")
    assert q.speaker == "Ana Ruiz"


def test_possessive_office_and_full_name_after_said(quotes: Detect) -> None:
    (q,) = quotes("“The talks are over,” said Norway’s foreign minister, Ingrid Salvesen.")
    assert q.speaker == "Ingrid Salvesen"


def test_name_line_with_a_horizontal_bar(quotes: Detect) -> None:
    (q,) = quotes("“We were robbed in the final minute.”\n― Daniel Cole")
    assert q.speaker == "Daniel Cole"
    assert q.speaker_by == "attribution_line"

"""Direct quotes: attribution before, after, inverted; split quotes; unbalanced marks."""

from __future__ import annotations

from collections.abc import Callable

from annotations.detection import DetectedQuote

Detect = Callable[[str], list[DetectedQuote]]


def only(found: list[DetectedQuote]) -> DetectedQuote:
    assert len(found) == 1, found
    return found[0]


def test_attribution_after(quotes: Detect) -> None:
    text = "“We will not accept this,” she said. Maria Lopez had spoken first."
    q = only(quotes("Maria Lopez, the mayor, arrived late. " + text))
    assert q.text == "“We will not accept this,”"
    assert (q.kind, q.speaker, q.cue) == ("direct", "Maria Lopez", "said")


def test_attribution_before_with_comma(quotes: Detect) -> None:
    q = only(quotes("Coach Tom Reilly said, “We were second best today and we know it.”"))
    assert q.text == "“We were second best today and we know it.”"
    assert q.speaker == "Tom Reilly"


def test_colon_before_the_quote(quotes: Detect) -> None:
    text = "The mayor, Ana Silva, told the council: “We cannot wait another year for this.”"
    q = only(quotes(text))
    assert q.text == "“We cannot wait another year for this.”"
    assert (q.speaker, q.cue) == ("Ana Silva", "told")


def test_inverted_attribution_with_title(quotes: Detect) -> None:
    text = (
        "“What Russia did today undermines peace,” reacted Matthew Miller, "
        "spokesperson for the US State Department."
    )
    q = only(quotes(text))
    assert q.text == "“What Russia did today undermines peace,”"
    assert (q.speaker, q.speaker_kind, q.cue) == ("Matthew Miller", "person", "reacted")
    assert text[q.speaker_start : q.speaker_end] == "Matthew Miller"


def test_inverted_group_of_countries(seed: Callable[[str], str], quotes: Detect) -> None:
    found = quotes(seed("002"))
    q = next(q for q in found if q.text.startswith("“Russia has now used its veto"))
    assert q.kind == "direct"
    assert q.speaker == "the United States, France, Japan, South Korea and United Kingdom"
    assert q.speaker_kind == "group"
    assert q.cue == "denounced"


def test_split_quote_gives_two_quotes_with_one_speaker(quotes: Detect) -> None:
    text = "“We looked at every option,” she said, “and this one protects the most jobs.”"
    found = quotes("Ingrid Halvorsen runs the company. " + text)
    assert [q.text for q in found] == [
        "“We looked at every option,”",
        "“and this one protects the most jobs.”",
    ]
    assert {q.speaker for q in found} == {"Ingrid Halvorsen"}


def test_following_quoted_sentence_keeps_the_speaker(quotes: Detect) -> None:
    text = (
        "“There can be no justification for this,” Ambassador Joonkook Hwang said Thursday. "
        "“It’s like destroying surveillance cameras to avoid being caught.”"
    )
    found = quotes(text)
    assert len(found) == 2
    assert [q.speaker for q in found] == ["Joonkook Hwang", "Joonkook Hwang"]


def test_several_sentences_in_one_pair_are_one_quote(quotes: Detect) -> None:
    text = "“Nobody is closing factories. I have said that to our people,” Ingrid Halvorsen said."
    q = only(quotes(text))
    assert q.text == "“Nobody is closing factories. I have said that to our people,”"


def test_quote_over_paragraphs(quotes: Detect) -> None:
    text = (
        "Marcus Oyelaran, reached by phone, said that he had not expected to win.\n\n"
        "“I kept thinking about the families on the east side. I couldn't stay quiet.\n\n"
        "“I'm not angry anymore. I just want somebody to open those logbooks,” he said."
    )
    found = quotes(text)
    direct = [q for q in found if q.kind == "direct"]
    assert len(direct) == 1
    assert direct[0].text.startswith("“I kept thinking") and direct[0].text.endswith("logbooks,”")
    assert direct[0].speaker == "Marcus Oyelaran"


def test_straight_and_curly_marks_mixed(quotes: Detect) -> None:
    text = (
        '"We have never compromised on safety," said Colin Marsh, the general counsel. '
        "“The evidence will show that,” Marsh added."
    )
    found = quotes(text)
    assert [q.speaker for q in found] == ["Colin Marsh", "Colin Marsh"]


def test_unbalanced_marks_do_not_stop_detection(quotes: Detect) -> None:
    text = (
        'The shares have fallen since the 2021 "cost crisis, when prices doubled.\n\n'
        "Her first goal came in the 58th minute” from a long throw.\n\n"
        "“This is the right partner at the right time,” said Ingrid Halvorsen.\n\n"
        "“Without an expert panel, states will be left without a monitor.” “He explained.\n\n"
        "“We looked at every option,” she said."
    )
    found = quotes(text)
    assert [q.text for q in found] == [
        "“This is the right partner at the right time,”",
        "“Without an expert panel, states will be left without a monitor.”",
        "“We looked at every option,”",
    ]
    assert found[-1].speaker == "Ingrid Halvorsen"


def test_stray_opening_mark_before_the_attribution(quotes: Detect) -> None:
    text = (
        "Victor Cha spoke on Friday.\n\n"
        "Chair Cha said, “There is little reason not to support them.” “He explained."
    )
    q = only(quotes(text))
    assert q.text == "“There is little reason not to support them.”"
    assert q.speaker == "Victor Cha"


def test_pull_quote_with_name_on_next_line(seed: Callable[[str], str], quotes: Detect) -> None:
    text = seed("002")
    q = next(q for q in quotes(text) if q.text.startswith("This veto is not a sign"))
    assert q.kind == "direct"
    assert q.text.endswith("weapons to use against Ukraine.")
    assert q.speaker == "Barbara Woodward"
    assert q.cue is None


def test_pull_quote_with_dash_attribution(quotes: Detect) -> None:
    text = (
        "The stadium was full on Saturday.\n\n"
        "We have waited forty years for a night like this one.\n\n"
        "— Ama Boateng, Riverside United captain\n\n"
        "The club will play the final in May."
    )
    q = only(quotes(text))
    assert q.text == "We have waited forty years for a night like this one."
    assert q.speaker == "Ama Boateng"


def test_offsets_always_index_the_text(seed: Callable[[str], str], quotes: Detect) -> None:
    for prefix in ("000", "001", "002", "003", "004"):
        text = seed(prefix)
        for q in quotes(text):
            assert text[q.start : q.end] == q.text
            if q.cue is not None:
                assert text[q.cue_start : q.cue_end] == q.cue
            if q.speaker_start is not None:
                assert 0 <= q.speaker_start < q.speaker_end <= len(text)


def test_split_quote_around_a_long_apposition(quotes: Detect) -> None:
    text = (
        "“This is,” said Ines Moreau, a baker and chair of the traders’ group on the high "
        "street, “the best thing to happen here in years.”"
    )
    found = quotes(text)
    assert [q.text for q in found] == ["“This is,”", "“the best thing to happen here in years.”"]
    assert {(q.speaker, q.cue) for q in found} == {("Ines Moreau", "said")}


def test_a_split_quote_does_not_cross_a_sentence_end(quotes: Detect) -> None:
    text = "“We lost,” said Ines Moreau. Rain fell, “and the roof held” was painted on a wall."
    assert [q.text for q in quotes(text)] == ["“We lost,”"]


def test_a_short_quoted_sentence_after_a_quote_is_the_same_speaker_s(quotes: Detect) -> None:
    text = '“That was a mistake, and it was my call,” said Ines Moreau. "I own it."'
    found = quotes(text)
    assert [(q.text, q.speaker) for q in found] == [
        ("“That was a mistake, and it was my call,”", "Ines Moreau"),
        ('"I own it."', "Ines Moreau"),
    ]

"""Which span of the text names a quote's speaker, once annotators may change the speaker.

The detector records one mention per quote, for the speaker it suggested. An annotator's
judgement may name its own mention (``Annotation.speaker_start``/``speaker_end``); without
one, the detector's mention stands only while the judgement keeps the suggested speaker. So a
speaker is never paired with a mention found for somebody else, in the workbench or the
export.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

from annotations.names import name_key

Span = tuple[int, int]
# Words a mention shares with any name without naming anyone in particular.
_FILLERS = frozenset({"the", "a", "an", "of", "and", "mr", "mrs", "ms", "dr"})


def span(start: int | None, end: int | None) -> Span | None:
    return (start, end) if start is not None and end is not None else None


def names_speaker(mention: str, names: Iterable[str]) -> bool:
    """Whether the mention shares a word with one of the speaker's names (name, aliases).

    ``Miller`` names *Matthew Miller*; ``He`` and ``the State Department`` do not.
    """
    words = set(name_key(mention).split()) - _FILLERS
    return any(words & set(name_key(name).split()) for name in names)


def judged_mention(
    speaker_id: int | None,
    mention: Span | None,
    suggested_speaker_id: int | None,
    detector_mention: Span | None,
) -> Span | None:
    """The mention of a judgement's speaker: its own, else the detector's for its suggestion.

    ``speaker_id`` None means the judgement keeps the detector's suggestion.
    """
    if mention is not None:
        return mention
    if speaker_id is None or speaker_id == suggested_speaker_id:
        return detector_mention
    return None


def exported_mention(
    text: str,
    speaker: dict[str, Any] | None,
    suggested_speaker_id: int | None,
    detector_mention: Span | None,
    judgements: Iterable[tuple[int | None, Span | None]],
) -> Span | None:
    """The mention exported beside the speaker chosen for a quote (``{"id", "name", ...}``).

    ``judgements`` are (speaker id, mention) of the judgements that did not reject the quote,
    a None speaker meaning the suggestion. The mention most of those naming the chosen speaker
    gave; else the detector's, if the chosen speaker is the one it found or if the mention
    names them; else none.
    """
    speaker_id = speaker["id"] if speaker else None
    given = Counter(
        mention
        for judged, mention in judgements
        if mention is not None and (judged or suggested_speaker_id) == speaker_id
    )
    if given:
        return given.most_common(1)[0][0]
    if detector_mention is None or speaker_id == suggested_speaker_id:
        return detector_mention
    start, end = detector_mention
    return (
        detector_mention if speaker and names_speaker(text[start:end], [speaker["name"]]) else None
    )

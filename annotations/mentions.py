"""Which span of the text names a quote's speaker, once annotators may change the speaker.

The detector records one mention per quote, for the speaker it suggested. An annotator's
judgement may name its own mention (``Annotation.speaker_start``/``speaker_end``, key ``m``);
without one, the workbench shows the detector's mention only while the judgement keeps the
suggested speaker, and a new speaker keeps the mention shown only if it names them. The export
prefers the judgements' own mentions of the chosen speaker, then the detector's where the
labelling policy lets it stand (``policy.mention_names``). So a speaker is never paired with a
mention found for somebody else.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

from annotations import policy

Span = tuple[int, int]
Row = Any  # an export's judgement row (see annotations.exporting), its columns as attributes
# Any speaker's id: names_speaker asks the policy whether the words name the speaker, not
# whether the detector suggested them.
ANY_SPEAKER = 0


def span(start: int | None, end: int | None) -> Span | None:
    return (start, end) if start is not None and end is not None else None


def names_speaker(mention: str, names: Iterable[str]) -> bool:
    """Whether the mention's words are words of one of the speaker's names (name, aliases),
    by the labelling policy's rule: ``Miller`` names *Matthew Miller*, ``He`` nobody."""
    return any(policy.mention_names(mention, ANY_SPEAKER, name, None) for name in names)


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


def given_mention(
    speaker_id: int | None, suggested_speaker_id: int | None, judgements: Iterable[Row]
) -> Span | None:
    """For the export: the mention most of the judgements naming the chosen speaker gave.

    ``judgements`` are rows with ``speaker_id`` (None meaning the suggestion), ``decision``
    and the mention's ``speaker_start`` and ``speaker_end``; those rejecting the quote do not
    count. None when no such judgement marked a mention.
    """
    given = [
        (row.speaker_start, row.speaker_end)
        for row in judgements
        if row.decision != "reject"
        and row.speaker_start is not None
        and row.speaker_end is not None
        and (row.speaker_id or suggested_speaker_id) == speaker_id
    ]
    if not given or given.count(given[0]) == len(given):  # none, or all the same: no counting
        return given[0] if given else None
    return Counter(given).most_common(1)[0][0]

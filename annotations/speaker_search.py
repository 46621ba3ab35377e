"""The speaker type-ahead: speakers whose name or an alias has a word starting with the query.

Every way of finding a speaker is a ``SpeakerName`` row (see ``names.search_texts``), and a
query is matched against the start of the rows' texts: a range of the (rank, text) index,
read in order, so a search stops after the few rows it shows whether ten or a hundred
thousand speakers match.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Q, QuerySet

from annotations.models import SearchRank, Speaker, SpeakerName
from annotations.names import SEARCH_LENGTH, name_key, search_form

# Rows read per speaker still wanted: a speaker may match by several rows of one rank.
ROWS_PER_SPEAKER = 3


@dataclass(frozen=True)
class Match:
    """A speaker the query found, with the alias that matched when its name did not."""

    speaker: Speaker
    alias: str | None = None


def successor(text: str) -> str:
    """The first string after every string that starts with ``text``, in code point order."""
    following = ord(text[-1]) + 1
    if 0xD800 <= following <= 0xDFFF:  # surrogates are no characters of a stored text
        following = 0xE000
    if following > 0x10FFFF:
        return successor(text[:-1]) if len(text) > 1 else text + "\U0010ffff"
    return text[:-1] + chr(following)


def starting_with(prefix: str) -> Q:
    """Rows whose text starts with ``prefix``: one range, which the index serves in order."""
    return Q(text__gte=prefix, text__lt=successor(prefix))


def matching_speakers(query: str, limit: int = 10) -> list[Match]:
    """Up to ``limit`` speakers for the query, in order: names starting with it, names with a
    later word starting with it, aliases; in each, the query's words in its own order before
    them in any order (the name key), and the closest text first (an exact word before a
    longer one), then by name.

    Case, diacritics and punctuation do not count; word order and hyphens do not either through
    the name key (``Joonkook Hwang`` finds ``Hwang Joon-kook``). Each (rank, prefix) is one
    query, asked only while the list is not full: the planner cannot read an OR of two ranges
    in order, and with a limit may then scan the whole rank for the few rows it wants.
    """
    words, key = search_form(query)[:SEARCH_LENGTH], name_key(query)[:SEARCH_LENGTH]
    found: dict[int, Match] = {}
    for rank in SearchRank:
        prefixes = [words] if rank == SearchRank.NAME_START else list(dict.fromkeys([words, key]))
        for prefix in prefixes:
            if not prefix or len(found) >= limit:
                continue
            rows = SpeakerName.objects.filter(starting_with(prefix), rank=rank)
            for row in _in_order(rows, rank, list(found), limit - len(found)):
                speaker = row.alias.speaker if row.alias is not None else row.speaker
                assert speaker is not None  # a row has a speaker or an alias (a constraint)
                if speaker.pk not in found and len(found) < limit:
                    found[speaker.pk] = Match(speaker, row.alias.name if row.alias else None)
    return list(found.values())


def _in_order(
    rows: QuerySet[SpeakerName], rank: int, shown: list[int], wanted: int
) -> list[SpeakerName]:
    """The rows, best first, enough of them for ``wanted`` more speakers than ``shown``."""
    owner = "alias__speaker" if rank == SearchRank.ALIAS else "speaker"
    ordered = (
        rows.exclude(**{f"{owner}_id__in": shown})
        .select_related(owner)
        .order_by("text", f"{owner}__name", f"{owner}_id")
    )
    taken: list[SpeakerName] = []
    speakers: set[int | None] = set()
    page = wanted * ROWS_PER_SPEAKER
    while True:
        batch = list(ordered[len(taken) : len(taken) + page])
        taken += batch
        speakers |= {row.alias.speaker_id if row.alias else row.speaker_id for row in batch}
        if len(speakers) >= wanted or len(batch) < page:
            return taken

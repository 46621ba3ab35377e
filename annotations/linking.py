"""Linking the names the detector finds to Speaker records.

A name links through, in order: the exact name key (case, diacritics, hyphens and word
order ignored) of a speaker or any alias; the same after dropping a leading title
("Chair Cha", "Ambassador Hwang"); a guarded fuzzy match for transliterations
("Nebenzya" / "Nebenzia"). A name that links nowhere becomes a suggested Speaker that a
reviewer can confirm or merge.

Several detection workers may meet the same new name at once. Each creates speakers only
under a lock on the name (PostgreSQL advisory locks, held to the end of the transaction;
SQLite runs write transactions one at a time) and looks in the database again first, so a
name becomes one speaker however many workers find it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from difflib import SequenceMatcher

from django.db import connection
from django.db.models import Q, QuerySet

from annotations.models import Speaker, SpeakerAlias, SpeakerKind
from annotations.names import name_key

Mention = tuple[str | None, str | None]

# A word list reads better as words than as 33 quoted strings.
TITLES = frozenset(
    """ambassador chair chairman chairwoman chief commissioner dr doctor foreign general
    governor judge justice lord madam minister mr mrs ms president prime professor prof
    representative rep secretary sen senator sir spokesman spokesperson spokeswoman
    the""".split()  # noqa: SIM905
)
# Both parts of a fuzzy pair must be this long: short names differ by one letter too often.
FUZZY_MIN_LENGTH = 5
FUZZY_MIN_RATIO = 0.8


def without_titles(key: str) -> str:
    words = key.split()
    kept = [word for word in words if word not in TITLES]
    return " ".join(kept) if kept else key


def parts_match(one: str, other: str) -> bool:
    if one == other:
        return True
    if min(len(one), len(other)) < FUZZY_MIN_LENGTH:
        return False
    return SequenceMatcher(None, one, other).ratio() >= FUZZY_MIN_RATIO


def fuzzy_match(key: str, candidate: str) -> bool:
    """Every word pairs with a similar word of the other name (keys are sorted words)."""
    words, others = key.split(), candidate.split()
    if len(words) != len(others):
        return False
    return all(parts_match(word, other) for word, other in zip(words, others, strict=True))


def lock_name(key: str) -> None:
    """Hold off other workers creating a speaker under ``key`` until this transaction ends."""
    if connection.vendor != "postgresql":
        return
    digest = hashlib.blake2b(key.encode("utf-8"), digest_size=8).digest()
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_advisory_xact_lock(%s)", [int.from_bytes(digest, "big", signed=True)]
        )


class SpeakerDirectory:
    """Every speaker's name keys, loaded once in two queries; linking known names costs none,
    and an article with new names costs a lock per name and two queries more."""

    def __init__(self) -> None:
        self.by_key: dict[str, int] = {}
        self.kinds: dict[int, str] = {}
        # The newest rows loaded: what other workers add later is read before creating.
        self.speakers_seen = self.aliases_seen = 0
        self.load(Speaker.objects.all(), SpeakerAlias.objects.all())

    def load(self, speakers: QuerySet[Speaker], aliases: QuerySet[SpeakerAlias]) -> None:
        for speaker_id, key, kind in speakers.values_list("id", "name_key", "kind"):
            self.add(key, speaker_id, kind)
            self.speakers_seen = max(self.speakers_seen, speaker_id)
        for alias_id, speaker_id, key in aliases.values_list("id", "speaker_id", "name_key"):
            if speaker_id in self.kinds:
                self.add(key, speaker_id, self.kinds[speaker_id])
            self.aliases_seen = max(self.aliases_seen, alias_id)

    def add(self, key: str, speaker_id: int, kind: str) -> None:
        self.kinds[speaker_id] = kind
        self.by_key.setdefault(key, speaker_id)
        self.by_key.setdefault(without_titles(key), speaker_id)

    def find(self, name: str) -> int | None:
        key = name_key(name)
        if not key:
            return None
        for candidate in (key, without_titles(key)):
            if candidate in self.by_key:
                return self.by_key[candidate]
        plain = without_titles(key)
        for known, speaker_id in self.by_key.items():
            if self.kinds[speaker_id] != SpeakerKind.ANONYMOUS and fuzzy_match(plain, known):
                return speaker_id
        return None

    def link(self, name: str | None, kind: str | None) -> int | None:
        """The id of the speaker called ``name``, created as a suggestion when unknown."""
        return self.link_all([(name, kind)])[0]

    def link_all(self, mentions: Iterable[Mention]) -> list[int | None]:
        """The speaker id of each (name, kind), creating the unknown names as suggestions.

        The locks on new names are taken in sorted order, all before creating any, so two
        workers linking overlapping names cannot wait on each other.
        """
        names = [(name.strip()[:300] if name else "", kind) for name, kind in mentions]
        found = {name: self.find(name) for name, _ in names if name}
        unknown = {name: kind for name, kind in names if name and found[name] is None}
        if unknown:
            for key in sorted({without_titles(name_key(name)) for name in unknown}):
                lock_name(key)
            self.read_new(unknown)
            for name, kind in unknown.items():
                found[name] = self.find(name) or self.create(name, kind)
        return [found[name] if name else None for name, _ in names]

    def read_new(self, names: Iterable[str]) -> None:
        """Speakers and aliases added since loading, and any already named like ``names``."""
        keys = {key for name in names for key in (name_key(name), without_titles(name_key(name)))}
        self.load(
            Speaker.objects.filter(Q(pk__gt=self.speakers_seen) | Q(name_key__in=keys)),
            SpeakerAlias.objects.filter(Q(pk__gt=self.aliases_seen) | Q(name_key__in=keys)),
        )

    def create(self, name: str, kind: str | None) -> int:
        speaker = Speaker.objects.create(
            name=name,
            kind=kind if kind in SpeakerKind.values else SpeakerKind.PERSON,
            is_suggested=True,
        )
        self.add(speaker.name_key, speaker.pk, speaker.kind)
        return speaker.pk

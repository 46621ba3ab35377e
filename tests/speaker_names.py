"""What the type-ahead's rows (``SpeakerName``) must hold, recomputed from the names."""

from __future__ import annotations

from annotations.models import Speaker, SpeakerAlias, SpeakerName
from annotations.names import search_texts


def stale_speaker_names() -> tuple[set[tuple[object, ...]], set[tuple[object, ...]]]:
    """(rows missing, rows left over): both empty when the rows follow every name."""
    wanted = {
        ("speaker", pk, rank, text)
        for pk, name in Speaker.objects.values_list("pk", "name")
        for rank, text in search_texts(name)
    }
    wanted |= {
        ("alias", pk, rank, text)
        for pk, name in SpeakerAlias.objects.values_list("pk", "name")
        for rank, text in search_texts(name, alias=True)
    }
    rows = SpeakerName.objects.values_list("speaker_id", "alias_id", "rank", "text")
    stored = {
        ("speaker", speaker, rank, text) if speaker else ("alias", alias, rank, text)
        for speaker, alias, rank, text in rows
    }
    return wanted - stored, stored - wanted

"""Work on Speaker records: merging duplicates."""

from __future__ import annotations

from collections.abc import Iterable

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction

from annotations import audit, policy
from annotations.models import Annotation, Quote, Speaker, SpeakerAlias


@transaction.atomic
def merge_speakers(
    target: Speaker, duplicates: Iterable[Speaker], actor: AbstractBaseUser | None = None
) -> int:
    """Fold ``duplicates`` into ``target``: every quote and judgement moves to it.

    Each duplicate's name and aliases become aliases of the target, so the detector
    links the old spellings to the merged record from now on. Returns how many
    speakers were merged away.
    """
    duplicate_ids = [speaker.pk for speaker in duplicates if speaker.pk != target.pk]
    if not duplicate_ids:
        return 0
    merged = list(Speaker.objects.filter(pk__in=duplicate_ids))
    # Judges who named two duplicates now name one speaker: they may agree at last.
    judged = list(
        Annotation.objects.filter(speaker_id__in=duplicate_ids).values_list("quote_id", flat=True)
    )
    Quote.objects.filter(suggested_speaker_id__in=duplicate_ids).update(suggested_speaker=target)
    Quote.objects.filter(final_speaker_id__in=duplicate_ids).update(final_speaker=target)
    Annotation.objects.filter(speaker_id__in=duplicate_ids).update(speaker=target)
    policy.refresh_agreement(judged)
    SpeakerAlias.objects.filter(speaker_id__in=duplicate_ids).update(speaker=target)
    for speaker in merged:
        known = speaker.name.lower() == target.name.lower()
        if not known and not SpeakerAlias.objects.filter(name__iexact=speaker.name).exists():
            SpeakerAlias.objects.create(speaker=target, name=speaker.name)
        audit.record(
            actor,
            target,
            "speaker.merge",
            before={"merged_id": speaker.pk, "merged_name": speaker.name},
            after={"into_id": target.pk, "into_name": target.name},
        )
    if target.is_suggested:
        target.is_suggested = False
        target.save(update_fields=["is_suggested"])
    Speaker.objects.filter(pk__in=duplicate_ids).delete()
    return len(merged)

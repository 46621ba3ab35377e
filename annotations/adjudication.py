"""Turning annotators' judgements into a quote's final label.

A reviewer adopts one annotator's judgement, sets the label by hand in the admin, or finalises
in bulk the quotes on which every annotator agrees. Every final label records who set it and
when, and writes an audit event with the values before and after.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import partial

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db import transaction
from django.db.models import BigIntegerField, Case, Count, IntegerField, Q, QuerySet, Value, When
from django.db.models.functions import Coalesce
from django.utils import timezone

from annotations import audit
from annotations.models import Annotation, Decision, Quote, ReviewStatus
from annotations.stance.tasks import retrain_if_due

FINAL_FIELDS = [
    "status",
    "final_start",
    "final_end",
    "final_speaker",
    "final_stance",
    "reviewed_by",
    "reviewed_at",
]
# The label itself, without who set it and when.
LABEL_FIELDS = FINAL_FIELDS[:5]

ALREADY_FINAL = "already have a final label"
TOO_FEW = "have fewer judgements than the project's annotators per article"
UNDECIDED = "have a judgement without a decision"
DISAGREE = "have annotators who disagree"

Actor = AbstractBaseUser | AnonymousUser | None


def label_of(annotation: Annotation) -> tuple[object, ...]:
    """What a judgement says about the quote; a rejection says nothing more."""
    if annotation.decision != Decision.ACCEPT:
        return (annotation.decision,)
    return (
        annotation.decision,
        *annotation.effective_span,
        annotation.speaker_id,
        annotation.stance,
    )


def set_label(quote: Quote, annotation: Annotation) -> None:
    """Copy a decided judgement onto the quote's final label (unsaved)."""
    if annotation.decision == Decision.ACCEPT:
        quote.status = ReviewStatus.ACCEPTED
        quote.final_start, quote.final_end = annotation.effective_span
        quote.final_speaker_id = annotation.speaker_id
        quote.final_stance = annotation.stance
    elif annotation.decision == Decision.REJECT:
        quote.status = ReviewStatus.REJECTED
        quote.final_start = quote.final_end = quote.final_speaker_id = None
        quote.final_stance = ""
    else:
        raise ValueError("An undecided judgement cannot become the final label.")


def finalise(
    quote: Quote, annotation: Annotation, actor: Actor, action: str = "quote.adopt"
) -> None:
    """Make ``annotation`` the quote's final label, signed by ``actor``."""
    before = audit.snapshot(quote, FINAL_FIELDS)
    set_label(quote, annotation)
    quote.reviewed_by = actor if actor is not None and actor.is_authenticated else None
    quote.reviewed_at = timezone.now()
    quote.save(update_fields=FINAL_FIELDS)
    transaction.on_commit(partial(retrain_if_due, quote.article_id))
    after = audit.snapshot(quote, FINAL_FIELDS)
    changed = [name for name in FINAL_FIELDS if before[name] != after[name]]
    audit.record(
        actor,
        quote,
        action,
        before={name: before[name] for name in changed},
        after={
            **{name: after[name] for name in changed},
            "from_judgement": annotation.pk,
            "annotator": str(annotation.annotator),
        },
    )


def agreed_judgement(
    quote: Quote, judgements: Sequence[Annotation], required: int
) -> tuple[Annotation | None, str | None]:
    """The judgement every annotator agrees on, or why there is none."""
    if quote.status != ReviewStatus.PENDING:
        return None, ALREADY_FINAL
    if len(judgements) < max(required, 1):
        return None, TOO_FEW
    if any(not judgement.decision for judgement in judgements):
        return None, UNDECIDED
    if len({label_of(judgement) for judgement in judgements}) > 1:
        return None, DISAGREE
    return judgements[0], None


@dataclass
class FinaliseResult:
    finalised: int = 0
    skipped: Counter[str] = field(default_factory=Counter)


@transaction.atomic
def finalise_agreed(quotes: Iterable[Quote], actor: Actor) -> FinaliseResult:
    """Finalise every quote whose annotators all agree; count the others by reason."""
    result = FinaliseResult()
    for quote in quotes:
        judgements = sorted(quote.annotations.all(), key=lambda judgement: judgement.pk)
        agreed, reason = agreed_judgement(
            quote, judgements, quote.article.project.annotators_per_article
        )
        if agreed is None:
            result.skipped[reason] += 1
        else:
            finalise(quote, agreed, actor, action="quote.finalise_agreed")
            result.finalised += 1
    return result


def for_finalising(quotes: QuerySet[Quote]) -> QuerySet[Quote]:
    """What ``finalise_agreed`` reads, fetched in a constant number of queries."""
    return (
        quotes.select_related("article__project")
        .defer("article__text")
        .prefetch_related("annotations__annotator")
    )


def with_agreement(quotes: QuerySet[Quote]) -> QuerySet[Quote]:
    """Annotate how many judgements a quote has and on how many values they split.

    ``disputed`` is 1 when decided judgements differ in decision, or accepted ones in span,
    speaker or stance; a reviewer's list puts those first.
    """
    decided = ~Q(annotations__decision="")
    accepted = Q(annotations__decision=Decision.ACCEPT)
    quotes = quotes.annotate(
        judgement_count=Count("annotations", filter=decided),
        decision_kinds=Count("annotations__decision", filter=decided, distinct=True),
        start_kinds=Count(Coalesce("annotations__start", "start"), filter=accepted, distinct=True),
        end_kinds=Count(Coalesce("annotations__end", "end"), filter=accepted, distinct=True),
        speaker_kinds=Count(
            Coalesce("annotations__speaker_id", 0, output_field=BigIntegerField()),
            filter=accepted,
            distinct=True,
        ),
        stance_kinds=Count("annotations__stance", filter=accepted, distinct=True),
    )
    return quotes.annotate(
        disputed=Case(
            When(
                Q(decision_kinds__gt=1)
                | Q(start_kinds__gt=1)
                | Q(end_kinds__gt=1)
                | Q(speaker_kinds__gt=1)
                | Q(stance_kinds__gt=1),
                then=Value(1),
            ),
            default=Value(0),
            output_field=IntegerField(),
        )
    )


def disputed_levels(quote: Quote) -> list[str]:
    """Which of decision, span, speaker and stance a quote annotated by ``with_agreement``
    is disputed on."""
    levels = {
        "decision": quote.decision_kinds,
        "span": max(quote.start_kinds, quote.end_kinds),
        "speaker": quote.speaker_kinds,
        "stance": quote.stance_kinds,
    }
    return [level for level, kinds in levels.items() if kinds > 1]

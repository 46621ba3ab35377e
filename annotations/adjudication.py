"""Turning annotators' judgements into a quote's final label.

A reviewer adopts one annotator's judgement, merges fields of several (the span of one, the
speaker of another, the stance of a third) on the curation page, sets the label by hand in
the admin, or finalises in bulk the quotes on which every annotator agrees. What "agree"
means is ``annotations.policy``'s. Every final label records who set it and when, and writes
an audit event with the values before and after.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import partial

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone

from annotations import audit, policy
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

# Re-exported: the finaliser's reasons are the policy's.
ALREADY_FINAL = policy.ALREADY_FINAL
TOO_FEW = policy.TOO_FEW
UNDECIDED = policy.UNDECIDED
DISAGREE = policy.DISAGREE

Actor = AbstractBaseUser | AnonymousUser | None


def label_of_judgement(annotation: Annotation) -> policy.Label:
    if annotation.decision == Decision.ACCEPT:
        return policy.Label(
            Decision.ACCEPT, annotation.effective_span, annotation.speaker_id, annotation.stance
        )
    if annotation.decision == Decision.REJECT:
        return policy.Label(Decision.REJECT)
    raise ValueError("An undecided judgement cannot become the final label.")


def apply_label(quote: Quote, label: policy.Label) -> None:
    """Copy a label onto the quote's final label (unsaved)."""
    if label.decision == Decision.ACCEPT:
        quote.status = ReviewStatus.ACCEPTED
        quote.final_start, quote.final_end = label.span or (quote.start, quote.end)
        quote.final_speaker_id = label.speaker_id
        quote.final_stance = label.stance
    elif label.decision == Decision.REJECT:
        quote.status = ReviewStatus.REJECTED
        quote.final_start = quote.final_end = quote.final_speaker_id = None
        quote.final_stance = ""
    else:
        raise ValueError(f"“{label.decision}” is not a decision a final label can take.")


def set_final(
    quote: Quote,
    label: policy.Label,
    actor: Actor,
    action: str,
    provenance: dict[str, object] | None = None,
) -> None:
    """Make ``label`` the quote's final label, signed by ``actor``, and audit it."""
    with transaction.atomic():
        _set_final(quote, label, actor, action, provenance)
        policy.refresh_agreement([quote.pk], pairs=False)


def _set_final(
    quote: Quote,
    label: policy.Label,
    actor: Actor,
    action: str,
    provenance: dict[str, object] | None,
) -> None:
    """``set_final`` but for the stored agreement, which the caller refreshes."""
    before = audit.snapshot(quote, FINAL_FIELDS)
    apply_label(quote, label)
    quote.reviewed_by = actor if actor is not None and actor.is_authenticated else None  # type: ignore[assignment]
    quote.reviewed_at = timezone.now()
    quote.save(update_fields=FINAL_FIELDS)
    transaction.on_commit(partial(retrain_if_due, quote.article_id))
    audit.record_changes(
        actor, quote, action, before, audit.snapshot(quote, FINAL_FIELDS), extra=provenance
    )


def finalise(
    quote: Quote, annotation: Annotation, actor: Actor, action: str = "quote.adopt"
) -> None:
    """Make ``annotation`` the quote's final label, signed by ``actor``."""
    set_final(
        quote,
        label_of_judgement(annotation),
        actor,
        action,
        {"from_judgement": annotation.pk, "annotator": str(annotation.annotator)},
    )


@dataclass(frozen=True)
class Merge:
    """A reviewer's choice per field: which judgement each field is taken from.

    ``decision`` reject ignores the rest; a field left None takes the quote's own value
    (the span, the suggested speaker) or none (the stance).
    """

    decision: str
    span_from: Annotation | None = None
    speaker_from: Annotation | None = None
    stance_from: Annotation | None = None


def merge(quote: Quote, choice: Merge, actor: Actor) -> policy.Label:
    """Set the final label from fields of several judgements; audited with their sources."""
    if choice.decision == Decision.REJECT:
        label = policy.Label(Decision.REJECT)
        sources: dict[str, object] = {}
    else:
        label = policy.Label(
            Decision.ACCEPT,
            choice.span_from.effective_span if choice.span_from else (quote.start, quote.end),
            choice.speaker_from.speaker_id
            if choice.speaker_from
            else quote.final_speaker_id or quote.suggested_speaker_id,
            choice.stance_from.stance if choice.stance_from else quote.final_stance,
        )
        sources = {
            f"{name}_from": str(judgement.annotator)
            for name, judgement in (
                ("span", choice.span_from),
                ("speaker", choice.speaker_from),
                ("stance", choice.stance_from),
            )
            if judgement is not None
        }
    set_final(quote, label, actor, "quote.merge", sources)
    return label


@dataclass
class FinaliseResult:
    finalised: int = 0
    skipped: Counter[str] = field(default_factory=Counter)


def quote_ballot(quote: Quote) -> policy.Ballot:
    """The ballot of a quote read through ``for_finalising``."""
    judgements = sorted(quote.annotations.all(), key=lambda judgement: judgement.pk)
    return policy.ballot(quote, judgements, getattr(quote, "article_annotators", 0) or 0)


@transaction.atomic
def finalise_agreed(quotes: Iterable[Quote], actor: Actor) -> FinaliseResult:
    """Finalise every quote whose annotators all agree; count the others by reason."""
    result = FinaliseResult()
    finalised = []
    for quote in quotes:
        if quote.status != ReviewStatus.PENDING:
            result.skipped[policy.ALREADY_FINAL] += 1
            continue
        vote = quote_ballot(quote)
        required = quote.article.project.annotators_per_article
        reason = vote.why_not_unanimous(required)
        label = vote.unanimous_label(required)
        if reason is not None or label is None:
            result.skipped[reason or policy.DISAGREE] += 1
            continue
        annotators = sorted({v.annotator for v in vote.votes})
        _set_final(quote, label, actor, "quote.finalise_agreed", {"annotators": annotators})
        finalised.append(quote.pk)
    result.finalised = len(finalised)
    policy.refresh_agreement(finalised, pairs=False)
    return result


def for_finalising(quotes: QuerySet[Quote]) -> QuerySet[Quote]:
    """What ``finalise_agreed`` reads, fetched in a constant number of queries."""
    return (
        quotes.select_related("article__project")
        .defer("article__text")
        .annotate(article_annotators=policy.article_annotators())
        .prefetch_related("annotations__annotator")
    )

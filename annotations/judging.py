"""Saving an annotator's judgements: the version check, span checks, audit events and undo.

A change names the ``version`` of the judgement it was based on (0 when there is none yet).
The row is updated only while it still has that version, so a second tab that saved in between
makes the save fail with ``Conflict`` instead of being silently overwritten. Every change writes
an audit event with the values before and after; undo walks those events back.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

from django.contrib.auth.models import User
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import (
    CharField,
    Count,
    FilteredRelation,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    TextField,
    Value,
)
from django.db.models.functions import Cast, Coalesce
from django.http import Http404
from django.utils import timezone

from annotations import access, audit, mentions, policy
from annotations.models import (
    Annotation,
    Article,
    Assignment,
    AssignmentStatus,
    AuditEvent,
    Decision,
    Flag,
    Quote,
    QuoteKind,
    QuoteOrigin,
    Speaker,
    SpeakerAlias,
    concrete_field,
    span_errors,
)
from annotations.stance.ordering import quote_order

FIELDS = ("decision", "speaker", "stance", "note", "start", "end", "speaker_start", "speaker_end")
BLANK: dict[str, Any] = {
    "decision": "",
    "speaker": None,
    "stance": "",
    "note": "",
    "start": None,
    "end": None,
    "speaker_start": None,
    "speaker_end": None,
}
CREATE = "annotation.create"
CHANGE = "annotation.change"
UNDO = "annotation.undo"
ADD_QUOTE = "quote.add"
REMOVE_QUOTE = "quote.remove"
ADD_FLAG = "flag.add"
# The quote's spans an annotation may be drawn from, as field prefixes of a quote row: its
# own, the judgement's corrected span, both mentions and the cue.
SPAN_PREFIXES = ("", "mine__", "speaker_", "mine__speaker_", "cue_")
# How far back undo looks: further than anyone presses u in one sitting.
UNDO_DEPTH = 500


class Conflict(Exception):
    """The judgement changed after the version the request was based on."""


@dataclass(frozen=True)
class Undone:
    """What an undo touched: the quote and its judgement before the undo, or the quote the
    annotator had added and the undo removed."""

    quote: Quote | None
    previous: Annotation | None = None
    removed: Quote | None = None


def mine(user: User) -> FilteredRelation:
    """The user's own judgement of a quote, joined as ``mine`` (one at most: it is unique)."""
    return FilteredRelation("annotations", condition=Q(annotations__annotator=user))


def visible(user: User) -> Q:
    """The quotes an annotator works on: the detector's current ones and those they added.

    Needs ``mine`` joined. Stale quotes (the detector no longer finds them) keep their
    judgements but leave the queue; another annotator's additions stay theirs.
    """
    return Q(is_stale=False) & (
        Q(origin=QuoteOrigin.DETECTOR) | Q(created_by=user) | Q(mine__isnull=False)
    )


def _quotes(user: User) -> QuerySet[Quote]:
    """Quotes with ``mine`` and ``flag_reason``, the user's latest open flag on it ("" if none)."""
    flags = Flag.objects.filter(quote=OuterRef("pk"), annotator=user, resolved_at__isnull=True)
    # Selecting ``mine`` is what joins it: one row per quote, with the judgement beside it.
    flag_reason = Coalesce(
        Subquery(flags.order_by("-id").values("reason")[:1]), Value(""), output_field=TextField()
    )
    return Quote.objects.annotate(
        **for_user(mine=mine(user), flag_reason=flag_reason)
    ).select_related(*RELATED)


# ``mine`` is a FilteredRelation, which the type checker's plugin does not take for a relation.
RELATED = (
    "suggested_speaker",
    "mine__speaker",
    "stance_suggestion__model",
    "stance_suggestion__label",
)


def for_user(**annotations: Any) -> dict[str, Any]:
    """Annotations named for the attributes ``Quote`` declares (``mine``, ``flag_reason``,
    ``assignment_status``), passed so that the type checker's plugin keeps the model's type."""
    return annotations


def _mine_or_none(quote: Quote, user: User) -> Quote:
    """select_related leaves ``mine`` unset when the join finds no judgement."""
    quote.mine = getattr(quote, "mine", None)
    if quote.mine is not None:
        # Known already; the audit's description of the judgement names both.
        quote.mine.quote = quote
        quote.mine.annotator = user
    return quote


def article_quotes(
    user: User, article: Article, near: list[tuple[int, int]] | None = None
) -> list[Quote]:
    """The article's quotes in reading order, each with ``mine``; one query.

    Staff reading an article that is not theirs see every current quote. With ``near``, only
    the quotes with a span (see SPAN_PREFIXES) overlapping one of those ranges.
    """
    shown = visible(user) if article.assignment_status is not None else Q(is_stale=False)
    if near is not None:
        shown &= overlapping(near)
    quotes = list(
        _quotes(user).filter(shown, article=article).order_by(*quote_order(article.project))
    )
    for quote in quotes:
        quote.article = article
        _mine_or_none(quote, user)
    return quotes


def overlapping(ranges: list[tuple[int, int]]) -> Q:
    """Quotes (with ``mine`` joined) of which some span overlaps one of the ranges."""
    condition = Q(pk__in=[])
    for low, high in ranges:
        for prefix in SPAN_PREFIXES:
            condition |= Q(**{f"{prefix}start__lt": high, f"{prefix}end__gt": low})
    return condition


def progress_counts(user: User, article: Article) -> tuple[int, int]:
    """How many of the quotes the annotator works on they judged, and how many there are."""
    counts = (
        Quote.objects.annotate(**for_user(mine=mine(user)))
        .filter(visible(user), article=article)
        .aggregate(
            judged=Count("pk", filter=Q(mine__decision__in=Decision.values)), total=Count("pk")
        )
    )
    return counts["judged"], counts["total"]


def next_undecided(user: User, quote: Quote, within: tuple[int, int] | None = None) -> Quote | None:
    """The first undecided quote after this one in reading order, wrapping round (or the
    least certain one left, when the project serves uncertain quotes first).

    One query walking the reading order from this quote; a second from the top only when
    nothing after it is left. ``within`` keeps to the quotes starting in that range (the part
    of a long article on the page).
    """
    later = (
        Q(start__gt=quote.start)
        | Q(start=quote.start, end__gt=quote.end)
        | Q(start=quote.start, end=quote.end, pk__gt=quote.pk)
    )
    undecided = Q(mine__isnull=True) | Q(mine__decision="")
    candidates = (
        _quotes(user)
        .filter(visible(user), undecided, article_id=quote.article_id)
        .order_by("start", "end", "pk")
    )
    if within is not None:
        candidates = candidates.filter(start__gte=within[0], start__lt=within[1])
    project = quote.article.project
    if project.stance_uncertain_first:
        # The least certain stance suggestion left, wherever it is in the article.
        found = candidates.exclude(pk=quote.pk).order_by(*quote_order(project)).first()
    else:
        found = candidates.filter(later).first() or candidates.exclude(pk=quote.pk).first()
    if found is None:
        return None
    # The same article, loaded already with the annotator's assignment.
    found.article = quote.article
    found.assignment_status = quote.assignment_status
    return _mine_or_none(found, user)


def previous_pk(user: User, quote: Quote) -> int | None:
    """The quote just before this one in the annotator's reading order, if any."""
    earlier = (
        Q(start__lt=quote.start)
        | Q(start=quote.start, end__lt=quote.end)
        | Q(start=quote.start, end=quote.end, pk__lt=quote.pk)
    )
    return (
        Quote.objects.annotate(**for_user(mine=mine(user)))
        .filter(visible(user), earlier, article_id=quote.article_id)
        .order_by("-start", "-end", "-pk")
        .values_list("pk", flat=True)
        .first()
    )


def load_quote(user: User, article_pk: int, quote_pk: int) -> Quote:
    """One quote with its article, project, ``mine`` and ``assignment_status``, in one query."""
    return _first_quote(user, _quote_query(user, article_pk).filter(pk=quote_pk))


def _quote_query(user: User, article_pk: int) -> QuerySet[Quote]:
    return (
        _quotes(user)
        .annotate(**for_user(assignment_status=access.assignment_status(user, "article_id")))
        .select_related("article__project")
        .filter(visible(user) | Q(assignment_status__isnull=True, is_stale=False))
        .filter(article_id=article_pk)
    )


def _first_quote(user: User, quotes: QuerySet[Quote]) -> Quote:
    quote = quotes.first()
    if quote is None:
        raise Http404("No such quote.")
    access.check_view(user, quote.assignment_status)
    quote.article.assignment_status = quote.assignment_status
    return _mine_or_none(quote, user)


def tightened(text: str, start: int | None, end: int | None, what: str) -> tuple[int, int]:
    """The span without the spaces a selection picks up at its edges; ValidationError if bad."""
    errors = span_errors(text, start, end, what)
    if errors:
        raise ValidationError(errors)
    assert start is not None and end is not None  # span_errors refuses a missing end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start == end:
        raise ValidationError(f"The {what} holds only white space.")
    return start, end


def judge(
    user: User,
    quote: Quote,
    version: int,
    changes: dict[str, Any],
    *,
    new_speaker: Speaker | None = None,
) -> Annotation:
    """Apply ``changes`` (some of FIELDS) to the user's judgement of a ``load_quote`` quote.

    ``new_speaker``, unsaved, is created in the same transaction and becomes the speaker.
    """
    access.check_edit(quote.assignment_status)
    changes = dict(changes)
    text = quote.article.text
    if "start" in changes or "end" in changes:
        start, end = tightened(text, changes.get("start"), changes.get("end"), "corrected span")
        # The quote's own span is no correction.
        changes["start"], changes["end"] = (
            (None, None) if (start, end) == (quote.start, quote.end) else (start, end)
        )
    if "speaker_start" in changes or "speaker_end" in changes:
        changes["speaker_start"], changes["speaker_end"] = tightened(
            text, changes.get("speaker_start"), changes.get("speaker_end"), "speaker mention"
        )
    current: Annotation | None = quote.mine
    if version != (current.version if current is not None else 0):
        raise Conflict
    try:
        with transaction.atomic():
            if new_speaker is not None:
                new_speaker.save()
                audit.record(
                    user,
                    new_speaker,
                    "speaker.add",
                    after=audit.snapshot(new_speaker, ["name", "kind", "description"]),
                )
                changes["speaker"] = new_speaker
            if "speaker" in changes and "speaker_start" not in changes:
                changes |= _mention_for_new_speaker(quote, current, changes["speaker"])
            annotation = _save(user, quote, current, changes, CREATE if current is None else CHANGE)
    except IntegrityError as error:
        # Another tab created this judgement first.
        raise Conflict from error
    quote.mine = annotation
    return annotation


def mention_of(quote: Quote, annotation: Annotation | None) -> mentions.Span | None:
    """Where the text names the speaker of this judgement (see ``annotations.mentions``)."""
    return mentions.judged_mention(
        annotation.speaker_id if annotation is not None else None,
        mentions.span(annotation.speaker_start, annotation.speaker_end) if annotation else None,
        quote.suggested_speaker_id,
        mentions.span(quote.speaker_start, quote.speaker_end),
    )


def _mention_for_new_speaker(
    quote: Quote, current: Annotation | None, speaker: Speaker | None
) -> dict[str, int | None]:
    """The judgement's mention once the speaker changes: the one shown so far if it names the
    new speaker too, else none (so the detector's stands only for the speaker it found)."""
    was = current.speaker_id if current is not None and current.speaker_id else None
    was = was or quote.suggested_speaker_id
    if speaker is None or speaker.pk == was:
        return {}
    shown = mention_of(quote, current)
    if shown is not None:
        names = [
            speaker.name,
            *SpeakerAlias.objects.filter(speaker=speaker).values_list("name", flat=True),
        ]
        if mentions.names_speaker(quote.article.text[shown[0] : shown[1]], names):
            return {"speaker_start": shown[0], "speaker_end": shown[1]}
    return {"speaker_start": None, "speaker_end": None}


def flag(user: User, quote: Quote, reason: str) -> Flag:
    """Ask a reviewer to look at the quote; audited like every change."""
    access.check_edit(quote.assignment_status)
    with transaction.atomic():
        created = Flag.objects.create(quote=quote, annotator=user, reason=reason)
        audit.record(user, created, ADD_FLAG, after={"quote": quote.pk, "reason": reason})
    quote.flag_reason = reason
    return created


def _save(
    user: User,
    quote: Quote,
    current: Annotation | None,
    changes: dict[str, Any],
    action: str,
) -> Annotation:
    """Write the change inside the caller's transaction, with its audit event."""
    if current is None:
        annotation = Annotation(
            quote=quote, annotator=user, speaker=quote.suggested_speaker, version=1
        )
        for name, value in changes.items():
            setattr(annotation, name, value)
        annotation.save()
        policy.refresh_agreement([quote.pk])
        audit.record(user, annotation, action, {}, _snapshot(annotation))
        return annotation
    annotation = copy.copy(current)
    for name, value in changes.items():
        setattr(annotation, name, value)
    before, after = _snapshot(current), _snapshot(annotation)
    changed = {name for name in FIELDS if before[name] != after[name]}
    if not changed:
        return current
    annotation.version = current.version + 1
    annotation.updated_at = timezone.now()
    attnames = [concrete_field(Annotation, name).attname for name in changed]
    values = {attname: getattr(annotation, attname) for attname in attnames}
    updated = Annotation.objects.filter(pk=current.pk, version=current.version).update(
        **values, version=annotation.version, updated_at=annotation.updated_at
    )
    if not updated:
        raise Conflict
    if changed & set(policy.JUDGED_FIELDS):
        policy.refresh_agreement([quote.pk])
    audit.record(
        user,
        annotation,
        action,
        {name: before[name] for name in sorted(changed)} | {"version": current.version},
        {name: after[name] for name in sorted(changed)} | {"version": annotation.version},
    )
    return annotation


def _snapshot(annotation: Annotation) -> dict[str, Any]:
    return audit.snapshot(annotation, list(FIELDS))


def add_quote(user: User, article: Article, start: int | None, end: int | None, kind: str) -> Quote:
    """A quote the detector missed, accepted by the annotator who added it.

    If the span is a quote already, that quote is accepted instead.
    """
    access.check_edit(article.assignment_status)
    start, end = tightened(article.text, start, end, "quote span")
    quote = Quote(
        article=article,
        start=start,
        end=end,
        kind=kind if kind in QuoteKind.values else QuoteKind.DIRECT,
        origin=QuoteOrigin.MANUAL,
        created_by=user,
    )
    try:
        with transaction.atomic():
            quote.save()
            annotation = Annotation.objects.create(
                quote=quote, annotator=user, decision=Decision.ACCEPT
            )
            policy.refresh_agreement([quote.pk])
            audit.record(
                user,
                quote,
                ADD_QUOTE,
                after={"start": start, "end": end, "kind": quote.kind, "annotation": annotation.pk},
            )
    except IntegrityError:
        # Maybe another annotator's addition, which this one does not see: they judge it too,
        # independently.
        existing = _first_quote(
            user,
            _quotes(user)
            .annotate(**for_user(assignment_status=access.assignment_status(user, "article_id")))
            .select_related("article__project")
            .filter(article=article, start=start, end=end),
        )
        version = existing.mine.version if existing.mine is not None else 0
        judge(user, existing, version, {"decision": Decision.ACCEPT})
        return existing
    quote.mine = annotation
    quote.assignment_status = article.assignment_status
    return quote


def last_undoable(user: User, article_pk: int) -> AuditEvent | None:
    """The user's latest change in the article that no undo has taken back yet.

    Undo events pair off with the changes before them, last first, like a stack.
    """
    key = Cast("pk", CharField())
    annotations = Annotation.objects.filter(annotator=user, quote__article=article_pk).values(k=key)
    added = Quote.objects.filter(article=article_pk, created_by=user).values(k=key)
    events = (
        AuditEvent.objects.filter(actor=user)
        .filter(
            Q(
                content_type=ContentType.objects.get_for_model(Annotation),
                action__in=[CREATE, CHANGE, UNDO],
                object_id__in=annotations,
            )
            | Q(
                content_type=ContentType.objects.get_for_model(Quote),
                action=ADD_QUOTE,
                object_id__in=added,
            )
        )
        .only("action", "object_id", "before")
        .order_by("-id")[:UNDO_DEPTH]
    )
    taken_back = 0
    for event in events:
        if event.action == UNDO:
            taken_back += 1
        elif taken_back:
            taken_back -= 1
        else:
            return event
    return None


def undo(user: User, article_pk: int) -> Undone | None:
    """Take back the user's last change in the article; None when there is nothing to undo."""
    event = last_undoable(user, article_pk)
    if event is None:
        # Nothing to take back; still, only those who may change the article hear so.
        access.check_edit(access.get_article(user, article_pk).assignment_status)
        return None
    pk = int(event.object_id)
    quotes = _quote_query(user, article_pk)
    if event.action == ADD_QUOTE:
        quote = _first_quote(user, quotes.filter(pk=pk))
        others = Annotation.objects.filter(quote=quote).exclude(annotator=user)
        return _undo_add(user, quote, judged_by_others=others.exists())
    quote = _first_quote(user, quotes.filter(Q(mine__pk=pk)))
    restore = (
        BLANK
        if event.action == CREATE
        else {name: value for name, value in event.before.items() if name in FIELDS}
    )
    previous = quote.mine
    _revert(user, quote, restore)
    return Undone(quote, previous)


def _undo_add(user: User, quote: Quote, *, judged_by_others: bool) -> Undone:
    access.check_edit(quote.assignment_status)
    if judged_by_others:
        # Others judge it too: take back only this annotator's acceptance.
        previous = quote.mine
        _revert(user, quote, BLANK)
        return Undone(quote, previous)
    removed_pk = quote.pk
    with transaction.atomic():
        audit.record(
            user, quote, REMOVE_QUOTE, before={"start": quote.start, "end": quote.end}, after={}
        )
        # Its judgement goes with it: the article's annotators are compared again.
        policy.refresh_agreement([quote.pk])
        quote.delete()
    quote.pk = removed_pk  # delete() clears it; the page still names the row by it
    return Undone(None, removed=quote)


def _revert(user: User, quote: Quote, values: dict[str, Any]) -> None:
    access.check_edit(quote.assignment_status)
    changes = dict(values)
    if changes.get("speaker") is not None:
        speaker_id = changes["speaker"]
        changes["speaker"] = (
            quote.suggested_speaker
            if speaker_id == quote.suggested_speaker_id
            # Merged away since? Then the judgement has no speaker rather than a dangling one.
            else Speaker.objects.filter(pk=speaker_id).first()
        )
    with transaction.atomic():
        quote.mine = _save(user, quote, quote.mine, changes, UNDO)


def set_done(user: User, article: Article, done: bool) -> None:
    """Mark the user's assignment done (read-only from then on) or reopen it."""
    if article.assignment_status is None:
        raise PermissionDenied("This article is not assigned to you.")
    with transaction.atomic():
        assignment = Assignment.objects.select_for_update().get(article=article, annotator=user)
        before = {"status": assignment.status}
        assignment.status = AssignmentStatus.DONE if done else AssignmentStatus.ASSIGNED
        assignment.done_at = timezone.now() if done else None
        assignment.save(update_fields=["status", "done_at"])
        audit.record(
            user,
            assignment,
            "assignment.done" if done else "assignment.reopen",
            before,
            {"status": assignment.status},
        )
    article.assignment_status = assignment.status


def queue(user: User) -> list[Assignment]:
    """The user's assignments with ``judged`` and ``total`` quote counts; one query."""
    counted = (
        Quote.objects.annotate(**for_user(mine=mine(user)))
        .filter(visible(user), article=OuterRef("article"))
        .order_by()
        .values("article")
    )
    judged = counted.filter(Q(mine__decision__in=Decision.values))

    def count(quotes: QuerySet[Quote, Any]) -> Coalesce:
        return Coalesce(Subquery(quotes.annotate(n=Count("pk")).values("n")), 0)

    return list(
        Assignment.objects.filter(annotator=user)
        .select_related("article__project")
        .defer("article__text")
        .annotate(total=count(counted), judged=count(judged))
        .order_by("assigned_at", "id")
    )

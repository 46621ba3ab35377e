"""Giving articles to annotators: each article goes to ``Project.annotators_per_article`` of them.

``claim_next_article`` is what the workbench's "Next article" button calls; many annotators
press it at once, so a slot is claimed under a row lock and the assignments are counted again
under that lock. On PostgreSQL the candidate articles are locked with
``SELECT ... FOR UPDATE SKIP LOCKED``, so concurrent claims take different articles instead of
queueing on the same one. SQLite has no row locks, but the settings open every transaction with
``BEGIN IMMEDIATE``, so writers run one at a time and the recount is just as exact. The unique
(article, annotator) constraint is the last line of defence.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import Enum

from django.contrib.auth.models import AnonymousUser, User
from django.db import IntegrityError, transaction
from django.db.models import Count, F, Q, QuerySet

from annotations import audit, policy
from annotations.models import Article, Assignment, AssignmentStatus, Project
from annotations.stance.ordering import article_uncertainty, least_certain_first

# How many candidate articles one pass looks at.
CANDIDATE_BATCH = 20
# What an assignment's audit events compare.
FIELDS = ["article", "annotator", "status", "done_at"]


class Outcome(Enum):
    CLAIMED = "claimed"
    FULL = "full"  # no room left, or the user has it already
    BUSY = "busy"  # another transaction holds the row


def open_assignment(user: User, project: Project | None = None) -> Assignment | None:
    """The user's oldest unfinished assignment, in the project if one is given."""
    assignments = Assignment.objects.filter(annotator=user, status=AssignmentStatus.ASSIGNED)
    if project is not None:
        assignments = assignments.filter(article__project=project)
    return assignments.select_related("article").order_by("assigned_at", "id").first()


def open_slots(user: User, project: Project | None = None) -> QuerySet[Article]:
    """Articles with a free slot that the user has not had, fewest annotators first (in a
    project that serves uncertain quotes first, the article with the least certain first)."""
    articles = Article.objects.all() if project is None else project.articles.all()
    return (
        articles.exclude(assignments__annotator=user)
        .annotate(assignment_count=Count("assignments"))
        .filter(assignment_count__lt=F("project__annotators_per_article"))
        .annotate(uncertainty=article_uncertainty())
        .order_by(least_certain_first(), "assignment_count", "id")
    )


def claim_next_article(user: User, project: Project | None = None) -> Article | None:
    """The user's unfinished article, or else a newly claimed one; None when nothing is left.

    Each pass tries the candidates without waiting for rows others hold; if all of them were
    held, it waits for the first. A pass either claims an article or learns that at least one
    candidate is full, so the loop ends.
    """
    current = open_assignment(user, project)
    if current is not None:
        return current.article
    while True:
        candidates = list(open_slots(user, project).values_list("pk", flat=True)[:CANDIDATE_BATCH])
        if not candidates:
            return None
        busy = []
        for pk in candidates:
            outcome, article = _claim(user, pk, wait=False)
            if outcome is Outcome.CLAIMED:
                return article
            if outcome is Outcome.BUSY:
                busy.append(pk)
        if len(busy) == len(candidates):
            outcome, article = _claim(user, busy[0], wait=True)
            if outcome is Outcome.CLAIMED:
                return article


def _claim(user: User, pk: int, *, wait: bool) -> tuple[Outcome, Article | None]:
    """Lock one article and give the user a slot on it if it still has room."""
    with transaction.atomic():
        article = (
            Article.objects.filter(pk=pk)
            .select_related("project")
            .select_for_update(skip_locked=not wait, of=("self",))
            .defer("text")
            .first()
        )
        if article is None:
            return Outcome.BUSY, None
        # Counted again under the lock: the candidate was chosen without one.
        counts = Assignment.objects.filter(article=article).aggregate(
            total=Count("id"), mine=Count("id", filter=Q(annotator=user))
        )
        if counts["mine"] or counts["total"] >= article.project.annotators_per_article:
            return Outcome.FULL, None
        try:
            with transaction.atomic():
                assignment = Assignment.objects.create(article=article, annotator=user)
                policy.refresh_agreement(policy.counting_annotators([article.pk]), pairs=False)
                audit.record_changes(
                    user, assignment, "assignment.claim", {}, audit.snapshot(assignment, FIELDS)
                )
        except IntegrityError:
            # The same user claiming from another tab got here first.
            return Outcome.FULL, None
        return Outcome.CLAIMED, article


@dataclass
class AssignResult:
    created: int = 0
    already_assigned: int = 0
    full: list[str] = field(default_factory=list)


@transaction.atomic
def assign_articles(
    articles: Iterable[Article],
    annotators: Iterable[User],
    actor: User | AnonymousUser | None = None,
) -> AssignResult:
    """A reviewer's assignment: every annotator to every article, within each article's limit."""
    result = AssignResult()
    annotators = list(annotators)
    locked = (
        Article.objects.filter(pk__in=[article.pk for article in articles])
        .select_related("project")
        .select_for_update(of=("self",))
        .defer("text")
        .order_by("pk")
    )
    for article in locked:
        have = set(article.assignments.values_list("annotator_id", flat=True))
        room = article.project.annotators_per_article - len(have)
        for annotator in annotators:
            if annotator.pk in have:
                result.already_assigned += 1
            elif room <= 0:
                limit = article.project.annotators_per_article
                result.full.append(
                    f"{article.title} → {annotator} (already has {limit} annotators)"
                )
            else:
                assignment = Assignment.objects.create(article=article, annotator=annotator)
                audit.record_changes(
                    actor, assignment, "assignment.add", {}, audit.snapshot(assignment, FIELDS)
                )
                have.add(annotator.pk)
                room -= 1
                result.created += 1
    policy.refresh_agreement(
        policy.counting_annotators([article.pk for article in locked]), pairs=False
    )
    return result


@dataclass
class ReassignResult:
    moved: int = 0
    skipped: list[str] = field(default_factory=list)


@transaction.atomic
def reassign(
    assignments: Iterable[Assignment],
    annotator: User,
    actor: User | AnonymousUser | None = None,
) -> ReassignResult:
    """Hand assignments to another annotator, who starts afresh; judgements stay with their
    authors. An article the new annotator already has is skipped."""
    result = ReassignResult()
    have = set(Assignment.objects.filter(annotator=annotator).values_list("article_id", flat=True))
    for assignment in assignments:
        if assignment.annotator_id == annotator.pk:
            continue
        if assignment.article_id in have:
            result.skipped.append(str(assignment.article))
            continue
        before = audit.snapshot(assignment, FIELDS)
        assignment.annotator = annotator
        assignment.status = AssignmentStatus.ASSIGNED
        assignment.done_at = None
        assignment.save(update_fields=["annotator", "status", "done_at"])
        audit.record_changes(
            actor, assignment, "assignment.reassign", before, audit.snapshot(assignment, FIELDS)
        )
        have.add(assignment.article_id)
        result.moved += 1
    return result

"""How far a project's annotation has come, in total and per annotator."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import Count, F, Q

from annotations.models import (
    Annotation,
    Assignment,
    AssignmentStatus,
    Project,
    Quote,
    QuoteOrigin,
    ReviewStatus,
    StanceModel,
    TrainingState,
)


@dataclass(frozen=True)
class Bar:
    """``done`` of ``total``, for a bar chart."""

    done: int
    total: int

    @property
    def percent(self) -> float:
        return 100 * self.done / self.total if self.total else 0.0


@dataclass(frozen=True)
class AnnotatorProgress:
    username: str
    articles: Bar
    quotes: Bar


@dataclass(frozen=True)
class SuggestionUse:
    """What annotators did with one stance model's suggestions: took them as they were, or
    chose another stance (each annotator's stance on a suggested quote counts once)."""

    model: StanceModel
    suggested: int  # quotes that carry this model's suggestion now
    taken: int
    changed: int

    @property
    def taken_bar(self) -> Bar:
        return Bar(self.taken, self.taken + self.changed)


@dataclass(frozen=True)
class ProjectProgress:
    project: Project
    # Slots: each article times the project's annotators per article.
    slots: Bar
    articles_complete: Bar
    quotes_final: Bar
    annotators: list[AnnotatorProgress]
    suggestions: list[SuggestionUse] = field(default_factory=list)


def suggestion_use(project: Project) -> list[SuggestionUse]:
    """Per trained model, newest first: its suggestions, and how often a stance given on a
    suggested quote was the suggestion (taken) or another (changed); two queries."""
    models = list(
        project.stance_models.filter(state=TrainingState.DONE)
        .annotate(suggested=Count("suggestions"))
        .order_by("-version")
    )
    given = (
        Annotation.objects.filter(
            quote__article__project=project, quote__stance_suggestion__isnull=False
        )
        .exclude(stance="")
        .values("quote__stance_suggestion__model_id")
        .annotate(
            taken=Count("id", filter=Q(stance=F("quote__stance_suggestion__label__key"))),
            changed=Count("id", filter=~Q(stance=F("quote__stance_suggestion__label__key"))),
        )
    )
    counts: dict[int, tuple[int, int]] = {
        row["quote__stance_suggestion__model_id"]: (row["taken"], row["changed"]) for row in given
    }
    return [
        SuggestionUse(model, model.suggested, *counts.get(model.pk, (0, 0))) for model in models
    ]


def project_progress(project: Project) -> ProjectProgress:
    """Articles and quotes done, per project and per annotator, and the stance suggestions'
    use, in six queries.

    An annotator's quotes are the detector's quotes of their assigned articles and the quotes
    they added themselves; a quote is done once they have decided on it.
    """
    articles = project.articles.aggregate(
        total=Count("id", distinct=True),
        complete=Count(
            "id",
            distinct=True,
            filter=Q(
                id__in=Assignment.objects.filter(status=AssignmentStatus.DONE)
                .values("article")
                .annotate(n=Count("id"))
                .filter(n__gte=project.annotators_per_article)
                .values("article")
            ),
        ),
    )
    quotes = Quote.objects.filter(article__project=project).aggregate(
        total=Count("id"), final=Count("id", filter=~Q(status=ReviewStatus.PENDING))
    )
    per_annotator = list(
        Assignment.objects.filter(article__project=project)
        .values("annotator_id", "annotator__username")
        .annotate(
            assigned=Count("id", distinct=True),
            done=Count("id", distinct=True, filter=Q(status=AssignmentStatus.DONE)),
            quotes=Count(
                "article__quotes",
                filter=Q(article__quotes__origin=QuoteOrigin.DETECTOR)
                | Q(article__quotes__created_by=F("annotator")),
            ),
        )
        .order_by("annotator__username")
    )
    judged = dict(
        Annotation.objects.filter(quote__article__project=project)
        .exclude(decision="")
        .filter(quote__article__assignments__annotator=F("annotator"))
        .values_list("annotator_id")
        .annotate(n=Count("id"))
    )
    slots_total = articles["total"] * project.annotators_per_article
    slots_done = min(sum(row["done"] for row in per_annotator), slots_total)
    return ProjectProgress(
        project=project,
        slots=Bar(slots_done, slots_total),
        articles_complete=Bar(articles["complete"], articles["total"]),
        quotes_final=Bar(quotes["final"], quotes["total"]),
        annotators=[
            AnnotatorProgress(
                username=row["annotator__username"],
                articles=Bar(row["done"], row["assigned"]),
                quotes=Bar(judged.get(row["annotator_id"], 0), row["quotes"]),
            )
            for row in per_annotator
        ],
        suggestions=suggestion_use(project),
    )

"""How far a project's annotation has come, in total and per annotator."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Count, F, Q

from annotations.models import (
    Annotation,
    Assignment,
    AssignmentStatus,
    Project,
    Quote,
    QuoteOrigin,
    ReviewStatus,
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
class ProjectProgress:
    project: Project
    # Slots: each article times the project's annotators per article.
    slots: Bar
    articles_complete: Bar
    quotes_final: Bar
    annotators: list[AnnotatorProgress]


def project_progress(project: Project) -> ProjectProgress:
    """Articles and quotes done, per project and per annotator, in four queries.

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
    )

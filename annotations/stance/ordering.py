"""Serving the quotes the stance model is least sure of first, when a project asks for it.

The order rests on the suggestions' probabilities, which never change on a judged quote, so a
list does not reshuffle under an annotator as they judge. Quotes without a suggestion come
after the others, in reading order.
"""

from __future__ import annotations

from django.db.models import Case, F, FloatField, OrderBy, OuterRef, Subquery, Value, When

from annotations.models import Project, StanceSuggestion

READING_ORDER = ("start", "end", "pk")


def quote_order(project: Project) -> tuple[str | OrderBy, ...]:
    """How an article's quotes are listed: least certain first, or in reading order."""
    if not project.stance_uncertain_first:
        return READING_ORDER
    return (F("stance_suggestion__probability").asc(nulls_last=True), *READING_ORDER)


def article_uncertainty() -> Case:
    """For ordering articles: the lowest probability among the article's current suggestions,
    where its project serves uncertain quotes first; null elsewhere (so the order is unchanged).
    """
    lowest = (
        StanceSuggestion.objects.filter(quote__article=OuterRef("pk"), quote__is_stale=False)
        .order_by("probability")
        .values("probability")[:1]
    )
    return Case(
        When(project__stance_uncertain_first=True, then=Subquery(lowest)),
        default=Value(None),
        output_field=FloatField(),
    )


def least_certain_first() -> OrderBy:
    """Articles annotated with ``uncertainty=article_uncertainty()``, least certain first."""
    return F("uncertainty").asc(nulls_last=True)

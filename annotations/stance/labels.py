"""Which stances the classifier learns from, and which quotes count as judged.

``training_labels`` is the one place that decides what a quote's label is for training, so it
can later follow a project-wide labelling policy without touching the training code.
"""

from __future__ import annotations

from collections import defaultdict

from django.db.models import Exists, OuterRef, Q, QuerySet

from annotations.models import Annotation, Decision, Project, Quote, ReviewStatus


def training_labels(project: Project) -> dict[int, str]:
    """Quote id → stance key: the final label of a reviewed quote; else a unanimous one.

    A reviewed quote counts when it was accepted with a stance (a rejected one has none). A
    quote not yet reviewed counts when at least the project's annotators per article accepted
    it, every judgement of it accepts it, and all give the same stance. Stances that are not
    among the project's labels are left out.
    """
    keys = set(project.stance_labels.values_list("key", flat=True))
    quotes = Quote.objects.filter(article__project=project)
    labels = dict(
        quotes.filter(status=ReviewStatus.ACCEPTED)
        .exclude(final_stance="")
        .values_list("pk", "final_stance")
    )
    judgements: dict[int, list[tuple[str, str]]] = defaultdict(list)
    for quote_id, decision, stance in Annotation.objects.filter(
        quote__in=quotes.filter(status=ReviewStatus.PENDING)
    ).values_list("quote_id", "decision", "stance"):
        if decision or stance:
            judgements[quote_id].append((decision, stance))
    required = max(project.annotators_per_article, 1)
    for quote_id, given in judgements.items():
        stances = {stance for decision, stance in given if decision == Decision.ACCEPT}
        unanimous = all(decision == Decision.ACCEPT for decision, _ in given) and len(stances) == 1
        if unanimous and len(given) >= required:
            labels[quote_id] = stances.pop()
    return {quote_id: label for quote_id, label in labels.items() if label in keys}


def judged() -> Q:
    """Quotes someone has judged: a reviewer's final label or any annotator's decision or stance.

    Nothing about these ever changes when a model is trained, their suggestion included.
    """
    judgement = Annotation.objects.filter(quote=OuterRef("pk")).filter(
        ~Q(decision="") | ~Q(stance="")
    )
    return ~Q(status=ReviewStatus.PENDING) | Q(Exists(judgement))


def unjudged_quotes(project: Project) -> QuerySet[Quote]:
    """The project's current quotes nobody has judged: those a new model suggests for."""
    return Quote.objects.filter(article__project=project, is_stale=False).exclude(judged())

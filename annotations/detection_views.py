"""A project's quote detection, for reviewers: a bar that redraws itself while work runs.

The page polls itself with htmx every two seconds while articles are queued or running. Once
nothing is, the answer carries status 286, on which htmx swaps the final figures in and stops
polling. Staff only, and a constant number of queries whatever the project’s size. A batch whose
worker died shows as stuck until a worker takes it over (see ``annotations.recovery``); failed and
stuck articles can be retried from the page.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.defaultfilters import pluralize
from django.views.decorators.http import require_POST

from annotations import recovery
from annotations.detecting import schedule_detection
from annotations.htmx import HtmxHttpRequest
from annotations.models import Article, DetectionState, Project
from annotations.review_views import page, require_staff

TEMPLATE = "annotations/detection/progress.html"
# htmx stops polling an element when its answer has this status.
STOP_POLLING = 286
FAILED_SHOWN = 20
# Bar colours by state, drawn left to right in this order.
COLOURS = {
    DetectionState.DONE: "#2e8540",
    DetectionState.FAILED: "#c0392b",
    DetectionState.RUNNING: "#1f6fb2",
    DetectionState.QUEUED: "#8fb8de",
    DetectionState.NOT_STARTED: "#d5d5d5",
}


@dataclass(frozen=True)
class Segment:
    """One state's share of the bar, in a 100-unit-wide SVG."""

    state: str
    label: str
    count: int
    colour: str
    x: float
    width: float


@dataclass(frozen=True)
class DetectionProgress:
    project: Project
    counts: dict[str, int]
    failed: list[Article]
    stalled_batches: list[recovery.Batch]
    failed_batches: list[recovery.Batch]

    @property
    def stalled(self) -> int:
        """Articles in batches whose worker has gone silent."""
        return sum(len(batch.article_ids) for batch in self.stalled_batches)

    @property
    def retryable(self) -> bool:
        return bool(self.counts[DetectionState.FAILED] or self.stalled_batches)

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def finished(self) -> int:
        return self.counts[DetectionState.DONE] + self.counts[DetectionState.FAILED]

    @property
    def active(self) -> bool:
        """Work is under way: the page keeps polling."""
        return bool(self.counts[DetectionState.QUEUED] + self.counts[DetectionState.RUNNING])

    @property
    def segments(self) -> list[Segment]:
        segments, x = [], 0.0
        for state, colour in COLOURS.items():
            count = self.counts[state]
            width = 100 * count / self.total if self.total else 0.0
            segments.append(Segment(state.value, state.label, count, colour, x, width))
            x += width
        return segments


def detection_progress(project: Project) -> DetectionProgress:
    """The project's articles counted by detection state, the latest failed articles, and the
    stalled and failed batches; at most 6 queries whatever the project's size."""
    counts = project.articles.aggregate(
        **{state.value: Count("id", filter=Q(detection_state=state)) for state in DetectionState}
    )
    failed = list(
        project.articles.filter(detection_state=DetectionState.FAILED)
        .only("id", "title", "detection_error", "project_id")
        .order_by("-id")[:FAILED_SHOWN]
    )
    return DetectionProgress(
        project,
        counts,
        failed,
        recovery.stalled_batches(project.articles.all()),
        recovery.failed_batches(project.articles.all()),
    )


@login_required
def detection(request: HtmxHttpRequest, slug: str) -> HttpResponse:
    require_staff(request)
    project = get_object_or_404(Project, slug=slug)
    progress = detection_progress(project)
    context = {
        "title": f"Detection: {project}",
        "progress": progress,
        "stall_seconds": settings.QUOTES_DETECTION_STALL_SECONDS,
    }
    if request.htmx:
        status = 200 if progress.active else STOP_POLLING
        return render(request, f"{TEMPLATE}#progress", context, status=status)
    return page(request, TEMPLATE, context)


@require_POST
@login_required
def retry(request: HttpRequest, slug: str) -> HttpResponse:
    """Detect the project's failed articles and those of its stalled batches again, now."""
    if not request.user.has_perm("annotations.change_article"):
        raise PermissionDenied
    project = get_object_or_404(Project, slug=slug)
    stalled = recovery.stalled_batches(project.articles.all())
    recovery.abandon([batch.task_id for batch in stalled], f"retried by {request.user}")
    failed = project.articles.filter(detection_state=DetectionState.FAILED)
    ids = sorted(
        {*failed.values_list("pk", flat=True), *(pk for b in stalled for pk in b.article_ids)}
    )
    schedule_detection(ids)
    messages.success(
        request, f"Detection scheduled again for {len(ids)} article{pluralize(len(ids))}."
    )
    return redirect("review:detection", slug=project.slug)

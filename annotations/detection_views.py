"""A project's quote detection, for reviewers: a bar that redraws itself while work runs.

The page polls itself with htmx every two seconds while articles are queued or running. Once
nothing is, the answer carries status 286, on which htmx swaps the final figures in and stops
polling. Staff only, and a constant three queries whatever the project's size.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.auth.decorators import login_required
from django.db.models import Count, Q
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render

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
    """The project's articles counted by detection state, and the latest failures; 2 queries."""
    counts = project.articles.aggregate(
        **{state.value: Count("id", filter=Q(detection_state=state)) for state in DetectionState}
    )
    failed = list(
        project.articles.filter(detection_state=DetectionState.FAILED)
        .only("id", "title", "detection_error", "project_id")
        .order_by("-id")[:FAILED_SHOWN]
    )
    return DetectionProgress(project, counts, failed)


@login_required
def detection(request: HtmxHttpRequest, slug: str) -> HttpResponse:
    require_staff(request)
    project = get_object_or_404(Project, slug=slug)
    progress = detection_progress(project)
    context = {"title": f"Detection: {project}", "progress": progress}
    if request.htmx:
        status = 200 if progress.active else STOP_POLLING
        return render(request, f"{TEMPLATE}#progress", context, status=status)
    return page(request, TEMPLATE, context)

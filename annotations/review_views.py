"""What the admin's review pages show: agreement and progress per project.

The pages are views of the project's ModelAdmin (``ProjectAdmin.get_urls``), behind the
admin's own login, permissions and look; this module builds their contents.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse

from annotations.agreement import cached_project_agreement
from annotations.models import Project
from annotations.progress import project_progress

CELL = 44
LABEL_WIDTH = 96


@dataclass(frozen=True)
class Cell:
    x: int
    y: int
    cx: int
    cy: int
    value: str
    opacity: str
    dark: bool


@dataclass(frozen=True)
class Axis:
    label: str
    position: int


@dataclass(frozen=True)
class Heatmap:
    """A matrix drawn as SVG squares whose fill opacity grows with the count."""

    title: str
    rows_label: str
    columns_label: str
    rows: list[Axis]
    columns: list[Axis]
    cells: list[Cell]
    width: int
    height: int
    cell: int = CELL
    label_x: int = LABEL_WIDTH - 6
    header_y: int = CELL - 14

    @classmethod
    def of(
        cls,
        matrix: Sequence[Sequence[float]],
        labels: Sequence[str],
        *,
        title: str,
        rows_label: str,
        columns_label: str,
    ) -> Heatmap:
        top = max((value for row in matrix for value in row), default=0) or 1
        cells = [
            Cell(
                x=LABEL_WIDTH + c * CELL,
                y=CELL + r * CELL,
                cx=LABEL_WIDTH + c * CELL + CELL // 2,
                cy=CELL + r * CELL + CELL // 2,
                value=f"{value:g}" if value == int(value) else f"{value:.1f}",
                opacity=f"{value / top:.2f}",
                dark=value / top > 0.5,
            )
            for r, row in enumerate(matrix)
            for c, value in enumerate(row)
        ]
        return cls(
            title=title,
            rows_label=rows_label,
            columns_label=columns_label,
            rows=[Axis(label, CELL + r * CELL + CELL // 2) for r, label in enumerate(labels)],
            columns=[
                Axis(label, LABEL_WIDTH + c * CELL + CELL // 2) for c, label in enumerate(labels)
            ],
            cells=cells,
            width=LABEL_WIDTH + CELL * len(labels),
            height=CELL * (len(labels) + 1),
        )


def require_staff(request: HttpRequest) -> None:
    """The detection page's gate (``detection_views``); the review pages use the admin's."""
    if not request.user.is_staff:
        raise PermissionDenied


def page(request: HttpRequest, template: str, context: dict[str, Any]) -> HttpResponse:
    """Render inside the admin's frame, so reviewers stay in one place."""
    return render(request, template, {**admin.site.each_context(request), **context})


def agreement_context(project: Project) -> dict[str, Any]:
    figures = cached_project_agreement(project)
    names = [name for _, name in figures.labels]
    charts = [
        Heatmap.of(
            figures.stance_coincidences,
            names,
            title="All annotators: stance labels given to the same quote",
            rows_label="one annotator",
            columns_label="another",
        )
    ] + [
        Heatmap.of(
            pair.stance_matrix,
            names,
            title=f"{pair.first} × {pair.second}",
            rows_label=pair.first,
            columns_label=pair.second,
        )
        for pair in figures.pairs
        if pair.stance_units
    ]
    return {"title": f"Agreement: {project}", "figures": figures, "charts": charts}


def progress_context(project: Project) -> dict[str, Any]:
    return {"title": f"Progress: {project}", "progress": project_progress(project)}


def index_context() -> dict[str, Any]:
    projects = Project.objects.annotate(article_count=Count("articles")).order_by("name")
    return {"title": "Review", "projects": projects}


# The pages used to live under /review/; their old addresses lead to the admin's.


def index_moved(request: HttpRequest) -> HttpResponseRedirect:
    return HttpResponseRedirect(reverse("admin:annotations_project_review"))


def agreement_moved(request: HttpRequest, slug: str) -> HttpResponseRedirect:
    return HttpResponseRedirect(reverse("admin:annotations_project_agreement", args=[slug]))


def progress_moved(request: HttpRequest, slug: str) -> HttpResponseRedirect:
    return HttpResponseRedirect(reverse("admin:annotations_project_progress", args=[slug]))

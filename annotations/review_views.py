"""Reviewers' pages beside the admin: agreement and progress per project. Staff only."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from django.contrib import admin
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render

from annotations.agreement import project_agreement
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
    if not request.user.is_staff:
        raise PermissionDenied


def page(request: HttpRequest, template: str, context: dict) -> HttpResponse:
    """Render inside the admin's frame, so reviewers stay in one place."""
    return render(request, template, {**admin.site.each_context(request), **context})


@login_required
def index(request: HttpRequest) -> HttpResponse:
    require_staff(request)
    projects = Project.objects.annotate(article_count=Count("articles")).order_by("name")
    return page(request, "annotations/review/index.html", {"projects": projects})


@login_required
def agreement(request: HttpRequest, slug: str) -> HttpResponse:
    require_staff(request)
    project = get_object_or_404(Project, slug=slug)
    figures = project_agreement(project)
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
    context = {"title": f"Agreement: {project}", "figures": figures, "charts": charts}
    return page(request, "annotations/review/agreement.html", context)


@login_required
def progress(request: HttpRequest, slug: str) -> HttpResponse:
    require_staff(request)
    project = get_object_or_404(Project, slug=slug)
    context = {"title": f"Progress: {project}", "progress": project_progress(project)}
    return page(request, "annotations/review/progress.html", context)

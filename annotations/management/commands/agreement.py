"""Print a project's agreement figures: ``python manage.py agreement --project SLUG``."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from annotations.agreement import ProjectAgreement, fmt, project_agreement
from annotations.models import Project


def table(header: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """Columns padded to their widest cell; the first left-aligned, the rest right-aligned."""
    cells = [[str(cell) for cell in row] for row in [header, *rows]]
    widths = [max(len(row[i]) for row in cells) for i in range(len(header))]
    lines = [
        "  ".join(
            cell.ljust(width) if i == 0 else cell.rjust(width)
            for i, (cell, width) in enumerate(zip(row, widths, strict=True))
        )
        for row in cells
    ]
    lines.insert(1, "  ".join("-" * width for width in widths))
    return "\n".join(lines)


def report(figures: ProjectAgreement) -> str:
    project = figures.project
    parts = [
        f"Agreement in {project.name} ({project.slug}): "
        f"{len(figures.annotators)} annotators; pairs compared: {len(figures.pairs)}",
        "",
        table(
            ["all annotators", "value", "units"],
            [
                ["accept/reject alpha", fmt(figures.decision_alpha), figures.decision_units],
                ["span F1 (all pairs)", fmt(figures.span_f1), ""],
                ["stance alpha", fmt(figures.stance_alpha), figures.stance_units],
            ],
        ),
    ]
    if figures.pairs:
        parts += [
            "",
            table(
                [
                    "pair",
                    "quotes",
                    "agree",
                    "kappa",
                    "articles",
                    "spans",
                    "paired",
                    "span F1",
                    "speakers",
                    "agree",
                    "stances",
                    "agree",
                    "kappa",
                ],
                [
                    [
                        f"{pair.first} × {pair.second}",
                        pair.decision_units,
                        fmt(pair.decision_agreement),
                        fmt(pair.decision_kappa),
                        pair.articles,
                        f"{pair.first_spans}/{pair.second_spans}",
                        pair.paired_spans,
                        fmt(pair.span_f1),
                        pair.speaker_units,
                        fmt(pair.speaker_agreement),
                        pair.stance_units,
                        fmt(pair.stance_agreement),
                        fmt(pair.stance_kappa),
                    ]
                    for pair in figures.pairs
                ],
            ),
        ]
    keys = [key for key, _ in figures.labels]
    for pair in figures.pairs:
        if pair.stance_units:
            parts += [
                "",
                f"Stance: {pair.first} (rows) × {pair.second} (columns)",
                table(
                    ["", *keys],
                    [[key, *row] for key, row in zip(keys, pair.stance_matrix, strict=True)],
                ),
            ]
    return "\n".join(parts)


class Command(BaseCommand):
    help = "Print inter-annotator agreement for a project: decisions, spans, speakers, stance."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--project", required=True, help="The project's slug.")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            project = Project.objects.get(slug=options["project"])
        except Project.DoesNotExist as error:
            raise CommandError(f"No project with the slug {options['project']!r}.") from error
        self.stdout.write(report(project_agreement(project)))

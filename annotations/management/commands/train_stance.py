"""Train a project's stance model: ``python manage.py train_stance --project SLUG``.

Prints macro-F1 and F1 per stance on the held-out articles next to the majority-class baseline,
and suggests a stance for every quote nobody has judged.
"""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from annotations.management.commands.agreement import table
from annotations.models import Project, StanceModel
from annotations.stance import classifier
from annotations.stance.tasks import schedule_training
from annotations.stance.training import TrainingRefused, run_training, start_training
from annotations.wording import counted


def report(model: StanceModel) -> str:
    metrics = model.metrics
    labels = model.labels
    counts = ", ".join(f"{label} {model.label_counts.get(label, 0)}" for label in labels)
    train, heldout = metrics["train"], metrics["heldout"]

    def row(name: str, scores: dict[str, Any]) -> list[object]:
        per_class = scores["per_class_f1"]
        return [
            name,
            f"{scores['macro_f1']:.3f}",
            *(f"{per_class[label]:.3f}" for label in labels),
            f"{scores['accuracy']:.3f}",
        ]

    return "\n".join(
        [
            f"{model} ({model.architecture}, {model.epochs} epochs, seed {model.seed}): "
            f"{counted(model.label_total, 'label')} ({counts})",
            f"trained on {counted(train['quotes'], 'quote')} from "
            f"{counted(train['articles'], 'article')}; held out "
            f"{counted(heldout['quotes'], 'quote')} from {counted(heldout['articles'], 'article')}",
            "",
            table(
                ["held out", "macro-F1", *(f"F1 {label}" for label in labels), "accuracy"],
                [
                    row("model", metrics["model"]),
                    row(f"majority ({metrics['majority_label']})", metrics["baseline"]),
                ],
            ),
            "",
            f"training took {model.training_seconds:.1f} s; stored in {model.path}; "
            f"{counted(metrics['suggested'], 'quote')} nobody has judged got a suggestion",
        ]
    )


class Command(BaseCommand):
    help = "Train the project's stance model from its final and unanimous labels."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--project", required=True, help="the project's slug")
        parser.add_argument(
            "--architecture",
            choices=sorted(classifier.ARCHITECTURES),
            default=classifier.DEFAULT_ARCHITECTURE,
        )
        parser.add_argument("--epochs", type=int, default=classifier.DEFAULT_EPOCHS)
        parser.add_argument("--seed", type=int, default=classifier.DEFAULT_SEED)
        parser.add_argument(
            "--background",
            action="store_true",
            help="queue the training as a task (for a db_worker) instead of running it here",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        project = Project.objects.filter(slug=options["project"]).first()
        if project is None:
            raise CommandError(f"No project with the slug “{options['project']}”.")
        settings = {key: options[key] for key in ("architecture", "epochs", "seed")}
        try:
            if options["background"]:
                model = schedule_training(project, **settings)
                self.stdout.write(f"Queued {model}.")
                return
            model = run_training(start_training(project, **settings))
        except TrainingRefused as refusal:
            raise CommandError(f"{project.slug}: {refusal}") from refusal
        self.stdout.write(report(model))

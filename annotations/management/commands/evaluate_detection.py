"""``manage.py evaluate_detection``: the detector scored against the gold annotations."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from annotations.detection import DETECTOR_NAME, DETECTOR_VERSION, load_pipeline
from annotations.detection import evaluation as scoring
from annotations.management.commands.detect_quotes import detect_documents
from annotations.seeds import SEEDS_DIR

SETS = ("seeds", "articles", "heldout")


class Command(BaseCommand):
    help = "Print precision, recall, F1, exact matches and speaker accuracy per document."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--gold",
            type=Path,
            default=Path(settings.BASE_DIR) / "tests" / "data" / "gold",
            help="gold folder (its sub-folders are the sets); default tests/data/gold",
        )
        parser.add_argument("--set", choices=[*SETS, "all"], default="all", dest="which")
        parser.add_argument(
            "--seeds",
            type=Path,
            default=SEEDS_DIR,
            help="folder holding the seed texts that gold files under seeds/ refer to",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        gold_root: Path = options["gold"]
        folders = [name for name in SETS if (gold_root / name).is_dir()]
        if options["which"] != "all":
            folders = [name for name in folders if name == options["which"]]
        if not folders:
            raise CommandError(f"no gold set {options['which']!r} under {gold_root}")
        try:
            gold = scoring.load_gold_dir(gold_root, gold_root.parent, options["seeds"], folders)
        except ValueError as exc:
            raise CommandError(str(exc)) from exc
        texts = [doc.text for doc in gold]
        predicted = {
            doc.id: quotes for doc, quotes in zip(gold, detect_documents(texts), strict=True)
        }
        result = scoring.evaluate(predicted, gold)
        self.stdout.write(
            f"{DETECTOR_NAME} {DETECTOR_VERSION} on {', '.join(folders)} "
            f"({len(gold)} documents, model {settings.QUOTES_SPACY_MODEL})"
        )
        self.stdout.write(result.format_table())
        self._textacy(gold, result)

    def _textacy(self, gold: list[scoring.GoldDocument], ours: scoring.EvaluationResult) -> None:
        baseline = getattr(scoring, "run_textacy_baseline", None)
        if baseline is None:
            self.stdout.write("textacy baseline: not provided by the evaluator")
            return
        if importlib.util.find_spec("textacy") is None:
            self.stdout.write("textacy baseline: textacy is not installed")
            return
        nlp = load_pipeline(settings.QUOTES_SPACY_MODEL)
        predictions, failures = baseline(nlp, gold)
        theirs = scoring.evaluate(predictions, gold)
        self.stdout.write("")
        self.stdout.write(f"{'':12}{'quote_detector':>16}{'textacy':>12}")
        for label, mine, other in (
            ("precision", ours.precision, theirs.precision),
            ("recall", ours.recall, theirs.recall),
            ("F1", ours.f1, theirs.f1),
            ("exact", ours.exact_rate, theirs.exact_rate),
            ("speaker", ours.speaker_accuracy, theirs.speaker_accuracy),
        ):
            self.stdout.write(f"{label:12}{_fmt(mine):>16}{_fmt(other):>12}")
        for doc_id, message in sorted(failures.items()):
            self.stdout.write(f"textacy failed on {doc_id}: {message}")


def _fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"

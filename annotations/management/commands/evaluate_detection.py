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
        parser.add_argument(
            "--errors",
            action="store_true",
            help="after the table, list every wrong speaker, missed quote and spurious quote, "
            "with the sieves that found the quote and named its speaker",
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
        if options["errors"]:
            self._errors(gold, result, predicted)
        self._textacy(gold, result)

    def _errors(
        self,
        gold: list[scoring.GoldDocument],
        result: scoring.EvaluationResult,
        predicted: dict[str, list[dict[str, Any]]],
    ) -> None:
        """Each document's mistakes, for someone improving the detector."""
        texts = {doc.id: doc.text for doc in gold}
        for doc in result.documents:
            by_span = {(q["start"], q["end"]): q for q in predicted[doc.doc_id]}
            lines = []
            for pair in doc.matched:
                if pair.speaker_correct:
                    continue
                found = by_span[(pair.predicted.start, pair.predicted.end)]
                lines.append(
                    f"  speaker  {_excerpt(pair.gold.text)}\n"
                    f"           gold {pair.gold.speaker!r}, got {_name(found)!r} "
                    f"by {found.get('speaker_by') or '-'} ({found.get('speaker_reason') or '-'})"
                )
            for quote in doc.missed:
                lines.append(f"  missed   {quote.kind}: {_excerpt(quote.text)} ({quote.speaker})")
            for spurious in doc.spurious:
                found = by_span[(spurious.start, spurious.end)]
                text = texts[doc.doc_id][found["start"] : found["end"]]
                lines.append(
                    f"  spurious {found.get('found_by')}: {_excerpt(text)} ({_name(found)})"
                )
            if lines:
                self.stdout.write(f"\n{doc.doc_id}")
                self.stdout.write("\n".join(lines))

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


def _name(record: dict[str, Any]) -> str | None:
    speaker = record.get("speaker")
    return speaker.get("name") if isinstance(speaker, dict) else speaker


def _excerpt(text: str, width: int = 90) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def _fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"

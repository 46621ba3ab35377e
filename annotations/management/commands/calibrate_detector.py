"""``manage.py calibrate_detector``: measure each sieve pair's precision, write the table.

Runs the detector over the development gold (seeds and articles, never the held-out set),
counts for every (finder sieve, speaker sieve) pair how many of its quotes are right
(matched and with the gold speaker), writes the confidence table the component loads, and
prints a reliability table: the confidence each quote would get from a table fitted
without its document, against how often such quotes are right.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from annotations.detection import calibration
from annotations.detection import evaluation as scoring
from annotations.management.commands.detect_quotes import detect_documents
from annotations.seeds import SEEDS_DIR

DEVELOPMENT = ("seeds", "articles")


class Command(BaseCommand):
    help = "Measure each detector sieve's precision on the development gold; write the table."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--gold",
            type=Path,
            default=Path(settings.BASE_DIR) / "tests" / "data" / "gold",
            help="gold folder holding seeds/ and articles/; default tests/data/gold",
        )
        parser.add_argument("--folds", type=int, default=5, help="cross-validation folds")
        parser.add_argument(
            "--output",
            type=Path,
            default=calibration.CONFIDENCE_FILE,
            help="where to write the table; default the component's own data file",
        )
        parser.add_argument("--dry-run", action="store_true", help="measure, write nothing")

    def handle(self, *args: Any, **options: Any) -> None:
        gold_root: Path = options["gold"]
        folds: int = options["folds"]
        if folds < 2:
            raise CommandError(f"--folds must be at least 2, got {folds}")
        folders = [name for name in DEVELOPMENT if (gold_root / name).is_dir()]
        if not folders:
            raise CommandError(f"no development gold (seeds/, articles/) under {gold_root}")
        try:
            gold = scoring.load_gold_dir(gold_root, gold_root.parent, SEEDS_DIR, folders)
        except ValueError as exc:
            raise CommandError(str(exc)) from exc
        detected = dict(
            zip((d.id for d in gold), detect_documents(d.text for d in gold), strict=True)
        )
        predicted = calibration.records(detected)
        per_document = {doc.id: calibration.outcomes(predicted, [doc]) for doc in gold}
        everything = [o for found in per_document.values() for o in found]
        table = calibration.fit(everything)
        self._print_pairs(table, everything)
        self.stdout.write("")
        self.stdout.write(f"reliability, {folds}-fold cross-validated by document:")
        self._print_reliability(calibration.cross_validated(per_document, folds))
        self.stdout.write("")
        self.stdout.write("reliability on the data the table was fitted to:")
        self._print_reliability(
            [(table.confidence(o.found_by, o.speaker_by), o.right) for o in everything]
        )
        if options["dry_run"]:
            return
        calibration.write_table(table, options["output"])
        self.stdout.write(f"\nwrote {options['output']}")

    def _print_pairs(self, table: calibration.ConfidenceTable, found: list[Any]) -> None:
        right: dict[str, int] = defaultdict(int)
        for outcome in found:
            right[calibration.sieve_key(outcome.found_by, outcome.speaker_by)] += outcome.right
        self.stdout.write(f"{'finder/speaker sieve':44}{'quotes':>7}{'right':>7}{'conf.':>7}")
        for key in sorted(table.pairs, key=lambda k: -table.counts[k]):
            self.stdout.write(
                f"{key:44}{table.counts[key]:>7}{right[key]:>7}{table.pairs[key]:>7.3f}"
            )
        self.stdout.write(f"{'all':44}{len(found):>7}{sum(right.values()):>7}{table.overall:>7.3f}")

    def _print_reliability(self, scored: list[tuple[float, bool]]) -> None:
        self.stdout.write(f"{'confidence':12}{'quotes':>7}{'mean conf.':>12}{'right':>8}")
        for label, count, mean, share in calibration.reliability(scored):
            self.stdout.write(f"{label:12}{count:>7}{mean:>12.3f}{share:>8.3f}")

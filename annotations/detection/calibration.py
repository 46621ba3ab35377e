"""Calibrated confidence: each sieve pair's precision on the development gold, as data.

A detected quote is *right* when it matches a gold quote (each covers half of the other)
and names the gold speaker (after the evaluation's normalisation). Its confidence is the
share of right quotes among the development quotes found by the same finder sieve with
the same speaker sieve, shrunk towards the finder's share when that pair is rare. The
table is written by ``manage.py calibrate_detector`` to ``data/confidence.json`` and read
by the component (and saved with a pipeline by ``to_disk``).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import Any

from .evaluation import GoldDocument, match_spans, speakers_match

CONFIDENCE_FILE = Path(__file__).with_name("data") / "confidence.json"
NO_SPEAKER = "none"
# Pseudo-observations pulling a rare pair towards its finder's precision.
SHRINKAGE = 3.0
BINS = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01)


@dataclass(frozen=True)
class Outcome:
    """One detected quote of the development set: its sieves, and whether it was right."""

    found_by: str
    speaker_by: str
    right: bool


def sieve_key(found_by: str, speaker_by: str | None) -> str:
    return f"{found_by}/{speaker_by or NO_SPEAKER}"


def outcomes(predicted: Mapping[str, Sequence[Any]], gold: Sequence[GoldDocument]) -> list[Outcome]:
    """Right or wrong for every prediction (objects with start, end, speaker and sieves)."""
    found = []
    for doc in gold:
        preds = list(predicted.get(doc.id, []))
        pairs = dict(
            (p, g)
            for g, p in match_spans(
                [(q.start, q.end) for q in doc.quotes], [(q.start, q.end) for q in preds]
            )
        )
        for index, quote in enumerate(preds):
            g = pairs.get(index)
            right = g is not None and speakers_match(doc.quotes[g].speaker, quote.speaker)
            found.append(Outcome(quote.found_by, quote.speaker_by or NO_SPEAKER, right))
    return found


class _Record:
    """A ``detect_quotes`` JSON record seen through attributes."""

    def __init__(self, data: Mapping[str, Any]) -> None:
        self.start, self.end = data["start"], data["end"]
        self.speaker = data.get("speaker")
        self.found_by = data.get("found_by") or ""
        self.speaker_by = data.get("speaker_by")


def records(predicted: Mapping[str, Sequence[Mapping[str, Any]]]) -> dict[str, list[Any]]:
    """``detect_quotes`` records in the form ``outcomes`` reads."""
    return {key: [_Record(item) for item in items] for key, items in predicted.items()}


def cross_validated(
    per_document: Mapping[str, list[Outcome]], folds: int
) -> list[tuple[float, bool]]:
    """(confidence, right) for every quote, each scored by a table fitted without its
    document's fold (documents dealt round-robin in id order)."""
    ids = sorted(per_document)
    scored: list[tuple[float, bool]] = []
    for fold in range(folds):
        held = set(ids[fold::folds])
        table = fit(o for i in ids if i not in held for o in per_document[i])
        scored.extend(
            (table.confidence(o.found_by, o.speaker_by), o.right)
            for i in ids
            if i in held
            for o in per_document[i]
        )
    return scored


@dataclass
class ConfidenceTable:
    """Confidence by sieve pair, with the finder's and the overall precision behind it."""

    pairs: dict[str, float]
    finders: dict[str, float]
    overall: float
    counts: dict[str, int]

    def confidence(self, found_by: str, speaker_by: str | None) -> float:
        key = sieve_key(found_by, speaker_by)
        if key in self.pairs:
            return self.pairs[key]
        return self.finders.get(found_by, self.overall)

    def to_data(self) -> dict[str, Any]:
        return {
            "overall": self.overall,
            "finders": dict(sorted(self.finders.items())),
            "pairs": {
                key: {"confidence": self.pairs[key], "quotes": self.counts[key]}
                for key in sorted(self.pairs)
            },
        }

    @classmethod
    def from_data(cls, data: Mapping[str, Any], where: str = "confidence table") -> ConfidenceTable:
        try:
            pairs = {k: float(v["confidence"]) for k, v in data["pairs"].items()}
            counts = {k: int(v["quotes"]) for k, v in data["pairs"].items()}
            finders = {k: float(v) for k, v in data["finders"].items()}
            overall = float(data["overall"])
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ValueError(f"{where}: not a confidence table ({exc!r})") from exc
        values = [overall, *pairs.values(), *finders.values()]
        if not all(0.0 <= v <= 1.0 for v in values):
            raise ValueError(f"{where}: confidences must lie between 0 and 1")
        return cls(pairs, finders, overall, counts)


def fit(found: Iterable[Outcome]) -> ConfidenceTable:
    """The table that makes each confidence the observed share of right quotes."""
    by_pair: dict[str, list[bool]] = defaultdict(list)
    by_finder: dict[str, list[bool]] = defaultdict(list)
    every: list[bool] = []
    for outcome in found:
        by_pair[sieve_key(outcome.found_by, outcome.speaker_by)].append(outcome.right)
        by_finder[outcome.found_by].append(outcome.right)
        every.append(outcome.right)
    overall = round(sum(every) / len(every), 3) if every else 0.5
    finders = {
        name: round((sum(rights) + SHRINKAGE * overall) / (len(rights) + SHRINKAGE), 3)
        for name, rights in by_finder.items()
    }
    pairs = {}
    for key, rights in by_pair.items():
        prior = finders[key.split("/", 1)[0]]
        pairs[key] = round((sum(rights) + SHRINKAGE * prior) / (len(rights) + SHRINKAGE), 3)
    return ConfidenceTable(pairs, finders, overall, {k: len(v) for k, v in by_pair.items()})


def reliability(scored: Iterable[tuple[float, bool]]) -> list[tuple[str, int, float, float]]:
    """Rows (confidence bin, quotes, mean confidence, share right)."""
    rows = []
    scored = list(scored)
    for lo, hi in pairwise(BINS):
        inside = [(c, r) for c, r in scored if lo <= c < hi]
        if inside:
            label = f"{lo:.1f}–{min(hi, 1.0):.1f}"
            mean = sum(c for c, _ in inside) / len(inside)
            rows.append((label, len(inside), mean, sum(r for _, r in inside) / len(inside)))
    return rows


def read_table(path: Path = CONFIDENCE_FILE) -> ConfidenceTable:
    """The table in ``path``; ValueError naming the file when it is missing or malformed."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise ValueError(f"{path}: cannot read the confidence table: {exc}") from exc
    return ConfidenceTable.from_data(data, str(path))


def write_table(table: ConfidenceTable, path: Path = CONFIDENCE_FILE) -> None:
    path.write_text(json.dumps(table.to_data(), indent=1, sort_keys=True) + "\n", "utf-8")

"""Score quote detection against gold annotations.

Pure Python: no Django, no spaCy. Gold files are described in ``tests/data/gold/README.md``.

Matching rule: a predicted quote matches a gold quote when their overlap covers at least half
of each span; pairs are made one-to-one, greedily, largest overlap first. The report gives
true/false positives, false negatives, precision, recall, F1, the exact-boundary rate over
matched pairs and speaker accuracy over matched pairs, per document and in total.

Run ``python -m annotations.detection.evaluation PREDICTIONS.jsonl`` to score the JSON lines
written by ``manage.py detect_quotes`` against every gold file.
"""

from __future__ import annotations

import argparse
import bisect
import hashlib
import itertools
import json
import re
import sys
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

from annotations.seeds import SEEDS_DIR, read_text

KINDS = ("direct", "indirect", "mixed")
SPEAKER_KINDS = ("person", "organisation", "group", "anonymous")

# A predicted quote: any object or mapping with ``start``, ``end`` and ``speaker``.
PredictedLike = Any


# ---------------------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class GoldQuote:
    """One gold quote; offsets are code-point indices into the document text."""

    start: int
    end: int
    text: str
    kind: str
    speaker: str | None
    speaker_kind: str
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None


@dataclass(frozen=True)
class GoldDocument:
    """A document's text with its gold quotes, sorted by start."""

    id: str
    source: str
    text: str
    quotes: tuple[GoldQuote, ...]
    path: Path | None = None


def resolve_source(source: str, data_root: Path, seeds_root: Path) -> Path:
    """Map a gold ``source`` to a file: ``seeds/x.txt`` lives in ``seeds_root``."""
    relative = Path(source)
    if relative.parts and relative.parts[0] == "seeds":
        return seeds_root.joinpath(*relative.parts[1:])
    return data_root / relative


def _check_span(
    text: str, start: Any, end: Any, what: str, *, optional: bool = False
) -> str | None:
    """Return an error message for an invalid span, else None."""
    if optional and start is None and end is None:
        return None
    if type(start) is not int or type(end) is not int:
        return f"{what} offsets must be integers, got {start!r}, {end!r}"
    if not 0 <= start < end <= len(text):
        return f"{what} span {start}:{end} is outside the text (length {len(text)})"
    return None


def _quote_errors(text: str, raw: Mapping[str, Any]) -> list[str]:
    """Every problem with one raw gold quote record."""
    errors = []
    span_error = _check_span(text, raw.get("start"), raw.get("end"), "quote")
    if span_error:
        errors.append(span_error)
    elif text[raw["start"] : raw["end"]] != raw.get("text"):
        found = text[raw["start"] : raw["end"]]
        errors.append(f"text {raw.get('text')!r} does not match text[start:end] {found!r}")
    if raw.get("kind") not in KINDS:
        errors.append(f"kind {raw.get('kind')!r} is not one of {KINDS}")
    if raw.get("speaker_kind") not in SPEAKER_KINDS:
        errors.append(f"speaker_kind {raw.get('speaker_kind')!r} is not one of {SPEAKER_KINDS}")
    speaker = raw.get("speaker")
    if speaker is not None and (not isinstance(speaker, str) or not speaker.strip()):
        errors.append(f"speaker must be a non-empty string or null, got {speaker!r}")
    for prefix in ("speaker", "cue"):
        error = _check_span(
            text, raw.get(f"{prefix}_start"), raw.get(f"{prefix}_end"), prefix, optional=True
        )
        if error:
            errors.append(error)
    cue_start, cue_end = raw.get("cue_start"), raw.get("cue_end")
    if cue_start is not None and not errors and text[cue_start:cue_end] != raw.get("cue"):
        errors.append(f"cue {raw.get('cue')!r} does not match text[cue_start:cue_end]")
    return errors


def load_gold(path: Path, data_root: Path, seeds_root: Path) -> GoldDocument:
    """Load one gold JSON file and verify it against its text.

    Raises ValueError naming the file (and the quote index) when the text's sha256 differs,
    a quote's ``text`` is not ``text[start:end]``, or a field is invalid.
    """
    path = Path(path)
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise ValueError(f"{path}: cannot read gold file: {exc}") from exc
    for key in ("id", "source", "sha256", "quotes"):
        if key not in raw:
            raise ValueError(f"{path}: missing key {key!r}")
    source_path = resolve_source(raw["source"], Path(data_root), Path(seeds_root))
    try:
        text = read_text(source_path)
    except OSError as exc:
        raise ValueError(f"{path}: cannot read source {source_path}: {exc}") from exc
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    if digest != raw["sha256"]:
        raise ValueError(
            f"{path}: sha256 of {source_path} is {digest}, the gold file says {raw['sha256']}"
        )
    quotes = []
    previous_start = -1
    for index, record in enumerate(raw["quotes"]):
        errors = _quote_errors(text, record)
        if not errors and record["start"] < previous_start:
            errors.append("quotes are not sorted by start")
        if errors:
            raise ValueError(f"{path}: quote {index}: " + "; ".join(errors))
        previous_start = record["start"]
        quotes.append(
            GoldQuote(**{name: record.get(name) for name in GoldQuote.__dataclass_fields__})
        )
    return GoldDocument(raw["id"], raw["source"], text, tuple(quotes), path)


def load_gold_dir(
    gold_root: Path, data_root: Path, seeds_root: Path, folders: Iterable[str] | None = None
) -> list[GoldDocument]:
    """Load every ``*.json`` gold file in ``gold_root`` (or only in the given sub-folders)."""
    gold_root = Path(gold_root)
    roots = [gold_root / name for name in folders] if folders is not None else [gold_root]
    paths = sorted(p for root in roots for p in root.rglob("*.json"))
    return [load_gold(p, data_root, seeds_root) for p in paths]


# ---------------------------------------------------------------------------------------
# Predictions
# ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PredictedQuote:
    """The parts of a prediction the scorer needs."""

    start: int
    end: int
    speaker: str | None


def _speaker_name(value: Any) -> str | None:
    """Accept a plain name, a ``{"name": ...}`` mapping or an object with ``.name``."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, Mapping):
        return value.get("name")
    return getattr(value, "name", None)


def as_predicted(item: PredictedLike) -> PredictedQuote:
    """Adapt a mapping or an object with ``start``, ``end`` and ``speaker`` attributes."""
    if isinstance(item, Mapping):
        start, end, speaker = item["start"], item["end"], item.get("speaker")
    else:
        start, end, speaker = item.start, item.end, getattr(item, "speaker", None)
    return PredictedQuote(int(start), int(end), _speaker_name(speaker))


def load_predictions_jsonl(path: Path) -> dict[str, list[dict[str, Any]]]:
    """Read ``detect_quotes`` output: one ``{"id", "quotes"}`` object per line."""
    predictions: dict[str, list[dict[str, Any]]] = {}
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                predictions[str(record["id"])] = list(record["quotes"])
            except (json.JSONDecodeError, KeyError, TypeError) as exc:
                raise ValueError(f"{path}: line {number}: {exc}") from exc
    return predictions


# ---------------------------------------------------------------------------------------
# Speaker names
# ---------------------------------------------------------------------------------------

# Right/left single quotation marks, modifier letter apostrophe, grave accent.
_APOSTROPHES = str.maketrans(dict.fromkeys("\u2019\u2018\u02bc`", "'"))
# Hyphen-minus, hyphen, non-breaking hyphen, figure dash, en dash, em dash.
_DASHES = re.compile("[-\u2010\u2011\u2012\u2013\u2014]")
_NOT_WORD = re.compile(r"[^\w\s]")
_MAX_PERMUTED_TOKENS = 6
_TRANSLITERATION_MIN_LENGTH = 6
_TRANSLITERATION_MIN_RATIO = 0.8


def normalise_speaker(name: str | None) -> tuple[str, ...] | None:
    """Name tokens after casefolding, stripping diacritics, hyphens and punctuation.

    A leading "the" is dropped; the tokens are sorted so name order does not matter.
    """
    if name is None:
        return None
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    plain = _DASHES.sub("", plain.translate(_APOSTROPHES).casefold())
    tokens = _NOT_WORD.sub("", plain).split()
    if len(tokens) > 1 and tokens[0] == "the":
        tokens = tokens[1:]
    return tuple(sorted(tokens))


def _transliterated(one: str, other: str) -> bool:
    """Spelling variants of one name word ("Vassili"/"Vassily", "Nebenzia"/"Nebenzya").

    Like the workbench's speaker linking, which files such variants under one Speaker, but
    stricter: both words at least six letters long and four fifths alike, so short names
    one letter apart ("Maria"/"Mario") stay different.
    """
    if one == other:
        return True
    if min(len(one), len(other)) < _TRANSLITERATION_MIN_LENGTH:
        return False
    return SequenceMatcher(None, one, other).ratio() >= _TRANSLITERATION_MIN_RATIO


def speakers_match(gold: str | None, predicted: str | None) -> bool:
    """Compare speaker names; a None gold speaker matches only None.

    Equal after :func:`normalise_speaker`, or the same letters when the tokens of each are
    joined in some order ("Hwang Joon-kook" == "Joonkook Hwang" == "Joon Kook Hwang"), or
    word for word spelling variants (:func:`_transliterated`).
    """
    gold_tokens, predicted_tokens = normalise_speaker(gold), normalise_speaker(predicted)
    if gold_tokens is None or predicted_tokens is None:
        return gold_tokens is None and predicted_tokens is None
    if gold_tokens == predicted_tokens:
        return True
    if len(gold_tokens) == len(predicted_tokens) <= _MAX_PERMUTED_TOKENS and any(
        all(_transliterated(g, p) for g, p in zip(gold_tokens, order, strict=True))
        for order in itertools.permutations(predicted_tokens)
    ):
        return True
    if "".join(sorted("".join(gold_tokens))) != "".join(sorted("".join(predicted_tokens))):
        return False
    if max(len(gold_tokens), len(predicted_tokens)) > _MAX_PERMUTED_TOKENS:
        return False
    joined = {"".join(order) for order in itertools.permutations(gold_tokens)}
    return any("".join(order) in joined for order in itertools.permutations(predicted_tokens))


# ---------------------------------------------------------------------------------------
# Matching and scores
# ---------------------------------------------------------------------------------------


def overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    """Number of shared code points of two half-open spans."""
    return max(0, min(a_end, b_end) - max(a_start, b_start))


def spans_match(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    """True when the overlap covers at least half of each (non-empty) span."""
    shared = overlap(a_start, a_end, b_start, b_end)
    return shared > 0 and 2 * shared >= a_end - a_start and 2 * shared >= b_end - b_start


def match_spans(
    gold: Sequence[tuple[int, int]], predicted: Sequence[tuple[int, int]]
) -> list[tuple[int, int]]:
    """One-to-one greedy matching by overlap; returns (gold index, predicted index) pairs.

    Only overlapping spans can match, so each gold span is compared only with the predicted
    spans that start before it ends and no earlier than the longest predicted span before
    it, found by bisection: an article of 500 quotes costs thousands of comparisons, not
    a quarter of a million.
    """
    order = sorted(range(len(predicted)), key=lambda p: predicted[p][0])
    starts = [predicted[p][0] for p in order]
    longest = max((pe - ps for ps, pe in predicted), default=0)
    candidates = []
    for g, (gs, ge) in enumerate(gold):
        for i in range(bisect.bisect_right(starts, gs - longest), bisect.bisect_left(starts, ge)):
            p = order[i]
            ps, pe = predicted[p]
            if spans_match(gs, ge, ps, pe):
                candidates.append(candidate(gold[g], predicted[p], g, p))
    return pick_pairs(candidates)


Candidate = tuple[int, int, int, int]


def candidate(gold: tuple[int, int], predicted: tuple[int, int], g: int, p: int) -> Candidate:
    """A possible pair, ranked by larger overlap, then smaller boundary error."""
    (gs, ge), (ps, pe) = gold, predicted
    return (-overlap(gs, ge, ps, pe), abs(gs - ps) + abs(ge - pe), g, p)


def pick_pairs(candidates: list[Candidate]) -> list[tuple[int, int]]:
    """The greedy one-to-one choice among ranked candidate pairs."""
    used_gold: set[int] = set()
    used_predicted: set[int] = set()
    pairs = []
    for _, _, g, p in sorted(candidates):
        if g not in used_gold and p not in used_predicted:
            used_gold.add(g)
            used_predicted.add(p)
            pairs.append((g, p))
    return sorted(pairs)


def _ratio(numerator: int, denominator: int) -> float | None:
    return numerator / denominator if denominator else None


@dataclass
class Counts:
    """Counts that add up across documents."""

    gold: int = 0
    predicted: int = 0
    tp: int = 0
    exact: int = 0
    speaker_correct: int = 0
    gold_by_kind: dict[str, int] = field(default_factory=dict)
    found_by_kind: dict[str, int] = field(default_factory=dict)

    @property
    def fp(self) -> int:
        """Predictions matched to no gold quote."""
        return self.predicted - self.tp

    @property
    def fn(self) -> int:
        """Gold quotes matched by no prediction."""
        return self.gold - self.tp

    @property
    def precision(self) -> float:
        """TP / predicted; 1.0 when nothing was predicted and nothing was expected."""
        if self.predicted == 0:
            return 1.0 if self.gold == 0 else 0.0
        return self.tp / self.predicted

    @property
    def recall(self) -> float:
        """TP / gold; 1.0 when there is no gold quote and nothing was predicted."""
        if self.gold == 0:
            return 1.0 if self.predicted == 0 else 0.0
        return self.tp / self.gold

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def exact_rate(self) -> float | None:
        """Matched pairs with identical boundaries, over matched pairs."""
        return _ratio(self.exact, self.tp)

    @property
    def speaker_accuracy(self) -> float | None:
        """Matched pairs with the right speaker, over matched pairs."""
        return _ratio(self.speaker_correct, self.tp)

    def recall_by_kind(self) -> dict[str, float | None]:
        """Recall per gold kind (direct, indirect, mixed)."""
        return {
            kind: _ratio(self.found_by_kind.get(kind, 0), self.gold_by_kind.get(kind, 0))
            for kind in KINDS
        }

    def add(self, other: Counts) -> None:
        """Accumulate another document's counts."""
        self.gold += other.gold
        self.predicted += other.predicted
        self.tp += other.tp
        self.exact += other.exact
        self.speaker_correct += other.speaker_correct
        for mine, theirs in (
            (self.gold_by_kind, other.gold_by_kind),
            (self.found_by_kind, other.found_by_kind),
        ):
            for kind, value in theirs.items():
                mine[kind] = mine.get(kind, 0) + value


@dataclass(frozen=True)
class MatchedPair:
    """A gold quote and the prediction matched to it."""

    gold: GoldQuote
    predicted: PredictedQuote
    exact: bool
    speaker_correct: bool


@dataclass
class DocumentResult:
    """Scores and the matching details of one document."""

    doc_id: str
    counts: Counts
    matched: list[MatchedPair]
    missed: list[GoldQuote]
    spurious: list[PredictedQuote]


@dataclass
class EvaluationResult:
    """Per-document results and their micro-averaged total."""

    documents: list[DocumentResult]
    total: Counts
    unknown_ids: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        """Micro-averaged precision."""
        return self.total.precision

    @property
    def recall(self) -> float:
        """Micro-averaged recall."""
        return self.total.recall

    @property
    def f1(self) -> float:
        """Micro-averaged F1."""
        return self.total.f1

    @property
    def exact_rate(self) -> float | None:
        """Exact-boundary rate over all matched pairs."""
        return self.total.exact_rate

    @property
    def speaker_accuracy(self) -> float | None:
        """Speaker accuracy over all matched pairs."""
        return self.total.speaker_accuracy

    def format_table(self) -> str:
        """An aligned plain-text table: one row per document, then the total."""
        header = ["document", "gold", "pred", "TP", "FP", "FN", "P", "R", "F1", "exact", "spkr"]
        rows = [_row(doc.doc_id, doc.counts) for doc in self.documents]
        rows.append(_row("TOTAL", self.total))
        widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]

        def render(cells: Sequence[str]) -> str:
            first = cells[0].ljust(widths[0])
            rest = (cell.rjust(width) for cell, width in zip(cells[1:], widths[1:], strict=True))
            return "  ".join([first, *rest])

        rule = "-" * len(render(header))
        lines = [render(header), rule, *(render(r) for r in rows[:-1]), rule, render(rows[-1])]
        by_kind = self.total.recall_by_kind()
        lines.append(
            "recall by kind: "
            + ", ".join(
                f"{kind} {_fmt(by_kind[kind])} ({self.total.found_by_kind.get(kind, 0)}"
                f"/{self.total.gold_by_kind.get(kind, 0)})"
                for kind in KINDS
            )
        )
        if self.unknown_ids:
            lines.append("predictions ignored (no gold): " + ", ".join(self.unknown_ids))
        return "\n".join(lines)


def _fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def _row(name: str, c: Counts) -> list[str]:
    numbers = [c.gold, c.predicted, c.tp, c.fp, c.fn]
    scores = [c.precision, c.recall, c.f1, c.exact_rate, c.speaker_accuracy]
    return [name, *(str(n) for n in numbers), *(_fmt(s) for s in scores)]


def evaluate_document(
    doc_id: str, gold: Sequence[GoldQuote], predicted: Sequence[PredictedLike]
) -> DocumentResult:
    """Match and score one document's predictions."""
    preds = [as_predicted(p) for p in predicted]
    pairs = match_spans([(g.start, g.end) for g in gold], [(p.start, p.end) for p in preds])
    counts = Counts(gold=len(gold), predicted=len(preds), tp=len(pairs))
    matched = []
    for g_index, p_index in pairs:
        g, p = gold[g_index], preds[p_index]
        pair = MatchedPair(
            g, p, (g.start, g.end) == (p.start, p.end), speakers_match(g.speaker, p.speaker)
        )
        counts.exact += pair.exact
        counts.speaker_correct += pair.speaker_correct
        counts.found_by_kind[g.kind] = counts.found_by_kind.get(g.kind, 0) + 1
        matched.append(pair)
    for g in gold:
        counts.gold_by_kind[g.kind] = counts.gold_by_kind.get(g.kind, 0) + 1
    matched_gold = {g for g, _ in pairs}
    matched_pred = {p for _, p in pairs}
    missed = [g for i, g in enumerate(gold) if i not in matched_gold]
    spurious = [p for i, p in enumerate(preds) if i not in matched_pred]
    return DocumentResult(doc_id, counts, matched, missed, spurious)


def _predictions_for(
    doc: GoldDocument, predicted: Mapping[str, Sequence[PredictedLike]]
) -> str | None:
    """Find a document's predictions by id, or by a key whose file stem is the id."""
    if doc.id in predicted:
        return doc.id
    for key in predicted:
        if Path(key).stem == doc.id:
            return key
    return None


def evaluate(
    predicted: Mapping[str, Sequence[PredictedLike]], gold: Sequence[GoldDocument]
) -> EvaluationResult:
    """Score predictions (keyed by document id or file path) against gold documents.

    A gold document without predictions counts as zero predictions.
    """
    documents = []
    total = Counts()
    used_keys = set()
    for doc in gold:
        key = _predictions_for(doc, predicted)
        used_keys.add(key)
        result = evaluate_document(doc.id, doc.quotes, predicted[key] if key is not None else [])
        documents.append(result)
        total.add(result.counts)
    unknown = sorted(str(k) for k in predicted if k not in used_keys)
    return EvaluationResult(documents, total, unknown)


# ---------------------------------------------------------------------------------------
# Optional baseline: textacy's rule-based direct quotation extractor
# ---------------------------------------------------------------------------------------


def textacy_baseline(nlp: Any, text: str, errors: list[str] | None = None) -> list[dict]:
    """Direct quotations found by ``textacy.extract.triples.direct_quotations``.

    Returns ``{"start", "end", "text", "kind", "speaker", "cue"}`` dicts; the span covers
    the quotation marks. textacy refuses documents with an odd number of quotation marks:
    any exception yields no predictions, and its message is appended to ``errors``.
    Requires the optional ``textacy`` package.
    """
    try:
        from textacy.extract.triples import direct_quotations
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise RuntimeError("textacy is not installed") from exc
    doc = nlp(text)
    try:
        triples = list(direct_quotations(doc))
    except Exception as exc:  # textacy raises ValueError on unbalanced marks
        if errors is not None:
            errors.append(f"{type(exc).__name__}: {exc}")
        return []
    found = []
    for speaker, cue, content in triples:
        found.append(
            {
                "start": content.start_char,
                "end": content.end_char,
                "text": content.text,
                "kind": "direct",
                "speaker": " ".join(token.text for token in speaker),
                "cue": " ".join(token.text for token in cue),
            }
        )
    return found


def run_textacy_baseline(
    nlp: Any, documents: Sequence[GoldDocument]
) -> tuple[dict[str, list[dict]], dict[str, str]]:
    """Run :func:`textacy_baseline` on each document; return predictions and errors by id."""
    predictions: dict[str, list[dict]] = {}
    failures: dict[str, str] = {}
    for doc in documents:
        errors: list[str] = []
        predictions[doc.id] = textacy_baseline(nlp, doc.text, errors)
        if errors:
            failures[doc.id] = errors[0]
    return predictions, failures


# ---------------------------------------------------------------------------------------
# Command line
# ---------------------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    """Score a ``detect_quotes`` JSONL file against the gold files and print the table."""
    repo = Path(__file__).resolve().parents[2]
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("predictions", type=Path, help="JSON lines from detect_quotes")
    parser.add_argument("--gold", type=Path, default=repo / "tests" / "data" / "gold")
    parser.add_argument("--data", type=Path, default=repo / "tests" / "data")
    parser.add_argument("--seeds", type=Path, default=SEEDS_DIR)
    parser.add_argument(
        "--folder",
        action="append",
        help="gold sub-folder to use (seeds, articles, heldout); repeatable; default all",
    )
    args = parser.parse_args(argv)
    gold = load_gold_dir(args.gold, args.data, args.seeds, args.folder)
    result = evaluate(load_predictions_jsonl(args.predictions), gold)
    print(result.format_table())
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The ``quote_detector`` spaCy component: direct, indirect and mixed quotes with speakers.

Attribution runs as ordered, named sieves (``sieves.py``) over a typed per-document state
(``state.py``): finder sieves find quotes, speaker sieves choose the phrase that names
each quote's speaker, and a resolver turns that phrase into a source of the document's
source registry (``registry.py``). Both sieve lists come from the component's config. No
extra ``nlp`` calls are made.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

import srsly
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.training import Example
from spacy.util import registry

from .calibration import ConfidenceTable, read_table, write_table
from .evaluation import match_spans, speakers_match
from .grammar import Grammar, SubjectSieve
from .lexicon import LEX, read_lexicon
from .meta import DETECTOR_NAME, SPAN_KEY
from .registry import Resolver, RuleResolver, SourceRegistry
from .sieves import (
    DEFAULT_FINDERS,
    DEFAULT_SPEAKERS,
    Context,
    Sieve,
    check_sieves,
    collect_regions,
    prune,
)
from .state import Attribution, Candidate, DocState

# Span attributes, all namespaced under ``quote_`` (``span._.quote_speaker``).
EXTENSION_PREFIX = "quote_"
SPAN_FIELDS = (
    "kind",
    "start",
    "end",
    "speaker",
    "speaker_kind",
    "speaker_start",
    "speaker_end",
    "cue",
    "cue_start",
    "cue_end",
    "confidence",
    "found_by",
    "speaker_by",
    "speaker_reason",
)
SPAN_EXTENSIONS = tuple(EXTENSION_PREFIX + name for name in SPAN_FIELDS)


def register_extensions() -> None:
    """Declare the span attributes and ``doc._.quote_sources`` (idempotent)."""
    for name in SPAN_EXTENSIONS:
        Span.set_extension(name, default=None, force=True)
    Doc.set_extension(EXTENSION_PREFIX + "sources", default=None, force=True)


register_extensions()


class QuoteDetector:
    """Rule-based quote detection over a parsed Doc (see docs/guidelines.md)."""

    def __init__(
        self,
        name: str,
        skip_boilerplate: bool,
        min_confidence: float,
        finders: Sequence[str] = DEFAULT_FINDERS,
        speakers: Sequence[str] = DEFAULT_SPEAKERS,
        resolver: Resolver | None = None,
        spans_key: str = SPAN_KEY,
    ) -> None:
        self.name = name
        self.spans_key = spans_key
        self.skip_boilerplate = skip_boilerplate
        self.min_confidence = min_confidence
        self.finders = check_sieves(list(finders), finders=True)
        self.speakers = check_sieves(list(speakers), finders=False)
        self.resolver: Resolver = resolver if resolver is not None else RuleResolver()
        # Each sieve pair's measured precision (manage.py calibrate_detector).
        self.confidence: ConfidenceTable = read_table()
        self._subject_sieves: list[SubjectSieve] = self._stage(self.speakers, "subject")

    @staticmethod
    def _stage(sieves: Sequence[Sieve], stage: str) -> list[Any]:
        return [sieve.run for sieve in sieves if sieve.stage == stage]

    def find(self, state: DocState) -> tuple[list[Candidate], SourceRegistry]:
        """Run every sieve over the document: the quotes found, in document order, and the
        registry of the sources it names."""
        doc = state.doc
        attribution = Attribution()
        sources = SourceRegistry(doc, state)
        grammar = Grammar(state, attribution, sources, self._subject_sieves)
        ctx = Context(state, attribution, grammar, sources)
        collect_regions(ctx)
        region_sieves = self._stage(self.finders, "region")
        for index in range(len(attribution.regions)):
            for run in region_sieves:
                cand = run(ctx, index)
                if cand is not None:
                    attribution.adjacent.append(cand)
                    attribution.attributed.add(index)
                    if cand.cue_tok is not None:
                        attribution.used_cues.add(cand.cue_tok)
                    break
        for run in self._stage(self.finders, "clause"):
            run(ctx)
        prune(ctx)
        for run in self._stage(self.finders, "quote"):
            run(ctx)
        attribution.quotes.sort(key=lambda c: c.start)
        for run in self._stage(self.speakers, "cueless"):
            run(ctx)
        self.resolver.resolve(state, sources, attribution.quotes)
        for run in self._stage(self.speakers, "fallback"):
            run(ctx)
        kept = [c for c in attribution.quotes if c.mention is not None or c.kind == "direct"]
        return kept, sources

    def __call__(self, doc: Doc) -> Doc:
        state = DocState(doc, self.skip_boilerplate)
        text = state.text  # Doc.text joins every token: read it once
        spans = []
        found, sources = self.find(state)
        # Every source the walk met, with the [start, end) of each mention of it.
        doc._.quote_sources = {
            name: [[m.start, m.end] for m in mentions]
            for name, mentions in sources.clusters.items()
        }
        for cand in found:
            confidence = self.confidence.confidence(cand.found_by, cand.speaker_by)
            if confidence < self.min_confidence:
                continue
            span = doc.char_span(cand.start, cand.end, label=cand.kind, alignment_mode="expand")
            if span is None:
                continue
            mention = cand.mention
            values: dict[str, object] = {
                "kind": cand.kind,
                "start": cand.start,
                "end": cand.end,
                "confidence": round(confidence, 3),
                "found_by": cand.found_by,
            }
            if mention is not None:
                values |= {
                    "speaker": mention.name,
                    "speaker_kind": mention.kind,
                    "speaker_start": mention.start,
                    "speaker_end": mention.end,
                    "speaker_by": cand.speaker_by,
                    "speaker_reason": cand.speaker_reason,
                }
            if cand.cue is not None:
                values |= {
                    "cue": text[cand.cue[0] : cand.cue[1]],
                    "cue_start": cand.cue[0],
                    "cue_end": cand.cue[1],
                }
            ext = span._  # each ``span._`` makes a new accessor: take it once
            for key, value in values.items():
                setattr(ext, EXTENSION_PREFIX + key, value)
            spans.append(span)
        doc.spans[self.spans_key] = spans
        return doc

    def score(self, examples: Iterable[Example], **kwargs: Any) -> dict[str, float | None]:
        return score_quotes(examples, spans_key=self.spans_key)

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        """Write the lexicon the rules read and the confidence table, as data files."""
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_json(path / "lexicon.json", LEX.to_data())
        write_table(self.confidence, path / "confidence.json")

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> QuoteDetector:
        """Read the saved lexicon (the rules use it from now on, in the whole process) and
        the saved confidence table."""
        data = read_lexicon(Path(path) / "lexicon.json")
        if data != LEX.to_data():
            LEX.load(data)
        self.confidence = read_table(Path(path) / "confidence.json")
        return self


def _quote_bounds(span: Span) -> tuple[int, int]:
    start = span._.quote_start if span._.quote_start is not None else span.start_char
    end = span._.quote_end if span._.quote_end is not None else span.end_char
    return start, end


def score_quotes(examples: Iterable[Example], spans_key: str = SPAN_KEY) -> dict[str, Any]:
    """Quote precision, recall and F1 (half-overlap matching, as ``evaluation.py``) and
    speaker accuracy over matched quotes; the reference spans carry ``quote_speaker``."""
    tp = n_pred = n_gold = right = 0
    for example in examples:
        gold = list(example.reference.spans.get(spans_key, []))
        pred = list(example.predicted.spans.get(spans_key, []))
        pairs = match_spans([_quote_bounds(s) for s in gold], [_quote_bounds(s) for s in pred])
        n_gold, n_pred, tp = n_gold + len(gold), n_pred + len(pred), tp + len(pairs)
        right += sum(
            speakers_match(gold[g]._.quote_speaker, pred[p]._.quote_speaker) for g, p in pairs
        )
    precision = tp / n_pred if n_pred else None
    recall = tp / n_gold if n_gold else None
    f1 = 2 * tp / (n_pred + n_gold) if n_pred + n_gold else None
    return {
        "quotes_p": precision,
        "quotes_r": recall,
        "quotes_f": f1,
        "quotes_speaker_acc": right / tp if tp else None,
    }


@registry.scorers("quote_detector.scorer.v1")
def make_quote_scorer() -> Callable[..., dict[str, Any]]:
    return score_quotes


@registry.misc("quote_detector.rule_resolver.v1")
def make_rule_resolver() -> Resolver:
    return RuleResolver()


@Language.factory(
    DETECTOR_NAME,
    assigns=[
        "doc.spans",
        f"doc._.{EXTENSION_PREFIX}sources",
        *(f"span._.{name}" for name in SPAN_EXTENSIONS),
    ],
    default_config={
        "spans_key": SPAN_KEY,
        "skip_boilerplate": True,
        "min_confidence": 0.0,
        "finders": list(DEFAULT_FINDERS),
        "speakers": list(DEFAULT_SPEAKERS),
        "resolver": {"@misc": "quote_detector.rule_resolver.v1"},
        "scorer": {"@scorers": "quote_detector.scorer.v1"},
    },
    default_score_weights={
        "quotes_f": 0.5,
        "quotes_speaker_acc": 0.5,
        "quotes_p": 0.0,
        "quotes_r": 0.0,
    },
)
def make_quote_detector(
    nlp: Language,
    name: str,
    spans_key: str,
    skip_boilerplate: bool,
    min_confidence: float,
    finders: list[str],
    speakers: list[str],
    resolver: Resolver,
    scorer: Callable[..., dict[str, Any]],
) -> QuoteDetector:
    return QuoteDetector(
        name,
        skip_boilerplate,
        min_confidence,
        finders=finders,
        speakers=speakers,
        resolver=resolver,
        spans_key=spans_key,
    )

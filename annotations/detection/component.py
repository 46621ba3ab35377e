"""The ``quote_detector`` spaCy component: direct, indirect and mixed quotes with speakers.

Attribution runs as ordered, named sieves (``sieves.py``) over a typed per-document state
(``state.py``): finder sieves find quotes, speaker sieves choose the phrase that names
each quote's speaker, and a resolver turns that phrase into a source of the document's
source registry (``registry.py``). Both sieve lists come from the component's config. No
extra ``nlp`` calls are made.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from .grammar import Grammar, SubjectSieve
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

DETECTOR_NAME = "quote_detector"
DETECTOR_VERSION = "1.0.0"
SPAN_KEY = "quotes"

SPAN_EXTENSIONS = (
    "quote_kind",
    "speaker",
    "speaker_kind",
    "speaker_start",
    "speaker_end",
    "cue",
    "cue_start",
    "cue_end",
    "confidence",
    "quote_start",
    "quote_end",
    "found_by",
    "speaker_by",
    "speaker_reason",
)


def register_extensions() -> None:
    """Declare the span attributes (idempotent: ``force=True``)."""
    for name in SPAN_EXTENSIONS:
        Span.set_extension(name, default=None, force=True)


register_extensions()

_PRIOR = {
    "adjacent_cue": 0.9,
    "split_quote": 0.85,
    "according_to": 0.65,
    "cueless_sentence": 0.6,
    "pull_quote": 0.7,
}


def prior_confidence(cand: Candidate) -> float:
    if cand.found_by in _PRIOR:
        base = _PRIOR[cand.found_by]
        if cand.found_by == "cueless_sentence" and (
            cand.speaker_by == "attribution_line"
            or (cand.subject is not None and cand.subject.sieve == "named_next")
        ):
            base = 0.7
    else:
        base = 0.7 if cand.kind == "indirect" else 0.75
    return base - (0.2 if cand.mention is None else 0.0)


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
    ) -> None:
        self.name = name
        self.skip_boilerplate = skip_boilerplate
        self.min_confidence = min_confidence
        self.finders = check_sieves(list(finders), finders=True)
        self.speakers = check_sieves(list(speakers), finders=False)
        self.resolver: Resolver = resolver if resolver is not None else RuleResolver()
        self._subject_sieves: list[SubjectSieve] = self._stage(self.speakers, "subject")

    @staticmethod
    def _stage(sieves: Sequence[Sieve], stage: str) -> list[Any]:
        return [sieve.run for sieve in sieves if sieve.stage == stage]

    def find(self, doc: Doc) -> list[Candidate]:
        """Run every sieve over ``doc``: the quotes found, in document order."""
        state = DocState(doc, self.skip_boilerplate)
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
        return [c for c in attribution.quotes if c.mention is not None or c.kind == "direct"]

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        spans = []
        for cand in self.find(doc):
            confidence = prior_confidence(cand)
            if confidence < self.min_confidence:
                continue
            span = doc.char_span(cand.start, cand.end, label=cand.kind, alignment_mode="expand")
            if span is None:
                continue
            mention = cand.mention
            ext = span._
            ext.quote_kind = cand.kind
            ext.quote_start = cand.start
            ext.quote_end = cand.end
            ext.confidence = round(confidence, 3)
            ext.found_by = cand.found_by
            if mention is not None:
                ext.speaker = mention.name
                ext.speaker_kind = mention.kind
                ext.speaker_start = mention.start
                ext.speaker_end = mention.end
                ext.speaker_by = cand.speaker_by
                ext.speaker_reason = cand.speaker_reason
            if cand.cue is not None:
                ext.cue = text[cand.cue[0] : cand.cue[1]]
                ext.cue_start, ext.cue_end = cand.cue
            spans.append(span)
        doc.spans[SPAN_KEY] = spans
        return doc


@Language.factory(
    DETECTOR_NAME,
    default_config={"skip_boilerplate": True, "min_confidence": 0.0},
)
def make_quote_detector(
    nlp: Language, name: str, skip_boilerplate: bool, min_confidence: float
) -> QuoteDetector:
    return QuoteDetector(name, skip_boilerplate, min_confidence)

"""The typed state the sieves share for one document.

``DocState`` holds read-only arrays built in one pass over the tokens (line kinds,
paragraph bounds, candidate cues). ``Attribution`` is the only mutable part: the
quotation-mark regions, which of them a quote already claims, the cues in use and the
quotes found so far, each recording the sieve that found it and the one that named its
speaker.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

import numpy
from spacy.attrs import DEP, IDX, LEMMA, LOWER, POS
from spacy.strings import StringStore
from spacy.symbols import ADJ, NOUN, PRON, PROPN, SPACE, VERB, nsubj, nsubjpass
from spacy.tokens import Doc, Token

from .boilerplate import is_boilerplate_line, is_headline, iter_lines, main_content_range
from .lexicon import LEX
from .marks import QuoteRegion
from .speakers import Mention

_DATELINE = re.compile(
    r"\s*[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}(?:, [A-Z][\w.]+(?: \d{1,2}(?:, \d{4})?)?)?"
    r"\s*(?:\([^)\n]{1,40}\))?"
    r"\s*[-—–]\s+"
)
_HASHES = StringStore()
_ACCORDING = _HASHES.add("according")
_ROOT = _HASHES.add("ROOT")
# Third-person pronouns that tell a person's gender.
GENDERED_PRONOUNS = {
    **dict.fromkeys(("he", "him", "his", "himself"), "m"),
    **dict.fromkeys(("she", "her", "hers", "herself"), "f"),
}
_GENDERED_IDS = numpy.array([_HASHES.add(word) for word in GENDERED_PRONOUNS], dtype=numpy.uint64)


@dataclass(frozen=True)
class _CueIds:
    """Hashes of the lexicon's cue words, to pick candidates out of ``Doc.to_array``."""

    generation: int
    lemmas: frozenset[int]
    forms: frozenset[int]
    odd_forms: frozenset[int]
    nouns: frozenset[int]


_cue_ids: list[_CueIds] = []


def cue_ids() -> _CueIds:
    """The hash tables for the current lexicon (rebuilt after ``LEX.load``)."""
    if not _cue_ids or _cue_ids[0].generation != LEX.generation:

        def ids(words: frozenset[str]) -> frozenset[int]:
            return frozenset(_HASHES.add(word) for word in words)

        odd = frozenset(word for word in LEX.CUE_FORMS if word[-1] in "sd")
        tables = _CueIds(
            LEX.generation, ids(LEX.CUE_LEMMAS), ids(LEX.CUE_FORMS), ids(odd), ids(LEX.CUE_NOUNS)
        )
        _cue_ids[:] = [tables]
    return _cue_ids[0]


@dataclass(frozen=True, slots=True)
class SubjectChoice:
    """The token heading the phrase that names a cue's speaker, and the sieve that chose it."""

    token: Token
    sieve: str
    reason: str


@dataclass(slots=True)
class Candidate:
    """A quote being built: its span, kind, cue and (once resolved) speaker mention."""

    start: int
    end: int
    kind: str
    found_by: str
    cue: tuple[int, int] | None = None
    cue_tok: int | None = None
    subject: SubjectChoice | None = None
    subject_extent: tuple[int, int] | None = None
    mention: Mention | None = None
    speaker_by: str | None = None
    speaker_reason: str | None = None

    def name_speaker(self, mention: Mention, sieve: str, reason: str) -> None:
        self.mention, self.speaker_by, self.speaker_reason = mention, sieve, reason


class DocState:
    """Per-document arrays shared by the rules (built in one pass over the tokens)."""

    def __init__(self, doc: Doc, skip_boilerplate: bool) -> None:
        self.doc = doc
        self.text = text = doc.text  # Doc.text joins every token: read it once
        self.lo, self.hi = main_content_range(text) if skip_boilerplate else (0, len(text))
        n = len(doc)
        # One C-level export of the token attributes; candidates are picked with numpy so
        # that Python only ever loops over the few interesting tokens.
        table = doc.to_array([IDX, POS, DEP, LOWER, LEMMA]).reshape(n, 5)
        idx, pos, dep, lower, lemma = (table[:, k] for k in range(5))
        self.starts: list[int] = idx.tolist()
        self.blocked = bytearray(n)
        self.newline = bytearray(n)
        breaks = [i for i in numpy.flatnonzero(pos == SPACE).tolist() if "\n" in doc[i].text]
        for i in breaks:
            self.newline[i] = 1
        cuts = numpy.asarray(breaks, dtype=numpy.int64)
        positions = numpy.arange(n)
        k = numpy.searchsorted(cuts, positions, side="right")  # breaks at or before i
        after = numpy.append(cuts, n)
        before = numpy.insert(cuts + 1, 0, 0)
        par_lo = before[k]
        par_hi = after[numpy.searchsorted(cuts, positions, side="left")]
        if breaks:  # a break token is a paragraph of its own
            par_lo[cuts] = cuts
            par_hi[cuts] = cuts + 1
        self.par_lo: list[int] = par_lo.tolist()
        self.par_hi: list[int] = par_hi.tolist()

        def tokens(mask: numpy.ndarray) -> list[Token]:
            return [doc[i] for i in numpy.flatnonzero(mask).tolist()]

        def matching(
            mask: numpy.ndarray, *tests: tuple[numpy.ndarray, frozenset[int]]
        ) -> list[Token]:
            found = numpy.flatnonzero(mask).tolist()
            hits: set[int] = set()
            for column, ids in tests:
                hits.update(
                    i for i, v in zip(found, column[mask].tolist(), strict=True) if v in ids
                )
            return [doc[i] for i in sorted(hits)]

        is_noun = (pos == NOUN) | (pos == PROPN)
        ids = cue_ids()
        self.according = tokens(lower == _ACCORDING)
        self.cues = [
            tok
            for tok in matching(pos == VERB, (lemma, ids.lemmas), (lower, ids.forms))
            if reports_in_this_sense(tok)
        ]
        self.noun_cues = matching(is_noun, (lemma, ids.nouns))  # "expressed concern that"
        # Cue forms mis-tagged as nouns ("the committee of experts underlines that").
        self.odd_cues = [
            tok for tok in matching(is_noun, (lower, ids.odd_forms)) if tok.lemma not in ids.nouns
        ]
        self.gendered_pronouns = tokens(numpy.isin(lower, _GENDERED_IDS))
        # Subjects that may name a source; adjectives for "the 23-year-old has scored".
        self.subjects = tokens(
            ((dep == nsubj) | (dep == nsubjpass)) & (is_noun | (pos == PRON) | (pos == ADJ))
        )
        # "Cardew, 41, posted ...": a noun parsed as the sentence's root, its verb hung on it.
        verbless = [
            tok
            for tok in tokens((dep == _ROOT) & is_noun)
            if any(child.dep_ == "acl" and child.pos == VERB for child in tok.children)
        ]
        if verbless:
            self.subjects = sorted({*self.subjects, *verbless}, key=lambda tok: tok.i)
        propn = pos == PROPN
        # Proper nouns right after another proper noun: the ends of multi-word names.
        self.name_heads = tokens(propn & numpy.insert(propn[:-1], 0, False)) if n else []
        self.lines: list[tuple[int, int, str]] = []
        body: list[tuple[int, int]] = []
        for start, end in iter_lines(text, self.lo, self.hi):
            line = text[start:end].strip()
            if not line:
                continue
            kind = "skip" if is_boilerplate_line(line) else "head" if is_headline(line) else "body"
            self.lines.append((start, end, kind))
            if kind == "body":
                body.append((start, end))
        # Tokens outside body lines are blocked.
        self.blocked[:] = b"\x01" * n
        orphans = []
        for start, end in body:
            ts, te = self.token_range(start, end)
            self.blocked[ts:te] = b"\x00" * (te - ts)
            # A dateline is no part of the sentence it opens: "LONDON (Reuters) - Acme said".
            dateline = _DATELINE.match(text, start, end)
            if dateline is not None:
                ds, de = self.token_range(start, dateline.end())
                self.blocked[ds:de] = b"\x01" * (de - ds)
                ts = de
            orphan = _orphan_opener(doc, ts, te)
            if orphan is not None:
                orphans.append(orphan)
        # Subjects of lines whose verb the parse hung on the line above (a byline).
        self.line_openers = orphans
        if orphans:
            self.subjects = sorted({*self.subjects, *orphans}, key=lambda tok: tok.i)
        bounds = [(sent.start, sent.end) for sent in doc.sents]
        self._sent_starts = [start for start, _ in bounds]
        self._sent_ends = [end for _, end in bounds]

    # Sentences never run over a line break, whatever the parser thought.
    def sent_start(self, i: int) -> int:
        k = bisect_right(self._sent_starts, i) - 1
        return max(self._sent_starts[k], self.par_lo[i])

    def sent_end(self, i: int) -> int:
        k = bisect_right(self._sent_starts, i) - 1
        return min(self._sent_ends[k], self.par_hi[i])

    def token_at(self, char: int) -> int:
        return max(bisect_right(self.starts, char) - 1, 0)

    def token_range(self, start: int, end: int) -> tuple[int, int]:
        """Tokens overlapping text[start:end]."""
        return self.token_at(start), bisect_left(self.starts, end)

    def char_end(self, i: int) -> int:
        tok = self.doc[i]
        return tok.idx + len(tok.text)

    def same_par(self, i: int, j: int) -> bool:
        return self.par_lo[i] <= j < self.par_hi[i]


def _orphan_opener(doc: Doc, start: int, end: int) -> Token | None:
    """The noun phrase opening a line that the parser attached to an earlier line (to a
    byline or a dateline: "By Sunita Maragh\n\nBrightwater Foods has agreed ..."): the
    line's subject, which the parse lost."""
    for tok in doc[start : min(start + 8, end)]:
        if tok.pos in (NOUN, PROPN) and tok.head.i < start:
            return tok if tok.dep not in (nsubj, nsubjpass) else None
        if tok.head.i < start or not (tok.pos in (NOUN, PROPN) or tok.dep_ in _NP_INNER):
            return None
    return None


def reports_in_this_sense(verb: Token) -> bool:
    """False for a verb whose lemma reports in one construction only, outside it: "put"
    reports only as "put it to the witness that ..."."""
    if verb.lemma_ != "put":
        return True
    children = list(verb.children)
    return any(c.dep_ == "dobj" and c.lower_ == "it" for c in children) and any(
        c.dep_ in {"prep", "dative"} and c.lower_ == "to" for c in children
    )


_NP_INNER = frozenset({"det", "compound", "amod", "cc", "poss", "case", "nummod", "punct"})


@dataclass
class Attribution:
    """What the sieves have decided so far for one document (the only mutable state)."""

    regions: list[QuoteRegion] = field(default_factory=list)
    region_tokens: list[tuple[int, int]] = field(default_factory=list)
    # Token index -> index of the region it lies in, or -1.
    region_of: list[int] = field(default_factory=list)
    # Regions some quote already covers.
    attributed: set[int] = field(default_factory=set)
    # Cue tokens a quote already uses.
    used_cues: set[int] = field(default_factory=set)
    # Quotes whose cue sits next to the quotation (direct and split quotes).
    adjacent: list[Candidate] = field(default_factory=list)
    # Reported clauses before pruning.
    reported: list[Candidate] = field(default_factory=list)
    # Every kept quote, in document order once the finders are done.
    quotes: list[Candidate] = field(default_factory=list)

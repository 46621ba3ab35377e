"""The ``quote_detector`` spaCy component: direct, indirect and mixed quotes with speakers.

One linear pass collects candidate cues and quotation-mark regions; rules over the
dependency parse then attach each region to a cue (or to a neighbouring quote), turn
clausal complements of cues into indirect/mixed quotes, and resolve speakers in
document order. No extra ``nlp`` calls are made.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace

import numpy
from spacy.attrs import DEP, IDX, LEMMA, LOWER, POS
from spacy.language import Language
from spacy.strings import StringStore
from spacy.symbols import ADP, AUX, NOUN, NUM, PRON, PROPN, SPACE, VERB, nsubj, nsubjpass
from spacy.tokens import Doc, Span, Token

from .boilerplate import is_boilerplate_line, is_headline, iter_lines, main_content_range
from .lexicon import (
    CUE_FORMS,
    CUE_NOUN_VERBS,
    CUE_NOUNS,
    FRAGMENT_ONLY_VERBS,
    OBJECT_VERBS,
    SPEECH_VERBS,
    XCOMP_VERBS,
)
from .marks import QuoteRegion, find_quote_regions
from .speakers import (
    Mention,
    PersonRegistry,
    SpeakerResolver,
    clean_person_words,
    may_name_a_source,
)

DETECTOR_NAME = "quote_detector"
DETECTOR_VERSION = "0.6.0"
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
)

_CUE_LEMMAS = SPEECH_VERBS | FRAGMENT_ONLY_VERBS
_NOT_ATTRIBUTION_DEPS = frozenset({"amod", "pcomp", "compound"})
_REFUSALS = frozenset({"decline", "refuse", "fail"})
_HASHES = StringStore()
_CUE_LEMMA_IDS = frozenset(_HASHES.add(word) for word in _CUE_LEMMAS)
_CUE_FORM_IDS = frozenset(_HASHES.add(word) for word in CUE_FORMS)
_ODD_CUE_IDS = frozenset(_HASHES.add(word) for word in CUE_FORMS if word[-1] in "sd")
_CUE_NOUN_IDS = frozenset(_HASHES.add(word) for word in CUE_NOUNS)
_ACCORDING = _HASHES.add("according")
_CLOSING_MARKS = frozenset("”\"’'»›")
_MARK_CHARS = frozenset("“”\"‘’'«»„‟‹›")
_SEPARATORS = frozenset({",", ":", "—", "–", "-", ";"})
_SENT_END = frozenset({".", "!", "?"})
_TRIM_PUNCT = frozenset({".", ",", ";", ":", "!", "?", "…", "—", "–", "-", "(", ")", "[", "]"})
# Cues that attribute a neighbouring quotation ("“...,” he continued") but report nothing
# on their own ("prices continue to “soar”").
_ADJACENT_ONLY = frozenset({"continue"})
_CLIMB_DEPS = frozenset({"conj", "advcl", "xcomp", "pcomp", "prep"})
_NOMINAL = (NOUN, PROPN, PRON, NUM)
_NP_WORDS = frozenset({"NOUN", "PROPN", "ADJ", "DET", "NUM", "PART"})
_AFTER_NP_DEPS = frozenset({"nsubj", "appos", "dobj", "attr", "conj", "nsubjpass", "npadvmod"})
_FRAGMENT_DEPS = frozenset({"dobj", "oprd", "attr", "acomp", "xcomp"})
_TIME_ENTS = frozenset({"DATE", "TIME"})


def is_cue_token(tok: Token) -> bool:
    """A verb of saying by lemma, or by form when the lemmatizer stumbles ("lambasted")."""
    return tok.pos == VERB and (tok.lemma_ in _CUE_LEMMAS or tok.lower_ in CUE_FORMS)


def _withheld(cue: Token) -> bool:
    """Saying that did not happen: "declined to say when", "did not say whether"."""
    refused = cue.dep_ == "xcomp" and cue.head.lemma_ in _REFUSALS
    return refused or any(child.dep_ == "neg" for child in cue.children)


def register_extensions() -> None:
    """Declare the span attributes (idempotent: ``force=True``)."""
    for name in SPAN_EXTENSIONS:
        Span.set_extension(name, default=None, force=True)


register_extensions()


@dataclass(slots=True)
class _Candidate:
    start: int
    end: int
    kind: str
    confidence: float
    cue: tuple[int, int] | None = None
    cue_tok: int | None = None
    subject: Token | None = None
    subject_extent: tuple[int, int] | None = None
    mention: Mention | None = None


_SUBJECT_PRONOUNS = frozenset({"he", "she", "it", "they"})
_RELATIVES = frozenset({"which", "who", "that"})
_SURFACE_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z])")
_WORD_BEFORE = re.compile(r"(\S+)$")


def _abbreviation_before(text: str, stop: int) -> bool:
    """Whether the full stop at ``stop`` ends an abbreviation or initial (Mr., J., U.S.)."""
    found = _WORD_BEFORE.search(text, max(0, stop - 12), stop)
    word = found.group(1) if found else ""
    return "." in word or (word[:1].isupper() and len(word) <= 3)


_NAMED_NEXT = re.compile(
    r"\s*(?:That|Those|These|This|Such) (?:was|were|is|are) (?:the |his |her |their )?"
    r"(words?|verdict|view|message|assessment|warning|reaction|response|take|judge?ment"
    r"|conclusion|opinion|advice|plea) (?:of|from) "
)


class _DocState:
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
        self.starts = idx.tolist()
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

        def matching(mask: numpy.ndarray, *tests: tuple[numpy.ndarray, frozenset]) -> list[Token]:
            found = numpy.flatnonzero(mask).tolist()
            hits: set[int] = set()
            for column, ids in tests:
                hits.update(
                    i for i, v in zip(found, column[mask].tolist(), strict=True) if v in ids
                )
            return [doc[i] for i in sorted(hits)]

        is_noun = (pos == NOUN) | (pos == PROPN)
        self.according = tokens(lower == _ACCORDING)
        self.cues = matching(pos == VERB, (lemma, _CUE_LEMMA_IDS), (lower, _CUE_FORM_IDS))
        self.noun_cues = matching(is_noun, (lemma, _CUE_NOUN_IDS))  # "expressed concern that"
        # Cue forms mis-tagged as nouns ("the committee of experts underlines that").
        self.odd_cues = [
            tok
            for tok in matching(is_noun, (lower, _ODD_CUE_IDS))
            if tok.lemma not in _CUE_NOUN_IDS
        ]
        self.subjects = tokens(((dep == nsubj) | (dep == nsubjpass)) & (is_noun | (pos == PRON)))
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
        for start, end in body:
            ts, te = self.token_range(start, end)
            self.blocked[ts:te] = b"\x00" * (te - ts)
        bounds = [(sent.start, sent.end) for sent in doc.sents]
        self._sent_starts = [start for start, _ in bounds]
        self._sent_ends = [end for _, end in bounds]
        self.region_of = [-1] * n

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


class QuoteDetector:
    """Rule-based quote detection over a parsed Doc (see GUIDELINES.md)."""

    def __init__(self, name: str, skip_boilerplate: bool, min_confidence: float) -> None:
        self.name = name
        self.skip_boilerplate = skip_boilerplate
        self.min_confidence = min_confidence

    def __call__(self, doc: Doc) -> Doc:
        state = _DocState(doc, self.skip_boilerplate)
        finder = _Finder(state)
        candidates = finder.run()
        spans = []
        for cand in candidates:
            if cand.confidence < self.min_confidence:
                continue
            span = doc.char_span(cand.start, cand.end, label=cand.kind, alignment_mode="expand")
            if span is None:
                continue
            mention = cand.mention
            ext = span._
            ext.quote_kind = cand.kind
            ext.quote_start = cand.start
            ext.quote_end = cand.end
            ext.confidence = round(cand.confidence, 3)
            if mention is not None:
                ext.speaker = mention.name
                ext.speaker_kind = mention.kind
                ext.speaker_start = mention.start
                ext.speaker_end = mention.end
            if cand.cue is not None:
                ext.cue = state.text[cand.cue[0] : cand.cue[1]]
                ext.cue_start, ext.cue_end = cand.cue
            spans.append(span)
        doc.spans[SPAN_KEY] = spans
        return doc


class _Finder:
    """The detection rules for one document."""

    def __init__(self, state: _DocState) -> None:
        self.s = state
        self.doc = state.doc
        self.text = state.text
        self.regions: list[QuoteRegion] = []
        self.region_tokens: list[tuple[int, int]] = []
        self.attributed: set[int] = set()
        registry = PersonRegistry()
        organisations = []
        person_words = set()
        for ent in self.doc.ents:
            if not state.lo <= ent.start_char < state.hi or "\n" in ent.text:
                continue
            if ent.label_ == "PERSON":
                words = clean_person_words(list(ent))
                if words:
                    registry.add(words, None)
                    person_words.add(words[-1].lower())
            elif ent.label_ == "ORG":
                name = ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
                organisations.append((ent.start_char, name, frozenset(name.lower().split())))
        # Full names the tagger missed: "Ama Boateng scored" when "Boateng" is a PERSON.
        for tok in state.name_heads:
            if tok.lower_ in person_words:
                lo = tok.i
                while (
                    lo > 0 and self.doc[lo - 1].pos == PROPN and self.doc[lo - 1].dep_ == "compound"
                ):
                    lo -= 1
                words = clean_person_words(list(self.doc[lo : tok.i + 1]))
                if len(words) >= 2:
                    registry.add(words, None)
        self.resolver = SpeakerResolver(self.doc, registry)
        self.resolver.organisations = organisations

    # ----------------------------------------------------------------- regions
    def _collect_regions(self) -> None:
        s = self.s
        for region in find_quote_regions(self.text, s.lo, s.hi):
            if not region.closed:
                # A fragment whose closing mark is missing ends with its sentence.
                for stop in _SURFACE_SENTENCE_END.finditer(self.text, region.start, region.end):
                    if not _abbreviation_before(self.text, stop.start()):
                        region = replace(region, end=stop.start())
                        break
            ts, te = s.token_range(region.start, region.end)
            if te <= ts or s.blocked[ts]:
                continue
            if not region.closed and self._is_stray(ts, te):
                continue
            index = len(self.regions)
            self.regions.append(region)
            self.region_tokens.append((ts, te))
            for i in range(ts, te):
                s.region_of[i] = index

    def _is_stray(self, ts: int, te: int) -> bool:
        """An unclosed mark in front of an attribution (“He explained.) opens no quote."""
        words = [t for t in self.doc[ts:te] if t.is_alpha]
        return (
            len(words) <= 5
            and any(is_cue_token(t) for t in words)
            and any(t.pos in (PRON, PROPN) for t in words)
        )

    def _sentence_like(self, ts: int, te: int) -> bool:
        words = [t for t in self.doc[ts:te] if t.is_alpha]
        return (
            len(words) >= 3
            and words[0].text[0].isupper()
            and any(t.pos in (VERB, AUX) for t in words)
        )

    def _same_par(self, i: int, j: int) -> bool:
        s = self.s
        return s.par_lo[i] <= j < s.par_hi[i]

    # ------------------------------------------------------------ attribution
    def _cue_ok(self, tok: Token) -> bool:
        s = self.s
        return is_cue_token(tok) and not s.blocked[tok.i] and s.region_of[tok.i] < 0

    def _attribution_cue(self, tok: Token) -> bool:
        """A cue verb that can attribute a neighbouring quotation ("“information” reporting
        the export" is a participle modifying a noun, not an attribution)."""
        return (
            self._cue_ok(tok)
            and tok.dep_ not in _NOT_ATTRIBUTION_DEPS
            and not (tok.dep_ == "acl" and tok.tag_ == "VBG")
        )

    def _cue_after(self, te: int) -> tuple[Token, bool] | None:
        """A cue right after a quote: “...,” he said / “...,” said X / “...” X told."""
        s, doc = self.s, self.doc
        seen = 0
        skipped_mark = False
        for i in range(te, min(len(doc), te + 30)):
            tok = doc[i]
            if s.newline[i] or s.blocked[i] or s.region_of[i] >= 0 or seen >= 14:
                return None
            if tok.is_punct:
                if tok.text in _SENT_END:
                    return None
                skipped_mark = skipped_mark or tok.text in _MARK_CHARS
            elif self._attribution_cue(tok):
                return tok, skipped_mark
            elif tok.pos in (VERB, AUX):
                return None
            elif not tok.is_space:
                seen += 1
        return None

    def _cue_before(self, ts: int) -> tuple[Token, bool] | None:
        """A cue right before a quote: X said, “...” / told the council: “...”."""
        s, doc = self.s, self.doc
        seen = 0
        adjacent_sep = False
        for i in range(ts - 1, max(ts - 30, -1), -1):
            tok = doc[i]
            if s.newline[i] or s.blocked[i] or s.region_of[i] >= 0 or seen >= 10:
                return None
            if tok.is_punct:
                if tok.text in _SENT_END:
                    return None
                adjacent_sep = adjacent_sep or (seen == 0 and tok.text in _SEPARATORS)
            elif self._attribution_cue(tok):
                return tok, adjacent_sep
            elif tok.pos in (VERB, AUX):
                return None
            elif not tok.is_space:
                seen += 1
        return None

    def _usable(self, tok: Token, cue: Token) -> bool:
        s = self.s
        return self._same_par(cue.i, tok.i) and s.region_of[tok.i] < 0 and not s.blocked[tok.i]

    def _subject(self, cue: Token) -> Token | None:
        """The head of the phrase naming who speaks (own subject, a name just before the
        cue, a governing verb's subject, or an inverted subject after the cue)."""
        relative = cue.dep_ == "relcl" and self._usable(cue.head, cue)
        for child in cue.children:
            if child.dep == nsubj and self._usable(child, cue):
                # "the Trust, which said ...": the relative pronoun stands for the Trust.
                return cue.head if relative and child.lower_ in _RELATIVES else child
        if relative:
            return cue.head
        before = self._subject_before(cue, named_only=True)
        if before is not None:
            return before
        tok = cue
        for _ in range(4):
            head = tok.head
            if tok.dep_ not in _CLIMB_DEPS or head.i == tok.i or not self._same_par(cue.i, head.i):
                break
            tok = head
            for child in tok.children:
                if child.dep == nsubj and self._usable(child, cue):
                    return child
            if tok.dep_ == "relcl" and self._usable(tok.head, cue):
                return tok.head
            before = self._subject_before(tok, named_only=False)
            if before is not None:
                return before
        return self._subject_after(cue)

    def _subject_before(self, cue: Token, named_only: bool) -> Token | None:
        """A noun phrase right before the cue, when the parse gave the cue no subject
        (typically after a headline glued to the paragraph): "Griffiths said ..."."""
        s, doc = self.s, self.doc
        lo = s.par_lo[cue.i]
        i = cue.i - 1
        while i >= lo and (doc[i].is_punct or doc[i].is_space):
            i -= 1
        if i < lo or not self._usable(doc[i], cue):
            return None
        tok = doc[i]
        if tok.pos not in _NOMINAL:
            # A known surname the tagger mistook ("Connolly/ADV added that ...").
            known = tok.text[:1].isupper() and self.resolver.registry.knows([tok.text])
            return tok if known else None
        while True:
            head = tok.head
            if head.i == tok.i or not lo <= head.i < cue.i:
                break
            if head.pos in _NOMINAL:
                tok = head
            elif head.pos == ADP and lo <= head.head.i < cue.i and head.head.pos in _NOMINAL:
                tok = head.head
            else:
                break
        if named_only and not (tok.pos in (PROPN, PRON) or tok.ent_type_ == "PERSON"):
            return None
        if tok.dep_ == "dobj" and lo <= tok.head.i < cue.i:
            return None
        return tok

    def _subject_after(self, cue: Token) -> Token | None:
        """Inverted attribution: “...,” denounced in a joint statement the United States."""
        s, doc = self.s, self.doc
        for i in range(cue.i + 1, min(s.sent_end(cue.i), cue.i + 14)):
            tok = doc[i]
            if s.region_of[i] >= 0:
                return None
            if (
                tok.pos in (NOUN, PROPN, PRON)
                and tok.dep_ in _AFTER_NP_DEPS
                and tok.ent_type_ not in _TIME_ENTS
                and self._governed_by(tok, cue)
            ):
                return tok
        return None

    @staticmethod
    def _governed_by(tok: Token, cue: Token) -> bool:
        """``cue`` governs ``tok`` with no other verb in between."""
        head = tok.head
        for _ in range(6):
            if head.i == cue.i:
                return True
            if head.pos in (VERB, AUX) or head.i == head.head.i:
                return False
            head = head.head
        return False

    def _cue_span(self, cue: Token) -> tuple[int, int]:
        end = cue.idx + len(cue.text)
        for child in cue.children:
            if child.dep_ == "prt" and child.i == cue.i + 1:
                end = child.idx + len(child.text)
        return cue.idx, end

    # ---------------------------------------------------------------- direct
    def _direct(self, index: int) -> _Candidate | None:
        """A quotation with its cue right before or after it."""
        s = self.s
        region = self.regions[index]
        ts, te = self.region_tokens[index]
        after = self._cue_after(te) if region.closed and not self._ends_sentence(index) else None
        before = self._cue_before(ts)
        if before is not None and not (before[1] or self._sentence_like(ts, te)):
            before = None
        options = []
        if after is not None:
            options.append((after[0], True))
        if before is not None:
            options.insert(1 if after is not None and not after[1] else 0, (before[0], False))
        for cue, is_after in options:
            subject = self._subject(cue)
            if subject is None:
                continue
            start, end, kind = region.start, region.end, "direct"
            if is_after:
                # Reported words outside the marks: "This veto “is ...,” X commented",
                # "“...” with Pyongyang, on arms in particular, reacted X".
                tail = [t for t in self.doc[te : cue.i] if not (t.is_punct or t.is_space)]
                if tail and subject.i > cue.i:
                    end, kind = s.char_end(tail[-1].i), "mixed"
                lead = self._leading_subject(ts, te)
                if lead is not None:
                    start, kind = lead, "mixed"
            return _Candidate(
                start,
                end,
                kind,
                0.9,
                cue=self._cue_span(cue),
                cue_tok=cue.i,
                subject=subject,
            )
        return None

    def _continuation(self, index: int, previous: _Candidate) -> _Candidate | None:
        """The second half of a split quote: “A,” said X, a long apposition, “B.”

        Its attribution is the one between the two halves, however long, as long as the
        sentence does not end there.
        """
        region = self.regions[index]
        if previous.cue is None or previous.kind != "direct" or previous.end > region.start:
            return None
        gap = self.text[previous.end : region.start]
        if not previous.end <= previous.cue[0] < previous.cue[1] <= region.start:
            return None
        if "\n" in gap or any(mark in gap for mark in ".!?") or not gap.rstrip().endswith(","):
            return None
        return _Candidate(
            region.start,
            region.end,
            "direct",
            0.85,
            cue=previous.cue,
            cue_tok=previous.cue_tok,
            subject=previous.subject,
        )

    def _ends_sentence(self, index: int) -> bool:
        """“... over.” He said ...: a full stop inside the marks and a new sentence after."""
        region = self.regions[index]
        te = self.region_tokens[index][1]
        if self.text[region.end - 2 : region.end - 1] not in _SENT_END or te >= len(self.doc):
            return False
        nxt = self.doc[te]
        return self.s.sent_start(te) == te or (nxt.pos == PRON and nxt.text[:1].isupper())

    def _leading_subject(self, ts: int, te: int) -> int | None:
        """Start of a subject that sits before the opening mark but belongs to the quote."""
        s = self.s
        sent_start = s.sent_start(ts)
        for i in range(sent_start, ts):
            tok = self.doc[i]
            if tok.dep_ in {"nsubj", "nsubjpass"} and ts <= tok.head.i < te:
                return self.doc[max(tok.left_edge.i, sent_start)].idx
        return None

    # ------------------------------------------------------------- reported
    def _reported(self, cue: Token) -> tuple[int, int, bool] | None:
        """Token range of what a cue reports, and whether it needs a verbatim fragment."""
        s = self.s
        lo_p, hi_p = s.par_lo[cue.i], s.par_hi[cue.i]
        children = [c for c in cue.children if lo_p <= c.i < hi_p]
        lemma = cue.lemma_
        if lemma in _ADJACENT_ONLY or _withheld(cue):
            return None
        comps = [
            c
            for c in children
            if c.dep_ == "ccomp"
            or (c.dep_ == "advcl" and any(m.lower_ == "that" for m in c.children))
        ]
        fragment_only = lemma in FRAGMENT_ONLY_VERBS
        if not comps and lemma in OBJECT_VERBS and lemma != "tell":
            comps = [c for c in children if c.dep_ == "xcomp"]
        if not comps and lemma not in FRAGMENT_ONLY_VERBS:
            # "told analysts on a call that ...", the clause misparsed as the call's; or
            # "<clause>, police said." with the clause hung on a headline above.
            surface = self._surface_that(cue) or self._surface_before(cue)
            if surface is not None:
                return surface
        if not comps:
            comps = [
                c
                for c in children
                if c.dep_ in _FRAGMENT_DEPS or (c.dep_ == "prep" and c.lower_ == "as")
            ]
            fragment_only = True
        if not comps:
            return self._surface_that(cue)
        if lemma in XCOMP_VERBS and any(c.dep_ == "xcomp" for c in comps):
            fragment_only = True
        lo = max(min(c.left_edge.i for c in comps), lo_p)
        hi = min(max(c.right_edge.i for c in comps) + 1, hi_p)
        # ", adding that ...": a second reporting verb starts a quote of its own.
        for i in range(max(lo, cue.i + 1), hi):
            tok = self.doc[i]
            if tok.tag_ == "VBG" and self.doc[i - 1].text == "," and is_cue_token(tok):
                hi = i - 1
                break
        return lo, hi, fragment_only

    def _surface_that(self, cue: Token) -> tuple[int, int, bool] | None:
        """Fallback when the parse is broken: "<cue> that <clause>" up to the sentence end."""
        s, doc = self.s, self.doc
        end = s.sent_end(cue.i)
        # Skip an object or a prepositional phrase: "said in a press release that ...".
        for i in range(cue.i + 1, min(cue.i + 9, end - 1)):
            tok = doc[i]
            if tok.lower_ == "that":
                return i + 1, end, False
            if tok.pos_ not in _NP_WORDS and tok.pos != ADP:
                return None
        return None

    def _surface_before(self, cue: Token) -> tuple[int, int, bool] | None:
        """Fallback when the parse is broken: "<clause>, <subject> <cue> <adjuncts>." with
        the clause running from the start of the paragraph to the comma."""
        s, doc = self.s, self.doc
        subject = next((c for c in cue.children if c.dep == nsubj and c.i < cue.i), None)
        if subject is None or subject.left_edge.i < 1:
            return None
        comma = subject.left_edge.i - 1
        end = min(s.sent_end(cue.i), s.par_hi[cue.i])
        if doc[comma].text != "," or any(t.pos in (VERB, AUX) for t in doc[cue.i + 1 : end]):
            return None
        lo = comma
        while lo > s.par_lo[cue.i] and doc[lo - 1].text not in _SENT_END:
            lo -= 1
        while lo < comma and (doc[lo].is_space or doc[lo].is_punct):
            lo += 1
        if not self._sentence_like(lo, comma):
            return None
        return lo, comma, False

    def _noun_cue(self, noun: Token) -> tuple[Token, int, int] | None:
        """ "expressed great concern that ...": the verb, and the that-clause's range."""
        verb = noun.head
        if noun.dep_ != "dobj" or verb.lemma_ not in CUE_NOUN_VERBS:
            return None
        for child in noun.children:
            if child.dep_ in {"acl", "ccomp", "relcl"} and any(
                m.dep_ == "mark" and m.lower_ == "that" for m in child.children
            ):
                return verb, child.left_edge.i, child.right_edge.i + 1
        return None

    def _trim(self, lo: int, hi: int, cue_i: int) -> tuple[int, int] | None:
        """Drop a leading "that"/punctuation and trailing punctuation (not closing marks)."""
        doc, s = self.doc, self.s
        if hi > cue_i >= lo:
            lo = cue_i + 1
        while lo < hi and (
            doc[lo].is_punct or doc[lo].is_space or (doc[lo].lower_ == "that" and lo < hi - 1)
        ):
            if doc[lo].text in _MARK_CHARS and s.region_of[lo] >= 0:
                break
            lo += 1
        while hi > lo and (doc[hi - 1].text in _TRIM_PUNCT or doc[hi - 1].is_space):
            if doc[hi - 1].text in _CLOSING_MARKS and s.region_of[hi - 1] >= 0:
                break
            hi -= 1
        if sum(1 for t in doc[lo:hi] if t.is_alpha) < 2:
            return None
        return lo, hi

    def _extend_to_sentence_end(self, cue: Token, hi: int) -> int:
        """Carry a reported clause to the end of its sentence unless the cue owns the rest."""
        s, doc = self.s, self.doc
        i, end = hi, s.sent_end(cue.i)
        while i < end:
            tok = doc[i]
            owned = tok.head.i == cue.i and not tok.is_punct and tok.dep_ not in {"cc", "conj"}
            if owned or self._cue_ok(tok):
                break
            if s.region_of[i] >= 0 and s.region_of[i] in self.attributed:
                break
            i += 1
        return i

    def _reported_candidate(
        self,
        cue: Token,
        span: tuple[int, int],
        fragment_only: bool,
        cue_span: tuple[int, int],
        subject: Token | None,
    ) -> _Candidate | None:
        s = self.s
        trimmed = self._trim(*span, cue.i)
        if trimmed is None or subject is None or subject.dep_ == "expl":
            return None
        lo, hi = trimmed
        if s.blocked[lo] or s.blocked[hi - 1]:
            return None
        inside = sorted({s.region_of[i] for i in range(lo, hi) if s.region_of[i] >= 0})
        if any(r in self.attributed for r in inside) or (fragment_only and not inside):
            return None
        start, end = self.doc[lo].idx, s.char_end(hi - 1)
        for r in inside:  # a quotation running past the clause's edge belongs to it
            start = min(start, self.regions[r].start)
            end = max(end, self.regions[r].end)
        kind = "mixed" if inside else "indirect"
        if len(inside) == 1 and (start, end) == (
            self.regions[inside[0]].start,
            self.regions[inside[0]].end,
        ):
            kind = "direct"
        return _Candidate(
            start,
            end,
            kind,
            0.75 if inside else 0.7,
            cue=cue_span,
            cue_tok=cue.i,
            subject=subject,
        )

    def _np_before(self, cue: Token) -> tuple[Token, tuple[int, int]] | None:
        """The noun phrase right before a mis-tagged cue, read off the words alone."""
        s, doc = self.s, self.doc
        lo = s.par_lo[cue.i]
        i = cue.i
        while i > lo and (doc[i - 1].pos_ in _NP_WORDS or doc[i - 1].lower_ == "of"):
            i -= 1
        while i < cue.i and doc[i].lower_ == "of":
            i += 1
        if i == cue.i:
            return None
        nouns = [t for t in doc[i : cue.i] if t.pos in (NOUN, PROPN)]
        if not nouns:
            return None
        head = next((t for t in nouns if doc[t.i + 1].lower_ == "of"), nouns[-1])
        return head, (i, cue.i)

    def _according_to(self) -> list[_Candidate]:
        """ "..., according to X": X reports the clause the phrase modifies."""
        s, doc = self.s, self.doc
        found = []
        for tok in s.according:
            if s.blocked[tok.i] or s.region_of[tok.i] >= 0:
                continue
            to = next((c for c in tok.children if c.lower_ == "to"), None)
            source = next((c for c in to.children if c.dep_ == "pobj"), None) if to else None
            if source is None:
                continue
            clause = tok.head
            while clause.dep_ not in {"ccomp", "ROOT"} and clause.head.i != clause.i:
                clause = clause.head
            lo = max(clause.left_edge.i, s.sent_start(tok.i))
            hi = min(clause.right_edge.i + 1, s.sent_end(tok.i))
            phrase_lo, phrase_hi = tok.left_edge.i, tok.right_edge.i + 1
            # Brackets and commas around a parenthetical attribution go with it.
            while phrase_lo > lo and doc[phrase_lo - 1].is_punct:
                phrase_lo -= 1
            while phrase_hi < hi and doc[phrase_hi].is_punct:
                phrase_hi += 1
            if phrase_hi >= hi:
                hi = phrase_lo
            elif phrase_lo <= lo:
                lo = phrase_hi
            trimmed = self._trim(lo, hi, -1)
            if trimmed is None:
                continue
            lo, hi = trimmed
            found.append(
                _Candidate(
                    doc[lo].idx,
                    s.char_end(hi - 1),
                    "indirect",
                    0.65,
                    cue=(tok.idx, to.idx + len(to.text)),
                    cue_tok=tok.i,
                    subject=source,
                )
            )
        return found

    # ------------------------------------------------------------------ run
    def run(self) -> list[_Candidate]:
        s = self.s
        self._collect_regions()
        candidates: list[_Candidate] = []
        used_cues: set[int] = set()
        for index in range(len(self.regions)):
            cand = self._direct(index)
            if cand is None and candidates:
                cand = self._continuation(index, candidates[-1])
            if cand is not None:
                candidates.append(cand)
                self.attributed.add(index)
                used_cues.add(cand.cue_tok)  # type: ignore[arg-type]
        reported: list[_Candidate] = []
        for cue in s.cues:
            if cue.i in used_cues or s.blocked[cue.i] or s.region_of[cue.i] >= 0:
                continue
            found = self._reported(cue)
            if found is None:
                continue
            lo, hi, fragment_only = found
            if lo > cue.i:
                hi = self._extend_to_sentence_end(cue, hi)
            cand = self._reported_candidate(
                cue, (lo, hi), fragment_only, self._cue_span(cue), self._subject(cue)
            )
            if cand is not None:
                reported.append(cand)
        for tok in s.odd_cues:
            surface = self._surface_that(tok)
            before = self._np_before(tok)
            if surface is None or before is None or s.blocked[tok.i] or s.region_of[tok.i] >= 0:
                continue
            cand = self._reported_candidate(
                tok, surface[:2], False, (tok.idx, tok.idx + len(tok.text)), before[0]
            )
            if cand is not None:
                cand.subject_extent = before[1]
                reported.append(cand)
        for noun in s.noun_cues:
            found_noun = self._noun_cue(noun)
            if found_noun is None or s.blocked[noun.i] or found_noun[0].i in used_cues:
                continue
            verb, lo, hi = found_noun
            cue_span = (verb.idx, noun.idx + len(noun.text))
            cand = self._reported_candidate(verb, (lo, hi), False, cue_span, self._subject(verb))
            if cand is not None:
                reported.append(cand)
        reported.extend(self._according_to())
        candidates.extend(self._prune(reported, candidates))
        candidates.extend(self._unattributed())
        candidates.extend(self._pull_quotes())
        candidates.sort(key=lambda c: c.start)
        self._resolve_speakers(candidates)
        return candidates

    def _prune(self, reported: list[_Candidate], direct: list[_Candidate]) -> list[_Candidate]:
        """Drop reported clauses nested in another quote or overlapping a direct quote."""
        kept: list[_Candidate] = []
        taken = [(c.start, c.end) for c in direct]
        for cand in sorted(reported, key=lambda c: (-(c.end - c.start), c.start)):
            cue_char = self.doc[cand.cue_tok].idx if cand.cue_tok is not None else cand.start
            if any(a <= cue_char < b for a, b in taken):
                continue
            if any(cand.start < b and a < cand.end for a, b in taken):
                continue
            kept.append(cand)
            taken.append((cand.start, cand.end))
        for cand in kept:
            for index, region in enumerate(self.regions):
                if cand.start <= region.start and region.end <= cand.end:
                    self.attributed.add(index)
        return kept

    def _unattributed(self) -> list[_Candidate]:
        """Whole quoted sentences without a cue take their speaker from a neighbour quote."""
        found = []
        for index, region in enumerate(self.regions):
            if index in self.attributed:
                continue
            ts, te = self.region_tokens[index]
            if not self._sentence_like(ts, te) or not self._starts_sentence(ts):
                continue
            cand = _Candidate(region.start, region.end, "direct", 0.6)
            pull = self._attribution_line(region.end)
            if pull is not None:
                cand.mention, cand.confidence = pull, 0.7
            else:
                self._named_next(cand)
            found.append(cand)
            self.attributed.add(index)
        return found

    def _named_next(self, cand: _Candidate) -> None:
        """“...” That was the verdict of X: a speaker named in the next sentence."""
        s, doc = self.s, self.doc
        found = _NAMED_NEXT.match(self.text, cand.end, min(len(self.text), cand.end + 300))
        if found is None or self.text.count("\n\n", cand.end, found.start(1)) > 1:
            return
        noun = doc[s.token_at(found.start(1))]
        tok = doc[s.token_at(found.end())]
        while tok.dep_ != "pobj" and tok.head.i != tok.i and tok.head.i > noun.i:
            tok = tok.head
        if tok.dep_ == "pobj" and not s.blocked[tok.i]:
            cand.cue, cand.cue_tok = (noun.idx, noun.idx + len(noun.text)), noun.i
            cand.subject, cand.confidence = tok, 0.7

    def _starts_sentence(self, ts: int) -> bool:
        s = self.s
        i = s.sent_start(ts)
        while i < ts and (self.doc[i].is_punct or self.doc[i].is_space):
            i += 1
        return i == ts

    # ------------------------------------------------------------ pull quotes
    def _attribution_line(self, end: int) -> Mention | None:
        """A "Name, title" (or "— Name") line right below ``end``: the pull-quote convention."""
        s, doc = self.s, self.doc
        pos = next((k for k, line in enumerate(s.lines) if line[0] >= end), None)
        if pos is None or s.lines[pos][2] == "skip":
            return None
        start, stop, _ = s.lines[pos]
        line = self.text[start:stop].strip()
        if line[-1:] in _SENT_END or len(line.split()) > 14:
            return None
        if line[:1] not in "—–―-" and "," not in line:
            return None
        ts, te = s.token_range(start, stop)
        first = next((t for t in doc[ts:te] if t.is_alpha), None)
        if first is None or first.pos != PROPN:
            return None
        # The name: the PERSON entity, or (the tagger often says ORG here) the run of
        # capitalised proper nouns that opens the line and ends at a comma or the line end.
        last = first.i
        if first.ent_type_ == "PERSON":
            while last + 1 < te and doc[last + 1].ent_iob_ == "I":
                last += 1
        else:
            while last + 1 < te and doc[last + 1].pos == PROPN:
                last += 1
            after = doc[last + 1].text if last + 1 < te else ""
            if not 1 <= last - first.i <= 3 or (after not in {",", ""} and not after.isspace()):
                return None
        return self.resolver.person_from_entity(first.i, last + 1)

    def _pull_quotes(self) -> list[_Candidate]:
        """A paragraph with no marks followed by a "Name, title" line is a direct quote."""
        s, text = self.s, self.text
        found = []
        for start, stop, kind in s.lines:
            if kind != "body":
                continue
            raw = text[start:stop]
            line = raw.strip()
            if len(line.split()) < 6 or line[-1:] not in ".!?…":
                continue
            mention = self._attribution_line(stop)
            if mention is None:
                continue
            ts, te = s.token_range(start, stop)
            if any(s.region_of[i] >= 0 or self._cue_ok(self.doc[i]) for i in range(ts, te)):
                continue
            lead = start + len(raw) - len(raw.lstrip())
            found.append(_Candidate(lead, lead + len(line), "direct", 0.7, mention=mention))
        return found

    # --------------------------------------------------------------- speakers
    def _resolve_speakers(self, candidates: list[_Candidate]) -> None:
        """Walk the document in order: subjects outside quotes feed the history that
        pronouns and definite descriptions resolve against."""
        s, resolver = self.s, self.resolver
        content = [(c.start, c.end) for c in candidates]
        events: list[tuple[int, int, int | Token]] = []
        for index, cand in enumerate(candidates):
            if cand.subject is not None:
                pos = self.doc[cand.subject_extent[0]].idx if cand.subject_extent else None
                events.append((pos if pos is not None else cand.subject.idx, 1, index))
            elif cand.mention is not None:
                resolver.remember(cand.mention, speaker=True)
        starts = [a for a, _ in content]
        reported_in: set[int] = set()
        for tok in s.subjects:
            k = bisect_right(starts, tok.idx) - 1
            if s.blocked[tok.i] or (tok.pos == PRON and tok.lower_ not in _SUBJECT_PRONOUNS):
                continue
            if not may_name_a_source(tok):
                continue
            if k >= 0 and tok.idx < content[k][1]:
                # Inside a quote: only a reported clause's subject may be referred back to
                # ("Acme has recalled ..., the company said"), and only by a description.
                if candidates[k].kind == "direct" or tok.pos == PRON:
                    continue
                reported_in.add(tok.i)
            events.append((tok.idx, 0, tok))
        events.sort(key=lambda e: (e[0], e[1]))
        for pos, _, item in events:
            if isinstance(item, int):
                cand = candidates[item]
                cand.mention = resolver.mention(cand.subject, pos, cand.subject_extent)  # type: ignore[arg-type]
                if cand.mention is None:
                    cand.confidence -= 0.2
                else:
                    resolver.remember(cand.mention, speaker=True)
            else:
                mention = resolver.mention(item, pos)
                if mention is not None:
                    resolver.remember(mention, speaker=False, reported=item.i in reported_in)
        self._inherit(candidates)
        candidates[:] = [c for c in candidates if c.mention is not None or c.kind == "direct"]

    def _inherit(self, candidates: list[_Candidate]) -> None:
        """Cue-less quoted sentences: the speaker of the nearest quote in the same paragraph
        or the previous one (before first, then after in the same paragraph)."""
        for index, cand in enumerate(candidates):
            if cand.mention is not None or cand.subject is not None:
                continue
            prev = next((c for c in reversed(candidates[:index]) if c.mention is not None), None)
            nxt = next((c for c in candidates[index + 1 :] if c.mention is not None), None)
            if prev is not None and self._near(prev.end, cand.start, paragraphs=1):
                cand.mention = prev.mention
            elif nxt is not None and self._near(cand.end, nxt.start, paragraphs=0):
                cand.mention = nxt.mention
            else:
                cand.confidence -= 0.2

    def _near(self, a: int, b: int, paragraphs: int) -> bool:
        """At most ``paragraphs`` line breaks with text and under 300 characters between."""
        gap = self.text[a:b]
        return (
            len(gap) < 300
            and sum(1 for part in gap.split("\n")[1:] if part.strip()) <= (paragraphs)
            and (paragraphs > 0 or "\n" not in gap)
        )


@Language.factory(
    DETECTOR_NAME,
    default_config={"skip_boilerplate": True, "min_confidence": 0.0},
)
def make_quote_detector(
    nlp: Language, name: str, skip_boilerplate: bool, min_confidence: float
) -> QuoteDetector:
    return QuoteDetector(name, skip_boilerplate, min_confidence)

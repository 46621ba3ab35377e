"""Read-only questions about one parsed document that the sieves ask.

``Grammar`` answers from the dependency parse and the shared ``DocState``: is this token a
usable cue, which cue sits next to a quotation, what does a cue report, where does a
reported clause end. The speaker of a cue is chosen by the cue-anchored speaker sieves it
is given, in their configured order. It decides nothing itself: sieves do.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence

from spacy.symbols import ADP, AUX, NOUN, NUM, PRON, PROPN, VERB, nsubj, nsubjpass
from spacy.tokens import Token

from .lexicon import LEX
from .speakers import Mention, is_role_word
from .state import Attribution, Candidate, DocState, SubjectChoice, reports_in_this_sense

_NOT_ATTRIBUTION_DEPS = frozenset({"amod", "pcomp", "compound"})
_REFUSALS = frozenset({"decline", "refuse", "fail"})
CLOSING_MARKS = frozenset({*"”\"’'»›", "''"})
MARK_CHARS = frozenset({*"“”\"‘’'«»„‟‹›", "''", "``"})
_SEPARATORS = frozenset({",", ":", "—", "–", "-", ";"})
SENT_END = frozenset({".", "!", "?"})
_TRIM_PUNCT = frozenset({".", ",", ";", ":", "!", "?", "…", "—", "–", "-", "(", ")", "[", "]"})
# Cues that attribute a neighbouring quotation ("“...,” he continued") but report nothing
# on their own ("prices continue to “soar”").
_ADJACENT_ONLY = frozenset({"continue"})
_NOMINAL = (NOUN, PROPN, PRON, NUM)
NP_WORDS = frozenset({"NOUN", "PROPN", "ADJ", "DET", "NUM", "PART"})
_AFTER_NP_DEPS = frozenset({"nsubj", "appos", "dobj", "attr", "conj", "nsubjpass", "npadvmod"})
_FRAGMENT_DEPS = frozenset({"dobj", "oprd", "attr", "acomp", "xcomp"})
_TIME_ENTS = frozenset({"DATE", "TIME"})
# Quotation marks that are never an apostrophe in a name ("― Maren O’Brien, sculptor").
_QUOTING = re.compile(r"[“”\"«»„‟‹›‘]|``|''")
_FRAMING_PREPS = frozenset({"as", "of"})  # not "calling for a “sunset clause”"
_TITLE_SMALL_WORDS = frozenset({"a", "an", "the", "of", "and", "in", "on", "for", "to", "at"})


def _relative_aside(cue: Token) -> int | None:
    """The comma before "which" in "..., which, the minister said, would ...": where the
    clause around it stops being the outer source's."""
    subject = next((c for c in cue.children if c.dep == nsubj and c.i < cue.i), None)
    if subject is None or subject.left_edge.i < 3:
        return None
    doc = cue.doc
    comma = subject.left_edge.i - 1
    if doc[comma].text != "," or doc[comma - 1].lower_ not in {"which", "who"}:
        return None
    return comma - 1 if doc[comma - 2].text == "," else None


def participle_after_comma(tok: Token) -> bool:
    """ "..., saying ...", also when the comma sits inside the closing mark ("the
    opposition had “changed the face,” saying ...")."""
    if tok.tag_ != "VBG" or tok.i == 0:
        return False
    before = tok.doc[tok.i - 1]
    if before.text in CLOSING_MARKS and tok.i > 1:
        before = tok.doc[tok.i - 2]
    return before.text == ","


def is_cue_token(tok: Token) -> bool:
    """A verb of saying by lemma, or by form when the lemmatizer stumbles ("lambasted"); a
    verb of finding only with a document for its subject ("the study found")."""
    if tok.pos != VERB or not (tok.lemma_ in LEX.CUE_LEMMAS or tok.lower_ in LEX.CUE_FORMS):
        return False
    if not reports_in_this_sense(tok):
        return False
    return not finding_without_document(tok)


def finding_without_document(tok: Token) -> bool:
    """ "police found the car": a finding verb whose subject is not a study, memo, report."""
    if tok.lemma_ not in LEX.FINDING_ONLY and tok.lower_ not in LEX.FINDING_FORMS:
        return False
    subject = next((c for c in tok.children if c.dep == nsubj), None)
    if subject is None and tok.dep_ == "relcl":
        subject = tok.head
    return subject is None or subject.lemma_.lower() not in LEX.DOCUMENT_NOUNS


def _withheld(cue: Token) -> bool:
    """Saying that did not happen: "declined to say when", "did not say whether"; or a
    question nobody in the story asked ("Asked whether she would resign, she smiled": the
    reporter's question, put in a participle with no subject)."""
    refused = cue.dep_ == "xcomp" and cue.head.lemma_ in _REFUSALS
    return refused or unasked(cue) or any(child.dep_ == "neg" for child in cue.children)


def unasked(tok: Token) -> bool:
    """ "Asked whether ...", "Asked by reporters whether ...": a question in a participle
    with no subject, put by no one in the story."""
    # A fronted "Asked/VBD whether ..., she said" too, not "A juror asked/acl, ..., whether".
    fronted = tok.tag_ == "VBD" and tok.dep_ in {"advcl", "acl"} and tok.head.i > tok.i
    if tok.lemma_ != "ask" or not (tok.tag_ == "VBN" or fronted):
        return False
    for child in tok.children:
        if child.dep_ in {"nsubj", "nsubjpass"}:
            return False
        if child.dep_ == "agent" and not any(
            asker.lemma_ in _PRESS for asker in child.children if asker.dep_ == "pobj"
        ):
            return False  # "asked by Mr Osei whether ...": a source asks
    return True


_PRESS = frozenset({"reporter", "journalist", "interviewer", "press", "media"})


def in_unasked_question(tok: Token) -> bool:
    """Whether ``tok`` lies in the reporter's question ("Asked whether Marić touched him")."""
    return any(unasked(above) for above in tok.ancestors)


def _next_act_of_saying(verb: Token) -> bool:
    """A verb of saying with a say of its own ("urged X to ...", "called for ...") and no
    subject or auxiliary of its own: the source's next act, not more of the report ("...
    and had asked the company for" is back-shifted, still reported; "the veto highlighted
    A and underlined B" says nothing more)."""
    if verb.lemma_ not in LEX.CUE_LEMMAS:
        return False
    children = list(verb.children)
    if any(c.dep in (nsubj, nsubjpass) or c.dep_ == "aux" for c in children):
        return False
    return verb.lemma_ in LEX.XCOMP_VERBS or any(
        c.dep_ in {"ccomp", "xcomp"} or (c.dep_ == "prep" and c.lower_ in {"for", "on"})
        for c in children
    )


def _reporters_gloss(tok: Token) -> bool:
    """An indefinite noun phrase set off by a comma at the end of a reported clause, the
    reporter explaining it: ", a procedure that ...", ", a claim the company denies"."""
    edge = tok.left_edge
    return (
        tok.dep_ in {"npadvmod", "appos"}
        and tok.pos_ == "NOUN"
        and edge.lower_ in {"a", "an"}
        and edge.i > 0
        and tok.doc[edge.i - 1].text == ","
        and tok.i > tok.head.i
    )


class NameLookup:
    """What the grammar needs from the source registry: known names, named people."""

    def knows(self, words: list[str]) -> bool:
        raise NotImplementedError

    def person_from_entity(self, start: int, end: int) -> Mention | None:
        raise NotImplementedError


SubjectSieve = Callable[["Grammar", Token], SubjectChoice | None]


class Grammar:
    """Queries over one document's parse, its regions and what is attributed so far."""

    def __init__(
        self,
        state: DocState,
        attribution: Attribution,
        sources: NameLookup,
        subject_sieves: Sequence[SubjectSieve],
    ) -> None:
        self.s = state
        self.a = attribution
        self.doc = state.doc
        self.text = state.text
        self.region_of = attribution.region_of
        self.sources = sources
        self.subject_sieves = subject_sieves
        # Token indices of the candidate cue verbs, in order.
        self.cue_positions = [tok.i for tok in state.cues]

    def subject(self, cue: Token) -> SubjectChoice | None:
        """The phrase naming who speaks through ``cue``: the first speaker sieve that finds one."""
        for sieve in self.subject_sieves:
            found = sieve(self, cue)
            if found is not None:
                return found
        return None

    def is_stray(self, ts: int, te: int) -> bool:
        """An unclosed mark in front of an attribution (“He explained.) opens no quote."""
        words = [t for t in self.doc[ts:te] if t.is_alpha]
        return (
            len(words) <= 5
            and any(is_cue_token(t) for t in words)
            and any(t.pos in (PRON, PROPN) for t in words)
        )

    def is_title(self, index: int) -> bool:
        """Marks around a name, not words spoken: a title or nickname in title case with no
        punctuation of its own (the band “Blue Harbour”, Tony “The Hammer” Russo)."""
        region = self.a.regions[index]
        if not region.closed:
            return False
        # A comma inside the closing mark is the sentence's: colleagues call him "the
        # Bulldozer," and ...
        inner = self.text[region.start + 1 : region.end - 1].strip("'`")
        if len(inner.split()) > 1:  # (a lone “No,” is an answer, not a name)
            inner = inner.rstrip(",")
        words = inner.split()
        if not 1 <= len(words) <= 5 or any(ch in inner for ch in ".,;:!?…—"):
            return False
        return all(w[:1].isupper() or w in _TITLE_SMALL_WORDS for w in words) and (
            words[0][:1].isupper() or (words[0] == "the" and len(words) > 1)  # “the Pit”
        )

    def _words_in(self, index: int) -> int:
        region = self.a.regions[index]
        return len(self.text[region.start + 1 : region.end - 1].split())

    def sentence_like(self, ts: int, te: int) -> bool:
        span = self.doc[ts:te]
        words = [t for t in span if t.is_alpha]
        return (
            len(words) >= 3
            and words[0].text[0].isupper()
            and any(t.pos in (VERB, AUX) for t in span)  # "That’s on me": ’s is the verb
        )

    # ------------------------------------------------------------ attribution
    def cue_ok(self, tok: Token) -> bool:
        s = self.s
        return is_cue_token(tok) and not s.blocked[tok.i] and self.region_of[tok.i] < 0

    def attribution_cue(self, tok: Token) -> bool:
        """A cue verb that can attribute a neighbouring quotation ("“information” reporting
        the export" is a participle modifying a noun, not an attribution)."""
        return (
            self.cue_ok(tok)
            and tok.dep_ not in _NOT_ATTRIBUTION_DEPS
            and not (tok.dep_ == "acl" and tok.tag_ == "VBG")
        )

    def cue_after(self, te: int) -> tuple[Token, bool] | None:
        """A cue right after a quote: “...,” he said / “...,” said X / “...” X told."""
        s, doc = self.s, self.doc
        seen = 0
        skipped_mark = False
        for i in range(te, min(len(doc), te + 30)):
            tok = doc[i]
            if s.newline[i] or s.blocked[i] or self.region_of[i] >= 0 or seen >= 14:
                return None
            if tok.is_punct:
                if tok.text in SENT_END:
                    return None
                skipped_mark = skipped_mark or tok.text in MARK_CHARS
            elif tok.dep_ == "cc" or tok.tag_ in {"WP", "WDT"}:
                # "“...” but warned that ...": a verb of its own clause; "“obscured by
                # grime” for what he estimated was weeks": a cue inside a relative clause.
                return None
            elif self.attribution_cue(tok):
                if participle_after_comma(tok) and any(c.dep_ == "ccomp" for c in tok.children):
                    return None  # "had “changed the face,” saying X had ...": a new report
                return tok, skipped_mark
            elif tok.pos in (VERB, AUX):
                return None
            elif not tok.is_space:
                seen += 1
        return None

    def cue_before(self, ts: int) -> tuple[Token, bool] | None:
        """A cue right before a quote: X said, “...” / told the council: “...”."""
        s, doc = self.s, self.doc
        seen = 0
        adjacent_sep = False
        for i in range(ts - 1, max(ts - 30, -1), -1):
            tok = doc[i]
            if s.newline[i] or s.blocked[i] or self.region_of[i] >= 0 or seen >= 10:
                return None
            if tok.is_punct:
                if tok.text in SENT_END:
                    return None
                adjacent_sep = adjacent_sep or (seen == 0 and tok.text in _SEPARATORS)
            elif self.attribution_cue(tok):
                return tok, adjacent_sep
            elif tok.pos in (VERB, AUX):
                return None
            elif not tok.is_space:
                seen += 1
        return None

    def usable(self, tok: Token, cue: Token) -> bool:
        s = self.s
        return self.s.same_par(cue.i, tok.i) and self.region_of[tok.i] < 0 and not s.blocked[tok.i]

    def subject_before(self, cue: Token, named_only: bool) -> Token | None:
        """A noun phrase right before the cue, when the parse gave the cue no subject
        (typically after a headline glued to the paragraph): "Griffiths said ..."."""
        s, doc = self.s, self.doc
        lo = s.par_lo[cue.i]
        i = cue.i - 1
        while i >= lo and (doc[i].is_punct or doc[i].is_space):
            i -= 1
        if i < lo or not self.usable(doc[i], cue):
            return None
        tok = doc[i]
        if tok.pos not in _NOMINAL:
            # A known surname the tagger mistook ("Connolly/ADV added that ...").
            known = tok.text[:1].isupper() and self.sources.knows([tok.text])
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

    def subject_after(self, cue: Token) -> Token | None:
        """Inverted attribution: “...,” denounced in a joint statement the United States."""
        s, doc = self.s, self.doc
        for i in range(cue.i + 1, min(s.sent_end(cue.i), cue.i + 14)):
            tok = doc[i]
            if self.region_of[i] >= 0:
                return None
            if (
                tok.pos in (NOUN, PROPN, PRON)
                and tok.dep_ in _AFTER_NP_DEPS
                and tok.ent_type_ not in _TIME_ENTS
                and self.governed_by(tok, cue)
            ):
                return tok
        return None

    def person_right_after(self, cue: Token) -> Token | None:
        """The last token of a person's name that directly follows the cue, titles aside."""
        doc, s = self.doc, self.s
        i = cue.i + 1
        while i < len(doc) and s.same_par(cue.i, i) and is_role_word(doc[i].text):
            i += 1
        if i >= len(doc) or doc[i].ent_type_ != "PERSON" or self.region_of[i] >= 0:
            return None
        while i + 1 < len(doc) and doc[i + 1].ent_iob_ == "I":
            i += 1
        return doc[i]

    @staticmethod
    def governed_by(tok: Token, cue: Token) -> bool:
        """``cue`` governs ``tok`` with no other verb in between."""
        head = tok.head
        for _ in range(6):
            if head.i == cue.i:
                return True
            if head.pos in (VERB, AUX) or head.i == head.head.i:
                return False
            head = head.head
        return False

    def cue_span(self, cue: Token) -> tuple[int, int]:
        end = cue.idx + len(cue.text)
        for child in cue.children:
            if child.dep_ == "prt" and child.i == cue.i + 1:
                end = child.idx + len(child.text)
        return cue.idx, end

    def ends_sentence(self, index: int) -> bool:
        """“... over.” He said ...: a full stop inside the marks and a new sentence after."""
        region = self.a.regions[index]
        te = self.a.region_tokens[index][1]
        if self.text[region.end - 2 : region.end - 1] not in SENT_END or te >= len(self.doc):
            return False
        nxt = self.doc[te]
        return self.s.sent_start(te) == te or (nxt.pos == PRON and nxt.text[:1].isupper())

    def leading_subject(self, ts: int, te: int) -> int | None:
        """Start of a subject that sits before the opening mark but belongs to the quote."""
        s = self.s
        sent_start = s.sent_start(ts)
        for i in range(sent_start, ts):
            tok = self.doc[i]
            if tok.dep_ in {"nsubj", "nsubjpass"} and ts <= tok.head.i < te:
                return self.doc[max(tok.left_edge.i, sent_start)].idx
        return None

    # ------------------------------------------------------------- reported

    def reported(self, cue: Token) -> tuple[int, int, bool] | None:
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
        fragment_only = lemma in LEX.FRAGMENT_ONLY_VERBS
        if not comps and lemma in LEX.OBJECT_VERBS and lemma != "tell":
            comps = [c for c in children if c.dep_ == "xcomp"]
            # "reminded the jurors not to research the case": an infinitive reports only
            # with words in marks.
            fragment_only = fragment_only or bool(comps)
        if not comps and lemma not in LEX.FRAGMENT_ONLY_VERBS:
            # "told analysts on a call that ...", the clause misparsed as the call's; or
            # "<clause>, police said." with the clause hung on a headline above.
            surface = self.surface_that(cue) or self.surface_before(cue)
            if surface is not None:
                return surface
        if not comps:
            # "called the vote “…”", "described it as “…”", "accused X of “…”": the object
            # and the preposition that carries the verbatim words, whichever comes last.
            framing = _FRAMING_PREPS if lemma in LEX.FRAGMENT_ONLY_VERBS else {"as"}
            comps = [
                c
                for c in children
                if c.dep_ in _FRAGMENT_DEPS
                or (c.dep_ == "prep" and (c.lower_ in framing or self._frames_marks(c, lemma)))
            ]
            fragment_only = True
        if not comps:
            return self.surface_that(cue)
        if lemma in LEX.XCOMP_VERBS and any(c.dep_ == "xcomp" for c in comps):
            fragment_only = True
        lo = max(min(c.left_edge.i for c in comps), lo_p)
        hi = min(max(c.right_edge.i for c in comps) + 1, hi_p)
        lo = self._first_of_joined_clauses(cue, lo)
        # "said the figures were “a disgrace” and called for a review": a verb of saying
        # joined to the clause without a subject is the source's next act, parsed inside.
        for comp in comps:
            for act in comp.children:
                if act.dep_ == "conj" and _next_act_of_saying(act):
                    cc = [t.i for t in comp.children if t.dep_ == "cc" and t.i < act.i]
                    hi = min(hi, max(cc) if cc else act.left_edge.i)
                elif _reporters_gloss(act):
                    # "... would call in the decision, a procedure that forces ...": the
                    # reporter's explanation, after a comma, is no part of what was said.
                    hi = min(hi, act.left_edge.i - 1)
        return lo, self.next_source_cut(cue, lo, hi), fragment_only

    def _frames_marks(self, prep: Token, lemma: str) -> bool:
        """ "described that case at the time as “…”": a framing verb's preposition whose
        phrase holds "as/of “…”" further down."""
        return lemma in LEX.FRAGMENT_ONLY_VERBS and any(
            t.dep_ == "prep"
            and t.lower_ in _FRAMING_PREPS
            and any(self.region_of[w.i] >= 0 for w in t.subtree)
            for t in prep.subtree
        )

    def _first_of_joined_clauses(self, cue: Token, lo: int) -> int:
        """ "told a meeting of the committee that A and that B", with "that A" parsed as a
        relative clause of the committee: the report starts at the first "that"."""
        doc = self.doc
        if doc[lo].lower_ != "that" or lo < 1 or doc[lo - 1].dep_ != "cc":
            return lo
        for i in range(cue.i + 1, lo - 1):
            tok = doc[i]
            if tok.lower_ == "that" and tok.dep_ == "mark" and tok.head.dep_ in {"relcl", "acl"}:
                return i
        return lo

    def next_source_cut(self, cue: Token, lo: int, hi: int) -> int:
        """Where a reported clause stops because another source's report begins: ", adding
        that ...", or a coordinated cue with a subject of its own ("... and Tom Webb, the
        treasurer, said ..."), which starts a quote of its own."""
        doc, cues = self.doc, self.cue_positions
        first, stop = max(lo, cue.i + 1), max(hi, self.s.sent_end(cue.i))
        for i in cues[bisect_left(cues, first) : bisect_left(cues, stop)]:
            tok = doc[i]
            if not is_cue_token(tok):
                continue
            if participle_after_comma(tok) and i < hi:
                return i - 1
            aside = _relative_aside(tok) if cue.lemma_ in LEX.XCOMP_VERBS else None
            if aside is not None and max(lo, cue.i) < aside < hi:
                # "urged the government to bring forward a scheme, which, she said, could not
                # arrive “a day too soon.”": the aside is a report; the urging is not.
                return aside
            if tok.dep_ == "conj" or (tok.dep_ == "ccomp" and tok.head.i == cue.i):
                subject = next((c for c in tok.lefts if c.dep == nsubj), None)
                if subject is None or subject.left_edge.i <= max(lo, cue.i):
                    continue
                cut = subject.left_edge.i
                # "said that A, but that B" goes on reporting the same source.
                if doc[cut - 1].dep_ != "cc" or doc[cut].lower_ == "that":
                    continue
                while cut > lo and (doc[cut - 1].is_punct or doc[cut - 1].dep_ == "cc"):
                    cut -= 1
                return min(cut, hi)
        return hi

    def surface_that(self, cue: Token) -> tuple[int, int, bool] | None:
        """Fallback when the parse is broken: "<cue> that <clause>" up to the sentence end."""
        s, doc = self.s, self.doc
        end = s.sent_end(cue.i)
        # Skip an object or a prepositional phrase: "said in a press release that ...".
        for i in range(cue.i + 1, min(cue.i + 9, end - 1)):
            tok = doc[i]
            if tok.lower_ == "that":
                return i + 1, end, False
            # Noun phrases and prepositions, pronouns ("put it to him that") and participles
            # ("said in written evidence that", "in a statement issued at Barnscar that").
            participle = tok.dep_ == "amod" or (tok.tag_ == "VBN" and tok.dep_ == "acl")
            if tok.pos_ not in NP_WORDS and tok.pos not in (ADP, PRON) and not participle:
                return None
        return None

    def surface_before(self, cue: Token) -> tuple[int, int, bool] | None:
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
        while lo > s.par_lo[cue.i] and doc[lo - 1].text not in SENT_END and not s.blocked[lo - 1]:
            lo -= 1
        while lo < comma and (doc[lo].is_space or doc[lo].is_punct):
            lo += 1
        if not self.sentence_like(lo, comma):
            return None
        return lo, comma, False

    def noun_cue(self, noun: Token) -> tuple[Token, int, int] | None:
        """ "expressed great concern that ...": the verb, and the that-clause's range."""
        verb = noun.head
        if noun.dep_ != "dobj" or verb.lemma_ not in LEX.CUE_NOUN_VERBS:
            return None
        for child in noun.children:
            if child.dep_ in {"acl", "ccomp", "relcl"} and any(
                m.dep_ == "mark" and m.lower_ == "that" for m in child.children
            ):
                return verb, child.left_edge.i, child.right_edge.i + 1
        return None

    def trim(self, lo: int, hi: int, cue_i: int) -> tuple[int, int] | None:
        """Drop a leading "that"/punctuation and trailing punctuation (not closing marks) or
        conjunction."""
        doc = self.doc
        if hi > cue_i >= lo:
            lo = cue_i + 1
        while lo < hi and (
            doc[lo].is_punct
            or doc[lo].is_space
            or (doc[lo].lower_ == "that" and doc[lo].dep_ != "det" and lo < hi - 1)
        ):
            if doc[lo].text in MARK_CHARS and self.region_of[lo] >= 0:
                break
            lo += 1
        while hi > lo and (
            doc[hi - 1].text in _TRIM_PUNCT or doc[hi - 1].is_space or doc[hi - 1].dep_ == "cc"
        ):
            if doc[hi - 1].text in CLOSING_MARKS and self.region_of[hi - 1] >= 0:
                break
            hi -= 1  # trailing punctuation, or the "and" before the source's next act
        if sum(1 for t in doc[lo:hi] if t.is_alpha) < 2:
            return None
        return lo, hi

    def extend_to_sentence_end(self, cue: Token, hi: int) -> int:
        """Carry a reported clause to the end of its sentence unless the cue owns the rest."""
        s, doc = self.s, self.doc
        i, end = hi, s.sent_end(cue.i)
        # "X declared that A, and by midnight B were floating": a clause joined to the cue
        # with a subject of its own is the reporter's again.
        # ("..., but that B" goes on reporting.)
        narrator = any(
            c.dep_ == "conj"
            and any(g.dep in (nsubj, nsubjpass) for g in c.children)
            and c.left_edge.lower_ != "that"
            for c in cue.children
        )
        while i < end:
            tok = doc[i]
            if tok.text == "," and i + 1 < end and _reporters_gloss(doc[i + 1].head):
                break  # ", a story the company tells": the reporter's again
            owned = tok.head.i == cue.i and not tok.is_punct and tok.dep_ not in {"cc", "conj"}
            if owned or self.cue_ok(tok) or (narrator and tok.head.i == cue.i and tok.dep_ == "cc"):
                break
            if self.region_of[i] >= 0 and self.region_of[i] in self.a.attributed:
                break
            i += 1
        return i

    def np_before(self, cue: Token) -> tuple[Token, tuple[int, int]] | None:
        """The noun phrase right before a mis-tagged cue, read off the words alone."""
        s, doc = self.s, self.doc
        lo = s.par_lo[cue.i]
        i = cue.i
        while i > lo and (doc[i - 1].pos_ in NP_WORDS or doc[i - 1].lower_ == "of"):
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

    def starts_sentence(self, ts: int) -> bool:
        """Whether the region starting at token ``ts`` opens a sentence (the parser often
        hangs an opening '' on the sentence before, as if it closed it)."""
        s = self.s
        i = s.sent_start(ts)
        while i < ts and (self.doc[i].is_punct or self.doc[i].is_space):
            i += 1
        if i == ts:
            return True
        nxt = ts + 1
        return (
            self.doc[ts].text in MARK_CHARS
            and nxt < len(self.doc)
            and s.sent_start(nxt) == nxt
            and self.doc[ts - 1].text in SENT_END | MARK_CHARS
        )

    # ------------------------------------------------------------ pull quotes
    def attribution_line(self, end: int) -> Mention | None:
        """A "Name, title" (or "— Name") line right below ``end``: the pull-quote convention."""
        s, doc = self.s, self.doc
        pos = next((k for k, line in enumerate(s.lines) if line[0] >= end), None)
        if pos is None or s.lines[pos][2] == "skip":
            return None
        start, stop, _ = s.lines[pos]
        line = self.text[start:stop].strip()
        if line[-1:] in SENT_END or len(line.split()) > 14 or _QUOTING.search(line):
            return None  # (a short paragraph of quotes ends in a mark, not a name)
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
        return self.sources.person_from_entity(first.i, last + 1)

    def near(self, a: int, b: int, paragraphs: int) -> bool:
        """At most ``paragraphs`` line breaks with text and under 300 characters between."""
        gap = self.text[a:b]
        return (
            len(gap) < 300
            and sum(1 for part in gap.split("\n")[1:] if part.strip()) <= (paragraphs)
            and (paragraphs > 0 or "\n" not in gap)
        )

    def reported_candidate(
        self,
        cue: Token,
        span: tuple[int, int],
        fragment_only: bool,
        cue_span: tuple[int, int],
        subject: SubjectChoice | None,
        found_by: str,
    ) -> Candidate | None:
        """The quote a cue's reported clause ``span`` makes, if it is one."""
        s = self.s
        trimmed = self.trim(*span, cue.i)
        if trimmed is None or subject is None or subject.token.dep_ == "expl":
            return None
        lo, hi = trimmed
        if s.blocked[lo] or s.blocked[hi - 1]:
            return None
        inside = sorted({self.region_of[i] for i in range(lo, hi) if self.region_of[i] >= 0})
        if any(r in self.a.attributed for r in inside) or (fragment_only and not inside):
            return None
        if fragment_only and all(self.is_title(r) and self._words_in(r) > 1 for r in inside):
            return None  # a name in marks: residents call the site “the Pit”
        start, end = self.doc[lo].idx, s.char_end(hi - 1)
        for r in inside:  # a quotation running past the clause's edge belongs to it
            start = min(start, self.a.regions[r].start)
            end = max(end, self.a.regions[r].end)
        kind = "mixed" if inside else "indirect"
        if len(inside) == 1 and (start, end) == (
            self.a.regions[inside[0]].start,
            self.a.regions[inside[0]].end,
        ):
            kind = "direct"
        return Candidate(start, end, kind, found_by, cue=cue_span, cue_tok=cue.i, subject=subject)

"""The attribution sieves: small named units, one rule family each, run in config order.

A sieve works on the shared, typed state of one document (``Context``): finder sieves
add quotes to ``Attribution``; speaker sieves choose the phrase naming a cue's speaker
(cue-anchored ones, asked by ``Grammar.subject`` in order), or name the speaker of a
quote that has no cue (before or after the source registry resolves the others). Every
quote records the sieve that found it (``found_by``) and the one that named its speaker
(``speaker_by``), with a human-readable ``speaker_reason``.

Stages, in the order the component runs them:

``region``    once per quotation-mark region, the first sieve that claims it wins;
``clause``    reported clauses of cues, pruned afterwards against the region quotes;
``quote``     quotes found without a cue;
``subject``   cue-anchored speaker sieves (asked during the stages above);
``cueless``   speakers for cue-less quotes, before resolution;
``fallback``  speakers for quotes still without one, after resolution.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from spacy.symbols import nsubj, nsubjpass
from spacy.tokens import Token

from .grammar import Grammar, finding_without_document, is_cue_token, participle_after_comma
from .lexicon import LEX
from .marks import find_quote_regions
from .registry import SourceRegistry
from .speakers import SUBJECT_PRONOUNS, may_name_a_source, owner_of_words, subjects_of
from .state import Attribution, Candidate, DocState, SubjectChoice

STAGES = ("region", "clause", "quote", "subject", "cueless", "fallback")

_RELATIVES = frozenset({"which", "who", "that"})
_CLIMB_DEPS = frozenset({"conj", "advcl", "xcomp", "pcomp", "prep"})
_SURFACE_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z])")
_WORD_BEFORE = re.compile(r"(\S+)$")
_NAMED_NEXT = re.compile(
    r"\s*(?:That|Those|These|This|Such) (?:was|were|is|are) (?:the |his |her |their )?"
    r"(words?|verdict|view|message|assessment|warning|reaction|response|take|judge?ment"
    r"|conclusion|opinion|advice|plea) (?:of|from) "
)


@dataclass
class Context:
    """Everything a sieve may read or write for one document."""

    state: DocState
    attribution: Attribution
    grammar: Grammar
    sources: SourceRegistry


@dataclass(frozen=True)
class Sieve:
    """A named rule family at one stage; ``run`` is called with the document's context."""

    name: str
    stage: str
    run: Callable[..., Any]
    description: str


# ------------------------------------------------------------- speaker: cue-anchored
def own_subject(g: Grammar, cue: Token) -> SubjectChoice | None:
    """The cue's own grammatical subject: "Lind said", "the ministry warned"."""
    relative = cue.dep_ == "relcl" and g.usable(cue.head, cue)
    for child in subjects_of(cue):
        if child.i > cue.i and cue.lemma_ in LEX.OBJECT_VERBS:
            continue  # "told an inquest that ...", misparsed: the addressee, never the source
        if g.usable(child, cue):
            if relative and child.lower_ in _RELATIVES:
                return None  # the relative pronoun: its antecedent speaks (next sieve)
            return SubjectChoice(child, "own_subject", f"subject of ‘{cue.text}’")
    return None


def relative_clause(g: Grammar, cue: Token) -> SubjectChoice | None:
    """The antecedent of a relative clause, "the Trust, which said ...", or the noun a
    participle after a comma describes: "its director announced ..., accusing ..."; for a
    statement "calling ...", whoever issued it."""
    noun = cue.head
    if cue.dep_ == "acl" and noun.lemma_ in LEX.CUE_NOUNS | LEX.DOCUMENT_NOUNS:
        issuer = next((c for c in noun.head.children if c.dep == nsubj), None)
        if noun.dep_ == "dobj" and issuer is not None and g.usable(issuer, cue):
            reason = f"subject of ‘{noun.head.text}’ (‘{noun.text} {cue.text}’)"
            return SubjectChoice(issuer, "relative_clause", reason)
    if not g.usable(cue.head, cue) or cue.head.pos_ not in {"NOUN", "PROPN"}:
        return None
    if cue.dep_ == "relcl":
        return SubjectChoice(cue.head, "relative_clause", f"‘{cue.head.text}, which {cue.text}’")
    if cue.dep_ == "acl" and participle_after_comma(cue):
        return SubjectChoice(cue.head, "relative_clause", f"‘{cue.head.text}, {cue.text}’")
    if cue.dep_ == "acl" and cue.head.dep_ == "ROOT":
        # "Cardew, 41, posted that ...": a sentence parsed as a noun with the verb hung on
        # it has no main verb; the noun is the verb's subject.
        return SubjectChoice(cue.head, "relative_clause", f"subject of ‘{cue.text}’")
    return None


def name_before_cue(g: Grammar, cue: Token) -> SubjectChoice | None:
    """A name right before a cue the parse left without a subject ("Griffiths said"); not
    before ", adding"/", saying", where the word before the comma ends another clause."""
    if participle_after_comma(cue):
        return None
    before = g.subject_before(cue, named_only=True)
    if before is None:
        return None
    return SubjectChoice(before, "name_before_cue", f"name before ‘{cue.text}’")


def governing_subject(g: Grammar, cue: Token) -> SubjectChoice | None:
    """The subject of a verb the cue hangs from ("declined to comment but added ...")."""
    tok = cue
    participle = participle_after_comma(cue)
    for _ in range(4):
        head = tok.head
        if tok.dep_ not in _CLIMB_DEPS or head.i == tok.i or not g.s.same_par(cue.i, head.i):
            return None
        if cue.dep_ == "conj" and head.dep_ == "ccomp" and g.s.same_par(cue.i, head.head.i):
            # "said the statement interferes ... and urged ...": the joined verb was parsed
            # into the reported clause; it is the reporting subject's next act.
            head = head.head
        elif participle and head.dep_ == "ccomp" and is_cue_token(head.head):
            # "She said nine percent would not do, adding that ...": the participle hangs
            # on the reported clause; whoever said it goes on.
            head = head.head
        tok = head
        reason = f"subject of ‘{tok.text}’, which governs ‘{cue.text}’"
        for child in subjects_of(tok):
            if g.usable(child, cue):
                return SubjectChoice(child, "governing_subject", reason)
        if tok.dep_ == "relcl" and g.usable(tok.head, cue):
            return SubjectChoice(tok.head, "governing_subject", reason)
        before = g.subject_before(tok, named_only=False)
        if before is not None:
            return SubjectChoice(before, "governing_subject", reason)
    return None


def line_opener(g: Grammar, cue: Token) -> SubjectChoice | None:
    """The noun phrase opening the cue's line when the parse hung the line on a byline or
    headline above it ("By Rachel Dunmore\n\nA mother whose daughter ... told an inquest
    that ..."): the cue has no subject of its own."""
    if any(c.dep in (nsubj, nsubjpass) for c in cue.children):
        return None
    for opener in g.s.line_openers:
        if opener.i < cue.i and g.s.same_par(opener.i, cue.i) and g.usable(opener, cue):
            return SubjectChoice(opener, "line_opener", f"subject of the line ‘{cue.text}’ is in")
    return None


def inverted_subject(g: Grammar, cue: Token) -> SubjectChoice | None:
    """An inverted subject after the cue: "“...,” said the minister", or a person's name
    right after it whatever the parse made of it ("said Mr. Walter Brigham, ''and ...''")."""
    if cue.lemma_ in LEX.OBJECT_VERBS:
        return None  # "told an inquest": whom it was told
    after = g.subject_after(cue) or g.person_right_after(cue)
    if after is None:
        return None
    return SubjectChoice(after, "inverted_subject", f"named after ‘{cue.text}’")


# ------------------------------------------------------------------ finders: regions
def collect_regions(ctx: Context) -> None:
    """Quotation-mark regions of the body text (not a sieve: every finder reads them)."""
    s, a, text = ctx.state, ctx.attribution, ctx.state.text
    a.region_of[:] = [-1] * len(s.doc)
    for region in find_quote_regions(text, s.lo, s.hi):
        if not region.closed:
            # A fragment whose closing mark is missing ends with its sentence.
            for stop in _SURFACE_SENTENCE_END.finditer(text, region.start, region.end):
                if not _abbreviation_before(text, stop.start()):
                    region = replace(region, end=stop.start())
                    break
        ts, te = s.token_range(region.start, region.end)
        if te <= ts or s.blocked[ts]:
            continue
        if not region.closed and ctx.grammar.is_stray(ts, te):
            continue
        index = len(a.regions)
        a.regions.append(region)
        a.region_tokens.append((ts, te))
        for i in range(ts, te):
            a.region_of[i] = index


def _abbreviation_before(text: str, stop: int) -> bool:
    """Whether the full stop at ``stop`` ends an abbreviation or initial (Mr., J., U.S.)."""
    found = _WORD_BEFORE.search(text, max(0, stop - 12), stop)
    word = found.group(1) if found else ""
    return "." in word or (word[:1].isupper() and len(word) <= 3)


def adjacent_cue(ctx: Context, index: int) -> Candidate | None:
    """A quotation with its cue right before or after it: “...,” she said / X said: “...”."""
    g, s = ctx.grammar, ctx.state
    if g.is_title(index):
        return None
    region = ctx.attribution.regions[index]
    ts, te = ctx.attribution.region_tokens[index]
    # “…?” Adewale says. — a short sentence of attribution after a full quoted sentence.
    attribution_next = g.ends_sentence(index) and ctx.state.sent_end(te) - te <= 6
    after = None
    if region.closed and (attribution_next or not g.ends_sentence(index)):
        after = g.cue_after(te)
    words = [t for t in s.doc[ts:te] if t.is_alpha]
    # "The Commission, which rated it “good”, said ...": a word or two in marks inside a
    # relative clause is the reporter's aside, not the cue's quotation.
    if (
        after is not None
        and 1 <= len(words) <= 3
        and any(a.dep_ in {"relcl", "acl"} and a.i < after[0].i for a in words[0].ancestors)
    ):
        after = None
    before = g.cue_before(ts)
    if before is not None and not (before[1] or g.sentence_like(ts, te)):
        before = None
    options = []
    if after is not None:
        options.append((after[0], True))
    if before is not None:
        options.insert(1 if after is not None and not after[1] else 0, (before[0], False))
    for cue, is_after in options:
        subject = g.subject(cue)
        if subject is None:
            continue
        start, end, kind = region.start, region.end, "direct"
        if is_after:
            # Reported words outside the marks: "This veto “is ...,” X commented",
            # "“...” with Pyongyang, on arms in particular, reacted X".
            tail = [t for t in s.doc[te : cue.i] if not (t.is_punct or t.is_space)]
            if tail and subject.token.i > cue.i:
                end, kind = s.char_end(tail[-1].i), "mixed"
            lead = g.leading_subject(ts, te)
            if lead is not None:
                start, kind = lead, "mixed"
        return Candidate(
            start,
            end,
            kind,
            "adjacent_cue",
            cue=g.cue_span(cue),
            cue_tok=cue.i,
            subject=subject,
        )
    return None


def split_quote(ctx: Context, index: int) -> Candidate | None:
    """The second half of a split quote: “A,” said X, a long apposition, “B.”

    Its attribution is the one between the two halves, however long, as long as the
    sentence does not end there.
    """
    if not ctx.attribution.adjacent:
        return None
    previous = ctx.attribution.adjacent[-1]
    region = ctx.attribution.regions[index]
    if previous.cue is None or previous.kind != "direct" or previous.end > region.start:
        return None
    gap = ctx.state.text[previous.end : region.start]
    if not previous.end <= previous.cue[0] < previous.cue[1] <= region.start:
        return None
    if "\n" in gap or any(mark in gap for mark in ".!?") or not gap.rstrip().endswith(","):
        return None
    return Candidate(
        region.start,
        region.end,
        "direct",
        "split_quote",
        cue=previous.cue,
        cue_tok=previous.cue_tok,
        subject=previous.subject,
    )


def colon_intro(ctx: Context, index: int) -> Candidate | None:
    """A quotation after a colon that ends a clause about a source, with no verb of saying:
    "Chief executive Lena Park was blunt: “...”", "The ministry had one answer: “...”"."""
    g, s = ctx.grammar, ctx.state
    if g.is_title(index):
        return None
    ts, te = ctx.attribution.region_tokens[index]
    colon = ts - 1
    while colon > 0 and s.doc[colon].is_space:
        colon -= 1
    if colon <= 0 or s.doc[colon].text != ":" or not s.same_par(colon, ts):
        return None
    region = ctx.attribution.regions[index]
    # A whole sentence in the marks (a headline's "Baek: “We will not look away”" is not).
    inner = s.text[region.start : region.end].rstrip("”\"’'»› ")
    if not g.sentence_like(ts, te) or inner[-1:] not in {".", "!", "?", "…"}:
        return None
    lo = s.sent_start(colon)
    tops = [t for t in s.doc[lo:colon] if not lo <= t.head.i < colon or t.head.i == t.i]
    root = next((t for t in tops if t.pos_ in {"VERB", "AUX"}), None)
    if root is None:
        return None
    subject = next((c for c in root.children if c.dep == nsubj and lo <= c.i < colon), None)
    if subject is not None:
        subject = owner_of_words(subject) or subject  # "Her verdict was blunt: ..."
    if subject is None or not g.usable(subject, root) or not may_name_a_source(subject):
        return None
    if subject.pos_ == "PRON" and subject.lower_ not in _THIRD_PERSON:
        return None
    reason = f"subject of ‘{root.text}’ before the colon"
    return Candidate(
        region.start,
        region.end,
        "direct",
        "colon_intro",
        subject=SubjectChoice(subject, "colon_intro", reason),
    )


# ------------------------------------------------------------------ finders: clauses
def reported_clause(ctx: Context) -> None:
    """The clausal complement of a verb of saying: "said (that) ...", "told X ..."."""
    g, s, a = ctx.grammar, ctx.state, ctx.attribution
    for cue in s.cues:
        if cue.i in a.used_cues or s.blocked[cue.i] or a.region_of[cue.i] >= 0:
            continue
        if finding_without_document(cue):
            continue
        found = g.reported(cue)
        if found is None:
            continue
        lo, hi, fragment_only = found
        if lo > cue.i:
            hi = g.next_source_cut(cue, lo, g.extend_to_sentence_end(cue, hi))
        cand = g.reported_candidate(
            cue, (lo, hi), fragment_only, g.cue_span(cue), g.subject(cue), "reported_clause"
        )
        if cand is not None:
            a.reported.append(cand)


def parenthetical_cue(ctx: Context) -> None:
    """A cue set off by commas inside the clause it reports: "a formula which, the
    minister said, would allow the stock to recover": what follows the cue's closing
    comma, to the end of the sentence."""
    g, s, a = ctx.grammar, ctx.state, ctx.attribution
    doc = s.doc
    taken = [(c.start, c.end) for c in a.reported]
    for cue in s.cues:
        if cue.i in a.used_cues or s.blocked[cue.i] or a.region_of[cue.i] >= 0:
            continue
        if any(c.dep_ in {"ccomp", "xcomp", "dobj"} for c in cue.children):
            continue
        subject = next((c for c in cue.children if c.dep == nsubj and c.i < cue.i), None)
        if subject is None or subject.left_edge.i < 1 or doc[subject.left_edge.i - 1].text != ",":
            continue
        close = cue.right_edge.i  # the closing comma, often the cue's own punctuation
        if doc[close].text != ",":
            close += 1
        end = s.sent_end(cue.i)
        if cue.head.i > close and cue.head.dep_ == "relcl":
            # "funding, which, the minister said, would be decided in June, will not ...":
            # the relative clause the cue interrupts, not the rest of the sentence.
            end = min(end, cue.head.right_edge.i + 1)
        if close + 1 >= end or doc[close].text != ",":
            continue
        if any(lo <= cue.idx < hi for lo, hi in taken):
            continue  # inside a clause another cue already reports
        choice = g.subject(cue)
        cand = g.reported_candidate(
            cue, (close + 1, end), False, g.cue_span(cue), choice, "parenthetical_cue"
        )
        if cand is not None:
            a.reported.append(cand)


def mistagged_cue(ctx: Context) -> None:
    """A cue form the tagger called a noun ("the committee of experts underlines that")."""
    g, s, a = ctx.grammar, ctx.state, ctx.attribution
    for tok in s.odd_cues:
        surface = g.surface_that(tok)
        before = g.np_before(tok)
        if surface is None or before is None or s.blocked[tok.i] or a.region_of[tok.i] >= 0:
            continue
        subject = SubjectChoice(before[0], "mistagged_cue", f"phrase before ‘{tok.text}’")
        cand = g.reported_candidate(
            tok, surface[:2], False, (tok.idx, tok.idx + len(tok.text)), subject, "mistagged_cue"
        )
        if cand is not None:
            cand.subject_extent = before[1]
            a.reported.append(cand)


def noun_cue(ctx: Context) -> None:
    """A verb with a noun of saying: "expressed great concern that ..."."""
    g, s, a = ctx.grammar, ctx.state, ctx.attribution
    for noun in s.noun_cues:
        found = g.noun_cue(noun)
        if found is None or s.blocked[noun.i] or found[0].i in a.used_cues:
            continue
        verb, lo, hi = found
        cue_span = (verb.idx, noun.idx + len(noun.text))
        cand = g.reported_candidate(verb, (lo, hi), False, cue_span, g.subject(verb), "noun_cue")
        if cand is not None:
            a.reported.append(cand)


def according_to(ctx: Context) -> None:
    """ "..., according to X": X reports the clause the phrase modifies."""
    g, s, a = ctx.grammar, ctx.state, ctx.attribution
    doc = s.doc
    for tok in s.according:
        if s.blocked[tok.i] or a.region_of[tok.i] >= 0:
            continue
        to = next((c for c in tok.children if c.lower_ == "to"), None)
        source = next((c for c in to.children if c.dep_ == "pobj"), None) if to else None
        if to is None or source is None:
            continue
        clause = tok.head
        while clause.dep_ not in {"ccomp", "ROOT"} and clause.head.i != clause.i:
            clause = clause.head
        lo = max(clause.left_edge.i, s.sent_start(tok.i))
        hi = min(clause.right_edge.i + 1, s.sent_end(tok.i))
        phrase_lo, phrase_hi = tok.left_edge.i, tok.right_edge.i + 1
        after = doc[phrase_hi] if phrase_hi < hi else None
        if after is not None and after.is_punct:
            after = doc[phrase_hi + 1] if phrase_hi + 1 < hi else None
        if (
            phrase_lo <= lo
            and after is not None
            and after.pos_ in {"AUX", "VERB"}
            and not any(c.dep in (nsubj, nsubjpass) and c.i >= phrase_hi for c in clause.children)
        ):
            # "According to Lindqvist, the crew of 24, ..., are cooperating": the clause's
            # subject was parsed as the source's apposition; the phrase ends at its comma.
            comma = next((t.i for t in doc[source.i : phrase_hi] if t.text == ","), None)
            if comma is not None:
                phrase_hi = comma
        # Brackets and commas around a parenthetical attribution go with it.
        while phrase_lo > lo and doc[phrase_lo - 1].is_punct:
            phrase_lo -= 1
        while phrase_hi < hi and doc[phrase_hi].is_punct:
            phrase_hi += 1
        if phrase_hi >= hi:
            hi = phrase_lo
        elif phrase_lo <= lo:
            lo = phrase_hi
        trimmed = g.trim(lo, hi, -1)
        if trimmed is None:
            continue
        lo, hi = trimmed
        a.reported.append(
            Candidate(
                doc[lo].idx,
                s.char_end(hi - 1),
                "indirect",
                "according_to",
                cue=(tok.idx, to.idx + len(to.text)),
                cue_tok=tok.i,
                subject=SubjectChoice(source, "according_to", "object of ‘according to’"),
            )
        )


def prune(ctx: Context) -> None:
    """Keep reported clauses not nested in another quote nor overlapping a region quote
    (not a sieve: it settles what the clause sieves proposed)."""
    a, doc = ctx.attribution, ctx.state.doc
    kept: list[Candidate] = []
    taken = [(c.start, c.end) for c in a.adjacent]

    # An explicit attribution ("according to X") outranks a finding verb around it ("X
    # reports show that ..."); otherwise the longest clause wins.
    def rank(c: Candidate) -> tuple[bool, int, int]:
        finding = c.cue_tok is not None and doc[c.cue_tok].lemma_ in LEX.FINDING_ONLY
        return finding, -(c.end - c.start), c.start

    for cand in sorted(a.reported, key=rank):
        cue_char = doc[cand.cue_tok].idx if cand.cue_tok is not None else cand.start
        if any(lo <= cue_char < hi for lo, hi in taken):
            continue
        if any(cand.start < hi and lo < cand.end for lo, hi in taken):
            continue
        kept.append(cand)
        taken.append((cand.start, cand.end))
    for cand in kept:
        for index, region in enumerate(a.regions):
            if cand.start <= region.start and region.end <= cand.end:
                a.attributed.add(index)
    a.quotes.extend(a.adjacent)
    a.quotes.extend(kept)


# -------------------------------------------------------------------- finders: quotes
def cueless_sentence(ctx: Context) -> None:
    """A whole quoted sentence with no cue; a speaker sieve of stage ``cueless`` or
    ``fallback`` names its speaker."""
    g, a = ctx.grammar, ctx.attribution
    for index, region in enumerate(a.regions):
        if index in a.attributed:
            continue
        ts, te = a.region_tokens[index]
        whole = g.sentence_like(ts, te) or _goes_on(ctx, index)
        if not whole or not g.starts_sentence(ts) or g.is_title(index):
            continue
        a.quotes.append(Candidate(region.start, region.end, "direct", "cueless_sentence"))
        a.attributed.add(index)


def _goes_on(ctx: Context, index: int) -> bool:
    """ "“Go swimming,” she said. “Seven o’clock, same as always.”": a quoted sentence with
    no verb right after an attributed quotation and its short attribution."""
    a, s = ctx.attribution, ctx.state
    if index == 0 or index - 1 not in a.attributed:
        return False
    ts, te = a.region_tokens[index]
    before_end = a.region_tokens[index - 1][1]
    words = [t for t in s.doc[ts:te] if t.is_alpha]
    return (
        len(words) >= 2
        and words[0].text[:1].isupper()
        and s.same_par(before_end, ts)
        and ts - before_end <= 8
    )


def pull_quote(ctx: Context) -> None:
    """A paragraph with no marks followed by a "Name, title" line is a direct quote."""
    g, s, a = ctx.grammar, ctx.state, ctx.attribution
    text = s.text
    for start, stop, kind in s.lines:
        if kind != "body":
            continue
        raw = text[start:stop]
        line = raw.strip()
        if len(line.split()) < 6 or line[-1:] not in ".!?…":
            continue
        mention = g.attribution_line(stop)
        if mention is None:
            continue
        ts, te = s.token_range(start, stop)
        if any(a.region_of[i] >= 0 or g.cue_ok(s.doc[i]) for i in range(ts, te)):
            continue
        lead = start + len(raw) - len(raw.lstrip())
        cand = Candidate(lead, lead + len(line), "direct", "pull_quote")
        cand.name_speaker(mention, "attribution_line", "name line below the quote")
        a.quotes.append(cand)


# ------------------------------------------------------------ speaker: cue-less quotes
def _cueless(ctx: Context) -> list[Candidate]:
    return [c for c in ctx.attribution.quotes if c.subject is None and c.mention is None]


def attribution_line(ctx: Context) -> None:
    """A "Name, title" or "— Name" line right below a cue-less quote."""
    for cand in _cueless(ctx):
        mention = ctx.grammar.attribution_line(cand.end)
        if mention is not None:
            cand.name_speaker(mention, "attribution_line", "name line below the quote")


def named_next(ctx: Context) -> None:
    """A speaker named in the next sentence: "“...” That was the verdict of X", or "“...”
    / X, a senator, said so at a hearing" (a cue whose object is the quote: so, this)."""
    s = ctx.state
    doc, text = s.doc, s.text
    for cand in _cueless(ctx):
        found = _NAMED_NEXT.match(text, cand.end, min(len(text), cand.end + 300))
        if found is None or text.count("\n\n", cand.end, found.start(1)) > 1:
            said_so = _said_so_after(ctx, cand.end)
            if said_so is not None:
                cue, subject = said_so
                cand.cue, cand.cue_tok = ctx.grammar.cue_span(cue), cue.i
                reason = f"subject of ‘{cue.text}’ in the next sentence"
                cand.subject = SubjectChoice(subject, "named_next", reason)
            continue
        noun = doc[s.token_at(found.start(1))]
        tok = doc[s.token_at(found.end())]
        while tok.dep_ != "pobj" and tok.head.i != tok.i and tok.head.i > noun.i:
            tok = tok.head
        if tok.dep_ == "pobj" and not s.blocked[tok.i]:
            cand.cue, cand.cue_tok = (noun.idx, noun.idx + len(noun.text)), noun.i
            reason = f"named in the next sentence (‘{found.group(0).strip()}’)"
            cand.subject = SubjectChoice(tok, "named_next", reason)


# Pronouns that can stand for a source before a colon, owners included ("Her verdict").
_THIRD_PERSON = SUBJECT_PRONOUNS | {"his", "her", "their", "its"}
_SO_WORDS = frozenset({"so", "this", "that", "much"})


def _said_so_after(ctx: Context, end: int) -> tuple[Token, Token] | None:
    """The cue and its subject in the sentence after ``end`` when that cue's object is the
    quote itself ("said so", "said this", "said as much", "That was how X put it")."""
    s, g = ctx.state, ctx.grammar
    doc = s.doc
    if end >= len(s.text) or s.text.count("\n\n", end, min(len(s.text), end + 3)) > 1:
        return None
    i = s.token_at(end)
    while i < len(doc) and (doc[i].is_space or doc[i].is_punct):
        i += 1
    if i >= len(doc):
        return None
    # "That was how X described the deal": the sentence opens by pointing back at the quote.
    points_back = doc[i].lower_ in _SO_WORDS and doc[i].dep in (nsubj, nsubjpass)
    for tok in doc[i : s.sent_end(i)]:
        if not g.cue_ok(tok):
            continue
        if not (points_back or any(c.lower_ in _SO_WORDS for c in tok.rights)):
            continue
        subject = next((c for c in tok.children if c.dep == nsubj), None)
        if subject is not None and g.usable(subject, tok):
            return tok, subject
    return None


# ---------------------------------------------------------------- speaker: fallback
def neighbour(ctx: Context) -> None:
    """Cue-less quoted sentences: the speaker of the nearest quote in the same paragraph
    or the previous one (before first, then after in the same paragraph)."""
    quotes, g = ctx.attribution.quotes, ctx.grammar
    for index, cand in enumerate(quotes):
        if cand.mention is not None or cand.subject is not None:
            continue
        prev = next((c for c in reversed(quotes[:index]) if c.mention is not None), None)
        nxt = next((c for c in quotes[index + 1 :] if c.mention is not None), None)
        if prev is not None and prev.mention is not None and g.near(prev.end, cand.start, 1):
            cand.name_speaker(prev.mention, "neighbour", "speaker of the quote before")
        elif nxt is not None and nxt.mention is not None and g.near(cand.end, nxt.start, 0):
            cand.name_speaker(nxt.mention, "neighbour", "speaker of the quote after")


SIEVES: dict[str, Sieve] = {
    sieve.name: sieve
    for sieve in (
        Sieve("adjacent_cue", "region", adjacent_cue, "cue right before or after the marks"),
        Sieve("split_quote", "region", split_quote, "second half of an interrupted quote"),
        Sieve("colon_intro", "region", colon_intro, "“X was blunt: …”"),
        Sieve("reported_clause", "clause", reported_clause, "clausal complement of a cue"),
        Sieve("parenthetical_cue", "clause", parenthetical_cue, "“which, X said, would …”"),
        Sieve("mistagged_cue", "clause", mistagged_cue, "cue form tagged as a noun"),
        Sieve("noun_cue", "clause", noun_cue, "“expressed concern that …”"),
        Sieve("according_to", "clause", according_to, "“…, according to X”"),
        Sieve("cueless_sentence", "quote", cueless_sentence, "quoted sentence with no cue"),
        Sieve("pull_quote", "quote", pull_quote, "unmarked paragraph above a name line"),
        Sieve("own_subject", "subject", own_subject, "subject of the cue"),
        Sieve("relative_clause", "subject", relative_clause, "antecedent of “which said”"),
        Sieve("name_before_cue", "subject", name_before_cue, "name just before the cue"),
        Sieve("governing_subject", "subject", governing_subject, "subject of a governing verb"),
        Sieve("line_opener", "subject", line_opener, "subject of a line hung on a byline"),
        Sieve("inverted_subject", "subject", inverted_subject, "“said X”"),
        Sieve("attribution_line", "cueless", attribution_line, "name line below"),
        Sieve("named_next", "cueless", named_next, "“That was the verdict of X”"),
        Sieve("neighbour", "fallback", neighbour, "speaker of a neighbouring quote"),
    )
}

DEFAULT_FINDERS = (
    "adjacent_cue",
    "split_quote",
    "colon_intro",
    "reported_clause",
    "parenthetical_cue",
    "mistagged_cue",
    "noun_cue",
    "according_to",
    "cueless_sentence",
    "pull_quote",
)
DEFAULT_SPEAKERS = (
    "own_subject",
    "relative_clause",
    "name_before_cue",
    "governing_subject",
    "line_opener",
    "inverted_subject",
    "attribution_line",
    "named_next",
    "neighbour",
)


def check_sieves(names: list[str], finders: bool) -> list[Sieve]:
    """The sieves ``names`` lists, in order; ValueError naming an unknown or misplaced one."""
    wanted = {"region", "clause", "quote"} if finders else {"subject", "cueless", "fallback"}
    setting = "finders" if finders else "speakers"
    sieves = []
    for name in names:
        sieve = SIEVES.get(name)
        if sieve is None:
            known = "; ".join(
                f"{s.name} ({s.description})" for s in SIEVES.values() if s.stage in wanted
            )
            raise ValueError(f"quote_detector {setting}: unknown sieve {name!r}; known: {known}")
        if sieve.stage not in wanted:
            raise ValueError(
                f"quote_detector {setting}: {name!r} is a {sieve.stage} sieve, not one of "
                f"{sorted(wanted)}"
            )
        sieves.append(sieve)
    return sieves

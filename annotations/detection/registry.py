"""The document-level source registry and the resolver interface.

Every person, organisation or group the document names is registered once per document:
full names from the entity recogniser (so surnames, title plus surname and "Ms Lind"
forms map to them), organisation names (for acronyms and "the authority"), then, in one
walk in document order, every sentence subject that may name a source, so pronouns and
descriptions ("the 61-year-old", "the company") resolve against what came before. The
mentions are clustered by the canonical name they resolve to.

A resolver turns each quote's chosen subject phrase into a speaker ``Mention`` with a
human-readable reason. ``RuleResolver`` is the rule-based one; any object with the same
``resolve`` method (a statistical coreference component, say) can replace it through the
component's config.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from dataclasses import replace
from typing import Protocol

from spacy.symbols import NOUN, PRON, PROPN, nsubj
from spacy.tokens import Doc, Span, Token

from .grammar import NameLookup, in_unasked_question, unasked
from .lexicon import LEX
from .speakers import (
    PLACES,
    SUBJECT_PRONOUNS,
    Mention,
    PersonRegistry,
    SpeakerResolver,
    appositive_subjects,
    clean_person_words,
    described_as_body,
    descriptive_nouns,
    gender_of,
    is_role_word,
    listed_gender,
    may_name_a_source,
    name_tokens,
    role_descriptor,
    subjects_of,
    surname_key,
)
from .state import GENDERED_PRONOUNS, Candidate, DocState

_DESCRIPTION_OPENERS = frozenset({"the", "its", "his", "her", "their", "a", "an"})
# An age given with a name: "Kadri Saar, 61,", "Kimura Tetsuya (45)", "61-year-old Kadri Saar".
_AGE_AFTER = re.compile(r"\s*[,(]\s*(\d{1,3})\s*[,)]")
_NICKNAMED = re.compile(
    r"\b([A-Z][a-z]+) [“\"‘'`]{1,2}[A-Z][\w.' -]{0,20}?[”\"’']{1,2} ([A-Z][\w'’-]+)"
)
_AGE_BEFORE = re.compile(r"(\d{1,3})[- ]years?[- ]old\s+$")


def _body_descriptions(ent: Span) -> frozenset[str]:
    """What the text calls a named body, for "the developer" or "the charity" later:
    "Northgate Living, the developer behind ...", "the housing charity Homeward Trust"."""
    doc, root = ent.doc, ent.root
    described = [c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
    if root.dep_ == "appos" and root.head.pos_ == "NOUN":
        described.append(root.head)
    i = ent.start - 1
    while i >= 0 and doc[i].pos_ == "NOUN" and doc[i].text.islower():
        described.append(doc[i])
        i -= 1
    return frozenset(t.lemma_.lower() for t in described)


def _names_a_person(ent: Span) -> bool:
    """A PERSON entity that is no body: not "Kestrel Pay, the app", nor "the Norwegian
    Joint Headquarters" (a body word at its head)."""
    return (
        ent.label_ == "PERSON"
        and not described_as_body(ent.root)
        and ent.root.lower_ not in LEX.ORG_NOUNS
    )


class SourceRegistry(NameLookup):
    """The sources one document names, and the mentions of each."""

    def __init__(self, doc: Doc, state: DocState) -> None:
        self.doc = doc
        self.names = registry = PersonRegistry()
        organisations = []
        person_words = set()
        ages: dict[str, str] = {}
        self.text = text = state.text
        for ent in doc.ents:
            if not state.lo <= ent.start_char < state.hi or "\n" in ent.text:
                continue
            if _names_a_person(ent):
                words = clean_person_words(list(ent))
                if words:
                    context = list(doc[max(ent.start - 2, 0) : ent.end])
                    gender = gender_of(name_tokens(list(ent)) or list(ent), context)
                    canonical = registry.add(words, gender)
                    person_words.add(words[-1].lower())
                    age = _AGE_AFTER.match(text, ent.end_char) or _AGE_BEFORE.search(
                        text, max(0, ent.start_char - 20), ent.start_char
                    )
                    if age is not None:
                        ages[age.group(1)] = canonical
            elif ent.label_ == "ORG":
                name = ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
                called = frozenset(name.lower().split()) | _body_descriptions(ent)
                organisations.append((ent.start_char, name, called))
        # A nickname in marks inside a name: "fly-half Jamie “Postie” Rendell".
        for found in _NICKNAMED.finditer(text, state.lo, state.hi):
            first, last = found.group(1), found.group(2)
            registry.add([first, last], listed_gender(first))
        # Full names the tagger missed: "Ama Boateng scored" when "Boateng" is a PERSON, or
        # "Kateřina Horáková" whatever it was tagged, when it opens with a listed first name.
        for tok in state.name_heads:
            if tok.lower_ not in person_words and (
                listed_gender(doc[tok.i - 1].text) is None or tok.ent_type_ in PLACES
            ):
                continue
            lo = tok.i
            while lo > 0 and doc[lo - 1].pos == PROPN and doc[lo - 1].dep_ == "compound":
                lo -= 1
            words = clean_person_words(list(doc[lo : tok.i + 1]))
            if len(words) >= 2:
                registry.add(words, None)
        # Named people outside boilerplate, for descriptions the text names only afterwards
        # (their roles are read only if a description asks: see ``people``), with their
        # name words (read once).
        self._person_ents = [
            (ent, words)
            for ent in doc.ents
            if _names_a_person(ent) and not state.blocked[ent.start]
            for words in [clean_person_words(list(ent))]
            if words
        ]
        self._people: list[tuple[int, str, frozenset[str]]] | None = None
        self.mentions = SpeakerResolver(state, registry)
        self.mentions.organisations = organisations
        self.mentions.ages = ages
        # Canonical name -> every mention of it, in document order (filled by the walk).
        self.clusters: dict[str, list[Mention]] = defaultdict(list)

    def knows(self, words: list[str]) -> bool:
        return self.names.knows(words)

    def person_from_entity(self, start: int, end: int) -> Mention | None:
        return self.mentions.person_from_entity(start, end)

    def remember(self, mention: Mention, speaker: bool, reported: bool = False) -> None:
        self.mentions.remember(mention, speaker=speaker, reported=reported)
        if not reported:
            self.clusters[mention.name].append(mention)

    def learn_genders(self, state: DocState, quotes: list[Candidate]) -> None:
        """Give each named person the gender of the pronouns that can only mean them.

        A he/his or she/her outside direct quotations votes for the person when that person
        is the only one named earlier in its sentence, or, if none is, in the sentence
        before; a person is a PERSON entity or a proper-noun subject (the recogniser misses
        many names). A clear majority (two to one) gives the surname a gender, which counts
        for people whose title or listed first name says nothing ("Halvard Ness ... he
        said"; "Luka" is a man's name although it ends in -a).
        """
        quoted = [(c.start, c.end) for c in quotes if c.kind == "direct"]
        starts = [a for a, _ in quoted]
        people_in: dict[int, list[tuple[int, str]]] = defaultdict(list)
        for ent, words in self._person_ents:
            people_in[state.sent_start(ent.start)].append((ent.start, self.names.resolve(words)))
        for tok in state.subjects:
            if (
                tok.pos == PROPN
                and tok.ent_type_ not in PLACES | {"PERSON"}
                and not state.blocked[tok.i]
            ):
                key = self.names.known_as(tok.text) or surname_key(tok.text)
                people_in[state.sent_start(tok.i)].append((tok.i, key))
        votes: dict[str, dict[str, int]] = defaultdict(lambda: {"m": 0, "f": 0})
        for tok in state.gendered_pronouns:
            k = bisect_right(starts, tok.idx) - 1
            if state.blocked[tok.i] or (k >= 0 and tok.idx < quoted[k][1]):
                continue
            sent = state.sent_start(tok.i)
            before = {key for i, key in people_in.get(sent, ()) if i < tok.i}
            if not before and sent > 0:
                before = {key for _, key in people_in.get(state.sent_start(sent - 1), ())}
            if len(before) == 1:
                votes[before.pop()][GENDERED_PRONOUNS[tok.lower_]] += 1
        for key, count in votes.items():
            if count["m"] >= 2 * count["f"] + 1:
                self.names.learn_gender(key, "m")
            elif count["f"] >= 2 * count["m"] + 1:
                self.names.learn_gender(key, "f")

    @property
    def people(self) -> list[tuple[int, str, frozenset[str]]]:
        """(start, canonical name, role nouns) of every named person, in order."""
        if self._people is None:
            self._people = []
            for ent, words in self._person_ents:
                # The titles right before the name ("Judge", "site manager"), not a role
                # further back ("An engineer employed by Ostler Lifting").
                before = []
                i = ent.start - 1
                while i >= max(ent.start - 3, 0) and self.doc[i].is_alpha:
                    if not is_role_word(self.doc[i].text):
                        break
                    before.append(self.doc[i])
                    i -= 1
                roles = frozenset(role_descriptor(t.text) for t in before)
                described = descriptive_nouns(ent.root) | roles
                self._people.append((ent.start_char, self.names.resolve(words), described))
        return self._people

    def named_after(self, mention: Mention, state: DocState) -> Mention | None:
        """The person a description names only afterwards, in its paragraph or the next:
        "a judge said ... Judge Ana Ruiz", the first person that noun describes."""
        if mention.kind != "anonymous" or mention.plural:
            return None
        text = state.text
        surface = text[mention.start : mention.end]
        opener = surface.split(" ", 1)[0].lower()
        if opener not in _DESCRIPTION_OPENERS:
            return None
        limit = mention.end
        for _ in range(3):  # its paragraph and the two after it
            limit = text.find("\n\n", limit + 2)
            if limit < 0:
                limit = len(text)
                break
        later = [p for p in self.people if mention.end <= p[0] < limit]
        found = next((p for p in later if mention.head in p[2]), None)
        unnamed = mention.head == "source" or any(
            words in surface for words in ("not to be named", "anonymity", "familiar with")
        )  # an anonymous source stays anonymous
        if found is None and opener in {"a", "an"} and not unnamed:
            # "An engineer ... told the inquest ... Paul Danvers, 41, said he had searched":
            # a person first named in the next sentence of the paragraph is the one just
            # described (a new paragraph is a new source: "A resident said ... / Sam Ortiz").
            here = state.token_at(mention.start)
            after = state.sent_end(here)
            if after < len(state.doc) and state.same_par(here, after):
                upto = state.doc[min(state.sent_end(after), len(state.doc) - 1)].idx
                start = state.doc[after].idx
                known = {m.name for m in self.mentions.history if m.start < mention.start}
                found = next(
                    (p for p in later if start <= p[0] <= upto and p[1] not in known), None
                )
        if found is None:
            return None
        _, name, described = found
        return Mention(
            mention.start,
            mention.end,
            name,
            "person",
            self.names.gender(name),
            head=name.split()[-1].lower(),
            descriptors=described | {mention.head},
        )

    def reason(self, mention: Mention) -> str:
        """How the words at the mention lead to its name: "‘she’ → Maria Lind", or ""."""
        surface = self.text[mention.start : mention.end]
        if surface == mention.name or surface.lower().removeprefix("the ") == mention.name.lower():
            return ""
        return f"‘{surface}’ → {mention.name}"


class Resolver(Protocol):
    """Names the speaker of every quote whose subject phrase a sieve chose."""

    def resolve(self, state: DocState, sources: SourceRegistry, quotes: list[Candidate]) -> None:
        """Set ``mention``, ``speaker_by`` and ``speaker_reason`` where a speaker is found."""


class RuleResolver:
    """Resolution in one walk through the document: sentence subjects outside quotes feed
    the history that pronouns and definite descriptions resolve against."""

    def resolve(self, state: DocState, sources: SourceRegistry, quotes: list[Candidate]) -> None:
        doc, resolver = state.doc, sources.mentions
        sources.learn_genders(state, quotes)
        content = [(c.start, c.end) for c in quotes]
        events: list[tuple[int, int, int, int]] = []  # (char, order, quote or -1, token)
        for index, cand in enumerate(quotes):
            if cand.subject is not None:
                pos = doc[cand.subject_extent[0]].idx if cand.subject_extent else None
                events.append((pos if pos is not None else cand.subject.token.idx, 1, index, -1))
            elif cand.mention is not None:
                sources.remember(cand.mention, speaker=True)
        starts = [a for a, _ in content]
        reported_in: set[int] = set()
        # Most documents put no question in a subjectless "Asked ...": look only if one does.
        questions = any(unasked(cue) for cue in state.cues if cue.lower_ == "asked")
        for tok in state.subjects:
            k = bisect_right(starts, tok.idx) - 1
            if state.blocked[tok.i] or (tok.pos == PRON and tok.lower_ not in SUBJECT_PRONOUNS):
                continue
            if not may_name_a_source(tok):
                continue
            if tok.dep == nsubj and tok not in subjects_of(tok.head):
                continue  # "The charity" beside "Warm Homes Network said"
            if tok.pos == NOUN and any(
                tok in appositive_subjects(c) for c in tok.head.children if c.i < tok.i
            ):
                continue  # describes the subject named before it
            if questions and in_unasked_question(tok):
                # "Asked whether Marić had touched him, ...": a topic, like a reported one.
                reported_in.add(tok.i)
            if k >= 0 and tok.idx < content[k][1]:
                # Inside a quote: only a reported clause's subject may be referred back to
                # ("Acme has recalled ..., the company said"), and only by a description.
                if quotes[k].kind == "direct" or tok.pos == PRON:
                    continue
                reported_in.add(tok.i)
            events.append((tok.idx, 0, -1, tok.i))
        events.sort(key=lambda e: (e[0], e[1]))
        last: Candidate | None = None  # the latest quote given a speaker
        for pos, _, index, token in events:
            if index >= 0:
                cand = quotes[index]
                choice = cand.subject
                assert choice is not None
                asker = None
                cue = cand.cue_tok
                # "He replied:" answers whoever spoke before, in an earlier sentence ("Asked
                # about it, he replied" is one person); he is someone else.
                if (
                    cue is not None
                    and doc[cue].lemma_ in LEX.REPLY_VERBS
                    and last is not None
                    and last.mention is not None
                    and state.sent_start(state.token_at(last.start)) != state.sent_start(cue)
                ):
                    asker = last.mention.name
                mention = None
                if cue is not None and doc[cue].lemma_ in LEX.REPLY_VERBS:
                    mention = self._addressee(state, sources, cue, choice.token)
                if mention is None:
                    mention = resolver.mention(choice.token, pos, cand.subject_extent, asker)
                named = sources.named_after(mention, state) if mention is not None else None
                if named is not None:
                    mention = named
                if mention is not None:
                    link = sources.reason(mention)
                    reason = f"{choice.reason}; {link}" if link else choice.reason
                    cand.name_speaker(mention, choice.sieve, reason)
                    sources.remember(mention, speaker=True)
                    if cue is not None:
                        resolver.note_documents(doc[cue], mention)
                    last = cand
            else:
                found = resolver.mention(doc[token], pos)
                if found is not None:
                    sources.remember(found, speaker=False, reported=token in reported_in)

    @staticmethod
    def _addressee(
        state: DocState, sources: SourceRegistry, cue: int, subject: Token
    ) -> Mention | None:
        """ "Gale pressed Ferreira on traffic. She replied ...": a pronoun that replies
        means the person the sentence before put the question to (its verb's object)."""
        if subject.pos != PRON or subject.lower_ not in LEX.PERSON_PRONOUNS:
            return None
        here = state.sent_start(cue)
        if here == 0:
            return None
        before = state.sent_start(here - 1)
        gender = LEX.PERSON_PRONOUNS[subject.lower_]
        for tok in state.doc[before:here]:
            if tok.dep_ != "dobj" or tok.head.dep_ != "ROOT" or tok.pos != PROPN:
                continue
            found = sources.mentions.mention(tok, tok.idx)
            if found is None or found.kind != "person":
                return None
            if sources.names.gender(found.name) not in (None, gender):
                return None
            return replace(found, start=subject.idx, end=subject.idx + len(subject.text))
        return None

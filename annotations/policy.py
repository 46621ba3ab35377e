"""The labelling policy: what annotators agree on, and which label a quote ends up with.

This module is the one definition of agreement in the workbench. The admin's filters and
ordering, the finaliser, the curation page, the export's ``--min-agreement``, the dataset
card and the agreement page all ask it.

A quote's judgements are a :class:`Ballot` of :class:`Vote`\\ s, and each of four fields is
judged on its own:

- **decision**: the decided votes (accept or reject);
- **span**, **speaker**, **stance**: the accepted votes' corrected span (the quote's own span
  when not corrected), speaker (none is a value too) and stance (none given is a value too).

A field's *agreement* is the share of its values that equal the most frequent one, measured
from two values on (``None`` below that). A field is *disputed* when its agreement is below 1.

A quote an annotator added by hand is hidden from the other annotators of its article, so
each of them who has not judged it did not mark that span: their missing votes count as a
span value of their own ("added by 1 of 2"), and the quote is disputed on its span until a
reviewer resolves it.

The *majority label* takes, per field, the single most frequent value (none on a tie); the
*unanimous label* exists when every annotator the quote needs decided and all agree on every
field. The *final label* of an export takes the reviewer's value, else the majority's, else
(for the speaker) the detector's suggestion.

Each quote stores what the lists and the agreement page need of its ballot (``STORED``),
computed here and refreshed by ``refresh_agreement`` whenever what it depends on changes; a
test checks the stored state against the ballots after every path that writes judgements.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from operator import attrgetter
from typing import Any, Final, NamedTuple

from django.db import transaction
from django.db.models import Count, IntegerField, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce

from annotations.models import (
    Annotation,
    ArticleAgreement,
    Assignment,
    Decision,
    Quote,
    QuoteOrigin,
    ReviewStatus,
)
from annotations.names import name_key

FIELDS: Final = ("decision", "span", "speaker", "stance")

# Why a quote has no unanimous label (the finaliser reports these).
ALREADY_FINAL = "already have a final label"
TOO_FEW = "have fewer judgements than the project's annotators per article"
ADDED_BY_SOME = "were added by only some of their annotators"
UNDECIDED = "have a judgement without a decision"
DISAGREE = "have annotators who disagree"


class _NotMarked:
    """The span value of an annotator who never marked a quote someone else added."""

    def __repr__(self) -> str:
        return "NOT_MARKED"


NOT_MARKED: Final = _NotMarked()


class Vote(NamedTuple):
    """One annotator's judgement of one quote, reduced to the four fields.

    A named tuple: immutable like a frozen dataclass, and made several times faster, which
    matters to an export that makes one per judgement.
    """

    annotator: str
    decision: str  # accept, reject or "" while undecided
    span: tuple[int, int]
    speaker_id: int | None
    stance: str
    pk: int | None = None

    @classmethod
    def of(cls, annotation: Annotation, quote_span: tuple[int, int]) -> Vote:
        """From a judgement whose annotator is loaded (or known to be cheap to load)."""
        return cls.from_values(
            annotation.annotator.get_username(),
            annotation.decision,
            annotation.start,
            annotation.end,
            annotation.speaker_id,
            annotation.stance,
            quote_span,
            pk=annotation.pk,
        )

    @classmethod
    def from_values(
        cls,
        annotator: str,
        decision: str,
        start: int | None,
        end: int | None,
        speaker_id: int | None,
        stance: str,
        quote_span: tuple[int, int],
        pk: int | None = None,
    ) -> Vote:
        span = (start, end) if start is not None and end is not None else quote_span
        return cls(annotator, decision, span, speaker_id, stance, pk)

    @property
    def accepted(self) -> bool:
        return self.decision == Decision.ACCEPT

    def value(self, field: str) -> Hashable:
        return _getter(field)(self)


# Each field's value in a vote, read by attribute: ballots ask it for every vote of every quote.
_GETTERS: Final = {
    "decision": attrgetter("decision"),
    "span": attrgetter("span"),
    "speaker": attrgetter("speaker_id"),
    "stance": attrgetter("stance"),
}


def _getter(field: str) -> Callable[[Vote], Hashable]:
    try:
        return _GETTERS[field]
    except KeyError:
        raise ValueError(
            f"There is no field “{field}”; the fields are {', '.join(FIELDS)}."
        ) from None


@dataclass(frozen=True)
class Label:
    """A quote's label: accepted with a span, speaker and stance, or rejected."""

    decision: str
    span: tuple[int, int] | None = None
    speaker_id: int | None = None
    stance: str = ""


def ranked[T: Hashable](values: Sequence[T]) -> list[tuple[T, int]]:
    """Values with their counts, the most frequent first (ties in order of appearance)."""
    if not values:
        return []
    first = values[0]
    if values.count(first) == len(values):  # the usual case: everyone agrees
        return [(first, len(values))]
    counts: dict[T, int] = {}
    for value in values:
        counts[value] = counts.get(value, 0) + 1
    return sorted(counts.items(), key=lambda item: -item[1])


@dataclass(frozen=True)
class Ballot:
    """A quote's votes and how many annotators its article has."""

    votes: tuple[Vote, ...]
    quote_span: tuple[int, int]
    added_by_hand: bool = False
    article_annotators: int = 0

    @cached_property
    def decided(self) -> list[Vote]:
        return [vote for vote in self.votes if vote.decision]

    @cached_property
    def accepted(self) -> list[Vote]:
        return [vote for vote in self.votes if vote.accepted]

    @cached_property
    def _tallies(self) -> dict[str, tuple[list[tuple[Hashable, int]], int]]:
        """Each field's values ranked, and how many there are; counted once per ballot."""
        tallies: dict[str, tuple[list[tuple[Hashable, int]], int]] = {}
        for field in FIELDS:
            values = self.values(field)
            tallies[field] = (ranked(values), len(values))
        return tallies

    @property
    def not_marked(self) -> int:
        """Annotators of the article who never saw this hand-added quote."""
        if not self.added_by_hand:
            return 0
        return max(self.article_annotators - len(self.decided), 0)

    def values(self, field: str) -> list[Hashable]:
        if field == "decision":
            return [vote.decision for vote in self.decided]
        value = _getter(field)
        values = [value(vote) for vote in self.accepted]
        if field == "span" and values:
            values += [NOT_MARKED] * self.not_marked
        return values

    def agreement(self, field: str) -> float | None:
        top, total = self._tallies[field]
        return top[0][1] / total if total >= 2 else None

    def agreements(self) -> dict[str, float | None]:
        return {field: self.agreement(field) for field in FIELDS}

    def disputed_fields(self) -> list[str]:
        return [
            field for field, value in self.agreements().items() if value is not None and value < 1
        ]

    def added_by(self) -> tuple[int, int] | None:
        """(annotators who marked it, annotators of the article) for a hand-added quote."""
        if not self.added_by_hand:
            return None
        marked = len(self.accepted)
        return marked, max(self.article_annotators, len(self.decided))

    def majority(self, field: str) -> Hashable | None:
        """The single most frequent value of the field; None on a tie or with no value."""
        top, _ = self._tallies[field]
        if not top or (len(top) > 1 and top[0][1] == top[1][1]) or top[0][0] is NOT_MARKED:
            return None
        return top[0][0]

    def majority_label(self) -> Label | None:
        decision = self.majority("decision")
        if decision is None:
            return None
        if decision != Decision.ACCEPT:
            return Label(str(decision))
        span = self.majority("span")
        speaker = self.majority("speaker")
        stance = self.majority("stance")
        return Label(
            Decision.ACCEPT,
            span if isinstance(span, tuple) else self.quote_span,
            speaker if isinstance(speaker, int) else None,
            stance if isinstance(stance, str) else "",
        )

    def why_not_unanimous(self, required: int) -> str | None:
        """Why every annotator does not agree on every field, or None when they do."""
        if self.added_by_hand and self.not_marked:
            return ADDED_BY_SOME
        if len(self.votes) < max(required, 1):
            return TOO_FEW
        if len(self.decided) < len(self.votes):
            return UNDECIDED
        if self.disputed_fields():
            return DISAGREE
        return None

    def unanimous_label(self, required: int) -> Label | None:
        if self.why_not_unanimous(required) is not None:
            return None
        return self.majority_label()

    def unanimous_fields(self) -> dict[str, Hashable]:
        """The fields on which every vote that counts agrees, with their value."""
        found: dict[str, Hashable] = {}
        for field in FIELDS:
            values = self.values(field)
            if values and len(set(values)) == 1 and values[0] is not NOT_MARKED:
                found[field] = values[0]
        return found


def mention_names(
    mention: str, speaker_id: int | None, speaker_name: str, suggested_id: int | None
) -> bool:
    """Whether a speaker mention (the detector's) may stand beside a label's speaker.

    It names the speaker the detector suggested; another speaker keeps it only when its words
    are words of that speaker's name ("Miller" for "Matthew Miller"). Otherwise the export
    would pair one speaker with another's name.
    """
    if speaker_id is None or not mention:
        return False
    if speaker_id == suggested_id:
        return True
    words = set(name_key(mention).split())
    return bool(words) and words <= set(name_key(speaker_name).split())


def ballot(quote: Quote, annotations: Iterable[Annotation], article_annotators: int) -> Ballot:
    """The ballot of a quote whose judgements (with their annotators) are at hand."""
    span = (quote.start, quote.end)
    return Ballot(
        tuple(Vote.of(annotation, span) for annotation in annotations),
        span,
        added_by_hand=quote.origin == QuoteOrigin.MANUAL,
        article_annotators=article_annotators,
    )


# Export thresholds ----------------------------------------------------------------------


def parse_minimums(spec: str | float | None) -> dict[str, float]:
    """``1.0`` (every field) or ``stance=0.8,decision=1`` into a minimum per field."""
    if spec is None or spec == "":
        return {}
    if isinstance(spec, int | float):
        return _checked({field: float(spec) for field in FIELDS})
    minimums: dict[str, float] = {}
    for part in (part.strip() for part in spec.split(",")):
        if not part:
            continue
        name, sep, share = part.partition("=")
        if not sep:
            share, names = name, list(FIELDS)
        else:
            names = [name.strip()]
            if names[0] not in FIELDS:
                raise ValueError(
                    f"“{names[0]}” is not a field of agreement; use {', '.join(FIELDS)}."
                )
        try:
            value = float(share)
        except ValueError:
            raise ValueError(
                f"“{share.strip()}” in the minimum agreement is not a number."
            ) from None
        minimums.update(dict.fromkeys(names, value))
    return _checked(minimums)


def _checked(minimums: dict[str, float]) -> dict[str, float]:
    for name, value in minimums.items():
        if not 0 <= value <= 1:
            raise ValueError(f"The minimum agreement on {name} is {value:g}: give a share 0 to 1.")
    return minimums


def passes(
    agreements: Mapping[str, float | None], minimums: Mapping[str, float], status: str
) -> bool:
    """Whether a quote's agreements meet the minimums.

    A field nobody can compare (under two values) passes when another field is measured;
    when none is, agreement cannot vouch for the quote and only a reviewer's resolution does.
    """
    if not minimums:
        return True
    if all(value is None for value in agreements.values()):
        return status != ReviewStatus.PENDING
    return all(
        agreements.get(name) is None or agreements[name] >= minimum  # type: ignore[operator]
        for name, minimum in minimums.items()
    )


def overall(agreements: Mapping[str, float | None]) -> float | None:
    """The lowest measured agreement of the fields: one figure for a quote."""
    measured = [value for value in agreements.values() if value is not None]
    return min(measured) if measured else None


# Stored on each quote ---------------------------------------------------------------------

# The fields of a judgement that its quote's agreement reads.
JUDGED_FIELDS: Final = ("decision", "start", "end", "speaker", "stance")
# The columns ``refresh_agreement`` keeps, read by the lists and the agreement page.
STORED: Final = (
    "decided_judgements",
    "accepted_judgements",
    "stance_votes",
    *(f"agreement_{field}" for field in FIELDS),
    "is_disputed",
    "added_by_some",
    "open_dispute",
)
REFRESH_BATCH = 1000


def stored_agreement(ballot: Ballot, status: str) -> dict[str, Any]:
    """What a quote stores of its ballot, column by column (``STORED``)."""
    agreements = ballot.agreements()
    disputed = bool(ballot.disputed_fields())
    stances = Counter(stance for stance in ballot.values("stance") if stance)
    return {
        "decided_judgements": len(ballot.decided),
        "accepted_judgements": len(ballot.accepted),
        "stance_votes": json.dumps(dict(sorted(stances.items()))) if stances else "",
        **{f"agreement_{field}": value for field, value in agreements.items()},
        "is_disputed": disputed,
        "added_by_some": bool(ballot.decided) and bool(ballot.not_marked),
        # A disagreement a reviewer resolved is closed.
        "open_dispute": disputed and status == ReviewStatus.PENDING,
    }


def refresh_agreement(quote_ids: Iterable[int], *, pairs: bool = True) -> None:
    """Store the agreement of these quotes as their judgements, span, final label and
    article's assignments now stand, and mark their articles' pairs of annotators to be
    compared again (``annotations.agreement``) unless ``pairs`` is False: only the final label
    or the article's assignments changed, on which the pairs do not depend.

    Every path that writes one of those calls it, inside its transaction. On PostgreSQL the
    quotes are locked first, so two judgements of one quote saved at once are both counted: the
    second refresh waits for the first transaction and then reads what it committed.
    """
    ids = sorted(set(quote_ids))
    if not ids:
        return
    with transaction.atomic(savepoint=False):
        for first in range(0, len(ids), REFRESH_BATCH):
            _refresh(ids[first : first + REFRESH_BATCH], pairs=pairs)


def counting_annotators(article_ids: Iterable[int]) -> list[int]:
    """The quotes of these articles whose ballot counts the article's annotators (the ones
    added by hand): to refresh when the articles' assignments change."""
    quotes = Quote.objects.filter(article_id__in=list(article_ids), origin=QuoteOrigin.MANUAL)
    return list(quotes.values_list("pk", flat=True))


# What ``_refresh`` reads and writes, by name for a migration's historical models.
STORING_MODELS: Final = ("Quote", "Annotation", "Assignment", "ArticleAgreement")


def fill_agreement(apps: Any) -> None:
    """Store every quote's agreement, with a migration's historical models."""
    models = tuple(apps.get_model("annotations", name) for name in STORING_MODELS)
    ids = list(models[0].objects.order_by("pk").values_list("pk", flat=True))
    for first in range(0, len(ids), REFRESH_BATCH):
        _refresh(ids[first : first + REFRESH_BATCH], models=models)


def _refresh(
    ids: list[int],
    *,
    pairs: bool = True,
    models: tuple[Any, Any, Any, Any] = (Quote, Annotation, Assignment, ArticleAgreement),
) -> None:
    """Refresh a batch; ``models`` are the current ones, or a migration's."""
    quote_model, annotation_model, assignment_model, article_model = models
    quotes = list(
        quote_model.objects.filter(pk__in=ids)
        .select_for_update(no_key=True, of=("self",))
        .only("article_id", "start", "end", "origin", "status", *STORED)
        .annotate(article_annotators=article_annotators(model=assignment_model))
        .order_by("pk")
    )
    judgements: dict[int, list[tuple[Any, ...]]] = {}
    rows = annotation_model.objects.filter(quote_id__in=ids).order_by("pk")
    for row in rows.values_list(
        "quote_id", "annotator_id", "decision", "start", "end", "speaker_id", "stance"
    ):
        judgements.setdefault(row[0], []).append(row)
    if pairs:
        article_model.objects.bulk_create(
            [article_model(article_id=pk) for pk in sorted({q.article_id for q in quotes})],
            update_conflicts=True,
            unique_fields=["article"],
            update_fields=["changed"],
        )
    changed: dict[tuple[Any, ...], list[int]] = {}
    for quote in quotes:
        span = (quote.start, quote.end)
        votes = tuple(
            Vote.from_values(str(annotator), decision, start, end, speaker, stance, span)
            for _, annotator, decision, start, end, speaker, stance in judgements.get(quote.pk, [])
        )
        ballot = Ballot(votes, span, quote.origin == QuoteOrigin.MANUAL, quote.article_annotators)
        values = stored_agreement(ballot, quote.status)
        if any(getattr(quote, name) != value for name, value in values.items()):
            changed.setdefault(tuple(values[name] for name in STORED), []).append(quote.pk)
    # Few quotes differ in what they store: one update for each state is quicker than one
    # bulk update of them all.
    for state, pks in changed.items():
        quote_model.objects.filter(pk__in=pks).update(**dict(zip(STORED, state, strict=True)))


def stored_disputes(quote: Quote) -> list[str]:
    """The fields a quote's annotators dispute, read from its stored agreement."""
    return [field for field in FIELDS if _below_one(getattr(quote, f"agreement_{field}"))]


def _below_one(value: float | None) -> bool:
    return value is not None and value < 1


def disputed_on(field: str) -> Q:
    """Quotes disputed on one field, by their stored agreement."""
    return Q(**{f"agreement_{field}__lt": 1})


# The review list's filter by agreement, on the stored columns.
AGREEMENT_FILTERS: Final = {
    "disputed": Q(is_disputed=True),
    "agreed": Q(decided_judgements__gte=2, is_disputed=False),
    "single": Q(decided_judgements=1),
    "none": Q(decided_judgements=0),
}


def article_annotators(article: str = "article_id", model: Any = Assignment) -> Coalesce:
    """How many annotators the quote's article has (its assignments), for querysets;
    ``article`` names the article's id from where the query stands (``model`` is a
    migration's Assignment)."""
    return Coalesce(
        Subquery(
            model.objects.filter(article=OuterRef(article))
            .order_by()
            .values("article_id")
            .annotate(n=Count("pk"))
            .values("n"),
            output_field=IntegerField(),
        ),
        0,
    )

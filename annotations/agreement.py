"""Inter-annotator agreement for a project: on quotes, on speakers and on stance.

Two annotators are compared on what both did:

- decision: accept or reject on the quotes both judged; observed agreement and Cohen's kappa;
- span: on each article both judged, their accepted spans (quotes added by hand included) are
  paired one to one by the rule detection evaluation uses (the overlap covers at least half of
  each span); span F1 = 2 × paired / (spans of one + spans of the other);
- speaker: on the paired spans where both named a speaker, the share naming the same one;
- stance: on the paired spans where both gave a stance, observed agreement, Cohen's kappa and
  the confusion matrix.

Across all annotators, Krippendorff's alpha (nominal) is given for the decisions and for the
stances of accepted quotes. Its units are quotes; a judgement nobody else made of the same
quote is missing data for the others and pairs with nothing, so it does not count.

Per quote, what counts as agreeing on a field, and as disputed, is the labelling policy's
(``annotations.policy``): the page reports how many quotes each field was measured on, their
mean agreement and how many are disputed, a quote that only some annotators added counting as
a span disagreement.

Kappa and alpha are computed here in plain Python, checked in the tests against published
worked examples.

The page reads no judgement: the quotes store their votes (``policy.refresh_agreement``), and
each article stores its pairs of annotators compared (``ArticleAgreement``): counts that add up
across articles, compared again only for the articles judged since the last visit.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any, Self

from django.contrib.auth.models import User
from django.core.cache import cache
from django.db import transaction
from django.db.models import Aggregate, Count, F, Max, Q, QuerySet, Sum, TextField
from django.db.models.functions import Cast

from annotations import policy
from annotations.detection.evaluation import match_spans
from annotations.models import (
    Annotation,
    ArticleAgreement,
    AuditEvent,
    Decision,
    Project,
    Quote,
)

CACHE_SECONDS = 24 * 3600

# ---------------------------------------------------------------------------------------
# The measures
# ---------------------------------------------------------------------------------------


def observed_agreement(pairs: Sequence[tuple[Hashable, Hashable]]) -> float | None:
    """The share of units on which two coders gave the same value."""
    return agreement_of(Counter(pairs))


def agreement_of[T: Hashable](counts: Mapping[tuple[T, T], int]) -> float | None:
    """``observed_agreement`` from counts of (one coder's value, the other's)."""
    n = sum(counts.values())
    if not n:
        return None
    return sum(count for (a, b), count in counts.items() if a == b) / n


def cohen_kappa(pairs: Sequence[tuple[Hashable, Hashable]]) -> float | None:
    """Cohen's kappa for two coders' values of the same units: (p_o − p_e) / (1 − p_e).

    p_e is the agreement expected by chance from each coder's own label frequencies. None when
    kappa is undefined: no units, or both coders used one and the same value throughout.
    """
    return kappa_of(Counter(pairs))


def kappa_of[T: Hashable](counts: Mapping[tuple[T, T], int]) -> float | None:
    """``cohen_kappa`` from counts of (one coder's value, the other's)."""
    n = sum(counts.values())
    if not n:
        return None
    first: Counter[T] = Counter()
    second: Counter[T] = Counter()
    for (a, b), count in counts.items():
        first[a] += count
        second[b] += count
    p_o = sum(count for (a, b), count in counts.items() if a == b) / n
    p_e = sum(first[value] * second[value] for value in first) / (n * n)
    if p_e == 1:
        return None
    return (p_o - p_e) / (1 - p_e)


def coincidences(
    units: Iterable[Iterable[Hashable | None]],
) -> defaultdict[tuple[Hashable, Hashable], float]:
    """Krippendorff's coincidence matrix: every ordered pair of values two different coders gave
    one unit, weighted 1 / (m − 1) for a unit with m values, so each value counts once.

    ``None`` is a missing value; a unit with fewer than two values pairs nothing.
    """
    return coincidences_of((Counter(v for v in unit if v is not None), 1) for unit in units)


def coincidences_of(
    tallies: Iterable[tuple[Mapping[Hashable, int], int]],
) -> defaultdict[tuple[Hashable, Hashable], float]:
    """``coincidences`` of units given as their values counted, each with how many units
    have exactly those values."""
    matrix: defaultdict[tuple[Hashable, Hashable], float] = defaultdict(float)
    for values, units in tallies:
        m = sum(values.values())
        if m < 2:
            continue
        for c, n_c in values.items():
            for k, n_k in values.items():
                pairs = n_c * (n_k - 1) if c == k else n_c * n_k
                if pairs:
                    matrix[c, k] += units * pairs / (m - 1)
    return matrix


def krippendorff_alpha_nominal(units: Iterable[Iterable[Hashable | None]]) -> float | None:
    """Krippendorff's alpha for nominal data, any number of coders, missing values allowed.

    ``units`` holds, per unit, the values the coders gave (``None`` where one gave none).
    alpha = 1 − D_o / D_e = 1 − (n − 1) · Σ_{c≠k} o_ck / Σ_{c≠k} n_c · n_k. None when alpha is
    undefined: fewer than two pairable values, or a single value used throughout (D_e = 0).
    """
    return alpha_of(coincidences(units))


def alpha_of(matrix: Mapping[tuple[Hashable, Hashable], float]) -> float | None:
    """``krippendorff_alpha_nominal`` from the units' coincidence matrix."""
    totals: defaultdict[Hashable, float] = defaultdict(float)
    for (c, _), weight in matrix.items():
        totals[c] += weight
    n = sum(totals.values())
    observed = sum(weight for (c, k), weight in matrix.items() if c != k)
    expected = sum(totals[c] * totals[k] for c in totals for k in totals if c != k)
    if n < 2 or expected == 0:
        return None
    return 1 - (n - 1) * observed / expected


def confusion_matrix(
    pairs: Sequence[tuple[Hashable, Hashable]], labels: Sequence[Hashable]
) -> list[list[int]]:
    """Counts of (first coder's value, second coder's value), rows and columns in ``labels``."""
    return matrix_of(Counter(pairs), labels)


def matrix_of[T: Hashable](
    counts: Mapping[tuple[T, T], int], labels: Sequence[T]
) -> list[list[int]]:
    """``confusion_matrix`` from counts of (first coder's value, second coder's value)."""
    return [[counts.get((row, column), 0) for column in labels] for row in labels]


# ---------------------------------------------------------------------------------------
# Judgements and pairs of annotators, article by article
# ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Judgement:
    """One decided judgement, with the span it settles on."""

    annotator_id: int
    quote_id: int
    article_id: int
    decision: str
    start: int
    end: int
    speaker_id: int | None
    stance: str

    @property
    def accepted(self) -> bool:
        return self.decision == Decision.ACCEPT


def article_judgements(article_ids: Sequence[int], model: Any = Annotation) -> list[Judgement]:
    """Every decided judgement of these articles (``model`` may be a migration's); one query."""
    rows = (
        model.objects.filter(quote__article_id__in=article_ids)
        .exclude(decision="")
        .values_list(
            "annotator_id",
            "quote_id",
            "quote__article_id",
            "decision",
            "start",
            "end",
            "quote__start",
            "quote__end",
            "speaker_id",
            "stance",
        )
        .order_by("quote_id", "annotator_id")
    )
    judgements = []
    for annotator, quote, article, decision, start, end, q_start, q_end, speaker, stance in rows:
        span = (start, end) if start is not None and end is not None else (q_start, q_end)
        judgements.append(Judgement(annotator, quote, article, decision, *span, speaker, stance))
    return judgements


@dataclass
class PairCounts:
    """What comparing two annotators counts; the counts of several articles add up."""

    decisions: Counter[tuple[str, str]] = field(default_factory=Counter)
    articles: int = 0
    first_spans: int = 0
    second_spans: int = 0
    paired_spans: int = 0
    speaker_units: int = 0
    speaker_same: int = 0
    stances: Counter[tuple[str, str]] = field(default_factory=Counter)

    def stored(self) -> dict[str, Any]:
        """As ``ArticleAgreement.pairs`` keeps it (JSON)."""
        return {
            "decisions": [[a, b, n] for (a, b), n in sorted(self.decisions.items())],
            "stances": [[a, b, n] for (a, b), n in sorted(self.stances.items())],
            **{name: getattr(self, name) for name in COUNTED},
        }

    def add_stored(self, stored: Mapping[str, Any], swap: bool = False) -> None:
        """Add stored counts; ``swap`` when they were counted from the other annotator's side."""
        for a, b, n in stored["decisions"]:
            self.decisions[(b, a) if swap else (a, b)] += n
        for a, b, n in stored["stances"]:
            self.stances[(b, a) if swap else (a, b)] += n
        for name in COUNTED:
            key = SWAPPED.get(name, name) if swap else name
            setattr(self, name, getattr(self, name) + stored[key])


COUNTED = (
    "articles",
    "first_spans",
    "second_spans",
    "paired_spans",
    "speaker_units",
    "speaker_same",
)
SWAPPED = {"first_spans": "second_spans", "second_spans": "first_spans"}


def paired_spans(
    first: Sequence[Judgement], second: Sequence[Judgement]
) -> list[tuple[Judgement, Judgement]]:
    """Two annotators' accepted judgements of one article, paired one to one by span."""
    pairs = match_spans([(j.start, j.end) for j in first], [(j.start, j.end) for j in second])
    return [(first[i], second[k]) for i, k in pairs]


def accepted_by_article(judgements: Iterable[Judgement]) -> dict[int, list[Judgement]]:
    grouped: dict[int, list[Judgement]] = defaultdict(list)
    for judgement in judgements:
        if judgement.accepted:
            grouped[judgement.article_id].append(judgement)
    return grouped


def count_pair(mine: list[Judgement], theirs: list[Judgement]) -> PairCounts:
    """Everything two annotators are compared on; ``mine`` and ``theirs`` are their judgements."""
    counts = PairCounts()
    theirs_by_quote = {j.quote_id: j for j in theirs}
    counts.decisions.update(
        (j.decision, theirs_by_quote[j.quote_id].decision)
        for j in mine
        if j.quote_id in theirs_by_quote
    )
    accepted_mine, accepted_theirs = accepted_by_article(mine), accepted_by_article(theirs)
    shared_articles = {j.article_id for j in mine} & {j.article_id for j in theirs}
    matched: list[tuple[Judgement, Judgement]] = []
    for article in sorted(shared_articles):
        ours, others = accepted_mine[article], accepted_theirs[article]
        counts.first_spans += len(ours)
        counts.second_spans += len(others)
        matched.extend(paired_spans(ours, others))
    counts.articles = len(shared_articles)
    counts.paired_spans = len(matched)
    speakers = [(a.speaker_id, b.speaker_id) for a, b in matched if a.speaker_id and b.speaker_id]
    counts.speaker_units = len(speakers)
    counts.speaker_same = sum(a == b for a, b in speakers)
    counts.stances.update((a.stance, b.stance) for a, b in matched if a.stance and b.stance)
    return counts


def article_pairs(judgements: Sequence[Judgement]) -> dict[str, dict[str, Any]]:
    """Each pair of an article's annotators compared, keyed "first:second" by their ids, the
    lower first, as ``ArticleAgreement.pairs`` keeps them."""
    by_annotator: dict[int, list[Judgement]] = defaultdict(list)
    for judgement in judgements:
        by_annotator[judgement.annotator_id].append(judgement)
    return {
        f"{a}:{b}": count_pair(by_annotator[a], by_annotator[b]).stored()
        for a, b in combinations(sorted(by_annotator), 2)
    }


PAIRS_BATCH = 500


def refresh_pairs(project: Project) -> None:
    """Compare again the annotators of the project's articles whose judgements changed since
    they were last compared (``policy.refresh_agreement`` marks them)."""
    compare_changed(ArticleAgreement.objects.filter(article__project=project), Annotation)


def fill_pairs(apps: Any) -> None:
    """Compare the annotators of every article, with a migration's historical models."""
    articles = apps.get_model("annotations", "ArticleAgreement")
    compare_changed(articles.objects.all(), apps.get_model("annotations", "Annotation"))


def compare_changed(articles: QuerySet[Any], annotation_model: Any) -> None:
    """Compare the annotators of these ``ArticleAgreement`` rows that changed since."""
    model = articles.model
    stale = articles.exclude(computed=F("changed"))
    ids = list(stale.order_by("pk").values_list("pk", flat=True))
    for first in range(0, len(ids), PAIRS_BATCH):
        with transaction.atomic():
            # Rows a judgement being written holds are left for the next visit: that write
            # changes them again anyway.
            batch = dict(
                stale.filter(pk__in=ids[first : first + PAIRS_BATCH])
                .select_for_update(skip_locked=True)
                .order_by("pk")
                .values_list("pk", "changed")
            )
            by_article: dict[int, list[Judgement]] = defaultdict(list)
            for judgement in article_judgements(list(batch), annotation_model):
                by_article[judgement.article_id].append(judgement)
            rows = [
                model(
                    article_id=pk,
                    computed=changed,
                    annotators=sorted({j.annotator_id for j in by_article[pk]}),
                    pairs=article_pairs(by_article[pk]),
                )
                for pk, changed in batch.items()
            ]
            # One statement for the batch (an update per row took seconds for 10,000).
            model.objects.bulk_create(
                rows,
                update_conflicts=True,
                unique_fields=["article"],
                update_fields=["computed", "annotators", "pairs"],
            )


# ---------------------------------------------------------------------------------------
# The project
# ---------------------------------------------------------------------------------------


@dataclass
class PairAgreement:
    first: str
    second: str
    decision_units: int = 0
    decision_agreement: float | None = None
    decision_kappa: float | None = None
    articles: int = 0
    first_spans: int = 0
    second_spans: int = 0
    paired_spans: int = 0
    speaker_units: int = 0
    speaker_agreement: float | None = None
    stance_units: int = 0
    stance_agreement: float | None = None
    stance_kappa: float | None = None
    stance_matrix: list[list[int]] = field(default_factory=list)

    @classmethod
    def of(cls, first: str, second: str, counts: PairCounts, labels: Sequence[str]) -> Self:
        return cls(
            first,
            second,
            decision_units=sum(counts.decisions.values()),
            decision_agreement=agreement_of(counts.decisions),
            decision_kappa=kappa_of(counts.decisions),
            articles=counts.articles,
            first_spans=counts.first_spans,
            second_spans=counts.second_spans,
            paired_spans=counts.paired_spans,
            speaker_units=counts.speaker_units,
            speaker_agreement=(
                counts.speaker_same / counts.speaker_units if counts.speaker_units else None
            ),
            stance_units=sum(counts.stances.values()),
            stance_agreement=agreement_of(counts.stances),
            stance_kappa=kappa_of(counts.stances),
            stance_matrix=matrix_of(counts.stances, labels),
        )

    @property
    def span_f1(self) -> float | None:
        spans = self.first_spans + self.second_spans
        return 2 * self.paired_spans / spans if spans else None


@dataclass(frozen=True)
class FieldAgreement:
    """The policy's per-quote agreement on one field, over a project's quotes."""

    field: str
    measured: int
    mean: float | None
    disputed: int


# Units of alpha that gave the same values: the values counted, and how many such units.
Tally = tuple[Mapping[Any, int], int]


@dataclass
class QuoteFigures:
    """What the page reads of the quotes' stored agreement (``policy.refresh_agreement``)."""

    fields: list[FieldAgreement]
    added_by_some: int
    # The units of alpha: the decisions of quotes judged alike, and the stances given.
    decisions: list[Tally]
    stances: list[Tally]


def quote_figures(project: Project) -> QuoteFigures:
    """Per field over every judged quote, how many quotes only some annotators added, and
    the units of both alphas: one scan of the quotes, grouped by what they store of their
    votes (a few dozen groups), summed here."""
    totals: dict[str, Aggregate] = {
        "n": Count("pk"),
        "added_by_some": Count("pk", filter=Q(added_by_some=True)),
    }
    for name in policy.FIELDS:
        column = f"agreement_{name}"
        totals[f"{name}_measured"] = Count(column)
        totals[f"{name}_sum"] = Sum(column)
        totals[f"{name}_disputed"] = Count("pk", filter=policy.disputed_on(name))
    grouped = (
        Quote.objects.filter(article__project=project)
        .order_by()
        .values("accepted_judgements", "decided_judgements", "stance_votes")
        .annotate(**totals)
    )
    groups: list[dict[str, Any]] = [dict(group) for group in grouped]
    fields = []
    for name in policy.FIELDS:
        measured = sum(group[f"{name}_measured"] for group in groups)
        mean = sum(group[f"{name}_sum"] or 0 for group in groups) / measured if measured else None
        disputed = sum(group[f"{name}_disputed"] for group in groups)
        fields.append(FieldAgreement(name, measured, mean, disputed))
    decisions: Counter[tuple[int, int]] = Counter()
    stances: Counter[str] = Counter()
    for group in groups:
        decisions[group["accepted_judgements"], group["decided_judgements"]] += group["n"]
        stances[group["stance_votes"]] += group["n"]
    return QuoteFigures(
        fields,
        sum(group["added_by_some"] for group in groups),
        [
            ({Decision.ACCEPT: accepted, Decision.REJECT: decided - accepted}, n)
            for (accepted, decided), n in decisions.items()
            if decided
        ],
        [(json.loads(votes), n) for votes, n in stances.items() if votes],
    )


@dataclass
class ProjectAgreement:
    project: Project
    annotators: list[str]
    labels: list[tuple[str, str]]
    pairs: list[PairAgreement]
    decision_alpha: float | None
    decision_units: int
    stance_alpha: float | None
    stance_units: int
    # Krippendorff's coincidences of stance labels, rows and columns in ``labels`` order.
    stance_coincidences: list[list[float]]
    # The labelling policy's agreement per quote, field by field.
    fields: list[FieldAgreement] = field(default_factory=list)
    added_by_some: int = 0

    @property
    def span_f1(self) -> float | None:
        """Over all pairs together."""
        spans = sum(pair.first_spans + pair.second_spans for pair in self.pairs)
        return 2 * sum(pair.paired_spans for pair in self.pairs) / spans if spans else None


def stored_pairs(project: Project) -> list[tuple[list[int], dict[str, Any]]]:
    """Each article's annotators and pairs as stored, read as text and decoded in one go:
    decoding 10,000 small documents one by one took longer than the query."""
    rows = ArticleAgreement.objects.filter(article__project=project).values_list(
        Cast("annotators", TextField()), Cast("pairs", TextField())
    )
    return json.loads("[" + ",".join(f"[{judged},{pairs}]" for judged, pairs in rows) + "]")


def project_agreement(project: Project) -> ProjectAgreement:
    """All agreement figures of a project, from what its quotes and articles store: the same
    number of queries and about as much work for 1,000 quotes as for 100,000."""
    refresh_pairs(project)
    totals: defaultdict[tuple[int, int], PairCounts] = defaultdict(PairCounts)
    annotators: set[int] = set()
    for judged, compared in stored_pairs(project):
        annotators.update(judged)
        for key, counts in compared.items():
            lower, higher = key.split(":")
            totals[int(lower), int(higher)].add_stored(counts)
    users = User.objects.filter(pk__in=annotators).order_by("username")
    names = dict(users.values_list("pk", "username"))
    quotes = quote_figures(project)
    decision_tallies, stance_tallies = quotes.decisions, quotes.stances

    labels = list(project.stance_labels.values_list("key", "name"))
    known = {key for key, _ in labels}
    given = {str(key) for votes, _ in stance_tallies for key in votes}
    labels += [(key, key) for key in sorted(given - known)]
    keys = [key for key, _ in labels]

    pairs = []
    for a, b in combinations(names, 2):
        if a < b:
            counts = totals[a, b]
        else:  # the names' order is not the ids'
            counts = PairCounts()
            counts.add_stored(totals[b, a].stored(), swap=True)
        pairs.append(PairAgreement.of(names[a], names[b], counts, keys))
    stance_matrix = coincidences_of(stance_tallies)
    return ProjectAgreement(
        project=project,
        annotators=list(names.values()),
        labels=labels,
        pairs=pairs,
        decision_alpha=alpha_of(coincidences_of(decision_tallies)),
        decision_units=pairable(decision_tallies),
        stance_alpha=alpha_of(stance_matrix),
        stance_units=pairable(stance_tallies),
        stance_coincidences=[[stance_matrix[row, column] for column in keys] for row in keys],
        fields=quotes.fields,
        added_by_some=quotes.added_by_some,
    )


def fingerprint(project: Project) -> tuple[object, ...]:
    """What the figures depend on, read cheaply: the latest audit event (every judgement,
    assignment, quote change and speaker merge writes one, whoever makes it) and, for changes
    that bypass the trail such as a cascade, how many judgements there are."""
    latest = AuditEvent.objects.aggregate(last=Max("pk"))["last"]
    labels = tuple(project.stance_labels.values_list("key", "name"))
    return (project.pk, latest, Annotation.objects.count(), labels)


def cached_project_agreement(project: Project) -> ProjectAgreement:
    """``project_agreement``, computed again only when what it depends on changed."""
    key = "agreement:" + hashlib.sha256(repr(fingerprint(project)).encode()).hexdigest()
    figures = cache.get(key)
    if figures is None:
        figures = project_agreement(project)
        cache.set(key, figures, timeout=CACHE_SECONDS)
    return figures


def pairable(tallies: Iterable[Tally]) -> int:
    """How many units hold at least two values, the ones alpha can use."""
    return sum(n for values, n in tallies if sum(values.values()) >= 2)


def fmt(value: float | None, digits: int = 3) -> str:
    """A figure for people: three decimals, or a dash where it is undefined."""
    return "—" if value is None else f"{value:.{digits}f}"

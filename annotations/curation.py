"""What the reviewer's curation page of an article shows: every annotator's judgement of
every quote side by side, a column per annotator, field by field, disagreements first.

The page is a view of the article's admin (``ArticleAdmin.curate_view``); what counts as a
disagreement, a majority or unanimity is ``annotations.policy``'s.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from django.contrib.auth.models import User
from django.db.models import Exists, OuterRef, Q

from annotations import policy, rendering
from annotations.models import (
    Annotation,
    Article,
    Assignment,
    Decision,
    Quote,
    ReviewStatus,
    Speaker,
)

# The key that picks each field's row on the page.
FIELD_KEYS = {"decision": "d", "span": "s", "speaker": "p", "stance": "t"}
EXCERPT = 160
# Cards per page: an article of hundreds of quotes shows its open disagreements a page at a
# time, so the page costs the same whatever the article's size.
CARDS_PER_PAGE = 50
# A judgement's decision as shown (``get_decision_display`` costs a bound partial per call).
DECISIONS: dict[str, str] = dict(Decision.choices)


@dataclass(frozen=True)
class Choice:
    """One annotator's value of one field, which the reviewer can take."""

    judgement: Annotation
    text: str
    chosen: bool


@dataclass(frozen=True)
class FieldRow:
    field: str
    key: str
    cells: list[Choice | None]  # one per annotator column; None: nothing to take
    disputed: bool
    final: str

    @property
    def label(self) -> str:
        return self.field


@dataclass(frozen=True)
class Card:
    """One quote on the curation page."""

    number: int
    quote: Quote
    text: str
    rows: list[FieldRow]
    disputed: list[str]
    added_by: tuple[int, int] | None
    unanimous: bool
    judgements: list[Annotation]
    ballot: policy.Ballot

    @property
    def is_final(self) -> bool:
        return self.quote.status != ReviewStatus.PENDING

    @property
    def open_dispute(self) -> bool:
        return bool(self.disputed) and not self.is_final


@dataclass(frozen=True)
class Curation:
    """The page: the whole article's text and counts, and one page of its cards."""

    article: Article
    annotators: list[User]
    cards: list[Card]
    paragraphs: list[rendering.Paragraph]
    total: int
    open_disputes: int
    final: int
    unanimous_pending: int
    page: int = 0
    pages: int = 1

    @property
    def first_number(self) -> int:
        return self.page * CARDS_PER_PAGE + 1 if self.cards else 0

    @property
    def last_number(self) -> int:
        return self.page * CARDS_PER_PAGE + len(self.cards)

    @property
    def previous_page(self) -> int | None:
        return self.page - 1 if self.page > 0 else None

    @property
    def next_page(self) -> int | None:
        return self.page + 1 if self.page + 1 < self.pages else None


def excerpt(text: str) -> str:
    """The text on one line, cut at ``EXCERPT`` characters with an ellipsis.

    Plain slicing: Django's Truncator builds a lazy object per call, which at hundreds of
    quotes times four fields cost most of the page.
    """
    flat = " ".join(text.split())
    return flat if len(flat) <= EXCERPT else flat[: EXCERPT - 1].rstrip() + "…"


def _quotes(article: Article, users: dict[int, User]) -> list[tuple[Quote, list[Annotation]]]:
    """The article's current quotes and the stale ones someone judged, in reading order, each
    with its judgements in the order they were made; ``users`` gains their annotators.

    Annotators and speakers are read once each and shared by every row that names them: an
    article of 500 quotes would otherwise build a user and a speaker per judgement. The
    judgements are plain lists: a prefetched relation builds a queryset on every read.
    """
    judged = Annotation.objects.filter(quote=OuterRef("pk"))
    quotes = list(
        Quote.objects.filter(article=article)
        .filter(Q(is_stale=False) | Exists(judged))
        .order_by("start", "end", "pk")
    )
    of: dict[int, list[Annotation]] = {quote.pk: [] for quote in quotes}
    by_pk = {quote.pk: quote for quote in quotes}
    for judgement in Annotation.objects.filter(quote__article=article).order_by("pk"):
        # A quote added since the first query has no list; its judgements wait for a reload.
        if judgement.quote_id in by_pk:
            judgement.quote = by_pk[judgement.quote_id]
            of[judgement.quote_id].append(judgement)
    rows = [judgement for judgements in of.values() for judgement in judgements]
    users |= User.objects.in_bulk({judgement.annotator_id for judgement in rows} - set(users))
    speaker_ids = {judgement.speaker_id for judgement in rows}
    speaker_ids |= {quote.suggested_speaker_id for quote in quotes}
    speaker_ids |= {quote.final_speaker_id for quote in quotes}
    speakers = Speaker.objects.in_bulk({pk for pk in speaker_ids if pk is not None})
    for quote in quotes:
        quote.article = article
        quote.suggested_speaker = speakers.get(quote.suggested_speaker_id or 0)
        quote.final_speaker = speakers.get(quote.final_speaker_id or 0)
    for judgement in rows:
        judgement.annotator = users[judgement.annotator_id]
        judgement.speaker = speakers.get(judgement.speaker_id or 0)
    return [(quote, of[quote.pk]) for quote in quotes]


def _speaker_name(judgement: Annotation) -> str:
    return judgement.speaker.name if judgement.speaker is not None else "— no speaker"


def _cell_text(field: str, judgement: Annotation, text: str, stances: dict[str, str]) -> str:
    match field:
        case "decision":
            return DECISIONS.get(judgement.decision) or "undecided"
        case "span":
            start, end = judgement.effective_span
            corrected = " (corrected)" if judgement.start is not None else ""
            return f"{start}–{end}{corrected}: {excerpt(text[start:end])}"
        case "speaker":
            return _speaker_name(judgement)
        case _:
            return stances.get(judgement.stance, judgement.stance) or "— no stance"


def _final_text(field: str, quote: Quote, text: str, stances: dict[str, str]) -> str:
    if quote.status == ReviewStatus.PENDING:
        return ""
    if field == "decision":
        return quote.get_status_display()
    if quote.status == ReviewStatus.REJECTED:
        return "—"
    match field:
        case "span":
            start = quote.final_start if quote.final_start is not None else quote.start
            end = quote.final_end if quote.final_end is not None else quote.end
            return f"{start}–{end}: {excerpt(text[start:end])}"
        case "speaker":
            return quote.final_speaker.name if quote.final_speaker else "— no speaker"
        case _:
            return stances.get(quote.final_stance, quote.final_stance) or "— no stance"


def _final_value(field: str, quote: Quote) -> object:
    match field:
        case "decision":
            return {ReviewStatus.ACCEPTED: Decision.ACCEPT, ReviewStatus.REJECTED: Decision.REJECT}[
                ReviewStatus(quote.status)
            ]
        case "span":
            if quote.final_start is None or quote.final_end is None:
                return (quote.start, quote.end)
            return (quote.final_start, quote.final_end)
        case "speaker":
            return quote.final_speaker_id
        case _:
            return quote.final_stance


def card(
    number: int, quote: Quote, judgements: list[Annotation], text: str, article_annotators: int
) -> Card:
    """The quote's card without its rows: what sorting and counting the cards needs."""
    vote = policy.ballot(quote, judgements, article_annotators)
    required = quote.article.project.annotators_per_article
    return Card(
        number=number,
        quote=quote,
        text=text[quote.start : quote.end],
        rows=[],
        disputed=vote.disputed_fields(),
        added_by=vote.added_by(),
        unanimous=vote.unanimous_label(required) is not None,
        judgements=judgements,
        ballot=vote,
    )


def with_rows(card: Card, text: str, columns: Sequence[User], stances: dict[str, str]) -> Card:
    """The card with a row per field: each annotator's value, the one to take, the final."""
    quote, vote = card.quote, card.ballot
    by_annotator = {judgement.annotator_id: judgement for judgement in card.judgements}
    votes = {v.pk: v for v in vote.votes}
    rows = []
    for field in policy.FIELDS:
        if quote.status != ReviewStatus.PENDING:
            wanted = _final_value(field, quote)
        else:
            wanted = vote.majority(field)
        cells: list[Choice | None] = []
        taken = False
        for user in columns:
            judgement = by_annotator.get(user.pk)
            counts = judgement is not None and (
                bool(judgement.decision) if field == "decision" else judgement.decision == "accept"
            )
            if judgement is None or not counts:
                cells.append(None)
                continue
            value = votes[judgement.pk].value(field)
            chosen = not taken and wanted is not None and value == wanted
            taken = taken or chosen
            cells.append(Choice(judgement, _cell_text(field, judgement, text, stances), chosen))
        rows.append(
            FieldRow(
                field=field,
                key=FIELD_KEYS[field],
                cells=cells,
                disputed=field in card.disputed,
                final=_final_text(field, quote, text, stances),
            )
        )
    return replace(card, rows=rows)


def curation(article: Article, page: int = 0, quote_id: int | None = None) -> Curation:
    """The page in six queries whatever the number of quotes and judgements (seven when
    someone who judged is no longer assigned).

    ``quote_id`` opens the page that holds that quote; otherwise ``page`` (from 0) is shown.
    """
    assigned = list(
        Assignment.objects.filter(article=article).values_list("annotator_id", flat=True)
    )
    users = User.objects.in_bulk(assigned)
    quotes = _quotes(article, users)
    # Every annotator assigned, and anyone else who judged (a reviewer since unassigned).
    columns = sorted(users.values(), key=lambda user: user.username)
    stances = {label.key: label.name for label in article.project.stance_labels.all()}
    cards = [
        card(number, quote, judgements, article.text, len(assigned))
        for number, (quote, judgements) in enumerate(quotes, 1)
    ]
    # Open disagreements first, then what is left to decide, then what is final.
    cards.sort(key=lambda c: (not c.open_dispute, c.is_final, c.quote.start, c.quote.pk))
    pages = max(1, -(-len(cards) // CARDS_PER_PAGE))
    at = next((i for i, c in enumerate(cards) if c.quote.pk == quote_id), None)
    page = at // CARDS_PER_PAGE if at is not None else min(max(page, 0), pages - 1)
    marks = [
        rendering.Mark(
            c.quote.start,
            c.quote.end,
            "quote",
            c.quote.pk,
            c.quote.kind,
            "disputed" if c.open_dispute else ("final" if c.is_final else ""),
        )
        for c in cards
    ]
    return Curation(
        article,
        columns,
        [
            with_rows(shown, article.text, columns, stances)
            for shown in cards[page * CARDS_PER_PAGE : (page + 1) * CARDS_PER_PAGE]
        ],
        rendering.paragraphs(article, marks),
        total=len(cards),
        open_disputes=sum(c.open_dispute for c in cards),
        final=sum(c.is_final for c in cards),
        unanimous_pending=sum(c.unanimous and not c.is_final for c in cards),
        page=page,
        pages=pages,
    )


@dataclass(frozen=True)
class MergeError(Exception):
    message: str


def read_merge(quote: Quote, data: dict[str, str]) -> tuple[str, dict[str, Annotation | None]]:
    """The decision and the judgement each field is taken from, as posted; raises MergeError."""
    judgements = {str(j.pk): j for j in quote.annotations.select_related("annotator")}
    chosen: dict[str, Annotation | None] = {}
    for field in policy.FIELDS:
        value = data.get(field, "")
        if value and value not in judgements:
            raise MergeError(f"The {field} comes from a judgement that is not this quote’s.")
        chosen[field] = judgements.get(value)
    source = chosen["decision"]
    if source is None or not source.decision:
        raise MergeError("Choose whose decision to take (accept or reject) first.")
    if source.decision == Decision.ACCEPT:
        for field in ("span", "speaker", "stance"):
            picked = chosen[field]
            if picked is not None and picked.decision != Decision.ACCEPT:
                raise MergeError(f"The {field} must come from a judgement that accepted the quote.")
    return source.decision, chosen

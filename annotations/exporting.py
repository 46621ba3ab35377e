"""Exporting a project's labelled quotes as JSONL, CSV, spaCy DocBin or Parquet, with splits.

Exports stream: articles are read in keyset-paginated chunks by id, each chunk with its quotes
and judgements in two more queries, and every record is written before the next chunk is
read. JSONL, CSV and Parquet therefore use the same memory for a thousand quotes as for a
million; a DocBin holds its split in memory until it is written, as spaCy's format requires.
The record shape is documented in ``docs/export-format.md``.
"""

from __future__ import annotations

import csv
import gc
import hashlib
import json
import shutil
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from django.contrib.auth.models import AnonymousUser, User
from django.db.models import Count, Exists, IntegerField, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce

from annotations import audit, mentions, policy
from annotations.models import (
    Annotation,
    Article,
    Assignment,
    Decision,
    Project,
    Quote,
    QuoteOrigin,
    ReviewStatus,
)
from annotations.wording import counted

if TYPE_CHECKING:
    import pyarrow as pa
    from spacy.tokens import Doc, Span

FORMATS = ("jsonl", "csv", "spacy", "parquet")
STATUSES = ("final", "accepted", "all")
DEFAULT_SPLIT = "0.8,0.1,0.1"
SPLIT_NAMES = {1: ("train",), 2: ("train", "test"), 3: ("train", "dev", "test")}
CHUNK_SIZE = 100  # articles per round of queries
ROW_GROUP_SIZE = 10_000  # Parquet rows buffered before a row group is written
# str.splitlines() breaks on these and json.dumps leaves them raw; escaping keeps one
# record per line for every reader.
_LINE_BREAKS = {"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"}

CSV_COLUMNS = (
    "article_id",
    "article_title",
    "article_source",
    "article_url",
    "split",
    "quote_id",
    "start",
    "end",
    "text",
    "kind",
    "speaker_id",
    "speaker_name",
    "speaker_kind",
    "speaker_start",
    "speaker_end",
    "cue_start",
    "cue_end",
    "stance",
    "stance_target",
    "status",
    "origin",
    "agreement",
    "agreement_decision",
    "agreement_span",
    "agreement_speaker",
    "agreement_stance",
    "context",
    "context_start",
    "judgements",
)
# Opt-in (``--full-text``): the article's whole text on every row.
FULL_TEXT_COLUMN = "article_text"
TRAINING_CONFIGS = Path(__file__).resolve().parent / "training"


def columns(options: ExportOptions) -> tuple[str, ...]:
    return (*CSV_COLUMNS, FULL_TEXT_COLUMN) if options.full_text else CSV_COLUMNS


@cache
def parquet_schema(full_text: bool = False) -> pa.Schema:
    """CSV's columns, typed; the judgements a list of structs rather than a JSON string."""
    import pyarrow as pa  # imported on use: it costs the web processes most of a second

    integers = ["article_id", "quote_id", "start", "end", "speaker_id"]
    integers += ["speaker_start", "speaker_end", "cue_start", "cue_end", "context_start"]
    speaker = pa.struct([("id", pa.int64()), ("name", pa.string()), ("kind", pa.string())])
    judgement = pa.struct(
        [
            ("annotator", pa.string()),
            ("decision", pa.string()),
            ("start", pa.int64()),
            ("end", pa.int64()),
            ("speaker", speaker),
            ("stance", pa.string()),
            ("note", pa.string()),
        ]
    )
    types = {name: pa.int64() for name in integers}
    types |= {f"agreement_{name}": pa.float64() for name in policy.FIELDS}
    types |= {"agreement": pa.float64(), "judgements": pa.list_(judgement)}
    names = (*CSV_COLUMNS, FULL_TEXT_COLUMN) if full_text else CSV_COLUMNS
    return pa.schema([(name, types.get(name, pa.string())) for name in names])


@dataclass(frozen=True)
class Split:
    """Named shares of articles, assigned by a hash of the seed and the article's text.

    Each article's split depends on nothing but the seed and its own sha256, so it is the
    same on every run and in every database, and adding articles never moves another one.
    """

    names: tuple[str, ...]
    weights: tuple[float, ...]
    seed: int = 0

    @classmethod
    def parse(cls, spec: str, seed: int = 0) -> Split:
        """``0.8,0.1,0.1`` (train, dev, test) or ``train=0.7,validation=0.3``."""
        names, weights = [], []
        parts = [part.strip() for part in spec.split(",") if part.strip()]
        if not parts:
            raise ValueError("The split is empty: give shares such as 0.8,0.1,0.1.")
        for part in parts:
            name, _, share = part.rpartition("=")
            try:
                weight = float(share)
            except ValueError:
                raise ValueError(f"“{share}” in the split is not a number.") from None
            if weight < 0:
                raise ValueError(f"The split share {share} is negative.")
            names.append(name.strip())
            weights.append(weight)
        if any(names) and not all(names):
            raise ValueError("Name every part of the split or none.")
        if not any(names):
            if len(parts) not in SPLIT_NAMES:
                raise ValueError("Name the parts of a split in more than three (train=0.7,...).")
            names = list(SPLIT_NAMES[len(parts)])
        if len(set(names)) != len(names):
            raise ValueError("The split names repeat.")
        if abs(sum(weights) - 1) > 1e-6:
            raise ValueError(f"The split shares add up to {sum(weights):g}, not 1.")
        return cls(tuple(names), tuple(weights), seed)

    def of(self, sha256: str) -> str:
        digest = hashlib.sha256(f"{self.seed}:{sha256}".encode()).digest()
        point = int.from_bytes(digest[:8], "big") / 2**64
        cumulative = 0.0
        for name, weight in zip(self.names, self.weights, strict=True):
            cumulative += weight
            if point < cumulative and weight > 0:
                return name
        return next(n for n, w in zip(self.names[::-1], self.weights[::-1], strict=True) if w)

    def describe(self) -> dict[str, float]:
        return dict(zip(self.names, self.weights, strict=True))


@dataclass(frozen=True)
class ExportOptions:
    """What to export. ``min_agreement`` holds a minimum per field of the labelling policy
    (``policy.parse_minimums`` reads ``1.0`` or ``stance=0.8,decision=1``)."""

    project: Project
    status: str = "final"
    min_agreement: dict[str, float] = field(default_factory=dict)
    annotator: User | None = None
    split: Split = field(default_factory=lambda: Split.parse(DEFAULT_SPLIT))
    full_text: bool = False

    def describe(self) -> dict[str, Any]:
        return {
            "project": self.project.slug,
            "status": self.status,
            "min_agreement": self.min_agreement or None,
            "annotator": self.annotator.get_username() if self.annotator else None,
            "split": self.split.describe(),
            "seed": self.split.seed,
            "full_text": self.full_text,
        }


# Selecting and labelling ------------------------------------------------------------------


def quote_filter(options: ExportOptions) -> Q:
    """Which quotes ``--status`` selects (``--min-agreement`` is applied per quote later)."""
    final = Q(status=ReviewStatus.ACCEPTED)
    if options.status == "final":
        return final
    accepts = Annotation.objects.filter(quote=OuterRef("pk"), decision=Decision.ACCEPT)
    if options.annotator is not None:
        accepts = accepts.filter(annotator=options.annotator)
    # A reviewer's rejection overrides the annotators' acceptances.
    accepted = final | (Exists(accepts) & ~Q(status=ReviewStatus.REJECTED))
    if options.status == "accepted":
        return accepted
    return accepted | Q(is_stale=False)


# A ``values_list(named=True)`` row, its columns as attributes: exports read no model
# instances, which cost most, nor dicts, which cost several times a tuple.
Row = Any

QUOTE_FIELDS = (
    "id",
    "article_id",
    "start",
    "end",
    "kind",
    "speaker_start",
    "speaker_end",
    "cue_start",
    "cue_end",
    "status",
    "origin",
    "detector_name",
    "detector_version",
    "final_start",
    "final_end",
    "final_stance",
    "final_speaker_id",
    "final_speaker__name",
    "final_speaker__kind",
    "suggested_speaker_id",
    "suggested_speaker__name",
    "suggested_speaker__kind",
)
JUDGEMENT_FIELDS = (
    "quote_id",
    "annotator_id",
    "annotator__username",
    "decision",
    "start",
    "end",
    "speaker_id",
    "speaker__name",
    "speaker__kind",
    "speaker_start",
    "speaker_end",
    "stance",
    "note",
)


@cache
def _speaker_columns(prefix: str) -> tuple[str, str, str]:
    return f"{prefix}_id", f"{prefix}__name", f"{prefix}__kind"


def speaker_record(row: Row, prefix: str) -> dict[str, Any] | None:
    """``{"id", "name", "kind"}`` from a row's ``<prefix>_id``, ``<prefix>__name``..."""
    pk, name, kind = _speaker_columns(prefix)
    if getattr(row, pk) is None:
        return None
    return {"id": getattr(row, pk), "name": getattr(row, name), "kind": getattr(row, kind)}


def judgement_record(judgement: Row) -> dict[str, Any]:
    return {
        "annotator": judgement.annotator__username,
        "decision": judgement.decision or None,
        "start": judgement.start,
        "end": judgement.end,
        "speaker": speaker_record(judgement, "speaker"),
        "stance": judgement.stance or None,
        "note": judgement.note,
    }


def ballot(quote: Row, judgements: list[Row], article_annotators: int) -> policy.Ballot:
    span = (quote.start, quote.end)
    votes = tuple(
        policy.Vote.from_values(
            j.annotator__username, j.decision, j.start, j.end, j.speaker_id, j.stance, span
        )
        for j in judgements
    )
    return policy.Ballot(votes, span, quote.origin == QuoteOrigin.MANUAL, article_annotators)


def quote_record(
    article: Row,
    quote: Row,
    judgements: list[Row],
    options: ExportOptions,
    article_annotators: int = 0,
) -> dict[str, Any] | None:
    """The quote as exported, or None when ``--min-agreement`` leaves it out.

    Each field of the label falls back in order: the reviewer's final label, the policy's
    majority of the annotators who accepted the quote, the quote's own span and the detector's
    suggested speaker. The speaker mention is kept only beside the speaker it names.
    """
    votes = ballot(quote, judgements, article_annotators)
    agreements = votes.agreements()
    if not policy.passes(agreements, options.min_agreement, quote.status):
        return None
    if options.annotator is not None:
        judgements = [j for j in judgements if j.annotator_id == options.annotator.pk]
        votes = ballot(quote, judgements, article_annotators)
    records = [judgement_record(j) for j in judgements]
    if quote.final_start is not None and quote.final_end is not None:
        start, end = quote.final_start, quote.final_end
    else:
        span = votes.majority("span")
        start, end = span if isinstance(span, tuple) else (quote.start, quote.end)
    speakers = {j.speaker_id: r["speaker"] for j, r in zip(judgements, records, strict=True)}
    majority_speaker = votes.majority("speaker")
    speaker = (
        speaker_record(quote, "final_speaker")
        or (speakers.get(majority_speaker) if isinstance(majority_speaker, int) else None)
        or speaker_record(quote, "suggested_speaker")
    )
    majority_stance = votes.majority("stance")
    stance = quote.final_stance or (majority_stance if isinstance(majority_stance, str) else "")
    mention_start, mention_end = quote.speaker_start, quote.speaker_end
    if mention_start is not None and not policy.mention_names(
        article["text"][mention_start:mention_end],
        speaker["id"] if speaker else None,
        speaker["name"] if speaker else "",
        quote.suggested_speaker_id,
    ):
        mention_start = mention_end = None
    # A judgement's own mention of that speaker comes first (see annotations.mentions).
    given = mentions.given_mention(
        speaker["id"] if speaker else None, quote.suggested_speaker_id, judgements
    )
    if given is not None:
        mention_start, mention_end = given
    return {
        "id": quote.id,
        "start": start,
        "end": end,
        "text": article["text"][start:end],
        "kind": quote.kind,
        "speaker": speaker,
        "speaker_start": mention_start,
        "speaker_end": mention_end,
        "cue_start": quote.cue_start,
        "cue_end": quote.cue_end,
        "stance": stance or None,
        "stance_target": options.project.stance_target,
        "status": quote.status,
        "origin": quote.origin,
        "judgements": records,
        "agreement": policy.overall(agreements),
        "agreement_by_field": agreements,
    }


def iter_chunks(
    options: ExportOptions,
) -> Iterator[list[tuple[dict[str, Any], list[tuple[Row, list[Row]]]]]]:
    """Articles with at least one selected quote, by id, a chunk at a time (three queries).

    Each article row comes with its quote rows, each with its judgement rows.
    """
    selected = quote_filter(options)
    articles = (
        Article.objects.filter(project=options.project)
        .filter(Exists(Quote.objects.filter(selected, article=OuterRef("pk"))))
        .annotate(
            annotators=Coalesce(
                Subquery(
                    Assignment.objects.filter(article=OuterRef("pk"))
                    .order_by()
                    .values("article_id")
                    .annotate(n=Count("pk"))
                    .values("n"),
                    output_field=IntegerField(),
                ),
                0,
            )
        )
        .order_by("id")
        .values("id", "title", "source", "url", "text", "sha256", "annotators")
    )
    last = 0
    while chunk := cast("list[dict[str, Any]]", list(articles.filter(id__gt=last)[:CHUNK_SIZE])):
        last = chunk[-1]["id"]
        quotes = Quote.objects.filter(selected, article_id__in=[a["id"] for a in chunk])
        by_id: dict[int, list[Row]] = {}
        by_article: dict[int, list[tuple[Row, list[Row]]]] = defaultdict(list)
        ordered = quotes.order_by("article_id", "start", "end", "id")
        for quote in ordered.values_list(*QUOTE_FIELDS, named=True):
            by_id[quote.id] = []
            by_article[quote.article_id].append((quote, by_id[quote.id]))
        judgements = (
            Annotation.objects.filter(quote__in=quotes.values("pk"))
            .order_by("quote_id", "annotator__username", "id")
            .values_list(*JUDGEMENT_FIELDS, named=True)
        )
        for judgement in judgements:
            # A quote added between the two queries has no row here; its judgements wait.
            if judgement.quote_id in by_id:
                by_id[judgement.quote_id].append(judgement)
        yield [(article, by_article[article["id"]]) for article in chunk]


def iter_records(options: ExportOptions, stats: CardStats | None = None) -> Iterator[dict]:
    """One JSONL record per article that keeps at least one quote after every filter."""
    for chunk in iter_chunks(options):
        for article, quotes in chunk:
            split = options.split.of(article["sha256"])
            kept = []
            for quote, judgements in quotes:
                record = quote_record(article, quote, judgements, options, article["annotators"])
                if record is not None:
                    kept.append(record)
                    if stats is not None:
                        stats.add_quote(split, quote, record)
            if not kept:
                continue
            if stats is not None:
                stats.articles[split] += 1
            yield {
                "id": article["id"],
                "title": article["title"],
                "source": article["source"],
                "url": article["url"],
                "split": split,
                "text": article["text"],
                "quotes": kept,
            }


def paragraph_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The lines that hold ``text[start:end]``: from the line break before it to the next."""
    before = max(text.rfind("\n", 0, start), text.rfind("\r", 0, start)) + 1
    breaks = [at for at in (text.find("\n", end), text.find("\r", end)) if at != -1]
    return before, min(breaks, default=len(text))


def quote_rows(record: dict[str, Any], full_text: bool = False) -> Iterator[dict[str, Any]]:
    """The article record flattened into one row per quote (CSV and Parquet), with the
    quote's paragraph as its context; the whole text only when asked for."""
    text = record["text"]
    for quote in record["quotes"]:
        speaker = quote["speaker"] or {}
        agreements = quote["agreement_by_field"]
        context_start, context_end = paragraph_around(text, quote["start"], quote["end"])
        row = {
            "article_id": record["id"],
            "article_title": record["title"],
            "article_source": record["source"],
            "article_url": record["url"],
            "split": record["split"],
            "quote_id": quote["id"],
            "start": quote["start"],
            "end": quote["end"],
            "text": quote["text"],
            "kind": quote["kind"],
            "speaker_id": speaker.get("id"),
            "speaker_name": speaker.get("name"),
            "speaker_kind": speaker.get("kind"),
            "speaker_start": quote["speaker_start"],
            "speaker_end": quote["speaker_end"],
            "cue_start": quote["cue_start"],
            "cue_end": quote["cue_end"],
            "stance": quote["stance"],
            "stance_target": quote["stance_target"],
            "status": quote["status"],
            "origin": quote["origin"],
            "agreement": quote["agreement"],
            "agreement_decision": agreements["decision"],
            "agreement_span": agreements["span"],
            "agreement_speaker": agreements["speaker"],
            "agreement_stance": agreements["stance"],
            "context": text[context_start:context_end],
            "context_start": context_start,
            "judgements": quote["judgements"],
        }
        if full_text:
            row[FULL_TEXT_COLUMN] = text
        yield row


# Streams and files --------------------------------------------------------------------------


def jsonl_lines(options: ExportOptions, stats: CardStats | None = None) -> Iterator[str]:
    encode = json.JSONEncoder(ensure_ascii=False).encode  # one encoder for every line
    for record in iter_records(options, stats):
        line = encode(record)
        for char, escape in _LINE_BREAKS.items():
            line = line.replace(char, escape)
        yield line + "\n"


class _Echo:
    """A file-like object whose write returns the text, so csv.writer can feed a stream."""

    def write(self, text: str) -> str:
        return text


# A spreadsheet reads a cell starting with one of these as a formula (OWASP, CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralised(text: str) -> str:
    """The text as a CSV cell no spreadsheet runs: a leading ``'`` when it could be a formula."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _csv_cell(value: object) -> object:
    if value is None:
        return ""
    if isinstance(value, list):
        return json.dumps(value, ensure_ascii=False)
    return neutralised(value) if isinstance(value, str) else value


def csv_lines(options: ExportOptions, stats: CardStats | None = None) -> Iterator[str]:
    names = columns(options)
    writer = csv.writer(_Echo(), lineterminator="\r\n")
    yield writer.writerow(names)
    for record in iter_records(options, stats):
        for row in quote_rows(record, options.full_text):
            yield writer.writerow([_csv_cell(row[column]) for column in names])


def write_lines(out: Path, lines: Iterable[str]) -> list[Path]:
    with out.open("w", encoding="utf-8", newline="") as handle:
        handle.writelines(lines)
    return [out]


def write_parquet(out: Path, options: ExportOptions, stats: CardStats) -> list[Path]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = parquet_schema(options.full_text)
    with pq.ParquetWriter(out, schema) as writer:
        rows: list[dict[str, Any]] = []
        for record in iter_records(options, stats):
            rows.extend(quote_rows(record, options.full_text))
            if len(rows) >= ROW_GROUP_SIZE:
                writer.write_table(pa.Table.from_pylist(rows, schema=schema))
                rows.clear()
        if rows:
            writer.write_table(pa.Table.from_pylist(rows, schema=schema))
    return [out]


def token_span(doc: Doc, start: int, end: int, label: str) -> Span | None:
    """The tokens covering ``doc.text[start:end]``; None when no token does (whitespace)."""
    span = doc.char_span(start, end, label=label, alignment_mode="expand")
    return span if span is not None and len(span) else None


@cache
def blank_docbin() -> type:
    """A DocBin for the docs of a blank pipeline, whose tokens carry nothing but their text.

    spaCy's ``DocBin.add`` collects nine strings of every token (tag, lemma, dependency...),
    all empty here; this one stores the same arrays, spans, cats and user data, and learns the
    strings from the ORTH column, looking up only hashes it has not seen. The bins read back
    with spaCy's own ``DocBin`` (the tests do).
    """
    import numpy
    import srsly
    from spacy.attrs import ORTH, SPACY
    from spacy.strings import StringStore
    from spacy.tokens import DocBin

    class BlankDocBin(DocBin):
        def __init__(self, strings: StringStore) -> None:
            super().__init__(attrs=["ORTH"], store_user_data=True)
            self.vocab_strings = strings
            self.seen: set[int] = set()
            self.strings.add("")

        def add(self, doc: Doc) -> None:
            orths = doc.to_array(ORTH).reshape(-1, 1)
            self.tokens.append(orths)
            self.spaces.append(numpy.asarray(doc.to_array(SPACY), dtype=bool).reshape(-1, 1))
            self.flags.append({"has_unknown_spaces": doc.has_unknown_spaces})
            new = set(numpy.unique(orths).tolist()) - self.seen
            self.seen |= new
            self.strings.update(self.vocab_strings[key] for key in new)
            self.cats.append(doc.cats)
            self.user_data.append(srsly.msgpack_dumps(doc.user_data))
            self.span_groups.append(doc.spans.to_bytes())
            self.strings.update(span.label_ for group in doc.spans.values() for span in group)

    return BlankDocBin


@contextmanager
def long_lived_objects_frozen() -> Iterator[None]:
    """While it lasts, the garbage collector leaves the objects there were before it alone.

    An export allocates a few dicts per quote, and the collections they set off scan every
    object of the process, most of them the modules of Django, spaCy and pyarrow, over and
    over: a tenth of a JSONL export's time. Objects made during the export are collected as
    usual; afterwards the older ones are scanned again.
    """
    mine = not gc.get_freeze_count()  # else someone froze them before: theirs stay frozen
    if mine:
        gc.freeze()
    try:
        yield
    finally:
        if mine:
            gc.unfreeze()


@contextmanager
def msgpack_encoders_read_once() -> Iterator[None]:
    """While it lasts, srsly's msgpack encoders are looked up once, not on every pack.

    Every ``srsly.msgpack_dumps`` asks catalogue for the registered encoders, which scans the
    installed packages' entry points and spaCy's whole function registry; a DocBin export
    packs a few times per article, and that lookup was most of its time. Nothing registers
    an encoder in the middle of an export.
    """
    import srsly.msgpack

    registry = srsly.msgpack.msgpack_encoders
    encoders = registry.get_all()
    registry.get_all = lambda: encoders
    try:
        yield
    finally:
        del registry.get_all


def write_spacy(out: Path, options: ExportOptions, stats: CardStats) -> list[Path]:
    """``<split>.spacy`` (quote and speaker spans) and ``<split>.stance.spacy`` (one doc
    per quote with ``doc.cats``) for every split."""
    import spacy  # imported on use: it costs the web processes two seconds

    with msgpack_encoders_read_once():
        return _write_spacy(spacy.blank("en"), out, options, stats)


def _write_spacy(nlp: Any, out: Path, options: ExportOptions, stats: CardStats) -> list[Path]:
    labels = list(options.project.stance_labels.values_list("key", flat=True))
    # A blank pipeline sets no tags, lemmas or parses: storing only the tokens' text (and
    # spacing, always kept) makes the bins several times smaller in memory and on disk.
    bins = blank_docbin()
    docs = {name: bins(nlp.vocab.strings) for name in options.split.names}
    stance_docs = {name: bins(nlp.vocab.strings) for name in options.split.names}
    for record in iter_records(options, stats):
        doc = nlp.make_doc(record["text"])
        doc.user_data["article"] = {key: record[key] for key in ("id", "title", "source", "url")}
        quote_spans, mention_spans = [], {}
        for quote in record["quotes"]:
            start, end = quote["start"], quote["end"]
            span = token_span(doc, start, end, quote["kind"])
            stats.align(quote["id"], start, end, span)
            if span is not None:
                quote_spans.append(span)
            doc.user_data[("quote", start, end)] = {
                "id": quote["id"],
                "kind": quote["kind"],
                "speaker": quote["speaker"],
                "stance": quote["stance"],
                "status": quote["status"],
                "agreement": quote["agreement"],
                "span": None if span is None else (span.start_char, span.end_char),
            }
            if quote["speaker_start"] is not None:
                kind = quote["speaker"]["kind"] if quote["speaker"] else "unknown"
                mention = token_span(doc, quote["speaker_start"], quote["speaker_end"], kind)
                if mention is not None:
                    mention_spans[(mention.start, mention.end, kind)] = mention
            if quote["stance"] in labels:
                stance_doc = nlp.make_doc(quote["text"])
                stance_doc.cats = {label: float(label == quote["stance"]) for label in labels}
                stance_doc.user_data["quote"] = {"id": quote["id"], "article_id": record["id"]}
                stance_docs[record["split"]].add(stance_doc)
        doc.spans["quotes"] = quote_spans
        doc.spans["speakers"] = list(mention_spans.values())
        docs[record["split"]].add(doc)
    out.mkdir(parents=True, exist_ok=True)
    files = []
    for name in options.split.names:
        for suffix, written in ((".spacy", docs), (".stance.spacy", stance_docs)):
            path = out / f"{name}{suffix}"
            written[name].to_disk(path)
            files.append(path)
    # Ready to train: python -m spacy train config.cfg --paths.train train.spacy ...
    for config, name in (("spancat.cfg", "config.cfg"), ("stance.cfg", "stance.cfg")):
        path = out / name
        shutil.copyfile(TRAINING_CONFIGS / config, path)
        files.append(path)
    return files


# The dataset card ---------------------------------------------------------------------------

POLICY_SUMMARY = (
    "per field (decision; and, among the annotators who accepted the quote, span, speaker and "
    "stance), the share of a quote's annotators who gave the most frequent value, measured from "
    "two values on; a quote added by hand counts each annotator who never marked it as a "
    "different span; a quote's agreement is its lowest field"
)


@dataclass
class CardStats:
    """Counts gathered while the export streams; they grow with labels, not with quotes."""

    articles: Counter[str] = field(default_factory=Counter)
    # Quotes per combination of their labels: (split, kind, stance, status, origin). One
    # count per quote instead of five; the card adds them up per label.
    labels: Counter[tuple[str, str, str, str, str]] = field(default_factory=Counter)
    speakers: Counter[tuple[int | None, str, str]] = field(default_factory=Counter)
    detectors: Counter[tuple[str, str]] = field(default_factory=Counter)  # (name, version)
    judgements: Counter[str] = field(default_factory=Counter)
    # Quotes per measured agreement: overall, and per (field, agreement).
    overall: Counter[float] = field(default_factory=Counter)
    by_field: Counter[tuple[str, float]] = field(default_factory=Counter)
    adjusted: list[int] = field(default_factory=list)
    unaligned: list[int] = field(default_factory=list)

    def add_quote(self, split: str, quote: Row, record: dict[str, Any]) -> None:
        stance = record["stance"] or "(none)"
        self.labels[split, record["kind"], stance, record["status"], record["origin"]] += 1
        speaker = record["speaker"]
        key = (speaker["id"], speaker["name"], speaker["kind"]) if speaker else (None, "", "")
        self.speakers[key] += 1
        if quote.origin == QuoteOrigin.DETECTOR:
            self.detectors[quote.detector_name, quote.detector_version] += 1
        for judgement in record["judgements"]:
            self.judgements[judgement["annotator"]] += 1
        if record["agreement"] is not None:
            self.overall[record["agreement"]] += 1
        for name, value in record["agreement_by_field"].items():
            if value is not None:
                self.by_field[name, value] += 1

    def per_label(self, at: int) -> Counter[str]:
        """Quotes per value of one of ``labels`` (0 the split ... 4 the origin), in the order
        the values first came."""
        counts: Counter[str] = Counter()
        for labels, count in self.labels.items():
            counts[labels[at]] += count
        return counts

    def align(self, quote_id: int, start: int, end: int, span: Span | None) -> None:
        if span is None:
            self.unaligned.append(quote_id)
        elif (span.start_char, span.end_char) != (start, end):
            self.adjusted.append(quote_id)

    def field_figures(self, name: str) -> dict[str, Any]:
        """The card's figures of one field's agreement."""
        values = [(value, count) for (of, value), count in self.by_field.items() if of == name]
        return {
            "quotes_measured": sum(count for _, count in values),
            "mean": _mean(values),
            "disputed": sum(count for value, count in values if value < 1),
        }

    def card(
        self, fmt: str, files: list[str], options: ExportOptions, exported_at: datetime
    ) -> dict[str, Any]:
        project = options.project
        quotes = self.per_label(0)
        measured = self.overall.total()
        card: dict[str, Any] = {
            "format": fmt,
            "files": files,
            "exported_at": exported_at.isoformat(timespec="seconds"),
            "project": {
                "slug": project.slug,
                "name": project.name,
                "stance_target": project.stance_target,
                "stance_labels": list(project.stance_labels.values_list("key", flat=True)),
            },
            "filters": options.describe(),
            "counts": {
                "articles": self.articles.total(),
                "quotes": quotes.total(),
                "per_split": {
                    name: {"articles": self.articles[name], "quotes": quotes[name]}
                    for name in options.split.names
                },
                "per_kind": dict(self.per_label(1).most_common()),
                "per_stance": dict(self.per_label(2).most_common()),
                "per_status": dict(self.per_label(3).most_common()),
                "per_origin": dict(self.per_label(4).most_common()),
                "per_speaker": [
                    {"id": key[0], "name": key[1], "kind": key[2], "quotes": count}
                    for key, count in sorted(self.speakers.items(), key=lambda i: (-i[1], i[0][1]))
                ],
            },
            "agreement": {
                "definition": POLICY_SUMMARY,
                "quotes_measured": measured,
                "mean": _mean(self.overall.items()),
                "full_agreement": self.overall[1.0],
                "per_field": {name: self.field_figures(name) for name in policy.FIELDS},
                "judgements_per_annotator": dict(sorted(self.judgements.items())),
            },
            "detector_versions": {
                f"{name} {version}".strip(): count
                for (name, version), count in self.detectors.most_common()
            },
        }
        if fmt == "spacy":
            card["alignment"] = {"adjusted": self.adjusted, "unaligned": self.unaligned}
        return card


def _mean(counted: Iterable[tuple[float, int]]) -> float | None:
    """The mean of values given with how many times each came, to four decimals."""
    pairs = list(counted)
    total = sum(count for _, count in pairs)
    return round(sum(value * count for value, count in pairs) / total, 4) if total else None


def card_paths(fmt: str, out: Path) -> tuple[Path, Path]:
    """Inside the directory for spaCy; ``data.jsonl.card.json`` beside ``data.jsonl``
    otherwise, so exports of one name in several formats keep a card each."""
    if fmt == "spacy":
        return out / "card.json", out / "README.md"
    return out.with_name(f"{out.name}.card.json"), out.with_name(f"{out.name}.README.md")


def _table(rows: Iterable[tuple[object, ...]], header: tuple[str, ...]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + " --- |" * len(header)]
    lines += [
        "| " + " | ".join(str(cell).replace("|", "\\|") for cell in row) + " |" for row in rows
    ]
    return "\n".join(lines)


def card_markdown(card: dict[str, Any]) -> str:
    counts, agreement_figures, filters = card["counts"], card["agreement"], card["filters"]
    top_speakers = counts["per_speaker"][:25]
    sections = [
        f"# Dataset card: {card['project']['name']}",
        f"Exported {card['exported_at']} as `{card['format']}`: "
        + ", ".join(f"`{name}`" for name in card["files"])
        + f". {counted(counts['quotes'], 'quote')} in {counted(counts['articles'], 'article')}. "
        "The record format is described in the workbench's `docs/export-format.md`; "
        "`card.json` holds every figure below.",
        f"Stance target: *{card['project']['stance_target']}*; labels: "
        + ", ".join(f"`{label}`" for label in card["project"]["stance_labels"])
        + ".",
        "## Filters\n\n"
        + _table(((k, json.dumps(v)) for k, v in filters.items()), ("filter", "value")),
        "## Splits\n\n"
        + _table(
            ((name, c["articles"], c["quotes"]) for name, c in counts["per_split"].items()),
            ("split", "articles", "quotes"),
        ),
        "## Kinds\n\n" + _table(counts["per_kind"].items(), ("kind", "quotes")),
        "## Stances\n\n" + _table(counts["per_stance"].items(), ("stance", "quotes")),
        "## Review status\n\n" + _table(counts["per_status"].items(), ("status", "quotes")),
        f"## Speakers (top {len(top_speakers)} of {len(counts['per_speaker'])})\n\n"
        + _table(
            ((s["name"] or "(none)", s["kind"], s["quotes"]) for s in top_speakers),
            ("speaker", "kind", "quotes"),
        ),
        "## Agreement\n\n"
        f"{agreement_figures['definition'].capitalize()}. "
        f"Measured on {counted(agreement_figures['quotes_measured'], 'quote')}; mean "
        f"{agreement_figures['mean']}; full agreement on {agreement_figures['full_agreement']}."
        "\n\n"
        + _table(
            (
                (name, f["quotes_measured"], f["mean"], f["disputed"])
                for name, f in agreement_figures["per_field"].items()
            ),
            ("field", "quotes measured", "mean", "disputed"),
        )
        + "\n\n"
        + _table(
            agreement_figures["judgements_per_annotator"].items(), ("annotator", "judgements")
        ),
        "## Detector versions\n\n"
        + _table(card["detector_versions"].items(), ("detector", "quotes")),
    ]
    if "alignment" in card:
        alignment = card["alignment"]
        sections.append(
            "## Token alignment\n\n"
            f"{len(alignment['adjusted'])} quote spans were moved to token boundaries and "
            f"{len(alignment['unaligned'])} could not be aligned (their ids are in `card.json`); "
            "the exact offsets are kept in `doc.user_data`."
        )
    return "\n\n".join(sections) + "\n"


WRITERS: dict[str, Callable[[Path, ExportOptions, CardStats], list[Path]]] = {
    "jsonl": lambda out, options, stats: write_lines(out, jsonl_lines(options, stats)),
    "csv": lambda out, options, stats: write_lines(out, csv_lines(options, stats)),
    "spacy": write_spacy,
    "parquet": write_parquet,
}


@dataclass(frozen=True)
class ExportResult:
    files: list[Path]
    card: dict[str, Any]


def record_export(
    actor: User | AnonymousUser | None,
    fmt: str,
    options: ExportOptions,
    counts: dict[str, Any] | None = None,
) -> None:
    """The audit event of an export, whether the admin or the command ran it."""
    after: dict[str, Any] = {"format": fmt, **options.describe()}
    if counts is not None:
        after |= {"articles": counts["articles"], "quotes": counts["quotes"]}
    audit.record(actor, options.project, "project.export", after=after)


def export(
    fmt: str,
    out: Path,
    options: ExportOptions,
    actor: User | AnonymousUser | None = None,
) -> ExportResult:
    """Write the dataset in ``fmt`` to ``out`` (a directory for spaCy) and its card."""
    exported_at = datetime.now(UTC)
    stats = CardStats()
    if fmt != "spacy":
        out.parent.mkdir(parents=True, exist_ok=True)
    with long_lived_objects_frozen():
        files = WRITERS[fmt](out, options, stats)
    card = stats.card(fmt, [path.name for path in files], options, exported_at)
    card_json, readme = card_paths(fmt, out)
    card_json.write_text(json.dumps(card, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    readme.write_text(card_markdown(card), encoding="utf-8")
    record_export(actor, fmt, options, card["counts"])
    return ExportResult([*files, card_json, readme], card)

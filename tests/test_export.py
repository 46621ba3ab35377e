from __future__ import annotations

import csv
import io
import json
from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest
import spacy
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from spacy.tokens import Doc, DocBin

from annotations import exporting
from annotations.models import Article, Project, Quote, QuoteKind, ReviewStatus, Speaker
from annotations.seeds import SEEDS_DIR as SEEDS
from tests.factories import (
    AnnotationFactory,
    ArticleFactory,
    ProjectFactory,
    QuoteFactory,
    SpeakerFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

TEXT = (
    "Council vote\r\n\r\n"
    "“We will not accept this, ‘ever’,” said Maria Lopez 🙂, the council’s chair.\r\n"
    'She added that the budget, "as drafted", was a turning point.\n'
    "The mayor said it was “반대” to the plan.\n"
)
RECORD_KEYS = {"id", "title", "source", "url", "split", "text", "quotes"}
QUOTE_KEYS = {
    "id",
    "start",
    "end",
    "text",
    "kind",
    "speaker",
    "speaker_start",
    "speaker_end",
    "cue_start",
    "cue_end",
    "stance",
    "stance_target",
    "status",
    "origin",
    "judgements",
    "agreement",
    "agreement_by_field",
}


def span(text: str, fragment: str) -> dict[str, int]:
    start = text.index(fragment)
    return {"start": start, "end": start + len(fragment)}


@dataclass
class Judged:
    project: Project
    article: Article
    lopez: Speaker
    mayor: Speaker
    final: Quote
    majority: Quote
    split: Quote
    suggestion: Quote
    stale: Quote
    overruled: Quote


@pytest.fixture
def judged() -> Judged:
    """One article whose quotes cover every status, label source and agreement case."""
    project = ProjectFactory(slug="council", stance_target="the city budget")
    article = ArticleFactory(project=project, text=TEXT, title="Council vote")
    lopez = SpeakerFactory(name="Maria Lopez")
    mayor = SpeakerFactory(name="The mayor", kind="organisation")
    other = SpeakerFactory(name="Someone else")
    ann1, ann2, ann3 = (UserFactory(username=name) for name in ("ann1", "ann2", "ann3"))
    direct = span(TEXT, "“We will not accept this, ‘ever’,”")
    final = QuoteFactory(
        article=article,
        start=direct["start"],
        end=direct["end"] + 1,  # the detector took the space too; the reviewer fixed it
        final_start=direct["start"],
        final_end=direct["end"],
        status=ReviewStatus.ACCEPTED,
        final_speaker=lopez,
        final_stance="against",
        suggested_speaker=other,
        speaker_start=span(TEXT, "Maria Lopez")["start"],
        speaker_end=span(TEXT, "Maria Lopez")["end"],
        cue_start=span(TEXT, "said Maria")["start"],
        cue_end=span(TEXT, "said Maria")["start"] + 4,
    )
    AnnotationFactory(quote=final, annotator=ann1, stance="none", speaker=other)
    AnnotationFactory(quote=final, annotator=ann2, stance="none", speaker=other)
    majority = QuoteFactory(
        article=article,
        **span(TEXT, 'the budget, "as drafted", was a turning point'),
        kind=QuoteKind.INDIRECT,
        suggested_speaker=other,
    )
    AnnotationFactory(quote=majority, annotator=ann1, stance="favor", speaker=lopez)
    AnnotationFactory(quote=majority, annotator=ann2, stance="favor", speaker=lopez)
    AnnotationFactory(
        quote=majority, annotator=ann3, decision="reject", stance="against", speaker=mayor
    )
    split = QuoteFactory(article=article, **span(TEXT, "“반대”"), kind=QuoteKind.MIXED)
    AnnotationFactory(quote=split, annotator=ann1, stance="none", speaker=mayor)
    AnnotationFactory(quote=split, annotator=ann2, decision="reject", stance="favor")
    suggestion = QuoteFactory(article=article, **span(TEXT, "Council vote"))
    stale = QuoteFactory(article=article, **span(TEXT, "Council"), is_stale=True)
    overruled = QuoteFactory(
        article=article, **span(TEXT, "She added"), status=ReviewStatus.REJECTED
    )
    AnnotationFactory(quote=overruled, annotator=ann1)
    return Judged(
        project, article, lopez, mayor, final, majority, split, suggestion, stale, overruled
    )


def export(tmp_path: Path, fmt: str, *args: str) -> Path:
    out = tmp_path / ("spacy" if fmt == "spacy" else f"data.{fmt}")
    call_command(
        "export_dataset",
        "--format",
        fmt,
        "--out",
        str(out),
        "--project",
        "council",
        *args,
        stdout=io.StringIO(),
    )
    return out


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def exported_quotes(tmp_path: Path, *args: str) -> dict[int, dict[str, Any]]:
    records = read_jsonl(export(tmp_path, "jsonl", *args))
    return {quote["id"]: quote for record in records for quote in record["quotes"]}


# Selection and labels -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        ("final", {"final"}),
        ("accepted", {"final", "majority", "split"}),
        ("all", {"final", "majority", "split", "suggestion", "overruled"}),
    ],
)
def test_status_selects_quotes(
    judged: Judged, tmp_path: Path, status: str, expected: set[str]
) -> None:
    quotes = exported_quotes(tmp_path, "--status", status)
    assert set(quotes) == {getattr(judged, name).pk for name in expected}


def test_jsonl_record_shape_and_spans(judged: Judged, tmp_path: Path) -> None:
    (record,) = read_jsonl(export(tmp_path, "jsonl", "--status", "all"))
    assert set(record) == RECORD_KEYS
    assert record["text"] == TEXT
    assert (record["id"], record["title"], record["source"]) == (
        judged.article.pk,
        "Council vote",
        "Example Times",
    )
    assert [quote["start"] for quote in record["quotes"]] == sorted(
        quote["start"] for quote in record["quotes"]
    )
    for quote in record["quotes"]:
        assert set(quote) == QUOTE_KEYS
        assert record["text"][quote["start"] : quote["end"]] == quote["text"]
        assert quote["stance_target"] == "the city budget"


def test_emoji_and_curly_quotes_are_written_as_they_are(judged: Judged, tmp_path: Path) -> None:
    raw = export(tmp_path, "jsonl").read_text(encoding="utf-8")
    assert "🙂" in raw
    assert "“We will not accept this, ‘ever’,”" in raw
    assert "“반대”" in raw
    assert raw.count("\n") == 1


def test_labels_come_from_the_reviewer_then_the_majority_then_the_detector(
    judged: Judged, tmp_path: Path
) -> None:
    quotes = exported_quotes(tmp_path, "--status", "all")
    final = quotes[judged.final.pk]
    assert (final["start"], final["end"]) == (judged.final.final_start, judged.final.final_end)
    assert final["text"] == "“We will not accept this, ‘ever’,”"
    assert final["speaker"] == {"id": judged.lopez.pk, "name": "Maria Lopez", "kind": "person"}
    assert final["stance"] == "against"
    assert (final["speaker_start"], final["cue_start"]) == (
        judged.final.speaker_start,
        judged.final.cue_start,
    )
    majority = quotes[judged.majority.pk]
    assert majority["speaker"]["id"] == judged.lopez.pk  # ann3 rejected: not counted
    assert majority["stance"] == "favor"
    assert majority["status"] == "pending"
    split = quotes[judged.split.pk]
    assert split["speaker"]["id"] == judged.mayor.pk
    assert split["stance"] == "none"
    suggestion = quotes[judged.suggestion.pk]
    assert suggestion["speaker"]["id"] == judged.suggestion.suggested_speaker_id
    assert suggestion["stance"] is None
    assert suggestion["judgements"] == []


def test_a_tie_falls_back_to_the_suggestion(judged: Judged, tmp_path: Path) -> None:
    tied = QuoteFactory(
        article=judged.article, **span(TEXT, "turning point"), status=ReviewStatus.ACCEPTED
    )
    AnnotationFactory(quote=tied, speaker=judged.lopez, stance="favor")
    AnnotationFactory(quote=tied, speaker=judged.mayor, stance="against")
    quote = exported_quotes(tmp_path)[tied.pk]
    assert quote["speaker"]["id"] == tied.suggested_speaker_id
    assert quote["stance"] is None


def test_judgements_are_listed_by_annotator(judged: Judged, tmp_path: Path) -> None:
    quote = exported_quotes(tmp_path, "--status", "all")[judged.majority.pk]
    assert [j["annotator"] for j in quote["judgements"]] == ["ann1", "ann2", "ann3"]
    assert quote["judgements"][2] == {
        "annotator": "ann3",
        "decision": "reject",
        "start": None,
        "end": None,
        "speaker": {"id": judged.mayor.pk, "name": "The mayor", "kind": "organisation"},
        "stance": "against",
        "note": "",
    }


def test_agreement_and_min_agreement(judged: Judged, tmp_path: Path) -> None:
    quotes = exported_quotes(tmp_path, "--status", "all")
    assert quotes[judged.final.pk]["agreement"] == 1.0
    assert quotes[judged.majority.pk]["agreement"] == pytest.approx(2 / 3)
    assert quotes[judged.split.pk]["agreement"] == 0.5
    assert quotes[judged.suggestion.pk]["agreement"] is None
    assert quotes[judged.overruled.pk]["agreement"] is None
    kept = exported_quotes(tmp_path, "--status", "all", "--min-agreement", "0.6")
    # Under two judgements only a reviewer's resolution vouches for a quote.
    assert set(kept) == {judged.final.pk, judged.majority.pk, judged.overruled.pk}


def test_one_annotators_judgements(judged: Judged, tmp_path: Path) -> None:
    quotes = exported_quotes(tmp_path, "--status", "accepted", "--annotator", "ann2")
    assert set(quotes) == {judged.final.pk, judged.majority.pk}
    for quote in quotes.values():
        assert [j["annotator"] for j in quote["judgements"]] == ["ann2"]
    # Agreement stays a property of the quote: every annotator counts.
    assert quotes[judged.majority.pk]["agreement"] == pytest.approx(2 / 3)


# Formats ------------------------------------------------------------------------------------


def csv_cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def expected_rows(tmp_path: Path, *args: str) -> list[dict[str, Any]]:
    records = read_jsonl(export(tmp_path, "jsonl", *args))
    return [row for record in records for row in exporting.quote_rows(record)]


def test_csv_parses_back_to_the_same_rows(judged: Judged, tmp_path: Path) -> None:
    expected = expected_rows(tmp_path, "--status", "all")
    path = export(tmp_path, "csv", "--status", "all")
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert rows == [{key: csv_cell(value) for key, value in row.items()} for row in expected]
    assert len(rows) == 5
    assert "article_text" not in rows[0]
    for row in rows:
        # The paragraph around the quote: commas, quotes and curly marks intact, no line break.
        start, end = int(row["start"]), int(row["end"])
        context_start = int(row["context_start"])
        assert TEXT[context_start : context_start + len(row["context"])] == row["context"]
        assert row["context"][start - context_start : end - context_start] == row["text"]
        assert "\n" not in row["context"] and "\r" not in row["context"]


def test_csv_carries_the_whole_text_only_when_asked(judged: Judged, tmp_path: Path) -> None:
    path = export(tmp_path, "csv", "--status", "all", "--full-text")
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    for row in rows:
        assert row["article_text"] == TEXT  # commas, quotes, \r\n and \n intact
        assert row["article_text"][int(row["start"]) : int(row["end"])] == row["text"]


def test_parquet_loads_with_pyarrow(judged: Judged, tmp_path: Path) -> None:
    expected = expected_rows(tmp_path, "--status", "all")
    table = pq.read_table(export(tmp_path, "parquet", "--status", "all"))
    assert table.schema == exporting.parquet_schema()
    rows = table.to_pylist()
    assert rows == expected
    for row in rows:
        offset = row["context_start"]
        assert row["context"][row["start"] - offset : row["end"] - offset] == row["text"]
    assert any("🙂" in row["context"] for row in rows)


def test_parquet_writes_row_groups_as_it_goes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = ProjectFactory(slug="council")
    for article in ArticleFactory.create_batch(5, project=project):
        QuoteFactory(article=article, status=ReviewStatus.ACCEPTED)
    monkeypatch.setattr(exporting, "ROW_GROUP_SIZE", 2)
    metadata = pq.ParquetFile(export(tmp_path, "parquet")).metadata
    assert (metadata.num_rows, metadata.num_row_groups) == (5, 3)


def load(path: Path) -> list[Doc]:
    nlp = spacy.blank("en")
    return list(DocBin().from_disk(path).get_docs(nlp.vocab))


def test_docbin_spans_match_the_stored_offsets(judged: Judged, tmp_path: Path) -> None:
    out = export(tmp_path, "spacy", "--status", "all", "--split", "1")
    quotes = exported_quotes(tmp_path, "--status", "all", "--split", "1")
    (doc,) = load(out / "train.spacy")
    assert doc.text == TEXT
    spans = {(s.start_char, s.end_char): s.label_ for s in doc.spans["quotes"]}
    card = json.loads((out / "card.json").read_text(encoding="utf-8"))
    for quote in quotes.values():
        start, end = quote["start"], quote["end"]
        data = doc.user_data[("quote", start, end)]
        assert doc.text[start:end] == quote["text"]
        assert (data["id"], data["speaker"], data["stance"]) == (
            quote["id"],
            quote["speaker"],
            quote["stance"],
        )
        assert spans[(start, end)] == quote["kind"]
        assert data["span"] == (start, end)
    assert card["alignment"] == {"adjusted": [], "unaligned": []}
    assert spans[(judged.final.final_start, judged.final.final_end)] == "direct"
    assert [(s.text, s.label_) for s in doc.spans["speakers"]] == [("Maria Lopez", "person")]
    assert doc.user_data["article"]["id"] == judged.article.pk


def test_spans_off_token_boundaries_are_recorded(tmp_path: Path) -> None:
    article = ArticleFactory(project=ProjectFactory(slug="council"), text="She said no. \nEnd.")
    partial = QuoteFactory(article=article, start=1, end=6, status=ReviewStatus.ACCEPTED)
    adrift = QuoteFactory(article=article, start=12, end=13, status=ReviewStatus.ACCEPTED)
    out = export(tmp_path, "spacy", "--split", "1")
    card = json.loads((out / "card.json").read_text(encoding="utf-8"))
    assert card["alignment"] == {"adjusted": [partial.pk], "unaligned": [adrift.pk]}
    (doc,) = load(out / "train.spacy")
    assert [(s.text, s.start_char, s.end_char) for s in doc.spans["quotes"]] == [("She said", 0, 8)]
    assert doc.user_data[("quote", 1, 6)]["span"] == (0, 8)
    assert doc.user_data[("quote", 12, 13)]["span"] is None


def test_stance_docbin_has_one_hot_cats(judged: Judged, tmp_path: Path) -> None:
    out = export(tmp_path, "spacy", "--status", "all", "--split", "1")
    quotes = exported_quotes(tmp_path, "--status", "all", "--split", "1")
    docs = load(out / "train.stance.spacy")
    with_stance = {q["id"]: q for q in quotes.values() if q["stance"]}
    assert len(docs) == len(with_stance) == 4
    for doc in docs:
        quote = with_stance[doc.user_data["quote"]["id"]]
        assert doc.text == quote["text"]
        assert doc.cats == {
            label: float(label == quote["stance"]) for label in ("favor", "against", "none")
        }
    assert sorted(path.name for path in out.iterdir()) == [
        "README.md",
        "card.json",
        "config.cfg",
        "stance.cfg",
        "train.spacy",
        "train.stance.spacy",
    ]


def test_the_seeds_import_judge_and_export_in_every_format(tmp_path: Path) -> None:
    ProjectFactory(slug="council")
    call_command("import_articles", str(SEEDS), "--no-detect", stdout=io.StringIO())
    annotator = UserFactory()
    for article in Article.objects.all():
        start = article.content_start
        quote = QuoteFactory(article=article, start=start, end=start + 40)
        AnnotationFactory(quote=quote, annotator=annotator, stance="against")
    expected = {
        q.pk: q.article.text[q.start : q.end] for q in Quote.objects.select_related("article")
    }
    records = read_jsonl(export(tmp_path, "jsonl", "--status", "accepted"))
    assert {q["id"]: q["text"] for r in records for q in r["quotes"]} == expected
    rows = list(csv.DictReader(export(tmp_path, "csv", "--status", "accepted").open(newline="")))
    assert {int(row["quote_id"]): row["text"] for row in rows} == expected
    table = pq.read_table(export(tmp_path, "parquet", "--status", "accepted"))
    assert dict(zip(table["quote_id"].to_pylist(), table["text"].to_pylist(), strict=True)) == (
        expected
    )
    out = export(tmp_path, "spacy", "--status", "accepted")
    docs = [doc for name in ("train", "dev", "test") for doc in load(out / f"{name}.spacy")]
    assert len(docs) == 5
    assert sum(len(doc.spans["quotes"]) for doc in docs) == 5


# Splits -------------------------------------------------------------------------------------


def test_split_parsing() -> None:
    assert exporting.Split.parse("0.8,0.1,0.1").names == ("train", "dev", "test")
    assert exporting.Split.parse("0.9,0.1").names == ("train", "test")
    custom = exporting.Split.parse("train=0.7, validation=0.3", seed=3)
    assert custom.describe() == {"train": 0.7, "validation": 0.3}
    for bad, message in [
        ("0.8,0.1", "add up to 0.9"),
        ("a,b", "not a number"),
        ("0.5,0.5,-0.1,0.1", "negative"),
        ("0.25,0.25,0.25,0.25", "Name the parts"),
        ("train=0.5,0.5", "Name every part"),
        ("x=0.5,x=0.5", "repeat"),
        ("", "empty"),
    ]:
        with pytest.raises(ValueError, match=message):
            exporting.Split.parse(bad)


def bulk_articles(project: Project, first: int, count: int) -> None:
    texts = [f"Article {n} says “hello”." for n in range(first, first + count)]
    articles = Article.objects.bulk_create(
        Article(project=project, title=text, text=text, sha256=Article.hash_text(text))
        for text in texts
    )
    Quote.objects.bulk_create(
        Quote(article=article, start=11, end=article.text.index("”") + 1, status="accepted")
        for article in articles
    )


def splits(tmp_path: Path, seed: int) -> dict[int, str]:
    records = read_jsonl(export(tmp_path, "jsonl", "--seed", str(seed)))
    ids = [record["id"] for record in records]
    assert len(ids) == len(set(ids))  # an article is never in two records
    return {record["id"]: record["split"] for record in records}


def test_splits_are_seeded_stable_and_proportionate(tmp_path: Path) -> None:
    project = ProjectFactory(slug="council")
    bulk_articles(project, 0, 1_000)
    first = splits(tmp_path, 7)
    assert splits(tmp_path, 7) == first
    assert splits(tmp_path, 8) != first
    shares = Counter(first.values())
    assert abs(shares["train"] - 800) <= 50
    assert abs(shares["dev"] - 100) <= 30
    assert abs(shares["test"] - 100) <= 30
    bulk_articles(project, 1_000, 200)
    grown = splits(tmp_path, 7)
    assert len(grown) == 1_200
    assert {article: grown[article] for article in first} == first


def test_csv_rows_of_one_article_share_its_split(judged: Judged, tmp_path: Path) -> None:
    ArticleFactory.create_batch(3, project=judged.project)
    for article in Article.objects.exclude(pk=judged.article.pk):
        QuoteFactory(article=article, status=ReviewStatus.ACCEPTED)
        QuoteFactory(article=article, start=0, end=7, status=ReviewStatus.ACCEPTED)
    path = export(tmp_path, "csv", "--status", "all", "--seed", "5")
    with path.open(encoding="utf-8", newline="") as handle:
        pairs = {(row["article_id"], row["split"]) for row in csv.DictReader(handle)}
    assert len(pairs) == len({article for article, _ in pairs}) == 4


# Streaming and the card ---------------------------------------------------------------------


def test_export_reads_in_chunks_with_a_fixed_number_of_queries(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = ProjectFactory(slug="council")
    for article in ArticleFactory.create_batch(5, project=project):
        for start in (0, 14):
            quote = QuoteFactory(article=article, start=start, end=start + 7, status="accepted")
            AnnotationFactory.create_batch(2, quote=quote)
    monkeypatch.setattr(exporting, "CHUNK_SIZE", 2)
    options = exporting.ExportOptions(project=project)
    with CaptureQueriesContext(connection) as queries:
        lines = list(exporting.jsonl_lines(options))
    assert len(lines) == 5
    # Chunks of 2, 2 and 1 articles, three queries each, and the empty read that ends it.
    assert len(queries) == 3 * 3 + 1


def test_single_file_card_sits_beside_the_export(judged: Judged, tmp_path: Path) -> None:
    export(tmp_path, "jsonl", "--status", "all", "--min-agreement", "0.5", "--seed", "4")
    card = json.loads((tmp_path / "data.jsonl.card.json").read_text(encoding="utf-8"))
    readme = (tmp_path / "data.jsonl.README.md").read_text(encoding="utf-8")
    counts = card["counts"]
    assert (counts["articles"], counts["quotes"]) == (1, 4)
    assert sum(split["quotes"] for split in counts["per_split"].values()) == 4
    assert counts["per_kind"] == {"direct": 2, "indirect": 1, "mixed": 1}
    assert counts["per_stance"] == {"none": 2, "against": 1, "favor": 1}
    assert {"id": judged.lopez.pk, "name": "Maria Lopez", "kind": "person", "quotes": 2} in (
        counts["per_speaker"]
    )
    assert card["agreement"]["quotes_measured"] == 3
    assert card["agreement"]["mean"] == pytest.approx((1 + 2 / 3 + 0.5) / 3, abs=1e-4)
    assert card["detector_versions"] == {"quote_detector test": 4}
    assert card["filters"] == {
        "project": "council",
        "status": "all",
        "min_agreement": dict.fromkeys(("decision", "span", "speaker", "stance"), 0.5),
        "annotator": None,
        "split": {"train": 0.8, "dev": 0.1, "test": 0.1},
        "seed": 4,
        "full_text": False,
    }
    assert card["files"] == ["data.jsonl"]
    assert datetime.fromisoformat(card["exported_at"]).tzinfo is not None
    assert "| Maria Lopez | person | 2 |" in readme
    assert "4 quotes in 1 article" in readme


def test_directory_card_sits_inside_the_directory(judged: Judged, tmp_path: Path) -> None:
    out = export(tmp_path, "spacy")
    card = json.loads((out / "card.json").read_text(encoding="utf-8"))
    assert "train.spacy" in card["files"]
    assert (out / "README.md").read_text(encoding="utf-8").startswith("# Dataset card")


def test_command_refusals(judged: Judged, tmp_path: Path) -> None:
    for args, message in [
        (["--annotator", "nobody"], "no user “nobody”"),
        (["--split", "0.5,0.2"], "add up to 0.7"),
        (["--min-agreement", "1.5"], "give a share 0 to 1"),
        (["--min-agreement", "tone=0.5"], "“tone” is not a field"),
        (["--project", "missing"], "no project “missing”"),
    ]:
        with pytest.raises(CommandError, match=message):
            export(tmp_path, "jsonl", *args)
    (tmp_path / "spacy").write_text("a file", encoding="utf-8")
    with pytest.raises(CommandError, match="spaCy exports go to a directory"):
        export(tmp_path, "spacy")

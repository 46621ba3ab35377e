"""The detect_quotes and evaluate_detection management commands."""

from __future__ import annotations

import hashlib
import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from annotations.detection.calibration import read_table

ARTICLE = (
    "Home » News » Courts\r\n\r\n"
    "Judge rules on water case 🚰\r\n\r\n"
    "“The trial court asked the wrong question,” Judge Renée Castellanos wrote. "
    "The authority’s lawyer, Colin Marsh, said the ruling was wrong.\r\n\r\n"
    "Related Articles\r\n"
    "• “A teaser quote,” says someone else\r\n"
)


def run(*args: str) -> tuple[list[dict], str]:
    out, err = StringIO(), StringIO()
    call_command("detect_quotes", *args, stdout=out, stderr=err)
    return [json.loads(line) for line in out.getvalue().splitlines()], err.getvalue()


def write(path: Path, text: str) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as handle:
        handle.write(text)
    return path


def test_txt_offsets_index_the_file_exactly(tmp_path: Path) -> None:
    path = write(tmp_path / "court.txt", ARTICLE)
    (record,), err = run(str(path))
    assert err == ""
    assert record["id"] == str(path)
    quotes = record["quotes"]
    assert [q["text"] for q in quotes] == [
        "“The trial court asked the wrong question,”",
        "the ruling was wrong",
    ]
    for quote in quotes:
        assert ARTICLE[quote["start"] : quote["end"]] == quote["text"]
        assert ARTICLE[quote["cue_start"] : quote["cue_end"]] == quote["cue"]
        assert set(quote) == {
            "start",
            "end",
            "text",
            "kind",
            "speaker",
            "speaker_start",
            "speaker_end",
            "cue",
            "cue_start",
            "cue_end",
            "confidence",
            "found_by",
            "speaker_by",
            "speaker_reason",
        }
    assert quotes[0]["speaker"] == "Renée Castellanos"
    assert (quotes[0]["found_by"], quotes[0]["speaker_by"]) == ("adjacent_cue", "own_subject")
    assert ARTICLE[quotes[0]["speaker_start"] : quotes[0]["speaker_end"]] == "Renée Castellanos"


def test_output_is_not_ascii_escaped(tmp_path: Path) -> None:
    path = write(tmp_path / "court.txt", ARTICLE)
    out = StringIO()
    call_command("detect_quotes", str(path), stdout=out, stderr=StringIO())
    assert "“The trial court" in out.getvalue()


def test_jsonl_with_malformed_lines(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "a", "text": "Jane Doe said that prices would rise."}),
        "{not json",
        "",
        json.dumps({"id": "c"}),
        json.dumps({"id": 7, "text": "“We will win,” said Tom Reilly."}),
    ]
    path = write(tmp_path / "batch.jsonl", "\n".join(lines) + "\n")
    out, err = StringIO(), StringIO()
    with pytest.raises(CommandError):
        call_command("detect_quotes", str(path), stdout=out, stderr=err)
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [r["id"] for r in records] == ["a", "7"]
    assert records[1]["quotes"][0]["speaker"] == "Tom Reilly"
    assert f"{path}:2" in err.getvalue()
    assert f"{path}:4" in err.getvalue()
    assert f"{path}:3" not in err.getvalue()


def test_missing_file_is_reported_and_others_processed(tmp_path: Path) -> None:
    good = write(tmp_path / "good.txt", "Jane Doe said that prices would rise.")
    out, err = StringIO(), StringIO()
    with pytest.raises(CommandError):
        call_command(
            "detect_quotes", str(tmp_path / "missing.txt"), str(good), stdout=out, stderr=err
        )
    assert "missing.txt" in err.getvalue()
    assert json.loads(out.getvalue())["id"] == str(good)


@pytest.mark.django_db
def test_detect_quotes_makes_no_database_queries(tmp_path: Path, django_assert_num_queries) -> None:
    path = write(tmp_path / "court.txt", ARTICLE)
    with django_assert_num_queries(0):
        records, _ = run(str(path))
    assert records[0]["quotes"]


def test_evaluate_detection_prints_the_table() -> None:
    out = StringIO()
    call_command("evaluate_detection", "--set", "seeds", stdout=out)
    text = out.getvalue()
    assert "quote_detector" in text
    assert "TOTAL" in text
    assert "000_beed33f6bc373f3f" in text
    assert "business_01" not in text
    assert "textacy" in text


def test_evaluate_detection_rejects_an_unknown_folder(tmp_path: Path) -> None:
    with pytest.raises(CommandError):
        call_command("evaluate_detection", "--gold", str(tmp_path), stdout=StringIO())


def test_calibrate_detector_prints_the_tables(tmp_path: Path) -> None:
    out = StringIO()
    target = tmp_path / "confidence.json"
    call_command("calibrate_detector", "--output", str(target), stdout=out)
    printed = out.getvalue()
    assert "reliability, 5-fold cross-validated by document:" in printed
    assert "adjacent_cue/own_subject" in printed
    written = read_table(target)
    assert 0.8 < written.overall < 1.0
    assert written.counts["adjacent_cue/own_subject"] > 50


def test_evaluate_detection_lists_the_errors(tmp_path: Path) -> None:
    """A wrong speaker, a missed quote and a spurious one, each with the sieve behind it."""
    text = (
        "“The trial court asked the wrong question,” Judge Renée Castellanos wrote. "
        "The authority’s lawyer, Colin Marsh, said the ruling was wrong.\n\n"
        "The appeal will be heard in May.\n"
    )
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "court.txt").write_text(text, encoding="utf-8")
    quoted = "“The trial court asked the wrong question,”"
    unquoted = "The appeal will be heard in May."
    gold = {
        "id": "court",
        "source": "articles/court.txt",
        "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
        "quotes": [
            {"start": 0, "end": len(quoted), "text": quoted, "kind": "direct"}
            | {"speaker": "Colin Marsh", "speaker_kind": "person"},
            {"start": text.index(unquoted), "end": text.index(unquoted) + len(unquoted)}
            | {"text": unquoted, "kind": "indirect", "speaker": None}
            | {"speaker_kind": "anonymous"},
        ],
    }
    (tmp_path / "gold" / "articles").mkdir(parents=True)
    (tmp_path / "gold" / "articles" / "court.json").write_text(json.dumps(gold), "utf-8")
    out = StringIO()
    call_command("evaluate_detection", "--gold", str(tmp_path / "gold"), "--errors", stdout=out)
    listing = out.getvalue().split("TOTAL", 1)[1]
    assert "gold 'Colin Marsh', got 'Renée Castellanos' by " in listing
    assert f"missed   indirect: {unquoted} (None)" in listing
    assert "spurious " in listing and "the ruling was wrong (Colin Marsh)" in listing

"""Tests for the gold files and the evaluation module (no database, no spaCy)."""

from __future__ import annotations

import importlib.util
import json
import random
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType, SimpleNamespace

import pytest

from annotations.seeds import SEEDS_DIR

REPO = Path(__file__).resolve().parents[1]


def _load_evaluation_module() -> ModuleType:
    """Load evaluation.py by path: the detection package's __init__ imports spaCy."""
    name = "quote_workbench_evaluation"
    if name in sys.modules:
        return sys.modules[name]
    path = REPO / "annotations" / "detection" / "evaluation.py"
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


_evaluation = _load_evaluation_module()
GoldDocument = _evaluation.GoldDocument
GoldQuote = _evaluation.GoldQuote
evaluate = _evaluation.evaluate
load_gold = _evaluation.load_gold
load_gold_dir = _evaluation.load_gold_dir
load_predictions_jsonl = _evaluation.load_predictions_jsonl
match_spans = _evaluation.match_spans
normalise_speaker = _evaluation.normalise_speaker
spans_match = _evaluation.spans_match
speakers_match = _evaluation.speakers_match
DATA_ROOT = REPO / "tests" / "data"
GOLD_ROOT = DATA_ROOT / "gold"
SEEDS_ROOT = SEEDS_DIR
GOLD_FILES = sorted(GOLD_ROOT.rglob("*.json"))
RSQUO = "\u2019"  # right single quotation mark, the usual typographic apostrophe
OPENING_MARKS = "\u201c\u2018\u00ab\u201e\"'`"
CLOSING_MARKS = "\u201d\u2019\u00bb\u201c\"'"

EXPECTED_GOLD = {
    "seeds": {
        "000_beed33f6bc373f3f",
        "001_8ac712a84b55227e",
        "002_fe466d9e0e413ba9",
        "003_0886e2fd573d771f",
        "004_d0738d9b914ba314",
    },
    "articles": {
        "ai_hearing_05",
        "arts_05",
        "business_01",
        "business_03",
        "climate_03",
        "court_01",
        "courts_02",
        "crime_01",
        "diplomacy_01",
        "economy_01",
        "education_01",
        "election_03",
        "environment_01",
        "flood_05",
        "football_03",
        "health_01",
        "health_03",
        "labour_01",
        "nk_sanctions_03",
        "politics_01",
        "science_01",
        "science_02",
        "security_01",
        "sport_01",
        "sport_02",
        "tech_01",
        "trial_05",
        "un_02",
        "housing_06",
        "strike_06",
        "summit_06",
        "tennis_06",
        "archive_07",
        "council_07",
        "court_07",
        "wirepolitics_07",
        "archive_08",
        "business_08",
        "science_08",
        "sport_08",
        "wire_08",
        "archive_09",
        "business_09",
        "council_09",
        "court_09",
        "wire_09",
        "health_10",
        "localgov_10",
        "science_10",
        "sport_10",
        "wirepol_10",
        "archive_11",
        "business_11",
        "council_11",
        "court_11",
        "health_11",
        "science_11",
        "sport_11",
        "tech_11",
        "wire_11",
        "wirepol_11",
        "archive_12",
        "climate_12",
        "court_12",
        "energy_12",
        "football_12",
        "health_12",
        "localgov_12",
        "tech_12",
        "wire_12",
        "wirebiz_12",
        "archive_13",
        "business_13",
        "court_13",
        "health_13",
        "housing_13",
        "rugby_13",
        "science_13",
        "transport_13",
        "wire_13",
        "wirepol_13",
        "airline_14",
        "archive_14",
        "culture_14",
        "cycling_14",
        "farming_14",
        "police_14",
        "school_14",
        "science_14",
        "wire_14",
        "wirefin_14",
        "archive_15",
        "business_15",
        "council_15",
        "court_15",
        "football_15",
        "hospital_15",
        "profile_15",
        "science_15",
        "wirebiz_15",
        "wirepol_15",
        "archive_16",
        "cycling_16",
        "energy_16",
        "health_16",
        "inquest_16",
        "localgov_16",
        "rugby_16",
        "tech_16",
        "wiredip_16",
        "wirepol_16",
        "archive_17",
        "athletics_17",
        "climate_17",
        "inquiry_17",
        "parish_17",
        "retail_17",
        "transport_17",
        "tribunal_17",
        "wirebiz_17",
        "wirepol_17",
    },
    "heldout": {
        "archive_18",
        "business_18",
        "council_18",
        "court_18",
        "football_18",
        "health_18",
        "science_18",
        "tennis_18",
        "wirebiz_18",
        "wirepol_18",
    },
}


# ---------------------------------------------------------------------------------------
# Gold files
# ---------------------------------------------------------------------------------------


def test_evaluation_module_needs_neither_spacy_nor_django() -> None:
    path = REPO / "annotations" / "detection" / "evaluation.py"
    script = (
        "import importlib.util, sys\n"
        f"spec = importlib.util.spec_from_file_location('evaluation', {str(path)!r})\n"
        "module = importlib.util.module_from_spec(spec)\n"
        "sys.modules['evaluation'] = module\n"
        "spec.loader.exec_module(module)\n"
        "print(sorted(m for m in ('spacy', 'django', 'textacy') if m in sys.modules))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.strip() == "[]"


def test_every_expected_gold_file_exists() -> None:
    found: dict[str, set[str]] = {}
    for path in GOLD_FILES:
        found.setdefault(path.parent.name, set()).add(path.stem)
    assert found == EXPECTED_GOLD


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_gold_file_loads_and_offsets_check_out(path: Path) -> None:
    doc = load_gold(path, DATA_ROOT, SEEDS_ROOT)
    raw = json.loads(path.read_text(encoding="utf-8"))
    assert doc.id == path.stem == raw["id"]
    assert raw["source"] == f"{path.parent.name}/{path.stem}.txt"
    assert doc.quotes, "every gold document has at least one quote"
    previous_end = 0
    for quote in doc.quotes:
        assert doc.text[quote.start : quote.end] == quote.text
        assert quote.text == quote.text.strip(), "spans carry no outer whitespace"
        assert quote.start >= previous_end, "quotes do not overlap"
        previous_end = quote.end
        if quote.speaker_start is not None:
            mention = doc.text[quote.speaker_start : quote.speaker_end]
            assert mention.strip() == mention and mention
            assert not quote.start <= quote.speaker_start < quote.end
        if quote.cue_start is not None:
            assert doc.text[quote.cue_start : quote.cue_end] == quote.cue
        if quote.kind == "direct" and quote.cue is not None:
            assert quote.text[0] in OPENING_MARKS and quote.text[-1] in CLOSING_MARKS
        if quote.speaker_kind != "anonymous" or quote.speaker is not None:
            assert quote.speaker


def test_load_gold_dir_reads_selected_folders() -> None:
    docs = load_gold_dir(GOLD_ROOT, DATA_ROOT, SEEDS_ROOT, ["seeds"])
    assert {d.id for d in docs} == EXPECTED_GOLD["seeds"]


def test_gold_loaded_text_is_byte_exact() -> None:
    path = GOLD_ROOT / "articles" / "court_01.json"
    doc = load_gold(path, DATA_ROOT, SEEDS_ROOT)
    assert doc.text.encode("utf-8") == (DATA_ROOT / "articles" / "court_01.txt").read_bytes()


def _copy_gold(tmp_path: Path, stem: str = "court_01") -> tuple[Path, Path, dict]:
    data_root = tmp_path / "data"
    (data_root / "articles").mkdir(parents=True)
    shutil.copy(DATA_ROOT / "articles" / f"{stem}.txt", data_root / "articles")
    gold_path = tmp_path / f"{stem}_broken.json"
    raw = json.loads((GOLD_ROOT / "articles" / f"{stem}.json").read_text(encoding="utf-8"))
    return gold_path, data_root, raw


def test_corrupted_offsets_raise_with_file_name_and_index(tmp_path: Path) -> None:
    gold_path, data_root, raw = _copy_gold(tmp_path)
    raw["quotes"][3]["start"] += 1
    gold_path.write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(ValueError, match=r"court_01_broken\.json: quote 3: text"):
        load_gold(gold_path, data_root, SEEDS_ROOT)


def test_corrupted_quote_text_raises(tmp_path: Path) -> None:
    gold_path, data_root, raw = _copy_gold(tmp_path)
    raw["quotes"][0]["text"] = raw["quotes"][0]["text"].replace("“", '"')
    gold_path.write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(ValueError, match=r"court_01_broken\.json: quote 0"):
        load_gold(gold_path, data_root, SEEDS_ROOT)


def test_changed_text_fails_the_sha256_check(tmp_path: Path) -> None:
    gold_path, data_root, raw = _copy_gold(tmp_path)
    gold_path.write_text(json.dumps(raw), encoding="utf-8")
    text_path = data_root / "articles" / "court_01.txt"
    text_path.write_bytes(text_path.read_bytes().replace(b"\n", b"\r\n"))
    with pytest.raises(ValueError, match=r"court_01_broken\.json: sha256"):
        load_gold(gold_path, data_root, SEEDS_ROOT)


def test_out_of_range_and_bad_kind_raise(tmp_path: Path) -> None:
    gold_path, data_root, raw = _copy_gold(tmp_path)
    raw["quotes"][-1]["end"] = 10**6
    raw["quotes"][-1]["kind"] = "reported"
    gold_path.write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(ValueError, match=r"quote \d+: quote span .* outside the text.*kind"):
        load_gold(gold_path, data_root, SEEDS_ROOT)


def test_missing_key_raises_with_file_name(tmp_path: Path) -> None:
    gold_path, data_root, raw = _copy_gold(tmp_path)
    del raw["sha256"]
    gold_path.write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(ValueError, match=r"court_01_broken\.json: missing key 'sha256'"):
        load_gold(gold_path, data_root, SEEDS_ROOT)


# ---------------------------------------------------------------------------------------
# Matching
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("gold", "predicted", "expected"),
    [
        ((0, 10), (5, 15), True),  # overlap 5 = exactly half of each
        ((0, 10), (6, 16), False),  # overlap 4 < 5
        ((0, 10), (0, 20), True),  # covers all of gold, exactly half of the prediction
        ((0, 10), (0, 21), False),  # half of the prediction is 10.5 > 10
        ((100, 200), (149, 151), False),  # inside gold but far less than half of it
        ((100, 200), (100, 200), True),
        ((0, 10), (10, 20), False),  # touching spans share nothing
        ((0, 10), (3, 3), False),  # empty prediction never matches
    ],
)
def test_half_overlap_boundary(
    gold: tuple[int, int], predicted: tuple[int, int], expected: bool
) -> None:
    assert spans_match(*gold, *predicted) is expected
    assert spans_match(*predicted, *gold) is expected


def test_matching_is_one_to_one_for_duplicate_predictions() -> None:
    assert match_spans([(0, 10)], [(0, 10), (1, 10)]) == [(0, 0)]


def test_matching_prefers_larger_overlap() -> None:
    # Q=(0,9) overlaps A=(0,10) by 9; P=(3,13) overlaps B=(5,15) by 8 and A by 7.
    assert match_spans([(0, 10), (5, 15)], [(3, 13), (0, 9)]) == [(0, 1), (1, 0)]
    # One prediction, two candidate gold spans: the larger overlap wins, the other is missed.
    assert match_spans([(2, 10), (0, 10)], [(0, 10)]) == [(1, 0)]


def test_matching_only_overlapping_spans_finds_what_comparing_all_pairs_does() -> None:
    """Every pair compared, then matched greedily: what ``match_spans`` must return."""

    def compare_all(gold, predicted):
        """Every pair of spans compared, the pruning left out."""
        return _evaluation.pick_pairs(
            [
                _evaluation.candidate(gold[g], predicted[p], g, p)
                for g in range(len(gold))
                for p in range(len(predicted))
                if spans_match(*gold[g], *predicted[p])
            ]
        )

    rng = random.Random(15)
    for _ in range(300):
        spans = []
        for _ in range(2):
            starts = [rng.randrange(200) for _ in range(rng.randrange(12))]
            spans.append([(start, start + rng.choice([1, 3, 10, 40, 150])) for start in starts])
        assert match_spans(*spans) == compare_all(*spans)


# ---------------------------------------------------------------------------------------
# Speakers
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("gold", "predicted"),
    [
        ("Joonkook Hwang", "Hwang Joon-kook"),
        ("Joonkook Hwang", "Joon Kook Hwang"),
        ("Joonkook Hwang", "JOONKOOK  HWANG"),
        ("Renée Castellanos", "renee castellanos"),
        ("Margit Szabó", "Szabo Margit"),
        ("Tomasz Wójcik", "Tomasz Wojcik"),
        ("Deborah O'Neill", f"Deborah O{RSQUO}Neill"),
        ("South Korea's Unification Ministry", f"South Korea{RSQUO}s Unification Ministry"),
        ("the committee of experts", "Committee of Experts"),
        ("Leif-Eric Easley", "Leif Eric Easley"),
        ("Vassily Nebenzia", "Vassili Nebenzya"),  # transliterations, as speaker linking does
        ("Arkady Voloshenko", "Voloshenko Arkadiy"),
        (None, None),
    ],
)
def test_speakers_that_match(gold: str | None, predicted: str | None) -> None:
    assert speakers_match(gold, predicted)


@pytest.mark.parametrize(
    ("gold", "predicted"),
    [
        ("Victor Cha", "Victor Chan"),
        ("Aaron Arnold", "Arnold"),
        ("Maria Lopez", "Mario Lopez"),  # too short to be a spelling variant
        ("Vassily Nebenzia", "Vassily Nebenzia Jr"),
        ("Hugh Griffiths", None),
        (None, "Hugh Griffiths"),
        ("Ian Li", "Nil Ia"),  # same letters, different names
    ],
)
def test_speakers_that_do_not_match(gold: str | None, predicted: str | None) -> None:
    assert not speakers_match(gold, predicted)


def test_normalise_speaker() -> None:
    assert normalise_speaker("Hwang Joon-kook") == ("hwang", "joonkook")
    assert normalise_speaker("The United States and South Korea") == (
        "and",
        "korea",
        "south",
        "states",
        "united",
    )
    assert normalise_speaker(None) is None


# ---------------------------------------------------------------------------------------
# Scores
# ---------------------------------------------------------------------------------------


def _gold_doc(doc_id: str = "doc") -> GoldDocument:
    text = "x" * 300
    quotes = (
        GoldQuote(0, 50, text[0:50], "direct", "Hwang Joon-kook", "person"),
        GoldQuote(100, 140, text[100:140], "indirect", "Renée Castellanos", "person"),
        GoldQuote(200, 260, text[200:260], "mixed", None, "anonymous"),
    )
    return GoldDocument(doc_id, f"articles/{doc_id}.txt", text, quotes)


@dataclass
class _Pred:
    start: int
    end: int
    speaker: object = None


def test_evaluate_counts_and_scores() -> None:
    predicted = {
        "doc": [
            {"start": 0, "end": 50, "speaker": "Joonkook Hwang"},  # exact, right speaker
            _Pred(110, 145, SimpleNamespace(name="Someone Else")),  # matched, wrong speaker
            {"start": 205, "end": 260, "speaker": {"name": "a source"}},  # gold None: wrong
            {"start": 280, "end": 299, "speaker": None},  # spurious
        ]
    }
    result = evaluate(predicted, [_gold_doc()])
    doc = result.documents[0]
    assert (doc.counts.tp, doc.counts.fp, doc.counts.fn) == (3, 1, 0)
    assert result.precision == pytest.approx(0.75)
    assert result.recall == pytest.approx(1.0)
    assert result.f1 == pytest.approx(2 * 0.75 / 1.75)
    assert result.exact_rate == pytest.approx(1 / 3)
    assert result.speaker_accuracy == pytest.approx(1 / 3)
    assert [p.start for p in doc.spurious] == [280]
    assert doc.missed == []


def test_evaluate_missing_document_and_path_keys() -> None:
    gold = [_gold_doc("a"), _gold_doc("b")]
    predicted = {
        "tests/data/articles/b.txt": [{"start": 0, "end": 50, "speaker": "Hwang Joonkook"}],
        "unknown": [{"start": 0, "end": 1, "speaker": None}],
    }
    result = evaluate(predicted, gold)
    by_id = {d.doc_id: d.counts for d in result.documents}
    assert (by_id["a"].tp, by_id["a"].fn, by_id["a"].predicted) == (0, 3, 0)
    assert (by_id["b"].tp, by_id["b"].fn) == (1, 2)
    assert result.total.tp == 1 and result.total.fn == 5 and result.total.fp == 0
    assert result.speaker_accuracy == 1.0
    assert result.recall == pytest.approx(1 / 6)
    assert result.total.recall_by_kind() == {"direct": 0.5, "indirect": 0.0, "mixed": 0.0}
    assert result.unknown_ids == ["unknown"]


def test_empty_document_scores() -> None:
    empty = GoldDocument("empty", "articles/empty.txt", "nothing here", ())
    result = evaluate({"empty": []}, [empty])
    assert result.f1 == 1.0 and result.exact_rate is None
    result = evaluate({"empty": [{"start": 0, "end": 7}]}, [empty])
    assert result.precision == 0.0 and result.f1 == 0.0


def test_format_table_is_aligned() -> None:
    predicted = {"first-document": [{"start": 0, "end": 50, "speaker": "Hwang Joon-kook"}]}
    result = evaluate(predicted, [_gold_doc("first-document"), _gold_doc("b")])
    table = result.format_table()
    lines = table.splitlines()
    assert lines[0].split()[:4] == ["document", "gold", "pred", "TP"]
    rows = [line for line in lines if line.startswith(("first-document", "b ", "TOTAL"))]
    assert len(rows) == 3
    assert len({len(line) for line in [lines[0], *rows]}) == 1
    assert rows[-1].split() == [
        "TOTAL",
        "6",
        "1",
        "1",
        "0",
        "5",
        "1.000",
        "0.167",
        "0.286",
        "1.000",
        "1.000",
    ]
    assert "recall by kind: direct 0.500 (1/2)" in table


def test_gold_scored_against_itself_is_perfect() -> None:
    docs = load_gold_dir(GOLD_ROOT, DATA_ROOT, SEEDS_ROOT)
    predicted = {
        d.id: [{"start": q.start, "end": q.end, "speaker": q.speaker} for q in d.quotes]
        for d in docs
    }
    result = evaluate(predicted, docs)
    assert result.f1 == 1.0 and result.exact_rate == 1.0 and result.speaker_accuracy == 1.0
    assert result.total.tp == sum(len(d.quotes) for d in docs)


def test_load_predictions_jsonl(tmp_path: Path) -> None:
    path = tmp_path / "pred.jsonl"
    lines = [
        json.dumps({"id": "a.txt", "quotes": [{"start": 1, "end": 5, "speaker": "X"}]}),
        "",
        json.dumps({"id": "b.txt", "quotes": []}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert load_predictions_jsonl(path) == {
        "a.txt": [{"start": 1, "end": 5, "speaker": "X"}],
        "b.txt": [],
    }
    path.write_text('{"id": "a.txt"}\n', encoding="utf-8")
    with pytest.raises(ValueError, match="line 1"):
        load_predictions_jsonl(path)

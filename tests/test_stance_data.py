"""The Port Ellery stance set: the demo's texts and the gold that indexes them."""

from __future__ import annotations

import json
from collections import Counter
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command

from annotations.management.commands.setup_demo import STANCE_DEMO, STANCE_DEMO_DIR
from annotations.models import Project
from annotations.seeds import read_text

GOLD_DIR = Path(__file__).resolve().parent / "data" / "stance"


def gold_files() -> list[Path]:
    paths = sorted(GOLD_DIR.glob("ellery_*.json"))
    if not paths:
        raise FileNotFoundError(f"no stance gold (ellery_*.json) in {GOLD_DIR}")
    return paths


def test_every_gold_span_indexes_its_demo_text_exactly() -> None:
    stances: Counter[str] = Counter()
    for path in gold_files():
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = read_text(STANCE_DEMO_DIR / f"{gold['article']}.txt")
        previous_end = 0
        for quote in gold["quotes"]:
            assert text[quote["start"] : quote["end"]] == quote["text"], (path.name, quote)
            assert text.count(quote["text"]) == 1
            assert quote["start"] >= previous_end, (path.name, "quotes overlap or are out of order")
            previous_end = quote["end"]
            assert quote["kind"] in {"direct", "indirect", "mixed"}
            stances[quote["stance"]] += 1
    assert set(stances) == {"favor", "against", "none"}
    assert len(gold_files()) == 26
    # Enough to mean something (issue 16 asks for at least 400).
    assert sum(stances.values()) >= 400


@pytest.mark.django_db
def test_setup_demo_imports_the_second_project_verbatim() -> None:
    call_command("setup_demo", stdout=StringIO())
    project = Project.objects.get(slug="port-ellery")
    assert project.name == "Port Ellery congestion charge"
    assert project.stance_target == "the congestion charge proposed for the centre of Port Ellery"
    assert project.stance_target == STANCE_DEMO["stance_target"]
    assert list(project.stance_labels.values_list("key", flat=True)) == ["favor", "against", "none"]
    texts = {path.stem: read_text(path) for path in sorted(STANCE_DEMO_DIR.glob("*.txt"))}
    assert {a.external_id: a.text for a in project.articles.all()} == texts
    # Once only: running it again adds nothing.
    call_command("setup_demo", stdout=StringIO())
    assert Project.objects.filter(slug="port-ellery").get().articles.count() == 26

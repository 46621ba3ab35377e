"""The demo's five seed articles, kept in the repository so that a clone is the whole product.

No Django import: the detector's evaluation, the benchmarks and the tests read them too.
"""

from __future__ import annotations

from pathlib import Path

SEEDS_DIR = Path(__file__).resolve().parent.parent / "fixtures" / "seeds"


def seed_paths(folder: Path = SEEDS_DIR) -> list[Path]:
    """The seed text files in name order; a missing or empty folder is an error naming it."""
    paths = sorted(folder.glob("*.txt"))
    if not paths:
        raise FileNotFoundError(f"no seed articles (*.txt) in {folder}")
    return paths


def read_text(path: Path) -> str:
    """A text exactly as stored: UTF-8, no newline translation (offsets index this string)."""
    with open(path, encoding="utf-8", newline="") as handle:
        return handle.read()


def seed_texts(folder: Path = SEEDS_DIR) -> dict[str, str]:
    """Every seed's text keyed by its file stem."""
    return {path.stem: read_text(path) for path in seed_paths(folder)}

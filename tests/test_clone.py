"""A clone is the whole product: nothing in the repository reaches outside it."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from annotations.seeds import SEEDS_DIR, seed_paths, seed_texts

REPO = Path(__file__).resolve().parent.parent
# Spelled in pieces so that this file does not match itself.
OUTSIDE = "../" + "shared"


def tracked_files() -> list[Path]:
    listing = subprocess.run(
        ["git", "ls-files", "-z"], cwd=REPO, capture_output=True, check=True
    ).stdout.decode()
    return [REPO / name for name in listing.split("\0") if name]


def test_no_tracked_file_refers_to_the_folder_beside_the_repository() -> None:
    offenders = [
        str(path.relative_to(REPO))
        for path in tracked_files()
        if path.is_file() and OUTSIDE.encode() in path.read_bytes()
    ]
    assert offenders == []


def test_the_five_seed_articles_are_in_the_repository() -> None:
    assert SEEDS_DIR.is_relative_to(REPO)
    texts = seed_texts()
    assert len(texts) == 5
    assert all(text.strip() for text in texts.values())


def test_a_missing_seed_folder_is_an_error_naming_it(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere"
    with pytest.raises(FileNotFoundError, match=str(missing)):
        seed_paths(missing)

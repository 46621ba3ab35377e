"""Quote detection with spaCy: the ``quote_detector`` component and plain helpers.

Importing this package does not import spaCy: the names that need it (the component,
``load_pipeline``, ``detect``, ``quotes_from_doc``) load on first use, so the web
processes, which only need the detector's name, version and records, stay light. A
pipeline finds the component through the ``spacy_factories`` entry point
(``nlp.add_pipe("quote_detector")``, ``spacy.load`` of a saved pipeline). Nothing here
imports Django.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from .boilerplate import main_content_range
from .meta import DETECTOR_NAME, DETECTOR_VERSION, SPAN_KEY, DetectedQuote

if TYPE_CHECKING:
    from .api import detect, load_pipeline, quotes_from_doc
    from .component import QuoteDetector, register_extensions

_NEEDS_SPACY = {
    "QuoteDetector": ".component",
    "register_extensions": ".component",
    "detect": ".api",
    "load_pipeline": ".api",
    "quotes_from_doc": ".api",
}


def __getattr__(name: str) -> Any:
    if name in _NEEDS_SPACY:
        return getattr(import_module(_NEEDS_SPACY[name], __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "DETECTOR_NAME",
    "DETECTOR_VERSION",
    "SPAN_KEY",
    "DetectedQuote",
    "QuoteDetector",
    "detect",
    "load_pipeline",
    "main_content_range",
    "quotes_from_doc",
    "register_extensions",
]

"""Quote detection with spaCy: the ``quote_detector`` component and plain helpers.

Importing this package registers the component factory, so
``nlp.add_pipe("quote_detector")`` works. Nothing here imports Django.
"""

from __future__ import annotations

from .api import DetectedQuote, detect, load_pipeline, quotes_from_doc
from .boilerplate import main_content_range
from .component import (
    DETECTOR_NAME,
    DETECTOR_VERSION,
    SPAN_KEY,
    QuoteDetector,
    register_extensions,
)

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

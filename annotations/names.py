"""Normalising people's and organisations' names so that spelling variants meet."""

from __future__ import annotations

import re
import unicodedata

_JOINERS = re.compile(r"[-‐‑‒–—'’.]")
_NON_WORD = re.compile(r"[^\w\s]")


def name_key(name: str) -> str:
    """A key equal for names that differ only in case, diacritics, hyphens or word order.

    ``Hwang Joon-kook``, ``Joonkook Hwang`` and ``JOONKOOK  HWANG`` share one key.
    """
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    words = _NON_WORD.sub(" ", _JOINERS.sub("", plain.casefold())).split()
    return " ".join(sorted(words))

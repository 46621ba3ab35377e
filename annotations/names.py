"""Normalising people's and organisations' names so that spelling variants meet."""

from __future__ import annotations

import re
import unicodedata

_JOINERS = re.compile(r"[-‐‑‒–—'’.]")
_NON_WORD = re.compile(r"[^\w\s]")


def _plain(name: str) -> str:
    """The name casefolded, without diacritics."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(char for char in decomposed if not unicodedata.combining(char)).casefold()


def name_key(name: str) -> str:
    """A key equal for names that differ only in case, diacritics, hyphens or word order.

    ``Hwang Joon-kook``, ``Joonkook Hwang`` and ``JOONKOOK  HWANG`` share one key.
    """
    words = _NON_WORD.sub(" ", _JOINERS.sub("", _plain(name))).split()
    return " ".join(sorted(words))


def search_form(name: str) -> str:
    """The name as the speaker type-ahead compares it: casefolded, without diacritics, in its
    own word order, every hyphen, apostrophe or other mark a break between words
    (``Hwang Joon-kook`` is ``hwang joon kook``)."""
    return " ".join(_NON_WORD.sub(" ", _JOINERS.sub(" ", _plain(name))).split())


# How the type-ahead ranks what a query starts: a name, a later word of it (or its key), an
# alias; and the longest text it compares.
NAME_START, NAME_WORD, ALIAS = 0, 1, 2
SEARCH_LENGTH = 300


def _from_each_word(text: str) -> list[str]:
    words = text.split()
    return [" ".join(words[at:]) for at in range(len(words))]


def search_texts(name: str, *, alias: bool = False) -> set[tuple[int, str]]:
    """What the type-ahead finds a speaker's name (or an alias) by, ranked: its search form,
    and the rest of the ways, each from one of its words on: the search form from its second
    word, the name key (word order, joined hyphens) from every word. A query must be the
    start of one of them."""
    start = search_form(name)[:SEARCH_LENGTH]
    rest = {text[:SEARCH_LENGTH] for text in _from_each_word(start)[1:]}
    rest |= {text[:SEARCH_LENGTH] for text in _from_each_word(name_key(name))}
    if alias:
        return {(ALIAS, text) for text in {start, *rest} if text}
    if not start:
        return set()
    return {(NAME_START, start)} | {(NAME_WORD, text) for text in rest - {start}}

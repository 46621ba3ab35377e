"""Counts in messages: "1 article", "2 articles" (one rule for every message the product prints)."""

from __future__ import annotations


def counted(number: int, noun: str, plural: str | None = None) -> str:
    """``number`` and ``noun``, the noun in the plural unless the number is one."""
    return f"{number:,} {noun if number == 1 else plural or noun + 's'}"

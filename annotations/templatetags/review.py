from __future__ import annotations

from django import template

from annotations.agreement import fmt

register = template.Library()


@register.filter
def figure(value: float | None) -> str:
    """An agreement figure to three decimals, or a dash where it is undefined."""
    return fmt(value)


@register.filter
def first_id(ids: str) -> str:
    """The first of space-separated ids (a text segment's innermost quotes)."""
    return ids.split(" ", 1)[0]

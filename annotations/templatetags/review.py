from __future__ import annotations

from django import template

from annotations.agreement import fmt

register = template.Library()


@register.filter
def figure(value: float | None) -> str:
    """An agreement figure to three decimals, or a dash where it is undefined."""
    return fmt(value)

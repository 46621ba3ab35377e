"""The stance suggestion of a quote in the workbench's editor, without a query of its own."""

from __future__ import annotations

from django import template

from annotations.models import Quote, StanceSuggestion

register = template.Library()


@register.filter
def loaded_suggestion(quote: Quote) -> StanceSuggestion | None:
    """The suggestion fetched with the quote (the workbench selects it with every quote it
    loads); a quote fetched without it, like one just added by hand, has none to show."""
    related = Quote.stance_suggestion.related
    if not related.is_cached(quote):
        return None
    suggestion = related.get_cached_value(quote)
    return suggestion if isinstance(suggestion, StanceSuggestion) else None

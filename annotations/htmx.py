"""The request type of views that read ``request.htmx`` (set by django-htmx's middleware)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.http import HttpRequest

if TYPE_CHECKING:
    from django_htmx.middleware import HtmxDetails

    class HtmxHttpRequest(HttpRequest):
        htmx: HtmxDetails

else:
    HtmxHttpRequest = HttpRequest

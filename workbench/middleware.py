"""Refusing hostile request values before any view or query sees them.

Two kinds of value make a database raise instead of answer: a NUL character (PostgreSQL
refuses it in text; SQLite stores it) and an integer beyond the 64-bit range (SQLite raises
OverflowError). Both are refused here, for every view, with a 400 that names the field.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest, QueryDict
from django.utils.datastructures import MultiValueDict

from workbench.converters import MAX_ID

NUL = "\x00"
# Digits only, optionally signed: what a form or filter would turn into an integer.
INTEGER = re.compile(r"[+-]?[0-9]+")


def beyond_range(number: str) -> bool:
    """Whether a signed run of digits lies past the 64-bit range (a number of thousands of
    digits included, which ``int()`` itself refuses to convert)."""
    digits = number.strip().lstrip("+-").lstrip("0")
    return len(digits) > len(str(MAX_ID)) or (bool(digits) and int(digits) > MAX_ID)


def hostile_value(fields: Iterable[tuple[str, str]], where: str) -> str | None:
    """What is wrong with the first bad ``(name, value)`` pair, or None."""
    for name, value in fields:
        if NUL in name or NUL in value:
            return f"The {where} “{name.replace(NUL, '')}” contains a NUL character."
        if INTEGER.fullmatch(value.strip()) and beyond_range(value):
            return (
                f"The {where} “{name}” is a number beyond {MAX_ID:,}; no id or count is that large."
            )
    return None


def every_value(data: QueryDict) -> Iterator[tuple[str, str]]:
    """Each (name, value) pair, a repeated name's every value too."""
    for name, values in data.lists():
        for value in values:
            yield name, value


def file_names(files: MultiValueDict) -> Iterator[tuple[str, str]]:
    for name, uploads in files.lists():
        for upload in uploads:
            yield name, upload.name or ""


def request_problem(request: HttpRequest) -> str | None:
    if NUL in request.path:
        return "The address contains a NUL character."
    problem = hostile_value(every_value(request.GET), "query parameter")
    if problem is None and request.method == "POST":
        problem = hostile_value(every_value(request.POST), "form field") or hostile_value(
            file_names(request.FILES), "file name of"
        )
    return problem


class HostileInputMiddleware:
    """Answer 400, in plain text (which the workbench's htmx banner shows), to a request
    carrying a NUL character or an out-of-range integer in its path, query or form."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        problem = request_problem(request)
        if problem is not None:
            return HttpResponseBadRequest(
                f"{problem} Remove it and try again.", content_type="text/plain; charset=utf-8"
            )
        return self.get_response(request)

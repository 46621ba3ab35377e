"""The annotator's workbench: the queue, the article page and the htmx actions on quotes.

Views stay thin: ``access`` decides who may see and change what, ``judging`` saves, and
``rendering`` lays the article out. An htmx request gets a partial of the same template as the
full page (``article.html#quote-editor``); every form also works without JavaScript.

An action answers in one response: the editor (of the next undecided quote when the project
moves on after a decision), and out of band the quote's row, the lines of text it touches and
the progress (``article.html#changes``). Its cost does not grow with the article.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import TYPE_CHECKING, Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST
from django_htmx.http import trigger_client_event

from annotations import access, judging, mentions, rendering, text_parts
from annotations.assigning import claim_next_article
from annotations.forms import AddQuoteForm, FlagForm, JudgementForm, NewSpeakerForm, first_error
from annotations.htmx import HtmxHttpRequest
from annotations.models import (
    Article,
    AssignmentStatus,
    Decision,
    Project,
    Quote,
    SpeakerKind,
    StanceLabel,
)
from annotations.speaker_search import matching_speakers

ARTICLE = "annotations/article.html"
# The article page's panels an htmx GET may ask for alone (by element id).
PANELS = ("article-text", "quote-list", "progress")
CONFLICT = (
    "This judgement was changed in another tab or window after you loaded it. "
    "Below is what is saved now; make your change again if you still want it."
)

View = Callable[..., HttpResponse]

if TYPE_CHECKING:

    class WorkbenchRequest(HtmxHttpRequest):
        """A request to the workbench: every view is behind login_required."""

        user: User

else:
    WorkbenchRequest = HtmxHttpRequest


def htmx_refusals(view: View) -> View:
    """Refuse htmx requests in plain text, which the page shows in its error banner.

    Without this, an htmx request after signing out would follow the redirect to the sign-in
    page and swap it in where the annotator was typing.
    """

    @wraps(view)
    def wrapper(request: WorkbenchRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not request.htmx:
            return view(request, *args, **kwargs)
        if not request.user.is_authenticated:
            return _plain("You are signed out. Sign in again in a new tab, then retry.", 401)
        try:
            return view(request, *args, **kwargs)
        except (PermissionDenied, Http404) as refusal:
            status = 403 if isinstance(refusal, PermissionDenied) else 404
            return _plain(str(refusal) or "Not allowed.", status)

    return wrapper


@login_required
def home(request: WorkbenchRequest) -> HttpResponse:
    assignments = judging.queue(request.user)
    finished = [a for a in assignments if a.status == AssignmentStatus.DONE]
    finished.sort(key=lambda assignment: assignment.done_at or assignment.assigned_at, reverse=True)
    return render(
        request,
        "annotations/home.html",
        {
            "open": [a for a in assignments if a.status == AssignmentStatus.ASSIGNED],
            "finished": finished,
        },
    )


@require_POST
@login_required
def next_article(request: WorkbenchRequest) -> HttpResponse:
    article = claim_next_article(request.user)
    if article is None:
        messages.info(request, "There is nothing left to annotate right now.")
        return redirect("home")
    return redirect("article", pk=article.pk)


@htmx_refusals
@login_required
def article(request: WorkbenchRequest, pk: int) -> HttpResponse:
    article = access.get_article(request.user, pk)
    return _article_page(request, article, _int(request.GET.get("quote")))


@htmx_refusals
@login_required
def quote(request: WorkbenchRequest, pk: int, quote_pk: int) -> HttpResponse:
    """The article page with this quote selected; htmx gets only the quote's editor."""
    if request.htmx:
        return _editor(request, judging.load_quote(request.user, pk, quote_pk))
    article = access.get_article(request.user, pk)
    return _article_page(request, article, quote_pk, quote_required=True)


@require_POST
@htmx_refusals
@login_required
def judge(request: WorkbenchRequest, pk: int, quote_pk: int) -> HttpResponse:
    quote = judging.load_quote(request.user, pk, quote_pk)
    form = JudgementForm(request.POST, project_id=quote.article.project_id)
    if not form.is_valid():
        return _refuse(request, first_error(form), _quote_url(quote))
    changes = form.changes()
    before = rendering.drawn_spans(quote, quote.mine)
    try:
        judging.judge(request.user, quote, form.cleaned_data["version"], changes)
    except ValidationError as error:
        return _refuse(request, " ".join(error.messages), _quote_url(quote))
    except judging.Conflict:
        return _conflict(request, quote, form.cleaned_data["note"] if "note" in form.data else None)
    decided = changes.get("decision") in Decision.values
    following = None
    if decided and quote.article.project.advance_after_decision:
        part = text_parts.page_part(quote.article.text, None, quote.start)
        within = (part.start, part.end) if part else None
        following = judging.next_undecided(request.user, quote, within)
    return _saved(request, quote, before, editing=following)


@require_POST
@htmx_refusals
@login_required
def new_speaker(request: WorkbenchRequest, pk: int, quote_pk: int) -> HttpResponse:
    """Create a speaker from the quote's editor and make it this judgement's speaker."""
    quote = judging.load_quote(request.user, pk, quote_pk)
    form = NewSpeakerForm(request.POST)
    if not form.is_valid():
        return _refuse(request, first_error(form), _quote_url(quote))
    before = rendering.drawn_spans(quote, quote.mine)
    try:
        judging.judge(
            request.user,
            quote,
            form.cleaned_data["version"],
            {},
            new_speaker=form.save(commit=False),
        )
    except judging.Conflict:
        return _conflict(request, quote)
    return _saved(request, quote, before)


@require_POST
@htmx_refusals
@login_required
def flag(request: WorkbenchRequest, pk: int, quote_pk: int) -> HttpResponse:
    """Flag the quote for a reviewer, with the annotator's reason."""
    quote = judging.load_quote(request.user, pk, quote_pk)
    form = FlagForm(request.POST)
    if not form.is_valid():
        return _refuse(request, first_error(form), _quote_url(quote))
    judging.flag(request.user, quote, form.cleaned_data["reason"])
    return _saved(request, quote, [])


@require_POST
@htmx_refusals
@login_required
def add_quote(request: WorkbenchRequest, pk: int) -> HttpResponse:
    article = access.get_article(request.user, pk)
    form = AddQuoteForm(request.POST)
    if not form.is_valid():
        return _refuse(request, first_error(form), reverse("article", args=[pk]))
    data = form.cleaned_data
    try:
        quote = judging.add_quote(request.user, article, data["start"], data["end"], data["kind"])
    except ValidationError as error:
        return _refuse(request, " ".join(error.messages), reverse("article", args=[pk]))
    return _saved(request, quote, [], inserted=True)


@require_POST
@htmx_refusals
@login_required
def undo(request: WorkbenchRequest, pk: int) -> HttpResponse:
    undone = judging.undo(request.user, pk)
    if undone is None:
        if request.htmx:
            response = HttpResponse(status=204)
            return trigger_client_event(
                response, "workbench-notice", {"message": "Nothing to undo."}
            )
        messages.info(request, "Nothing to undo.")
        return redirect("article", pk=pk)
    if undone.quote is not None:
        return _saved(request, undone.quote, rendering.drawn_spans(undone.quote, undone.previous))
    if not request.htmx:
        return redirect("article", pk=pk)
    assert undone.removed is not None
    removed = undone.removed
    return _changes(
        request,
        removed.article,
        editing=None,
        rows=[],
        touched=rendering.drawn_spans(removed, removed.mine),
        removed_pk=removed.pk,
    )


@require_POST
@login_required
def mark_done(request: WorkbenchRequest, pk: int) -> HttpResponse:
    article = access.get_article(request.user, pk)
    access.check_edit(article.assignment_status)
    judging.set_done(request.user, article, done=True)
    messages.success(request, f"“{article.title}” is done. Thank you!")
    return redirect("home")


@require_POST
@login_required
def reopen(request: WorkbenchRequest, pk: int) -> HttpResponse:
    article = access.get_article(request.user, pk)
    judging.set_done(request.user, article, done=False)
    return redirect("article", pk=pk)


@htmx_refusals
@login_required
def speaker_search(request: WorkbenchRequest) -> HttpResponse:
    """Type-ahead: up to ten speakers with a word of their name or an alias starting with the
    query."""
    query = request.GET.get("q", "").strip()[:100]
    matches = matching_speakers(query) if query else []
    return render(request, f"{ARTICLE}#speaker-options", {"matches": matches, "query": query})


@login_required
def guidelines(request: WorkbenchRequest, slug: str) -> HttpResponse:
    project = get_object_or_404(Project.objects.prefetch_related("stance_labels"), slug=slug)
    return render(request, "annotations/guidelines.html", {"project": project})


def _article_page(
    request: WorkbenchRequest,
    article: Article,
    selected_pk: int | None,
    *,
    status: int = 200,
    conflict: str = "",
    note_draft: str | None = None,
    quote_required: bool = False,
) -> HttpResponse:
    """The whole page, or the panel an htmx request names as its target; with
    ``quote_required``, a 404 when the selected quote is not one of the article's."""
    labels = _labels(article)
    quotes = judging.article_quotes(request.user, article)
    rows = rendering.quote_rows(quotes, labels, article.project.low_confidence)
    selected = next((row for row in rows if row.quote.pk == selected_pk), None)
    if quote_required and selected is None:
        raise Http404("This article has no such quote.")
    # A long article is shown a part at a time, with the quotes of that part.
    part = text_parts.page_part(
        article.text, request.GET.get("part"), selected.start if selected else None
    )
    shown = [row for row in rows if part.start <= row.start < part.end] if part else rows
    panel = request.htmx.target if request.htmx and request.htmx.target in PANELS else None
    editing = selected or (shown[0] if shown else None)
    context = {
        "article": article,
        "project": article.project,
        "labels": labels,
        "rows": shown,
        "part": part,
        "progress": rendering.progress(rows),
        "editable": article.assignment_status == AssignmentStatus.ASSIGNED,
        "assignment_status": article.assignment_status,
        "editing": editing,
        "provenance": _provenance(editing.quote if editing else None),
        "conflict": conflict,
        "note_draft": note_draft,
        "speaker_kinds": SpeakerKind.choices,
    }
    if panel in (None, "article-text"):
        paragraphs = rendering.paragraphs(article, rendering.marks(shown))
        context["paragraphs"] = (
            [p for p in paragraphs if part.start <= p.start < part.end] if part else paragraphs
        )
    template = f"{ARTICLE}#{panel}" if panel else ARTICLE
    return render(request, template, context, status=status)


def _editor(
    request: WorkbenchRequest,
    quote: Quote,
    *,
    status: int = 200,
    conflict: str = "",
    note_draft: str | None = None,
) -> HttpResponse:
    """The selected quote's editor. It needs no stance labels: the decision and stance
    buttons stay on the page, and only their pressed state follows the quote."""
    context = {
        "article": quote.article,
        "editable": quote.assignment_status == AssignmentStatus.ASSIGNED,
        "editing": rendering.quote_row(0, quote, (), quote.article.project.low_confidence),
        "provenance": _provenance(quote),
        "conflict": conflict,
        "note_draft": note_draft,
        "speaker_kinds": SpeakerKind.choices,
    }
    return render(request, f"{ARTICLE}#quote-editor", context, status=status)


def _saved(
    request: WorkbenchRequest,
    quote: Quote,
    before: list[mentions.Span],
    *,
    editing: Quote | None = None,
    inserted: bool = False,
) -> HttpResponse:
    """After a change to ``quote``: its editor (or ``editing``'s), its row and the lines of
    text it drew on ``before`` and draws now, in one response."""
    if not request.htmx:
        return redirect(_quote_url(editing or quote))
    return _changes(
        request,
        quote.article,
        editing=editing or quote,
        rows=[quote],
        touched=before + rendering.drawn_spans(quote, quote.mine),
        inserted=inserted,
    )


def _changes(
    request: WorkbenchRequest,
    article: Article,
    *,
    editing: Quote | None,
    rows: list[Quote],
    touched: list[mentions.Span],
    inserted: bool = False,
    removed_pk: int | None = None,
    status: int = 200,
    conflict: str = "",
    note_draft: str | None = None,
) -> HttpResponse:
    """The editor, and out of band the rows of ``rows``, the lines of text ``touched`` reaches
    and the progress: three queries (four for an inserted row), whatever the article's length.

    An ``inserted`` row goes in after the row before it; a ``removed_pk`` row goes away.
    """
    user = request.user
    labels = _labels(article)
    threshold = article.project.low_confidence
    lines = rendering.touched_lines(article.text, touched)
    near = rendering.quote_rows(judging.article_quotes(user, article, near=lines), labels)
    judged, total = judging.progress_counts(user, article)
    changed = rendering.quote_rows(rows, labels, threshold)
    context = {
        "article": article,
        "editable": article.assignment_status == AssignmentStatus.ASSIGNED,
        "editing": rendering.quote_row(0, editing, labels, threshold) if editing else None,
        "provenance": _provenance(editing),
        "removed": removed_pk is not None,
        "removed_pk": removed_pk,
        "changed_rows": [] if inserted else changed,
        "inserted": changed[0] if inserted else None,
        "inserted_after": judging.previous_pk(user, rows[0]) if inserted else None,
        "list_was_empty": inserted and total == 1,
        "paragraphs": rendering.paragraphs(article, rendering.marks(near), lines),
        "progress": rendering.Progress(judged=judged, total=total),
        "conflict": conflict,
        "note_draft": note_draft,
        "speaker_kinds": SpeakerKind.choices,
    }
    return render(request, f"{ARTICLE}#changes", context, status=status)


def _provenance(quote: Quote | None) -> dict[str, Any]:
    """What the editor says of how the detector found the quote's speaker.

    ``speaker_reason`` is read only if the Quote model has it (the detector records it).
    """
    if quote is None:
        return {}
    return {
        "confidence": quote.confidence,
        "percent": round(100 * quote.confidence) if quote.confidence is not None else None,
        "low": quote.confidence is not None
        and quote.confidence < quote.article.project.low_confidence,
        "speaker_reason": getattr(quote, "speaker_reason", ""),
    }


def _conflict(
    request: WorkbenchRequest, quote: Quote, note_draft: str | None = None
) -> HttpResponse:
    """409 with what is saved now; a note the annotator typed stays in its box."""
    current = judging.load_quote(request.user, quote.article_id, quote.pk)
    if not request.htmx:
        return _article_page(
            request,
            current.article,
            quote.pk,
            status=409,
            conflict=CONFLICT,
            note_draft=note_draft,
        )
    return _changes(
        request,
        current.article,
        editing=current,
        rows=[current],
        # What this page drew is not known here: the quote's own span and what is saved now.
        touched=[(quote.start, quote.end), *rendering.drawn_spans(current, current.mine)],
        status=409,
        conflict=CONFLICT,
        note_draft=note_draft,
    )


def _refuse(request: WorkbenchRequest, message: str, back: str) -> HttpResponse:
    """400: htmx shows the message in its banner and keeps the page as it is."""
    if request.htmx:
        return _plain(message, 400)
    messages.error(request, message)
    return redirect(back)


def _quote_url(quote: Quote) -> str:
    return reverse("quote", args=[quote.article_id, quote.pk])


def _plain(message: str, status: int) -> HttpResponse:
    return HttpResponse(message, status=status, content_type="text/plain; charset=utf-8")


def _labels(article: Article) -> list[StanceLabel]:
    """The project's stance labels (one query)."""
    return list(StanceLabel.objects.filter(project_id=article.project_id))


def _int(value: str | None) -> int | None:
    return int(value) if value and value.isdigit() else None

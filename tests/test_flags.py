"""Flagging a quote for the reviewer: stored, audited, private to the annotator, listed in the
admin for reviewers, resolved there."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from annotations import roles
from annotations.models import AuditEvent, Flag
from tests.factories import AssignmentFactory, QuoteFactory, UserFactory

pytestmark = pytest.mark.django_db

HTMX = {"HTTP_HX_REQUEST": "true", "HTTP_HX_TARGET": "quote-editor"}


@pytest.fixture
def annotator():
    return UserFactory()


@pytest.fixture
def quote(annotator):
    return QuoteFactory(article=AssignmentFactory(annotator=annotator).article)


def flag(client, quote, reason):
    url = f"/articles/{quote.article_id}/quotes/{quote.pk}/flag/"
    return client.post(url, {"reason": reason}, **HTMX)


def test_a_flag_is_stored_audited_and_shown_in_the_editor_and_the_row(client, annotator, quote):
    client.force_login(annotator)

    response = flag(client, quote, "  Is this the chair or the council?  ")

    assert response.status_code == 200
    stored = Flag.objects.get()
    assert (stored.quote, stored.annotator) == (quote, annotator)
    assert stored.reason == "Is this the chair or the council?"
    assert stored.resolved_at is None
    event = AuditEvent.objects.get(action="flag.add")
    assert (event.actor, event.object_id) == (annotator, str(stored.pk))
    assert event.after == {"quote": quote.pk, "reason": "Is this the chair or the council?"}
    html = response.content.decode()
    assert 'title="Is this the chair or the council?">Flagged for review</span>' in html
    assert '<span class="row-flag">flagged</span>' in html


@pytest.mark.parametrize("reason", ["", "   "])
def test_a_flag_needs_a_reason(client, annotator, quote, reason):
    client.force_login(annotator)

    response = flag(client, quote, reason)

    assert response.status_code == 400
    assert response.content.decode() == "Reason: This field is required."
    assert not Flag.objects.exists()


def test_a_done_article_takes_no_flag(client, annotator, quote):
    quote.article.assignments.update(status="done")
    client.force_login(annotator)

    response = flag(client, quote, "Too late?")

    assert response.status_code == 403
    assert not Flag.objects.exists()


def test_another_annotators_flag_stays_theirs(client, annotator, quote):
    colleague = UserFactory()
    AssignmentFactory(article=quote.article, annotator=colleague)
    Flag.objects.create(quote=quote, annotator=colleague, reason="Theirs")
    client.force_login(annotator)

    html = client.get(f"/articles/{quote.article_id}/").content.decode()

    assert "Flagged for review" not in html
    assert "row-flag" not in html


def test_reviewers_list_flags_and_resolve_them(client, annotator, quote):
    first = Flag.objects.create(quote=quote, annotator=annotator, reason="Speaker unclear")
    reviewer = UserFactory(is_staff=True)
    reviewer.groups.add(Group.objects.get(name=roles.REVIEWER))
    client.force_login(reviewer)
    changelist = reverse("admin:annotations_flag_changelist")

    listing = client.get(changelist, {"state": "open"})

    assert listing.status_code == 200
    assert "Speaker unclear" in listing.content.decode()
    response = client.post(
        changelist, {"action": "resolve", "_selected_action": [first.pk]}, follow=True
    )
    assert "1 flag(s) resolved." in response.content.decode()
    first.refresh_from_db()
    assert (first.resolved_by, first.resolved_at is not None) == (reviewer, True)
    assert AuditEvent.objects.filter(action="flag.resolve", actor=reviewer).count() == 1
    assert "Speaker unclear" not in client.get(changelist, {"state": "open"}).content.decode()


def test_annotators_do_not_see_the_flag_list(client, annotator, quote):
    client.force_login(annotator)

    response = client.get(reverse("admin:annotations_flag_changelist"))

    assert response.status_code == 302

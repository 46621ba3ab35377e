"""The audit log is append-only: nobody changes or deletes an event in the admin, and an
account that acted cannot be deleted from under its events."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group, User
from django.db.models import ProtectedError
from django.test import Client
from django.urls import reverse

from annotations import roles
from annotations.models import AuditEvent
from tests.factories import AuditEventFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(params=["superuser", "administrator", "reviewer"])
def staff_client(request: pytest.FixtureRequest, client: Client) -> Client:
    if request.param == "superuser":
        user = User.objects.create_superuser("root", "root@example.org", "pw")
    else:
        user = UserFactory(is_staff=True)
        user.groups.add(Group.objects.get(name=getattr(roles, request.param.upper())))
    client.force_login(user)
    return client


def test_nobody_deletes_an_audit_event_in_the_admin(staff_client: Client) -> None:
    event = AuditEventFactory()
    delete = reverse("admin:annotations_auditevent_delete", args=[event.pk])
    assert staff_client.get(delete).status_code == 403
    assert staff_client.post(delete, {"post": "yes"}).status_code == 403
    changelist = reverse("admin:annotations_auditevent_changelist")
    response = staff_client.post(
        changelist, {"action": "delete_selected", "_selected_action": [event.pk], "post": "yes"}
    )
    assert response.status_code in (200, 302)
    assert AuditEvent.objects.filter(pk=event.pk).exists()
    assert "delete_selected" not in staff_client.get(changelist).content.decode()


def test_nobody_changes_an_audit_event_in_the_admin(staff_client: Client) -> None:
    event = AuditEventFactory(action="quote.change")
    change = reverse("admin:annotations_auditevent_change", args=[event.pk])
    page = staff_client.get(change)
    assert page.status_code == 200  # readable
    assert 'name="action"' not in page.content.decode()
    staff_client.post(change, {"action": "forged"})
    event.refresh_from_db()
    assert event.action == "quote.change"


def test_an_account_with_audit_events_cannot_be_deleted() -> None:
    actor = UserFactory()
    AuditEventFactory(actor=actor)
    with pytest.raises(ProtectedError):
        actor.delete()
    assert AuditEvent.objects.filter(actor=actor).exists()

"""Sign-in throttling (django-axes) on the workbench's and the admin's login, and password
reset only where mail is configured."""

from __future__ import annotations

from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.contrib.auth.models import Group, User
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from annotations import roles
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

PASSWORD = "correct horse battery staple"
WORKBENCH = reverse("login")
ADMIN = reverse("admin:login")


@pytest.fixture
def annotator() -> User:
    user = UserFactory(username="ann")
    user.groups.add(Group.objects.get(name=roles.ANNOTATOR))
    return user


def sign_in(
    client: Client, url: str, username: str, password: str, address: str = "10.0.0.1"
) -> int:
    response = client.post(url, {"username": username, "password": password}, REMOTE_ADDR=address)
    return response.status_code


def fail(client: Client, url: str, username: str, times: int, address: str = "10.0.0.1") -> None:
    for _ in range(times):
        assert sign_in(client, url, username, "wrong", address) == 200  # the form again


def test_the_right_password_after_too_many_wrong_ones_is_refused_with_a_clear_page(
    client: Client, annotator: User, settings
) -> None:
    fail(client, WORKBENCH, "ann", settings.AXES_FAILURE_LIMIT - 1)
    response = client.post(WORKBENCH, {"username": "ann", "password": "wrong"})
    assert response.status_code == 429
    page = response.content.decode()
    assert "Too many failed sign-ins" in page
    assert "Try again in 15 minutes" in page
    assert sign_in(client, WORKBENCH, "ann", PASSWORD) == 429
    assert "_auth_user_id" not in client.session
    # The attempts the admin lists keep no password, wrong or right.
    for attempt in AccessAttempt.objects.all():
        assert "wrong" not in attempt.post_data and PASSWORD not in attempt.post_data


def test_a_locked_account_is_locked_from_every_address(
    client: Client, annotator: User, settings
) -> None:
    for number in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, WORKBENCH, "ann", "wrong", f"10.0.1.{number}")
    assert sign_in(client, WORKBENCH, "ann", PASSWORD, "192.0.2.7") == 429


def test_an_address_that_guesses_many_accounts_is_locked_for_all_of_them(
    client: Client, annotator: User, settings
) -> None:
    for number in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, WORKBENCH, f"guess{number}", "wrong", "198.51.100.9")
    assert sign_in(client, WORKBENCH, "ann", PASSWORD, "198.51.100.9") == 429
    assert sign_in(client, WORKBENCH, "ann", PASSWORD, "198.51.100.10") == 302


def test_the_admin_login_is_throttled_with_the_same_count_and_its_own_look(
    client: Client, settings
) -> None:
    UserFactory(username="rev", is_staff=True)
    fail(client, ADMIN, "rev", settings.AXES_FAILURE_LIMIT - 1)
    response = client.post(ADMIN, {"username": "rev", "password": "wrong"})
    assert response.status_code == 429
    page = response.content.decode()
    assert "Too many failed sign-ins" in page
    assert "Django administration" in page or "admin" in page.lower()
    assert reverse("admin:login") in page
    # The workbench login counts the same attempts.
    assert sign_in(client, WORKBENCH, "rev", PASSWORD) == 429


def test_a_success_before_the_limit_forgets_the_failures(
    client: Client, annotator: User, settings
) -> None:
    fail(client, WORKBENCH, "ann", settings.AXES_FAILURE_LIMIT - 1)
    assert sign_in(client, WORKBENCH, "ann", PASSWORD) == 302
    client.logout()
    fail(client, WORKBENCH, "ann", settings.AXES_FAILURE_LIMIT - 1)
    assert sign_in(client, WORKBENCH, "ann", PASSWORD) == 302


def test_after_the_cool_off_the_account_signs_in_again(
    client: Client, annotator: User, settings
) -> None:
    fail(client, WORKBENCH, "ann", settings.AXES_FAILURE_LIMIT - 1)
    assert sign_in(client, WORKBENCH, "ann", "wrong") == 429
    AccessAttempt.objects.update(attempt_time=timezone.now() - timedelta(minutes=16))
    assert sign_in(client, WORKBENCH, "ann", PASSWORD) == 302


def test_a_reviewer_unlocks_an_account_by_deleting_its_attempts_in_the_admin(
    client: Client, annotator: User, settings
) -> None:
    fail(client, WORKBENCH, "ann", settings.AXES_FAILURE_LIMIT - 1)
    assert sign_in(client, WORKBENCH, "ann", "wrong") == 429
    reviewer = UserFactory(username="rev", is_staff=True)
    reviewer.groups.add(Group.objects.get(name=roles.REVIEWER))
    staff = Client()
    staff.force_login(reviewer)
    changelist = reverse("admin:axes_accessattempt_changelist")
    listing = staff.get(changelist)
    assert listing.status_code == 200
    assert "ann" in listing.content.decode()
    attempts = list(AccessAttempt.objects.values_list("pk", flat=True))
    response = staff.post(
        changelist,
        {"action": "delete_selected", "_selected_action": attempts, "post": "yes"},
        follow=True,
    )
    assert response.status_code == 200
    assert not AccessAttempt.objects.exists()
    assert sign_in(client, WORKBENCH, "ann", PASSWORD) == 302


def test_an_annotator_cannot_unlock(client: Client, annotator: User) -> None:
    client.force_login(annotator)
    response = client.get(reverse("admin:axes_accessattempt_changelist"))
    assert response.status_code == 302  # to the admin's login


# Password reset -----------------------------------------------------------------------


def test_without_mail_password_reset_is_not_offered(client: Client, settings) -> None:
    settings.PASSWORD_RESET_BY_MAIL = False
    assert "password_reset" not in client.get(WORKBENCH).content.decode()
    assert client.get(reverse("password_reset")).status_code == 404
    response = client.post(reverse("password_reset"), {"email": "ann@example.org"})
    assert response.status_code == 404
    assert client.get(reverse("password_reset_done")).status_code == 404


def test_with_mail_password_reset_is_offered_and_claims_no_delivery(
    client: Client, annotator: User, settings, mailoutbox: list
) -> None:
    settings.PASSWORD_RESET_BY_MAIL = True
    assert reverse("password_reset") in client.get(WORKBENCH).content.decode()
    response = client.post(reverse("password_reset"), {"email": annotator.email}, follow=True)
    assert response.status_code == 200
    page = response.content.decode()
    assert "handed a message" in page
    assert "emailed" not in page.lower() and "sent you" not in page.lower()
    assert len(mailoutbox) == 1

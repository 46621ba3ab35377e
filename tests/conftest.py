from __future__ import annotations

from collections.abc import Sequence

import pytest
from django.conf import settings
from django.contrib.auth.models import User
from django.test import Client

from annotations import seeds


def pytest_configure(config: pytest.Config) -> None:
    # The test client and the live server speak plain HTTP; production keeps these on.
    settings.SECURE_SSL_REDIRECT = False
    settings.SESSION_COOKIE_SECURE = False
    settings.CSRF_COOKIE_SECURE = False
    # Tests serve static files through the finders; there is no collectstatic manifest.
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    settings.WHITENOISE_USE_FINDERS = True
    # Factories create hundreds of users; the slow production hasher would dominate.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(scope="session")
def seed_texts() -> dict[str, str]:
    """The five seed articles, keyed by file stem, read exactly as stored."""
    return seeds.seed_texts()


@pytest.fixture
def scheduled(monkeypatch: pytest.MonkeyPatch) -> list[list[int]]:
    """What imports and the admin would send to detection, recorded instead of run."""
    from annotations import admin, importing  # the app registry is ready only now

    calls: list[list[int]] = []

    def record(article_ids: Sequence[int]) -> None:
        calls.append(list(article_ids))

    monkeypatch.setattr(importing, "schedule_detection", record)
    monkeypatch.setattr(admin, "schedule_detection", record)
    return calls


@pytest.fixture
def reviewer(db: None) -> User:
    from tests.factories import ReviewerFactory

    return ReviewerFactory(username="rev")


@pytest.fixture
def reviewer_client(client: Client, reviewer: User) -> Client:
    client.force_login(reviewer)
    return client

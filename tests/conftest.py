from __future__ import annotations

from collections.abc import Iterator, Sequence

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


@pytest.fixture(autouse=True)
def _speaker_names_follow_every_name(request: pytest.FixtureRequest) -> Iterator[None]:
    """After every test with a database: the type-ahead's rows match the speakers' and
    aliases' names, whatever path the test took to write them (a path that forgets fails)."""
    uses_db = request.node.get_closest_marker("django_db") is not None
    if not uses_db and "db" in request.fixturenames:
        request.getfixturevalue("db")  # set up first, so torn down after the check
        uses_db = True
    yield
    if uses_db and "transactional_db" not in request.fixturenames:
        from tests.speaker_names import stale_speaker_names

        assert stale_speaker_names() == (set(), set())

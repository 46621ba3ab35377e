from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from workbench.settings import env_bool, env_int

ROOT = Path(__file__).resolve().parent.parent


def production_env(**overrides: str) -> dict[str, str]:
    """This process's environment less what the test run itself adds.

    The browser tests set DJANGO_ALLOW_ASYNC_UNSAFE for Playwright; a deployment never has it.
    """
    env = {key: value for key, value in os.environ.items() if key != "DJANGO_ALLOW_ASYNC_UNSAFE"}
    return {**env, **overrides}


def test_deploy_check_is_clean_with_debug_off() -> None:
    env = production_env(
        DJANGO_DEBUG="0",
        DJANGO_SECRET_KEY="x7!kq2@v9#m4$w8^z1&c6*b3(n5)p0_r-t+y=u[i]o{e}a;s:d'f,g.h/j?l|",
        DJANGO_ALLOWED_HOSTS="quotes.example.org",
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def manage(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def test_production_refuses_to_start_with_the_public_fallback_secret_key(tmp_path: Path) -> None:
    env = production_env(DJANGO_DEBUG="0", DJANGO_SECRET_KEY_FILE=str(tmp_path / "absent"))
    env.pop("DJANGO_SECRET_KEY", None)
    result = manage("check", **env)
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert "DJANGO_SECRET_KEY is not set" in result.stderr
    assert "DJANGO_DEBUG is off" in result.stderr


def test_an_unset_debug_is_production_too(tmp_path: Path) -> None:
    env = production_env(DJANGO_SECRET_KEY_FILE=str(tmp_path / "absent"))
    env.pop("DJANGO_SECRET_KEY", None)
    env.pop("DJANGO_DEBUG", None)
    assert "DJANGO_SECRET_KEY is not set" in manage("check", **env).stderr


def test_debug_runs_may_use_the_fallback_key(tmp_path: Path) -> None:
    env = production_env(DJANGO_DEBUG="1", DJANGO_SECRET_KEY_FILE=str(tmp_path / "absent"))
    env.pop("DJANGO_SECRET_KEY", None)
    result = manage("check", **env)
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("value", ["ture", "2", "enabled", "nein"])
def test_a_boolean_variable_refuses_a_value_it_does_not_know(value: str) -> None:
    result = manage("check", **production_env(DJANGO_DEBUG=value))
    assert result.returncode != 0
    assert f"DJANGO_DEBUG='{value}' is neither on nor off" in result.stderr


@pytest.mark.parametrize(("value", "expected"), [("TRUE", True), (" on ", True), ("No", False)])
def test_a_boolean_variable_takes_the_words_it_knows(
    monkeypatch: pytest.MonkeyPatch, value: str, expected: bool
) -> None:
    monkeypatch.setenv("QUOTES_SOME_FLAG", value)
    assert env_bool("QUOTES_SOME_FLAG", not expected) is expected


def test_a_number_variable_refuses_words(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QUOTES_SOME_NUMBER", "ten")
    with pytest.raises(ImproperlyConfigured, match="QUOTES_SOME_NUMBER='ten' is not a whole"):
        env_int("QUOTES_SOME_NUMBER", 1)


def test_the_checkouts_key_file_serves_production_commands(tmp_path: Path) -> None:
    key_file = tmp_path / "key"
    key_file.write_text("a-long-random-key-written-by-make-for-this-checkout-only\n")
    env = production_env(DJANGO_DEBUG="0", DJANGO_SECRET_KEY_FILE=str(key_file))
    env.pop("DJANGO_SECRET_KEY", None)
    script = "from django.conf import settings; print(settings.SECRET_KEY)"
    result = subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {script}"],
        cwd=ROOT,
        env={**env, "DJANGO_SETTINGS_MODULE": "workbench.settings"},
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.strip() == "a-long-random-key-written-by-make-for-this-checkout-only"

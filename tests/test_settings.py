from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

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


def test_deploy_check_flags_the_development_secret_key() -> None:
    env = production_env(DJANGO_DEBUG="0")
    env.pop("DJANGO_SECRET_KEY", None)
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stdout + result.stderr

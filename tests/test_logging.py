"""The JSON log formatter: one valid JSON object per record, on one line."""

from __future__ import annotations

import io
import json
import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from workbench.logging import JsonFormatter

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def log() -> Iterator[tuple[logging.Logger, io.StringIO]]:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonFormatter())
    logger = logging.getLogger("tests.json")
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    logger.propagate = False
    yield logger, stream
    logger.removeHandler(handler)


def records(stream: io.StringIO) -> list[dict]:
    return [json.loads(line) for line in stream.getvalue().splitlines()]


def test_each_record_is_one_json_object_with_level_logger_and_message(log) -> None:
    logger, stream = log
    logger.info("imported %d articles", 3)
    logger.warning("two\nlines and “curly” 한국어")
    first, second = records(stream)
    assert (first["level"], first["logger"], first["message"]) == (
        "INFO",
        "tests.json",
        "imported 3 articles",
    )
    assert second["level"] == "WARNING"
    assert second["message"] == "two\nlines and “curly” 한국어"
    assert first["time"].endswith("+00:00")


def test_an_exception_keeps_its_traceback_inside_the_one_line(log) -> None:
    logger, stream = log
    try:
        raise ValueError("bad offset")
    except ValueError:
        logger.exception("detection failed")
    lines = stream.getvalue().splitlines()
    assert len(lines) == 1
    (record,) = records(stream)
    assert record["level"] == "ERROR"
    assert record["message"] == "detection failed"
    assert "Traceback" in record["exception"]
    assert "ValueError: bad offset" in record["exception"]


def test_extras_are_kept_and_objects_json_cannot_hold_become_strings(log) -> None:
    logger, stream = log
    logger.info("request", extra={"status_code": 404, "request": object()})
    (record,) = records(stream)
    assert record["status_code"] == 404
    assert record["request"].startswith("<object object")
    assert "args" not in record and "msg" not in record


def log_in_a_new_process(logger: str, message: str, **env: str) -> str:
    """What a freshly set-up Django prints (stdout and stderr) for one warning."""
    script = (
        "import django, logging; django.setup(); "
        f"logging.getLogger({logger!r}).warning({message!r})"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "workbench.settings", **env},
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout + result.stderr


@pytest.mark.parametrize(("log_format", "is_json"), [("json", True), ("", False)])
def test_the_setting_switches_the_project_logs(log_format: str, is_json: bool) -> None:
    printed = log_in_a_new_process(
        "annotations", "hello from the workbench", DJANGO_LOG_FORMAT=log_format
    )
    (line,) = [line for line in printed.splitlines() if "hello from the workbench" in line]
    if is_json:
        assert json.loads(line)["logger"] == "annotations"
    else:
        assert line.endswith("WARNING annotations hello from the workbench")


@pytest.mark.parametrize("logger", ["django.tasks", "django.request", "annotations"])
def test_each_record_is_printed_once_in_debug_mode(logger: str) -> None:
    printed = log_in_a_new_process(logger, "said once", DJANGO_DEBUG="1")
    assert printed.count("said once") == 1, printed

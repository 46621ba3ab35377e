# The two set-up commands: `make run` and `make test`. Both build .venv on first use.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
DEMO_ENV := DJANGO_DEBUG=1

.PHONY: run test lint format serve

$(VENV)/.run-deps: pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e .
	touch $@

$(VENV)/.dev-deps: $(VENV)/.run-deps
	$(PY) -m pip install --quiet -e ".[dev]"
	touch $@

run: $(VENV)/.run-deps
	$(DEMO_ENV) $(PY) manage.py migrate --no-input
	$(DEMO_ENV) $(PY) manage.py setup_demo
	$(DEMO_ENV) $(PY) manage.py detect_articles
	$(DEMO_ENV) $(PY) manage.py runserver 127.0.0.1:8000

lint: $(VENV)/.dev-deps
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

test: lint
	$(PY) manage.py makemigrations --check --dry-run
	$(PY) -m pytest

format: $(VENV)/.dev-deps
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

# The two set-up commands: `make run` and `make test`. Both build .venv on first use.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
# The demo runs in debug mode.
DEBUG_ENV := DJANGO_DEBUG=1

.PHONY: run test lint types browser format serve

# The checkout's own secret key, written once, never committed (see workbench/settings.py).
.secret_key:
	umask 077 && $(PYTHON) -c "import secrets; print(secrets.token_urlsafe(50))" > $@

$(VENV)/.run-deps: pyproject.toml .secret_key
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e .
	touch $@

$(VENV)/.dev-deps: $(VENV)/.run-deps
	$(PY) -m pip install --quiet -e ".[dev]"
	touch $@

run: $(VENV)/.run-deps
	$(DEBUG_ENV) $(PY) manage.py migrate --no-input
	$(DEBUG_ENV) $(PY) manage.py setup_demo
	$(DEBUG_ENV) $(PY) manage.py detect_articles
	$(DEBUG_ENV) $(PY) manage.py runserver 127.0.0.1:8000

lint: $(VENV)/.dev-deps
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

types: $(VENV)/.dev-deps
	$(VENV)/bin/mypy

# The browser tests drive Debian's Chromium: installed here when missing (as root on Debian),
# otherwise the one line that says what to install. Never skipped in silence.
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "Installing Debian's chromium for the browser tests"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else \
	    echo "The browser tests need Chromium at /usr/bin/chromium: install Debian's 'chromium' package (sudo apt-get install chromium)." >&2; \
	    exit 1; \
	  fi; }

test: lint types browser
	$(PY) manage.py makemigrations --check --dry-run
	$(PY) -m pytest

format: $(VENV)/.dev-deps
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

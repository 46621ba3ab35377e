"""gunicorn settings for production: ``gunicorn -c gunicorn.conf.py``.

Environment: ``WEB_CONCURRENCY`` (worker processes, default 2 x cores + 1), ``BIND`` (e.g.
``unix:/run/quotes.sock`` or ``0.0.0.0:8000``), else ``PORT`` (binds ``0.0.0.0:$PORT``), else
127.0.0.1:8000; ``GUNICORN_TIMEOUT`` (seconds, default 60); ``DJANGO_LOG_FORMAT=json`` makes
gunicorn's own and access logs JSON lines like the application's.
"""

from __future__ import annotations

import multiprocessing
import os

wsgi_app = "workbench.wsgi:application"

workers = int(os.environ.get("WEB_CONCURRENCY") or 2 * multiprocessing.cpu_count() + 1)
if os.environ.get("BIND"):
    bind = [os.environ["BIND"]]
elif os.environ.get("PORT"):
    bind = [f"0.0.0.0:{os.environ['PORT']}"]
else:
    bind = ["127.0.0.1:8000"]

# A worker that is silent this long is killed and replaced; on SIGTERM or a HUP reload the
# workers get this long to finish the requests they hold.
timeout = int(os.environ.get("GUNICORN_TIMEOUT") or 60)
graceful_timeout = 30
keepalive = 5
# Recycle workers now and then, so that a slow leak never grows large.
max_requests = 2000
max_requests_jitter = 200
# Each worker imports the application itself: nothing heavy (spaCy) is loaded in the master,
# and a HUP reload picks up new code.
preload_app = False
# Heartbeat files on a RAM disk when there is one (containers often mount /tmp on overlay).
worker_tmp_dir = "/dev/shm" if os.path.isdir("/dev/shm") else None

accesslog = "-"
errorlog = "-"
loglevel = os.environ.get("DJANGO_LOG_LEVEL", "info").lower()
if os.environ.get("DJANGO_LOG_FORMAT") == "json":
    logconfig_dict = {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"json": {"()": "workbench.logging.JsonFormatter"}},
        "handlers": {
            "stdout": {
                "class": "logging.StreamHandler",
                "formatter": "json",
                "stream": "ext://sys.stdout",
            },
        },
        "root": {"handlers": ["stdout"], "level": loglevel.upper()},
        "loggers": {
            "gunicorn.error": {
                "handlers": ["stdout"],
                "level": loglevel.upper(),
                "propagate": False,
            },
            "gunicorn.access": {"handlers": ["stdout"], "level": "INFO", "propagate": False},
        },
    }

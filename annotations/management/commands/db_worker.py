"""django-tasks-db's ``db_worker``, which also takes over stalled detection batches.

As it starts, and then every ``QUOTES_DETECTION_HEARTBEAT_SECONDS``, the worker puts back in
the queue any detection batch whose worker has been silent for
``QUOTES_DETECTION_STALL_SECONDS`` (see ``annotations.recovery``); it then claims it like any
other task. Listed before ``django_tasks_db`` in ``INSTALLED_APPS``, this command is the one
``manage.py db_worker`` runs.
"""

from __future__ import annotations

from typing import Any

from django_tasks_db.management.commands import db_worker

from annotations import recovery


class Command(db_worker.Command):
    help = db_worker.Command.help + "; takes over stalled detection batches"

    def handle(self, *args: Any, **options: Any) -> None:
        recovery.take_over_stalled()
        sweeping = recovery.sweeper()
        try:
            super().handle(*args, **options)
        finally:
            sweeping.stop()

from __future__ import annotations

from django.apps import AppConfig


class AnnotationsConfig(AppConfig):
    name = "annotations"
    verbose_name = "Quote annotation"
    default_auto_field = "django.db.models.BigAutoField"

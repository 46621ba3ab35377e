"""Recording who changed what, with the values before and after."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.contrib.contenttypes.models import ContentType
from django.db import models

from annotations.models import AuditEvent


def snapshot(instance: models.Model, fields: list[str]) -> dict[str, Any]:
    """The named fields' values, as JSON-ready data (foreign keys by id)."""
    values: dict[str, Any] = {}
    for name in fields:
        field = instance._meta.get_field(name)
        assert isinstance(field, models.Field)  # a column, not a reverse relation
        value = getattr(instance, field.attname)
        values[name] = (
            value if value is None or isinstance(value, int | float | str) else str(value)
        )
    return values


def record(
    actor: AbstractBaseUser | AnonymousUser | None,
    instance: models.Model,
    action: str,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> AuditEvent:
    """Write one audit event; callers pass only the fields that changed or matter."""
    return AuditEvent.objects.create(
        actor_id=actor.pk if actor is not None and actor.is_authenticated else None,
        action=action,
        content_type=ContentType.objects.get_for_model(instance),
        object_id=str(instance.pk),
        object_repr=str(instance)[:300],
        before=before or {},
        after=after or {},
    )

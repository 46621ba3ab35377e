"""Recording who changed what, with the values before and after."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import FieldDoesNotExist
from django.db import models

from annotations.models import AuditEvent


def attname(model: type[models.Model] | models.Model, name: str) -> str:
    """The attribute that holds a field's stored value (``speaker_id`` for ``speaker``)."""
    field = model._meta.get_field(name)
    assert isinstance(field, models.Field), f"{name} is no stored field"
    return field.attname


def snapshot(instance: models.Model, fields: list[str]) -> dict[str, Any]:
    """The named fields' values, as JSON-ready data (foreign keys by id)."""
    values: dict[str, Any] = {}
    for name in fields:
        value = getattr(instance, attname(instance, name))
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


def record_changes(
    actor: AbstractBaseUser | AnonymousUser | None,
    instance: models.Model,
    action: str,
    before: dict[str, Any],
    after: dict[str, Any],
    *,
    extra: dict[str, Any] | None = None,
) -> AuditEvent | None:
    """The one diff helper: record the fields whose values differ between two snapshots.

    ``before`` empty means the object is new and every field of ``after`` is recorded. A change
    that changed nothing is no event. ``extra`` (say, where a label came from) goes with the
    values after. The admin, the commands and the tasks all record through here.
    """
    changed = [name for name in after if before.get(name) != after[name]]
    if before and not changed:
        return None
    return record(
        actor,
        instance,
        action,
        before={name: before[name] for name in changed if name in before},
        after={**{name: after[name] for name in changed}, **(extra or {})},
    )


def describe(events: Sequence[AuditEvent]) -> None:
    """Set ``event.changes`` to (field, before, after) triples that people can read.

    Snapshots keep foreign keys as ids (undo puts them back); here each id of a related row
    becomes its name, in one query per related model, and a row deleted since shows as
    “#id (deleted)”.
    """
    wanted: dict[type[models.Model], set[object]] = defaultdict(set)
    relations: list[tuple[AuditEvent, dict[str, type[models.Model]]]] = []
    for event in events:
        model = event.content_type.model_class()
        related: dict[str, type[models.Model]] = {}
        for name in {*event.before, *event.after}:
            target = _related_model(model, name)
            if target is None:
                continue
            related[name] = target
            for value in (event.before.get(name), event.after.get(name)):
                if isinstance(value, int | str) and value != "":
                    wanted[target].add(value)
        relations.append((event, related))
    names = {
        target: {str(pk): str(obj) for pk, obj in target._base_manager.in_bulk(list(pks)).items()}
        for target, pks in wanted.items()
    }

    def readable(value: object, target: type[models.Model] | None) -> object:
        if target is None or value is None or value == "":
            return value
        return names[target].get(str(value), f"#{value} (deleted)")

    for event, related in relations:
        event.changes = [  # type: ignore[attr-defined]
            (
                name,
                readable(event.before.get(name, ""), related.get(name)),
                readable(event.after.get(name, ""), related.get(name)),
            )
            for name in sorted({*event.before, *event.after})
        ]


def _related_model(model: type[models.Model] | None, name: str) -> type[models.Model] | None:
    if model is None:
        return None
    try:
        field = model._meta.get_field(name)
    except FieldDoesNotExist:
        return None
    if isinstance(field, models.ForeignKey):
        return field.related_model
    return None

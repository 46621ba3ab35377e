"""The speaker type-ahead's rows: every speaker's name and alias, normalised, from each word on.

On PostgreSQL the text column compares byte by byte (collation "C"), as on SQLite, so that a
range ``text >= query AND text < query's successor`` is exactly the texts starting with the
query and the (rank, text) index serves it in order. Django's model state does not record the
collation; a later migration that alters the column must keep it.
"""

from typing import Any

import django.db.models.deletion
from django.db import migrations, models

from annotations.names import search_texts

BATCH = 2_000


def collate_c(apps: Any, schema_editor: Any) -> None:
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            'ALTER TABLE annotations_speakername ALTER COLUMN text TYPE varchar(300) COLLATE "C"'
        )


def fill(apps: Any, schema_editor: Any) -> None:
    """Rows for the speakers and aliases there are already (as ``SpeakerName.index``)."""
    SpeakerName = apps.get_model("annotations", "SpeakerName")
    rows = []
    for model, owner in (("Speaker", "speaker_id"), ("SpeakerAlias", "alias_id")):
        named = apps.get_model("annotations", model).objects.values_list("pk", "name")
        for pk, name in named.iterator(chunk_size=BATCH):
            rows += [
                SpeakerName(**{owner: pk}, rank=rank, text=text)
                for rank, text in search_texts(name, alias=owner == "alias_id")
            ]
            if len(rows) >= BATCH:
                SpeakerName.objects.bulk_create(rows)
                rows = []
    SpeakerName.objects.bulk_create(rows)


class Migration(migrations.Migration):
    dependencies = [
        ("annotations", "0008_stored_agreement"),
    ]

    operations = [
        migrations.CreateModel(
            name="SpeakerName",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "rank",
                    models.PositiveSmallIntegerField(
                        choices=[
                            (0, "The name from its first word"),
                            (1, "The name from a later word, or its name key"),
                            (2, "An alias"),
                        ]
                    ),
                ),
                ("text", models.CharField(max_length=300)),
                (
                    "alias",
                    models.ForeignKey(
                        null=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="search_names",
                        to="annotations.speakeralias",
                    ),
                ),
                (
                    "speaker",
                    models.ForeignKey(
                        null=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="search_names",
                        to="annotations.speaker",
                    ),
                ),
            ],
            options={
                "default_permissions": (),
                "indexes": [models.Index(fields=["rank", "text"], name="speaker_name_prefix")],
                "constraints": [
                    models.CheckConstraint(
                        condition=models.Q(
                            models.Q(("alias__isnull", True), ("speaker__isnull", False)),
                            models.Q(("alias__isnull", False), ("speaker__isnull", True)),
                            _connector="OR",
                        ),
                        name="speaker_name_of_speaker_or_alias",
                    )
                ],
            },
        ),
        migrations.RunPython(collate_c, migrations.RunPython.noop),
        migrations.RunPython(fill, migrations.RunPython.noop),
    ]

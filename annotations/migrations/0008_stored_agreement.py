"""Each quote's agreement, stored so the review list sorts on a column; filled for every quote."""

from django.conf import settings
from django.db import migrations, models

from annotations import policy


def fill(apps, schema_editor):
    policy.fill_agreement(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("annotations", "0003_detector_provenance"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name="quote",
            name="added_by_some",
            field=models.BooleanField(
                default=False, editable=False, help_text="Added by hand and marked by only some."
            ),
        ),
        migrations.AddField(
            model_name="quote",
            name="agreement_decision",
            field=models.FloatField(editable=False, null=True),
        ),
        migrations.AddField(
            model_name="quote",
            name="agreement_span",
            field=models.FloatField(editable=False, null=True),
        ),
        migrations.AddField(
            model_name="quote",
            name="agreement_speaker",
            field=models.FloatField(editable=False, null=True),
        ),
        migrations.AddField(
            model_name="quote",
            name="agreement_stance",
            field=models.FloatField(editable=False, null=True),
        ),
        migrations.AddField(
            model_name="quote",
            name="decided_judgements",
            field=models.PositiveSmallIntegerField(default=0, editable=False),
        ),
        migrations.AddField(
            model_name="quote",
            name="is_disputed",
            field=models.BooleanField(default=False, editable=False),
        ),
        migrations.AddField(
            model_name="quote",
            name="open_dispute",
            field=models.BooleanField(
                default=False, editable=False, help_text="Disputed and no final label yet."
            ),
        ),
        migrations.AddIndex(
            model_name="quote",
            index=models.Index(
                fields=["-open_dispute", "article", "start", "end", "id"], name="quote_review_order"
            ),
        ),
        migrations.AddIndex(
            model_name="quote",
            index=models.Index(fields=["agreement_decision"], name="quote_agreement_decision"),
        ),
        migrations.AddIndex(
            model_name="quote",
            index=models.Index(fields=["agreement_span"], name="quote_agreement_span"),
        ),
        migrations.AddIndex(
            model_name="quote",
            index=models.Index(fields=["agreement_speaker"], name="quote_agreement_speaker"),
        ),
        migrations.AddIndex(
            model_name="quote",
            index=models.Index(fields=["agreement_stance"], name="quote_agreement_stance"),
        ),
        migrations.AddIndex(
            model_name="quote",
            index=models.Index(fields=["decided_judgements"], name="quote_decided_judgements"),
        ),
        migrations.RunPython(fill, migrations.RunPython.noop),
    ]

"""Each quote's agreement, stored so the review list sorts on a column, and each article's
pairs of annotators compared, for the agreement page; both filled for what is there."""

import django.db.models.deletion
import uuid
from django.conf import settings
from django.db import migrations, models

from annotations import agreement, policy


def fill(apps, schema_editor):
    policy.fill_agreement(apps)
    agreement.fill_pairs(apps)


class Migration(migrations.Migration):

    dependencies = [
        ('annotations', '0003_detector_provenance'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name='ArticleAgreement',
            fields=[
                ('article', models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, primary_key=True, related_name='agreement', serialize=False, to='annotations.article')),
                ('changed', models.UUIDField(default=uuid.uuid4)),
                ('computed', models.UUIDField(null=True)),
                ('annotators', models.JSONField(default=list, help_text='The ids of those who decided.')),
                ('pairs', models.JSONField(default=dict)),
            ],
            options={
                'default_permissions': (),
            },
        ),
        migrations.AddField(
            model_name='quote',
            name='accepted_judgements',
            field=models.PositiveSmallIntegerField(default=0, editable=False),
        ),
        migrations.AddField(
            model_name='quote',
            name='added_by_some',
            field=models.BooleanField(default=False, editable=False, help_text='Added by hand and marked by only some.'),
        ),
        migrations.AddField(
            model_name='quote',
            name='agreement_decision',
            field=models.FloatField(editable=False, null=True),
        ),
        migrations.AddField(
            model_name='quote',
            name='agreement_span',
            field=models.FloatField(editable=False, null=True),
        ),
        migrations.AddField(
            model_name='quote',
            name='agreement_speaker',
            field=models.FloatField(editable=False, null=True),
        ),
        migrations.AddField(
            model_name='quote',
            name='agreement_stance',
            field=models.FloatField(editable=False, null=True),
        ),
        migrations.AddField(
            model_name='quote',
            name='decided_judgements',
            field=models.PositiveSmallIntegerField(default=0, editable=False),
        ),
        migrations.AddField(
            model_name='quote',
            name='is_disputed',
            field=models.BooleanField(default=False, editable=False),
        ),
        migrations.AddField(
            model_name='quote',
            name='open_dispute',
            field=models.BooleanField(default=False, editable=False, help_text='Disputed and no final label yet.'),
        ),
        migrations.AddField(
            model_name='quote',
            name='stance_votes',
            field=models.TextField(blank=True, editable=False),
        ),
        migrations.AddIndex(
            model_name='quote',
            index=models.Index(fields=['-open_dispute', 'article', 'start', 'end', 'id'], name='quote_review_order'),
        ),
        migrations.AddIndex(
            model_name='quote',
            index=models.Index(fields=['agreement_decision'], name='quote_agreement_decision'),
        ),
        migrations.AddIndex(
            model_name='quote',
            index=models.Index(fields=['agreement_span'], name='quote_agreement_span'),
        ),
        migrations.AddIndex(
            model_name='quote',
            index=models.Index(fields=['agreement_speaker'], name='quote_agreement_speaker'),
        ),
        migrations.AddIndex(
            model_name='quote',
            index=models.Index(fields=['agreement_stance'], name='quote_agreement_stance'),
        ),
        migrations.AddIndex(
            model_name='quote',
            index=models.Index(fields=['decided_judgements'], name='quote_decided_judgements'),
        ),
        migrations.RunPython(fill, migrations.RunPython.noop),
    ]

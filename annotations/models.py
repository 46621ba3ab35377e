"""The workbench's data: projects of articles, detected quotes, speakers and judgements.

Every offset is a Python ``str`` index (a code point) into ``Article.text``, which is
stored exactly as imported. The database checks the shape of a span (0 <= start < end);
``clean()`` checks that it falls inside the text, which the database cannot see.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Iterable
from typing import Any, cast

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import F, Q
from django.db.models.functions import Lower
from django.db.models.signals import post_save
from django.dispatch import receiver
from django_tasks_db.models import DBTaskResult

from annotations import names
from annotations.names import name_key

DEFAULT_STANCE_LABELS: tuple[tuple[str, str, str], ...] = (
    ("favor", "Favor", "1"),
    ("against", "Against", "2"),
    ("none", "None", "3"),
)


def concrete_field(model: type[models.Model], name: str) -> models.Field[Any, Any]:
    """A model's own column by name (``_meta.get_field`` may also return a reverse relation)."""
    field = model._meta.get_field(name)
    if not isinstance(field, models.Field):
        raise TypeError(f"{model.__name__}.{name} is not a concrete field")
    return field


def span_errors(text: str, start: int | None, end: int | None, what: str = "span") -> list[str]:
    """Say what is wrong with ``text[start:end]`` as a span, or nothing."""
    if start is None and end is None:
        return []
    if start is None or end is None:
        return [f"The {what} needs both a start and an end."]
    if start < 0 or end > len(text):
        return [
            f"The {what} {start}-{end} falls outside the article text "
            f"(which has {len(text)} characters)."
        ]
    if start >= end:
        return [f"The {what} {start}-{end} is empty: its start must come before its end."]
    return []


def span_check(prefix: str, *, optional: bool) -> Q:
    """0 <= start < end; an optional span may instead leave both ends empty.

    Both ends are required explicitly: ``6 < NULL`` is unknown in SQL, which a CHECK lets pass.
    """
    start, end = f"{prefix}start", f"{prefix}end"
    valid = Q(
        **{f"{start}__isnull": False, f"{end}__isnull": False, f"{start}__gte": 0},
    ) & Q(**{f"{start}__lt": F(end)})
    if optional:
        return Q(**{f"{start}__isnull": True, f"{end}__isnull": True}) | valid
    return valid


class Project(models.Model):
    name = models.CharField(max_length=200)
    slug = models.SlugField(unique=True)
    stance_target = models.TextField(help_text="What stance is taken toward, in one sentence.")
    guidelines = models.TextField(blank=True, help_text="Shown to annotators; Markdown-free text.")
    annotators_per_article = models.PositiveSmallIntegerField(default=2)
    advance_after_decision = models.BooleanField(
        default=True,
        help_text="In the workbench, accepting or rejecting a quote moves on to the next "
        "undecided one.",
    )
    low_confidence = models.FloatField(
        default=0.5,
        help_text="Detected speakers below this confidence (0 to 1) are marked in the "
        "annotators' quote list.",
    )
    stance_uncertain_first = models.BooleanField(
        default=False,
        help_text="Serve first the quotes whose suggested stance the model is least sure of, "
        "within an article and when claiming the next article.",
    )
    stance_retrain_every = models.PositiveIntegerField(
        default=0,
        help_text="Retrain the stance model once this many labels were added since the last "
        "model; 0 retrains only when asked.",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(
                condition=Q(annotators_per_article__gte=1), name="project_needs_an_annotator"
            ),
            models.CheckConstraint(
                condition=Q(low_confidence__gte=0, low_confidence__lte=1),
                name="project_low_confidence_range",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def add_default_stance_labels(self) -> None:
        StanceLabel.objects.bulk_create(
            StanceLabel(project=self, key=key, name=name, hotkey=hotkey, position=position)
            for position, (key, name, hotkey) in enumerate(DEFAULT_STANCE_LABELS)
        )


class StanceLabel(models.Model):
    """One label of a project's stance label set, in display order."""

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="stance_labels")
    key = models.SlugField(max_length=40)
    name = models.CharField(max_length=80)
    hotkey = models.CharField(max_length=1, help_text="One key, e.g. 1.")
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["project", "position", "key"]
        constraints = [
            models.UniqueConstraint(fields=["project", "key"], name="unique_stance_key"),
            models.UniqueConstraint(fields=["project", "hotkey"], name="unique_stance_hotkey"),
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.hotkey})"


class DetectionState(models.TextChoices):
    NOT_STARTED = "not_started", "Not started"
    QUEUED = "queued", "Queued"
    RUNNING = "running", "Running"
    DONE = "done", "Done"
    FAILED = "failed", "Failed"


class Article(models.Model):
    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="articles")
    title = models.CharField(max_length=500)
    external_id = models.CharField(max_length=200, blank=True, help_text="The id given at import.")
    source = models.CharField(max_length=200, blank=True)
    url = models.URLField(max_length=1000, blank=True)
    published = models.DateField(null=True, blank=True)
    text = models.TextField(help_text="Stored verbatim; every offset indexes this text.")
    sha256 = models.CharField(max_length=64, editable=False)
    content_start = models.PositiveIntegerField(
        default=0, help_text="Where the main content starts; text before it is boilerplate."
    )
    content_end = models.PositiveIntegerField(
        null=True, blank=True, help_text="Where the main content ends; empty means the end."
    )
    imported_at = models.DateTimeField(auto_now_add=True)
    detection_state = models.CharField(
        max_length=20, choices=DetectionState, default=DetectionState.NOT_STARTED
    )
    detection_error = models.TextField(blank=True)
    detected_at = models.DateTimeField(null=True, blank=True)
    # The requesting user's assignment status, where annotations.access loads the article.
    assignment_status: str | None

    class Meta:
        ordering = ["project", "id"]
        constraints = [
            models.UniqueConstraint(fields=["project", "sha256"], name="unique_article_text"),
            models.CheckConstraint(
                condition=Q(content_end__isnull=True) | Q(content_start__lte=F("content_end")),
                name="article_content_range_ordered",
            ),
        ]
        indexes = [models.Index(fields=["detection_state"])]

    def __str__(self) -> str:
        return self.title

    def save(self, *args: Any, **kwargs: Any) -> None:
        self.sha256 = self.hash_text(self.text)
        super().save(*args, **kwargs)

    @staticmethod
    def hash_text(text: str) -> str:
        return hashlib.sha256(text.encode("utf-8")).hexdigest()

    @property
    def main_content(self) -> tuple[int, int]:
        end = len(self.text) if self.content_end is None else self.content_end
        return self.content_start, end

    def clean(self) -> None:
        for field in ("content_start", "content_end"):
            offset = getattr(self, field)
            if offset is not None and offset > len(self.text):
                raise ValidationError({field: f"The text has only {len(self.text)} characters."})
        if self.content_end is not None and self.content_start > self.content_end:
            raise ValidationError({"content_start": "The content must start before it ends."})


class SpeakerKind(models.TextChoices):
    PERSON = "person", "Person"
    ORGANISATION = "organisation", "Organisation"
    GROUP = "group", "Group"
    ANONYMOUS = "anonymous", "Anonymous"


class NamedQuerySet[Named: Speaker | SpeakerAlias](models.QuerySet[Named]):
    """Keeps ``name_key`` and the type-ahead's rows (``SpeakerName``) current through
    ``bulk_create`` and ``update``, which skip ``save()`` and its signal."""

    def bulk_create(self, objs: Iterable[Named], *args: Any, **kwargs: Any) -> list[Named]:
        objs = list(objs)
        for named in objs:
            named.name_key = name_key(named.name)
        created = super().bulk_create(objs, *args, **kwargs)
        SpeakerName.index(created, fresh=True)
        return created

    def update(self, **kwargs: Any) -> int:
        if "name" not in kwargs:
            return super().update(**kwargs)
        with transaction.atomic(using=self.db):
            pks = list(self.values_list("pk", flat=True))
            count = super().update(**kwargs)
            written = cast("models.Manager[Named]", self.model._base_manager).using(self.db)
            renamed = list(written.filter(pk__in=pks))
            for named in renamed:
                named.name_key = name_key(named.name)
            written.bulk_update(renamed, ["name_key"])
            SpeakerName.index(renamed)
        return count


class Speaker(models.Model):
    name = models.CharField(max_length=300, help_text="The canonical name.")
    kind = models.CharField(max_length=20, choices=SpeakerKind, default=SpeakerKind.PERSON)
    description = models.CharField(max_length=500, blank=True, help_text="Role, affiliation.")
    name_key = models.CharField(max_length=300, db_index=True, editable=False)
    is_suggested = models.BooleanField(
        default=False, help_text="Created by the detector; a reviewer has not confirmed it."
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = NamedQuerySet["Speaker"].as_manager()

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def save(self, *args: Any, **kwargs: Any) -> None:
        self.name_key = name_key(self.name)
        super().save(*args, **kwargs)


class SpeakerAlias(models.Model):
    """Another way the text names a speaker: a spelling, a name order, a title form."""

    speaker = models.ForeignKey(Speaker, on_delete=models.CASCADE, related_name="aliases")
    name = models.CharField(max_length=300)
    name_key = models.CharField(max_length=300, db_index=True, editable=False)

    objects = NamedQuerySet["SpeakerAlias"].as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "speaker aliases"
        constraints = [
            models.UniqueConstraint(Lower("name"), name="unique_alias_name_ci"),
        ]

    def __str__(self) -> str:
        return self.name

    def save(self, *args: Any, **kwargs: Any) -> None:
        self.name_key = name_key(self.name)
        super().save(*args, **kwargs)


class SearchRank(models.IntegerChoices):
    """Which of a speaker's names a type-ahead row holds; the type-ahead lists them in order."""

    NAME_START = names.NAME_START, "The name from its first word"
    NAME_WORD = names.NAME_WORD, "The name from a later word, or its name key"
    ALIAS = names.ALIAS, "An alias"


class SpeakerName(models.Model):
    """A way the speaker type-ahead finds a speaker: one of the ``names.search_texts`` of its
    name or of an alias. A query is the start of the text; the index on (rank, text) serves it in
    order (on PostgreSQL the text compares byte by byte, collation "C", which the migration
    creating this table sets).

    Saving, ``bulk_create`` and ``update`` of a speaker or alias keep these rows current, and
    deleting it deletes them.
    """

    speaker = models.ForeignKey(
        Speaker, null=True, on_delete=models.CASCADE, related_name="search_names"
    )
    alias = models.ForeignKey(
        SpeakerAlias, null=True, on_delete=models.CASCADE, related_name="search_names"
    )
    rank = models.PositiveSmallIntegerField(choices=SearchRank)
    text = models.CharField(max_length=names.SEARCH_LENGTH)

    class Meta:
        # Written only through the speakers and aliases: nobody is granted them by hand.
        default_permissions = ()
        indexes = [models.Index(fields=["rank", "text"], name="speaker_name_prefix")]
        constraints = [
            models.CheckConstraint(
                condition=Q(speaker__isnull=False, alias__isnull=True)
                | Q(speaker__isnull=True, alias__isnull=False),
                name="speaker_name_of_speaker_or_alias",
            ),
        ]

    def __str__(self) -> str:
        return self.text

    @staticmethod
    def index(named: Iterable[Speaker | SpeakerAlias], *, fresh: bool = False) -> None:
        """Write the rows of these speakers and aliases afresh (``fresh``: they have none)."""
        named = list(named)
        speakers = [one for one in named if isinstance(one, Speaker)]
        aliases = [one for one in named if isinstance(one, SpeakerAlias)]
        if not fresh:
            SpeakerName.objects.filter(Q(speaker__in=speakers) | Q(alias__in=aliases)).delete()
        rows = [
            SpeakerName(speaker=speaker, rank=rank, text=text)
            for speaker in speakers
            for rank, text in names.search_texts(speaker.name)
        ]
        rows += [
            SpeakerName(alias=alias, rank=rank, text=text)
            for alias in aliases
            for rank, text in names.search_texts(alias.name, alias=True)
        ]
        SpeakerName.objects.bulk_create(rows, batch_size=2_000)


@receiver(post_save, sender=Speaker)
@receiver(post_save, sender=SpeakerAlias)
def _index_name(
    instance: Speaker | SpeakerAlias,
    created: bool,
    update_fields: frozenset[str] | None,
    **kwargs: Any,
) -> None:
    """Saved, or loaded from a fixture (which skips ``save()``): index the name anew."""
    if update_fields is None or "name" in update_fields:
        SpeakerName.index([instance], fresh=created)


class QuoteKind(models.TextChoices):
    DIRECT = "direct", "Direct"
    INDIRECT = "indirect", "Indirect"
    MIXED = "mixed", "Mixed"


class QuoteOrigin(models.TextChoices):
    DETECTOR = "detector", "Detector"
    MANUAL = "manual", "Added by an annotator"


class ReviewStatus(models.TextChoices):
    PENDING = "pending", "Pending"
    ACCEPTED = "accepted", "Accepted"
    REJECTED = "rejected", "Rejected"


class Quote(models.Model):
    """A span of an article presented as what a source said, and its final label."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="quotes")
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    kind = models.CharField(max_length=10, choices=QuoteKind, default=QuoteKind.DIRECT)
    cue_start = models.PositiveIntegerField(null=True, blank=True)
    cue_end = models.PositiveIntegerField(null=True, blank=True)
    speaker_start = models.PositiveIntegerField(null=True, blank=True)
    speaker_end = models.PositiveIntegerField(null=True, blank=True)
    detected_speaker_name = models.CharField(max_length=300, blank=True)
    suggested_speaker = models.ForeignKey(
        Speaker, null=True, blank=True, on_delete=models.SET_NULL, related_name="suggested_quotes"
    )
    confidence = models.FloatField(null=True, blank=True)
    origin = models.CharField(max_length=10, choices=QuoteOrigin, default=QuoteOrigin.DETECTOR)
    detector_name = models.CharField(max_length=100, blank=True)
    detector_version = models.CharField(max_length=40, blank=True)
    # Provenance of a detector suggestion: the sieve that found the quote, the one that
    # named its speaker, and why ("subject of ‘said’; ‘she’ → Maria Lind").
    found_by = models.CharField(max_length=40, blank=True)
    speaker_by = models.CharField(max_length=40, blank=True)
    speaker_reason = models.CharField(max_length=300, blank=True)
    is_stale = models.BooleanField(
        default=False, help_text="The detector no longer finds this quote; kept for its judgements."
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="added_quotes",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    # The reviewer's final label.
    status = models.CharField(max_length=10, choices=ReviewStatus, default=ReviewStatus.PENDING)
    final_start = models.PositiveIntegerField(null=True, blank=True)
    final_end = models.PositiveIntegerField(null=True, blank=True)
    final_speaker = models.ForeignKey(
        Speaker, null=True, blank=True, on_delete=models.SET_NULL, related_name="final_quotes"
    )
    final_stance = models.CharField(max_length=40, blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="reviewed_quotes",
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)
    # Its judgements' agreement, stored by ``policy.refresh_agreement`` whenever a judgement, the
    # final label, the span or the article's assignments change, so lists sort and filter on
    # columns instead of aggregating every quote's judgements.
    decided_judgements = models.PositiveSmallIntegerField(default=0, editable=False)
    accepted_judgements = models.PositiveSmallIntegerField(default=0, editable=False)
    # The stances its accepting judgements gave, counted: {"favor": 2} as JSON, "" for none.
    stance_votes = models.TextField(blank=True, editable=False)
    agreement_decision = models.FloatField(null=True, editable=False)
    agreement_span = models.FloatField(null=True, editable=False)
    agreement_speaker = models.FloatField(null=True, editable=False)
    agreement_stance = models.FloatField(null=True, editable=False)
    is_disputed = models.BooleanField(default=False, editable=False)
    added_by_some = models.BooleanField(
        default=False, editable=False, help_text="Added by hand and marked by only some."
    )
    open_dispute = models.BooleanField(
        default=False, editable=False, help_text="Disputed and no final label yet."
    )

    # Set on the quotes the workbench loads for one annotator (annotations.judging): their
    # judgement, the reason of their open flag ("" if none), their assignment's status.
    mine: Annotation | None
    flag_reason: str
    assignment_status: str | None

    class Meta:
        ordering = ["article", "start", "end"]
        constraints = [
            models.CheckConstraint(condition=span_check("", optional=False), name="quote_span"),
            models.CheckConstraint(condition=span_check("cue_", optional=True), name="cue_span"),
            models.CheckConstraint(
                condition=span_check("speaker_", optional=True), name="speaker_mention_span"
            ),
            models.CheckConstraint(
                condition=span_check("final_", optional=True), name="final_quote_span"
            ),
            models.UniqueConstraint(fields=["article", "start", "end"], name="unique_quote_span"),
        ]
        indexes = [
            # The review list: open disagreements first, then in the article's order.
            models.Index(
                fields=["-open_dispute", "article", "start", "end", "id"],
                name="quote_review_order",
            ),
            *(
                models.Index(fields=[f"agreement_{field}"], name=f"quote_agreement_{field}")
                for field in ("decision", "span", "speaker", "stance")
            ),
            models.Index(fields=["decided_judgements"], name="quote_decided_judgements"),
        ]

    def __str__(self) -> str:
        return f"{self.article_id}:{self.start}-{self.end} {self.kind}"

    @property
    def text(self) -> str:
        return self.article.text[self.start : self.end]

    def clean(self) -> None:
        text = self.article.text
        errors = {
            "start": span_errors(text, self.start, self.end, "quote span"),
            "cue_start": span_errors(text, self.cue_start, self.cue_end, "cue span"),
            "speaker_start": span_errors(
                text, self.speaker_start, self.speaker_end, "speaker mention"
            ),
            "final_start": span_errors(text, self.final_start, self.final_end, "final span"),
        }
        errors = {field: messages for field, messages in errors.items() if messages}
        if errors:
            raise ValidationError(errors)


class Decision(models.TextChoices):
    ACCEPT = "accept", "Accept"
    REJECT = "reject", "Reject"


class Annotation(models.Model):
    """One annotator's judgement of one quote; ``version`` guards against lost updates."""

    quote = models.ForeignKey(Quote, on_delete=models.CASCADE, related_name="annotations")
    annotator = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="annotations"
    )
    decision = models.CharField(max_length=10, choices=Decision, blank=True)
    start = models.PositiveIntegerField(null=True, blank=True, help_text="Corrected span start.")
    end = models.PositiveIntegerField(null=True, blank=True, help_text="Corrected span end.")
    speaker = models.ForeignKey(
        Speaker, null=True, blank=True, on_delete=models.SET_NULL, related_name="annotations"
    )
    speaker_start = models.PositiveIntegerField(
        null=True, blank=True, help_text="Where the text names this judgement's speaker."
    )
    speaker_end = models.PositiveIntegerField(null=True, blank=True)
    stance = models.CharField(max_length=40, blank=True)
    note = models.TextField(blank=True)
    version = models.PositiveIntegerField(default=1)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["quote", "annotator"]
        constraints = [
            models.UniqueConstraint(fields=["quote", "annotator"], name="one_judgement_per_quote"),
            models.CheckConstraint(condition=span_check("", optional=True), name="annotation_span"),
            models.CheckConstraint(
                condition=span_check("speaker_", optional=True), name="annotation_mention_span"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.annotator} on {self.quote}: {self.decision or 'undecided'}"

    @property
    def effective_span(self) -> tuple[int, int]:
        if self.start is not None and self.end is not None:
            return self.start, self.end
        return self.quote.start, self.quote.end

    def clean(self) -> None:
        text = self.quote.article.text
        errors = {
            "start": span_errors(text, self.start, self.end, "corrected span"),
            "speaker_start": span_errors(
                text, self.speaker_start, self.speaker_end, "speaker mention"
            ),
        }
        errors = {field: messages for field, messages in errors.items() if messages}
        if errors:
            raise ValidationError(errors)


class ArticleAgreement(models.Model):
    """The agreement figures of each pair of an article's annotators, for the agreement page.

    Every write of the article's judgements gives it a new ``changed``; ``pairs`` were
    computed when it was ``computed``. While the two differ, the page computes them again.
    """

    article = models.OneToOneField(
        Article, on_delete=models.CASCADE, primary_key=True, related_name="agreement"
    )
    changed = models.UUIDField(default=uuid.uuid4)
    computed = models.UUIDField(null=True)
    annotators = models.JSONField(default=list, help_text="The ids of those who decided.")
    pairs = models.JSONField(default=dict)

    class Meta:
        # Kept by the workbench itself: nobody edits it, so it needs no permissions.
        default_permissions = ()

    def __str__(self) -> str:
        return f"agreement of {self.article_id}"


class AssignmentStatus(models.TextChoices):
    ASSIGNED = "assigned", "Assigned"
    DONE = "done", "Done"


class Assignment(models.Model):
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="assignments")
    annotator = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="assignments"
    )
    status = models.CharField(
        max_length=10, choices=AssignmentStatus, default=AssignmentStatus.ASSIGNED
    )
    assigned_at = models.DateTimeField(auto_now_add=True)
    done_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["annotator", "assigned_at", "id"]
        constraints = [
            models.UniqueConstraint(fields=["article", "annotator"], name="one_assignment_each"),
        ]

    def __str__(self) -> str:
        return f"{self.article} → {self.annotator}"


class AuditEvent(models.Model):
    """Who changed what and when, with the values before and after."""

    # The log is append-only: an account that acted cannot be deleted (deactivate it instead).
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="audit_events",
    )
    action = models.CharField(max_length=40)
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.CharField(max_length=40)
    subject = GenericForeignKey("content_type", "object_id")
    object_repr = models.CharField(max_length=300)
    before = models.JSONField(default=dict, blank=True)
    after = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["content_type", "object_id"])]

    def __str__(self) -> str:
        return f"{self.action} {self.object_repr}"


class DetectionHeartbeat(models.Model):
    """The last sign of life of the ``db_worker`` running a background detection batch.

    A batch whose worker has not beaten for ``QUOTES_DETECTION_STALL_SECONDS`` is taken over by
    another worker (see ``annotations.recovery``).
    """

    task = models.OneToOneField(
        DBTaskResult, on_delete=models.CASCADE, primary_key=True, related_name="heartbeat"
    )
    worker_id = models.CharField(max_length=64)
    beat_at = models.DateTimeField()

    def __str__(self) -> str:
        return f"{self.worker_id} at {self.beat_at:%H:%M:%S}"


class Flag(models.Model):
    """An annotator's request that a reviewer look at a quote, with the reason."""

    quote = models.ForeignKey(Quote, on_delete=models.CASCADE, related_name="flags")
    annotator = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="flags"
    )
    reason = models.TextField()
    created_at = models.DateTimeField(auto_now_add=True)
    resolved_at = models.DateTimeField(
        null=True, blank=True, help_text="When a reviewer dealt with it; empty while open."
    )
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="resolved_flags",
    )

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(condition=~Q(reason=""), name="flag_has_a_reason"),
        ]

    def __str__(self) -> str:
        return f"{self.annotator} flagged {self.quote}"


class TrainingState(models.TextChoices):
    QUEUED = "queued", "Queued"
    RUNNING = "running", "Running"
    DONE = "done", "Done"
    FAILED = "failed", "Failed"


class StanceModel(models.Model):
    """One training run of a project's stance classifier, and the model it made.

    The files are under ``settings.QUOTES_MODELS_DIR`` at ``path``; the metrics are those of
    this very model on the articles held out of its training.
    """

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="stance_models")
    version = models.PositiveIntegerField()
    state = models.CharField(max_length=10, choices=TrainingState, default=TrainingState.QUEUED)
    progress = models.PositiveSmallIntegerField(default=0, help_text="Percent of the epochs run.")
    error = models.TextField(blank=True)
    architecture = models.CharField(max_length=20)
    epochs = models.PositiveSmallIntegerField()
    seed = models.IntegerField()
    path = models.CharField(max_length=500, blank=True, help_text="Under QUOTES_MODELS_DIR.")
    labels = models.JSONField(default=list, help_text="The stance label keys, in order.")
    label_counts = models.JSONField(default=dict, help_text="Training labels per stance.")
    metrics = models.JSONField(default=dict, blank=True)
    training_seconds = models.FloatField(null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="stance_models",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["project", "-version"]
        constraints = [
            models.UniqueConstraint(fields=["project", "version"], name="unique_stance_version"),
            models.CheckConstraint(condition=Q(progress__lte=100), name="stance_progress_percent"),
        ]

    def __str__(self) -> str:
        return f"{self.project.slug} stance v{self.version}"

    @property
    def label_total(self) -> int:
        return sum(self.label_counts.values())


class StanceSuggestion(models.Model):
    """The stance model's suggestion for a quote, shown until an annotator chooses a stance.

    One per quote. Retraining replaces it only on quotes nobody has judged, so on a judged
    quote it is the suggestion its annotators saw.
    """

    quote = models.OneToOneField(Quote, on_delete=models.CASCADE, related_name="stance_suggestion")
    model = models.ForeignKey(StanceModel, on_delete=models.CASCADE, related_name="suggestions")
    label = models.ForeignKey(StanceLabel, on_delete=models.CASCADE, related_name="suggestions")
    probability = models.FloatField(help_text="The model's probability of the suggested label.")
    probabilities = models.JSONField(default=dict, help_text="Every label's probability.")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["quote"]
        constraints = [
            models.CheckConstraint(
                condition=Q(probability__gte=0) & Q(probability__lte=1),
                name="suggestion_probability",
            )
        ]
        indexes = [models.Index(fields=["probability"], name="suggestion_probability_idx")]

    def __str__(self) -> str:
        return f"{self.label.key} ({self.probability:.0%})"

"""The reviewers' workplace. Every changelist selects its related rows up front, so a
page costs the same number of queries whatever its length."""

from __future__ import annotations

from django import forms
from django.contrib import admin, messages
from django.db.models import Count, QuerySet
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.utils.text import Truncator

from annotations.models import (
    Annotation,
    Article,
    Assignment,
    AuditEvent,
    Project,
    Quote,
    Speaker,
    SpeakerAlias,
    StanceLabel,
)
from annotations.speakers import merge_speakers

EXCERPT_LENGTH = 90


def excerpt(text: str) -> str:
    return Truncator(" ".join(text.split())).chars(EXCERPT_LENGTH)


class StanceLabelInline(admin.TabularInline):
    model = StanceLabel
    extra = 0


@admin.register(Project)
class ProjectAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "annotators_per_article", "article_count", "created_at"]
    search_fields = ["name", "slug", "stance_target"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [StanceLabelInline]

    def get_queryset(self, request: HttpRequest) -> QuerySet[Project]:
        return super().get_queryset(request).annotate(article_count=Count("articles"))

    @admin.display(description="articles", ordering="article_count")
    def article_count(self, project: Project) -> int:
        return project.article_count


@admin.register(StanceLabel)
class StanceLabelAdmin(admin.ModelAdmin):
    list_display = ["name", "key", "hotkey", "position", "project"]
    list_filter = ["project"]
    list_select_related = ["project"]
    search_fields = ["name", "key"]


class QuoteInline(admin.TabularInline):
    model = Quote
    extra = 0
    fields = ["start", "end", "quoted_text", "kind", "suggested_speaker", "status", "is_stale"]
    readonly_fields = ["start", "end", "quoted_text", "kind", "suggested_speaker", "is_stale"]
    show_change_link = True
    can_delete = False

    def get_queryset(self, request: HttpRequest) -> QuerySet[Quote]:
        return super().get_queryset(request).select_related("article", "suggested_speaker")

    def has_add_permission(self, request: HttpRequest, obj: Article | None = None) -> bool:
        return False

    @admin.display(description="quoted text")
    def quoted_text(self, quote: Quote) -> str:
        return excerpt(quote.text)


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = [
        "title",
        "project",
        "source",
        "published",
        "quote_count",
        "detection_state",
        "imported_at",
    ]
    list_filter = ["project", "detection_state", "source"]
    list_select_related = ["project"]
    search_fields = ["title", "source", "url", "external_id"]
    date_hierarchy = "imported_at"
    readonly_fields = ["sha256", "imported_at", "detection_state", "detection_error", "detected_at"]
    inlines = [QuoteInline]

    def get_queryset(self, request: HttpRequest) -> QuerySet[Article]:
        return super().get_queryset(request).annotate(quote_count=Count("quotes")).defer("text")

    @admin.display(description="quotes", ordering="quote_count")
    def quote_count(self, article: Article) -> int:
        return article.quote_count


class SpeakerAliasInline(admin.TabularInline):
    model = SpeakerAlias
    extra = 1
    fields = ["name"]


class MergeSpeakersForm(forms.Form):
    target = forms.ModelChoiceField(
        queryset=Speaker.objects.none(),
        widget=forms.RadioSelect,
        label="Keep this record",
        help_text="The others are merged into it: their quotes, judgements and aliases move.",
    )

    def __init__(self, *args: object, speakers: QuerySet[Speaker], **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.fields["target"].queryset = speakers


@admin.register(Speaker)
class SpeakerAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "description", "alias_names", "quote_count", "is_suggested"]
    list_filter = ["kind", "is_suggested"]
    search_fields = ["name", "aliases__name", "description"]
    inlines = [SpeakerAliasInline]
    actions = ["merge_selected"]

    def get_queryset(self, request: HttpRequest) -> QuerySet[Speaker]:
        return (
            super()
            .get_queryset(request)
            .annotate(quote_count=Count("suggested_quotes", distinct=True))
            .prefetch_related("aliases")
        )

    @admin.display(description="aliases")
    def alias_names(self, speaker: Speaker) -> str:
        return ", ".join(alias.name for alias in speaker.aliases.all())

    @admin.display(description="suggested for", ordering="quote_count")
    def quote_count(self, speaker: Speaker) -> int:
        return speaker.quote_count

    @admin.action(description="Merge selected speakers into one", permissions=["change"])
    def merge_selected(
        self, request: HttpRequest, queryset: QuerySet[Speaker]
    ) -> HttpResponse | None:
        speakers = queryset.order_by("name")
        if speakers.count() < 2:
            self.message_user(request, "Select at least two speakers to merge.", messages.WARNING)
            return None
        form = MergeSpeakersForm(
            request.POST if "apply" in request.POST else None, speakers=speakers
        )
        if form.is_valid():
            target = form.cleaned_data["target"]
            merged = merge_speakers(target, speakers, actor=request.user)
            self.message_user(request, f"Merged {merged} speakers into “{target.name}”.")
            return None
        context = {
            **self.admin_site.each_context(request),
            "title": "Merge speakers",
            "form": form,
            "speakers": speakers,
            "opts": self.model._meta,
            "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
        }
        return TemplateResponse(request, "admin/annotations/speaker/merge.html", context)


@admin.register(SpeakerAlias)
class SpeakerAliasAdmin(admin.ModelAdmin):
    list_display = ["name", "speaker"]
    list_select_related = ["speaker"]
    search_fields = ["name", "speaker__name"]
    autocomplete_fields = ["speaker"]


@admin.register(Quote)
class QuoteAdmin(admin.ModelAdmin):
    list_display = [
        "id",
        "quoted_text",
        "article",
        "kind",
        "suggested_speaker",
        "final_speaker",
        "status",
        "origin",
        "is_stale",
        "confidence",
    ]
    list_filter = ["status", "kind", "origin", "is_stale", "article__project"]
    list_select_related = ["article", "suggested_speaker", "final_speaker"]
    search_fields = ["article__title", "detected_speaker_name", "suggested_speaker__name"]
    autocomplete_fields = ["suggested_speaker", "final_speaker"]
    raw_id_fields = ["article", "created_by", "reviewed_by"]
    readonly_fields = ["created_at", "detector_name", "detector_version"]

    @admin.display(description="quoted text")
    def quoted_text(self, quote: Quote) -> str:
        return excerpt(quote.text)


@admin.register(Annotation)
class AnnotationAdmin(admin.ModelAdmin):
    list_display = ["quote", "annotator", "decision", "speaker", "stance", "version", "updated_at"]
    list_filter = ["decision", "stance", "annotator", "quote__article__project"]
    list_select_related = ["quote", "annotator", "speaker"]
    search_fields = ["note", "speaker__name", "annotator__username"]
    autocomplete_fields = ["speaker"]
    raw_id_fields = ["quote"]
    readonly_fields = ["version", "created_at", "updated_at"]


@admin.register(Assignment)
class AssignmentAdmin(admin.ModelAdmin):
    list_display = ["article", "annotator", "status", "assigned_at", "done_at"]
    list_filter = ["status", "annotator", "article__project"]
    list_select_related = ["article", "annotator"]
    search_fields = ["article__title", "annotator__username"]
    raw_id_fields = ["article"]


@admin.register(AuditEvent)
class AuditEventAdmin(admin.ModelAdmin):
    list_display = ["created_at", "actor", "action", "content_type", "object_repr"]
    list_filter = ["action", "content_type"]
    list_select_related = ["actor", "content_type"]
    search_fields = ["object_repr", "actor__username", "action"]
    readonly_fields = [field.name for field in AuditEvent._meta.fields]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: AuditEvent | None = None) -> bool:
        return False

"""The reviewers' workplace. Every changelist selects its related rows up front, so a
page costs the same number of queries whatever its length."""

from __future__ import annotations

from typing import Any

from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.contrib.admin.views.main import ORDER_VAR, ChangeList
from django.contrib.auth.models import User
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db.models import (
    CharField,
    Count,
    Exists,
    F,
    Model,
    OuterRef,
    Q,
    QuerySet,
    prefetch_related_objects,
)
from django.db.models.expressions import Combinable
from django.db.models.functions import Cast, Substr
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect, StreamingHttpResponse
from django.http.response import HttpResponseBase
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import URLPattern, path, reverse
from django.utils import timezone
from django.utils.html import escape, format_html
from django.utils.text import Truncator
from django.views.decorators.http import require_POST

from annotations import (
    adjudication,
    audit,
    curation,
    exporting,
    importing,
    policy,
    review_views,
    roles,
)
from annotations.assigning import assign_articles, reassign
from annotations.detecting import schedule_detection
from annotations.models import (
    Annotation,
    Article,
    Assignment,
    AuditEvent,
    DetectionState,
    Project,
    Quote,
    ReviewStatus,
    Speaker,
    SpeakerAlias,
    StanceLabel,
)
from annotations.speakers import merge_speakers
from annotations.stance.admin import train_stance_model
from annotations.wording import counted

EXCERPT_LENGTH = 90
# Characters of the article read for a list's excerpt: enough for any excerpt's words.
EXCERPT_SOURCE = 400


def excerpt(text: str) -> str:
    return Truncator(" ".join(text.split())).chars(EXCERPT_LENGTH)


AUDIT_TRAIL_LENGTH = 100


def audited_fields(model: type[Model]) -> list[str]:
    """The fields an audit event compares: every stored field but the key and timestamps."""
    return [
        field.name
        for field in model._meta.concrete_fields
        if not field.primary_key
        and not getattr(field, "auto_now", False)
        and not getattr(field, "auto_now_add", False)
    ]


def record_deletion(request: HttpRequest, instance: Model, parent: Model | None) -> None:
    """A deleted object's page is gone, so its deletion is recorded on its parent if it has one."""
    before = {"id": instance.pk, **audit.snapshot(instance, audited_fields(type(instance)))}
    audit.record(request.user, parent or instance, f"{instance._meta.model_name}.delete", before)


class AuditedAdmin(admin.ModelAdmin):
    """Records every add, change and delete made here, inlines included, and shows the
    object's audit trail under its form.

    The trail also holds the events of the objects named in ``trail_children`` (model and the
    name of its foreign key to this one); ``audit_parent`` names the object that keeps this
    one's deletion.
    """

    change_form_template = "admin/annotations/audited_change_form.html"
    audit_parent: str | None = None
    trail_children: tuple[tuple[type[Model], str], ...] = ()

    def before_audited_save(
        self, request: HttpRequest, obj: Any, form: forms.ModelForm, original: Any
    ) -> None:
        """Fill in what the form does not show; ``original`` is the stored row, if any (both
        of this admin's model)."""

    def quotes_touched(self, objects: list[Any]) -> list[int]:
        """The quotes whose stored agreement writing these objects may change; stored again
        after every save and delete made here."""
        return []

    def save_model(
        self, request: HttpRequest, obj: Model, form: forms.ModelForm, change: bool
    ) -> None:
        fields = audited_fields(self.model)
        original = self.model._base_manager.get(pk=obj.pk) if change else None
        before = audit.snapshot(original, fields) if original is not None else {}
        self.before_audited_save(request, obj, form, original)
        touched = self.quotes_touched([original]) if original is not None else []
        super().save_model(request, obj, form, change)
        policy.refresh_agreement([*touched, *self.quotes_touched([obj])])
        action = f"{self.opts.model_name}.{'change' if change else 'add'}"
        audit.record_changes(request.user, obj, action, before, audit.snapshot(obj, fields))

    def audit_parent_of(self, obj: Model) -> Model | None:
        return getattr(obj, self.audit_parent) if self.audit_parent else None

    def delete_model(self, request: HttpRequest, obj: Model) -> None:
        record_deletion(request, obj, self.audit_parent_of(obj))
        touched = self.quotes_touched([obj])
        # Before, for the articles of quotes deleted with it; after, for the quotes that stay.
        policy.refresh_agreement(touched)
        super().delete_model(request, obj)
        policy.refresh_agreement(touched)

    def delete_queryset(self, request: HttpRequest, queryset: QuerySet) -> None:
        objects = list(queryset)
        for obj in objects:
            record_deletion(request, obj, self.audit_parent_of(obj))
        touched = self.quotes_touched(objects)
        policy.refresh_agreement(touched)
        super().delete_queryset(request, queryset)
        policy.refresh_agreement(touched)

    def save_formset(
        self, request: HttpRequest, form: forms.ModelForm, formset: Any, change: bool
    ) -> None:
        model = formset.model
        fields = audited_fields(model)
        name = model._meta.model_name
        originals = model._base_manager.in_bulk(
            [inline.instance.pk for inline in formset.initial_forms]
        )
        for deleted in formset.deleted_forms:
            if deleted.instance.pk in originals:
                record_deletion(request, originals[deleted.instance.pk], form.instance)
        super().save_formset(request, form, formset, change)
        for obj in formset.new_objects:
            audit.record_changes(request.user, obj, f"{name}.add", {}, audit.snapshot(obj, fields))
        for obj, _ in formset.changed_objects:
            before = audit.snapshot(originals[obj.pk], fields)
            audit.record_changes(
                request.user, obj, f"{name}.change", before, audit.snapshot(obj, fields)
            )

    def render_change_form(
        self,
        request: HttpRequest,
        context: dict[str, Any],
        add: bool = False,
        change: bool = False,
        form_url: str = "",
        obj: Model | None = None,
    ) -> HttpResponse:
        if obj is not None:
            context["audit_events"] = self.audit_trail(obj)
        return super().render_change_form(request, context, add, change, form_url, obj)

    def audit_trail(self, obj: Model) -> list[AuditEvent]:
        """The latest events of the object and its children, in one query."""
        wanted = Q(content_type=ContentType.objects.get_for_model(obj), object_id=str(obj.pk))
        for child, foreign_key in self.trail_children:
            keys = (
                child._base_manager.filter(**{foreign_key: obj})
                .annotate(key=Cast("pk", CharField()))
                .values("key")
            )
            wanted |= Q(content_type=ContentType.objects.get_for_model(child), object_id__in=keys)
        events = list(
            AuditEvent.objects.filter(wanted).select_related("actor", "content_type")[
                :AUDIT_TRAIL_LENGTH
            ]
        )
        audit.describe(events)
        return events


def choices(field: forms.Field) -> forms.ModelChoiceField:
    """A form's model choice field, whose queryset is set when the form is made."""
    assert isinstance(field, forms.ModelChoiceField)
    return field


def signed_in(request: HttpRequest) -> User | None:
    """The request's user as a model instance, or None (the admin admits no anonymous)."""
    return request.user if isinstance(request.user, User) else None


def annotator_choices() -> QuerySet[User]:
    return User.objects.filter(groups__name=roles.ANNOTATOR, is_active=True).order_by("username")


class AssignForm(forms.Form):
    annotators = forms.ModelMultipleChoiceField(
        queryset=User.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        help_text="Each selected article goes to each chosen annotator while it has room: "
        "no article gets more annotators than its project's annotators per article.",
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        choices(self.fields["annotators"]).queryset = annotator_choices()


class ReassignForm(forms.Form):
    annotator = forms.ModelChoiceField(
        queryset=User.objects.none(),
        label="Give them to",
        help_text="The new annotator starts afresh; judgements already made stay with "
        "their authors. Articles the new annotator already has are skipped.",
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        choices(self.fields["annotator"]).queryset = annotator_choices()


def action_form_page(
    model_admin: admin.ModelAdmin,
    request: HttpRequest,
    *,
    action: str,
    title: str,
    form: forms.Form,
    objects: QuerySet,
) -> TemplateResponse:
    """The intermediate page of an admin action that needs a form filled in first."""
    context = {
        **model_admin.admin_site.each_context(request),
        "title": title,
        "form": form,
        "objects": objects,
        "action": action,
        "opts": model_admin.opts,
        "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
    }
    return TemplateResponse(request, "admin/annotations/action_form.html", context)


class StanceLabelInline(admin.TabularInline):
    model = StanceLabel
    extra = 0


class ExportDatasetForm(forms.Form):
    format = forms.ChoiceField(
        choices=[("jsonl", "JSON Lines: one article per line"), ("csv", "CSV: one quote per row")],
        widget=forms.RadioSelect,
        initial="jsonl",
    )
    status = forms.ChoiceField(
        choices=[
            ("final", "Final: accepted by a reviewer"),
            ("accepted", "Accepted: by a reviewer, or by an annotator and not rejected"),
            ("all", "All: every suggestion that is not stale, too"),
        ],
        widget=forms.RadioSelect,
        initial="final",
    )
    min_agreement = forms.CharField(
        required=False,
        help_text="Keep quotes whose annotators agree at least this much on every field, e.g. "
        "0.75, or per field: stance=0.8,decision=1 (fields: decision, span, speaker, stance). "
        "A quote with no field measured passes only if reviewed.",
    )
    annotator = forms.ModelChoiceField(
        queryset=User.objects.none(),
        required=False,
        empty_label="Every annotator",
        help_text="Only this annotator's judgements.",
    )
    split = forms.CharField(
        initial=exporting.DEFAULT_SPLIT,
        help_text="Shares of articles for train, dev and test, or name=share pairs.",
    )
    seed = forms.IntegerField(initial=0, help_text="The same seed gives the same split.")

    def __init__(self, *args: Any, project: Project, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.project = project
        choices(self.fields["annotator"]).queryset = (
            User.objects.filter(annotations__quote__article__project=project)
            .distinct()
            .order_by("username")
        )

    def clean_min_agreement(self) -> dict[str, float]:
        try:
            return policy.parse_minimums(self.cleaned_data["min_agreement"])
        except ValueError as error:
            raise forms.ValidationError(str(error)) from None

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        if "split" in cleaned and "seed" in cleaned:
            try:
                cleaned["split"] = exporting.Split.parse(cleaned["split"], cleaned["seed"])
            except ValueError as error:
                self.add_error("split", str(error))
        return cleaned

    def options(self) -> exporting.ExportOptions:
        return exporting.ExportOptions(
            project=self.project,
            status=self.cleaned_data["status"],
            min_agreement=self.cleaned_data["min_agreement"],
            annotator=self.cleaned_data["annotator"],
            split=self.cleaned_data["split"],
        )


EXPORT_CONTENT_TYPES = {"jsonl": "application/x-ndjson", "csv": "text/csv"}


@admin.register(Project)
class ProjectAdmin(admin.ModelAdmin):
    list_display = [
        "name",
        "slug",
        "annotators_per_article",
        "article_count",
        "review_links",
        "created_at",
    ]
    search_fields = ["name", "slug", "stance_target"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [StanceLabelInline]
    actions = ["export_dataset", train_stance_model]

    def get_queryset(self, request: HttpRequest) -> QuerySet[Project]:
        return super().get_queryset(request).annotate(article_count=Count("articles"))

    @admin.display(description="articles", ordering="article_count")
    def article_count(self, project: Project) -> int:
        return int(getattr(project, "article_count", 0))

    @admin.display(description="review")
    def review_links(self, project: Project) -> str:
        return format_html(
            '<a href="{}">agreement</a> · <a href="{}">progress</a> · <a href="{}">stance</a>',
            reverse("admin:annotations_project_agreement", args=[project.slug]),
            reverse("admin:annotations_project_progress", args=[project.slug]),
            reverse("review:stance", args=[project.slug]),
        )

    def get_urls(self) -> list[URLPattern]:
        wrap = self.admin_site.admin_view
        return [
            path("review/", wrap(self.review_view), name="annotations_project_review"),
            path(
                "<slug:slug>/agreement/",
                wrap(self.agreement_view),
                name="annotations_project_agreement",
            ),
            path(
                "<slug:slug>/progress/",
                wrap(self.progress_view),
                name="annotations_project_progress",
            ),
            *super().get_urls(),
        ]

    def review_page(
        self, request: HttpRequest, template: str, context: dict[str, Any]
    ) -> TemplateResponse:
        if not self.has_view_permission(request):
            raise PermissionDenied
        context = {**self.admin_site.each_context(request), "opts": self.opts, **context}
        return TemplateResponse(request, f"annotations/review/{template}", context)

    def review_view(self, request: HttpRequest) -> TemplateResponse:
        """Every project with links to its agreement and progress."""
        return self.review_page(request, "index.html", review_views.index_context())

    def agreement_view(self, request: HttpRequest, slug: str) -> TemplateResponse:
        project = get_object_or_404(Project, slug=slug)
        return self.review_page(request, "agreement.html", review_views.agreement_context(project))

    def progress_view(self, request: HttpRequest, slug: str) -> TemplateResponse:
        project = get_object_or_404(Project, slug=slug)
        return self.review_page(request, "progress.html", review_views.progress_context(project))

    @admin.action(description="Export the dataset (JSONL or CSV download)…", permissions=["view"])
    def export_dataset(
        self, request: HttpRequest, queryset: QuerySet[Project]
    ) -> HttpResponseBase | None:
        """Streams the download as it is written; the card and the other formats are the
        ``export_dataset`` command's."""
        if len(projects := list(queryset[:2])) != 1:
            self.message_user(request, "Select one project to export.", messages.WARNING)
            return None
        project = projects[0]
        form = ExportDatasetForm(request.POST if "apply" in request.POST else None, project=project)
        if not form.is_valid():
            context = {
                **self.admin_site.each_context(request),
                "title": f"Export {project}",
                "form": form,
                "project": project,
                "opts": self.opts,
                "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
            }
            return TemplateResponse(request, "admin/annotations/project/export.html", context)
        fmt, options = form.cleaned_data["format"], form.options()
        exporting.record_export(request.user, fmt, options)
        lines = exporting.jsonl_lines(options) if fmt == "jsonl" else exporting.csv_lines(options)
        response = StreamingHttpResponse(
            lines, content_type=f"{EXPORT_CONTENT_TYPES[fmt]}; charset=utf-8"
        )
        filename = f"{project.slug}-{options.status}.{fmt}"
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        return response


@admin.register(StanceLabel)
class StanceLabelAdmin(admin.ModelAdmin):
    list_display = ["name", "key", "hotkey", "position", "project"]
    list_filter = ["project"]
    list_select_related = ["project"]
    search_fields = ["name", "key"]


class ArticleAdminForm(forms.ModelForm):
    """Explains the main-content offsets and shows where the content now begins and ends.

    The admin builds the form's Meta (model and fields) from this class.
    """

    HELP = {
        "content_start": "Character offset where the main content starts; the importer sets "
        "it past navigation, breadcrumbs and photo credits. Text before it is dimmed and not "
        "searched for quotes.",
        "content_end": "Character offset where the main content ends (empty: the end of the "
        "text); the importer sets it before “Related articles”, comment prompts and the like.",
    }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        now = self.current_edges() if self.instance.pk else {}
        for name, help_text in self.HELP.items():
            if name in self.fields:
                # The admin renders help text as HTML; the article text is untrusted.
                self.fields[name].help_text = escape(help_text + now.get(name, ""))

    def current_edges(self) -> dict[str, str]:
        start, end = self.instance.main_content
        text = self.instance.text
        begins = " ".join(text[start : start + 120].split())[:60]
        ends = " ".join(text[max(start, end - 120) : end].split())[-60:]
        return {
            "content_start": f" Now it begins: “{begins}”.",
            "content_end": f" Now it ends: “{ends}”.",
        }

    def clean(self) -> dict[str, Any]:
        # The model checks the end against the text and the start against the end; with an
        # empty end only this checks the start.
        cleaned = super().clean() or {}
        text = cleaned.get("text", self.instance.text) or ""
        start = cleaned.get("content_start")
        if start is not None and start > len(text):
            self.add_error("content_start", f"The text has only {len(text)} characters.")
        limit = settings.QUOTES_ARTICLE_MAX_CHARS
        if "text" in cleaned and len(text) > limit:
            self.add_error(
                "text",
                f"The text has {len(text):,} characters, over the limit of {limit:,} per "
                "article (QUOTES_ARTICLE_MAX_CHARS).",
            )
        return cleaned


class MultipleFileInput(forms.FileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """A file field taking several files at once (the recipe in Django's documentation)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("widget", MultipleFileInput())
        # An empty file is the importer's to refuse, by name, without blocking the others.
        kwargs.setdefault("allow_empty_file", True)
        super().__init__(*args, **kwargs)

    def clean(self, data: Any, initial: Any = None) -> list[Any]:
        single = super().clean
        if isinstance(data, list | tuple) and data:
            return [single(item, initial) for item in data]
        return [single(data or None, initial)]


class ImportArticlesForm(forms.Form):
    project = forms.ModelChoiceField(queryset=Project.objects.all())
    # Named as the importer's users know it; the form's own ``files`` is set per instance.
    files = MultipleFileField(  # type: ignore[assignment]
        help_text="One or more .txt, .jsonl or .csv files."
    )
    detect = forms.BooleanField(
        required=False, initial=True, label="Detect quotes in the new articles"
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        projects = list(Project.objects.all()[:2])
        if len(projects) == 1:
            self.fields["project"].initial = projects[0]


@admin.register(Article)
class ArticleAdmin(AuditedAdmin):
    list_display = [
        "title",
        "curate",
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
    form = ArticleAdminForm

    class Media:
        css = {"all": ["curation.css"]}

    actions = ["assign_to_annotators", "retry_detection"]
    audit_parent = "project"
    trail_children = ((Quote, "article"),)

    def get_queryset(self, request: HttpRequest) -> QuerySet[Article]:
        return super().get_queryset(request).annotate(quote_count=Count("quotes")).defer("text")

    @admin.display(description="quotes", ordering="quote_count")
    def quote_count(self, article: Article) -> int:
        return int(getattr(article, "quote_count", 0))

    @admin.display(description="curation")
    def curate(self, article: Article) -> str:
        url = reverse("admin:annotations_article_curate", args=[article.pk])
        return format_html('<a href="{}">curate</a>', url)

    def get_urls(self) -> list[URLPattern]:
        wrap = self.admin_site.admin_view
        return [
            path("import/", wrap(self.import_view), name="annotations_article_import"),
            path(
                "<int:object_id>/curate/",
                wrap(self.curate_view),
                name="annotations_article_curate",
            ),
            path(
                "<int:object_id>/curate/unanimous/",
                wrap(require_POST(self.merge_unanimous_view)),
                name="annotations_article_merge_unanimous",
            ),
            path(
                "<int:object_id>/curate/<int:quote_id>/",
                wrap(require_POST(self.merge_view)),
                name="annotations_article_merge",
            ),
            *super().get_urls(),
        ]

    def render_change_form(
        self,
        request: HttpRequest,
        context: dict[str, Any],
        add: bool = False,
        change: bool = False,
        form_url: str = "",
        obj: Model | None = None,
    ) -> HttpResponse:
        if obj is not None:
            context["curation_url"] = reverse("admin:annotations_article_curate", args=[obj.pk])
            assert isinstance(obj, Article)
            context["article_quotes"] = self.quote_table(obj)
        return super().render_change_form(request, context, add, change, form_url, obj)

    def quote_table(self, article: Article) -> list[dict[str, Any]]:
        """The article's quotes as plain rows for a read-only table, each text cut in SQL.

        A formset of its quotes (an inline) cost a form and a copy of the article's text per
        quote: over a second and hundreds of megabytes at 500 quotes. Quotes are edited on
        their own page and curated on the curation page, both linked from each row.
        """
        rows = (
            Quote.objects.filter(article=article)
            .annotate(span_text=Substr("article__text", F("start") + 1, F("end") - F("start")))
            .order_by("start", "end", "pk")
            .values(
                "pk",
                "start",
                "end",
                "span_text",
                "kind",
                "status",
                "is_stale",
                "suggested_speaker__name",
            )
        )
        return [dict(row) for row in rows]

    def _curated_article(self, request: HttpRequest, object_id: int, *, write: bool) -> Article:
        article = get_object_or_404(Article.objects.select_related("project"), pk=object_id)
        allowed = (
            request.user.has_perm("annotations.change_quote")
            if write
            else self.has_view_permission(request, article)
        )
        if not allowed:
            raise PermissionDenied
        return article

    def curate_view(self, request: HttpRequest, object_id: int) -> HttpResponse:
        """Every annotator's judgement of every quote, field by field, disagreements first;
        a field of any judgement can be taken into the final label by keyboard."""
        article = self._curated_article(request, object_id, write=False)
        wanted = request.GET.get("quote", "")
        number = request.GET.get("page", "")
        page = curation.curation(
            article,
            page=int(number) if number.isdigit() else 0,
            quote_id=int(wanted) if wanted.isdigit() else None,
        )
        context = {
            **self.admin_site.each_context(request),
            "title": f"Curate: {article.title}",
            "opts": self.opts,
            "original": article,
            "curation": page,
            "can_merge": request.user.has_perm("annotations.change_quote"),
            "current": request.GET.get("quote", ""),
        }
        return TemplateResponse(request, "admin/annotations/article/curate.html", context)

    def _back_to_curation(self, article: Article, quote_id: int | None = None) -> str:
        url = reverse("admin:annotations_article_curate", args=[article.pk])
        return f"{url}?quote={quote_id}#quote-{quote_id}" if quote_id else url

    def merge_view(self, request: HttpRequest, object_id: int, quote_id: int) -> HttpResponse:
        """The final label from the chosen fields of the chosen judgements."""
        article = self._curated_article(request, object_id, write=True)
        quote = get_object_or_404(Quote, pk=quote_id, article=article)
        try:
            decision, chosen = curation.read_merge(quote, request.POST.dict())
        except curation.MergeError as error:
            self.message_user(request, f"Quote {quote.pk}: {error.message}", messages.ERROR)
            return HttpResponseRedirect(self._back_to_curation(article, quote.pk))
        adjudication.merge(
            quote,
            adjudication.Merge(
                decision,
                span_from=chosen["span"],
                speaker_from=chosen["speaker"],
                stance_from=chosen["stance"],
            ),
            request.user,
        )
        self.message_user(request, f"Quote {quote.pk} is final: {quote.get_status_display()}.")
        after = request.POST.get("next", "")
        return HttpResponseRedirect(
            self._back_to_curation(article, int(after) if after.isdigit() else None)
        )

    def merge_unanimous_view(self, request: HttpRequest, object_id: int) -> HttpResponse:
        """Finalise, in one action, every quote of the article its annotators all agree on."""
        article = self._curated_article(request, object_id, write=True)
        quotes = adjudication.for_finalising(
            Quote.objects.filter(article=article, status=ReviewStatus.PENDING)
        )
        result = adjudication.finalise_agreed(quotes, request.user)
        self.message_user(
            request,
            f"Finalised {result.finalised} quotes on which all annotators agree; "
            f"{sum(result.skipped.values())} are left to curate.",
        )
        return HttpResponseRedirect(self._back_to_curation(article))

    def import_view(self, request: HttpRequest) -> HttpResponse:
        """Upload files into a project with the same importer as ``import_articles``."""
        if not self.has_add_permission(request):
            raise PermissionDenied
        form = ImportArticlesForm(request.POST or None, request.FILES or None)
        if form.is_valid():
            project = form.cleaned_data["project"]
            for upload in form.cleaned_data["files"]:
                result = importing.import_upload(
                    project, upload, detect=form.cleaned_data["detect"], actor=request.user
                )
                # Messages start with a word: the admin capitalises the first letter.
                if not result.ok:
                    self.message_user(
                        request,
                        f"Refused {result.error}. Nothing of it was imported.",
                        messages.ERROR,
                    )
                    continue
                self.message_user(
                    request,
                    f"Imported {result.name}: {result.new} new, "
                    f"{counted(result.unchanged, 'unchanged article')} in “{project}”.",
                    messages.SUCCESS,
                )
            return HttpResponseRedirect(reverse("admin:annotations_article_changelist"))
        context = {
            **self.admin_site.each_context(request),
            "title": "Import articles",
            "form": form,
            "opts": self.opts,
            "max_bytes": settings.QUOTES_IMPORT_MAX_BYTES,
        }
        return TemplateResponse(request, "admin/annotations/article/import.html", context)

    @admin.action(description="Retry detection", permissions=["change"])
    def retry_detection(self, request: HttpRequest, queryset: QuerySet[Article]) -> None:
        """Queue the selected articles (failed ones, or any) for quote detection again."""
        states = dict(queryset.order_by().values_list("pk", "detection_state"))
        failed = sum(state == DetectionState.FAILED for state in states.values())
        schedule_detection(sorted(states))
        self.message_user(
            request,
            f"Detection scheduled for {counted(len(states), 'article')} ({failed} had failed). "
            "Judged quotes are kept; the detection state column shows how it goes.",
            messages.SUCCESS,
        )

    def has_assign_permission(self, request: HttpRequest) -> bool:
        return request.user.has_perm("annotations.add_assignment")

    @admin.action(description="Assign to annotators…", permissions=["assign"])
    def assign_to_annotators(
        self, request: HttpRequest, queryset: QuerySet[Article]
    ) -> HttpResponse | None:
        form = AssignForm(request.POST if "apply" in request.POST else None)
        if not form.is_valid():
            return action_form_page(
                self,
                request,
                action="assign_to_annotators",
                title="Assign articles to annotators",
                form=form,
                objects=queryset,
            )
        result = assign_articles(queryset, form.cleaned_data["annotators"], actor=request.user)
        parts = [f"Made {counted(result.created, 'assignment')}."]
        if result.already_assigned:
            parts.append(f"{result.already_assigned} were assigned already.")
        if result.full:
            parts.append(
                f"Skipped {len(result.full)}: the article is full: " + "; ".join(result.full[:10])
            )
        level = messages.WARNING if result.full else messages.SUCCESS
        self.message_user(request, " ".join(parts), level)
        return None


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

    def __init__(self, *args: Any, speakers: QuerySet[Speaker], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        choices(self.fields["target"]).queryset = speakers


@admin.register(Speaker)
class SpeakerAdmin(AuditedAdmin):
    list_display = ["name", "kind", "description", "alias_names", "quote_count", "is_suggested"]
    list_filter = ["kind", "is_suggested"]
    search_fields = ["name", "aliases__name", "description"]
    inlines = [SpeakerAliasInline]
    actions = ["merge_selected"]
    trail_children = ((SpeakerAlias, "speaker"),)

    def get_queryset(self, request: HttpRequest) -> QuerySet[Speaker]:
        return (
            super()
            .get_queryset(request)
            .annotate(quote_count=Count("suggested_quotes", distinct=True))
            .prefetch_related("aliases")
        )

    def quotes_touched(self, objects: list[Speaker]) -> list[int]:
        """A deleted speaker leaves its judgements without one."""
        judged = Annotation.objects.filter(speaker__in=[speaker.pk for speaker in objects])
        return list(judged.values_list("quote_id", flat=True))

    @admin.display(description="aliases")
    def alias_names(self, speaker: Speaker) -> str:
        return ", ".join(alias.name for alias in speaker.aliases.all())

    @admin.display(description="suggested for", ordering="quote_count")
    def quote_count(self, speaker: Speaker) -> int:
        return int(getattr(speaker, "quote_count", 0))

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
            merged = merge_speakers(target, speakers, actor=signed_in(request))
            self.message_user(request, f"Merged {counted(merged, 'speaker')} into “{target.name}”.")
            return None
        context = {
            **self.admin_site.each_context(request),
            "title": "Merge speakers",
            "form": form,
            "speakers": speakers,
            "opts": self.model._meta,
            "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
        }
        return TemplateResponse(request, "admin/annotations/speaker/merge.html", context)


@admin.register(SpeakerAlias)
class SpeakerAliasAdmin(AuditedAdmin):
    list_display = ["name", "speaker"]
    list_select_related = ["speaker"]
    search_fields = ["name", "speaker__name"]
    autocomplete_fields = ["speaker"]
    audit_parent = "speaker"


class JudgementInline(admin.TabularInline):
    """Every annotator's judgement of the quote side by side, each with a button to adopt it."""

    model = Annotation
    extra = 0
    can_delete = False
    verbose_name = "judgement"
    verbose_name_plural = "judgements"
    fields = ("annotator", "decision", "span_text", "speaker", "stance", "note", "adopt")
    readonly_fields = fields

    def get_queryset(self, request: HttpRequest) -> QuerySet[Annotation]:
        return (
            super()
            .get_queryset(request)
            .select_related("annotator", "speaker", "quote__article")
            .order_by("annotator__username")
        )

    def get_fields(self, request: HttpRequest, obj: Quote | None = None) -> tuple[str, ...]:
        if request.user.has_perm("annotations.change_quote"):
            return self.fields
        return tuple(name for name in self.fields if name != "adopt")

    def has_add_permission(self, request: HttpRequest, obj: Quote | None = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Quote | None = None) -> bool:
        return False

    @admin.display(description="span")
    def span_text(self, annotation: Annotation) -> str:
        start, end = annotation.effective_span
        text = excerpt(annotation.quote.article.text[start:end])
        corrected = annotation.start is not None
        return f"{text} ({start}–{end}, corrected)" if corrected else text

    @admin.display(description="final label")
    def adopt(self, annotation: Annotation) -> str:
        if not annotation.decision:
            return "undecided"
        return format_html(
            '<button type="submit" class="button" formaction="{}" formnovalidate>'
            "Adopt as final</button>",
            reverse("admin:annotations_quote_adopt", args=[annotation.quote_id, annotation.pk]),
        )


class ReviewChangeList(ChangeList):
    """Disagreements first, unless the reviewer sorts by a column.

    The sort key and the agreement shown are the quote's stored agreement
    (``policy.refresh_agreement``), so the list reads an index instead of the judgements; what
    only the shown page needs (the excerpt, the article's title, the speakers' names) is read
    afterwards for its rows alone.
    """

    def get_results(self, request: HttpRequest) -> None:
        super().get_results(request)
        rows = {quote.pk: quote for quote in self.result_list}
        page = (
            Quote.objects.filter(pk__in=rows)
            .annotate(
                excerpt_text=Substr("article__text", F("start") + 1, EXCERPT_SOURCE),
                article_name=Substr("article__title", 1, 80),
            )
            .values_list("pk", "excerpt_text", "article_name")
        )
        for pk, text, title in page:
            rows[pk].excerpt_text, rows[pk].article_name = text, title
        prefetch_related_objects(list(rows.values()), "suggested_speaker", "final_speaker")

    def get_ordering(
        self, request: HttpRequest, queryset: QuerySet[Quote]
    ) -> list[str | Combinable]:
        ordering = super().get_ordering(request, queryset)
        if ORDER_VAR in self.params:
            return ordering
        # A resolved disagreement is done: it leaves the top of the list.
        return ["-open_dispute", *ordering]


class AgreementFilter(admin.SimpleListFilter):
    title = "agreement"
    parameter_name = "agreement"

    def lookups(self, request: HttpRequest, model_admin: admin.ModelAdmin) -> list[tuple]:
        return [
            ("disputed", "Annotators disagree"),
            ("agreed", "All agree (two or more)"),
            ("single", "One judgement"),
            ("none", "No judgement"),
        ]

    def queryset(self, request: HttpRequest, queryset: QuerySet[Quote]) -> QuerySet[Quote]:
        condition = policy.AGREEMENT_FILTERS.get(self.value() or "")
        return queryset if condition is None else queryset.filter(condition)


class DisputedFieldFilter(admin.SimpleListFilter):
    """Quotes whose annotators disagree on one field, by ``annotations.policy``."""

    title = "disputed field"
    parameter_name = "disputed_on"

    def lookups(self, request: HttpRequest, model_admin: admin.ModelAdmin) -> list[tuple]:
        return [(field, field) for field in policy.FIELDS]

    def queryset(self, request: HttpRequest, queryset: QuerySet[Quote]) -> QuerySet[Quote]:
        field = self.value()
        if field in policy.FIELDS:
            return queryset.filter(policy.disputed_on(field))
        return queryset


class AnnotatorFilter(admin.SimpleListFilter):
    """Quotes an annotator judged."""

    title = "annotator"
    parameter_name = "annotator"

    def lookups(self, request: HttpRequest, model_admin: admin.ModelAdmin) -> list[tuple]:
        judged = Annotation.objects.filter(annotator=OuterRef("pk"))
        users = User.objects.filter(Exists(judged)).order_by("username")
        return [(str(pk), name) for pk, name in users.values_list("pk", "username")]

    def queryset(self, request: HttpRequest, queryset: QuerySet[Quote]) -> QuerySet[Quote]:
        value = self.value() or ""
        if not value.isdigit():
            return queryset
        judged = Annotation.objects.filter(quote=OuterRef("pk"), annotator_id=int(value))
        return queryset.filter(Exists(judged))


class ArticleFilter(admin.SimpleListFilter):
    """Quotes of one article; only articles with quotes are offered, latest first."""

    title = "article"
    parameter_name = "article"
    LIMIT = 200

    def lookups(self, request: HttpRequest, model_admin: admin.ModelAdmin) -> list[tuple]:
        articles = (
            Article.objects.filter(Exists(Quote.objects.filter(article=OuterRef("pk"))))
            .order_by("-pk")
            .values_list("pk", "title")[: self.LIMIT]
        )
        return [(str(pk), Truncator(title).chars(60)) for pk, title in articles]

    def queryset(self, request: HttpRequest, queryset: QuerySet[Quote]) -> QuerySet[Quote]:
        value = self.value() or ""
        if value.isdigit():
            return queryset.filter(article_id=int(value))
        return queryset


def in_paragraph(text: str, start: int, end: int) -> str:
    """The paragraph (line) around ``text[start:end]`` with the span marked, escaped."""
    before = max(text.rfind("\n", 0, start) + 1, 0)
    after = text.find("\n", end)
    after = len(text) if after == -1 else after
    return format_html(
        '<p class="in-context">{}<mark>{}</mark>{}</p>',
        text[before:start],
        text[start:end],
        text[end:after],
    )


@admin.register(Quote)
class QuoteAdmin(AuditedAdmin):
    """The review list: disagreements first, every judgement side by side on the quote's page."""

    # What a reviewer decides on; kind, origin and staleness are filters.
    list_display = [
        "id",
        "quoted_text",
        "disagreement",
        "judgements",
        "status",
        "article_title",
        "suggested_speaker",
        "final_speaker",
    ]
    list_per_page = 50
    list_filter = [
        AgreementFilter,
        DisputedFieldFilter,
        "status",
        ArticleFilter,
        AnnotatorFilter,
        "kind",
        "origin",
        "is_stale",
        "article__project",
    ]
    # Read for the shown page only (ReviewChangeList.get_results).
    list_select_related = False
    # By the quote's own columns: the model's ordering would join the article and project.
    ordering = ["article_id", "start", "end", "pk"]
    search_fields = ["article__title", "detected_speaker_name", "suggested_speaker__name"]
    autocomplete_fields = ["suggested_speaker", "final_speaker"]
    raw_id_fields = ["article", "created_by", "reviewed_by"]
    readonly_fields = [
        "quote_text",
        "context",
        "curation_link",
        "created_at",
        "detector_name",
        "detector_version",
    ]
    fieldsets = [
        (
            None,
            {
                "fields": [
                    "article",
                    "curation_link",
                    "quote_text",
                    "context",
                    ("start", "end"),
                    "kind",
                    "origin",
                ]
            },
        ),
        (
            "Detection",
            {
                "classes": ["collapse"],
                "fields": [
                    ("cue_start", "cue_end"),
                    ("speaker_start", "speaker_end"),
                    "detected_speaker_name",
                    "suggested_speaker",
                    "confidence",
                    ("detector_name", "detector_version"),
                    "is_stale",
                    ("created_by", "created_at"),
                ],
            },
        ),
        (
            "Final label",
            {
                "description": "Set it by hand here, or adopt a judgement below.",
                "fields": [
                    "status",
                    ("final_start", "final_end"),
                    "final_speaker",
                    "final_stance",
                    ("reviewed_by", "reviewed_at"),
                ],
            },
        ),
    ]
    inlines = [JudgementInline]
    actions = ["finalise_agreed"]
    audit_parent = "article"
    trail_children = ((Annotation, "quote"),)

    class Media:
        css = {"all": ["curation.css"]}

    def get_changelist(self, request: HttpRequest, **kwargs: Any) -> type[ChangeList]:
        return ReviewChangeList

    def quotes_touched(self, objects: list[Quote]) -> list[int]:
        return [quote.pk for quote in objects]

    def get_form(
        self, request: HttpRequest, obj: Quote | None = None, change: bool = False, **kwargs: Any
    ) -> type[forms.ModelForm]:
        form = super().get_form(request, obj, change, **kwargs)
        if obj is not None and "final_stance" in form.base_fields:
            choices = [(label.key, label.name) for label in obj.article.project.stance_labels.all()]
            if obj.final_stance and obj.final_stance not in dict(choices):
                choices.append((obj.final_stance, obj.final_stance))
            form.base_fields["final_stance"] = forms.ChoiceField(
                choices=[("", "—"), *choices], required=False, label="Final stance"
            )
        return form

    def before_audited_save(
        self, request: HttpRequest, obj: Quote, form: forms.ModelForm, original: Quote | None
    ) -> None:
        """A final label set by hand is signed by whoever set it."""
        fields = [audit.attname(Quote, name) for name in adjudication.LABEL_FIELDS]
        if original is None:
            labelled = obj.status != ReviewStatus.PENDING
        else:
            labelled = any(getattr(obj, name) != getattr(original, name) for name in fields)
        if labelled and "reviewed_by" not in form.changed_data:
            obj.reviewed_by = signed_in(request)
            obj.reviewed_at = timezone.now()

    def get_urls(self) -> list[URLPattern]:
        adopt = path(
            "<int:object_id>/adopt/<int:annotation_id>/",
            self.admin_site.admin_view(require_POST(self.adopt_view)),
            name="annotations_quote_adopt",
        )
        return [adopt, *super().get_urls()]

    def adopt_view(
        self, request: HttpRequest, object_id: int, annotation_id: int
    ) -> HttpResponseRedirect:
        """One click on a judgement makes it the quote's final label."""
        quote = get_object_or_404(Quote, pk=object_id)
        if not self.has_change_permission(request, quote):
            raise PermissionDenied
        judgement = get_object_or_404(
            Annotation.objects.select_related("annotator"), pk=annotation_id, quote=quote
        )
        if judgement.decision:
            adjudication.finalise(quote, judgement, request.user)
            self.message_user(request, f"Adopted {judgement.annotator}’s judgement as final.")
        else:
            self.message_user(request, "That judgement has no decision yet.", messages.ERROR)
        return HttpResponseRedirect(reverse("admin:annotations_quote_change", args=[quote.pk]))

    @admin.display(description="quoted text")
    def quoted_text(self, quote: Quote) -> str:
        text = getattr(quote, "excerpt_text", None)
        text = quote.text if text is None else text[: quote.end - quote.start]
        return format_html('<span class="excerpt">{}</span>', excerpt(text))

    @admin.display(description="article", ordering="article__title")
    def article_title(self, quote: Quote) -> str:
        title = getattr(quote, "article_name", None) or quote.article.title
        return format_html('<span class="article-title">{}</span>', Truncator(title).chars(40))

    @admin.display(description="text")
    def quote_text(self, quote: Quote) -> str:
        return quote.text

    @admin.display(description="in its paragraph")
    def context(self, quote: Quote) -> str:
        return in_paragraph(quote.article.text, quote.start, quote.end)

    @admin.display(description="curation")
    def curation_link(self, quote: Quote) -> str:
        url = reverse("admin:annotations_article_curate", args=[quote.article_id])
        return format_html('<a href="{}#quote-{}">Curate this article’s quotes</a>', url, quote.pk)

    @admin.display(description="judgements", ordering="decided_judgements")
    def judgements(self, quote: Quote) -> int:
        return quote.decided_judgements

    @admin.display(description="disagree on", ordering="open_dispute")
    def disagreement(self, quote: Quote) -> str:
        return ", ".join(policy.stored_disputes(quote)) or "—"

    @admin.action(description="Finalise where all annotators agree", permissions=["change"])
    def finalise_agreed(self, request: HttpRequest, queryset: QuerySet[Quote]) -> None:
        quotes = adjudication.for_finalising(Quote.objects.filter(pk__in=queryset.values("pk")))
        result = adjudication.finalise_agreed(quotes, request.user)
        text = f"Finalised {counted(result.finalised, 'quote')} on which all annotators agree."
        if result.skipped:
            reasons = "; ".join(
                f"{count} that {reason}" for reason, count in result.skipped.most_common()
            )
            text += f" Skipped {sum(result.skipped.values())}: {reasons}."
        self.message_user(request, text, messages.WARNING if result.skipped else messages.SUCCESS)


@admin.register(Annotation)
class AnnotationAdmin(AuditedAdmin):
    list_display = ["quote", "annotator", "decision", "speaker", "stance", "version", "updated_at"]
    list_filter = ["decision", "stance", "annotator", "quote__article__project"]
    list_select_related = ["quote", "annotator", "speaker"]
    search_fields = ["note", "speaker__name", "annotator__username"]
    autocomplete_fields = ["speaker"]
    raw_id_fields = ["quote"]
    readonly_fields = ["version", "created_at", "updated_at"]
    audit_parent = "quote"

    def quotes_touched(self, objects: list[Annotation]) -> list[int]:
        return [annotation.quote_id for annotation in objects]

    def before_audited_save(
        self,
        request: HttpRequest,
        obj: Annotation,
        form: forms.ModelForm,
        original: Annotation | None,
    ) -> None:
        """An edit here is a new version, so the annotator's open form cannot overwrite it."""
        if original is not None:
            obj.version = original.version + 1


@admin.register(Assignment)
class AssignmentAdmin(AuditedAdmin):
    list_display = ["article", "annotator", "status", "assigned_at", "done_at"]
    list_filter = ["status", "annotator", "article__project"]
    list_select_related = ["article", "annotator"]
    search_fields = ["article__title", "annotator__username"]
    raw_id_fields = ["article"]
    actions = ["reassign_selected"]

    def quotes_touched(self, objects: list[Assignment]) -> list[int]:
        return policy.counting_annotators([assignment.article_id for assignment in objects])

    @admin.action(description="Reassign to another annotator…", permissions=["change"])
    def reassign_selected(
        self, request: HttpRequest, queryset: QuerySet[Assignment]
    ) -> HttpResponse | None:
        form = ReassignForm(request.POST if "apply" in request.POST else None)
        if not form.is_valid():
            return action_form_page(
                self,
                request,
                action="reassign_selected",
                title="Reassign assignments",
                form=form,
                objects=queryset,
            )
        annotator = form.cleaned_data["annotator"]
        result = reassign(queryset.select_related("article", "annotator"), annotator, request.user)
        text = f"Reassigned {result.moved} to {annotator}."
        if result.skipped:
            text += f" Skipped {len(result.skipped)} that {annotator} already has: " + "; ".join(
                result.skipped[:10]
            )
        self.message_user(request, text, messages.WARNING if result.skipped else messages.SUCCESS)
        return None


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

    def has_delete_permission(self, request: HttpRequest, obj: AuditEvent | None = None) -> bool:
        return False  # append-only, for superusers too


# The reviewers' list of flags lives in its own module; importing it registers it.
from annotations import flag_admin  # noqa: E402, F401

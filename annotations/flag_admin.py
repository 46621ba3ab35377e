"""The reviewers' list of the quotes annotators flagged, with their reasons.

Annotators flag a quote from the workbench (``f``); reviewers see the open flags here, open
the quote's page from each, and mark the flags resolved, which is audited.
"""

from __future__ import annotations

from django.contrib import admin, messages
from django.db import transaction
from django.db.models import QuerySet
from django.http import HttpRequest
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.text import Truncator

from annotations import audit
from annotations.models import Flag

RESOLVE = "flag.resolve"


class OpenFilter(admin.SimpleListFilter):
    title = "state"
    parameter_name = "state"

    def lookups(
        self, request: HttpRequest, model_admin: admin.ModelAdmin[Flag]
    ) -> list[tuple[str, str]]:
        return [("open", "Open"), ("resolved", "Resolved")]

    def queryset(self, request: HttpRequest, queryset: QuerySet[Flag]) -> QuerySet[Flag]:
        if self.value() == "open":
            return queryset.filter(resolved_at__isnull=True)
        if self.value() == "resolved":
            return queryset.filter(resolved_at__isnull=False)
        return queryset


@admin.register(Flag)
class FlagAdmin(admin.ModelAdmin[Flag]):
    list_display = ("quote_link", "article", "annotator", "short_reason", "created_at", "is_open")
    list_filter = (OpenFilter, "annotator")
    search_fields = ("reason", "quote__article__title")
    list_select_related = ("quote__article", "annotator")
    readonly_fields = ("quote", "annotator", "reason", "created_at", "resolved_at", "resolved_by")
    actions = ("resolve",)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False  # flags come from the workbench

    def get_queryset(self, request: HttpRequest) -> QuerySet[Flag]:
        return super().get_queryset(request).defer("quote__article__text")

    @admin.display(description="quote")
    def quote_link(self, flag: Flag) -> SafeString:
        url = reverse("admin:annotations_quote_change", args=[flag.quote_id])
        return format_html('<a href="{}">{}</a>', url, flag.quote)

    @admin.display(description="article")
    def article(self, flag: Flag) -> str:
        return flag.quote.article.title

    @admin.display(description="reason")
    def short_reason(self, flag: Flag) -> str:
        return Truncator(flag.reason).chars(120)

    @admin.display(description="open", boolean=True)
    def is_open(self, flag: Flag) -> bool:
        return flag.resolved_at is None

    @admin.action(description="Mark the selected flags resolved", permissions=["change"])
    def resolve(self, request: HttpRequest, queryset: QuerySet[Flag]) -> None:
        resolved = 0
        for flag in queryset.filter(resolved_at__isnull=True):
            flag.resolved_at = timezone.now()
            flag.resolved_by_id = request.user.pk
            with transaction.atomic():
                flag.save(update_fields=["resolved_at", "resolved_by"])
                audit.record(request.user, flag, RESOLVE, {"open": True}, {"open": False})
            resolved += 1
        self.message_user(request, f"{resolved} flag(s) resolved.", messages.SUCCESS)

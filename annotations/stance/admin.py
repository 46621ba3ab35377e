"""The stance models in the admin (read-only: training makes them), and the project action
that trains one in the background."""

from __future__ import annotations

from django.contrib import admin, messages
from django.db.models import QuerySet
from django.http import HttpRequest
from django.urls import reverse
from django.utils.html import format_html

from annotations.models import Project, StanceModel
from annotations.stance.tasks import schedule_training


@admin.action(description="Train a stance model (in the background)", permissions=["view"])
def train_stance_model(
    modeladmin: admin.ModelAdmin, request: HttpRequest, queryset: QuerySet[Project]
) -> None:
    """Queue a new model version per selected project; its progress shows on the project's
    stance page. Training changes no judgement, so reviewers, who may view projects, may."""
    for project in queryset:
        model = schedule_training(project, request.user)
        modeladmin.message_user(
            request,
            format_html(
                "Stance model v{} of “{}” is queued for training: "
                '<a href="{}">follow it on the stance page</a>.',
                model.version,
                project.name,
                reverse("review:stance", args=[project.slug]),
            ),
            messages.SUCCESS,
        )


@admin.register(StanceModel)
class StanceModelAdmin(admin.ModelAdmin):
    list_display = ["__str__", "state", "progress", "architecture", "created_at", "created_by"]
    list_filter = ["project", "state"]
    readonly_fields = [field.name for field in StanceModel._meta.fields]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False

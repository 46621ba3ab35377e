"""A project's stance models, for reviewers: each version's metrics, and the training under way.

While a model is queued or training the list polls itself every two seconds with htmx; the
answer once nothing is (status 286) swaps in the final figures and stops the polling. Staff
only, a constant number of queries whatever the number of models.
"""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render

from annotations.detection_views import STOP_POLLING
from annotations.htmx import HtmxHttpRequest
from annotations.models import Project, TrainingState
from annotations.review_views import page, require_staff

TEMPLATE = "annotations/stance/models.html"
ACTIVE = (TrainingState.QUEUED, TrainingState.RUNNING)


@login_required
def stance_models(request: HtmxHttpRequest, slug: str) -> HttpResponse:
    require_staff(request)
    project = get_object_or_404(Project, slug=slug)
    models = list(project.stance_models.select_related("created_by").order_by("-version"))
    active = any(model.state in ACTIVE for model in models)
    context = {
        "title": f"Stance models: {project}",
        "project": project,
        "models": models,
        "active": active,
    }
    if request.htmx:
        return render(
            request, f"{TEMPLATE}#models", context, status=200 if active else STOP_POLLING
        )
    return page(request, TEMPLATE, context)

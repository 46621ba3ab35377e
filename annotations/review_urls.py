"""The review pages moved into the admin; these addresses redirect there. Detection's page
stays here."""

from __future__ import annotations

from django.urls import path

from annotations import detection_views, review_views
from annotations.stance import views as stance_views

app_name = "review"

urlpatterns = [
    path("", review_views.index_moved, name="index"),
    path("projects/<slug:slug>/agreement/", review_views.agreement_moved, name="agreement"),
    path("projects/<slug:slug>/progress/", review_views.progress_moved, name="progress"),
    path("projects/<slug:slug>/detection/", detection_views.detection, name="detection"),
    path("projects/<slug:slug>/detection/retry/", detection_views.retry, name="retry_detection"),
    path("projects/<slug:slug>/stance/", stance_views.stance_models, name="stance"),
]

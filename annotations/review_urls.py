from __future__ import annotations

from django.urls import path

from annotations import detection_views, review_views

app_name = "review"

urlpatterns = [
    path("", review_views.index, name="index"),
    path("projects/<slug:slug>/agreement/", review_views.agreement, name="agreement"),
    path("projects/<slug:slug>/progress/", review_views.progress, name="progress"),
    path("projects/<slug:slug>/detection/", detection_views.detection, name="detection"),
    path("projects/<slug:slug>/detection/retry/", detection_views.retry, name="retry_detection"),
]

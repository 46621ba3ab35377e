from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from annotations.models import Assignment


@login_required
def home(request: HttpRequest) -> HttpResponse:
    assignments = Assignment.objects.filter(annotator=request.user).select_related("article")
    return render(request, "annotations/home.html", {"assignments": assignments})

"""Signing in: throttled by django-axes, and password reset only where mail can be sent."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from axes.helpers import get_cool_off
from django.conf import settings
from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseBase
from django.shortcuts import render

LOCKED_OUT_STATUS = 429


def locked_out(
    request: HttpRequest, response: HttpResponse | None, credentials: dict[str, Any] | None
) -> HttpResponse:
    """The page a locked-out sign-in gets, in the look of the login it came from."""
    cool_off = get_cool_off(request)
    context: dict[str, Any] = {
        "cool_off_minutes": round(cool_off.total_seconds() / 60) if cool_off else None,
        "failure_limit": settings.AXES_FAILURE_LIMIT,
    }
    if request.path.startswith("/admin/"):
        context |= {**admin.site.each_context(request), "title": "Too many failed sign-ins"}
        template = "admin/locked_out.html"
    else:
        template = "registration/locked_out.html"
    return render(request, template, context, status=LOCKED_OUT_STATUS)


def client_address(request: HttpRequest) -> str | None:
    """The client's address: behind the TLS proxy, the last hop it added to X-Forwarded-For
    (the earlier ones are whatever the client claimed)."""
    if settings.BEHIND_TLS_PROXY:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        hops = [hop.strip() for hop in forwarded.split(",") if hop.strip()]
        if hops:
            return hops[-1]
    return request.META.get("REMOTE_ADDR")


View = Callable[..., HttpResponseBase]


def mail_required(view: View) -> View:
    """Not found when no mail host is configured: a reset link that cannot arrive is no offer."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
        if not settings.PASSWORD_RESET_BY_MAIL:
            raise Http404("Password reset needs mail, which is not configured here.")
        return view(request, *args, **kwargs)

    return wrapper


class SignInView(auth_views.LoginView):
    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        return {
            **super().get_context_data(**kwargs),
            "password_reset": settings.PASSWORD_RESET_BY_MAIL,
        }

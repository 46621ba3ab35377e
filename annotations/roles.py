"""The three roles, as Django groups, and what each may do in the admin."""

from __future__ import annotations

ANNOTATOR = "annotator"
REVIEWER = "reviewer"
ADMINISTRATOR = "administrator"

# Reviewers judge the whole dataset in the admin, but cannot delete articles or projects.
REVIEWER_PERMISSIONS: dict[str, tuple[str, ...]] = {
    "project": ("view",),
    "stancelabel": ("view",),
    "article": ("view", "change", "add"),
    "quote": ("view", "change"),
    "annotation": ("view",),
    "assignment": ("view", "add", "change", "delete"),
    "speaker": ("view", "add", "change", "delete"),
    "speakeralias": ("view", "add", "change", "delete"),
    "auditevent": ("view",),
    "flag": ("view", "change"),
}

# Reviewers see sign-in attempts and unlock a locked-out account by deleting its attempts
# (django-axes, app label "axes").
REVIEWER_SIGN_IN_PERMISSIONS: dict[str, tuple[str, ...]] = {
    "accessattempt": ("view", "delete"),
    "accessfailurelog": ("view",),
    "accesslog": ("view",),
}

"""Who may open and change an article in the workbench.

An annotator sees only the articles assigned to them, and changes them only while the
assignment is open; staff (reviewers) may read any article. The checks raise, so a view
cannot forget to act on them: Http404 hides articles that are not yours, PermissionDenied
refuses changes you may see but not make.
"""

from __future__ import annotations

from django.contrib.auth.models import AnonymousUser
from django.contrib.auth.models import User as Account
from django.core.exceptions import PermissionDenied
from django.db.models import OuterRef, Subquery
from django.http import Http404

from annotations.models import Article, Assignment, AssignmentStatus

User = Account | AnonymousUser


def assignment_status(user: User, article_ref: str = "pk") -> Subquery:
    """The user's assignment status for the article ``article_ref`` names, or NULL."""
    mine = Assignment.objects.filter(article=OuterRef(article_ref), annotator_id=user.pk)
    return Subquery(mine.values("status")[:1])


def check_view(user: User, status: str | None) -> None:
    if status is None and not user.is_staff:
        raise Http404("This article is not in your queue.")


def check_edit(status: str | None) -> None:
    if status is None:
        raise PermissionDenied("This article is not assigned to you: you can read it only.")
    if status == AssignmentStatus.DONE:
        raise PermissionDenied("This article is marked done. Reopen it to change it.")


def get_article(user: User, pk: int) -> Article:
    """The article with its project and ``assignment_status``, if the user may see it."""
    article = (
        Article.objects.select_related("project")
        # Unpacked, so the type checker keeps Article's own declaration of the attribute.
        .annotate(**{"assignment_status": assignment_status(user)})
        .filter(pk=pk)
        .first()
    )
    if article is None:
        raise Http404("No such article.")
    check_view(user, article.assignment_status)
    return article

"""Load the demo project and give the demo accounts fresh passwords, printed once."""

from __future__ import annotations

import secrets
from typing import Any

from django.contrib.auth.models import Group, User
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction

from annotations import roles
from annotations.models import Article, Assignment, Project

DEMO_PROJECT = "nk-sanctions"

DEMO_ACCOUNTS = {
    "annotator1": roles.ANNOTATOR,
    "annotator2": roles.ANNOTATOR,
    "reviewer": roles.REVIEWER,
}


class Command(BaseCommand):
    help = "Load the seed articles, speakers and demo accounts; print the accounts' passwords."

    def handle(self, *args: Any, **options: Any) -> None:
        with transaction.atomic():
            # Loading again would undo a reviewer's merges and edits.
            if not Project.objects.filter(slug=DEMO_PROJECT).exists():
                call_command("loaddata", "demo", "demo_users", verbosity=0)
            passwords = {}
            for username, role in DEMO_ACCOUNTS.items():
                user = User.objects.get(username=username)
                passwords[username] = secrets.token_urlsafe(9)
                user.set_password(passwords[username])
                user.save(update_fields=["password"])
                user.groups.add(Group.objects.get(name=role))
                if role == roles.ANNOTATOR:
                    Assignment.objects.bulk_create(
                        [
                            Assignment(article=article, annotator=user)
                            for article in Article.objects.filter(project__slug=DEMO_PROJECT)
                        ],
                        ignore_conflicts=True,
                    )
        self.stdout.write(self.style.SUCCESS("Demo accounts (passwords are new on every run):"))
        for username, password in passwords.items():
            self.stdout.write(f"  {username:<12} {password:<16} ({DEMO_ACCOUNTS[username]})")

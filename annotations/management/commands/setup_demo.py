"""Load the demo project and give the demo accounts fresh passwords, printed once."""

from __future__ import annotations

import secrets
from typing import Any

from django.contrib.auth.models import Group, User
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from annotations import roles
from annotations.importing import import_paths
from annotations.models import Article, Assignment, Project
from annotations.seeds import SEEDS_DIR
from annotations.wording import counted

DEMO_PROJECT = "nk-sanctions"
# The second demo project: invented articles written for stance suggestions (issue 16).
STANCE_DEMO = {
    "slug": "port-ellery",
    "name": "Port Ellery congestion charge",
    "stance_target": "the congestion charge proposed for the centre of Port Ellery",
    "guidelines": (
        "Judge each quote's stance toward the congestion charge proposed for the centre of "
        "Port Ellery, from the quote and its immediate context: favor supports the charge, "
        "against opposes it (supporting cleaner air but not this charge is against), none is "
        "neutral or about something else. The articles are invented."
    ),
}
STANCE_DEMO_DIR = SEEDS_DIR.parent / "stance_demo"

DEMO_ACCOUNTS = {
    "annotator1": roles.ANNOTATOR,
    "annotator2": roles.ANNOTATOR,
    "reviewer": roles.REVIEWER,
}

# Where each seed article was published (a .txt file carries only its text).
SEED_SOURCES = {
    "000_beed33f6bc373f3f": "News1",
    "001_8ac712a84b55227e": "Reuters (via CNBC)",
    "002_fe466d9e0e413ba9": "AFP",
    "003_0886e2fd573d771f": "ViewUS Global",
    "004_d0738d9b914ba314": "CSIS",
}


class Command(BaseCommand):
    help = "Load the seed articles, speakers and demo accounts; print the accounts' passwords."

    def handle(self, *args: Any, **options: Any) -> None:
        with transaction.atomic():
            # Loading again would undo a reviewer's merges, edits and reassignments.
            if not Project.objects.filter(slug=DEMO_PROJECT).exists():
                self.create_demo()
            if not Project.objects.filter(slug=STANCE_DEMO["slug"]).exists():
                self.create_stance_demo()
            passwords = {}
            for username in DEMO_ACCOUNTS:
                user = User.objects.get(username=username)
                passwords[username] = secrets.token_urlsafe(9)
                user.set_password(passwords[username])
                user.save(update_fields=["password"])
        self.stdout.write(self.style.SUCCESS("Demo accounts (passwords are new on every run):"))
        for username, password in passwords.items():
            self.stdout.write(f"  {username:<12} {password:<16} ({DEMO_ACCOUNTS[username]})")

    def create_demo(self) -> None:
        """The project, its speakers and accounts, the seed articles and their assignments."""
        call_command("loaddata", "demo", "demo_users", verbosity=0)
        project = Project.objects.get(slug=DEMO_PROJECT)
        # Through the importer, as a user's files would go: it records the main content.
        # Detection is left to `detect_articles`, which `make run` calls next.
        results = import_paths(project, [SEEDS_DIR], detect=False)
        errors = [result.error for result in results if result.error]
        if errors or sum(result.new for result in results) != len(SEED_SOURCES):
            raise CommandError(f"The seed articles in {SEEDS_DIR} did not load: {errors}")
        for external_id, source in SEED_SOURCES.items():
            Article.objects.filter(project=project, external_id=external_id).update(source=source)
        articles = list(Article.objects.filter(project=project))
        for username, role in DEMO_ACCOUNTS.items():
            user = User.objects.get(username=username)
            user.groups.add(Group.objects.get(name=role))
            if role == roles.ANNOTATOR:
                Assignment.objects.bulk_create(
                    [Assignment(article=article, annotator=user) for article in articles]
                )
        self.stdout.write(
            f"Created the demo project “{project.name}” with {counted(len(articles), 'article')}."
        )

    def create_stance_demo(self) -> None:
        """The second project and its articles, through the importer. They are assigned to
        nobody: annotators claim them with "Next article", or a reviewer assigns them."""
        project = Project.objects.create(**STANCE_DEMO)
        project.add_default_stance_labels()
        results = import_paths(project, [STANCE_DEMO_DIR], detect=False)
        errors = [result.error for result in results if result.error]
        if errors or not project.articles.exists():
            raise CommandError(f"The articles in {STANCE_DEMO_DIR} did not load: {errors}")
        self.stdout.write(
            f"Created the demo project “{project.name}” with "
            f"{counted(project.articles.count(), 'article')}."
        )

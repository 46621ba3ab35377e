"""Accessibility: axe-core finds nothing serious on the workbench's pages, and every control
can be reached with the keyboard.

axe-core is vendored in ``static/vendor/axe-core`` and added to the pages from the test
server's static files; no page of the workbench loads it otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import LARGE_SCREEN, SMALL_SCREEN, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
SCREENS = pytest.mark.parametrize(
    "viewport", [SMALL_SCREEN, LARGE_SCREEN], ids=["1280x720", "1920x1080"]
)
SERIOUS = ("serious", "critical")


def audit(page: Page, live_server) -> list[dict[str, Any]]:
    """axe's violations of the page as it is now, WCAG 2.1 A and AA rules and best practice."""
    page.add_script_tag(url=f"{live_server.url}/static/vendor/axe-core/axe.min.js")
    return page.evaluate(
        """async () => {
          const results = await axe.run(document, {
            runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
          });
          return results.violations.map((violation) => ({
            id: violation.id,
            impact: violation.impact,
            nodes: violation.nodes.slice(0, 3).map((node) => node.target.join(' ')),
          }));
        }"""
    )


def serious(violations: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [violation for violation in violations if violation["impact"] in SERIOUS]


@SCREENS
def test_the_queue_the_article_page_and_the_guidelines_pass_axe(
    open_page, live_server, annotator, article
):
    page = open_page()
    sign_in(page, live_server)
    assert serious(audit(page, live_server)) == []

    page.goto(f"{live_server.url}/articles/{article.pk}/")
    assert serious(audit(page, live_server)) == []
    # With a dialog open too, and after an action swapped the fragments in.
    page.keyboard.press("?")
    expect(page.locator("#shortcuts")).to_be_visible()
    assert serious(audit(page, live_server)) == []
    page.keyboard.press("Escape")
    page.keyboard.press("a")
    expect(page.locator("#progress")).to_contain_text("1 of 4")
    page.wait_for_function("() => !document.querySelector('.htmx-request, .htmx-settling')")
    assert serious(audit(page, live_server)) == []

    page.goto(f"{live_server.url}/projects/{article.project.slug}/guidelines/")
    assert serious(audit(page, live_server)) == []


def test_a_done_article_passes_axe(open_page, live_server, annotator, article):
    article.assignments.update(status="done")
    page = open_page()
    sign_in(page, live_server)
    page.goto(f"{live_server.url}/articles/{article.pk}/")
    assert serious(audit(page, live_server)) == []


def reached_by_tab(page: Page, presses: int) -> list[str]:
    """What the focus lands on, Tab after Tab, each named by id or its text."""
    reached = []
    for _ in range(presses):
        page.keyboard.press("Tab")
        reached.append(
            page.evaluate(
                """() => {
                  const element = document.activeElement;
                  return element.id || element.getAttribute('name') || element.textContent.trim();
                }"""
            )
        )
    return reached


@SCREENS
def test_every_control_of_the_article_page_is_reached_with_tab(
    open_page, live_server, annotator, article
):
    page = open_page()
    sign_in(page, live_server)
    page.goto(f"{live_server.url}/articles/{article.pk}/")

    reached = reached_by_tab(page, 40)

    wanted = {
        "Queue",
        "Guidelines",
        "Shortcuts ?",
        "Undo u",
        "Mark article done D",
        "speaker-input",
        "note-input",
        "Save note",
        "Flag for the reviewer f",
        "decision",
        "stance",
        "quote-list",
    }
    assert wanted <= set(reached), wanted - set(reached)
    # The New speaker form opens from its summary, also on the way.
    assert "New speaker…" in reached

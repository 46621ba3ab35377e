"""Judging a quote: accept, reject, stance, speaker, note, span, added quotes, undo, conflicts."""

from __future__ import annotations

import re

import pytest
from django.contrib.contenttypes.models import ContentType
from django.test import Client

from annotations.models import (
    Annotation,
    Assignment,
    AssignmentStatus,
    AuditEvent,
    Flag,
    Quote,
    QuoteOrigin,
    Speaker,
)
from tests.factories import (
    ARTICLE_TEXT,
    AnnotationFactory,
    AssignmentFactory,
    QuoteFactory,
    SpeakerFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

HTMX = {"HTTP_HX_REQUEST": "true", "HTTP_HX_TARGET": "quote-editor"}
# “We will not accept this,” in ARTICLE_TEXT, and the indirect quote after "added that".
DIRECT = (14, 40)
INDIRECT = (ARTICLE_TEXT.index("the budget"), ARTICLE_TEXT.index(" 🙂"))


@pytest.fixture
def annotator():
    return UserFactory()


@pytest.fixture
def quote(annotator):
    assignment = AssignmentFactory(annotator=annotator)
    return QuoteFactory(article=assignment.article)


@pytest.fixture
def signed_in(client, annotator):
    client.force_login(annotator)
    return client


def judge_url(quote):
    return f"/articles/{quote.article_id}/quotes/{quote.pk}/judge/"


def post(client, url, data, htmx=True):
    return client.post(url, data, **(HTMX if htmx else {}))


def mine(quote, user):
    return Annotation.objects.get(quote=quote, annotator=user)


def events(action):
    return list(AuditEvent.objects.filter(action=action).order_by("id"))


def test_accepting_creates_the_judgement_with_the_suggested_speaker(signed_in, annotator, quote):
    response = post(signed_in, judge_url(quote), {"version": 0, "decision": "accept"})

    assert response.status_code == 200
    annotation = mine(quote, annotator)
    assert annotation.decision == "accept"
    assert annotation.version == 1
    assert annotation.speaker == quote.suggested_speaker
    # The partial alone, for the editor, with the new version in its forms.
    html = response.content.decode()
    assert "<html" not in html
    assert f'data-quote="{quote.pk}"' in html
    assert 'name="version" value="1"' in html
    assert 'data-decision="accept"' in html
    # Out of band, in the same response: the row, the line of text and the progress.
    assert f'<li id="quote-row-{quote.pk}" role="option"' in html
    assert re.search(
        rf'<li id="quote-row-{quote.pk}"[^>]*decision-accept[^>]*hx-swap-oob="true"', html
    )
    assert '<p id="t-14" hx-swap-oob="true">' in html
    assert f'class="q q-direct q-accept" data-quotes="{quote.pk}"' in html
    assert '<div id="progress" hx-swap-oob="innerHTML">' in html
    assert "<strong>1</strong> of 1 quote judged" in html
    assert "HX-Trigger" not in response  # nothing for the page to fetch afterwards
    [event] = events("annotation.create")
    assert event.actor == annotator
    assert event.before == {}
    assert event.after["decision"] == "accept"


def test_without_htmx_a_judgement_redirects_to_the_quote(signed_in, annotator, quote):
    response = post(signed_in, judge_url(quote), {"version": 0, "decision": "reject"}, htmx=False)

    assert response.status_code == 302
    assert response["Location"] == f"/articles/{quote.article_id}/quotes/{quote.pk}/"
    assert mine(quote, annotator).decision == "reject"


def test_each_change_bumps_the_version_and_is_audited(signed_in, annotator, quote):
    post(signed_in, judge_url(quote), {"version": 0, "decision": "accept"})
    other = SpeakerFactory()

    post(signed_in, judge_url(quote), {"version": 1, "stance": "against"})
    post(signed_in, judge_url(quote), {"version": 2, "speaker": other.pk})
    response = post(signed_in, judge_url(quote), {"version": 3, "note": "Sarcastic?"})

    assert response.status_code == 200
    annotation = mine(quote, annotator)
    assert (annotation.stance, annotation.speaker, annotation.note) == (
        "against",
        other,
        "Sarcastic?",
    )
    assert annotation.decision == "accept"
    assert annotation.version == 4
    changes = events("annotation.change")
    assert [(e.before, e.after) for e in changes] == [
        ({"stance": "", "version": 1}, {"stance": "against", "version": 2}),
        (
            {"speaker": quote.suggested_speaker_id, "version": 2},
            {"speaker": other.pk, "version": 3},
        ),
        ({"note": "", "version": 3}, {"note": "Sarcastic?", "version": 4}),
    ]
    assert all(event.actor == annotator for event in changes)


def test_saving_what_is_already_saved_changes_nothing(signed_in, annotator, quote):
    post(signed_in, judge_url(quote), {"version": 0, "decision": "accept"})

    response = post(signed_in, judge_url(quote), {"version": 1, "decision": "accept"})

    assert response.status_code == 200
    assert mine(quote, annotator).version == 1
    assert events("annotation.change") == []


def test_a_stale_version_is_a_conflict_not_an_overwrite(annotator, quote):
    """The same annotator in two tabs: the second save, based on version 1, is refused."""
    first_tab, second_tab = Client(), Client()
    first_tab.force_login(annotator)
    second_tab.force_login(annotator)
    post(first_tab, judge_url(quote), {"version": 0, "decision": "accept"})

    post(first_tab, judge_url(quote), {"version": 1, "stance": "favor"})
    response = post(second_tab, judge_url(quote), {"version": 1, "stance": "against"})

    assert response.status_code == 409
    html = response.content.decode()
    assert "changed in another tab" in html
    # The current state, with its version, so the annotator can act on it.
    assert 'name="version" value="2"' in html
    assert 'data-stance="favor"' in html
    assert mine(quote, annotator).stance == "favor"
    assert f'<li id="quote-row-{quote.pk}"' in html  # the row as saved now, out of band


def test_two_tabs_creating_the_first_judgement_conflict(annotator, quote):
    AnnotationFactory(quote=quote, annotator=annotator, decision="reject")
    client = Client()
    client.force_login(annotator)

    response = post(client, judge_url(quote), {"version": 0, "decision": "accept"})

    assert response.status_code == 409
    assert mine(quote, annotator).decision == "reject"


def test_a_conflict_keeps_the_note_the_annotator_typed(signed_in, annotator, quote):
    AnnotationFactory(quote=quote, annotator=annotator, note="saved elsewhere", version=3)

    response = post(signed_in, judge_url(quote), {"version": 2, "note": "my careful note"})

    assert response.status_code == 409
    html = response.content.decode()
    assert "my careful note</textarea>" in html
    assert mine(quote, annotator).note == "saved elsewhere"


def test_a_conflict_without_htmx_renders_the_whole_page(signed_in, annotator, quote):
    AnnotationFactory(quote=quote, annotator=annotator, version=3)

    response = post(signed_in, judge_url(quote), {"version": 1, "decision": "reject"}, htmx=False)

    assert response.status_code == 409
    assert b"<html" in response.content
    assert b"changed in another tab" in response.content


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"version": 0, "stance": "enthusiastic"}, "Stance"),
        ({"version": 0, "decision": "maybe"}, "Decision"),
        ({"version": 0, "speaker": 999999}, "Speaker"),
        ({"version": 0}, "Nothing to save"),
        ({"decision": "accept"}, "Version"),
        ({"version": 0, "start": 5}, "needs both a start and an end"),
        ({"version": 0, "start": 10, "end": 9999}, "falls outside the article text"),
        ({"version": 0, "start": 12, "end": 14}, "only white space"),
    ],
)
def test_invalid_changes_are_refused_with_a_message(signed_in, annotator, quote, data, message):
    response = post(signed_in, judge_url(quote), data)

    assert response.status_code == 400
    assert response["Content-Type"].startswith("text/plain")
    assert message in response.content.decode()
    assert not Annotation.objects.exists()


def test_an_invalid_change_without_htmx_comes_back_as_a_message(signed_in, quote):
    response = signed_in.post(judge_url(quote), {"version": 0, "stance": "zzz"}, follow=True)

    assert response.status_code == 200
    assert b"Stance: Select a valid choice" in response.content


def test_fixing_the_span_stores_a_tightened_corrected_span(signed_in, annotator, quote):
    start, end = INDIRECT

    response = post(signed_in, judge_url(quote), {"version": 0, "start": start - 1, "end": end + 1})

    assert response.status_code == 200
    annotation = mine(quote, annotator)
    # The selection's spaces at either edge are dropped; the quote's own span stays as it was.
    assert (annotation.start, annotation.end) == (start, end)
    assert ARTICLE_TEXT[annotation.start : annotation.end] == "the budget was a turning point"
    assert (Quote.objects.get().start, Quote.objects.get().end) == DIRECT
    assert "corrected" in response.content.decode()


def test_fixing_the_span_back_to_the_quotes_own_clears_the_correction(signed_in, annotator, quote):
    AnnotationFactory(quote=quote, annotator=annotator, start=20, end=30, version=1)

    post(signed_in, judge_url(quote), {"version": 1, "start": DIRECT[0], "end": DIRECT[1]})

    annotation = mine(quote, annotator)
    assert (annotation.start, annotation.end) == (None, None)


def test_adding_a_missed_quote(signed_in, annotator, quote):
    start, end = INDIRECT

    response = post(
        signed_in,
        f"/articles/{quote.article_id}/quotes/add/",
        {"start": start, "end": end, "kind": "indirect"},
    )

    assert response.status_code == 200
    added = Quote.objects.get(origin=QuoteOrigin.MANUAL)
    assert (added.start, added.end, added.kind) == (start, end, "indirect")
    assert added.created_by == annotator
    assert mine(added, annotator).decision == "accept"
    html = response.content.decode()
    assert f'data-quote="{added.pk}"' in html
    # The new row goes in after the row before it in reading order.
    after = rf'<ol hx-swap-oob="afterend:#quote-row-{quote.pk}">\s*<li id="quote-row-{added.pk}"'
    assert re.search(after, html)
    [event] = events("quote.add")
    assert event.after["start"] == start


def test_an_added_quote_is_direct_unless_told(signed_in, quote):
    post(signed_in, f"/articles/{quote.article_id}/quotes/add/", {"start": 0, "end": 12})

    assert Quote.objects.get(origin=QuoteOrigin.MANUAL).kind == "direct"


def test_adding_an_existing_span_accepts_that_quote(signed_in, annotator, quote):
    response = post(
        signed_in,
        f"/articles/{quote.article_id}/quotes/add/",
        {"start": DIRECT[0], "end": DIRECT[1]},
    )

    assert response.status_code == 200
    assert Quote.objects.count() == 1
    assert mine(quote, annotator).decision == "accept"


def test_adding_a_quote_outside_the_text_is_refused(signed_in, quote):
    response = post(
        signed_in, f"/articles/{quote.article_id}/quotes/add/", {"start": 100, "end": 100000}
    )

    assert response.status_code == 400
    assert b"falls outside the article text" in response.content
    assert Quote.objects.count() == 1


def test_creating_a_speaker_inline_makes_it_the_speaker(signed_in, annotator, quote):
    response = post(
        signed_in,
        f"/articles/{quote.article_id}/quotes/{quote.pk}/speaker/",
        {"version": 0, "name": "Maria Lopez", "kind": "person", "description": "Council chair"},
    )

    assert response.status_code == 200
    speaker = Speaker.objects.get(name="Maria Lopez")
    assert speaker.description == "Council chair"
    assert mine(quote, annotator).speaker == speaker
    assert 'value="Maria Lopez"' in response.content.decode()
    assert events("speaker.add")[0].after["name"] == "Maria Lopez"


def test_a_new_speaker_on_a_stale_version_is_not_created(signed_in, annotator, quote):
    AnnotationFactory(quote=quote, annotator=annotator, version=2)

    response = post(
        signed_in,
        f"/articles/{quote.article_id}/quotes/{quote.pk}/speaker/",
        {"version": 1, "name": "Nobody New", "kind": "person"},
    )

    assert response.status_code == 409
    assert not Speaker.objects.filter(name="Nobody New").exists()


def undo(client, quote):
    return client.post(f"/articles/{quote.article_id}/undo/", **HTMX)


def test_undo_walks_back_the_last_changes_in_order(signed_in, annotator, quote):
    post(signed_in, judge_url(quote), {"version": 0, "decision": "accept"})
    post(signed_in, judge_url(quote), {"version": 1, "stance": "favor"})
    post(signed_in, judge_url(quote), {"version": 2, "stance": "against"})

    response = undo(signed_in, quote)
    assert response.status_code == 200
    assert f'<li id="quote-row-{quote.pk}"' in response.content.decode()
    assert mine(quote, annotator).stance == "favor"

    undo(signed_in, quote)
    assert (mine(quote, annotator).stance, mine(quote, annotator).decision) == ("", "accept")

    undo(signed_in, quote)
    annotation = mine(quote, annotator)
    assert (annotation.decision, annotation.speaker) == ("", None)
    assert annotation.version == 6
    assert len(events("annotation.undo")) == 3

    response = undo(signed_in, quote)
    assert response.status_code == 204
    assert "Nothing to undo" in response["HX-Trigger"]


def test_undo_after_a_new_change_takes_back_that_change(signed_in, annotator, quote):
    post(signed_in, judge_url(quote), {"version": 0, "decision": "accept"})
    post(signed_in, judge_url(quote), {"version": 1, "stance": "favor"})
    undo(signed_in, quote)
    post(signed_in, judge_url(quote), {"version": 3, "note": "n"})

    undo(signed_in, quote)
    assert mine(quote, annotator).note == ""
    undo(signed_in, quote)
    # The stance change was taken back already; next in line is the acceptance.
    assert mine(quote, annotator).decision == ""


def test_undo_removes_a_quote_the_annotator_added(signed_in, annotator, quote):
    post(signed_in, f"/articles/{quote.article_id}/quotes/add/", {"start": 0, "end": 12})
    post(signed_in, judge_url(quote), {"version": 0, "decision": "reject"})

    undo(signed_in, quote)
    assert mine(quote, annotator).decision == ""
    response = undo(signed_in, quote)

    assert response.status_code == 200
    assert not Quote.objects.filter(origin=QuoteOrigin.MANUAL).exists()
    html = response.content.decode()
    assert re.search(r'<li id="quote-row-\d+" hx-swap-oob="delete"></li>', html)
    assert '<p id="t-0" hx-swap-oob="true">' in html  # "Council vote" without its highlight
    assert "The quote you added was removed" in html
    assert events("quote.remove")


def test_undo_is_per_annotator(annotator, quote):
    colleague = UserFactory()
    AssignmentFactory(article=quote.article, annotator=colleague)
    mine_client, theirs = Client(), Client()
    mine_client.force_login(annotator)
    theirs.force_login(colleague)
    post(mine_client, judge_url(quote), {"version": 0, "decision": "accept"})
    post(theirs, judge_url(quote), {"version": 0, "decision": "reject"})

    undo(mine_client, quote)

    assert mine(quote, annotator).decision == ""
    assert mine(quote, colleague).decision == "reject"


def test_a_done_article_is_read_only_until_reopened(signed_in, annotator, quote):
    response = signed_in.post(f"/articles/{quote.article_id}/done/")
    assert response.status_code == 302
    assignment = Assignment.objects.get(annotator=annotator)
    assert assignment.status == AssignmentStatus.DONE
    assert assignment.done_at is not None

    refused = post(signed_in, judge_url(quote), {"version": 0, "decision": "accept"})
    assert refused.status_code == 403
    assert b"marked done" in refused.content
    assert not Annotation.objects.exists()
    page = signed_in.get(f"/articles/{quote.article_id}/")
    assert b"/judge/" not in page.content
    assert b"Reopen" in page.content

    signed_in.post(f"/articles/{quote.article_id}/reopen/")
    assignment.refresh_from_db()
    assert (assignment.status, assignment.done_at) == (AssignmentStatus.ASSIGNED, None)
    accepted = post(signed_in, judge_url(quote), {"version": 0, "decision": "accept"})
    assert accepted.status_code == 200
    assert [e.action for e in AuditEvent.objects.order_by("id")][:2] == [
        "assignment.done",
        "assignment.reopen",
    ]


def test_nobody_judges_an_article_that_is_not_theirs(quote):
    stranger, reviewer = UserFactory(), UserFactory(is_staff=True)
    client = Client()
    client.force_login(stranger)
    assert post(client, judge_url(quote), {"version": 0, "decision": "accept"}).status_code == 404
    assert client.post(f"/articles/{quote.article_id}/undo/").status_code == 404
    client.force_login(reviewer)
    # Staff may read it, not judge it.
    assert post(client, judge_url(quote), {"version": 0, "decision": "accept"}).status_code == 403
    assert not Annotation.objects.exists()


def test_actions_need_sign_in_and_post(client, quote):
    assert client.post(judge_url(quote), {"version": 0, "decision": "accept"}).status_code == 302
    client.force_login(Assignment.objects.get().annotator)
    assert client.get(judge_url(quote)).status_code == 405


def test_htmx_requests_need_the_csrf_token_the_page_sends_as_a_header(annotator, quote):
    client = Client(enforce_csrf_checks=True)
    client.force_login(annotator)
    page = client.get(f"/articles/{quote.article_id}/")
    token = str(page.context["csrf_token"])
    assert f'hx-headers=\'{{"X-CSRFToken": "{token}"}}\'' in page.content.decode()

    refused = client.post(judge_url(quote), {"version": 0, "decision": "accept"}, **HTMX)
    accepted = client.post(
        judge_url(quote), {"version": 0, "decision": "accept"}, HTTP_X_CSRFTOKEN=token, **HTMX
    )

    assert refused.status_code == 403
    assert accepted.status_code == 200


def test_audit_events_point_at_the_judgement(signed_in, annotator, quote):
    post(signed_in, judge_url(quote), {"version": 0, "decision": "accept"})

    event = AuditEvent.objects.get()
    assert event.content_type == ContentType.objects.get_for_model(Annotation)
    assert event.object_id == str(mine(quote, annotator).pk)


def first_quote_of(annotator, count):
    """The first quote of an assigned article of ``count`` quotes, half of them judged."""
    line = "“Quote {n} matters,” said Person {n}.\n"
    text = "".join(line.format(n=n) for n in range(count))
    article = AssignmentFactory(annotator=annotator, article__text=text).article
    speaker = SpeakerFactory()
    starts = [text.index(line.format(n=n)) for n in range(count)]
    quotes = Quote.objects.bulk_create(
        Quote(article=article, start=start, end=start + 18, suggested_speaker=speaker)
        for start in starts
    )
    Annotation.objects.bulk_create(
        Annotation(quote=quote, annotator=annotator, decision="accept") for quote in quotes[1::2]
    )
    return quotes[0]


JUDGE = "/articles/{article}/quotes/{quote}/judge/"
# Every action: the session, the user and the quote (or the article); the write (savepoint,
# row, audit event, release); a new judgement also reads the quote (locked) and its judgements
# for the quote's stored agreement, writes it when it changed (a decision) and marks the
# article's pairs of annotators to compare again; then the
# answer: the stance labels, the quotes on the lines of text it touched and the progress. A
# decision also looks up the next undecided quote, a stance its label, a speaker the chosen
# speaker, an added quote the row it goes after.
ACTIONS = {
    "accept": (JUDGE, {"version": 0, "decision": "accept"}, 15),
    "reject": (JUDGE, {"version": 0, "decision": "reject"}, 15),
    "stance": (JUDGE, {"version": 0, "stance": "favor"}, 14),
    "speaker": (JUDGE, {"version": 0, "speaker": "a new one"}, 14),
    "note": (JUDGE, {"version": 0, "note": "Irony?"}, 13),
    "span": (JUDGE, {"version": 0, "start": 1, "end": 17}, 13),
    "mention": (JUDGE, {"version": 0, "speaker_start": 28, "speaker_end": 34}, 13),
    "flag": ("/articles/{article}/quotes/{quote}/flag/", {"reason": "Who is speaking?"}, 10),
    "add quote": ("/articles/{article}/quotes/add/", {"start": 19, "end": 23}, 16),
}


def count_action(django_assert_num_queries, client, url, data, expected):
    with django_assert_num_queries(expected):
        response = client.post(url, data, **HTMX)
    assert response.status_code == 200
    return response


@pytest.fixture
def warm_content_types():
    """Django caches content types per process; measure the steady state, not the first hit."""
    for model in (Annotation, Quote, Speaker, Flag):
        ContentType.objects.get_for_model(model)


@pytest.mark.usefixtures("warm_content_types")
@pytest.mark.parametrize("action", ACTIONS)
def test_an_action_takes_the_same_few_queries_and_bytes_for_5_or_200_quotes(
    django_assert_num_queries, signed_in, annotator, action
):
    url, data, expected = ACTIONS[action]
    sizes = []
    for size in (5, 200):
        quote = first_quote_of(annotator, size)
        if "speaker" in data:
            data = {**data, "speaker": SpeakerFactory().pk}
        path = url.format(article=quote.article_id, quote=quote.pk)
        response = count_action(django_assert_num_queries, signed_in, path, data, expected)
        sizes.append(len(response.content))

    # The answer carries the same fragments whatever the article's length.
    assert abs(sizes[1] - sizes[0]) < 200


@pytest.mark.usefixtures("warm_content_types")
def test_undo_takes_the_same_few_queries_for_5_or_200_quotes(
    django_assert_num_queries, signed_in, annotator
):
    for size in (5, 200):
        quote = first_quote_of(annotator, size)
        post(signed_in, judge_url(quote), {"version": 0, "decision": "accept"})
        post(signed_in, judge_url(quote), {"version": 1, "stance": "none"})
        url = f"/articles/{quote.article_id}/undo/"
        # The events to undo, the quote, the write and the stored agreement, the answer.
        count_action(django_assert_num_queries, signed_in, url, {}, 15)


@pytest.mark.usefixtures("warm_content_types")
@pytest.mark.parametrize(
    ("compound", "expected"), [("new speaker", 16), ("undo an added quote", 18)]
)
def test_compound_actions_take_one_write_more(
    django_assert_num_queries, signed_in, annotator, compound, expected
):
    """Creating a speaker inline writes and audits two rows, and writes its type-ahead rows;
    undoing an added quote asks whether others judge it, marks its article's pairs of
    annotators changed, then deletes the quote, its judgement and its stance suggestion. Each
    still takes a constant number of queries."""
    for size in (5, 200):
        quote = first_quote_of(annotator, size)
        if compound == "new speaker":
            url = f"/articles/{quote.article_id}/quotes/{quote.pk}/speaker/"
            data = {"version": 0, "name": "Someone New", "kind": "person"}
        else:
            post(signed_in, f"/articles/{quote.article_id}/quotes/add/", {"start": 19, "end": 23})
            url, data = f"/articles/{quote.article_id}/undo/", {}
        count_action(django_assert_num_queries, signed_in, url, data, expected)


def test_after_signing_out_htmx_gets_a_message_not_the_sign_in_page(client, quote):
    response = post(client, judge_url(quote), {"version": 0, "decision": "accept"})

    assert response.status_code == 401
    assert response["Content-Type"].startswith("text/plain")
    assert b"signed out" in response.content


# Moving on after a decision ----------------------------------------------------------------


@pytest.fixture
def three(annotator):
    """Three quotes of one article in reading order, none judged."""
    article = AssignmentFactory(annotator=annotator).article
    return [
        QuoteFactory(article=article, start=start, end=start + 5) for start in (0, 14, INDIRECT[0])
    ]


def editor_quote(response) -> int:
    return int(
        re.search(r'class="editor-body[^"]*" data-quote="(\d+)"', response.content.decode())[1]
    )


def test_a_decision_moves_on_to_the_next_undecided_quote(signed_in, annotator, three):
    first, second, third = three
    AnnotationFactory(quote=second, annotator=annotator, decision="reject")

    response = post(signed_in, judge_url(first), {"version": 0, "decision": "accept"})

    assert editor_quote(response) == third.pk  # the second is decided already
    html = response.content.decode()
    assert f'<li id="quote-row-{first.pk}"' in html  # the judged row is still updated
    # With nothing undecided left, the editor stays on the quote just judged.
    response = post(signed_in, judge_url(third), {"version": 0, "decision": "reject"})
    assert editor_quote(response) == third.pk


def test_moving_on_wraps_round_to_the_start(signed_in, annotator, three):
    first, _, third = three

    response = post(signed_in, judge_url(third), {"version": 0, "decision": "accept"})

    assert editor_quote(response) == first.pk


def test_only_a_decision_moves_on(signed_in, three):
    first = three[0]

    response = post(signed_in, judge_url(first), {"version": 0, "stance": "favor"})

    assert editor_quote(response) == first.pk


def test_a_project_may_keep_the_quote_after_a_decision(signed_in, three):
    first = three[0]
    project = first.article.project
    project.advance_after_decision = False
    project.save()

    response = post(signed_in, judge_url(first), {"version": 0, "decision": "accept"})

    assert editor_quote(response) == first.pk


def test_without_htmx_a_decision_redirects_to_the_next_undecided_quote(signed_in, three):
    first, second, _ = three

    response = post(signed_in, judge_url(first), {"version": 0, "decision": "accept"}, htmx=False)

    assert response["Location"] == f"/articles/{first.article_id}/quotes/{second.pk}/"


# Quotes an annotator adds stay theirs ------------------------------------------------------


def test_a_quote_one_annotator_adds_stays_hidden_from_the_others(client, annotator, quote):
    colleague = UserFactory()
    AssignmentFactory(article=quote.article, annotator=colleague)
    client.force_login(annotator)
    post(client, f"/articles/{quote.article_id}/quotes/add/", {"start": 0, "end": 12})
    added = Quote.objects.get(origin=QuoteOrigin.MANUAL)
    post(client, judge_url(added), {"version": 1, "note": "Mine alone"})

    client.force_login(colleague)
    html = client.get(f"/articles/{quote.article_id}/").content.decode()
    assert f"quote-row-{added.pk}" not in html
    assert "Mine alone" not in html
    assert "<strong>0</strong> of 1 quote judged" in html
    assert client.get(f"/articles/{quote.article_id}/quotes/{added.pk}/", **HTMX).status_code == 404
    refused = post(client, judge_url(added), {"version": 0, "decision": "reject"})
    assert refused.status_code == 404
    assert client.get("/").content.decode().count("0 / 1 quotes") == 1


def test_adding_the_span_another_annotator_added_is_an_independent_judgement(
    client, annotator, quote
):
    colleague = UserFactory()
    AssignmentFactory(article=quote.article, annotator=colleague)
    client.force_login(annotator)
    post(client, f"/articles/{quote.article_id}/quotes/add/", {"start": 0, "end": 12})
    added = Quote.objects.get(origin=QuoteOrigin.MANUAL)
    post(client, judge_url(added), {"version": 1, "note": "Mine alone"})

    client.force_login(colleague)
    response = post(client, f"/articles/{quote.article_id}/quotes/add/", {"start": 0, "end": 12})

    assert response.status_code == 200
    assert Quote.objects.filter(origin=QuoteOrigin.MANUAL).count() == 1
    theirs = mine(added, colleague)
    assert (theirs.decision, theirs.note) == ("accept", "")
    assert mine(added, annotator).note == "Mine alone"
    assert "Mine alone" not in response.content.decode()


# The lines sent back are the lines the whole page would draw --------------------------------

PULL_QUOTE_TEXT = (
    "Budget night\r\n\r\n"
    "“We will not 🙂 accept this,”\r\n"
    "Maria Lopez, the council’s chair, told reporters.\r\n\r\n"
    "She added that the budget was “a turning point” for the city."
)


def paragraphs_of(html: str, oob: bool) -> dict[str, str]:
    marker = ' hx-swap-oob="true"' if oob else ""
    return dict(re.findall(rf'<p id="(t-\d+)"{marker}>(.*?)</p>', html, re.DOTALL))


@pytest.mark.parametrize(
    ("change", "fragment"),
    [
        ("decision", None),
        ("span", "We will not 🙂 accept"),
        ("mention", "the council’s chair"),
        ("span", "the budget was “a turning point”"),
    ],
)
def test_the_lines_an_action_sends_are_those_the_page_draws(signed_in, annotator, change, fragment):
    """A pull quote whose speaker is named on the next line, CRLF line breaks and an emoji."""
    text = PULL_QUOTE_TEXT
    article = AssignmentFactory(annotator=annotator, article__text=text).article
    start = text.index("“We")
    mention = text.index("Maria Lopez")
    quote = QuoteFactory(
        article=article,
        start=start,
        end=text.index("\r\nMaria"),
        speaker_start=mention,
        speaker_end=mention + len("Maria Lopez"),
        cue_start=text.index("told"),
        cue_end=text.index("told") + 4,
    )
    QuoteFactory(article=article, start=text.index("the budget"), end=len(text) - 1)
    data: dict[str, object] = {"version": 0}
    if change == "decision":
        data["decision"] = "accept"
    else:
        at = text.index(fragment)
        names = ("start", "end") if change == "span" else ("speaker_start", "speaker_end")
        data |= {names[0]: at, names[1]: at + len(fragment)}

    page = f"/articles/{article.pk}/"
    before = paragraphs_of(signed_in.get(page).content.decode(), oob=False)

    response = post(signed_in, judge_url(quote), data)

    assert response.status_code == 200
    sent = paragraphs_of(response.content.decode(), oob=True)
    drawn = paragraphs_of(signed_in.get(page).content.decode(), oob=False)
    # Every line the change redrew is sent, exactly as the whole page now draws it.
    changed = {line for line in drawn if drawn[line] != before.get(line)}
    assert changed and changed <= set(sent)
    assert {line: drawn[line] for line in sent} == sent

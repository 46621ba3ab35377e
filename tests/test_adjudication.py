from __future__ import annotations

import pytest
from django.contrib.auth.models import Group, User
from django.contrib.messages import get_messages
from django.db import connection
from django.http import HttpResponse
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from annotations import roles
from annotations.adjudication import DISAGREE, TOO_FEW, finalise_agreed, for_finalising
from annotations.models import Article, AuditEvent, Decision, Quote, ReviewStatus
from tests.factories import (
    AnnotationFactory,
    ArticleFactory,
    ProjectFactory,
    QuoteFactory,
    SpeakerFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

CHANGELIST = reverse("admin:annotations_quote_changelist")


def messages_of(response: HttpResponse) -> str:
    return " ".join(str(message) for message in get_messages(response.wsgi_request))


def quote_at(article: Article, start: int) -> Quote:
    return QuoteFactory(article=article, start=start, end=start + 10)


def judged_pair(article: Article, start: int, *, agree: bool) -> Quote:
    """A quote two annotators accepted, with the same stance or not."""
    quote = quote_at(article, start)
    AnnotationFactory(quote=quote, stance="favor")
    AnnotationFactory(quote=quote, stance="favor" if agree else "against")
    return quote


def changelist_ids(client: Client, query: str = "") -> list[int]:
    response = client.get(CHANGELIST + query)
    assert response.status_code == 200
    return [quote.pk for quote in response.context["cl"].result_list]


class TestReviewList:
    def test_disagreements_come_first(self, reviewer_client: Client) -> None:
        article = ArticleFactory(text="x" * 500)
        agreed = judged_pair(article, 0, agree=True)
        disputed = judged_pair(article, 100, agree=False)
        lonely = quote_at(article, 200)
        assert changelist_ids(reviewer_client) == [disputed.pk, agreed.pk, lonely.pk]

    def test_sorting_by_a_column_replaces_disagreements_first(
        self, reviewer_client: Client
    ) -> None:
        article = ArticleFactory(text="x" * 500)
        agreed = judged_pair(article, 0, agree=True)
        disputed = judged_pair(article, 100, agree=False)
        # Column 1 is the id.
        assert changelist_ids(reviewer_client, "?o=1") == [agreed.pk, disputed.pk]

    @pytest.mark.parametrize(
        ("level", "fields"),
        [
            ("decision", {"decision": Decision.REJECT}),
            ("span", {"start": 1, "end": 10}),
            ("speaker", {"speaker": None}),
            ("stance", {"stance": "against"}),
        ],
    )
    def test_each_level_of_disagreement_counts(
        self, reviewer_client: Client, level: str, fields: dict
    ) -> None:
        quote = quote_at(ArticleFactory(text="x" * 50), 0)
        speaker = SpeakerFactory()
        AnnotationFactory(quote=quote, speaker=speaker, stance="favor")
        AnnotationFactory(quote=quote, **{"speaker": speaker, "stance": "favor", **fields})
        response = reviewer_client.get(CHANGELIST + "?agreement=disputed")
        (shown,) = response.context["cl"].result_list
        assert shown.pk == quote.pk
        assert level in response.content.decode()

    def test_agreement_filter(self, reviewer_client: Client) -> None:
        article = ArticleFactory(text="x" * 500)
        agreed = judged_pair(article, 0, agree=True)
        disputed = judged_pair(article, 100, agree=False)
        single = quote_at(article, 200)
        AnnotationFactory(quote=single)
        untouched = quote_at(article, 300)
        assert changelist_ids(reviewer_client, "?agreement=disputed") == [disputed.pk]
        assert changelist_ids(reviewer_client, "?agreement=agreed") == [agreed.pk]
        assert changelist_ids(reviewer_client, "?agreement=single") == [single.pk]
        assert changelist_ids(reviewer_client, "?agreement=none") == [untouched.pk]

    def test_costs_the_same_queries_for_5_and_100_judged_quotes(
        self, reviewer_client: Client
    ) -> None:
        article = ArticleFactory(text="x" * 2000)

        def queries() -> int:
            with CaptureQueriesContext(connection) as captured:
                changelist_ids(reviewer_client)
            return len(captured)

        for start in range(0, 50, 10):
            judged_pair(article, start, agree=start % 20 == 0)
        queries()  # The first request fills the content type cache.
        small = queries()
        for start in range(50, 1000, 10):
            judged_pair(article, start, agree=start % 20 == 0)
        assert queries() == small


class TestQuotePage:
    def test_shows_every_judgement_side_by_side_with_an_adopt_button(
        self, reviewer_client: Client
    ) -> None:
        quote = QuoteFactory()
        speaker = SpeakerFactory(name="Maria Lopez")
        first = AnnotationFactory(
            quote=quote, annotator=UserFactory(username="ann"), speaker=speaker, stance="favor"
        )
        AnnotationFactory(
            quote=quote,
            annotator=UserFactory(username="bob"),
            decision=Decision.REJECT,
            note="Not a quote: a headline.",
        )
        page = reviewer_client.get(reverse("admin:annotations_quote_change", args=[quote.pk]))
        html = page.content.decode()
        for text in ("ann", "bob", "Maria Lopez", "Not a quote: a headline.", "Reject"):
            assert text in html
        assert "“We will not accept this,”" in html
        adopt = reverse("admin:annotations_quote_adopt", args=[quote.pk, first.pk])
        assert f'formaction="{adopt}"' in html
        assert 'style="' not in html.split('id="content-main"')[1]

    def test_page_costs_the_same_queries_for_2_and_12_judgements(
        self, reviewer_client: Client
    ) -> None:
        quote = QuoteFactory()
        url = reverse("admin:annotations_quote_change", args=[quote.pk])

        def queries() -> int:
            with CaptureQueriesContext(connection) as captured:
                assert reviewer_client.get(url).status_code == 200
            return len(captured)

        AnnotationFactory.create_batch(2, quote=quote, speaker=SpeakerFactory())
        queries()  # The first request fills the content type cache.
        small = queries()
        AnnotationFactory.create_batch(10, quote=quote, speaker=SpeakerFactory())
        assert queries() == small

    def test_view_only_users_get_no_adopt_button(self, client: Client) -> None:
        viewer = UserFactory(is_staff=True)
        viewer.user_permissions.add(
            *Group.objects.get(name=roles.REVIEWER).permissions.filter(codename="view_quote")
        )
        client.force_login(viewer)
        quote = AnnotationFactory().quote
        page = client.get(reverse("admin:annotations_quote_change", args=[quote.pk]))
        assert page.status_code == 200
        assert "Adopt as final" not in page.content.decode()


class TestAdopt:
    def test_one_click_makes_a_judgement_the_final_label(
        self, reviewer_client: Client, reviewer: User
    ) -> None:
        quote = QuoteFactory()
        speaker = SpeakerFactory()
        judgement = AnnotationFactory(
            quote=quote, speaker=speaker, stance="against", start=15, end=39
        )
        url = reverse("admin:annotations_quote_adopt", args=[quote.pk, judgement.pk])
        response = reviewer_client.post(url)
        assert response.status_code == 302
        assert response.url == reverse("admin:annotations_quote_change", args=[quote.pk])
        quote.refresh_from_db()
        assert quote.status == ReviewStatus.ACCEPTED
        assert (quote.final_start, quote.final_end) == (15, 39)
        assert (quote.final_speaker, quote.final_stance) == (speaker, "against")
        assert quote.reviewed_by == reviewer and quote.reviewed_at is not None
        event = AuditEvent.objects.get(action="quote.adopt")
        assert event.actor == reviewer
        assert event.before["status"] == "pending" and event.after["status"] == "accepted"
        assert event.after["from_judgement"] == judgement.pk

    def test_adopting_a_rejection_clears_the_final_span(self, reviewer_client: Client) -> None:
        quote = QuoteFactory(final_start=14, final_end=40, final_stance="favor")
        judgement = AnnotationFactory(quote=quote, decision=Decision.REJECT)
        reviewer_client.post(
            reverse("admin:annotations_quote_adopt", args=[quote.pk, judgement.pk])
        )
        quote.refresh_from_db()
        assert (quote.status, quote.final_start, quote.final_stance) == ("rejected", None, "")

    def test_only_by_post_and_only_a_judgement_of_this_quote(self, reviewer_client: Client) -> None:
        quote, other = QuoteFactory(), AnnotationFactory()
        mine = AnnotationFactory(quote=quote)
        adopt = reverse("admin:annotations_quote_adopt", args=[quote.pk, mine.pk])
        assert reviewer_client.get(adopt).status_code == 405
        foreign = reverse("admin:annotations_quote_adopt", args=[quote.pk, other.pk])
        assert reviewer_client.post(foreign).status_code == 404
        quote.refresh_from_db()
        assert quote.status == ReviewStatus.PENDING

    def test_needs_the_right_to_change_quotes(self, client: Client) -> None:
        viewer = UserFactory(is_staff=True)
        client.force_login(viewer)
        judgement = AnnotationFactory()
        url = reverse("admin:annotations_quote_adopt", args=[judgement.quote_id, judgement.pk])
        assert client.post(url).status_code == 403
        assert not AuditEvent.objects.exists()


def test_a_final_label_set_by_hand_is_signed_and_audited(
    reviewer_client: Client, reviewer: User
) -> None:
    quote = QuoteFactory()
    url = reverse("admin:annotations_quote_change", args=[quote.pk])
    form = reviewer_client.get(url).context["adminform"].form
    assert [key for key, _ in form.fields["final_stance"].choices] == [
        "",
        "favor",
        "against",
        "none",
    ]
    data = {
        name: value
        for name, value in {**form.initial, "status": "accepted", "final_stance": "none"}.items()
        if value is not None
    }
    data.update(
        {
            "annotations-TOTAL_FORMS": "0",
            "annotations-INITIAL_FORMS": "0",
            "annotations-MIN_NUM_FORMS": "0",
            "annotations-MAX_NUM_FORMS": "1000",
        }
    )
    response = reviewer_client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    quote.refresh_from_db()
    assert (quote.status, quote.final_stance, quote.reviewed_by) == ("accepted", "none", reviewer)
    event = AuditEvent.objects.get(action="quote.change")
    assert event.before == {
        "status": "pending",
        "final_stance": "",
        "reviewed_by": None,
        "reviewed_at": None,
    }
    assert event.after["status"] == "accepted" and event.after["reviewed_by"] == reviewer.pk


class TestFinaliseAgreed:
    def test_bulk_action_finalises_agreed_quotes_and_explains_the_rest(
        self, reviewer_client: Client, reviewer: User
    ) -> None:
        project = ProjectFactory(annotators_per_article=2)
        article = ArticleFactory(project=project, text="x" * 500)
        agreed = judged_pair(article, 0, agree=True)
        disputed = judged_pair(article, 100, agree=False)
        lonely = quote_at(article, 200)
        AnnotationFactory(quote=lonely)
        rejected_by_both = quote_at(article, 300)
        AnnotationFactory.create_batch(2, quote=rejected_by_both, decision=Decision.REJECT)
        final = judged_pair(article, 400, agree=True)
        Quote.objects.filter(pk=final.pk).update(status=ReviewStatus.REJECTED)

        response = reviewer_client.post(
            CHANGELIST,
            {
                "action": "finalise_agreed",
                "_selected_action": [
                    q.pk for q in (agreed, disputed, lonely, rejected_by_both, final)
                ],
            },
        )
        assert response.status_code == 302
        statuses = dict(Quote.objects.values_list("pk", "status"))
        assert statuses == {
            agreed.pk: "accepted",
            disputed.pk: "pending",
            lonely.pk: "pending",
            rejected_by_both.pk: "rejected",
            final.pk: "rejected",
        }
        agreed.refresh_from_db()
        assert (agreed.final_stance, agreed.reviewed_by) == ("favor", reviewer)
        message = messages_of(response)
        assert "Finalised 2 quotes" in message
        assert f"Skipped 3: 1 that {DISAGREE}" in message
        assert TOO_FEW in message and "already have a final label" in message
        assert AuditEvent.objects.filter(action="quote.finalise_agreed").count() == 2

    def test_undecided_judgements_block_finalising(self) -> None:
        quote = QuoteFactory()
        AnnotationFactory(quote=quote)
        AnnotationFactory(quote=quote, decision="")
        result = finalise_agreed(for_finalising(Quote.objects.all()), None)
        assert result.finalised == 0
        assert list(result.skipped) == ["have a judgement without a decision"]

    def test_reads_in_constant_queries(self) -> None:
        article = ArticleFactory(text="x" * 2000)
        for start in range(0, 300, 10):
            judged_pair(article, start, agree=False)
        with CaptureQueriesContext(connection) as captured:
            finalise_agreed(for_finalising(Quote.objects.all()), None)
        # One for the quotes with their article and project, one for the judgements and one
        # for their annotators; the transaction adds its own statements on some databases.
        assert len([q for q in captured if q["sql"].startswith("SELECT")]) == 3

"""The article page: the text with its quotes, the side list, its partials, access and speed."""

from __future__ import annotations

import re

import pytest

from annotations.models import Article, Quote, QuoteKind, QuoteOrigin, Speaker
from tests.factories import (
    ARTICLE_TEXT,
    AnnotationFactory,
    AssignmentFactory,
    ProjectFactory,
    QuoteFactory,
    SpeakerFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

HTMX = {"HTTP_HX_REQUEST": "true"}
INDIRECT = (ARTICLE_TEXT.index("the budget"), ARTICLE_TEXT.index(" 🙂"))


@pytest.fixture
def annotator():
    return UserFactory()


@pytest.fixture
def article(annotator):
    return AssignmentFactory(annotator=annotator).article


@pytest.fixture
def signed_in(client, annotator):
    client.force_login(annotator)
    return client


def page(client, article, **extra):
    return client.get(f"/articles/{article.pk}/", **extra)


def quotes_in_order(article, count):
    """An article of ``count`` direct quotes, each with a cue and a speaker mention."""
    sentence = "“Quote {n} matters,” said Person {n}.\n"
    text = "".join(sentence.format(n=n) for n in range(count))
    Article.objects.filter(pk=article.pk).update(text=text)
    speakers = Speaker.objects.bulk_create(Speaker(name=f"Person {n}") for n in range(5))
    quotes, at = [], 0
    for n in range(count):
        line = sentence.format(n=n)
        close = line.index("”") + 1
        said = line.index("said")
        quotes.append(
            Quote(
                article_id=article.pk,
                start=at,
                end=at + close,
                cue_start=at + said,
                cue_end=at + said + 4,
                speaker_start=at + said + 5,
                speaker_end=at + len(line) - 2,
                suggested_speaker=speakers[n % 5],
            )
        )
        at += len(line)
    return Quote.objects.bulk_create(quotes)


def test_the_page_needs_sign_in(client, article):
    response = page(client, article)

    assert response.status_code == 302
    assert response["Location"] == f"/accounts/login/?next=/articles/{article.pk}/"


def test_the_text_is_shown_as_exact_segments_with_marks(signed_in, annotator, article):
    start, end = INDIRECT
    said = ARTICLE_TEXT.index("said")
    QuoteFactory(article=article)
    QuoteFactory(
        article=article,
        start=start,
        end=end,
        kind=QuoteKind.INDIRECT,
        cue_start=ARTICLE_TEXT.index("added"),
        cue_end=ARTICLE_TEXT.index("added") + 5,
        speaker_start=ARTICLE_TEXT.index("She"),
        speaker_end=ARTICLE_TEXT.index("She") + 3,
    )
    QuoteFactory(
        article=article, start=said + 5, end=said + 16, kind=QuoteKind.MIXED, suggested_speaker=None
    )
    Article.objects.filter(pk=article.pk).update(content_start=14)

    html = page(signed_in, article).content.decode()

    assert '<span data-start="0" data-end="12" class="boilerplate">Council vote</span>' in html
    assert 'data-start="14" data-end="40" class="q q-direct q-open" data-quotes="' in html
    assert 'class="q q-indirect q-open" data-quotes="' in html
    assert ">Maria Lopez</span>" in html
    assert re.search(r'class="q q-mixed q-open"[^>]*>Maria Lopez</span>', html)
    assert re.search(r'class="mention" data-mentions="\d+">She</span>', html)
    assert re.search(r'class="cue" data-cues="\d+">added</span>', html)


def test_article_text_is_always_escaped(signed_in, article):
    Article.objects.filter(pk=article.pk).update(
        text='<script>alert("x")</script> & <img src=x onerror=alert(1)> said “hi”'
    )

    html = page(signed_in, article).content.decode()

    assert "<script>alert" not in html
    assert "<img src=x" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;img" in html


def test_no_inline_script_style_or_handler_and_a_strict_policy(signed_in, article):
    QuoteFactory(article=article)

    response = page(signed_in, article)
    html = response.content.decode()

    policy = response["Content-Security-Policy"]
    assert "script-src 'self' 'nonce-" in policy
    assert "style-src 'self'" in policy
    scripts = re.findall(r"<script\b[^>]*>", html)
    assert scripts and all("src=" in tag and "nonce=" in tag for tag in scripts)
    assert "annotations/workbench.js" in html
    assert not re.search(r"\sstyle=", html)
    assert not re.search(r"\son[a-z]+=", html)


def test_the_side_list_is_in_reading_order_with_speaker_and_stance(signed_in, annotator, article):
    later = QuoteFactory(
        article=article, start=INDIRECT[0], end=INDIRECT[1], suggested_speaker__name="Maria Lopez"
    )
    earlier = QuoteFactory(article=article, suggested_speaker=None)
    AnnotationFactory(quote=later, annotator=annotator, stance="against", speaker=None)

    html = page(signed_in, article).content.decode()

    rows = re.findall(r'<li id="quote-row-(\d+)"', html)
    assert rows == [str(earlier.pk), str(later.pk)]
    later_row = html[html.index(f'id="quote-row-{later.pk}"') :]
    assert "Maria Lopez?" in later_row[:1200]  # the detector's suggestion, not yet confirmed
    assert '<span class="row-stance">Against</span>' in later_row[:1200]
    assert "no speaker" in html[html.index(f'id="quote-row-{earlier.pk}"') :][:1200]


def test_the_annotators_corrected_span_is_what_is_highlighted(signed_in, annotator, article):
    quote = QuoteFactory(article=article)
    AnnotationFactory(quote=quote, annotator=annotator, start=15, end=38)

    html = page(signed_in, article).content.decode()

    assert (
        f'data-start="15" data-end="38" class="q q-direct q-accept" data-quotes="{quote.pk}"'
        in (html)
    )
    assert "15–38 · corrected" in html


def test_the_first_quote_or_the_chosen_one_is_selected(signed_in, article):
    first = QuoteFactory(article=article)
    second = QuoteFactory(article=article, start=INDIRECT[0], end=INDIRECT[1])

    assert f'data-quote="{first.pk}" data-url' in page(signed_in, article).content.decode()
    chosen = signed_in.get(f"/articles/{article.pk}/?quote={second.pk}").content.decode()
    assert f'data-quote="{second.pk}" data-url' in chosen
    assert (
        f'id="quote-row-{second.pk}" role="option" aria-selected="true" '
        'class="quote-row kind-direct decision-open is-selected"' in chosen
    )
    assert f'aria-activedescendant="quote-row-{second.pk}"' in chosen
    by_path = signed_in.get(f"/articles/{article.pk}/quotes/{second.pk}/").content.decode()
    assert "<html" in by_path
    assert f'data-quote="{second.pk}" data-url' in by_path


def test_htmx_gets_only_the_editor_of_a_quote(signed_in, article):
    quote = QuoteFactory(article=article)

    response = signed_in.get(
        f"/articles/{article.pk}/quotes/{quote.pk}/", HTTP_HX_TARGET="quote-editor", **HTMX
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert "<html" not in html and "<body" not in html
    assert html.strip().startswith('<div class="editor-body kind-direct"')
    assert f'action="/articles/{article.pk}/quotes/{quote.pk}/judge/"' in html


@pytest.mark.parametrize(
    ("target", "inside", "not_inside"),
    [
        ("article-text", '<p id="t-0"><span data-start="0"', "quote-row-"),
        ("quote-list", '<li id="quote-row-', 'data-start="0"'),
        ("progress", "quote judged", "quote-row-"),
    ],
)
def test_each_panel_reloads_as_a_partial(signed_in, article, target, inside, not_inside):
    QuoteFactory(article=article)

    response = page(signed_in, article, HTTP_HX_TARGET=target, **HTMX)

    html = response.content.decode()
    assert "<html" not in html
    assert f'id="{target}"' not in html  # the panel's own element stays on the page
    assert inside in html
    assert not_inside not in html


def test_progress_counts_judged_quotes_of_this_annotator(signed_in, annotator, article):
    quotes = [
        QuoteFactory(article=article, start=start, end=start + 5) for start in (0, 14, 41, 60)
    ]
    AnnotationFactory(quote=quotes[0], annotator=annotator, decision="accept")
    AnnotationFactory(quote=quotes[1], annotator=annotator, decision="reject")
    AnnotationFactory(quote=quotes[2], annotator=annotator, decision="")
    AnnotationFactory(quote=quotes[3], decision="accept")  # someone else's

    html = page(signed_in, article, HTTP_HX_TARGET="progress", **HTMX).content.decode()

    assert "<strong>2</strong> of 4 quotes judged" in html
    assert 'max="4" value="2"' in html


def test_stale_quotes_and_other_annotators_additions_are_not_shown(signed_in, annotator, article):
    shown = QuoteFactory(article=article)
    QuoteFactory(article=article, start=0, end=7, is_stale=True)
    QuoteFactory(
        article=article, start=0, end=8, origin=QuoteOrigin.MANUAL, created_by=UserFactory()
    )
    mine = QuoteFactory(
        article=article, start=0, end=9, origin=QuoteOrigin.MANUAL, created_by=annotator
    )

    html = page(signed_in, article).content.decode()

    assert re.findall(r'<li id="quote-row-(\d+)"', html) == [str(mine.pk), str(shown.pk)]


def test_annotators_cannot_open_articles_not_assigned_to_them(client, article):
    QuoteFactory(article=article)
    client.force_login(UserFactory())

    assert page(client, article).status_code == 404
    quote = article.quotes.get()
    assert client.get(f"/articles/{article.pk}/quotes/{quote.pk}/").status_code == 404
    assert client.get(f"/articles/{article.pk}/quotes/{quote.pk}/", **HTMX).status_code == 404
    assert client.get("/articles/999999/").status_code == 404


def test_staff_may_read_any_article_but_not_judge_it(client, article):
    QuoteFactory(article=article)
    client.force_login(UserFactory(is_staff=True))

    response = page(client, article)

    html = response.content.decode()
    assert response.status_code == 200
    assert "Read-only: not assigned to you." in html
    assert "/judge/" not in html
    assert 'data-hotkey="a" aria-pressed="false" disabled' in html
    assert 'id="add-quote-form"' not in html


def test_a_done_article_is_read_only(signed_in, annotator, article):
    QuoteFactory(article=article)
    article.assignments.update(status="done")

    html = page(signed_in, article).content.decode()

    assert "Marked done: read-only." in html
    assert f'action="/articles/{article.pk}/reopen/"' in html
    assert "/judge/" not in html


def test_every_article_page_links_its_projects_guidelines(signed_in, article):
    html = page(signed_in, article).content.decode()

    assert f'href="/projects/{article.project.slug}/guidelines/"' in html


def test_the_guidelines_page_shows_target_labels_and_text(signed_in, article):
    project = article.project
    project.guidelines = "Read the whole paragraph.\n\nJudge stance <b>only</b> from the quote."
    project.save()

    response = signed_in.get(f"/projects/{project.slug}/guidelines/")

    html = response.content.decode()
    assert response.status_code == 200
    assert "the city budget" in html
    assert "<td><kbd>2</kbd></td><td>Against</td><td><code>against</code></td>" in html
    assert "<p>Read the whole paragraph.</p>" in html
    assert "&lt;b&gt;only&lt;/b&gt;" in html


def test_the_guidelines_page_needs_sign_in_and_a_real_project(client, signed_in):
    assert signed_in.get("/projects/nope/guidelines/").status_code == 404
    project = ProjectFactory()
    client.logout()
    assert client.get(f"/projects/{project.slug}/guidelines/").status_code == 302


# The session, the user, the article, the stance labels and the quotes with this annotator's
# judgements and flags: five queries whatever the length, for the whole page or the list alone.
@pytest.mark.parametrize(
    ("extra", "expected"), [({}, 5), ({"HTTP_HX_TARGET": "quote-list", **HTMX}, 5)]
)
def test_the_page_takes_the_same_few_queries_for_5_or_200_quotes(
    django_assert_num_queries, signed_in, annotator, extra, expected
):
    for size in (5, 200):
        article = AssignmentFactory(annotator=annotator).article
        quotes = quotes_in_order(article, size)
        for quote in quotes[::2]:
            AnnotationFactory(quote=quote, annotator=annotator, speaker=quote.suggested_speaker)
        with django_assert_num_queries(expected):
            assert signed_in.get(f"/articles/{article.pk}/", **extra).status_code == 200


def test_the_page_says_when_quote_detection_is_not_done(signed_in, article):
    Article.objects.filter(pk=article.pk).update(detection_state="running")

    html = page(signed_in, article).content.decode()

    assert "detection-state detection-running" in html


def test_the_editor_shows_the_detectors_confidence(signed_in, article):
    QuoteFactory(article=article, confidence=0.83)

    html = page(signed_in, article).content.decode()

    assert 'value="0.83" aria-labelledby="confidence-label">83%</meter>' in html
    assert '<span class="confidence-value">83%</span>' in html
    assert "speaker-reason" not in html  # the detector recorded no reason


def test_the_editor_says_why_the_detector_chose_the_speaker_once_it_is_recorded(signed_in, article):
    """``Quote.speaker_reason`` comes with the detector's provenance; shown when present."""
    QuoteFactory(article=article, speaker_reason="named before the cue “said”")

    html = page(signed_in, article).content.decode()

    assert '<p class="hint speaker-reason">Speaker: named before the cue “said”</p>' in html


def test_low_confidence_speakers_are_marked_in_the_list(signed_in, annotator, article):
    sure = QuoteFactory(article=article, confidence=0.9)
    unsure = QuoteFactory(article=article, start=INDIRECT[0], end=INDIRECT[1], confidence=0.2)
    judged = QuoteFactory(article=article, start=0, end=5, confidence=0.2)
    AnnotationFactory(quote=judged, annotator=annotator, speaker=SpeakerFactory())

    html = page(signed_in, article).content.decode()

    rows = dict(re.findall(r'<li id="quote-row-(\d+)"(.*?)</li>', html, re.DOTALL))
    assert "row-low" not in rows[str(sure.pk)]
    assert "low confidence" in rows[str(unsure.pk)]
    assert "row-low" not in rows[str(judged.pk)]  # the annotator chose the speaker
    project = article.project
    project.low_confidence = 0.1
    project.save()
    assert "row-low" not in page(signed_in, article).content.decode()


def test_the_stance_target_is_on_the_article_page(signed_in, article):
    html = page(signed_in, article).content.decode()

    assert 'Stance toward <span class="target-text">the city budget</span>' in html


def test_a_done_article_says_so_at_the_top_with_its_controls_off(signed_in, article):
    QuoteFactory(article=article)
    article.assignments.update(status="done")

    html = page(signed_in, article).content.decode()

    assert '<div class="readonly-notice" role="status">' in html
    assert 'class="workbench is-readonly"' in html
    assert 'data-hotkey="a" aria-pressed="false" disabled' in html
    assert 'id="done-prompt"' not in html

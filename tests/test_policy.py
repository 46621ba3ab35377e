"""The labelling policy: agreement, majority and unanimity per field, and what quotes store."""

from __future__ import annotations

import io
import json
import random
from pathlib import Path

import pytest
from django.core.management import call_command

from annotations import policy
from annotations.models import Quote, QuoteOrigin
from tests.factories import (
    AnnotationFactory,
    ArticleFactory,
    AssignmentFactory,
    ProjectFactory,
    QuoteFactory,
    SpeakerFactory,
    UserFactory,
)

SPAN = (10, 20)


def vote(name: str, decision: str = "accept", span=SPAN, speaker=1, stance="favor") -> policy.Vote:
    return policy.Vote(name, decision, span, speaker, stance)


def ballot(*votes: policy.Vote, added: bool = False, annotators: int = 0) -> policy.Ballot:
    return policy.Ballot(tuple(votes), SPAN, added, annotators)


class TestAgreement:
    def test_each_field_on_its_own(self) -> None:
        votes = ballot(vote("a"), vote("b", stance="against"), vote("c", decision="reject"))
        assert votes.agreements() == {
            "decision": pytest.approx(2 / 3),
            "span": 1.0,
            "speaker": 1.0,
            "stance": 0.5,
        }
        assert votes.disputed_fields() == ["decision", "stance"]

    def test_under_two_values_nothing_is_measured(self) -> None:
        votes = ballot(vote("a"), vote("b", decision=""))
        assert votes.agreements() == dict.fromkeys(policy.FIELDS)
        assert votes.disputed_fields() == []

    def test_no_speaker_and_no_stance_are_values_too(self) -> None:
        votes = ballot(vote("a"), vote("b", speaker=None, stance=""))
        assert votes.disputed_fields() == ["speaker", "stance"]

    def test_a_quote_only_one_annotator_added_is_a_span_disagreement(self) -> None:
        added = ballot(vote("a"), added=True, annotators=2)
        assert added.agreement("span") == 0.5
        assert added.disputed_fields() == ["span"]
        assert added.added_by() == (1, 2)
        assert added.why_not_unanimous(2) == policy.ADDED_BY_SOME
        both = ballot(vote("a"), vote("b"), added=True, annotators=2)
        assert both.disputed_fields() == [] and both.added_by() == (2, 2)


class TestLabels:
    def test_majority_per_field_and_ties(self) -> None:
        votes = ballot(
            vote("a", span=(11, 20), speaker=2),
            vote("b", span=(11, 20), speaker=3),
            vote("c", stance="against", speaker=None),
        )
        label = votes.majority_label()
        assert label == policy.Label("accept", (11, 20), None, "favor")

    def test_a_rejecting_majority(self) -> None:
        votes = ballot(vote("a", decision="reject"), vote("b", decision="reject"), vote("c"))
        assert votes.majority_label() == policy.Label("reject")

    def test_unanimous_needs_every_annotator_and_every_field(self) -> None:
        assert ballot(vote("a"), vote("b")).unanimous_label(2) == policy.Label(
            "accept", SPAN, 1, "favor"
        )
        assert ballot(vote("a")).why_not_unanimous(2) == policy.TOO_FEW
        assert ballot(vote("a"), vote("b", decision="")).why_not_unanimous(2) == policy.UNDECIDED
        assert ballot(vote("a"), vote("b", stance="none")).why_not_unanimous(2) == policy.DISAGREE

    def test_unanimous_fields(self) -> None:
        votes = ballot(vote("a"), vote("b", stance="none"))
        assert votes.unanimous_fields() == {"decision": "accept", "span": SPAN, "speaker": 1}


class TestMinimums:
    def test_parsing(self) -> None:
        assert policy.parse_minimums(None) == {}
        assert policy.parse_minimums("1") == dict.fromkeys(policy.FIELDS, 1.0)
        assert policy.parse_minimums("stance=0.8, decision=1") == {"stance": 0.8, "decision": 1.0}
        for bad, message in [
            ("tone=0.5", "“tone” is not a field"),
            ("stance=high", "“high” in the minimum agreement is not a number"),
            ("1.2", "on decision is 1.2: give a share 0 to 1"),
        ]:
            with pytest.raises(ValueError, match=message):
                policy.parse_minimums(bad)

    def test_passes(self) -> None:
        minimums = policy.parse_minimums("1")
        disputed = ballot(vote("a"), vote("b", stance="against")).agreements()
        assert not policy.passes(disputed, minimums, "pending")
        agreed = ballot(vote("a"), vote("b")).agreements()
        assert policy.passes(agreed, minimums, "pending")
        single = ballot(vote("a")).agreements()
        assert not policy.passes(single, minimums, "pending")
        assert policy.passes(single, minimums, "accepted")
        assert policy.passes(disputed, policy.parse_minimums("decision=1"), "pending")


def test_the_mention_stays_only_beside_the_speaker_it_names() -> None:
    assert policy.mention_names("the ministry", 5, "Ministry of Unification", 5)
    assert policy.mention_names("Miller", 6, "Matthew Miller", 5)
    assert not policy.mention_names("Matthew Miller", 7, "the U.S. State Department", 5)
    assert not policy.mention_names("Miller", None, "", 5)


@pytest.mark.django_db
def test_stored_agreement_and_ballots_agree_on_random_ballots() -> None:
    """What quotes store (the lists) and ``Ballot`` (everything else) are one policy."""
    rng = random.Random(15)
    project = ProjectFactory()
    annotators = [UserFactory(username=f"ann{i}") for i in range(3)]
    speakers = [SpeakerFactory(), SpeakerFactory(), None]
    expected: dict[int, list[str]] = {}
    for number in range(60):
        article = ArticleFactory(project=project, text="x" * 100 + str(number))
        assigned = rng.randint(0, 3)
        for annotator in annotators[:assigned]:
            AssignmentFactory(article=article, annotator=annotator)
        origin = rng.choice([QuoteOrigin.DETECTOR, QuoteOrigin.MANUAL])
        quote = QuoteFactory(article=article, start=10, end=20, origin=origin)
        for annotator in rng.sample(annotators, rng.randint(0, 3)):
            start = rng.choice([None, 11])
            AnnotationFactory(
                quote=quote,
                annotator=annotator,
                decision=rng.choice(["accept", "accept", "reject", ""]),
                start=start,
                end=None if start is None else 20,
                speaker=rng.choice(speakers),
                stance=rng.choice(["favor", "against", ""]),
            )
        votes = policy.ballot(quote, quote.annotations.select_related("annotator"), assigned)
        expected[quote.pk] = votes.disputed_fields()
    listed = {q.pk: policy.stored_disputes(q) for q in Quote.objects.all()}
    assert listed == expected
    # The lists' filters on the stored columns agree too.
    for field in policy.FIELDS:
        ids = set(Quote.objects.filter(policy.disputed_on(field)).values_list("pk", flat=True))
        assert ids == {pk for pk, fields in expected.items() if field in fields}
    disputed = policy.AGREEMENT_FILTERS["disputed"]
    ids = set(Quote.objects.filter(disputed).values_list("pk", flat=True))
    assert ids == {pk for pk, fields in expected.items() if fields}
    assert any(expected.values()) and not all(expected.values())


@pytest.mark.django_db
def test_a_quote_disputed_on_stance_does_not_pass_min_agreement_1(tmp_path: Path) -> None:
    """The case of the issue: the admin lists it as disputed on stance; the export agrees."""
    project = ProjectFactory(slug="stance-case")
    quote = QuoteFactory(article=ArticleFactory(project=project))
    agreed = QuoteFactory(article=quote.article, start=0, end=12)
    for stance, annotator in (("favor", "ann1"), ("against", "ann2")):
        AnnotationFactory(quote=quote, annotator=UserFactory(username=annotator), stance=stance)
    for annotator in ("ann1", "ann2"):
        AnnotationFactory(quote=agreed, annotator=UserFactory(username=annotator), stance="none")
    quote.refresh_from_db()
    assert policy.stored_disputes(quote) == ["stance"]
    out = tmp_path / "data.jsonl"
    call_command(
        "export_dataset",
        "--format=jsonl",
        f"--out={out}",
        "--project=stance-case",
        "--status=accepted",
        "--min-agreement=1.0",
        stdout=io.StringIO(),
    )
    exported = [q["id"] for line in out.open() for q in json.loads(line)["quotes"]]
    assert exported == [agreed.pk]

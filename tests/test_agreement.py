from __future__ import annotations

import random

import pytest
from django.contrib.auth.models import User
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from annotations import policy
from annotations.agreement import (
    cohen_kappa,
    coincidences,
    confusion_matrix,
    krippendorff_alpha_nominal,
    observed_agreement,
    project_agreement,
)
from annotations.models import Decision, Project, Quote, QuoteOrigin
from tests.factories import (
    AnnotationFactory,
    ArticleFactory,
    ProjectFactory,
    QuoteFactory,
    SpeakerFactory,
    UserFactory,
)

# Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: four observers,
# twelve units, nominal values 1-5, missing values as None. Published nominal alpha: 0.743.
N = None
KRIPPENDORFF_2011 = [
    [1, 2, 3, 3, 2, 1, 4, 1, 2, N, N, N],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, N, 3],
    [N, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, N],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, N],
]


def units(observers: list[list[object]]) -> list[tuple[object, ...]]:
    return list(zip(*observers, strict=True))


def table_pairs(cells: dict[tuple[str, str], int]) -> list[tuple[str, str]]:
    """A two-coder contingency table as the list of pairs it counts."""
    return [pair for pair, count in cells.items() for _ in range(count)]


class TestKrippendorffAlpha:
    def test_krippendorffs_own_nominal_example(self) -> None:
        alpha = krippendorff_alpha_nominal(units(KRIPPENDORFF_2011))
        assert round(alpha, 3) == 0.743
        assert alpha == pytest.approx(0.7434210526, abs=1e-9)

    def test_the_example_has_40_pairable_values(self) -> None:
        # Unit 12 has a single value and pairs nothing; 41 values less that one leave 40.
        matrix = coincidences(units(KRIPPENDORFF_2011))
        assert sum(matrix.values()) == pytest.approx(40)
        # Value 3 is given 10 pairable times: 8 of them paired with another 3 (units 3 and 4).
        assert matrix[3, 3] == pytest.approx(8)
        assert sum(weight for (c, _), weight in matrix.items() if c == 3) == pytest.approx(10)

    def test_agrees_with_the_krippendorff_package_on_random_data_with_gaps(self) -> None:
        krippendorff = pytest.importorskip("krippendorff")
        numpy = pytest.importorskip("numpy")
        rng = random.Random(6)
        for _ in range(25):
            coders, count = rng.randint(2, 6), rng.randint(5, 40)
            data = [
                [rng.choice([1, 2, 3, None]) if rng.random() > 0.2 else None for _ in range(count)]
                for _ in range(coders)
            ]
            mine = krippendorff_alpha_nominal(units(data))
            if mine is None:
                continue
            theirs = krippendorff.alpha(
                reliability_data=numpy.array(
                    [[numpy.nan if v is None else v for v in row] for row in data], dtype=float
                ),
                level_of_measurement="nominal",
            )
            assert mine == pytest.approx(theirs, abs=1e-9)

    def test_perfect_agreement_is_one_and_missing_values_do_not_count(self) -> None:
        assert krippendorff_alpha_nominal([("a", "a", None), ("b", "b", "b"), ("a", None)]) == 1

    def test_undefined_without_variation_or_pairable_values(self) -> None:
        assert krippendorff_alpha_nominal([("a", "a"), ("a", "a")]) is None
        assert krippendorff_alpha_nominal([("a", None), (None, "b")]) is None
        assert krippendorff_alpha_nominal([]) is None

    def test_systematic_disagreement_is_below_zero(self) -> None:
        assert krippendorff_alpha_nominal([("a", "b"), ("b", "a")]) < 0


class TestCohenKappa:
    def test_textbook_example(self) -> None:
        # Wikipedia, "Cohen's kappa", worked example: 50 proposals, two readers.
        pairs = table_pairs(
            {("yes", "yes"): 20, ("yes", "no"): 5, ("no", "yes"): 10, ("no", "no"): 15}
        )
        assert observed_agreement(pairs) == pytest.approx(0.7)
        assert cohen_kappa(pairs) == pytest.approx(0.4)

    @pytest.mark.parametrize(
        ("cells", "kappa"),
        [
            # Same observed agreement (0.60), different marginals: kappa 0.1304 and 0.2593.
            ({("y", "y"): 45, ("y", "n"): 15, ("n", "y"): 25, ("n", "n"): 15}, 0.1304),
            ({("y", "y"): 25, ("y", "n"): 35, ("n", "y"): 5, ("n", "n"): 35}, 0.2593),
        ],
    )
    def test_same_agreement_different_marginals(
        self, cells: dict[tuple[str, str], int], kappa: float
    ) -> None:
        pairs = table_pairs(cells)
        assert observed_agreement(pairs) == pytest.approx(0.6)
        assert round(cohen_kappa(pairs), 4) == kappa

    def test_edges(self) -> None:
        assert cohen_kappa([("a", "a"), ("b", "b")]) == 1
        assert cohen_kappa([("a", "b"), ("b", "a")]) == -1
        assert cohen_kappa([("a", "a"), ("a", "a")]) is None
        assert cohen_kappa([]) is None
        assert observed_agreement([]) is None

    def test_confusion_matrix_puts_the_first_coder_in_rows(self) -> None:
        matrix = confusion_matrix([("a", "b"), ("a", "b"), ("b", "b")], ["a", "b"])
        assert matrix == [[0, 2], [0, 1]]


def judge(quote: Quote, annotator: User, decision: str = Decision.ACCEPT, **fields: object) -> None:
    AnnotationFactory(quote=quote, annotator=annotator, decision=decision, **fields)


@pytest.fixture
def two_annotators() -> tuple[Project, dict[str, object]]:
    """Ann and Bob judge one article; the figures below are worked out by hand."""
    project = ProjectFactory()
    article = ArticleFactory(project=project, text="x" * 400)
    ann, bob = UserFactory(username="ann"), UserFactory(username="bob")
    lopez, chair = SpeakerFactory(), SpeakerFactory()
    q1, q2, q3, q4 = (QuoteFactory(article=article, start=s, end=s + 20) for s in (0, 40, 80, 120))
    # q1: both accept, same speaker, stance favor/favor.
    judge(q1, ann, speaker=lopez, stance="favor")
    judge(q1, bob, speaker=lopez, stance="favor")
    # q2: both accept; Bob moves the span a little (still paired), other speaker, stance differs.
    judge(q2, ann, speaker=lopez, stance="against")
    judge(q2, bob, speaker=chair, stance="none", start=42, end=60)
    # q3: Ann accepts, Bob rejects.
    judge(q3, ann, speaker=chair, stance="none")
    judge(q3, bob, Decision.REJECT, stance="")
    # q4: both reject.
    judge(q4, ann, Decision.REJECT, stance="")
    judge(q4, bob, Decision.REJECT, stance="")
    # Bob added a quote by hand that Ann did not: it counts against span agreement only.
    manual = QuoteFactory(article=article, start=200, end=230, origin=QuoteOrigin.MANUAL)
    judge(manual, bob, speaker=lopez, stance="favor")
    # An undecided judgement is no judgement.
    judge(QuoteFactory(article=article, start=300, end=310), ann, decision="")
    return project, {"ann": ann, "bob": bob}


@pytest.mark.django_db
class TestProjectAgreement:
    def test_pair_figures(self, two_annotators: tuple[Project, dict]) -> None:
        project, _ = two_annotators
        figures = project_agreement(project)
        assert figures.annotators == ["ann", "bob"]
        (pair,) = figures.pairs
        assert (pair.first, pair.second) == ("ann", "bob")
        # Decisions on q1..q4: accept/accept ×2, accept/reject, reject/reject.
        assert pair.decision_units == 4
        assert pair.decision_agreement == pytest.approx(0.75)
        # p_e = (3·2 + 1·2) / 16 = 0.5, so kappa = (0.75 − 0.5) / 0.5.
        assert pair.decision_kappa == pytest.approx(0.5)
        # Ann accepted q1, q2, q3; Bob q1, q2 (moved) and his own quote: 2 pairs of 3 + 3.
        assert (pair.first_spans, pair.second_spans, pair.paired_spans) == (3, 3, 2)
        assert pair.span_f1 == pytest.approx(4 / 6)
        assert (pair.speaker_units, pair.speaker_agreement) == (2, 0.5)
        assert (pair.stance_units, pair.stance_agreement) == (2, 0.5)
        keys = [key for key, _ in figures.labels]
        assert keys == ["favor", "against", "none"]
        assert pair.stance_matrix == [[1, 0, 0], [0, 0, 1], [0, 0, 0]]
        # Ann used favor and against, Bob favor and none: p_e = 1/4, kappa = (0.5 − 0.25) / 0.75.
        assert pair.stance_kappa == pytest.approx(1 / 3)

    def test_alpha_over_three_annotators_with_a_missing_judgement(
        self, two_annotators: tuple[Project, dict]
    ) -> None:
        project, _ = two_annotators
        q1, q2 = project.articles.get().quotes.order_by("start")[:2]
        cai = UserFactory(username="cai")
        judge(q1, cai, stance="favor")  # Cai judged q1 only: missing elsewhere.
        judge(q2, cai, stance="against")
        figures = project_agreement(project)
        assert figures.annotators == ["ann", "bob", "cai"]
        assert len(figures.pairs) == 3
        # Stance units: q1 (favor ×3), q2 (against, none, against); Bob's own quote has one value.
        expected = krippendorff_alpha_nominal(
            [("favor", "favor", "favor"), ("against", "none", "against")]
        )
        assert figures.stance_alpha == pytest.approx(expected)
        assert figures.stance_units == 2
        assert figures.decision_units == 4
        total = sum(sum(row) for row in figures.stance_coincidences)
        assert total == pytest.approx(6)

    def test_costs_the_same_queries_whatever_the_size(
        self, two_annotators: tuple[Project, dict]
    ) -> None:
        project, people = two_annotators
        with CaptureQueriesContext(connection) as small:
            project_agreement(project)
        article = ArticleFactory(project=project, text="y" * 2000)
        for start in range(0, 1000, 25):
            quote = QuoteFactory(article=article, start=start, end=start + 20)
            judge(quote, people["ann"], stance="favor")
            judge(quote, people["bob"], stance="none")
        with CaptureQueriesContext(connection) as large:
            project_agreement(project)
        # The articles judged since: which, then in a savepoint those it locks, their
        # judgements and their pairs stored; then the stored pairs, the annotators, the
        # quotes' stored figures and the labels.
        assert len(small) == len(large) == 10
        with CaptureQueriesContext(connection) as again:
            figures = project_agreement(project)
        # Nothing changed since: no judgement is read.
        assert len(again) == 5
        assert not [q for q in again.captured_queries if "annotations_annotation" in q["sql"]]
        assert figures == project_agreement(project)

    def test_a_judgement_changed_since_is_compared_again(
        self, two_annotators: tuple[Project, dict]
    ) -> None:
        project, people = two_annotators
        (before,) = project_agreement(project).pairs
        q1 = project.articles.get().quotes.order_by("start").first()
        judgement = q1.annotations.get(annotator=people["bob"])
        judgement.stance = "against"
        judgement.save()
        policy.refresh_agreement([q1.pk])
        (after,) = project_agreement(project).pairs
        assert (before.stance_agreement, after.stance_agreement) == (0.5, 0.0)

    def test_a_project_nobody_judged(self) -> None:
        figures = project_agreement(ProjectFactory())
        assert figures.pairs == []
        assert figures.stance_alpha is None
        assert figures.span_f1 is None


@pytest.mark.django_db
def test_command_prints_the_figures(
    two_annotators: tuple[Project, dict], capsys: pytest.CaptureFixture[str]
) -> None:
    project, _ = two_annotators
    call_command("agreement", "--project", project.slug)
    out = capsys.readouterr().out
    assert "2 annotators; pairs compared: 1" in out
    assert "ann × bob" in out
    assert "0.750" in out and "0.500" in out and "0.667" in out and "0.333" in out
    assert "Stance: ann (rows) × bob (columns)" in out


@pytest.mark.django_db
def test_command_refuses_an_unknown_project() -> None:
    with pytest.raises(CommandError, match="No project"):
        call_command("agreement", "--project", "nope")

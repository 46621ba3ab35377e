"""Speakers: names, appositions, titles, pronouns, short forms, bodies, anonymous sources."""

from __future__ import annotations

from collections.abc import Callable

from annotations.detection import DetectedQuote

Detect = Callable[[str], list[DetectedQuote]]


def speakers(found: list[DetectedQuote]) -> list[str | None]:
    return [q.speaker for q in found]


def test_apposition_is_not_the_name(quotes: Detect) -> None:
    text = (
        "Aaron Arnold, a former member of the panel and now a sanctions expert, "
        "said the vote was significant."
    )
    (q,) = quotes(text)
    assert (q.speaker, q.speaker_kind) == ("Aaron Arnold", "person")
    assert text[q.speaker_start : q.speaker_end] == "Aaron Arnold"


def test_title_and_short_forms_resolve_to_the_full_name(quotes: Detect) -> None:
    text = (
        "Victor Cha, Korea Chair at CSIS, spoke in Paris.\n\n"
        "Chair Cha said that the panel had been useful.\n\n"
        "Cha said the veto was a third step."
    )
    assert speakers(quotes(text)) == ["Victor Cha", "Victor Cha"]


def test_short_surname_later(quotes: Detect) -> None:
    text = (
        "Hugh Griffiths, the former head of the panel, said the network was large.\n\n"
        "Griffiths said the veto showed Russia did not want scrutiny."
    )
    assert speakers(quotes(text)) == ["Hugh Griffiths", "Hugh Griffiths"]


def test_pronoun_is_resolved_never_returned(quotes: Detect) -> None:
    text = (
        "Jenny Tang of 38 North said the vote showed strong ties.\n\n"
        "“This highlights a greater burden on countries,” she said."
    )
    found = quotes(text)
    assert speakers(found) == ["Jenny Tang", "Jenny Tang"]
    assert text[found[1].speaker_start : found[1].speaker_end] == "she"


def test_pronoun_uses_gender(quotes: Detect) -> None:
    text = (
        "Ms Laura Finch, the chief executive, said the deal was done.\n\n"
        "Peter Lund, the union leader, said workers were worried.\n\n"
        "“We will keep every site open,” she said.\n\n"
        "“I do not believe that,” he said."
    )
    assert speakers(quotes(text)) == ["Laura Finch", "Peter Lund", "Laura Finch", "Peter Lund"]


def test_unresolvable_pronoun_gives_no_speaker(quotes: Detect) -> None:
    (q,) = quotes("“We will win the final and bring the cup home,” she said.")
    assert q.speaker is None
    assert q.speaker_kind is None


def test_pronoun_skips_people_named_inside_quotes(quotes: Detect) -> None:
    text = (
        "Griffiths Hugh said the veto showed Russia did not want bodies to report.\n\n"
        "“Russia’s veto signals that Putin will step up cooperation,” he said."
    )
    assert speakers(quotes(text))[-1] == "Griffiths Hugh"


def test_organisation_and_country(quotes: Detect) -> None:
    found = quotes(
        "Beijing called the Canadian flight “provocative.” "
        "The Competition and Markets Authority said in a statement that it would review it."
    )
    assert [(q.speaker, q.speaker_kind) for q in found] == [
        ("Beijing", "organisation"),
        ("The Competition and Markets Authority", "organisation"),
    ]


def test_group_of_bodies(quotes: Detect) -> None:
    (q,) = quotes("The United States and South Korea said the veto highlighted a dividend.")
    assert (q.speaker, q.speaker_kind) == ("The United States and South Korea", "group")


def test_definite_description_refers_back(quotes: Detect) -> None:
    text = (
        "In its report, the committee of experts underlines that the sanctions are flouted.\n\n"
        "The committee also claims to have seen “conventional weapons” in the shipments."
    )
    found = quotes(text)
    assert speakers(found) == ["the committee of experts", "the committee of experts"]


def test_description_refers_back_to_an_organisation_named_earlier(quotes: Detect) -> None:
    text = (
        "A former engineer at the Harlow Valley Water Authority sued last year.\n\n"
        "The authority argued that the complaints were routine."
    )
    (q,) = quotes(text)
    assert q.speaker == "Harlow Valley Water Authority"


def test_anonymous_source_keeps_its_description(quotes: Detect) -> None:
    text = (
        "“The latest report barely mentions China,” said a former senior member who asked "
        "not to be named because of diplomatic sensitivities.\n\n"
        "The former member said that the reports leave out the most important pieces."
    )
    found = quotes(text)
    assert speakers(found) == ["a former senior member who asked not to be named"] * 2
    assert {q.speaker_kind for q in found} == {"anonymous"}


def test_aside_relative_clause_is_not_part_of_the_description(quotes: Detect) -> None:
    text = (
        "A person familiar with the talks, who spoke on condition of anonymity, said the two "
        "sides remained far apart."
    )
    (q,) = quotes(text)
    assert (q.speaker, q.speaker_kind) == ("A person familiar with the talks", "anonymous")


def test_name_after_headline_line(quotes: Detect) -> None:
    text = "Deepening Relations\nGriffiths said the veto showed Russia did not want scrutiny."
    (q,) = quotes("Hugh Griffiths is an adviser.\n" + text)
    assert q.speaker == "Hugh Griffiths"


def test_generic_word_for_the_organisation_named_before(quotes: Detect) -> None:
    text = (
        "Shares in Acme Corp fell on Monday.\n\n"
        "The company warned that profits would miss forecasts."
    )
    (q,) = quotes(text)
    assert (q.speaker, q.speaker_kind) == ("Acme Corp", "organisation")
    assert text[q.speaker_start : q.speaker_end] == "The company"


def test_nationality_stands_for_the_person_just_named(quotes: Detect) -> None:
    text = "Manager Jürgen Weiss was less happy. “We defended badly,” the German said."
    (q,) = quotes(text)
    assert q.speaker == "Jürgen Weiss"


def test_surname_mis_tagged_by_the_parser(quotes: Detect) -> None:
    text = (
        "“We are disappointed,” chief executive Sarah Connolly told analysts.\n\n"
        "Connolly added that the firm would cut 300 jobs."
    )
    assert speakers(quotes(text)) == ["Sarah Connolly", "Sarah Connolly"]


def test_titles_and_roles_before_a_name_are_not_part_of_it(quotes: Detect) -> None:
    text = (
        "Councillor Miriam Oduya said the budget was fair.\n\n"
        "“We got the sums wrong,” chief executive Tobias Wren wrote on Monday.\n\n"
        "Det Insp Laila Hart said officers were searching the river."
    )
    found = quotes(text)
    assert speakers(found) == ["Miriam Oduya", "Tobias Wren", "Laila Hart"]
    assert [text[q.speaker_start : q.speaker_end] for q in found] == [
        "Miriam Oduya",
        "Tobias Wren",
        "Laila Hart",
    ]


def test_a_hyphenated_name_the_tagger_calls_an_organisation_is_a_person(
    quotes: Detect,
) -> None:
    text = (
        "“Prices will settle by spring,” said Ji-won Seo, an economist at Hanbit Bank.\n\n"
        "He added that exporters were nervous."
    )
    found = quotes(text)
    assert [(q.speaker, q.speaker_kind) for q in found] == [
        ("Ji-won Seo", "person"),
        ("Ji-won Seo", "person"),
    ]


def test_a_description_picks_the_person_it_shares_most_words_with(quotes: Detect) -> None:
    text = (
        "Foreign Minister Hana Kessler spoke first.\n\n"
        "Vice Minister Ilse Brandt said the talks had stalled.\n\n"
        "Later the foreign minister said no date had been set.\n\n"
        "The vice minister said the next round was in May."
    )
    assert speakers(quotes(text)) == ["Ilse Brandt", "Hana Kessler", "Ilse Brandt"]


def test_a_singular_description_never_means_a_group(quotes: Detect) -> None:
    text = (
        "Detectives said the van had been stolen.\n\n"
        "Det Sgt Owen Price led the search.\n\n"
        "“We will find them,” the detective said."
    )
    assert speakers(quotes(text))[-1] == "Owen Price"


def test_an_age_description_refers_back_to_the_person_in_focus(quotes: Detect) -> None:
    text = (
        "Baker Tom Reilly was tied up by the raiders.\n\n"
        "“I thought I would die,” the 58-year-old told the Herald."
    )
    assert speakers(quotes(text)) == ["Tom Reilly"]


def test_the_company_is_the_body_the_reported_clause_is_about(quotes: Detect) -> None:
    text = (
        "Norvik Robotics has recalled its delivery drones from Oslo and Bergen, "
        "the company said on Friday."
    )
    assert [(q.speaker, q.speaker_kind) for q in quotes(text)] == [
        ("Norvik Robotics", "organisation")
    ]


def test_an_honorific_picks_the_family_member_of_that_gender(quotes: Detect) -> None:
    text = (
        "Owner Paul Ferris was not hurt. His daughter, Anna Ferris, said the shop would reopen.\n\n"
        "“I will not be scared off,” Mr Ferris said."
    )
    assert speakers(quotes(text)) == ["Anna Ferris", "Paul Ferris"]


def test_she_can_be_an_unnamed_witness(quotes: Detect) -> None:
    text = (
        "Inspector Carla Moss said the area was closed.\n\n"
        "A neighbour, who did not want to be named, said she heard two shots.\n\n"
        "“It was terrifying,” she said."
    )
    assert speakers(quotes(text)) == ["Carla Moss", "A neighbour", "A neighbour"]


def test_a_descriptive_phrase_before_an_organisation_is_dropped(quotes: Detect) -> None:
    text = (
        "The grocery chain Fresco said on Tuesday that it had switched to human couriers.\n\n"
        "The supermarket group Lidmark said it had switched to human couriers for the week."
    )
    assert [(q.speaker, q.speaker_kind) for q in quotes(text)] == [
        ("Fresco", "organisation"),
        ("Lidmark", "organisation"),
    ]


def test_a_speaker_named_in_the_next_sentence(quotes: Detect) -> None:
    text = (
        "The mayor said the square would reopen in May.\n\n"
        "“Nobody asked the traders. Nobody ever does.”\n\n"
        "That was the verdict of Nadia Forsyth, who has sold flowers there for 30 years."
    )
    found = quotes(text)
    assert [(q.kind, q.speaker, q.cue) for q in found][-1] == ("direct", "Nadia Forsyth", "verdict")


def test_the_force_is_the_police_named_before(quotes: Detect) -> None:
    text = (
        "Two men were arrested on Monday, Harlow Police said.\n\n"
        "A third man is still being sought, according to the force."
    )
    assert [(q.speaker, q.speaker_kind) for q in quotes(text)] == [
        ("Harlow Police", "organisation"),
        ("Harlow Police", "organisation"),
    ]


def test_a_name_after_a_long_title_and_before_post_nominals(quotes: Detect) -> None:
    text = (
        "South Korean Ambassador to the UN Min Jae-won said the launch broke the rules.\n\n"
        "Prosecutor Ruth Ellery KC told jurors that the crane had failed twice.\n\n"
        "Daehan Governor Oh said rates would stay on hold."
    )
    assert speakers(quotes(text)) == ["Min Jae-won", "Ruth Ellery", "Oh"]


def test_an_acronym_names_the_body_spelled_out_before(quotes: Detect) -> None:
    text = (
        "The Bank of Nordmark kept its rate at 3% on Thursday.\n\n"
        "In its statement, the BON said inflation was easing more slowly than hoped."
    )
    assert [(q.speaker, q.speaker_kind) for q in quotes(text)] == [
        ("Bank of Nordmark", "organisation")
    ]


def test_the_envoy_is_the_ambassador(quotes: Detect) -> None:
    text = (
        "Ambassador Ri Song-chol said the launch was lawful.\n\n"
        "Jane Holt, a British official, said it broke the rules.\n\n"
        "The envoy said his country would not be lectured."
    )
    assert speakers(quotes(text)) == ["Ri Song-chol", "Jane Holt", "Ri Song-chol"]


def test_a_role_never_given_before_refers_to_the_latest_person_without_a_role(
    quotes: Detect,
) -> None:
    text = (
        "Minister Hal Berg said the mine would expand.\n\n"
        "Walt Pruitt, whose family has farmed here since 1890, said his wells were dry.\n\n"
        "“They promised us water,” the rancher said."
    )
    assert speakers(quotes(text)) == ["Hal Berg", "Walt Pruitt", "Walt Pruitt"]


def test_one_of_a_group_is_an_anonymous_source(quotes: Detect) -> None:
    text = "One of the report’s reviewers, who asked not to be named, said the method was sound."
    assert [(q.speaker, q.speaker_kind) for q in quotes(text)] == [
        ("One of the report’s reviewers", "anonymous")
    ]


def test_a_relative_pronoun_stands_for_the_body_it_follows(quotes: Detect) -> None:
    text = (
        "The study was funded by the Nordic Ocean Trust, which said in a statement that the "
        "findings “strengthen the case for protecting seagrass.”"
    )
    assert [(q.speaker, q.kind) for q in quotes(text)] == [("the Nordic Ocean Trust", "mixed")]


def test_a_given_name_in_a_is_a_woman_s_so_he_looks_further_back(quotes: Detect) -> None:
    text = (
        "Sione Lomu, the island’s envoy, said the fund was too small.\n\n"
        "Losana Vakatale, the chief negotiator, said the talks had stalled.\n\n"
        "“We will not sign this,” he said."
    )
    assert speakers(quotes(text))[-1] == "Sione Lomu"


def test_a_nationality_refers_back_to_the_player_just_named(quotes: Detect) -> None:
    text = (
        "Iker Salcedo scored twice.\n\n"
        '"I am happy here, but football is football," the Spaniard told SportsDesk.'
    )
    assert speakers(quotes(text)) == ["Iker Salcedo"]


def test_irish_surnames_and_a_first_name_that_is_also_a_title(quotes: Detect) -> None:
    text = (
        "Siobhan O’Reilly, a staff nurse, told the Echo that the ward was full.\n\n"
        "Kingsmere manager Dean Mottram said the goal should not have stood."
    )
    assert speakers(quotes(text)) == ["Siobhan O’Reilly", "Dean Mottram"]


def test_a_date_before_a_group_is_not_part_of_it(quotes: Detect) -> None:
    text = (
        "In a joint declaration published on Wednesday, Tuvaro, Palmera and the Kessel "
        "Islands demanded that the fund be financed by grants."
    )
    assert [(q.speaker, q.speaker_kind) for q in quotes(text)] == [
        ("Tuvaro, Palmera and the Kessel Islands", "group")
    ]


def test_a_journalistic_verb_of_saying_attributes_a_quote(quotes: Detect) -> None:
    text = "“This is a betrayal,” hammered Losana Vakatale, the chief negotiator of Nalevu."
    assert speakers(quotes(text)) == ["Losana Vakatale"]


def test_a_shared_surname_means_the_relative_mentioned_last(quotes: Detect) -> None:
    text = (
        "Nadia Marsh, 24, died when the balcony collapsed.\n\n"
        "Her father, Gerald Marsh, has sat in the front row every day.\n\n"
        "“My daughter went out to water her tomatoes,” Marsh said."
    )
    assert speakers(quotes(text)) == ["Gerald Marsh"]


def test_an_honorific_is_no_role_for_a_description_to_clash_with(quotes: Detect) -> None:
    text = (
        "Minister Hal Berg said the bill was ready.\n\n"
        "Dame Ruth Alder, who has led the inquiry since May, said it was not.\n\n"
        "“We have heard from companies, not people,” the chair said."
    )
    assert speakers(quotes(text)) == ["Hal Berg", "Ruth Alder", "Ruth Alder"]

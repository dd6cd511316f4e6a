"""A tally in a plan: its statement and answers, validated with file, line and field."""

import pytest
import yaml

from facilitator.sessions.errors import InvalidFile
from facilitator.sessions.plan_loader import parse_plan
from facilitator.sessions.tallies import MIN_THRESHOLD, NationalFigure, TallyAnswer
from tests.helpers.plans import plan_yaml, tally


def errors_of(text: str) -> list[str]:
    with pytest.raises(InvalidFile) as raised:
        parse_plan(text.encode("utf-8"), "plan.yaml")
    return [str(error) for error in raised.value.errors]


def line_of(text: str, needle: str) -> int:
    return next(n for n, row in enumerate(text.splitlines(), 1) if needle in row)


def test_a_tally_block_becomes_the_cores_question() -> None:
    national = {"text": "Most men say so", "source": "A survey", "shares": {"agree": 83.1}}
    text = plan_yaml([10, 10], tallies={1: tally(threshold=8, national=national)})
    step = parse_plan(text.encode(), "plan.yaml").plan.steps[1]
    (question,) = [t.question() for t in step.audience.tallies]
    assert question.id == "enough-rights"
    assert question.answers[1] == TallyAnswer("not-sure", "Not sure")
    assert question.threshold == 8
    assert question.national == NationalFigure("Most men say so", "A survey", (("agree", 83.1),))


def test_the_threshold_defaults_to_the_minimum() -> None:
    text = plan_yaml([10], tallies={0: tally()})
    (block,) = parse_plan(text.encode(), "plan.yaml").plan.steps[0].audience.tallies
    assert block.question().threshold == MIN_THRESHOLD == 5


def test_a_lower_threshold_is_refused_with_file_line_and_field() -> None:
    text = plan_yaml([10, 10], tallies={1: tally(threshold=3)})
    line = line_of(text, "threshold: 3")
    assert errors_of(text) == [
        f"plan.yaml:{line}: steps[1].audience.tallies[0].threshold: expected at least 5 (the room's "
        "answers are shown only from 5; a plan may raise this, never lower it), got 3"
    ]


def test_duplicate_answers_and_unknown_national_shares_are_refused() -> None:
    block = tally(national={"text": "t", "source": "s", "shares": {"yes": 50}})
    text = plan_yaml([10], tallies={0: block})
    (message,) = errors_of(text)
    assert "steps[0].audience.tallies[0]" in message
    assert 'national shares name "yes", which is not an answer' in message
    block = tally()
    block["answers"] = [{"id": "agree", "label": "Agree"}, {"id": "agree", "label": "Yes"}]
    (message,) = errors_of(plan_yaml([10], tallies={0: block}))
    assert 'duplicate answer id "agree"' in message


def test_a_tally_needs_two_answers_and_a_share_is_a_percentage() -> None:
    block = tally(national={"text": "t", "source": "s", "share": 140})
    block["answers"] = [{"id": "agree", "label": "Agree"}]
    text = plan_yaml([10], tallies={0: block})
    messages = errors_of(text)
    assert any("tallies[0].answers: expected at least 2 items" in m for m in messages)
    assert any("tallies[0].national.share: expected at most 100, got 140" in m for m in messages)


def test_two_tallies_of_one_step_need_their_own_ids() -> None:
    document = yaml.safe_load(plan_yaml([10], tallies={0: tally()}))
    document["steps"][0]["audience"]["tallies"].append(tally())
    text = yaml.safe_dump(document, allow_unicode=True, sort_keys=False)
    (message,) = errors_of(text)
    assert 'steps[0].audience.tallies[1].id: duplicate tally id "enough-rights"' in message


def test_a_step_with_only_a_tally_is_not_empty() -> None:
    document = yaml.safe_load(plan_yaml([10], tallies={0: tally()}))
    del document["steps"][0]["audience"]["text"]
    parse_plan(yaml.safe_dump(document).encode(), "plan.yaml")  # no error: the tally is content

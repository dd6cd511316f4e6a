"""Every built-in plan passes the checklist's own checks of its steps (a welcome with the group
agreement, a check-out with the handout): a facilitator is never told to add what is there."""

from datetime import date

import pytest

from facilitator.content import builtin_plan_files
from facilitator.planner.checklist import checklist
from facilitator.sessions.plan_loader import load_plan

PLANS = builtin_plan_files()


@pytest.mark.parametrize("path", PLANS, ids=[path.stem for path in PLANS])
def test_a_built_in_plan_has_its_welcome_and_check_out(path) -> None:
    plan = load_plan(path).plan
    items = {item.id: item for item in checklist(plan, [], "Aktobe", date(2026, 12, 1), set())}
    assert items["agreement"].done, items["agreement"]
    assert items["check-out"].done, items["check-out"]

"""Generated plans, valid and broken: the loader returns a plan or file:line errors, nothing else."""

import re

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from facilitator.sessions.errors import InvalidFile
from facilitator.sessions.plan_loader import parse_plan
from tests.helpers.plans import plan_yaml

ERROR_LINE = re.compile(r"^fuzz\.yaml:\d+: \S.*")
VALID = yaml.safe_load(plan_yaml([10, 5, 20], fixed=(1,), phases={2: [5, 15]}))

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-10, 10**6),
    st.floats(allow_nan=True),
    st.text(max_size=20),
    st.sampled_from(["10m", "ten", "1h30m", "0", "-5m", "exercise", "x" * 5000]),
)
values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=8,
)


def paths(document: object, prefix: tuple = ()) -> list[tuple]:
    found = [prefix]
    if isinstance(document, dict):
        for key, value in document.items():
            found += paths(value, (*prefix, key))
    elif isinstance(document, list):
        for index, value in enumerate(document):
            found += paths(value, (*prefix, index))
    return found


ALL_PATHS = [p for p in paths(VALID) if p]


@st.composite
def mutated_plans(draw: st.DrawFn) -> str:
    document = yaml.safe_load(yaml.safe_dump(VALID))
    for _ in range(draw(st.integers(0, 4))):
        path = draw(st.sampled_from(ALL_PATHS))
        parent = document
        try:
            for part in path[:-1]:
                parent = parent[part]
            action = draw(st.sampled_from(["replace", "delete", "add"]))
            if action == "replace":
                parent[path[-1]] = draw(values)
            elif action == "delete":
                del parent[path[-1]]
            elif isinstance(parent, dict):
                parent[draw(st.text(min_size=1, max_size=8))] = draw(values)
        except (KeyError, IndexError, TypeError):
            continue
    return yaml.safe_dump(document, allow_unicode=True)


def check(raw: bytes) -> None:
    try:
        parse_plan(raw, "fuzz.yaml")
    except InvalidFile as exc:
        assert exc.errors
        for error in exc.errors:
            assert ERROR_LINE.match(str(error)) or str(error).startswith("fuzz.yaml: "), str(error)


@settings(max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_plans())
def test_mutated_plans_load_or_give_file_line_errors(text: str) -> None:
    check(text.encode("utf-8"))


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=300) | st.text(max_size=300).map(lambda t: t.encode("utf-8", "surrogatepass")))
def test_arbitrary_bytes_never_raise_anything_but_invalid_file(raw: bytes) -> None:
    check(raw)

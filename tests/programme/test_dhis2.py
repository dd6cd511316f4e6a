"""DHIS2: the documented dataValueSets shapes (JSON fields, CSV header), codes, months, sums; and
DHIS2's import key rule applied to what a programme imports: no facilitator's values replace
another's."""

import csv
import dataclasses
import io
import json
import random
import re
from collections import Counter
from pathlib import Path
from typing import Any

from facilitator.programme import dhis2
from facilitator.programme.exports import DHIS2_FILES, FORMATS
from facilitator.programme.summary import Summary, build_summary
from facilitator.programme.summary_file import write_summary
from facilitator.sessions.store import Store
from tests.helpers.processes import run_cli
from tests.helpers.programme_sessions import SENDER, planted_session, random_summary

# DHIS2's documented data value CSV header and JSON data value fields (Web API: Data, dataValueSets)
DOCUMENTED_CSV_HEADER = (
    "dataelement,period,orgunit,categoryoptioncombo,attributeoptioncombo,value,"
    "storedby,lastupdated,comment,followup,deleted"
)
DOCUMENTED_FIELDS = {
    "dataElement",
    "period",
    "orgUnit",
    "categoryOptionCombo",
    "attributeOptionCombo",
    "value",
}


def summaries(count: int = 12) -> list:
    rng = random.Random(7)
    return [random_summary(rng, ("KZ-15", "KG-GB"), ("2026W47", "2026W48")) for _ in range(count)]


def test_the_json_follows_the_documented_shape() -> None:
    store = Store.in_memory()
    summary = build_summary(store, planted_session(store), SENDER)
    body = json.loads(json.dumps(dhis2.data_value_set([summary])))
    assert set(body) == {"dataElementIdScheme", "orgUnitIdScheme", "dataValues"}
    assert body["dataElementIdScheme"] == body["orgUnitIdScheme"] == "CODE"
    values = {v["dataElement"]: v for v in body["dataValues"]}
    for value in body["dataValues"]:
        assert set(value) == DOCUMENTED_FIELDS
        assert value["period"] == "202611" and value["orgUnit"] == "KZ-15"  # 2026W47: November
        assert re.fullmatch(r"[A-Z][A-Z0-9_]{2,49}", value["dataElement"])
        assert value["value"].isdigit() and value["value"] != "0"
    assert values["FAC_SESSIONS"]["value"] == "1"
    assert values["FAC_PARTICIPANTS"]["value"] == "14"
    assert values["FAC_RES_DRIVER_PERSONAL_BELIEFS"]["value"] == "1"
    assert values["FAC_REFERRAL_CRISIS_HELPLINE"]["value"] == "1"
    assert values["FAC_T_ENOUGH_RIGHTS_AGREE_R1"]["value"] == "9"
    assert values["FAC_T_ENOUGH_RIGHTS_AGREE_R2"]["value"] == "5"


def test_the_csv_has_the_documented_header_and_the_same_values() -> None:
    given = summaries()
    rows = list(csv.reader(io.StringIO(dhis2.data_value_csv(given))))
    assert ",".join(rows[0]) == DOCUMENTED_CSV_HEADER
    as_json = [
        (
            v["dataElement"],
            v["period"],
            v["orgUnit"],
            v["categoryOptionCombo"],
            v["attributeOptionCombo"],
            v["value"],
        )
        for v in dhis2.data_values(given)
    ]
    assert [tuple(row[:6]) for row in rows[1:]] == as_json
    assert all(row[9:] == ["false", "false"] for row in rows[1:])


def test_values_are_added_up_per_month_and_region() -> None:
    given = [
        *summaries(30),
        random_summary(random.Random(3), ("KZ-15",), ("2026W49",)),  # Thursday 3 December
        random_summary(random.Random(4), ("KZ-15",), ("2026W44",)),  # Thursday 29 October
    ]
    values = dhis2.data_values(given)
    keys = [(v["dataElement"], v["period"], v["orgUnit"]) for v in values]
    assert len(keys) == len(set(keys)), "DHIS2 keeps one value per element, period and org unit"
    assert {v["period"] for v in values} == {"202610", "202611", "202612"}
    for month, weeks in (("202611", ("2026W47", "2026W48")), ("202612", ("2026W49",))):
        for region in ("KZ-15", "KG-GB"):
            these = [s for s in given if s.week in weeks and s.region == region]
            got = {
                v["dataElement"]: int(v["value"])
                for v in values
                if (v["period"], v["orgUnit"]) == (month, region)
            }
            assert got.get("FAC_SESSIONS", 0) == len(these)
            assert got.get("FAC_PARTICIPANTS", 0) == sum(s.participants for s in these)
            assert got.get("FAC_RES_DRIVER_DISCOMFORT", 0) == sum(
                s.resistance_by_driver.get("discomfort", 0) for s in these
            )


def test_the_metadata_defines_every_element_the_values_use() -> None:
    given = summaries()
    meta = dhis2.metadata(dhis2.tally_keys(given))
    codes = {element["code"] for element in meta["dataElements"]}
    assert {v["dataElement"] for v in dhis2.data_values(given)} <= codes
    (data_set,) = meta["dataSets"]
    assert data_set["periodType"] == "Monthly"
    ids = {element["id"] for element in meta["dataElements"]}
    assert {e["dataElement"]["id"] for e in data_set["dataSetElements"]} == ids
    for element in meta["dataElements"]:
        assert re.fullmatch(r"[A-Za-z][A-Za-z0-9]{10}", element["id"])
        assert element["valueType"] == "ZERO_OR_POSITIVE_INT" and element["aggregationType"] == "SUM"
        assert len(element["code"]) <= 50 and len(element["shortName"]) <= 50
    assert dhis2.metadata(dhis2.tally_keys(given)) == meta, "the same ids every time (re-import updates)"
    assert len(ids) == len(meta["dataElements"])


def test_a_long_statement_id_still_makes_a_valid_code() -> None:
    code = dhis2.tally_code("a" * 60, "not-sure", 2)
    assert len(code) <= 50 and code.endswith("_R2")
    assert code != dhis2.tally_code("a" * 60, "agree", 2)


IMPORT_KEY = ("dataElement", "period", "orgUnit", "categoryOptionCombo", "attributeOptionCombo")
"""What DHIS2 keeps one value for: a value imported again under the same key replaces the old one."""


def dhis2_import(database: dict[tuple[str, ...], int], payload: dict[str, Any]) -> list[tuple[str, ...]]:
    """Apply a dataValueSets payload to ``database`` as DHIS2 does (CREATE_AND_UPDATE: a key seen
    again is replaced); the keys the payload itself gives twice (values it would lose)."""
    seen: set[tuple[str, ...]] = set()
    collisions = []
    for value in payload["dataValues"]:
        key = tuple(value[field] for field in IMPORT_KEY)
        if key in seen:
            collisions.append(key)
        seen.add(key)
        database[key] = int(value["value"])
    return collisions


def facilitator_summary(seed: int, facilitator: str) -> Summary:
    summary = random_summary(random.Random(seed), ("KZ-15",), ("2026W47",))
    return dataclasses.replace(summary, facilitator=facilitator)


def merged_payload(tmp_path: Path, summaries_: list[Summary], name: str) -> dict[str, Any]:
    """What the programme imports: the DHIS2 values the merge of these summary files writes (each
    facilitator's file exported on their own laptop)."""
    paths = []
    for summary in summaries_:
        path = tmp_path / name / f"{summary.facilitator}-{summary.instance_id[5:13]}.json"
        path.parent.mkdir(parents=True, exist_ok=True)
        write_summary(summary, path)
        paths.append(str(path))
    result = run_cli("programme", "merge", *paths, "--out", str(tmp_path / name / "merged"))
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert sorted(p.name for p in (tmp_path / name / "merged").glob("dhis2-*")) == sorted(DHIS2_FILES)
    payload: dict[str, Any] = json.loads(
        (tmp_path / name / "merged" / "dhis2-values.json").read_text("utf-8")
    )
    return payload


def by_element(database: dict[tuple[str, ...], int]) -> Counter[str]:
    totals: Counter[str] = Counter()
    for key, value in database.items():
        totals[key[0]] += value
    return totals


def test_two_facilitators_in_the_same_region_and_week_keep_both_values(tmp_path: Path) -> None:
    first, second = facilitator_summary(1, "F001"), facilitator_summary(2, "F002")
    assert (first.region, first.week) == (second.region, second.week)
    database: dict[tuple[str, ...], int] = {}
    assert dhis2_import(database, merged_payload(tmp_path, [first, second], "both")) == []
    expected = dhis2.element_values(first) + dhis2.element_values(second)
    assert by_element(database) == expected
    assert by_element(database)["FAC_SESSIONS"] == 2
    assert by_element(database)["FAC_PARTICIPANTS"] == (first.participants or 0) + (second.participants or 0)
    assert all(key[1:3] == ("202611", "KZ-15") for key in database)
    assert not {"dhis2-json", "dhis2-csv"} & set(FORMATS), "a laptop's own DHIS2 values would replace others'"


def test_importing_a_later_merge_again_gives_the_complete_totals(tmp_path: Path) -> None:
    sessions = [facilitator_summary(seed, f"F{seed:03d}") for seed in range(1, 6)]
    database: dict[tuple[str, ...], int] = {}
    dhis2_import(database, merged_payload(tmp_path, sessions[:2], "early"))
    later = merged_payload(tmp_path, sessions, "later")
    dhis2_import(database, later)
    dhis2_import(database, later)  # imported twice by mistake: nothing counted twice
    assert by_element(database) == sum((dhis2.element_values(s) for s in sessions), Counter())
    assert by_element(database)["FAC_SESSIONS"] == 5


def test_the_key_rule_sees_what_two_laptops_own_values_would_lose() -> None:
    """Why DHIS2 values come only from the merge: each laptop adding up its own sessions gives
    the same keys for the same region and month, and the second import replaces the first."""
    first, second = facilitator_summary(1, "F001"), facilitator_summary(2, "F002")
    union = {
        "dataValues": dhis2.data_value_set([first])["dataValues"]
        + dhis2.data_value_set([second])["dataValues"]
    }
    database: dict[tuple[str, ...], int] = {}
    assert dhis2_import(database, union) != []
    assert by_element(database)["FAC_SESSIONS"] == 1, "one facilitator's session lost"

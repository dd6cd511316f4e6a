"""DHIS2: the documented dataValueSets shapes (JSON fields, CSV header), codes, ISO weeks, sums."""

import csv
import io
import json
import random
import re

from facilitator.programme import dhis2
from facilitator.programme.summary import build_summary
from facilitator.sessions.store import Store
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
        assert value["period"] == "2026W47" and value["orgUnit"] == "KZ-15"
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


def test_values_are_added_up_per_week_and_region() -> None:
    given = summaries(30)
    values = dhis2.data_values(given)
    keys = [(v["dataElement"], v["period"], v["orgUnit"]) for v in values]
    assert len(keys) == len(set(keys)), "DHIS2 keeps one value per element, period and org unit"
    for week in ("2026W47", "2026W48"):
        for region in ("KZ-15", "KG-GB"):
            these = [s for s in given if s.week == week and s.region == region]
            got = {
                v["dataElement"]: int(v["value"])
                for v in values
                if (v["period"], v["orgUnit"]) == (week, region)
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
    assert data_set["periodType"] == "Weekly"
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

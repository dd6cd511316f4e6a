"""DHIS2 aggregate data: a ``dataValueSets`` payload (JSON or CSV) and the metadata a programme
imports once (data elements, the category combination they use, the data set).

Data elements and org units are referred to by code (``dataElementIdScheme=CODE``,
``orgUnitIdScheme=CODE``): the region code (``KZ-15``) is the org unit's code in the programme's
DHIS2, the period is the month (``202611``) the merge counts a week in (its Thursday's).

DHIS2 keeps one value per data element, period, org unit, category option combination and
attribute option combination: a second import of the same key replaces the first. Two
facilitators exporting the same region and month on their own laptops would therefore replace
each other's values. So the values are made only by ``facilitator programme merge`` from every
facilitator's summary files at once (each session once, by its instance id), added up per month
and region: importing a later merge again replaces each total with the new, complete one.
See docs/programme-data.md.
"""

from __future__ import annotations

import csv
import hashlib
import io
import string
from collections import Counter
from collections.abc import Iterable
from typing import Any

from facilitator.programme.summary import Summary
from facilitator.programme.vocabulary import DRIVERS, FORMS, OUTCOMES, REFERRAL_KINDS
from facilitator.programme.weeks import week_month

DEFAULT_COMBO = "HllvX50cXC0"
"""The UID of DHIS2's built-in ``default`` category option combination (the same on every server)."""
DEFAULT_CATEGORY_COMBO = "bjDvmb4bfuf"
"""The UID of DHIS2's built-in ``default`` category combination."""
DATA_SET_CODE = "FAC_SESSIONS_MONTHLY"
CSV_HEADER = (
    "dataelement",
    "period",
    "orgunit",
    "categoryoptioncombo",
    "attributeoptioncombo",
    "value",
    "storedby",
    "lastupdated",
    "comment",
    "followup",
    "deleted",
)
MAX_CODE = 50

_FIXED: tuple[tuple[str, str], ...] = (
    ("FAC_SESSIONS", "Sessions delivered"),
    ("FAC_PARTICIPANTS", "Participants"),
    ("FAC_MINUTES_PLANNED", "Minutes planned"),
    ("FAC_MINUTES_ACTUAL", "Minutes used"),
    ("FAC_STEPS_PLANNED", "Steps planned"),
    ("FAC_STEPS_DELIVERED", "Steps delivered"),
    ("FAC_STEPS_SKIPPED", "Steps skipped"),
    ("FAC_FOLLOW_UPS", "Follow-ups noted"),
)


def _upper(slug: str) -> str:
    return slug.upper().replace("-", "_")


def _groups() -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    return (
        ("FAC_RES_DRIVER_", "Resistance moments, driver: ", DRIVERS),
        ("FAC_RES_FORM_", "Resistance moments, form: ", FORMS),
        ("FAC_RES_OUTCOME_", "Resistance moments, outcome: ", OUTCOMES),
        ("FAC_REFERRAL_", "Referrals offered: ", REFERRAL_KINDS),
    )


def tally_code(question: str, answer: str, round_: int) -> str:
    """The data element of one answer to one statement in one round (hashed when too long)."""
    code = f"FAC_T_{_upper(question)}_{_upper(answer)}_R{round_}"
    if len(code) <= MAX_CODE:
        return code
    digest = hashlib.sha256(f"{question}|{answer}|{round_}".encode()).hexdigest()[:12].upper()
    return f"FAC_T_{digest}_R{round_}"


def element_values(summary: Summary) -> Counter[str]:
    """Data element code -> value for one session (zeros left out, as DHIS2 stores them)."""
    values: Counter[str] = Counter()
    values["FAC_SESSIONS"] = 1
    values["FAC_PARTICIPANTS"] = summary.participants or 0
    values["FAC_MINUTES_PLANNED"] = summary.minutes_planned
    values["FAC_MINUTES_ACTUAL"] = summary.minutes_actual
    values["FAC_STEPS_PLANNED"] = summary.steps_planned
    values["FAC_STEPS_DELIVERED"] = summary.steps_delivered
    values["FAC_STEPS_SKIPPED"] = summary.steps_skipped
    values["FAC_FOLLOW_UPS"] = summary.follow_ups
    counts = (
        summary.resistance_by_driver,
        summary.resistance_by_form,
        summary.resistance_by_outcome,
        summary.referrals_by_kind,
    )
    for (prefix, _, _), by_key in zip(_groups(), counts, strict=True):
        for key, count in by_key.items():
            values[prefix + _upper(key)] += count
    for tally in summary.tallies:
        for answer, count in tally.counts.items():
            values[tally_code(tally.question, answer, tally.round)] += count
    return +values


def period(week: str) -> str:
    """DHIS2's monthly period (``202611``) of the month the merge counts ``week`` in (its Thursday's)."""
    return week_month(week).replace("-", "")


def data_values(summaries: Iterable[Summary]) -> list[dict[str, str]]:
    """The ``dataValues`` of all the summaries (every facilitator's), added up per month and region,
    in a stable order: one value per DHIS2 key, so nothing in it replaces anything else in it."""
    totals: dict[tuple[str, str], Counter[str]] = {}
    for summary in summaries:
        totals.setdefault((period(summary.week), summary.region), Counter()).update(element_values(summary))
    return [
        {
            "dataElement": code,
            "period": month,
            "orgUnit": region,
            "categoryOptionCombo": DEFAULT_COMBO,
            "attributeOptionCombo": DEFAULT_COMBO,
            "value": str(value),
        }
        for (month, region), values in sorted(totals.items())
        for code, value in sorted(values.items())
    ]


def data_value_set(summaries: Iterable[Summary]) -> dict[str, Any]:
    """The JSON body of ``POST /api/dataValueSets?dataElementIdScheme=CODE&orgUnitIdScheme=CODE``."""
    return {
        "dataElementIdScheme": "CODE",
        "orgUnitIdScheme": "CODE",
        "dataValues": data_values(summaries),
    }


def data_value_csv(summaries: Iterable[Summary]) -> str:
    """The same values as DHIS2's data value CSV (its documented header, one value a row)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_HEADER)
    for value in data_values(summaries):
        writer.writerow(
            (
                value["dataElement"],
                value["period"],
                value["orgUnit"],
                value["categoryOptionCombo"],
                value["attributeOptionCombo"],
                value["value"],
                "",
                "",
                "",
                "false",
                "false",
            )
        )
    return out.getvalue()


def uid(code: str) -> str:
    """A DHIS2 UID made from a code (a letter then 10 letters or digits), the same every time,
    so importing the metadata again updates the same objects instead of adding new ones."""
    alphabet = string.ascii_letters + string.digits
    digest = hashlib.sha256(f"facilitator:{code}".encode()).digest()
    first = string.ascii_letters[digest[0] % 52]
    return first + "".join(alphabet[byte % 62] for byte in digest[1:11])


def element_catalogue(tallies: Iterable[tuple[str, str, int]] = ()) -> list[tuple[str, str]]:
    """(code, name) of every data element: the fixed ones, the groups', then the tallies'
    (question, answer, round) given."""
    elements = list(_FIXED)
    for prefix, name, keys in _groups():
        elements.extend((prefix + _upper(key), name + key) for key in keys)
    for question, answer, round_ in sorted(set(tallies)):
        elements.append((tally_code(question, answer, round_), f"Tally {question}: {answer}, round {round_}"))
    return elements


def metadata(tallies: Iterable[tuple[str, str, int]] = ()) -> dict[str, Any]:
    """The metadata to import once (``POST /api/metadata``): the data elements (whole numbers,
    summed, DHIS2's built-in default category combination, referred to by its fixed UID and not
    redefined) and the monthly data set that holds them."""
    elements = [
        {
            "id": uid(code),
            "code": code,
            "name": f"Facilitator: {name}",
            "shortName": code[:50],
            "valueType": "ZERO_OR_POSITIVE_INT",
            "domainType": "AGGREGATE",
            "aggregationType": "SUM",
            "zeroIsSignificant": False,
            "categoryCombo": {"id": DEFAULT_CATEGORY_COMBO},
        }
        for code, name in element_catalogue(tallies)
    ]
    data_set = {
        "id": uid(DATA_SET_CODE),
        "code": DATA_SET_CODE,
        "name": "Facilitator: workshop sessions (monthly)",
        "shortName": "Facilitator sessions",
        "periodType": "Monthly",
        "categoryCombo": {"id": DEFAULT_CATEGORY_COMBO},
        "dataSetElements": [{"dataElement": {"id": element["id"]}} for element in elements],
    }
    return {
        "dataElements": elements,
        "dataSets": [data_set],
    }


def tally_keys(summaries: Iterable[Summary]) -> set[tuple[str, str, int]]:
    return {
        (tally.question, answer, tally.round)
        for s in summaries
        for tally in s.tallies
        for answer in tally.counts
    }

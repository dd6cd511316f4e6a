"""The programme's XLSForm for ODK Central and KoboToolbox, as data: one row a field.

``scripts/make_xlsform.py`` writes it to content/programme/session-summary.xlsx (shipped); a
test checks the shipped file holds exactly these rows and that pyxform converts it. The OpenRosa
instances (odk.py) are written from the same rows, so the two never drift apart.
"""

from __future__ import annotations

from dataclasses import dataclass

from facilitator.content import CONTENT_DIR
from facilitator.programme.regions import region_codes, region_name
from facilitator.programme.vocabulary import (
    DRIVERS,
    FORMS,
    OUTCOMES,
    REFERRAL_KINDS,
    SUMMARY_AGE_BANDS,
    SUMMARY_LANGUAGES,
)

FORM_FILE = CONTENT_DIR / "programme" / "session-summary.xlsx"
FORM_ID = "facilitator_session_summary"
FORM_VERSION = "1"
FORM_TITLE = "Facilitator: session summary"
CODE_REGEX = "regex(., '^[A-Z0-9][A-Z0-9-]{1,15}$')"


@dataclass(frozen=True)
class Field:
    type: str
    """XLSForm type: text, integer, select_one LIST, begin_group, end_group, begin_repeat…"""
    name: str
    label: str
    required: bool = True
    constraint: str = ""


def field_name(key: str) -> str:
    """A summary key ("personal-beliefs") as an XLSForm name ("personal_beliefs")."""
    return key.replace("-", "_")


def _count_group(name: str, label: str, keys: tuple[str, ...]) -> list[Field]:
    return [
        Field("begin_group", name, label, required=False),
        *(Field("integer", field_name(key), key, constraint=". >= 0") for key in keys),
        Field("end_group", name, "", required=False),
    ]


def survey() -> list[Field]:
    """The form's fields in order (a group's fields between its begin and end rows)."""
    count = ". >= 0"
    return [
        Field("text", "programme", "Programme code", constraint=CODE_REGEX),
        Field("text", "facilitator", "Facilitator code", constraint=CODE_REGEX),
        Field("select_one region", "region", "Region"),
        Field("text", "week", "ISO week", constraint="regex(., '^[0-9]{4}W[0-9]{1,2}$')"),
        Field("text", "plan_id", "Plan id", constraint="regex(., '^[a-z0-9][a-z0-9-]{0,62}$')"),
        Field("text", "plan_version", "Plan version", constraint="regex(., '^[0-9a-f]{12}$')"),
        Field("integer", "session_number", "Session number", constraint=". >= 1"),
        Field("integer", "series_length", "Sessions in the series", constraint=". >= 1"),
        Field("select_one language", "language", "Language"),
        Field("integer", "participants", "Participants", required=False, constraint=". >= 1 and . <= 200"),
        Field("select_one age_band", "age_band", "Age band", required=False),
        Field("integer", "minutes_planned", "Minutes planned", constraint=count),
        Field("integer", "minutes_actual", "Minutes used", constraint=count),
        Field("integer", "steps_planned", "Steps planned", constraint=count),
        Field("integer", "steps_delivered", "Steps delivered", constraint=count),
        Field("integer", "steps_skipped", "Steps skipped", constraint=count),
        Field("integer", "follow_ups", "Follow-ups noted", constraint=count),
        *_count_group("resistance_by_driver", "Resistance moments by driver", DRIVERS),
        *_count_group("resistance_by_form", "Resistance moments by form", FORMS),
        *_count_group("resistance_by_outcome", "Resistance moments by outcome", OUTCOMES),
        *_count_group("referrals_by_kind", "Referrals offered by kind", REFERRAL_KINDS),
        Field("begin_repeat", "tally", "Tallies (one answer to one statement in one round)", required=False),
        Field("text", "question", "Statement id"),
        Field("integer", "round", "Round (1: first time asked)", constraint=". >= 1"),
        Field("text", "answer", "Answer id"),
        Field("integer", "count", "How many gave this answer", constraint=count),
        Field("end_repeat", "tally", "", required=False),
    ]


def choices() -> list[tuple[str, str, str]]:
    """(list name, name, label) rows of the choices sheet."""
    rows = [("region", code, f"{code} {region_name(code)}") for code in region_codes()]
    rows += [("language", code, code) for code in SUMMARY_LANGUAGES]
    rows += [("age_band", band, band) for band in SUMMARY_AGE_BANDS]
    return rows


SURVEY_HEADER = ("type", "name", "label", "required", "constraint")
CHOICES_HEADER = ("list_name", "name", "label")
SETTINGS_HEADER = ("form_title", "form_id", "version")


def sheets(
    public_key: str = "", submission_url: str = "", version: str = ""
) -> dict[str, list[tuple[str, ...]]]:
    """Every sheet of the XLSForm as rows of cell texts, header first. With the programme's
    ``public_key`` (base64 RSA), ODK encrypts each submission to it; ``submission_url`` is where
    Collect sends them; ``version`` replaces the shipped version (a server's own, e.g. Central's
    ``1[encrypted:…]``)."""
    survey_rows = [(f.type, f.name, f.label, "yes" if f.required else "", f.constraint) for f in survey()]
    header: tuple[str, ...] = SETTINGS_HEADER
    row: tuple[str, ...] = (FORM_TITLE, FORM_ID, version or FORM_VERSION)
    for column, value in (("public_key", public_key), ("submission_url", submission_url)):
        if value:
            header, row = (*header, column), (*row, value)
    return {
        "survey": [SURVEY_HEADER, *survey_rows],
        "choices": [CHOICES_HEADER, *choices()],
        "settings": [header, row],
    }

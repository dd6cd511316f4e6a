"""A country named in a note stays, in any of the notes' languages and case forms ("волонтёр из
Франции", "Ispaniyadan keldi", "Ирландияда жұмыс істейді"): the list is made from pycountry's
ISO 3166-1 names and translations (scripts/make_country_names.py). A given name that is also a
country in English stays a person's. Sentences written for this test from general knowledge."""

import importlib.util
from pathlib import Path

import pytest

from tests.anonymizer.test_classes import covered, removed, touched

ROOT = Path(__file__).resolve().parents[2]


def test_the_shipped_list_is_what_the_script_makes_from_pycountry() -> None:
    spec = importlib.util.spec_from_file_location(
        "make_country_names", ROOT / "scripts" / "make_country_names.py"
    )
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    assert script.TARGET.read_text(encoding="utf-8") == script.text()


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Лиза (волонтёр из Франции) спрашивает, можно ли фоткать ребят для её блога.", "Франции"),
        ("Grace (volunteer from Ireland) is leaving on Friday.", "Ireland"),
        ("Волонтёр аз Олмон, Jonas, имрӯз омад.", "Олмон"),
        ("Volontyor Maria (Ispaniyadan) birinchi marta keldi.", "Ispaniyadan"),
        ("Ағасы Ирландияда жұмыс істейді дейді.", "Ирландияда"),
        ("Фаронса ва Олмон дар бораи ҳуқуқи занон гап задем.", "Фаронса"),
    ],
)
def test_a_country_stays(text: str, country: str) -> None:
    assert not touched(text, country), removed(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Jordan said he would come next week, his dad agreed.", "Jordan"),
        ("Лиза (волонтёр из Франции) спрашивает, можно ли фоткать ребят.", "Лиза"),
    ],
)
def test_a_person_beside_or_named_like_a_country_is_still_removed(text: str, name: str) -> None:
    assert covered(text, name), removed(text)


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("Ҳисобот: вилояти Хатлон, октябр.\n7 машғулот, 80 иштирокчӣ.", "Хатлон"),  # NER read a person
        ("Two sessions in Sughd region, one in Khatlon, none in Dushanbe.", "Khatlon"),
    ],
)
def test_a_region_a_report_names_stays(text: str, region: str) -> None:
    assert not touched(text, region, use_ner=True), removed(text, use_ner=True)

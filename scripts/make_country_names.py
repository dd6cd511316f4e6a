"""Write facilitator/anonymizer/data/countries.txt: the world's countries as the notes name them, in
English, Russian, Kazakh, Kyrgyz, Uzbek and Tajik, from pycountry's ISO 3166-1 names and their
translations (the iso-codes project). A country in a note is a must-stay ("волонтёр из Франции",
"Ispaniyadan keldi"), never a person.

    .venv/bin/python scripts/make_country_names.py            # write the shipped list
    .venv/bin/python scripts/make_country_names.py --check    # exit 1 if it differs from the file

Left out: names of more than one word (the anonymizer reads a place word by word), names a listed
given name or surname reads (Гана) or reads as a man's name in the genitive (Romania, Armenia:
"Романа", "Армена"), names of four letters or fewer (Чад, Того, Мали, Куба: given names, pet forms
or words of the notes' languages), and the countries that are also given names in English (Jordan,
Georgia, Israel, Chad).
"""

from __future__ import annotations

import gettext
import sys
from importlib.metadata import version
from pathlib import Path

import pycountry

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from facilitator.anonymizer.name_rules.name_lists import list_names  # noqa: E402
from facilitator.anonymizer.skeleton import skeleton  # noqa: E402

TARGET = ROOT / "facilitator" / "anonymizer" / "data" / "countries.txt"
LANGUAGES = ("ru", "kk", "ky", "uz", "tg")
GIVEN_NAMES = frozenset({"jordan", "georgia", "israel", "chad", "india", "kenya", "tonga"})
"""English given names that are also countries' names: a person where a note names them."""

HEADER = """\
# The world's countries in English, Russian, Kazakh, Kyrgyz, Uzbek and Tajik: kept in notes, never a
# person. Made by scripts/make_country_names.py from pycountry {version} (ISO 3166-1 names and the
# iso-codes project's translations); do not edit by hand.
"""


def _names() -> list[str]:
    found: set[str] = set()
    translations = [
        gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language], fallback=True)
        for language in LANGUAGES
    ]
    for country in pycountry.countries:
        english = [country.name, getattr(country, "common_name", None)]
        found.update(n for n in english if n)
        found.update(translation.gettext(country.name) for translation in translations)
    listed = list_names()
    return sorted(
        name
        for name in found
        if " " not in name
        and "," not in name
        and len(skeleton(name)) > 4
        and skeleton(name) not in listed
        and not _a_mans_genitive(skeleton(name), listed)
        and name.casefold() not in GIVEN_NAMES
    )


def _a_mans_genitive(shape: str, listed: frozenset[str]) -> bool:
    """The skeleton is a listed name and "-а", the Russian genitive and accusative of a man's name:
    "Romania" is "romana" to the spelling-blind skeleton, and so is "Романа" (Роман's), which a
    country's case forms would take from him; "Armenia" and "Армена" too."""
    return shape.endswith("a") and shape[:-1] in listed


def text() -> str:
    return HEADER.format(version=version("pycountry")) + "\n".join(_names()) + "\n"


def main() -> None:
    made = text()
    if "--check" in sys.argv[1:]:
        sys.exit(0 if TARGET.read_text(encoding="utf-8") == made else 1)
    TARGET.write_text(made, encoding="utf-8")


if __name__ == "__main__":
    main()

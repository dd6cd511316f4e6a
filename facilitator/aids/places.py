"""Countries and towns of the venue, offline: which country a town is in (content/referrals/towns.yaml).

Used so a national service is matched to its own country only. A town not in the list is
"not in the list": never guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import yaml

from facilitator.content import CONTENT_DIR
from facilitator.languages import LANGUAGES

TOWNS_FILE = CONTENT_DIR / "referrals" / "towns.yaml"
NATIONWIDE = {"en": "nationwide", "ru": "по всей стране", "kk": "бүкіл ел бойынша"}
_PREFIXES = ("г ", "город ", "city of ", "gorod ")
_SUFFIXES = (" қаласы", " city", " town", " shahri", " shahar")


def normalise(name: str) -> str:
    """A name as compared: letter case, ё, hyphens, dots, "г."/"город"/"қаласы" aside."""
    text = name.casefold().replace("ё", "е").replace("ʻ", "'").replace("’", "'").replace("`", "'")
    text = re.sub(r"[\s\-.,()«»\"]+", " ", text).strip()
    for prefix in _PREFIXES:
        if text.startswith(prefix):
            text = text[len(prefix) :]
    for suffix in _SUFFIXES:
        if text.endswith(suffix):
            text = text[: -len(suffix)]
    return text.strip()


@dataclass(frozen=True)
class Town:
    name: str
    """Its English name (the first in the list)."""
    country: str


@dataclass(frozen=True)
class _Places:
    countries: dict[str, dict[str, str]]
    """code -> {"en": ..., "ru": ..., "kk": ...}"""
    country_names: dict[str, str]
    """normalised name or code -> code"""
    towns: dict[str, Town]
    """normalised name -> town"""


@cache
def _places() -> _Places:
    data = yaml.safe_load(TOWNS_FILE.read_text(encoding="utf-8"))
    countries: dict[str, dict[str, str]] = {}
    country_names: dict[str, str] = {}
    for code, entry in data["countries"].items():
        countries[code] = {lang: str(entry[lang]) for lang in LANGUAGES}
        for name in [code, *countries[code].values(), *entry.get("other", [])]:
            country_names[normalise(str(name))] = code
    towns: dict[str, Town] = {}
    for code, lines in data["towns"].items():
        for names in lines:
            town = Town(str(names[0]), code)
            for name in names:
                towns[normalise(str(name))] = town
    return _Places(countries, country_names, towns)


def countries() -> list[str]:
    """The country codes the list knows, in its order (KZ, KG, UZ, TJ)."""
    return list(_places().countries)


def country_code(text: str) -> str | None:
    """``text`` as an ISO 3166-1 alpha-2 code when it is a known code or country name, else None."""
    return _places().country_names.get(normalise(text)) if text.strip() else None


def country_name(code: str, language: str) -> str:
    """The country's name in ``language`` (the code itself for a country not in the list)."""
    names = _places().countries.get(code.upper())
    return names.get(language, names["en"]) if names else code.upper()


def find_town(name: str) -> Town | None:
    """The town called ``name`` (in any of its spellings), or None when it is not in the list."""
    return _places().towns.get(normalise(name)) if name.strip() else None


def place_name(country: str, region: str, language: str) -> str:
    """Where a service works, for people: its town/region, or "<country>, nationwide"."""
    if region.strip():
        return region
    if country:
        return f"{country_name(country, language)}, {NATIONWIDE.get(language, NATIONWIDE['en'])}"
    return ""


def name_collisions() -> dict[str, set[str]]:
    """Names listed under more than one town or country (the data file must have none)."""
    data = yaml.safe_load(TOWNS_FILE.read_text(encoding="utf-8"))
    seen: dict[str, set[str]] = {}
    for code, lines in data["towns"].items():
        for names in lines:
            for name in names:
                seen.setdefault(normalise(str(name)), set()).add(f"{code}:{names[0]}")
    return {name: owners for name, owners in seen.items() if len(owners) > 1}

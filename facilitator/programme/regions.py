"""The regions a programme reports by (content/programme/regions.yaml): ISO 3166-2 first-level
divisions of KZ, KG, UZ and TJ. Never a district, town or village."""

from __future__ import annotations

from functools import cache

import yaml

from facilitator.content import CONTENT_DIR

REGIONS_FILE = CONTENT_DIR / "programme" / "regions.yaml"


@cache
def _regions() -> dict[str, dict[str, str]]:
    data = yaml.safe_load(REGIONS_FILE.read_text(encoding="utf-8"))
    return {
        str(code): {str(lang): str(name) for lang, name in names.items()}
        for country in data.values()
        for code, names in country.items()
    }


def region_codes() -> tuple[str, ...]:
    """Every known region code, country by country (KZ, KG, UZ, TJ), in the file's order."""
    return tuple(_regions())


def is_region(code: str) -> bool:
    return code in _regions()


def region_name(code: str, language: str = "en") -> str:
    """The region's name in ``language`` (English if missing; the code if unknown)."""
    names = _regions().get(code)
    if names is None:
        return code
    return names.get(language) or names["en"]

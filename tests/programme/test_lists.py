"""The closed lists a summary draws from: regions (ISO 3166-2, first level, three languages) and
the resistance categories (the built-in cue library's drivers and forms)."""

import re

from facilitator.aids.cue_loader import builtin_cue_files, load_cues
from facilitator.programme.regions import region_codes, region_name
from facilitator.programme.vocabulary import DRIVERS, FORMS, OTHER, UNSPECIFIED, known


def test_regions_are_first_level_iso_codes_of_the_four_countries() -> None:
    codes = region_codes()
    assert len(codes) == len(set(codes)) == 20 + 9 + 14 + 5
    for code in codes:
        assert re.fullmatch(r"(KZ-\d{2}|KG-[A-Z]{1,2}|UZ-[A-Z]{2}|TJ-[A-Z]{2})", code), code
        names = {language: region_name(code, language) for language in ("en", "ru", "kk")}
        assert all(name and name != code for name in names.values()), code
        assert len(set(names.values())) == 3, f"{code}: a name left untranslated"


def test_the_categories_are_the_builtin_cue_librarys() -> None:
    (english,) = [load_cues(path) for path in builtin_cue_files() if path.name == "cues.en.yaml"]
    assert (*(driver.id for driver in english.drivers), OTHER, UNSPECIFIED) == DRIVERS
    assert (*(form.id for form in english.forms), OTHER, UNSPECIFIED) == FORMS
    assert known("", DRIVERS) == UNSPECIFIED
    assert known("my-own-driver", DRIVERS) == OTHER
    assert known("discomfort", DRIVERS) == "discomfort"

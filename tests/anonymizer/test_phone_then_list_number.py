"""A phone at the end of a list's line and the next line's number ("…15\\n3. …") make twelve digits;
they are a phone and a list's number, not an IIN across the line break. Lines written for this
test."""

from facilitator.anonymizer.patterns import find_patterns
from facilitator.anonymizer.spans import Kind, resolve


def kinds(text: str) -> dict[str, Kind]:
    return {text[s.start : s.end]: s.kind for s in resolve(list(find_patterns(text)))}


def test_a_phone_before_the_next_lines_number_is_a_phone() -> None:
    text = "1. Асан — 8 701 455 20 19\n2. Болат — 8 702 118 43 07\n3. Ерлан"
    assert kinds(text) == {"8 701 455 20 19": Kind.PHONE, "8 702 118 43 07": Kind.PHONE}


def test_an_iin_on_one_line_stays_an_iin() -> None:
    assert kinds("ЖСН 090315 500214 анкетада") == {"090315 500214": Kind.IIN}

"""A format character (Unicode category Cf: a direction mark or override, a zero-width space or
joiner, a soft hyphen) typed or pasted inside a name shows as nothing, so it must not hide the name
from the anonymizer: the name is found and removed whole, the hidden character with it."""

from __future__ import annotations

import sys
import unicodedata

import pytest

from facilitator.anonymizer.anonymizer import Anonymizer
from facilitator.anonymizer.normalize import INVISIBLE, normalize

DIRECTION_CONTROLS = "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"


def test_every_format_character_is_read_as_nothing() -> None:
    every = {chr(code) for code in range(sys.maxunicode + 1) if unicodedata.category(chr(code)) == "Cf"}
    assert every == INVISIBLE
    typed = "Ai" + "".join(sorted(every)) + "dar"
    normal = normalize(typed)
    assert normal.text == "Aidar"
    assert normal.span_back(0, 5) == (0, len(typed))


@pytest.fixture(scope="module")
def roster_anonymizer() -> Anonymizer:
    return Anonymizer(["Aidar", "Болат"], use_ner=False)


@pytest.mark.parametrize("mark", DIRECTION_CONTROLS)
def test_a_direction_mark_inside_a_roster_name_does_not_hide_it(
    roster_anonymizer: Anonymizer, mark: str
) -> None:
    for typed, kept in ((f"Ai{mark}dar came", " came"), (f"Я видел Бо{mark}лата вчера", "Я видел ")):
        out = roster_anonymizer.anonymize(typed)
        assert "Participant A" in out or "Participant B" in out, (mark, out)
        assert kept in out
        assert mark not in out and "dar" not in out and "лат" not in out, (mark, out)


@pytest.mark.parametrize("mark", ["\u202e", "\u200f", "\u2067", "\u00ad"])
def test_a_direction_mark_inside_a_listed_name_does_not_hide_it(mark: str) -> None:
    out = Anonymizer(use_ner=False).anonymize(f"We met Yer{mark}zhan Tule{mark}genov in Aktobe")
    assert out.startswith("We met Person") and out.endswith(" in Aktobe"), out
    assert mark not in out and "zhan" not in out and "genov" not in out, out


def test_a_direction_mark_outside_a_name_is_left_out_of_the_report() -> None:
    """A note saved before marks were dropped at typing time: the PDF's text has none."""
    from facilitator.export.redaction import Redaction
    from facilitator.sessions.store import Note

    note = Note(1, "s", 0, 0.0, 0.0, (), "He said \u202eon\u200f the way Ai\u202edar came")
    redaction = Redaction([note], Anonymizer(["Aidar"], use_ner=False))
    assert redaction.text(note) == "He said on the way Participant A came"


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        # full-width digits
        ("Тел. мамы: ８ ７０１ ５５５ ３２ １９, звонить вечером.", "８ ７０１ ５５５ ３２ １９"),
        ("Call his brother on +7\u00a0701\u00a0555\u00a03219 after six.", "+7\u00a0701\u00a0555\u00a03219"),
        ("Нөмірі 8\u2011701\u2011555\u20113219, кешке хабарлас.", "8\u2011701\u2011555\u20113219"),
    ],
)
def test_a_phone_typed_in_look_alike_characters_is_removed(text: str, phone: str) -> None:
    """Full-width digits, no-break spaces and no-break hyphens are read as the plain ones (NFKC), so
    the phone they spell is found, and removed as typed."""
    removed = [text[s.start : s.end] for s in Anonymizer((), use_ner=False).detect(text)]
    assert any(phone in part for part in removed), removed
    assert normalize(text).text != text


def test_offsets_map_back_as_a_table_of_every_kept_character_would() -> None:
    """``Normalized`` keeps where each dropped character stood, not an index a character (which cost
    seconds and hundreds of MB for a 10 MB note): every stretch maps back as that index did."""
    import random

    from facilitator.anonymizer.normalize import INVISIBLE, normalize

    rng = random.Random(5)
    for _ in range(2000):
        text = "".join(
            rng.choice(["a", "б", "\u200b", "\u00ad", " ", "1", "\u202e", "Е"])
            for _ in range(rng.randrange(30))
        )
        normal = normalize(text)
        kept = [i for i, char in enumerate(text) if char not in INVISIBLE]
        assert len(normal.text) == len(kept)  # look-alike letters are read in one script, one for one
        for start in range(len(normal.text) + 1):
            for end in range(start, len(normal.text) + 1):
                if start >= len(kept):
                    expected = (len(text), len(text)) if len(kept) < len(text) else (start, end)
                else:
                    expected = (kept[start], kept[end - 1] + 1 if end > start else kept[start])
                assert normal.span_back(start, end) == expected, (text, start, end)

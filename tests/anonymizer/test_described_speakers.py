"""A word opening a sentence, then a remark in brackets about who that is, then a colon, a dash or a
verb of speech and a quotation, is how the facilitator calls a speaker: a person, though the word is
in a dictionary ("Мулла (самый религиозный) — «…»": a nickname, mullah) or in none ("qaraqul
(qop-qora jingalak sochli) dedi: «…»"). A heading's word, a relative or a word for a person in that
place stays ("Тема (важно): «…»", "Мама (плачет): «…»"), and so does a word before a bracket with no
quotation after it ("Мулла (имам мечети) приходил в школу.")."""

from __future__ import annotations

import pytest

from facilitator.anonymizer.anonymizer import Anonymizer
from facilitator.anonymizer.spans import Kind


def _names(text: str) -> set[str]:
    spans = Anonymizer().detect(text)
    return {text[s.start : s.end] for s in spans if s.kind is Kind.NAME}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Мулла (самый религиозный) — «это против ислама». Потом спорили.", "Мулла"),
        ("Бабай (чоң атасындай сүйлөйт): «Кыргыз кызы өзбекке турмушка чыкпайт».", "Бабай"),
        ("qaraqul (qop-qora jingalak sochli) dedi: «Erkak yig'lasa — uyat».", "qaraqul"),
        ("Профессор (в очках, с первой парты) сказал: «это всё западное».", "Профессор"),
        ("Итог хороший. Tank (the tall one) said: 'real men don't cry'.", "Tank"),
        ("Бөрі (ең үлкені) айтты: «ер адам жыламайды».", "Бөрі"),
    ],
)
def test_a_word_pointed_out_as_a_speaker_is_a_person(text: str, word: str) -> None:
    assert word in _names(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Тема (важно): «насилие в семье».", "Тема"),
        ("Мама (плачет): «я не знала».", "Мама"),
        ("Мулла (имам мечети) приходил в школу.", "Мулла"),
        ("Цитата (из фильма): «мужчины не плачут».", "Цитата"),
        ("Учитель (классный руководитель) сказал: «приходите ещё».", "Учитель"),
    ],
)
def test_a_heading_a_relative_or_no_quotation_stays(text: str, word: str) -> None:
    assert word not in _names(text)


@pytest.mark.parametrize(
    "text", ["Bishkek: Kanykei from the crisis centre can take Emil.", "Osh: Aziz came late."]
)
def test_a_place_heading_its_lines_is_no_speaker(text: str) -> None:
    place = text.split(":")[0]
    spans = Anonymizer(use_ner=False).detect(text)
    assert place not in [text[s.start : s.end] for s in spans]

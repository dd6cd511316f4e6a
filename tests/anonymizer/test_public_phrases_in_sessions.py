"""A public figure's full name whose first word is a participant's name ("Абылай хан" in a session
whose roster holds "Абылай Тұрғанбаев"): the session layer, which removes the participant's other
mentions, does not take the word inside the public phrase; the participant elsewhere is still
removed. Written for this test, not from the corpus."""

import pytest

from facilitator.anonymizer.anonymizer import Anonymizer
from facilitator.anonymizer.coreference import coreferent_spans


def _removed(roster: list[str], text: str) -> list[tuple[int, int]]:
    anonymizer = Anonymizer(roster, use_ner=False)
    spans = anonymizer.detect(text)
    spans += coreferent_spans([text], [spans], anonymizer.roster_keys, anonymizer.common_words)[0]
    return [(s.start, s.end) for s in spans]


@pytest.mark.parametrize(
    ("roster", "text", "figure", "participant"),
    [
        (
            ["Абылай Тұрғанбаев", "Ерлан Сейітов"],
            "Ерлан: «Абылай хан заманында бәрі басқаша еді». Абылай келіспеді.",
            "Абылай хан",
            "Абылай келіспеді",
        ),
        (
            ["Алишер Каримов", "Бобур Рахимов"],
            "Alisher Navoiy she'rlarini o'qidik. Alisher keyin gapirdi.",
            "Alisher Navoiy",
            "Alisher keyin",
        ),
    ],
)
def test_a_public_phrase_stays_and_the_participant_goes(
    roster: list[str], text: str, figure: str, participant: str
) -> None:
    removed = _removed(roster, text)
    at = text.index(figure)
    assert not any(s < at + len(figure) and at < e for s, e in removed), [text[s:e] for s, e in removed]
    there = text.index(participant)
    assert any(s <= there < e for s, e in removed), [text[s:e] for s, e in removed]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Фирдавсӣ ва Шоҳнома – Рустам ҳам барои писараш гирист.", "Рустам"),
        ("Used Toktogul songs about respect for women.", "Toktogul"),
        ("Zulfiya she'rlari haqida gapirdik.", "Zulfiya"),
        ("Navro'z bayrami oldidan kayfiyat yaxshi.", "Navro'z"),
        ("Мавзолей Ходжа Ахмед Ясави – пример уважения к знанию.", "Ходжа Ахмед Ясави"),
    ],
)
def test_a_figure_with_its_work_or_holiday_stays(text: str, kept: str) -> None:
    removed = _removed([], text)
    at = text.index(kept)
    assert not any(s < at + len(kept) and at < e for s, e in removed), [text[s:e] for s, e in removed]


@pytest.mark.parametrize(
    ("text", "part"),
    [("Рустам сегодня опоздал, Рустам сказал что устал.", "Рустам"), ("Zulfiya opa keldi.", "Zulfiya")],
)
def test_the_same_names_without_the_work_are_people(text: str, part: str) -> None:
    removed = _removed([], text)
    at = text.index(part)
    assert any(s <= at < e for s, e in removed), [text[s:e] for s, e in removed]


def test_a_public_figure_in_lower_case_is_no_full_name_of_the_session() -> None:
    """A figure's full name typed in lower case ("olzhas suleimenov", a poet) is no lower-case full
    name of a participant, though its first name is on the roster; the participant stays removed."""
    text = "olzhas quote my father reads olzhas suleimenov every night end quote comma olzhas laughed"
    removed = _removed(["Olzhas Karimov", "Azizbek Toirov"], text)
    at = text.index("olzhas suleimenov")
    assert not any(s < at + len("olzhas suleimenov") and at < e for s, e in removed), [
        text[s:e] for s, e in removed
    ]
    there = text.index("olzhas laughed")
    assert any(s <= there < e for s, e in removed), [text[s:e] for s, e in removed]


def test_thank_god_is_no_participant() -> None:
    """ "Слава богу" (thank God) keeps its "Слава", though a participant is called Слава."""
    text = "Слава (по паспорту Вячеслав): «Слава богу, дома всё спокойно». Потом Слава ушёл."
    removed = _removed(["Вячеслав Ли", "Арман Сапаров"], text)
    at = text.index("Слава богу")
    assert not any(s < at + 5 and at < e for s, e in removed), [text[s:e] for s, e in removed]
    there = text.index("Слава ушёл")
    assert any(s <= there < e for s, e in removed), [text[s:e] for s, e in removed]


def test_a_hyphened_place_typed_with_a_space_is_no_participant() -> None:
    """ "cholpon ata" (the town Чолпон-Ата) keeps its "cholpon", though the session names a Cholpon."""
    text = "his neighbour Cholpon Asanova came full stop the camp is in cholpon ata passport ID 2186407"
    removed = _removed(["Azamat Kadyrov"], text)
    at = text.index("cholpon ata")
    assert not any(s < at + len("cholpon ata") and at < e for s, e in removed), [
        text[s:e] for s, e in removed
    ]
    there = text.index("Cholpon Asanova")
    assert any(s <= there < e for s, e in removed), [text[s:e] for s, e in removed]

"""A name right before "in the book / film" is a character of the work; before "там" (there) too when
a title read or watched stands quoted earlier in the note ("посмотрели «…» … «Саша там главный»").
"Данияр там был вчера" with no work named is a person. Written for this test, not from any corpus."""

from __future__ import annotations

import pytest

from tests.anonymizer.test_called_nicknames import session_removed
from tests.anonymizer.test_classes import covered, removed, touched


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Посмотрели «Бригаду», и Азиз сказал: «Саша там главный».", "Саша"),
        ("Ребята спорили: Ромео в фильме вообще не думает о семье.", "Ромео"),
        ("We watched 'Jamila' and Tom said Daniyar in the film never shouts.", "Daniyar"),
    ],
)
def test_a_character_of_a_work_stays(text: str, part: str) -> None:
    assert not touched(text, part), removed(text)


def test_a_person_there_goes() -> None:
    text = "Тимур сказал, что Данияр там был вчера."
    assert covered(text, "Данияр"), removed(text)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # heroines and lovers of the works a workshop reads, given names too: public by their work
        ("Читали «Материнское поле» Айтматова. Толгонай — сильная женщина.", "Толгонай"),
        ("Фирдавсӣ ва «Шоҳнома»: Рустам ва Таҳмина.", "Рустам ва Таҳмина"),
        ("Почему Навои писал про Лейли и Меджнуна?", "Меджнуна"),
        # figures cited in a workshop
        ("Бакай ата (Манас эпосундагы) акылман кеңешчи.", "Бакай ата"),
        ("Sardor (Muhammad Ali kabi bokschi bo'lmoqchi) yaxshi gapirdi.", "Muhammad Ali"),
        ("Ҷалолиддин Румӣ: «Ту он нестӣ, ки менамоӣ».", "Ҷалолиддин Румӣ"),
        ("Ájiniyaz qosıqların oqıdıq.", "Ájiniyaz"),
        ("Бүгүн «Эркек кутусу» көнүгүүсүн жасадык.", "Эркек кутусу"),
        ("Қиссаи Рустам ва Суҳробро хондем — падар писарашро намешиносад.", "Рустам ва Суҳробро"),
        ("Шеъри Рӯдакӣ «Бӯи ҷӯи Мӯлиён»-ро хондем.", "Бӯи ҷӯи Мӯлиён"),
        # the Russian model reads a Tajik word and a singer's name as one person: the singer stays,
        # and the word before her name ("the song of") is no one
        ("Суруди Шабнами Сурайёро гӯш кардем ва гуфтем, ки мард ҳам гиря карда метавонад.", "Суруди Шабнами"),
    ],
)
def test_a_figure_or_a_work_of_the_region_stays(text: str, part: str) -> None:
    assert not touched(text, part, use_ner=True), removed(text, use_ner=True)


def test_a_participant_named_like_the_boxer_goes() -> None:
    # the participant's name goes; the boxer's name beside it in brackets stays, whole
    text = "Muhammadali (Muhammad Ali kabi bokschi bo'lmoqchi) yaxshi gapirdi."
    assert covered(text, "Muhammadali") and not touched(text, "Muhammad Ali"), removed(text)
    # the session adds no short form of his name inside the boxer's
    assert session_removed(text) == ["Muhammadali"], session_removed(text)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Dauletbay brought a poem of Ibrayim Yusupov about his mother.", "Ibrayim Yusupov"),
        ("we read the verses of Berdaq, very quiet room", "Berdaq"),
        ("Алмамбет в эпосе «Манас» — друг героя.", "Алмамбет"),
        ("ал өзінің апасы ФК Қайрат фанаты", "Қайрат"),
    ],
)
def test_figures_works_and_places_of_the_region_stay(text: str, part: str) -> None:
    # a Karakalpak poet by his full name, another beside a word of his verses, the Manas epic's
    # hero beside the epic, a football club by its initials
    assert not touched(text, part), removed(text)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Berdaq wrote in the chat that he is sick.", "Berdaq"),
        ("Алмамбет пришёл поздно, Берик тоже.", "Алмамбет"),
        ("Yusupov said his father drinks.", "Yusupov"),
        ("Қайрат командасына барды ма? жоқ.", "Қайрат"),  # his team, or the club: he goes
    ],
)
def test_the_same_names_as_a_boy_go(text: str, part: str) -> None:
    assert covered(text, part), removed(text)

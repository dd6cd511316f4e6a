"""Who heads or guards a plant, a mine or a depot ("начальник смены на цинковом заводе", "the night
guard at the refinery"), and a pupil's room in a dorm named with the dorm ("парень из 314 комнаты в
общаге", "жатақханасының 214 бөлмесіндегі жігіт"): in a town around one plant, or a college's dorm,
one person. Working at the plant, a guard or a dorm alone stay. Sentences written for this test from
the languages' grammar, not taken from any corpus note."""

import pytest

from tests.anonymizer.test_classes import covered, removed, touched


@pytest.mark.parametrize(
    ("text", "part"),
    [
        (
            "Отец, начальник смены на цинковом заводе, применяет наказания.",
            "начальник смены на цинковом заводе",
        ),
        ("Его дядя ночной сторож на нефтебазе, все его знают.", "сторож на нефтебазе"),
        ("Әкесі хром кенішіндегі ауысым бастығы, үйде қатал.", "кенішіндегі ауысым бастығы"),
        ("Атасы лампа заводунун түнкү кароолчусу.", "заводунун түнкү кароолчусу"),
        ("кыздын аты Назира, нефтезаводдун күзөтчүсүнүн кызы.", "нефтезаводдун күзөтчүсүнүн кызы"),
        ("Otasi Bekoboddagi metall zavodida smena boshlig'i.", "zavodida smena boshlig'i"),
        ("His uncle is the night guard at the refinery, everybody knows him.", "guard at the refinery"),
        ("Он главный механик на обогатительной фабрике.", "главный механик на обогатительной фабрике"),
        # a room and its dorm, either way round
        ("Сегодня пришёл парень из 314 комнаты в общаге колледжа, жалуется.", "314 комнаты в общаге"),
        (
            "Колледж жатақханасының 214 бөлмесіндегі жігіт бүгін келді.",
            "жатақханасының 214 бөлмесіндегі жігіт",
        ),
        ("Жатаканын 308-бөлмөсүндөгү бала келди.", "Жатаканын 308-бөлмөсүндөгү бала"),
        ("Kollej yotoqxonasining 412-xonasidagi yigit keldi.", "yotoqxonasining 412-xonasidagi yigit"),
        (
            "Dias talked about the boy in room 314 of the college dorm, who is bullied.",
            "room 314 of the college dorm",
        ),
    ],
)
def test_a_plants_head_or_a_dorm_room_is_removed(text: str, part: str) -> None:
    assert covered(text, part), removed(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Отец работает на заводе, мать дома.", "работает на заводе"),
        ("The guard was nice to us. We visited the plant museum.", "The guard was nice"),
        ("В общаге было шумно, мы сидели в комнате отдыха.", "В общаге было шумно"),
        ("Әкесі зауытта істейді, шешесі үйде.", "зауытта істейді"),
    ],
)
def test_a_plant_a_guard_or_a_dorm_alone_stays(text: str, kept: str) -> None:
    assert not touched(text, kept), removed(text)

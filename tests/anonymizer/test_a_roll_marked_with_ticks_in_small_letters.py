"""A roll call on one line that marks each one called with a tick or a cross, in small letters
("тизме: айба ✔ пила ✔ кран ✘ …"), is a list of people though most of its words are a thing's: once
two of them and a third are persons found, or one after a roll call's heading ("ro'yxat: sardor ✔,
javo ✔"). A public figure's name marked present is a boy's nickname ("месси+"): no footballer comes to
a session. A list of things or of tasks marked so stays. Sentences written for this test from how
facilitators type, not taken from any corpus note."""

import pytest

from tests.helpers.found_names import session_names

KY_TICKED = "тизме 3-сабак: нурбек ✔ балта ✔ тилек ✔ кетмен ✔ эрлан ✘ кесек ✔ — 5/6"
UZ_HEADED = "ro'yxat: sardor ✔, qovun ✔, ketmon ✘ (dalada), bodring ✔"
RU_PLUSES = "занятие 7: ержан+; дамир+; месси+; тимур+; роналду-(сборы); кирпич+"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (KY_TICKED, "балта"),
        (KY_TICKED, "кетмен"),
        (KY_TICKED, "кесек"),
        (UZ_HEADED, "qovun"),
        (UZ_HEADED, "ketmon"),
        (UZ_HEADED, "bodring"),
        (RU_PLUSES, "месси"),
        (RU_PLUSES, "роналду"),
    ],
)
def test_one_a_ticked_roll_calls_is_removed(text: str, word: str) -> None:
    assert word in session_names([text])[0]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("сатып алу: маркер ✔ қағаз ✔ шай ✘ скотч ✔", "маркер"),  # things, no one found
        ("Сертификаты: Ерлан ✔ Дамир ✔ Нурбек ✔ распечатать ✘", "распечатать"),  # a task
        ("кто за: спорт ✔ музыка ✔ кино ✘ Дамир ✔", "музыка"),  # one person found and no roll's heading
    ],
)
def test_things_and_tasks_ticked_stay(text: str, word: str) -> None:
    assert word not in session_names([text])[0]

"""Towns and villages of the Issyk-Kul, Talas and Chui regions (region_places.txt) stay in any case
form, Russian or Kyrgyz: "Тамгага", "в Покровке", "Барскоондо", the short "Түп" with an ending
("Түптө"), the Kyrgyz locative made an adjective ("Караколдогу": in Karakol); a person named beside
them is still removed, and so is a given name with the same ending. Sentences written for this test
from general knowledge."""

import pytest

from tests.anonymizer.test_classes import covered, removed, touched


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Эртең Тамгага барабыз, жигиттер күтүп жатышат.", "Тамгага"),
        ("Кечээ Барскоондо жаңы топ ачылды.", "Барскоондо"),
        ("Сессия прошла в Покровке, пришли девять ребят.", "Покровке"),
        ("Договорились встретиться в Ананьево у клуба.", "Ананьево"),
        ("Түптө 10 бала катышты.", "Түптө"),
        ("Тюптөн эки жигит келди.", "Тюптөн"),
        ("Ал Караколдогу колледжде окуйт.", "Караколдогу"),
        ("Атасы Кумтөрдө иштейт, үйгө сейрек келет.", "Кумтөрдө"),
        ("Балыкчыдагы топ эң чоң болду.", "Балыкчыдагы"),
    ],
)
def test_the_regions_places_stay(text: str, place: str) -> None:
    assert not touched(text, place), removed(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Тамгадагы топко Нурсултан келди.", "Нурсултан"),
        ("Барскоондо Азаматты жолуктурдук.", "Азаматты"),
        ("Бүгүн Эрланды Түптө көрдүм.", "Эрланды"),
        ("Айгүлдөгү китепти алып кел.", "Айгүлдөгү"),
    ],
)
def test_people_beside_them_are_removed(text: str, name: str) -> None:
    assert covered(text, name), removed(text)

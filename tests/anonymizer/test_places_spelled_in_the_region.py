"""Places as the region's notes spell them stay: Tajik spellings of Tajik towns ("дар Хоруғ", "аз
Хуҷанд"), Nukus as Karakalpak spells it ("Нөкистеги"), Mongolia in the Kazakh, Russian and Latin
spellings of the Kazakhs who came from there, and a province said with Kazakh "аймақ" ("Алтай
аймағынан", "Баян-Өлгий аймағында"), though "Алтай" alone is also a given name. Sentences written for
this test from general knowledge."""

import pytest

from facilitator.anonymizer.anonymizer import Anonymizer
from facilitator.anonymizer.spans import Kind
from tests.anonymizer.test_classes import removed, touched


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Маслиҳат бо ҳамкорон дар Хоруғ, соати 15:00.", "Хоруғ"),
        ("Падараш дар Хуҷанд кор мекунад.", "Хуҷанд"),
        ("Ағасы айтты: «бізде, Моңғолияда, басқаша болатын».", "Моңғолияда"),
        ("His family came from Mongolia in 2019.", "Mongolia"),
        ("Oilasi Mongoliyadan ko'chib kelgan.", "Mongoliyadan"),
        ("Ол Қытайдан, Алтай аймағынан көшіп келген.", "Алтай"),
        ("Олар Баян-Өлгий аймағынан келген.", "Баян-Өлгий"),
        # Nukus as Karakalpak spells it, after the Karakalpak "today" (no surname in "-ин")
        ("Бүгин Нөкистеги мектепте жыйналыс болды.", "Бүгин Нөкистеги"),
        ("Ертең Нөкиске барамыз.", "Нөкиске"),
    ],
)
def test_a_place_in_the_regions_spelling_stays(text: str, part: str) -> None:
    assert not touched(text, part), removed(text)


def test_altai_alone_is_still_a_name() -> None:
    text = "Бүгін Алтай айтты: «жоқ»."
    names = [text[s.start : s.end] for s in Anonymizer(use_ner=False).detect(text) if s.kind is Kind.NAME]
    assert "Алтай" in names

"""A name-word that is the word itself: called a word after its cue wherever it stands ("… бірақ
Жеңіс деген сөз туралы", "Бақыт деген сөзді": the word called so), and a heading before a dash that
the sentence says is not (only) a name ("Umid — bu faqat ism emas", "Надежда — это не имя"). A
person stays a person: "Жеңіс деген бала" (a boy called Жеңіс), "Жеңіс деген сөзінде тұрды" (kept
the word he said), "Нур — полное имя не говорит". Sentences written for this test."""

import pytest

from tests.anonymizer.test_classes import removed, touched


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Кеше жігіттермен Жеңіс деген сөз туралы сөйлестік.", "Жеңіс"),
        ("Бүгін тағы Бақыт деген сөзді талқыладық.", "Бақыт"),
        ("Bugun mavzu boshqa. Umid — bu faqat ism emas, maqsad ham. Sardor jim qoldi.", "Umid"),
        ("Nurlan — bul tek esim emes, jaryq degen sóz.", "Nurlan"),
        ("Надежда — это не имя, а чувство, сказал Тимур.", "Надежда"),
    ],
)
def test_the_word_itself_stays(text: str, part: str) -> None:
    assert not touched(text, part), removed(text)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Кеше Жеңіс деген бала келді.", "Жеңіс"),
        ("Кеше Жеңіс деген сөзінде тұрды.", "Жеңіс"),
        ("Нур — так просил называть, полное имя не говорит.", "Нур"),
        ("Umid — bugun kelmadi, telefoni o'chiq.", "Umid"),
    ],
)
def test_a_person_so_called_is_removed(text: str, part: str) -> None:
    assert touched(text, part), removed(text)

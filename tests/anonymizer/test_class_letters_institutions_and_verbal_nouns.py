"""As the export reads a note (the rules, the name model and the session layer):
- a class's letter right after its number is no initial of the name after it ("Классная 10А Сания
  Бейсенқызы": Сания Бейсенқызы goes, the class stays);
- a Kyrgyz verbal noun or adjective in a long vowel opening a sentence is no one ("Жолугушуу 6",
  "Убактылуу коргоо ордери"), while a name in "-сулуу" is one ("Айсулуу келди");
- a title's first word in single quotes before its thing stays though the Russian model reads a
  person ("Абайдын 'Толык адам' идеясын");
- the parliament, a mausoleum, a football club, a payment app, a car's model and the ombudsman stay;
- a word for a boy in quotes before the person ("«Bola» (Umarjon)", "«Бола» — энг кичиги Умаржон") and a
  quoted word after a person and a dash ("Тимур — «Шпала»") are his nickname.
Sentences written for this test from general knowledge."""

import pytest

from tests.helpers.found_names import model_session_names_in, model_session_touches


def test_a_class_letter_is_no_initial() -> None:
    names = model_session_names_in("Классная 10А Сания Бейсенқызы просит срочно позвонить.")
    assert "Сания Бейсенқызы" in names
    assert not any(name.startswith("А") for name in names)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Жолугушуу 6. Тема: ата болуу, 12 бала келди.", "Жолугушуу"),
        ("Мыйзамды түшүндүрдүм. Убактылуу коргоо ордери эмне экенин эч ким билбейт.", "Убактылуу"),
        ("Абайдын 'Толык адам' идеясын келтирдим, балдар талкуулашты.", "Толык"),
        ("Балдар Жогорку Кеңештин сайтынан мыйзам долбоорлорун окуду.", "Жогорку"),
        ("Экскурсия — Отырар, Арыстан баб кесенесі.", "Арыстан"),
        ("Keyingi hafta Paxtakor o'yiniga boramiz, chiptalar 12 ta.", "Paxtakor"),
        ("Onasi pulni Payme orqali qaytardi.", "Payme"),
        ("Отец ездит на чёрной Малибу, его тут все знают.", "Малибу"),
        ("The complaint went to the Ombudsman (Akyikatchy) on Monday.", "Akyikatchy"),
        ("Маҳалла фаоллари ҳам келди, 27 киши.", "Маҳалла"),
    ],
)
def test_a_word_of_grammar_a_title_or_an_institution_stays(text: str, word: str) -> None:
    assert not model_session_touches(text, word)


def test_a_name_in_a_long_vowel_is_still_a_name() -> None:
    assert model_session_touches("Айсулуу бүгүн келди, апасы менен.", "Айсулуу")


@pytest.mark.parametrize(
    ("text", "nickname"),
    [
        ("Mashg'ulotdan keyin «Bola» (Umarjon) menga aytdi. Bola yig'ladi.", "Bola"),
        ("Жамоа лақаблари: «Тошбақа» — Абдуллоҳ, «Бола» — энг кичиги Умаржон.", "Бола"),
        ("Тимур — «Шпала», №9. Шпала потом извинился.", "Шпала"),
    ],
)
def test_a_quoted_word_for_a_boy_or_a_word_after_a_person_and_a_dash_is_his_nickname(
    text: str, nickname: str
) -> None:
    assert nickname in model_session_names_in(text)


def test_a_quoted_word_for_a_boy_with_no_person_stays() -> None:
    assert not model_session_touches("Участник — «Бала» деп жазылған, аты жоқ.", "Бала")

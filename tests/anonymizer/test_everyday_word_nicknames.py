"""Boys called by an everyday word (a thing's or a beast's noun): found where only a person stands,
and the word itself kept where it is a word. Sentences written for this test (name_rules/
dash_definitions.py, genitive_owners.py, speaker_labels.py, person_positions.py, coreference.py's
roll calls)."""

from __future__ import annotations

import pytest

from tests.anonymizer.test_called_nicknames import session_removed
from tests.anonymizer.test_classes import covered, removed, touched


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # a verb of speech past an adverb or a preposition's phrase
        ("Вареник после тренировки сказал, что дома готовит только мама.", "Вареник"),
        ("Сапог неожиданно признался, что боится отца.", "Сапог"),
        ("Обсуждали роли. Компас в конце согласился, что посуду может мыть и парень.", "Компас"),
        # a quotation's speaker after a sentence's end, not only at a line's start
        ("Спорили про слёзы. Валенок: «я плакал, когда дед умер». Никто не смеялся.", "Валенок"),
        # a Russian noun with a Kazakh genitive before a relative
        ("Чемоданның анасы хабарласты, ұлы кеш келеді дейді.", "Чемоданның"),
        # a dash, then an age or a word for a newcomer
        ("Бублик — новенький, пришёл с другом из 9 «Б».", "Бублик"),
        ("Сухарь — самый младший в группе, 14, молчит.", "Сухарь"),
        ("Тумбочка — шын аты Ерасыл, 16 жаста.", "Тумбочка"),
    ],
)
def test_an_everyday_word_where_a_person_stands_is_removed(text: str, part: str) -> None:
    assert covered(text, part), removed(text)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Правило: «не перебивать». Итог: «все молодцы».", "Правило"),  # a quotation's heading
        ("Счастье — это когда тебя не бьют дома, сказал Абдулла (15 лет).", "Счастье"),  # a word defined
        ("Тема — семья, 15 минут на круг.", "Тема"),
        ("Сказала — с 15 лет, не раньше.", "Сказала"),  # a verb before the dash
        ("Автобустың нөмірі 45, кешікпеңдер.", "Автобустың"),  # a bus owns a number, no mother
        ("Мектептің директоры келісті.", "Мектептің"),  # a school's director: a job, no relative
        ("После зала мама сказала, что устала.", "зала"),  # the subject stands between
    ],
)
def test_the_word_itself_stays(text: str, part: str) -> None:
    assert not touched(text, part), removed(text)


def test_a_roll_call_names_its_members_in_every_form() -> None:
    text = "Пришли все. Не было: Сундук (болеет), Валенок (?). Валенку позвонить вечером."
    words = session_removed(text)
    assert {"Сундук", "Валенок", "Валенку"} <= set(words), words


@pytest.mark.parametrize(
    "text",
    [
        "Келмегендер: Сандық (ауырып қалды), Болат.",
        "Kelmaganlar: Qovoq, Sardor.",
        "Absent: Teapot (sick), Marat.",
    ],
)
def test_roll_calls_of_every_language(text: str) -> None:
    first = text.split(": ", 1)[1].split(" ")[0].rstrip(",")
    assert first in session_removed(text), session_removed(text)


@pytest.mark.parametrize(
    ("text", "members"),
    [
        # a heading of who came or did not, in small letters (a date may stand before the colon)
        ("31 oktiabr, 6-sabaq. kelmedı: temik, qoian. qoiannyñ ağasy aitty", ["temik", "qoian", "qoiannyñ"]),
        ("kelmegender 14 qaraşa: bäke, şal, tülkı.", ["bäke", "şal", "tülkı"]),
        ("не было: кабачок, сундук. остальные пришли", ["кабачок", "сундук"]),
    ],
)
def test_a_roll_call_in_small_letters(text: str, members: list[str]) -> None:
    assert set(members) <= set(session_removed(text)), session_removed(text)


@pytest.mark.parametrize(
    "text",
    [
        "tizim: dápter, qalam, kitap.",  # a list of any things
        "список: ручки, бумага, скотч.",
        "не было: мама, алматы.",  # a relative and a place
    ],
)
def test_a_list_in_small_letters_of_things_relatives_or_places_stays(text: str) -> None:
    assert session_removed(text) == [], session_removed(text)


def test_a_roll_call_keeps_relatives_places_and_figures() -> None:
    text = "Не было: Мама, Алматы. Список литературы: Абай, Пушкин."
    assert session_removed(text) == [], session_removed(text)


def test_a_dash_defined_word_is_the_person_in_every_capitalised_form_but_not_the_word() -> None:
    text = "Пряник — новенький, 15 лет. На перерыве ели пряники. Прянику дали слово."
    words = session_removed(text)
    assert "Пряник" in words and "Прянику" in words and "пряники" not in words, words


@pytest.mark.parametrize(
    ("text", "part", "nickname"),
    [
        ("огурец неожиданно признался, что отец пьёт.", "огурец", True),
        ("тапок после круга сказал, что дома всё нормально.", "тапок", True),
        ("мяч ушёл в аут, игра встала.", "мяч", False),  # no verb of speech
        ("закон говорит иначе, чем мы думали.", "закон", False),  # a law says: no person's verb
        ("мама сказала, что устала.", "мама", False),  # a relative, no nickname
        # past a note's tag or a time and a tag, the word still opens its line
        ("[раскрытие] компот неожиданно сказал, что отец пьёт.", "компот", True),
        ("#цитата пельмень признался: «мне стыдно».", "пельмень", True),
        ("19:40 [итог] чайник вдруг признался, что боится отца.", "чайник", True),
        ("[вопрос] закон говорит, что так нельзя.", "закон", False),
        ("[цитата] братан сказал: «всё норм».", "братан", False),
        ("веник под конец сказал, что дома сам возьмётся.", "веник", True),  # the preposition's noun
        # a quotation's label in small letters: a boy's nickname, not a heading's word nor a person's
        ("00:49 [цитата] бублик: «жена должна дома сидеть».", "бублик", True),
        ("гвоздь: «ну а если она первая начала».", "гвоздь", True),
        ("[цитата] вопрос: «почему он молчит?»", "вопрос", False),
        ("[цитата] ведущий: «давайте начнём».", "ведущий", False),
        ("[цитата] мама: «ты мужик».", "мама", False),
        ("каныбек айтты «алар акча гана каалашат». мен: «ошондой ойлочумун».", "мен", False),  # Kyrgyz "I"
        # past a bullet the word still opens its line; a word joined to a number does not
        ("- бублик: «я не пойду, там все старшие».", "бублик", True),
        ("• батон признался, что боится отца.", "батон", True),
        ("3-сессия: «Еркек қорапшасы» жаттығуы.", "сессия", False),
        ("[цитата] тракторист сказал, что у них так принято.", "тракторист", False),  # a job, no nickname
    ],
)
def test_a_thing_in_small_letters_that_speaks(text: str, part: str, nickname: bool) -> None:
    assert touched(text, part) is nickname, removed(text)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Песня: «Мама» — все подпевали.", "Песня"),
        ("Фильм: «Бир кадам», обсуждали час.", "Фильм"),
        ("сказка: «Колобок», разобрали, кто сильный.", "сказка"),
    ],
)
def test_a_works_kind_before_its_title_stays(text: str, part: str) -> None:
    # a capitalised thing before a colon and a quotation is a speaker ("Пельмень: «…»"), but a
    # work's kind before its title is a heading (the profiles' label_words)
    assert not touched(text, part), removed(text)

"""An unknown capitalised word opening a sentence is removed unless something says it is a word; these
endings say so (names.py ``_WORD_ENDINGS``): the Kyrgyz conditional, the Uzbek verbal noun in
"-lash", Russian abstract nouns in "-ация" and "-изия", loans in "-инг". A name in that place is
still removed. Sentences written for this test."""

import pytest

from facilitator.anonymizer.anonymizer import Anonymizer
from tests.helpers.found_names import removed_texts

ANONYMIZER = Anonymizer((), use_ner=False)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("«Келбесө — кызыкпайт» деген пикирди талкууладык.", "Келбесө"),
        ("«Ойлонбосо — туура эмес» дешти.", "Ойлонбосо"),
        ("Sanalash (ertaga): guruh ro'yxati.", "Sanalash"),
        ("Психоэдукация. Потом чай.", "Психоэдукация"),
        ("Визуализация в конце занятия.", "Визуализация"),
        ("Коучинг в парах: пять минут.", "Коучинг"),
        ("Тимбилдинг перенесли на субботу.", "Тимбилдинг"),
    ],
)
def test_a_word_so_ending_is_kept(text: str, word: str) -> None:
    found = removed_texts(ANONYMIZER, text)
    assert not any(word in f for f in found), found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Мусо омад ва гап зад.", "Мусо"),
        ("Бексұлтан 15 жаста, сабаққа келді.", "Бексұлтан"),
    ],
)
def test_short_names_are_not_read_as_such_words(text: str, name: str) -> None:
    assert name in removed_texts(ANONYMIZER, text)

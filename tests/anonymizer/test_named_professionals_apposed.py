"""A job or a role set off by commas right after the name of the one who holds it ("Вера Ивановна,
библиотекарь в Покровке, разрешила …") is what the named professional does, as it is in brackets
beside the name: the name is removed, the village and the job stay. With a kin word ("сын
библиотекаря"), "the only" ("единственный ветеринар") or no name before it ("Его отец, …") it is
still a description. Sentences written for this test from general knowledge."""

import pytest

from tests.anonymizer.test_classes import covered, removed, touched


@pytest.mark.parametrize(
    ("text", "name", "kept"),
    [
        ("Галина Петровна, завуч в Ивановке, дала нам спортзал.", "Галина Петровна", "Ивановке"),
        ("Нина Сергеевна, библиотекарь в Кочкорке, разрешила собираться.", "Нина Сергеевна", "Кочкорке"),
    ],
)
def test_a_job_apposed_to_its_holders_name_stays(text: str, name: str, kept: str) -> None:
    assert covered(text, name), removed(text)
    assert not touched(text, kept), removed(text)


@pytest.mark.parametrize(
    ("text", "description"),
    [
        ("Его отец, библиотекарь в Кочкорке, против занятий.", "библиотекарь в Кочкорке"),
        ("Бакыт, сын завуча в Ивановке, молчит на сессиях.", "сын завуча в Ивановке"),
        ("Марат, единственный ветеринар в Тамге, помог с залом.", "единственный ветеринар в Тамге"),
    ],
)
def test_without_a_name_or_with_kin_or_the_only_it_is_removed(text: str, description: str) -> None:
    assert covered(text, description), removed(text)

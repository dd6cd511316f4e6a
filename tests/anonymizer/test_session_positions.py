"""A word the session already knows as someone's name is that person where a person stands: said
absent ("bugin bakyt zhok"), joined by "and" to a name ("вера и Дима"), or before a kin word a word
later ("таланта старший брат"); where it stands as a word ("слава богу", "менің арманым") it stays."""

from __future__ import annotations

import pytest

from tests.helpers.session_notes import session


@pytest.mark.parametrize(
    ("language", "texts", "word"),
    [
        ("kk", ["keshe Bakyttyn agasy keldi", "bugin bakyt zhok, auyryp qalypty"], "bakyt"),
        ("kk", ["кеше Бақыттың әкесі келді", "бүгін бақыт жоқ, ауырып қалыпты"], "бақыт"),
        ("ru", ["вчера Таланта брат приходил", "таланта старший брат сидел за драку"], "таланта"),
        ("ru", ["сегодня Вера опоздала", "потом Дима и вера помогли с чаем"], "вера"),
    ],
)
def test_a_name_the_session_knows_is_removed_where_a_person_stands(
    language: str, texts: list[str], word: str
) -> None:
    printed = session(language, texts)
    assert word not in printed[1].casefold(), printed


@pytest.mark.parametrize(
    ("language", "texts", "kept"),
    [
        ("ru", ["про счастье, слава богу без ссор", "потом Слава Ким рассказал про отца"], "слава богу"),
        ("kk", ["менің арманым – жақсы әке болу деді", "кейін Арман Сейітов келді"], "арманым"),
        ("ru", ["вера в себя важна, и надежда тоже", "потом Вера Ли рассказала про мать"], "вера в себя"),
    ],
)
def test_the_same_word_used_as_a_word_stays(language: str, texts: list[str], kept: str) -> None:
    assert kept in session(language, texts)[0]

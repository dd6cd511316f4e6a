"""A character or figure whose name is a given name too stays where its work or place is named
anywhere in the same sentence, not only within two words ("«O'tkan kunlar» haqida gapirdi: Otabek
ikki xotinli bo'lgani to'g'rimi?", "Читали «Ак кеме»: дед Момун был слабый, а Орозкул злой"). A
boy of that name in such a sentence is still removed: with an endearing ending ("Рустамҷон"), beside a
relative's word ("бародараш Рустам"), with a remark in brackets ("рустам (писарак)"). Sentences
written for this test from how facilitators type, not taken from any corpus note."""

import pytest

from tests.anonymizer.test_classes import covered, removed, touched


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Bugun «O'tkan kunlar» haqida gapirdik: Otabek ikki xotinli bo'lgani to'g'rimi?", "Otabek"),
        ("Читали «Ак кеме» Айтматова, и ребята решили, что Орозкул злой, а дед слабый.", "Орозкул"),
        ("Биз «Жамийла» повестин талкууладык, балдар Данияр туура кылды дешти.", "Данияр"),
    ],
)
def test_a_character_in_the_sentence_of_its_work_stays(text: str, part: str) -> None:
    assert not touched(text, part), removed(text)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Аз «Шоҳнома» хондем ва Рустамҷон гуфт, ки қаҳрамон гиря намекунад.", "Рустамҷон"),
        ("Аз «Шоҳнома» хондем; бародараш Рустам дар Русия кор мекунад.", "Рустам"),
        ("рустам (писарак) қиссаи «Рустам ва Суҳроб»-ро дӯст медорад.", "рустам"),
    ],
)
def test_a_boy_of_that_name_in_such_a_sentence_is_removed(text: str, part: str) -> None:
    assert covered(text, part), removed(text)

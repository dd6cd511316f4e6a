"""A public figure's name followed at once by words saying the note means someone else of that name
('"Dimash", not the singer', "Abai (not the poet)", "Димаш (не тот)") is a person of the note; the
figure's name alone, or with his works, stays. So is the figure's name with an initial after it
("4. Димаш Б.", "[19:41] Dimash S:"): a participant whose surname the writer cut; and with an
honorific after it ("Раҳмон ака", "Манас байке"): a teacher or an elder of that name, though "Абай
атамыз" (our grandfather Abai) is the poet. Sentences written for this test."""

import pytest

from tests.anonymizer.test_classes import removed, touched


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ('2. Dinmukhamed ("Dimash", not the singer) moved to his aunt in March.', "Dimash"),
        ("Abai (not the poet, the new boy from 9B) asked about the test.", "Abai"),
        ("Димаш (не тот, наш) опять опоздал на занятие.", "Димаш"),
        ("Пришли:\n1. Нуржан\n2. Димаш Б.\n3. Ерасыл", "Димаш Б."),
        ("[19:41] Dimash S: men de, sen she?", "Dimash S"),
        ("Абай Қ. бүгін келмеді, ауырып қалыпты.", "Абай Қ."),  # the initial with its dot
        # an honorific after it: a teacher or an elder of that name, not the figure
        ("Раҳмон ака (муаллими варзиш) толорро барои ҷаласа дод.", "Раҳмон ака"),
        ("Rahmon aka (guard) said tomorrow the school is closed.", "Rahmon aka"),
        ("Манас байке бүгүн залды ачып берди.", "Манас байке"),
    ],
)
def test_a_figure_disclaimed_is_a_person(text: str, part: str) -> None:
    assert part in removed(text), removed(text)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("We listened to Dimash songs during the break.", "Dimash"),
        ("Abai wrote that a man must work; the boys argued.", "Abai"),
        ("Dimash I think is the best singer, the boys love him.", "Dimash"),  # "I", no initial
        ("Абай атамыз айтқандай, адам бол.", "Абай"),  # "our grandfather Abai": the poet
        ("Эмомалӣ Раҳмон гуфт, ки оила асоси ҷомеа аст.", "Раҳмон"),
    ],
)
def test_the_figure_stays(text: str, part: str) -> None:
    assert not touched(text, part), removed(text)

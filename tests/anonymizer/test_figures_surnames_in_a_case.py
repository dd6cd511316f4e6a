"""A first name right before a public figure's surname in a Turkic case ("Азамат Айтматовдун …":
Azamat, Aitmatov's …) is the figure's only when it is the figure's first name ("Чыңгыз
Айтматовдун"); another first name there is a person of the note, and the surname in its case stays
the writer's. Sentences written for this test from general knowledge."""

import pytest

from tests.anonymizer.test_classes import covered, removed, touched


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Бүгүн Азамат Айтматовдун сөзүн айтып берди.", "Азамат"),
        ("Keyin Jasur Navoiyning g'azalini o'qidi.", "Jasur"),
    ],
)
def test_another_first_name_before_the_figure_in_a_case_goes(text: str, part: str) -> None:
    assert covered(text, part), removed(text)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Чыңгыз Айтматовдун повестин окудук.", "Чыңгыз Айтматовдун"),
        ("Бүгүн Азамат Айтматовдун сөзүн айтып берди.", "Айтматовдун"),
        # a quoted title beside the figure in a case is the figure's work
        ("Абайдың «Толық адам» ілімін оқыдық.", "Толық адам"),
        ("«Жамийла» Айтматовдун повести жөнүндө сүйлөштүк.", "Жамийла"),
    ],
)
def test_the_figure_stays(text: str, part: str) -> None:
    assert not touched(text, part), removed(text)

"""A role in the Kyrgyz village government or council typed in a Russian sentence ("председатель
айыл окмоту в Кызыл-Адыре") reaches over the compound's possessed noun (the ky profile's institutions:
окмоту, өкмөтү, кеңеши) and the place after it, as "председатель сельсовета в …" does; without a
kin word or a cue it is no description. Sentences written for this test from general knowledge."""

import pytest

from tests.anonymizer.test_classes import covered, removed, touched


@pytest.mark.parametrize(
    ("text", "description"),
    [
        (
            "Он сказал, что его отец — председатель айыл окмоту в Шекере, поэтому молчит.",
            "айыл окмоту в Шекере",
        ),
        ("Его дядя — председатель айыл кенеши в Ивановке, его все знают.", "айыл кенеши в Ивановке"),
    ],
)
def test_the_role_reaches_over_the_village_government(text: str, description: str) -> None:
    assert covered(text, description), removed(text)


def test_the_village_government_alone_stays() -> None:
    text = "Письмо в айыл окмоту отправили в понедельник."
    assert not touched(text, "айыл окмоту"), removed(text)

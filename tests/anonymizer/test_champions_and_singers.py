"""Olympic and world champions of Tajikistan and Kyrgyzstan and a Tajik singer that a workshop
shows (data/public.yaml, written from general knowledge): their full names stay, with a case
ending too ("Akzhol Makhmudov", "суруди Ҷонибек Муродовро")."""

from __future__ import annotations

import pytest

from facilitator.anonymizer.anonymizer import Anonymizer


@pytest.fixture(scope="module")
def anonymizer() -> Anonymizer:
    return Anonymizer(use_ner=False)


@pytest.mark.parametrize(
    "text",
    [
        "we watched an Akzhol Makhmudov final, then talked about anger",
        "Бачаҳо суруди Ҷонибек Муродовро сароиданд.",
        "showed the Dilshod Nazarov throw in slow motion",
    ],
)
def test_a_champions_or_singers_name_stays(anonymizer: Anonymizer, text: str) -> None:
    assert not anonymizer.detect(text)

""" "The only" before a chain of possessives ends on the job the chain names, whatever the Uzbek
apostrophe ("mahalladagi yagona rus tili oʻqituvchisi": the mahalla's only Russian teacher, "ауылдағы
жалғыз орыс тілі мұғалімі"): the description is removed up to the job, not cut at the subject.
Sentences written for this test."""

from __future__ import annotations

import pytest

from tests.anonymizer.test_classes import covered, removed


@pytest.mark.parametrize(
    ("text", "description"),
    [
        ("Hamid domla — mahalladagi yagona rus tili oʻqituvchisi, nafaqada.", "yagona rus tili oʻqituvchisi"),
        ("Hamid domla — mahalladagi yagona rus tili o'qituvchisi, nafaqada.", "yagona rus tili o'qituvchisi"),
        ("Ол ауылдағы жалғыз орыс тілі мұғалімі, бізге көмектесті.", "жалғыз орыс тілі мұғалімі"),
    ],
)
def test_the_description_ends_on_the_job(text: str, description: str) -> None:
    assert covered(text, description), removed(text)

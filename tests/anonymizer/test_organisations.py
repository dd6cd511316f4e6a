"""Organisations, websites and legends named like people: a crisis centre called «Сезим» (a girl's
name, "feeling"), a campaign called НеМолчи ("don't keep silent"), Қорқыт ата of the legends. A
report on referrals needs them; the participant of the same name is still removed."""

from __future__ import annotations

import pytest

from facilitator.anonymizer.anonymizer import Anonymizer


def removed(text: str, language: str) -> str:
    anonymizer = Anonymizer([], use_ner=True, language=language)
    return anonymizer.anonymize(text)


@pytest.mark.parametrize(
    ("language", "text", "kept"),
    [
        ("ru", "дала номер кризисного центра «Сезим» в Бишкеке", "«Сезим»"),
        ("ru", "направила в фонд «Гулрухсор», там юрист", "«Гулрухсор»"),
        ("ru", 'позвонили в ОО "Айжан", обещали перезвонить', '"Айжан"'),
        ("ru", "в центре «Жанар» принимают без записи", "«Жанар»"),
        ("kk", "Сезим орталығына хабарластық, көмектесті", "Сезим орталығына"),
        ("kk", "«Ақбота» қорына жібердім", "«Ақбота» қорына"),
        ("en", "Sezim crisis centre in Bishkek gave advice", "Sezim crisis centre"),
        ("en", "referred him to the Aigerim Foundation", "Aigerim Foundation"),
        ("uz", "«Gulruxsor» markaziga yubordim", "«Gulruxsor» markaziga"),
    ],
)
def test_an_organisations_name_stays(language: str, text: str, kept: str) -> None:
    assert kept in removed(text, language)


@pytest.mark.parametrize(
    ("language", "text", "kept"),
    [
        ("ru", "рассказали про сайт nemolchi.kz и про горячую линию", "nemolchi.kz"),
        ("ru", "показала ролик НеМолчи, обсуждали", "НеМолчи"),
        ("en", "shared the NeMolchi campaign page and unwomen.org", "NeMolchi"),
        ("kk", "Қорқыт ата туралы аңыз айттық", "Қорқыт ата"),
    ],
)
def test_a_website_a_campaign_and_a_legend_stay(language: str, text: str, kept: str) -> None:
    assert kept in removed(text, language)


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("ru", "Сезим сказала, что боится идти домой", "Сезим"),
        ("ru", "в центре зала сидел Айбек и молчал", "Айбек"),
        ("ru", "Жанар из центра пришла позже", "Жанар"),
        ("kk", "Ақбота орталыққа кешігіп келді", "Ақбота"),
        ("en", "Aigerim came to the centre late", "Aigerim"),
        ("ru", "Айжан Сейткали, тел. 0555 12 34 56", "Айжан"),
        ("kk-latn", "Daulet Serikuly ZhSN 000101300123 dedi", "Daulet"),
        ("en", "his insta is @daulet.kz, Daulet agreed", "Daulet"),
    ],
)
def test_a_person_beside_an_organisations_word_is_still_removed(language: str, text: str, name: str) -> None:
    assert name not in removed(text, language)


@pytest.mark.parametrize(
    ("language", "text", "kept"),
    [
        # a crisis centre named like a girl, unquoted, where its contacts are given or someone is sent
        ("ru", "После занятия дал ему номер Сезим и свой телефон.", "Сезим"),
        ("ru", "Сестре дала контакты Гулрухсор, она позвонит.", "Гулрухсор"),
        ("en", "I gave his mother the hotline number of Sezim yesterday.", "Sezim"),
        ("en", "In the end his cousin was referred to Gulrukhsor.", "Gulrukhsor"),
    ],
)
def test_an_organisation_named_like_a_girl_beside_its_contacts_stays(
    language: str, text: str, kept: str
) -> None:
    assert kept in removed(text, language)


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("ru", "Сезим опять опоздала на встречу.", "Сезим"),
        # a number right after the name: hers
        ("ru", "Номер мамы Сезим: 0555 12 34 56, позвоню ей.", "Сезим"),
        ("en", "Gulrukhsor, his sister, came with him.", "Gulrukhsor"),
    ],
)
def test_the_girl_of_that_name_elsewhere_is_removed(language: str, text: str, name: str) -> None:
    assert name not in removed(text, language)

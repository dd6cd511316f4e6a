"""A handle after its platform's name: the handle alone is removed ("в телегу @lev_kz_2008": "в
телегу" stays), and a word in plain letters after the platform's name and a space is the
sentence's next word, no handle ("WhatsApp group", "Telegram arnasyn", "tg jiberdim"). Sentences
written for this test, not taken from any corpus note."""

import pytest

from tests.anonymizer.test_classes import covered, removed, touched


@pytest.mark.parametrize(
    ("text", "part", "kept"),
    [
        ("Скинул ссылку в телегу @aidos_krg_09, он ответил.", "@aidos_krg_09", "в телегу"),
        ("Его инста: dauka_07, пишет туда.", "dauka_07", "Его инста"),
        ("инстасы bekzat.art бар, сол арқылы жазамыз", "bekzat.art", "инстасы"),
        ("tg: @nurbol_07, ертең жазамын", "@nurbol_07", "tg"),
    ],
)
def test_the_handle_alone_is_removed_and_the_platform_stays(text: str, part: str, kept: str) -> None:
    assert covered(text, part), removed(text)
    assert not touched(text, kept), removed(text)


@pytest.mark.parametrize(
    "text",
    [
        "Всех добавила в WhatsApp group, никто не вышел.",
        "Telegram arnasyn ashtyq, barlyǵy jazyldy.",
        "Jigitterdi WhatsApp topqa qosý kerek.",
        "5000 tg jiberdim, qalǵanyn erteń.",
        "Instagramda gender týraly post jazdy.",
        "They send whatsapp voice notes instead of writing.",
    ],
)
def test_a_plain_word_after_a_platform_is_no_handle(text: str) -> None:
    assert not [p for p in removed(text) if p.lower() not in {"telegram", "whatsapp", "instagram"}], removed(
        text
    )


@pytest.mark.parametrize(
    ("text", "link"),
    [
        ("Её старая страница: ok.ru/profile/91234567, пишет редко.", "ok.ru/profile/91234567"),
        ("brother's page vk.com/club/kara_balta_boys is public", "vk.com/club/kara_balta_boys"),
        ("Сілтеме: youtube.com/channel/UCx12_ab, сонда видео бар", "youtube.com/channel/UCx12_ab"),
        # a private group's invitation: whoever has it joins the boys' chat
        ("Создала чат группы, ссылка t.me/+kR4mq9ZsT2xkNjAy — никому не давать.", "t.me/+kR4mq9ZsT2xkNjAy"),
    ],
)
def test_a_link_goes_with_its_whole_path(text: str, link: str) -> None:
    assert covered(text, link), removed(text)


def test_a_handle_ending_in_an_underscore_after_account() -> None:
    text = "Написал в инсте с аккаунта zheka.lys_ — спрашивал про друга."
    assert "zheka.lys_" in removed(text)

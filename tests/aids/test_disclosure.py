"""Notes that read like a disclosure of harm, in English, Russian and Kazakh (the list is data)."""

import pytest

from facilitator.aids.disclosure import WORDS_FILE, reads_like_disclosure


@pytest.mark.parametrize(
    "text",
    [
        "Says his stepfather hits me when he drinks",  # as quoted
        "He told me that his uncle threatens his mother",
        "Говорит, что отец бьёт мать",
        "Отец его бьет, сказал после перерыва",  # е for ё
        "Сестру изнасиловали, он узнал недавно",
        "Ағасы әйелін ұрады дейді",
        "Көршісі оны қорқытады",
        "ОТЕЦ БЬЁТ",  # any case
        "Рассказал   мне,   что боится идти домой",  # spaces as typed
        "отец бил мать, хочет помощи",  # the past tense, as a facilitator typed it in a trial
        "His father beat up his mother last year",
        # English equal in substance to Russian and Kazakh (a blind drive: an English note got no offer)
        "Dima said his father beats his mother at home",
        "His dad hits him when he drinks",
        "Brother slapped her in front of everyone",
        "Said his stepfather is hurting the kids",
        "The uncle threatens to throw him out",
        "He is scared at home and does not want to go back",
        "His sister was forced to marry last summer",
        "His cousin was kidnapped to be a bride",
        "He said he wants to die",
        "Talked about self-harm, has cuts on his arm",
        "He cuts himself when it gets bad",
        "Afraid of his father, will not say more",
        "Her husband choked her",
        # the same in Russian and Kazakh
        "Говорит, что хочет умереть",
        "Сестру похитили, чтобы выдать замуж",
        "Его заставляли работать бесплатно",
        "Қарындасын ұрлап әкеткен",
        "Ол өлгісі келетінін айтты",
        "Оны еріксіз күйеуге берді",
        # a blind drive's Kazakh note that got no offer, and its kin
        "әкемнің қолы ауыр, үйде қорқамын",
        "Әкесінен қорқады, үйге қайтуға қорқады",
        "Күйеуі оған қол жұмсайды",
        "Кейде өлгім келеді деді",
    ],
)
def test_a_disclosure_is_recognised_in_each_language(text: str) -> None:
    assert reads_like_disclosure(text)


@pytest.mark.parametrize(
    "text",
    [
        "Good discussion about who cooks at home",
        "Купил билет на автобус",  # "бил" inside a word
        "Отец купил билеты, брат забил гол",  # "бил" inside words, again
        "Избирательная кампания в школе",
        "Ол футбол туралы айтты",
        "We beat them 3-0 in the football match",
        "He hit the ball over the fence",
        "Beatles songs in the break, the music beats were loud",
        "His brother hits the gym every day",
        "Everyone was hungry, the chips were a hit",
        "Asked what a good father does at home",
        "Кто готовит дома: обсудили",
        "Мы обыграли их в футбол",
        "Үйде кім тамақ пісіреді, талқыладық",
        "10 адам қол көтерді, 4 қарсы",  # the show of hands, not a hand raised against someone
        "Сахнаға шығудан қорқамын деді, бірақ шықты",  # stage fright
        "",
    ],
)
def test_ordinary_notes_are_left_alone(text: str) -> None:
    assert not reads_like_disclosure(text)


def test_the_list_is_data_with_every_language() -> None:
    text = WORDS_FILE.read_text(encoding="utf-8")
    for language in ("en:", "ru:", "kk:"):
        assert f"\n  {language}\n" in text


def test_the_phrases_are_found_as_one_pattern_of_them_finds_them() -> None:
    """The word-by-word reading finds a phrase exactly where a pattern of all the phrases does
    (a phrase starts after no letter, its words apart by any white space, its last word begun):
    checked on notes made of the list's own phrases, cut, joined and wrapped at random."""
    import random
    import re

    from facilitator.aids.disclosure import _fold, _matcher, _phrases

    phrases = _phrases(WORDS_FILE.read_bytes(), WORDS_FILE)
    spaced = (r"\s+".join(re.escape(part) for part in phrase.split(" ")) for phrase in phrases)
    oracle = re.compile(r"(?<!\w)(?:" + "|".join(spaced) + ")")
    matcher = _matcher()
    rng = random.Random(7)
    fillers = ["и", "он", "сказал", "мы", "today", "бала", "—", "«", "»", "(", ")", ",", "x", "2"]
    found = 0
    for _ in range(3000):
        words: list[str] = []
        for _ in range(rng.randrange(1, 8)):
            if rng.random() < 0.3:
                phrase = rng.choice(phrases).split(" ")
                if rng.random() < 0.3:  # cut a phrase short, or its last word
                    phrase = phrase[: rng.randrange(1, len(phrase) + 1)]
                    phrase[-1] = phrase[-1][: rng.randrange(1, len(phrase[-1]) + 1)]
                words += phrase
            else:
                words.append(rng.choice(fillers))
        glue = [rng.choice([" ", "  ", "\n", "", "-", "«", "ы"]) for _ in words]
        text = "".join(w + g for w, g in zip(words, glue, strict=True))
        expected = oracle.search(_fold(text)) is not None
        assert matcher.found_in(_fold(text)) == expected, text
        found += expected
    assert 300 < found < 2900  # both kinds of note were tried

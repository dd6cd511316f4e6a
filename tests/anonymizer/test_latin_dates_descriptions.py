"""Dates of birth and descriptions that single one person out, in Kazakh in Latin letters (the 2018
acute-accent alphabet, the 2021 alphabet, plain ASCII), Uzbek Latin and Kyrgyz. Written from
general knowledge of the languages, not from any notes: the cue words are the profiles' (the
kk-latn profile is written in 2018 and read in all three spellings), and the same words in ordinary
sentences, which single no one out and give no date of birth, stay."""

from __future__ import annotations

import pytest

from facilitator.anonymizer.anonymizer import Anonymizer
from facilitator.anonymizer.spans import Kind, Span


def _spans(text: str) -> list[Span]:
    return Anonymizer(use_ner=False).detect(text)


def covered(text: str, part: str, kind: Kind | None = None) -> bool:
    spans = [s for s in _spans(text) if kind is None or s.kind == kind]
    at = text.index(part)
    return all(
        any(s.start <= i < s.end for s in spans) for i in range(at, at + len(part)) if text[i].isalnum()
    )


def touched(text: str, part: str) -> bool:
    at = text.index(part)
    return any(s.start < at + len(part) and at < s.end for s in _spans(text))


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # a year-first date with dots after a 2021 cue, and in the other spellings
        ("Şyñğystyñ poştasy bar, tuğan künı 2005.07.22, 9-synypta oqidy.", "2005.07.22"),
        ("Onyń týǵan kúni 2005.07.22, 9-synypta oqıdy.", "2005.07.22"),
        ("tugan kuni 2005/07/22, oqidy", "2005/07/22"),
        # a year alone with its cue, before or after it, in each spelling
        ("Ol 2006 jyly týǵan, aýylda turady.", "2006"),
        ("Ol 2006 jyly tuğan, auylda turady.", "2006"),
        ("Inisi 2006 zhyly tugan, auylda turady.", "2006"),
        ("Týǵan jyly: 2005, Aqkól aýylynan.", "2005"),
        ("Tuğan jyly 2005, jetim.", "2005"),
        ("tugan zhyly 2005, jetim", "2005"),
        ("Inisiniń týǵan kúni 2009 jyly, áli erte.", "2009"),
        # a date in words: the months of Kazakh in each spelling, the year first or last
        ("Týǵan kúni 22 naýryz 2006, kelisim kerek.", "22 naýryz 2006"),
        ("Tuğan küni 22 nauryz 2006, kelisim kerek.", "22 nauryz 2006"),
        ("tugan kuni 22 nauryz 2006, kelisim kerek", "22 nauryz 2006"),
        ("Ol 2006 jyly 14 naýryzda týǵan.", "2006 jyly 14 naýryzda"),
        ("Ol 2006 jyly 14 qyrküiekte tuğan.", "2006 jyly 14 qyrküiekte"),
        ("Beibarsqa tuğan kün! 16 jas, 2009 jılğı 2 mamır.", "2009 jılğı 2 mamır"),  # ı typed for y
        ("tugan kuni: 3 zheltoksan 2007", "3 zheltoksan 2007"),
        # Uzbek Latin, any apostrophe or none
        ("Tug'ilgan kuni 5-mart 2007, maktabda o'qiydi.", "5-mart 2007"),
        ("U 2007-yil 5-martda tug'ilgan.", "2007-yil 5-martda"),
        ("Tug‘ilgan sanasi: 15-sentyabr 2006", "15-sentyabr 2006"),
        ("tugilgan yili 2006, otasi ruxsat bermadi", "2006"),
        ("Ukasi 2008-yilda tug'ilgan, hali yosh.", "2008"),
        # Kyrgyz
        ("Туулган күнү 2006-жылдын 3-марты, ата-энеси макул.", "2006-жылдын 3-марты"),
        ("Иниси 2007-жылы туулган, азыр 17 жашта.", "2007"),
        ("Туулган жылы 2007, ата-энесинин макулдугу керек.", "2007"),
        # Kyrgyz typed in Latin letters
        ("Tuulgan kunu 2006-jyly 3-mart, ata-enesi makul.", "2006-jyly 3-mart"),
        ("Inisi 2007-jyly tuulgan, azyr 17 jashta.", "2007"),
    ],
)
def test_a_date_of_birth_after_its_cue_in_every_spelling(text: str, date: str) -> None:
    assert covered(text, date, Kind.BIRTHDATE)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a year or a date, and the cue words, that are no date of birth
        ("2006 jyly mektepke bardy, sodan beri oqıdy.", "2006 jyly"),
        ("2019 jyly auylğa köşti.", "2019 jyly"),
        ("Keşe tuğan kün toiy boldy, bäri keldi.", "tuğan kün toiy"),
        ("Keshe tugan kuni toiy boldy.", "tugan kuni toiy"),
        ("Tuğan küniñ qūtty bolsyn!", "Tuğan"),
        ("Tug'ilgan kuningiz bilan! 2024-yil yaxshi o'tdi.", "2024-yil"),
        ("Туулган күнүң менен! 2025-жылы жолугабыз.", "Туулган"),
        ("2023 jyly 15 adam keldi.", "2023 jyly 15 adam"),
    ],
)
def test_the_same_words_with_no_date_of_birth_stay(text: str, word: str) -> None:
    assert not touched(text, word)


@pytest.mark.parametrize(
    ("text", "description"),
    [
        # "the only shopkeeper's son in Aqkól village": "dúken" (shop) is no verb in -ken
        (
            "Ol Aqkól aýylyndaǵy jalǵyz dúken ıesiniń uly, ózine qol jumsamaq bolǵan.",
            "jalǵyz dúken ıesiniń uly",
        ),
        ("ol aqkól aýylyndaǵy jalǵyz dúken ıesiniń uly.", "jalǵyz dúken ıesiniń uly"),
        # a village, a job and an age ("a 17-year-old shop assistant from Qarashoqy village")
        (
            "Qarashoqy aýylynan kelgen 17 jastaǵy satýshy jigit.",
            "Qarashoqy aýylynan kelgen 17 jastaǵy satýshy",
        ),
        ("Qaraşoqy auylynan kelgen 17 jastağy satuşy jigit.", "Qaraşoqy auylynan kelgen 17 jastağy satuşy"),
        (
            "Qarashoqy auylynan kelgen 17 jastagy satushy jigit.",
            "Qarashoqy auylynan kelgen 17 jastagy satushy",
        ),
        (
            "Yangiariq qishlog'idan 17 yoshli sotuvchi yigit keldi.",
            "Yangiariq qishlog'idan 17 yoshli sotuvchi",
        ),
        ("Кара-Суу айылынан келген 17 жаштагы сатуучу жигит.", "Кара-Суу айылынан келген 17 жаштагы сатуучу"),
        # the village's baker (one in a village), and whose daughter: a genitive before a relative
        ("Aqkól aýylyndaǵy naýbaıshy áıeldiń qyzy 16 jasynda turmysqa berilgen.", "naýbaıshy áıeldiń qyzy"),
        ("Aqköl auylyndağy naubaişy äieldıñ qyzy 16 jasynda tūrmysqa berılgen.", "naubaişy äieldıñ qyzy"),
        ("Aqkol auylyndagy naubaishy aieldin qyzy 16 jasynda turmyska berilgen.", "naubaishy aieldin qyzy"),
        ("Qishloqdagi novvoy ayolning qizi 16 yoshida turmushga chiqdi.", "novvoy ayolning qizi"),
        ("Айылдагы нанбайчы аялдын кызы 16 жашында турмушка чыкты.", "нанбайчы аялдын кызы"),
        (
            "Хантағы ауылындағы наубайшы өзбек әйелдің қызы 16 жасында тұрмысқа берілген.",
            "наубайшы өзбек әйелдің қызы",
        ),
    ],
)
def test_a_description_that_singles_one_out_in_a_small_place(text: str, description: str) -> None:
    assert covered(text, description, Kind.QUASI)


@pytest.mark.parametrize(
    ("text", "description"),
    [
        # found before; the "alone" words and endings now read in every spelling must not take them
        # for "alone" and a verb ("düken", "dúkendi": a shop, not a verb in -ken, -di)
        ("Aqköl auylyndağy jalğyz düken iesınıñ ūly keldi.", "jalğyz düken iesınıñ ūly"),
        ("aqkol auylyndagy zhalgyz duken iesinin uly keldi.", "zhalgyz duken iesinin uly"),
        ("Ákesi aýyldaǵy jalǵyz dúkendi ustaıdy.", "jalǵyz dúkendi"),
        ("Ákesi auyldağy jalğyz mal därigeri.", "jalğyz mal därigeri"),
        ("akesi Sairam audanyndagy zhalgyz mal dariger", "zhalgyz mal dariger"),
        ("Qishloqdagi yagona doktorning o'g'li keldi.", "yagona doktorning o'g'li"),
        ("Mahalladagi yagona do'kon egasining qizi keldi.", "yagona do'kon egasining qizi"),
        ("Айылдагы жалгыз мугалимдин баласы келди.", "жалгыз мугалимдин баласы"),
        ("былтыр айылдагы жалгыз фельдшердин кызы уурдалган", "жалгыз фельдшердин кызы"),
        # a thing before a noun with a possessive names the noun: "the only traffic policeman"
        ("Qishloqdagi yagona yo'l politsiyachisi keldi.", "yagona yo'l politsiyachisi"),
    ],
)
def test_descriptions_found_before_are_still_found(text: str, description: str) -> None:
    assert covered(text, description, Kind.QUASI)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # "at 16 she was married off": said of the person, beside the description, stays
        ("Aqköl auylyndağy naubaişy äieldıñ qyzy 16 jasynda tūrmysqa berılgen.", "16 jasynda tūrmysqa"),
        ("Qishloqdagi novvoy ayolning qizi 16 yoshida turmushga chiqdi.", "16 yoshida turmushga"),
        (
            "Хантағы ауылындағы наубайшы өзбек әйелдің қызы 16 жасында тұрмысқа берілген.",
            "16 жасында тұрмысқа",
        ),
    ],
)
def test_what_is_said_of_the_person_stays(text: str, said: str) -> None:
    assert not touched(text, said)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # "not alone", "stayed alone", "alone at home": how someone lives, not which one
        ("Ol jalğyz emes, dostary bar.", "jalğyz emes"),
        ("Men jalğyz emespin.", "jalğyz emespin"),
        ("Sheshesi óltirgennen keıin ol jalǵyz qaldy.", "jalǵyz qaldy"),
        ("Anasy ketken soń ol jalğyz qaldy.", "jalğyz qaldy"),
        ("Kúıeýi ketken soń ol üide jalğyz.", "jalğyz"),
        ("Ol auylda jalğyz qalğan.", "jalğyz qalğan"),
        ("Ол жалгыз калды, апасы кетип калган.", "жалгыз калды"),
        # "the only way", "the only solution": a thing, not a person
        ("Jalğyz jol - söilesu.", "Jalğyz jol"),
        ("Jalǵyz jol — sóılesý.", "Jalǵyz jol"),
        ("Jalğyz jol boldy: keşırım sūrau.", "Jalğyz jol"),
        ("Onyñ jalğyz armany - oqu.", "jalğyz armany"),
        ("Bu yagona yo'l.", "yagona yo'l"),
        ("Bu yagona yo'l emas.", "yagona yo'l"),
        ("Yagona yechim - gaplashish.", "Yagona yechim"),
        ("Bu bizning yagona imkoniyatimiz.", "yagona imkoniyatimiz"),
        ("Бул жалгыз жол.", "жалгыз жол"),
        ("This is the only way forward.", "the only way"),
        ("The only thing that matters is respect.", "The only thing"),
    ],
)
def test_the_same_words_singling_no_one_out_stay(text: str, phrase: str) -> None:
    assert not touched(text, phrase)


@pytest.mark.parametrize(
    "text",
    [
        # a Kazakh word at a sentence start, in the 2021 alphabet or in ASCII: the Kazakh dictionary
        # reads it in any alphabet ("keşe", yesterday; "seisenbi", Tuesday), no name
        "Keşe bäri keldi, 12 adam.",
        "Keşe tuğan kün toiy boldy.",
        "Jeksenbi küni kezdesemiz.",
        "Seısenbi saıyn jınalamyz.",
        "Seisenbi saiyn jinalamyz.",
        # a word with the endings of a word, its "ı" the 2021 alphabet's і ("in Aqköl", "of his school")
        "Aqköldegı mektepte oqidy.",
        "Mektebınıñ direktory keldi.",
    ],
)
def test_a_kazakh_word_at_a_sentence_start_in_any_latin_spelling_is_no_name(text: str) -> None:
    first = text.split()[0]
    assert not touched(text, first)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Qairat keldi, 12 adam.", "Qairat"),
        ("Aıgerim aıtty: men kelispeımin.", "Aıgerim"),
        ("Ğalym keldi, sosyn ketti.", "Ğalym"),
        ("Zharas kelmedi.", "Zharas"),
        ("Nūrlan keşıktı.", "Nūrlan"),
        ("Dınara keldi.", "Dınara"),
    ],
)
def test_a_name_at_a_sentence_start_in_any_latin_spelling_is_still_one(text: str, name: str) -> None:
    assert covered(text, name, Kind.NAME)


@pytest.mark.parametrize(
    "text",
    [
        # a personal pronoun in the genitive before a relative ("his brother came"): the profiles'
        # pronouns, in every spelling of Kazakh Latin, are never a name
        "Onyń aǵasy keldi.",
        "Onyñ ağasy keldi.",
        "Onyn agasy keldi.",
        "Menıñ ağam keldi.",
        "Uning akasi keldi.",
        "Анын агасы келди.",
        "Оның ағасы келді.",
    ],
)
def test_a_pronoun_before_a_relative_is_no_name(text: str) -> None:
    assert _spans(text) == []

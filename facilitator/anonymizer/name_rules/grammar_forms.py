"""Grammar forms of Turkic, Tajik and Russian around a word: a number or an amount counted, the
Turkic and Tajik plural, a noun before its verb, a wish, the Tajik izafe, the dative before a verb
of telling, the genitive before what a person owns."""

from __future__ import annotations

import re

from facilitator.anonymizer import lexicon
from facilitator.anonymizer.name_rules.dictionary_readings import _a_word, _kazakh_word
from facilitator.anonymizer.name_rules.person_words import (
    _person_nouns,
    _persons_of_tajik_plurals,
    _relative_stems_of_plurals,
)
from facilitator.anonymizer.name_rules.sentence_positions import Token
from facilitator.anonymizer.name_rules.word_bases import base_of
from facilitator.anonymizer.profiles import birth_phrases, cue_phrases, union
from facilitator.anonymizer.quasi_tails import GENITIVE_SUFFIXES
from facilitator.anonymizer.skeleton import skeleton


def is_made_from_a_numeral(word: str) -> bool:
    """A Kyrgyz collective numeral or a Tajik ordinal or superlative ("Экөөнү", "Аввалин", "Беҳтарин")."""
    return _NUMBER_WORD.search(word.casefold()) is not None


YOUNG_AGE = (
    r"(?:1[0-9]|2[0-5])(?:[ \t]*-?[ \t]*(?:лет|года?|жас\w*|жаш\w*|yosh\w*|jas\w*|сол\w*|years?\b|y\.?o\b)"
)
"""An age of a young person, 10 to 25, and a word for years after it ("15 лет", "17-жаста", "16
yoshda", "14 y.o"): the start of a pattern that says what may stand after the number alone."""


_AGE_AFTER = re.compile(
    r"[ \t]*[,(–—-]?[ \t]*\d{1,2}[ \t]*-?[ \t]*(?:лет|года?|годик\w*|сола\w*|сол\b|years?\b|y\.?o\b|"
    + "|".join(re.escape(w) for w in cue_phrases("ages"))
    + r")|[ \t]*[,(–—-]?[ \t]*(?:19|20)\d\d[ \t]*(?:"
    + "|".join(re.escape(w) for w in birth_phrases("after"))
    + r")|[ \t]*[,(–—-]?[ \t]*(?:"
    + "|".join(re.escape(w) for w in birth_phrases("before"))
    + r")[ \t]*:?[ \t]*\d",
    re.IGNORECASE,
)
"""An age right after a word ("Роман, 14 лет", "Бақыт 16 жаста", "Умед 15 сола", "Mark, 17 years"),
a year of birth ("Славик 2008 г.р.") or a date of birth after its cue ("Дархан туған күні 5 мамыр
2005", "Тимур, дата рождения: 03.04.2006"): the word is a person."""
_CLASS_AFTER = re.compile(
    r"[ \t]+(?:из|с|со|iz)[ \t]+\d{1,2}(?:[ \t]*[-–][ \t]*(?:го|й|ого))?[ \t]*"
    r"(?:[«\"“]?[А-ЯЁA-Z][»\"”]?(?!\w)|кл(?:асс\w*|\.|(?!\w)))"
)
"""A pupil's class after a word in Russian ("Лев из 8 класса", "Димку из 8В", "Роман из 10 «А»",
"Слава с 9-го класса"): only a person comes from a class."""
_TAJIK_PLURAL = re.compile(r"ҳо(?:и|ро|е|ям|яш|ят|ямон|ятон|яшон)?$")
"""The Tajik plural, maybe with the izafe, a case or a possessive: no name takes it."""
_COUNTED = (
    "нафар",
    "nafar",
    "kishi",
    "киши",
    "кісі",
    "kisi",
    "чел",
    "человек",
    "адам",
    "adam",
    "odam",
    "одам",
    "марта",
    "marta",
    "рет",
    "ret",
    "жолу",
    "раз",
    "дона",
    "dona",
    "минут",
    "мин",
    "min",
    "soat",
    "саат",
    "сағ",
    "час",
    "сом",
    "so'm",
    "сўм",
    "сум",
    "тенге",
    "теңге",
    "teńge",
    "сомонӣ",
    "сомони",
    "%",
    "январ",
    "феврал",
    "март",
    "апрел",
    "июн",
    "июл",
    "август",
    "сентябр",
    "октябр",
    "ноябр",
    "декабр",
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
)
"""Words after a number that count something or name a month: the number is no age."""


_NUMBER_AFTER = re.compile(
    r"[ \t]*,?[ \t]*\d{1,2}(?!\d)(?![.:/]\d)(?![ \t]*-?[ \t]*(?:"
    + "|".join(re.escape(w) for w in sorted({*birth_phrases("months"), *_COUNTED}, key=len, reverse=True))
    + r"))",
    re.IGNORECASE,
)
"""One or two digits after a word, not a date, a time or a count ("Davomat 26-mart", "Кочкор, 15.03",
"Ҳамагӣ 6 нафар": the word is no person before its age)."""


_BEFORE_A_WORD = re.compile(r"(\d{1,3}|[^\W\d_]+)[ \t]+\Z")


def _counted(text: str, start: int) -> bool:
    """A number (digits, or a numeral, an ordinal or a word that counts: the profiles' ``numerals``)
    right before ``start``: the word there is what is counted ("birinchi marta", "екі жеңіс")."""
    before = _BEFORE_A_WORD.search(text, max(0, start - 24), start)
    if before is None:
        return False
    word = before.group(1).casefold()
    if word.isdigit() and _LIST_NUMBER.search(text, max(0, start - 8), start):
        return False  # "тізім:\n1 асқар\n2 әсет": a list's numbers at the lines' starts, no count
    return word.isdigit() or word in union("numerals")


_LIST_NUMBER = re.compile(r"(?:^|\n)[ \t]*\d{1,2}[.)]?[ \t]+\Z")
"""A list item's number at the start of a line ("3 бауыржан", "2) asqar")."""


_AMOUNT = re.compile(r"(?<![\w:./,-])\d{1,3}(?:[ \u00a0.,]?\d{3})*[ \u00a0]+\Z")
_NO_LABEL = re.compile(r"[ \t]*:")


def an_amount_before(text: str, start: int, end: int) -> bool:
    """A number (no time, date or part of a phone: nothing but a space before its digits) right
    before a lower-case word that labels no line: the word is what is counted, a currency or a
    unit ("300 сомонӣ", "5000 тенге", "20 somoni"), no person, whatever name it spells."""
    return _AMOUNT.search(text, max(0, start - 16), start) is not None and not _NO_LABEL.match(text, end)


_PLURAL_NOUN = re.compile(
    r"(?P<stem>[^\W\d_]{3,}?)(?:лар|лер|дар|дер|тар|тер|лор|лөр|дор|дөр|тор|төр|lar|ler|dar|der|tar|ter|ҳо)"
    r"|(?P<long>[^\W\d_]{4,}?)он"
)
_VERB_STEM = re.compile(
    r"(?:di|ti|dy|ty|ди|ти|ды|ді|ты|ті|ду|дү|ту|тү|gan|ган|ған|ген|kan|qan|кан|қан|moqda|моқда)$"
)
"""A stem that is a verb's form: "keldilar" (they came), "келишкен"; its plural is the verb's."""


def plural_noun(word: str) -> bool:
    """A lower-case word in the Turkic plural ("йигитлар", "qatysýshylar", "балдар") or the Tajik one
    ("дӯстон", "бачаҳо"), no verb's ("keldilar") nor an honorific's or a relative's ("ағалар",
    "акалар": a name and the people with that person). A name-word right before one is its
    adjective, no person: a name is not followed by a plural it does not belong to."""
    lower = word.casefold()
    found = _PLURAL_NOUN.fullmatch(lower)
    if found is None:
        return False
    stem = found.group("stem") or found.group("long")
    shape = skeleton(stem)
    if found.group("long") and shape not in _persons_of_tajik_plurals():
        return False  # "телефон", "осон": -он makes a plural of a person's word only ("дӯстон", "мардон")
    return not (
        _VERB_STEM.search(stem) or shape in union("honorifics") or shape in _relative_stems_of_plurals()
    )


RUSSIAN_ADJECTIVE_BEFORE = re.compile(
    r"(?<![\w-])([а-яё]{3,}(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ую|юю|ых|их)) \Z"
)
"""A lower-case Russian word with an adjective's ending right before a word ("настоящий азамат",
"красный бакен")."""
_TURKIC_ADJECTIVE = re.compile(
    r"[^\W\d_]{2,}(?:дик|тик|лик|дык|тык|лык|дук|тук|лук|дүк|түк|лүк|дік|тік|лік|дық|тық|лық"
    r"|дагы|деги|тагы|теги|догу|дөгү|тогу|төгү|дағы|дегі|тағы|тегі|луу|лүү|дуу|дүү|туу|түү|сыз|сиз|суз|сүз)"
)
"""A Kyrgyz or Kazakh adjective: of a quality ("Гендердик", "Күчтүү"), of a place ("Мектептеги"),
"without" ("Коркунучсуз")."""
_TURKIC_NOUN_AFTER = re.compile(
    r"[^\W\d_]{2,}(?:лук|лык|лүк|дук|дык|дүк|тук|тык|түк|лық|лік|дық|дік|тық|тік|чылык|чулук|чүлүк)"
)
"""An abstract noun ("зомбулук", "зорлық", "ишкердик"): with a Kyrgyz or Kazakh adjective before it,
the name of a topic."""


def turkic_adjective_before_its_noun(word: str, after: str | None) -> bool:
    """An unknown capitalised word with a Kyrgyz or Kazakh adjective's ending right before a lower-case
    noun in the plural or an abstract noun ("Гендердик кутучалар": gender boxes, "Мектептеги
    зомбулук": violence at school) heads the name of an exercise or a topic, no person; before a verb
    ("Бердик келди") it may be one."""
    if after is None or not after[:1].islower() or not _TURKIC_ADJECTIVE.fullmatch(word.casefold()):
        return False
    return plural_noun(after) or _TURKIC_NOUN_AFTER.fullmatch(after.casefold()) is not None


def _number_follows(text: str, end: int) -> bool:
    """A number of one or two digits follows the word ("Жене 16", "Тимуру 17 лет"): an age."""
    return _NUMBER_AFTER.match(text, end) is not None


_NUMBER_WORD = re.compile(
    r"^(?:эк|үч|төрт|беш|алт|жет|сегиз|тогуз)(?:өө|оо)"
    r"|^(?:як|ду|се|чор|панҷ|шаш|ҳафт|ҳашт|нӯҳ|даҳ)[ую]мин$|^(?:аввал|охир)ин$|^[^\W\d_]{3,}тарин$"
)
"""Words made from numerals and degrees: Kyrgyz collective numerals with any ending ("экөө", "үчөөбүз",
"экөөнү": the two of them), Tajik ordinals in "-умин" ("дуюмин", "аввалин": first, "охирин": last) and
superlatives in "-тарин" ("беҳтарин": the best). Never a person, though "-ин" ends a Russian surname."""


_TO_BE = frozenset({"is", "was", "isn't", "wasn't"})
_DATIVE = re.compile(r"^(?P<stem>[^\W\d_]{3,}?)(?:ға|ге|қа|ке|ga|ge|qa|ke|ǵa)$")


_NEXT_BARE_WORD = re.compile(r"[ \t]+([^\W\d_][^\W\d_'ʻʼ‘’`-]*)")
_WRITERS_VERB = re.compile(
    r"(?:на|не)?[^\W\d_]{3,}(?:[дт][ыіиуүе][мк]|[дт][ыі]қ|[дт]ам|[dt][yiuı][mkq])"
    r"|(?:ме|наме)[^\W\d_]{2,}(?:ам|ем)"
    r"|де[дт][иі][мк]|ded[iı][mk]"  # "дедим", "dedik": "I said", a stem too short for the above
)
"""A verb of the writer, the first person past or present (Kazakh and Kyrgyz "бердік", "айттым",
Uzbek "qildik", "бердим", Tajik "гирифтем", "кардам", "мекунем"): what comes before it bare, at a
sentence's start, is its object or an adverb, never its subject."""
_TOGETHER = re.compile(
    r"(?:экөө|үчөө|екеу|үшеу|ikkov|ikkala|иккови|иккала|ҳарду|ikkimiz|бирге|бірге|birga|бирга|ҳамроҳ)"
)
"""Words of doing something together ("экөөбүз", "екеуміз", "ikkovimiz", "бірге"): a name before
them and a verb of "we" is one of "us"."""
_A_PERSONS_CASE = re.compile(r"(?:[гкқғ][аеоөә]|н[иыіуү]|ро|[gkq][aeo]|ǵa|n[iyı])\Z")
"""The dative or accusative a person takes before a verb ("Зарифбекка бердим", "Азизни кўрдим",
"Аҳмадро дидам"): such a word before the writer's verb may be someone."""
_VERBAL_NOUN = re.compile(r"[^\W\d_']{2,}(?:ш|sh|ан|у|ý|уу|үү)")
"""A bare verbal noun or infinitive ("қилиш", "yozish", "задан", "салу", "shalý", "чалуу"); with
a possessive ending ("келиши", "келуі": his coming) it has a subject, and is not one."""


def object_before_its_verb(word: str, text: str, end: int) -> bool:
    """``word``, ending at ``end``, is in no case a person takes before a verb and is followed by a
    verb of the writer ("Тамос гирифтем") or by a bare verbal noun and a word of need ("Xat yozish
    kerak", "Хабар додан лозим"); or it is a Tajik noun in the izafe before its attribute
    (``_tajik_izafe``)."""
    if _tajik_izafe(word, text, end):
        return True
    if _A_PERSONS_CASE.search(word.casefold()):
        return False
    verb = _NEXT_BARE_WORD.match(text, end)
    if verb is None or not verb.group(1).islower():
        return False
    if _WRITERS_VERB.fullmatch(verb.group(1)):
        return True
    middle = verb.group(1)
    if (
        middle not in union("conjunctions")
        and not _TOGETHER.match(middle)
        and not _A_PERSONS_CASE.search(middle)
    ):
        # one bare word between, the verb's object: "Туура жооп бердим", "Týra jaýap berdim"; not
        # "Asan men bardyq", "Асан экөөбүз бардык" (Asan and I went), "Калыс байкеге чалдым" (I
        # called Kalys aga: an honorific's dative): a person
        writer = _NEXT_BARE_WORD.match(text, verb.end())
        if writer is not None and writer.group(1).islower() and _WRITERS_VERB.fullmatch(writer.group(1)):
            return True
    if not _VERBAL_NOUN.fullmatch(verb.group(1)):
        return False
    need = _NEXT_BARE_WORD.match(text, verb.end())
    return need is not None and need.group(1).casefold() in union("modals")


def _a_wish(text: str, end: int, after: tuple[int, int, str]) -> bool:
    """The word ending at ``end`` is right before the imperative of "to be" of a wish (the profiles'
    ``wish_verbs``: "Саломат бошед", "Omon bo'ling"): what is wished, no one."""
    return after[2].casefold() in union("wish_verbs") and text[end : after[0]] == " "


_IZAFE_AFTER = re.compile(r"[ \t]+(?:[a-zа-яёӣӯҳҷқғ][^\W\d_]*|\d)")
_TAJIK_SENTENCE_LETTERS = frozenset("ӣӯҷҳӢӮҶҲ")


def _tajik_izafe(word: str, text: str, end: int) -> bool:
    """A word no list knows, opening a Tajik sentence (one with a Tajik letter within 80 characters)
    in the izafe "-и" before a lower-case word or a number ("Сабти ном", "Рақами 102-ро", "Маркази
    бӯҳронӣ"): a noun with its attribute; a name so joined is a listed one ("Сӯҳроби хурд")."""
    if len(word) < 5 or not word.endswith("и") or not _IZAFE_AFTER.match(text, end):
        return False
    return any(c in _TAJIK_SENTENCE_LETTERS for c in text[max(0, end - 80) : end + 80])


def _told(lower: str, after: Token | None) -> bool:
    """A word in the dative before a verb of telling, calling or writing ("Дәменге айттым", "Аянға
    хабарластым"), whose stem is no word for a person ("Мұғалімге айттым") nor a pronoun."""
    if after is None:
        return False
    dative = _DATIVE.match(lower)
    if dative is None or not after.text.casefold().startswith(cue_phrases("addressee_verbs")):
        return False
    stem = dative.group("stem")
    return (
        stem not in lexicon.not_names()
        and base_of(stem, _person_nouns(), min_inflected=3) is None
        and not _a_word(stem)
        and not _kazakh_word(lower)
    )


_QUOTE_AFTER = re.compile(r"\s*:\s*[«\"“„'‘]")
_COPULA_AFTER = frozenset(
    {"болды", "boldy", "boldi", "болған", "bolǵan", "был", "была", "было", "was", "is", "edi", "еді"}
)
_GENITIVE = (*GENITIVE_SUFFIXES, "nyng", "ning")
"""The Turkic genitives (``quasi_tails.GENITIVE_SUFFIXES``) and the Uzbek Latin one."""


KYRGYZ_LONG_VOWEL_END = re.compile(r"(?<!сул)(?:уу|үү)\Z", re.IGNORECASE)
"""A Kyrgyz verbal noun or adjective ending in a long vowel ("Жолугушуу 6": meeting 6; "Убактылуу
коргоо ордери": a temporary order): no name, the names so ending being "-сулуу" ("Айсулуу")."""
_CONVERB = re.compile(r"[бвгджзйклмнпрстфхцчшщңҥ](?:ып|ип|уп|үп|ап|еп|оп|өп|іп)")
"""A consonant, then the Kyrgyz and Kazakh converb in "-п" ("кирип", "ыйлап", "күлүп", "барып")."""


def _turkic_converb(lower: str) -> bool:
    """``lower``, a Cyrillic word no list names, ends in the Turkic converb after a consonant: a verb
    ("Кирип чыгуу …": going in and out; "Ойлоп көрдүм"), no surname; a listed name in "-уп"
    ("Жусуп") never gets here."""
    return len(lower) >= 5 and _CONVERB.fullmatch(lower, len(lower) - 3) is not None


def _in_the_genitive(lower: str) -> bool:
    """``lower`` ends in a Turkic genitive after a stem of three letters or more ("армандын",
    "umidning")."""
    return any(lower.endswith(g) and len(lower) - len(g) >= 3 for g in _GENITIVE)


def _owned(written: str, following: str | None) -> bool:
    """A name in the genitive before what a person owns or a relative ("Қайраттың сөзі", "aıdostyń
    aǵasy"): the word in the genitive would own no words and no brother."""
    lower = written.casefold()
    if following is None or not any(lower.endswith(g) and len(lower) - len(g) >= 3 for g in _GENITIVE):
        return False
    following = following.casefold()
    return following in union("owned_after") or following in union("person_before")


_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_]+)")
_SUCH = frozenset(
    {"сондай", "осындай", "сол", "осы", "sondaı", "osyndaı", "sondai", "osyndai", "ондой", "мындай"}
)
"""Demonstratives between an owner and what is owned ("бахыттың да сондай арманы": such a dream)."""


def _owned_after_fillers(text: str, end: int) -> str | None:
    """The word after one or two particles ("да", "тағы": the profiles' ``subject_fillers``) or
    demonstratives right after ``end`` ("… да сондай арманы"); None where none stands there."""
    fillers = union("subject_fillers") | _SUCH
    at = end
    for _step in range(3):
        word = _NEXT_WORD.match(text, at)
        if word is None:
            return None
        if word.group(1).casefold() not in fillers:
            return word.group(1) if at != end else None
        at = word.end()
    return None

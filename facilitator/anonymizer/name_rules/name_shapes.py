"""Words shaped like names of the region by their letters: given names' endings, -ов surnames,
patronymics and family names glued to a first name or typed after a found name, a surname right
after a first name."""

from __future__ import annotations

import bisect
import re
from functools import cache, lru_cache
from itertools import pairwise

from facilitator.anonymizer import kazakh_spellings, lexicon
from facilitator.anonymizer.name_rules.dictionary_readings import _a_word, _any_kazakh_word, _unknown_word
from facilitator.anonymizer.name_rules.name_lists import SURNAME, first_names
from facilitator.anonymizer.name_rules.name_sources import NAME_SHAPE, UNSURE_SOURCES
from facilitator.anonymizer.name_rules.sentence_positions import Token, _kazakh_around
from facilitator.anonymizer.name_rules.word_bases import _is_latin, _stems, _strip_case, base_of
from facilitator.anonymizer.profiles import endings_for, union
from facilitator.anonymizer.skeleton import skeleton
from facilitator.anonymizer.spans import Kind, Span


def _surname_after(text: str, first: Token, word: Token) -> bool:
    """``word``, right after the first name ``first`` (one space between, the same letter case), is
    a Russian noun in the nominative or a word no Russian dictionary reads: a surname that is also
    a word ("вячеслав ткач", "Пётр Кузнец"); not a verb ("ерлан пришёл"), nor a Latin word."""
    if text[first.end : word.start] != " " or word.capitalised != first.capitalised or _is_latin(word.text):
        return False
    if not word.capitalised and (
        _any_kazakh_word(word.text.casefold()) or _kazakh_around(text, word.start, word.end)
    ):
        return False  # "мейрам қызғаныш туралы", "айбектің күнделігін": the Russian dictionary's guess
    return lexicon.russian_nominative_noun(word.text.casefold())


_WORD_ENDINGS = re.compile(
    r"(?:лар|лер|дар|дер|тар|тер|ғы|гі|қы|кі|шы|ші|лық|лік|дық|дік|тық|тік|ған|ген|қан|кен|ды|ді|ты|ті|лы|лі"
    r"|мыз|міз|са|се|сы|сі|ы|і|ым|ім|ың|ің|ын|ін|ңыз|ңіз|сыз|сіз|йды|йді|ып|іп|у|да|де|та|те|ны|ні|ға|ге|қа|ке"
    r"|нан|нен|дан|ден|тан|тен|мен|бен|пен"
    r"|lar|ler|dar|der|tar|ter|ǵy|gy|gi|qy|ki|shy|shi|lyq|lik|dyq|dik|tyq|tik|ǵan|gan|gen|qan|ken|dy|di|ty|ti|ly|li"
    r"|myz|miz|sa|se|sy|si|ym|im|yń|iń|yn|in|syz|siz|yp|ip|ý|da|de|ta|te|ny|ni|ǵa|ga|qa|ka|ke|nan|nen|dan|den"
    r"|tan|ten|men|ben|pen|mi|moq|ish|iy|n't|ҳо|ро|ӣ|луу|лүү|дуу|дүү|туу|түү|чүү|лик|чилик"
    r"|лык|лук|лүк|дык|дук|дүк|тык|тук|түк|чылык|чулук|чүлүк|га|аман|яман|aman|yman"
    r"|дик|тик|гы|ги|гу|гү|ку|кү"
    r"|ҳои|ият|iyat|аи|ӯи|ии|фтам|штам|идам|ардам"
    r"|[^\W\d_]{3}(?:(?<!н)инг|(?<!n)ing))$"
    r"|^(?:ме|наме)[^\W\d_]{3,}(?:ам|ям|ем|ед|анд|ад|яд|ӣ)$"
    r"|(?<=[^\W\d_]{3})(?:со|сө|ация|изия)$|(?<=[^\W\d_]{2})(?:lash|лаш)$"
)
"""Endings of Kazakh, Kyrgyz and Uzbek words that a given name without a case ending does not have: plural,
possessive, past tense, participle, adjective, agent and abstract nouns, "without", verbal nouns and
converbs, cases; Uzbek "-mi", "-moq", "-ish", "-iy", "-лик"; Tajik "-ҳо", "-ро", "-ӣ"; Kyrgyz adjectives
"-луу", "-түү" ("Күчтүү"), "-дик", "-тик" ("Гендердик": Kyrgyz writes и for the Kazakh і) and the
adjectives of place and time "-гы", "-ги", "-гу", "-гү", "-ку", "-кү" ("Мектептеги", "Бүгүнкү");
English "n't"; Kyrgyz abstract nouns ("-лык", "-чылык": "Атачылык"), the
Uzbek dative in Cyrillic ("-га": "Уйга", "Ўзимга") and the first person's future ("-аман":
"Гаплашаман"); Tajik "-ҳои" and "-ият" ("Ҳолатҳои", "Ризоият"), the izafe after a vowel ("Дафъаи",
"Беморхонаи": a name in -а takes it only after a name's word, "Сӯҳроби хурд"), the first person's past
("Гуфтам", "Фаҳмидам") and the present made with "ме-" ("Мекунам", "Мегӯяд"); the English "-ing" of a
borrowed noun, in either alphabet ("Буллинг", "Cyberbullying"; not after "н": the Uzbek genitive
"-ning", "-нинг"). After a stem of three letters or more: the Kyrgyz conditional ("Үндөбөсө"), Russian
abstract nouns in "-ация", "-изия" ("Мотивация", "Ревизия"; not "Грация"); of two or more, the Uzbek
verbal noun in "-lash" ("To'g'rilash"). Before "and" it is not a name by that alone ("Падарон ва
модарон")."""


def _word_shaped(lower: str) -> bool:
    if _WORD_ENDINGS.search(lower):
        return True
    # "bolğan", "sūrağy": Kazakh's 2021 letters read as the 2018 endings above (a word without them
    # is read once)
    as_2018 = kazakh_spellings.marks_as_2018(lower)
    if as_2018 != lower and _WORD_ENDINGS.search(as_2018):
        return True
    # "Aqköldegı", "mektebınıñ": the 2021 alphabet's "ı" is the 2018 "i" (і)
    dotted = as_2018.replace("ı", "i")
    return dotted != as_2018 and bool(_WORD_ENDINGS.search(dotted))


_SHAPED = (
    "bek",
    "jan",
    "gul",
    "han",
    "hon",
    "bai",
    "nur",
    "tai",
    "murat",
    "ali",
    "jon",
    "gali",
    "ulan",
    "zoda",
)
"""Endings of names of the region, as skeletons: -бек, -жан/-жон, -гүл/-гуль, -хан/-хон, -бай, -нұр,
-тай, -мұрат, -али, -ғали, -ұлан, -зода."""
_SHAPED_LONG = ("ana", "ina", "iia", "ira", "ura")
"""Endings of women's names (-ана, -ина, -ия, -ира, -ура), read only on a word of six letters or more."""


@lru_cache(maxsize=50_000)
def _name_shaped(shape: str) -> bool:
    """The skeleton, or its stem without an ending of the region, ends like a name of the region."""
    for stem in (shape, *_stems(shape)):
        if len(stem) >= 4 and stem.endswith(_SHAPED) and stem not in _SHAPED:
            return True
        if len(stem) >= 6 and stem.endswith(_SHAPED_LONG):
            return True
    return False


@lru_cache(maxsize=50_000)
def _name_like_shape(word: str) -> bool:
    """Cheap, by its letters alone: a lower-case word shaped like a name or a surname of the region
    (-бек, -гүл, -жан, -нұр, -зода, -ов, -ин, -ұлы … maybe with a case ending). What decides a word
    no context can make a name (``NameFinder._never_a_name``); the dictionaries are asked later."""
    if len(word) < 5 or "-" in word:
        return False
    lower = kazakh_spellings.marks_as_2018(word.casefold())  # "erlanūly" read as 2018's "erlanuly"
    return (
        _ends_like_a_name(skeleton(lower))
        or _compound_shaped(skeleton(lower))
        or bool(_OV_SURNAME.search(_lower_surname(lower)))
        or bool(SURNAME.match(lower[:1].upper() + lower[1:]))
        or bool(_FAMILIAR_PATRONYMIC.search(lower))
        or _a_pet_form(lower)
    )


_FAMILIAR_PATRONYMIC = re.compile(r"ыч(?:а|у|ем|е)?$")
"""A patronymic as it is said ("иваныч", "михалычу")."""


def _lower_name_shaped(word: str) -> bool:
    """A lower-case word shaped like a given name or an -ов surname of the region, that no dictionary
    reads as a word: "ерсейіт", "жаркынов", "toqgali". A name only where a person stands
    (``_lower_person_context``)."""
    lower = word.casefold()
    if _a_pet_form(lower):
        return _unknown_word(lower)  # "бауке", "данеке": a Kazakh pet form of a name
    if not _name_like_shape(word):
        return False
    if not (_ends_like_a_name(skeleton(lower)) or _OV_SURNAME.search(_lower_surname(lower))):
        return False  # "-ин", "-ұлы" alone: a surname only right after a name
    return _unknown_word(lower)


_PET_FORM = re.compile(r"(?P<stem>[а-яёәғқңөұүһі]{2,4}?)е?ке")
"""A Kazakh pet form: the first syllable or two of a given name and "-еке"/"-ке" ("Бауке" of
Бауыржан, "Данеке" of Данияр, "Нұреке" of Нұрлан)."""


@cache
def _name_openings() -> frozenset[str]:
    """The first two to four letters of the listed first names (skeletons), each shorter than its name."""
    return frozenset(name[:k] for name in first_names() for k in (2, 3, 4) if len(name) > k + 1)


def _a_pet_form(lower: str) -> bool:
    """``lower`` is shaped like a Kazakh pet form of a listed first name (``_PET_FORM``)."""
    found = _PET_FORM.fullmatch(lower)
    return found is not None and skeleton(found.group("stem")) in _name_openings()


def a_compound_name(word: str) -> bool:
    """A lower-case word no dictionary knows whose skeleton, or its stem without an ending of the
    region, is three letters or more and the second part of a compound
    given name no word ends with (the profiles' ``compound_endings``: "quvonchbek", "некрӯз",
    "sanjarbekning"): a name wherever it stands."""
    if len(word) < 5 or "-" in word:
        return False
    return _compound_shaped(skeleton(word.casefold())) and _unknown_word(word.casefold())


@lru_cache(maxsize=50_000)
def _compound_shaped(shape: str) -> bool:
    """The skeleton, or its stem without an ending of the region, has three letters or more before
    one of the profiles' ``compound_endings`` (by its letters alone)."""
    endings = tuple(union("compound_endings"))
    return any(
        stem.endswith(ending) and len(stem) - len(ending) >= 3
        for stem in (shape, *_stems(shape))
        for ending in endings
    )


_ADJECTIVE_ENDING = re.compile(r"(?:ой|ей|ого|его|ому|ему|ым|им|ую|юю|ая|яя|ое|ее|ые|ие|ых|их|ыми|ими)\Z")


def an_adjective_before_its_noun(word: str, after: Token | None) -> bool:
    """A lower-case word with a Russian adjective's ending right before a lower-case noun that the
    dictionary reads as a common noun, no name ("с ювенальной полицией"): the noun's adjective,
    though no dictionary knows it and it ends like a surname ("с ивановой марией", "с ивановой
    поговорил" are still persons)."""
    if after is None or not after.text.islower() or not _ADJECTIVE_ENDING.search(word.casefold()):
        return False
    readings = lexicon.russian_readings(after.text.casefold())
    known, name, _place = lexicon.russian(after.text.casefold())
    return known and name < 0.3 and bool(readings) and readings[0][0] == "NOUN"


def _lower_surname_shaped(word: str) -> bool:
    """A lower-case word shaped like a name or a surname (-ов, -ин, -ұлы, -қызы, -бай, -бек …) that no
    dictionary reads as a word."""
    return _name_like_shape(word) and _unknown_word(word.casefold())


@lru_cache(maxsize=50_000)
def _ends_like_a_name(shape: str) -> bool:
    """The skeleton, or its stem without an ending of the region, ends like a name of the region
    (the profiles' ``name_endings``), with at least four letters and more than the ending."""
    endings = _name_endings()
    return any(
        len(stem) >= 4 and stem.endswith(endings) and stem not in endings for stem in (shape, *_stems(shape))
    )


@cache
def _name_endings() -> tuple[str, ...]:
    return tuple(union("name_endings") | frozenset(_SHAPED))


_OV_INSIDE = re.compile(r"ов|ев|ёв|ov|ev")


def _lower_surname(lower: str) -> str:
    """A lower-case word without the case ending after a surname's -ов/-ев ("жаркыновқа" -> жаркынов)."""
    if not _OV_INSIDE.search(lower):
        return lower
    stem = _surname_stem(lower[:1].upper() + lower[1:])
    return stem.casefold() if stem else lower


def _shaped_key(word: str) -> str:
    """The key of a name found by its shape: its stem without a case ending ("ерсейітке" -> erseit)."""
    shape = skeleton(word)
    surname = _lower_surname(word.casefold())
    if _OV_SURNAME.search(surname):
        return skeleton(surname)
    stems = [stem for stem in (shape, *_stems(shape)) if _ends_like_a_name(stem)]
    return stems[-1] if stems else _strip_case(shape)


def _family_names_after(
    text: str, words: list[tuple[int, int, str]], found: list[Span], public: list[tuple[int, int]]
) -> list[Span]:
    """The family name or patronymic in lower case right after a found name, maybe with a case
    ending ("серік әбілұлымен", "serik ábiluly", "нур ахметова"): part of the name, as sure as it.
    (A capitalised one is the other rules', which know the public ones: "Сұлтанға Бишімбаев ісінен".)"""
    starts = [w[0] for w in words]
    taken = {s.start for s in found}
    added: list[Span] = []

    def neighbour(span: Span, after: bool) -> tuple[int, int, str] | None:
        """The word one space after (or before) a found name, not yet taken and not public."""
        at = bisect.bisect_left(starts, span.end) if after else bisect.bisect_left(starts, span.start) - 1
        if span.kind is not Kind.NAME or not 0 <= at < len(words):
            return None
        start, end = words[at][:2]
        between = text[span.end : start] if after else text[end : span.start]
        if between != " " or start in taken or any(s <= start < e for s, e in public):
            return None
        return words[at]

    def add(span: Span, word: tuple[int, int, str], key: str) -> None:
        source = NAME_SHAPE if span.source in UNSURE_SOURCES else "surname-pattern"
        added.append(Span(word[0], word[1], Kind.NAME, source, key))
        taken.add(word[0])

    for span in found:
        if (word := neighbour(span, after=True)) and not word[2][:1].isupper() and _family_name(word[2]):
            add(span, word, span.key)
    # the family name first, as a list or a register writes it ("кабдолов ерназар — мама просит"):
    # a family name (not a patronymic, which follows the first name) right before a lower-case name
    for span in found:
        if not text[span.start : span.start + 1].islower() or not (word := neighbour(span, after=False)):
            continue
        family = word[2]
        shaped = family.islower() and _FAMILY.search(family) and not _PATRONYMIC.search(family)
        if shaped and _family_name(family):
            add(span, word, span.key)
    # the first name after a family name in small letters, as a register writes it, though the first
    # name is a word too ("мамытов тилек менен исаков азамат урушушту": Tilek, Azamat; not "ready")
    for span in found:
        family = text[span.start : span.end]
        if not family.islower() or " " in family or not _PATRONYMIC_OR_FAMILY.search(_lower_surname(family)):
            continue
        if not (word := neighbour(span, after=True)) or len(word[2]) < 3 or not word[2].islower():
            continue  # (initials are the other rules': "серікбаев а.қ.")
        if base_of(word[2], first_names()) is not None and _family_name(family):
            add(span, word, skeleton(word[2]))
    # both in small letters, the family name first, found by neither alone ("сейтов мирас - себебин
    # айтпады", "серикулы акжол тобынан"): a family name or a patronymic no dictionary knows as a word,
    # then a listed first name, though the first name is a word too (heritage, a good road)
    for (start, end, family), (first_start, first_end, first) in pairwise(words):
        if start in taken or first_start in taken or text[end:first_start] != " ":
            continue
        if not family.islower() or not first.islower() or len(first) < 3 or len(family) < 5:
            continue
        if not _PATRONYMIC_OR_FAMILY.search(_lower_surname(family)) or not _family_name(family):
            continue
        if base_of(first, first_names()) is None or any(s <= start < e for s, e in public):
            continue
        added.append(Span(start, end, Kind.NAME, "surname-pattern", skeleton(_lower_surname(family))))
        added.append(Span(first_start, first_end, Kind.NAME, "surname-pattern", skeleton(first)))
        taken.update((start, first_start))
    # a register's family name in capitals, either side of a first name, maybe with a case ending
    # ("ТЎРАЕВА Муқаддас", "с ЭРГАШЕВЫМ Шохруҳом", "Азамат ЖЎРАЕВ")
    for span in found:
        if not text[span.start : span.start + 1].isupper():
            continue
        for after in (False, True):
            if not (word := neighbour(span, after)) or len(word[2]) < 4 or not word[2].isupper():
                continue
            title = word[2][:1] + word[2][1:].casefold()
            if SURNAME.match(title) or _surname_stem(title):
                add(span, word, span.key)
    return added


_PATRONYMIC = re.compile(
    r"(?:ұлы|улы|қызы|кызы|уулу|ович|евич|овна|евна|uly|ulı|uulu|ulu|qyzy|qızı|kyzy|qizi|ovich|evich|ovna|evna)$"
)
_FAMILY = re.compile(r"(?:ов|ова|ев|ева|ёв|ёва|ov|ova|ev|eva|yev|yeva)$")
_PATRONYMIC_OR_FAMILY = re.compile(f"(?:{_PATRONYMIC.pattern[3:-2]}|{_FAMILY.pattern[3:-2]})$")


def _family_name(word: str) -> bool:
    """A patronymic or a family name, capitalised or not ("серікқызы", "ахметова", "Petrov"), that no
    dictionary reads as a word ("готов" is ready)."""
    lower = word.casefold()
    if _glued_family_name(lower):
        return True
    if _is_latin(lower):
        lower = kazakh_spellings.marks_as_2018(lower)  # "ábilūly", "serikqyzy" in the 2021 alphabet
    endings = endings_for(_is_latin(lower))
    for cut in range(len(lower) - 1, 4, -1):  # "ахметовамен", "ábilulyna": a case ending after it
        if skeleton(lower[cut:]) in endings and _PATRONYMIC_OR_FAMILY.search(lower, 0, cut):
            lower = lower[:cut]
            break
    patronymic = _PATRONYMIC.search(lower)
    if patronymic is not None and patronymic.start() >= 3:
        return not _a_word(lower)
    family = _FAMILY.search(lower)
    if family is None or family.start() < 3:
        return False
    if _is_latin(lower):
        return lower not in lexicon.english_words()
    known, name_p, _place = lexicon.russian(lower)
    return name_p >= 0.5 if known else not _any_kazakh_word(lower)


_GLUED = re.compile(
    r"(?:ұлы|улы|қызы|кызы|уулу|ович|евич|овна|евна|ыч|ов|ова|ев|ева|ёв|ёва|зода|заде"
    r"|uly|ulı|uulu|qyzy|kyzy|qızı|ovich|evich|ovna|evna|ov|ova|ev|eva|zoda|zade)$"
)
"""A patronymic or a family name glued to a first name: -ұлы, -қызы, -uulu, -ович, -овна, -ыч
(иваныч), -ов(а), -ев(а), -зода."""


def _a_russian_surname(word: str) -> bool:
    """The Russian dictionary reads ``word`` (lower case) as a surname more than as anything else
    ("беляев", "литвиненко")."""
    if not word or _is_latin(word):
        return False
    known, name_p, _place = lexicon.russian(word.casefold())
    return known and name_p >= 0.5


_BAI = ("bai", "bek", "ba")
"""-бай, -бек before -ов/-ев (-баев, -беков): a surname's whatever its stem; the Kazakh list holds
surnames of that shape too ("жұмабаев")."""
_FAMILY_ENDS = ("ов", "ова", "ев", "ева", "ёв", "ёва", "ov", "ova", "ev", "eva")


@lru_cache(maxsize=50_000)
def _glued_family_name(lower: str) -> str:
    """The key of a lower-case word that is a listed first name with a patronymic's or a family
    name's ending glued on, maybe with a case ending after it ("ерланұлы", "асанқызы", "bakytuulu",
    "нурлановича", "ерлановну", "nurbekov", "rahimzoda"), or any stem of four letters with a
    patronymic's ending or -баев/-беков ("тлеубаев", "жаксылыкулы"), where no dictionary reads a
    word ("романов", "алмазов" are novels and diamonds); "" otherwise."""
    if len(lower) < 6 or "-" in lower:
        return ""
    latin = _is_latin(lower)
    if latin:
        lower = kazakh_spellings.marks_as_2018(lower)  # "erlanūly": the 2021 alphabet's ұ is 2018's u
    endings = endings_for(latin)
    names = first_names()
    for cut in range(len(lower), 4, -1):
        if cut < len(lower) and skeleton(lower[cut:]) not in endings:
            continue
        core = lower[:cut]
        suffix = _GLUED.search(core)
        if suffix is None:
            continue
        stem = core[: suffix.start()]
        shape = skeleton(stem)
        family = suffix.group().endswith(_FAMILY_ENDS)
        # "сергеевич" is Сергей's son, "nikolaevna" Nikolai's daughter
        known = len(shape) >= 3 and (shape in names or skeleton(stem + ("y" if latin else "й")) in names)
        # a patronymic's ending, or -бай/-бек before -ов, is a name's whatever its stem ("тлеубаев")
        shaped = len(shape) >= 4 and (not family or shape.endswith(_BAI))
        shaped = shaped and suffix.group() != "ыч"  # "иваныч" only of a known name
        if known or shaped:
            # the Kazakh list holds patronymics ("сергеевич", "омарханұлы"): it speaks only of -ов, -ев
            if _a_word(lower) or (family and not shape.endswith(_BAI) and _any_kazakh_word(lower)):
                return ""
            return skeleton(core)
    return ""


@lru_cache(maxsize=50_000)
def _surname_stem(word: str) -> str:
    """The surname inside ``word`` followed by endings of the region ("Сапаровтар" -> "Сапаров")."""
    endings = endings_for(_is_latin(word))
    for cut in range(len(word) - 1, 4, -1):
        if skeleton(word[cut:]) in endings and SURNAME.match(word[:cut]):
            return word[:cut]
    return ""


_OV_SURNAME = re.compile(r"(?:ов|ова|ев|ева|ёв|ёва|ov|ova|ev|eva)$")
"""A surname's ending that no word for a person takes: "Кудаев", "Жиенов" (құда, жиен) are people."""

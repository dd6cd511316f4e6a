"""A name-word used as the word itself, not a person: spoken of ("Бакыт — это счастье"), quoted,
glossed, owned ("менің арманым"), named so; a plain word of English or Russian."""

from __future__ import annotations

import re
from functools import cache

from facilitator.anonymizer import lexicon
from facilitator.anonymizer.name_rules.meanings_given import meaning_given
from facilitator.anonymizer.name_rules.name_lists import list_names, name_words
from facilitator.anonymizer.name_rules.person_words import _person_nouns, _relatives
from facilitator.anonymizer.name_rules.public_things import _a_character_there, _a_figure_of_a_work
from facilitator.anonymizer.name_rules.sentence_positions import OPENING_QUOTES, starts_sentence
from facilitator.anonymizer.name_rules.word_bases import _is_latin, base_of
from facilitator.anonymizer.name_rules.works_called import called_a_work
from facilitator.anonymizer.profiles import cue_phrases, union
from facilitator.anonymizer.skeleton import skeleton

_MY_YOUR = re.compile(
    r"(?:ым|ім|им|ум|үм|ымыз|іміз|ыбыз|ибиз|ym|im|ymyz|imiz)"
    r"(?:а|е|ға|ге|ды|ді|ны|ні|да|де|дан|ден|нан|нен|ның|нің|дың|дің|мен|a|e|ǵa|ge|dy|di|ny|ni|da|de|dan|den"
    r"|nan|nen|nyń|niń|dyń|diń|men)?$"
)
"""The Kazakh endings for "my" and "our", maybe with a case (арманым, арманымға, armanymyz); not the
third person's ("Ақжолымен", "Ақжолын"), nor "your" (-ың is also the genitive: "Бақыттың")."""


_MINE = re.compile(r"[^\W\d_]{2}(?:м|m)(?:ыз|із|из|уз|үз|yz|iz|ız)?(?:[^\W\d_]{1,4})?$")
"""A word with the possessive of "my" or "our" (-м, -ым, -ім, -ум, -үм, -im, -ımyz), maybe with a case
after it, as it stands after "менің", "mening", "менин" (my): "ерікім", "umidim", "ойымша"."""


_WORD_BEFORE_GAP = re.compile(r"([^\W\d_]+) $")


def mine_after_my(text: str, start: int, word: str) -> bool:
    """A lower-case word with the possessive of "my" or "our", right after "менің", "mening", "менин" or
    another possessive pronoun: a thing of mine ("менің ерікім жоқ": I have no will), never a person."""
    if not word[:1].islower() or not _MINE.search(word.casefold()):
        return False
    before = _WORD_BEFORE_GAP.search(text, max(0, start - 20), start)
    return before is not None and before.group(1).casefold() in union("possessives")


_NEXT_WORD_AFTER = re.compile(r"[ \t]+([^\W\d_][\w'’]*)")
_DASH_NEXT = re.compile(r"[ \t]*[—–-][ \t]+")
_IN_A_LANGUAGE = re.compile(
    r"[ \t]+(?:по-[а-яё]+ски|in[ \t]+[A-Z][a-z]+|на[ \t]+[а-яё]+ом(?:[ \t]+языке)?"
    r"|[а-яёәғқңөұүһі]+(?:ша|ше|ча|че)|[a-z'ʻ‘]+(?:cha|sha)"
    r"|[а-яёәғқңөұүһі]+[ \t]+(?:тіліндегі|тилинде)|[a-z'ʻ‘]+[ \t]+tilida)(?=[ \t])",
)
"""A language named between a word and what it means: "по-казахски", "in Kazakh", "на таджикском",
"қазақша", "o'zbekcha", "қазақ тіліндегі", "o'zbek tilida"."""


_MEANING = re.compile(r"[ \t]*[—–-][ \t]+([^\W\d_A-ZА-ЯЁ][\w'’ʻ‘]{3,})[ \t]*,")


def _meaning_discussed(text: str, end: int) -> bool:
    """A word heading a sentence, a dash, a lower-case word and a comma, and that word again later in
    the sentence ("Zafar — g'alaba, lekin bu yerda g'alaba kimga?"): the heading's meaning given and
    discussed, the heading a word."""
    found = _MEANING.match(text, end)
    if found is None:
        return False
    stop = _SENTENCE_END.search(text, found.end(), found.end() + 200)
    reach = stop.start() if stop else min(len(text), found.end() + 200)
    meaning = found.group(1)
    at = text.find(meaning, found.end(), reach)
    return (
        at >= 0
        and not text[at - 1 : at].isalpha()
        and not text[at + len(meaning) : at + len(meaning) + 1].isalpha()
    )


def _heading_repeated_lower(text: str, start: int, end: int) -> bool:
    """A name-word that is also a word (``name_words``) heading a sentence before a dash, and the same
    word typed again in lower case opening a quotation within 200 characters after it ("Мейірім —
    Бекзат плакатқа жазды: «мейірім бақылау емес»"): the topic heading the note, no person ("Бақыт —
    бүгін келмеді, бақыт емес" is Бақыт: the word again, but no quotation opens with it)."""
    word = text[start:end]
    if skeleton(word) not in name_words(_is_latin(word)):
        return False
    lower = word.casefold()
    reach = min(len(text), end + 200)
    at = text.find(lower, end, reach)
    while at >= 0:
        if text[at - 1 : at] in _OPEN_QUOTES and text[at : at + 1].islower():
            return True
        at = text.find(lower, at + 1, reach)
    return False


_OPEN_QUOTES = frozenset(OPENING_QUOTES)
_WORD_WORDS = re.compile(
    r"(?<![\w'])(?:word|words|слово|слова|слов|сөз|сөзі|сөздің|so'z|so'zi|сўз|калима|калимаи|сөзү)(?![\w'])",
    re.IGNORECASE,
)
_A_WORD_IN_A_CASE = re.compile(
    r"(?:сөз|сөздер|sóz|sózder|soz|so['‘’ʻ]?z|сўз)(?:|ді|дің|ге|ден|бен|де|ni|ning|ga|dan|da|ge|den|di|diń|нинг|ни|га|дан)"
    r"|сөзү|сөздү|word|words",
    re.IGNORECASE,
)
""""Word" in Kazakh, Uzbek and Kyrgyz with a case ending but no possessive ("сөзді", "so'zni",
"сөздү"), after a cue that names it ("Жеңіс деген сөзді …": the word called Жеңіс). Not "his word"
("Жеңіс деген сөзінде тұрды": Жеңіс kept the word he said)."""
_SENTENCE_END = re.compile(r"[.!?\n]")


def _a_word_discussed(text: str, start: int, end: int) -> bool:
    """A virtue's name (the profiles' ``abstract_names``: Grace, Hope, Вера) heading its sentence
    before a dash, the sentence then speaking of a word ("… there's no kyrgyz word like it", "… такого
    слова нет"): the word discussed, no person."""
    if text[start:end].casefold() not in union("abstract_names"):
        return False
    stop = _SENTENCE_END.search(text, end, end + 300)
    return _WORD_WORDS.search(text, end, stop.start() if stop else min(len(text), end + 300)) is not None


def _said_no_name(text: str, end: int) -> bool:
    """The sentence after a heading and its dash says it is not (only) a name: a word for a name and a
    negation after it ("esim emes", "ism emas": the Turkic "is not") or before it ("не имя", "not a
    name"): the word discussed, no person. Not a verb's negation ("полное имя не говорит": he does not
    tell his full name). A word for a name said first without a negation makes it a name whatever
    follows ("Соловей — это фамилия, а не кличка": a surname, not a nickname)."""
    stop = _SENTENCE_END.search(text, end, end + 200)
    words = _WORDS.findall(text, end, stop.start() if stop else min(len(text), end + 200))
    lowered = [w.casefold() for w in words]
    nouns = union("name_nouns")
    for at, word in enumerate(lowered):
        if word not in nouns:
            continue
        return (
            (at + 1 < len(lowered) and lowered[at + 1] in _IS_NOT)
            or (at >= 1 and lowered[at - 1] in _NOT)
            or (at >= 2 and lowered[at - 1] == "a" and lowered[at - 2] in _NOT)
        )
    return False


_WORDS = re.compile(r"[^\W\d_][\w'’ʻ‘]*")
_IS_NOT = frozenset({"емес", "эмес", "emes", "emas", "эмас", "нест", "нес"})
_NOT = frozenset({"не", "not"})
_NAMED_SO = re.compile(
    r"[ \t]*[—–-][ \t]*(?:вот[ \t]+)?так[ \t]+(?:и[ \t]+)?(?:называ|назва)\w*", re.IGNORECASE
)
"""A dash, then "так называлась/называется/назвали": the word before is the name the thing had."""
_WORD_BEFORE_MARK = re.compile(r"([^\W\d_][\w'’]*)[ \t]*[:—–=-]?[ \t]*\Z")
_IN = frozenset({"в", "во", "v", "vo", "дар"})
"""Russian and Tajik "in" ("v islam uvazhayut", "дар ислом мегӯяд"): before a name-word in lower case
with no case ending, the thing it names."""
_MY = frozenset(
    {"my", "мой", "моя", "моё", "мое", "menin", "менің", "meniń", "mening", "менин", "mani", "мани"}
)
""""My" before a word: "my arman is …" is my dream ("our Timur said", "наш Слава" are people)."""


def spoken_of(text: str, start: int, end: int) -> bool:
    """The name-word ``text[start:end]`` is the word itself, spoken of, not a person: before a word
    that speaks of it ("Нурлан значит свет", "«Арман деген — мақсат»", "umid means hope"); a listed
    name that is also a word opening a sentence inside a quotation before a dash that defines it
    ("«Бақыт — отбасы»", "… «Мейір — это когда …»"); after "my" ("my arman is …", "мой бакыт"),
    after a word of meaning ("his name means nur", "мағынасы — бақыт"); in the Russian "в" with no
    case ending ("v islam uvazhayut": in Islam); a feast's name after a word of time ("born on
    Nowruz": the profiles' ``feast_before``); a capitalised name after a title of history or legend
    ("the hero Rustam", "царь Искандар": public.yaml ``figure_titles``)."""
    word = text[start:end]
    shape = skeleton(word)
    # a listed name as it is, no case ending: "Бақыттың сөзі" (Бақыт's words) is a person's
    plain = shape in list_names()
    if word[:1].isupper() and _a_figure_of_a_work(text, start, end):
        return True  # "назвали в честь Фаридуна из Шоҳнома": the epic's hero, though a participant's name
    language = _IN_A_LANGUAGE.match(text, end)  # "Арман по-казахски означает …", "Umid in Uzbek means"
    quoted_alone = start > 0 and text[start - 1] in '«"“' and text[end : end + 1] in '»"”'
    # «Қуаныш» деген сөз: the word quoted, then what speaks of it
    following = _NEXT_WORD_AFTER.match(text, language.end() if language else end + quoted_alone)
    initial = starts_sentence(text, start)
    if plain and initial and _NAMED_SO.match(text, end):
        return True  # "Умед — так называлась наша игра": the name of a thing, given by the writer
    if word[:1].isupper() and _a_character_there(text, start, end):
        return True  # "прочитал «Джамилю» … «Данияр там единственный …»": the story's hero
    if called_a_work(text, start, end):
        return True  # "Жеңіс деген фильмнен": the film called so (name_rules/works_called.py)
    if plain and meaning_given(text, end):
        return True  # "Умед сегодня в значении «надежда»": the word in that sense (meanings_given.py)
    if (
        initial
        and _DASH_NEXT.match(text, end)
        and (
            _meaning_discussed(text, end)  # "Zafar — g'alaba, lekin bu yerda g'alaba kimga?": its meaning
            or _heading_repeated_lower(text, start, end)  # "Sabr — Aziz dedi: «sabr qizga kerak»": a topic
            or _a_word_discussed(text, start, end)  # "Grace - Aizhan said there's no kyrgyz word like it"
            or _said_no_name(text, end)  # "Arman — bul tek esim emes, maqsat": a name, and more
        )
    ):
        return True  # a heading before a dash that the sentence speaks of as a word
    if _asked_what_it_is(text, end) and base_of(word, name_words(_is_latin(word))) is not None:
        return True  # "Максат эмне?", "Orzuingiz nima?", "Орзуи шумо чист?": the word asked about
    if (
        following is not None
        and following.group(1).casefold() in union("light_verbs")
        and shape in name_words(_is_latin(word))
    ):
        return True  # "Umid qilamanki", "Үміт етемін", "серік болу": the noun of a compound verb
    if plain and following is not None and following.group(1).casefold() in union("word_cues"):
        person = _NEXT_WORD_AFTER.match(text, following.end())  # "сабыр деген бала": a boy called Сабыр
        if person is not None and _a_nickname_person(person.group(1)):
            return False  # "Акылбек деген балага айт": to the boy called so, in any case
        if person is not None and _A_WORD_IN_A_CASE.fullmatch(person.group(1)):
            return True  # "бірақ Жеңіс деген сөз туралы": the word called Жеңіс, wherever it stands
        return word.islower() or initial
    if (
        plain
        and initial
        and _DASH_NEXT.match(text, end)
        and shape in name_words(_is_latin(word))
        and _quoted(text, start)  # "Роман — тихий парень" unquoted: said of a person
    ):
        return True
    if plain and _quoted_and_glossed(text, start, end):
        return True  # '"arman" — dream', '"Umid" (hope)': the word in quotes, its meaning given
    before = _WORD_BEFORE_MARK.search(text, max(0, start - 40), start)
    if before is None:
        return False
    joined = before.end(1) == start - 1  # one space between
    if joined and shape in union("feast_names") and before.group(1).casefold() in union("feast_before"):
        return True  # "born on Nowruz", "на Навруз": the feast, though a boy's name too
    if joined and word[:1].isupper() and skeleton(before.group(1)) in lexicon.figure_titles():
        return True  # "the hero Rustam", "царь Искандар": a figure of history or legend
    if not word.islower():
        return False
    previous = before.group(1).casefold()
    return (
        (joined and previous in _MY)
        # "his arman is to open a shop": a name that is a word, owned, in lower case (his dream)
        or (
            joined
            and previous in _THEIR
            and shape in name_words(_is_latin(word))
            and not _a_persons_verb_after(text, end)  # "his aziz said …": a person said it
        )
        or previous in union("meaning_before")
        or (joined and previous in _IN and plain)
    )


@cache
def _what_is_pattern() -> re.Pattern[str]:
    asks = "|".join(
        r"[ \t]+".join(map(re.escape, phrase.split()))
        for phrase in sorted(union("what_is"), key=len, reverse=True)
    )
    return re.compile(rf"(?:[ \t]+[^\W\d_][\w'’ʻ‘]*)?[ \t]+(?:{asks})[ \t]*\?", re.IGNORECASE)


def _asked_what_it_is(text: str, end: int) -> bool:
    """Right after ``end``, maybe past one word ("шумо", "отбасы"), words asking what a thing is and
    a question mark (the profiles' ``what_is``: "эмне?", "nima?", "чист?", "деген не?")."""
    return bool(union("what_is")) and _what_is_pattern().match(text, end) is not None


_QUOTE_REACH = 400
"""Characters back on its line that a quotation around a word is looked for in (a long note may hold
no line break)."""


_THEIR = frozenset({"his", "her", "their"})
"""English possessives before a lower-case word that is a name and a word ("his arman"): the word.
With a capital ("his Timur said") or before a person's verb a person; "our aziz" is one of the group."""


def _a_persons_verb_after(text: str, end: int) -> bool:
    following = _NEXT_WORD_AFTER.match(text, end)
    return following is not None and following.group(1).casefold() in union("person_after")


_QUOTED_GLOSS = re.compile(
    r"[\"'”’»][ \t]*(?:\([ \t]*(?:an? |the )?(?P<bracketed>[a-zа-яё]+(?:[ -][a-zа-яё]+)?)[ \t]*\)"
    r"|[—–-][ \t]*(?P<dashed>[a-zа-яё]+)(?=[ \t]*(?:[.;!?)]|\Z)))"
)
"""A word's closing quotation mark, then its meaning: in brackets ('"Umid" (hope)') or after a dash,
one word ending its sentence ('"arman" — dream.'; not "'Sunny' — yes, really his nickname")."""


def _quoted_and_glossed(text: str, start: int, end: int) -> bool:
    """The word stands alone in quotation marks and its meaning follows, a common word of English or
    Russian for no person ('"Umid" (hope)', '"arman" — dream.'); '"Aibek" (the new boy)' is a person."""
    if text[start - 1 : start] not in _OPEN_QUOTES:
        return False
    gloss = _QUOTED_GLOSS.match(text, end)
    if gloss is None:
        return False
    meaning = gloss.group("bracketed") or gloss.group("dashed")
    return all(_a_plain_word(part) for part in re.split(r"[ -]", meaning))


def _quoted(text: str, start: int) -> bool:
    """``start`` is inside a quotation opened earlier on its line ("«Моё имя значит счастье. Бакыт —
    это …»", "Ерлан: «Жеңіс — …»"): more quotation marks open than close before it (a straight
    quote or an apostrophe opens when nothing is open; not one inside a word)."""
    reach = max(0, start - _QUOTE_REACH)
    line = text[text.rfind("\n", reach, start) + 1 or reach : start]
    depth = 0
    for at, char in enumerate(line):
        if char in "'’" and 0 < at < len(line) - 1 and line[at - 1].isalpha() and line[at + 1].isalpha():
            continue  # "don't", "qo'shiq": an apostrophe inside a word
        if char in "«“„" or (char in "\"'" and depth == 0):
            depth += 1
        elif char in "»”" or (char in "\"'’" and depth > 0):
            depth = max(0, depth - 1)
    return depth > 0


def _my_word(word: str, base: str) -> bool:
    """A lower-case name-word with "my" on it is the word: a person is not "my Арман"."""
    mine = _MY_YOUR.search(word.casefold())
    return (
        mine is not None
        and mine.start() >= 3
        and base in name_words(_is_latin(word)) | name_words(not _is_latin(word))
        and _devoiced(skeleton(word[: mine.start()])) == _devoiced(base)
    )


def _devoiced(shape: str) -> str:
    """``shape`` with its last consonant voiceless: a stem's last consonant is voiced before a vowel
    ending ("Тилегим" of тилек, "Талабым" of талап), so a stem and a word compare so."""
    return shape[:-1] + _DEVOICED[shape[-1]] if shape[-1:] in _DEVOICED else shape


_DEVOICED = {"g": "k", "b": "p", "d": "t"}


_LOCATIVES = frozenset({"da", "de", "ta", "te", "do", "to"})
"""Skeletons of the Turkic locative ending (-да, -де, -та, -те; Kyrgyz -до, -дө, -то, -тө): a word in it
says where something is, so before a verb it is never the verb's subject ("бозорда ишлайди": he works
at the bazaar, not Бозор works)."""


_HIS = re.compile(
    r"(?:ы|і|сы|сі|y|i|ı|sy|si|sı)"
    r"(?:н|на|не|нда|нде|нан|нен|ның|нің|мен|n|na|ne|nda|nde|nan|nen|nyń|niń|men)?$"
)
"""The Kazakh third person's possessive, maybe with a case ("арманы", "armanyn", "сұлтаны"): a name
takes "-ды", "-ны", "-ты" for its accusative, never a bare "-ы" after a consonant."""


def _possessed(word: str, base: str) -> bool:
    """A lower-case name-word with a possessive on it is the word ("менің арманым", "óz armanyn
    jazdy", "үйінің сұлтаны"): a person is not "my Арман" nor "his Арман"."""
    if not base or _my_word(word, base):
        return bool(base)
    his = _HIS.search(word.casefold())
    return (
        his is not None
        and his.start() >= 3
        and word[his.start() - 1 : his.start()].casefold() not in "aeiouаеиоуыіәөұүэюяáóúıý"
        # "qairattyn", "nurlannyn": a doubled consonant is the genitive's (-тың, -ның) in ASCII
        and not _doubled(word.casefold(), his.start())
        and base in name_words(_is_latin(word)) | name_words(not _is_latin(word))
        and skeleton(word[: his.start()]) == base
    )


def _doubled(lower: str, end: int) -> bool:
    return end >= 2 and lower[end - 2] == lower[end - 1]


@cache
def _name_nouns_pattern() -> re.Pattern[str]:
    """The profiles' words for a name or a nickname, as whole words, in any letter case."""
    nouns = sorted(union("name_nouns"), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, nouns)) + r")(?![\w-])", re.IGNORECASE)


_SAID_A_NAME = re.compile(
    r"(?<![\w-])(?P<word>[^\W\d_](?:[\w'’]*\w)?)"
    r"(?:[ \t]+(?:is|was)[ \t]+|[ \t]+-[ \t]*|[ \t]*[=—–][ \t]*|[ \t]+(?=это)|['’»\"”]?[ \t]*\([ \t]*)"
    r"(?P<between>(?:[^\W\d_]+[ \t]+){0,2})\Z",
    re.IGNORECASE,
)
"""A word, "is" or a dash or "это" or an open bracket (its quotation mark closed before it: "'Bek'
(nickname, …)", "«Тоша» (прозвище)"), two words at most, before a word for a name (read back from
it)."""
_OF_AFTER = re.compile(r"[ \t]+(?:of|для)\b", re.IGNORECASE)
_NEGATIONS = frozenset({"not", "no", "never", "не", "нет", "емес", "эмес", "emas", "эмас", "нест", "emes"})
_ENGLISH_DETERMINERS = frozenset({"what", "which", "the", "his", "her", "their", "its", "my", "your", "our"})
_OBJECT_PRONOUNS = frozenset({"его", "её", "ее", "их", "him", "her", "them"})
_OBJECT_AFTER = re.compile(r"[ \t]+(?:его|её|ее|их|him|her|them)(?![\w-])", re.IGNORECASE)
_SO_CALLED_CUE = re.compile(r"[—–-][ \t]*(?:так|so)[ \t]", re.IGNORECASE)


@cache
def _so_called_pattern() -> re.Pattern[str]:
    """A word, a dash, "так"/"so", two words at most, a verb of calling or writing a name (the profiles'
    ``calling_verbs``: "вилл — так ребята пишут", "Boo - so they call")."""
    verbs = "|".join(map(re.escape, sorted(union("calling_verbs"), key=len, reverse=True)))
    return re.compile(
        r"(?<![\w-])(?P<word>[^\W\d_][\w'’]*)[ \t]*[—–-]+[ \t]*(?:так|so)[ \t]+(?:[^\W\d_]+[ \t]+){0,2}?"
        rf"(?P<verb>{verbs})(?![\w-])",
        re.IGNORECASE,
    )


@cache
def called_so_in_brackets() -> re.Pattern[str]:
    """A capitalised word, then a remark in brackets that ends saying people call him so: a verb of
    calling (the profiles' ``calling_verbs``), "him" or "her", maybe "that" ("Professor (the tall one
    with glasses, they call him that)", "Chef (that's what the boys call him)"), or that holds
    "так"/"so" and one a few words on ("Жоке (так его зовут друзья)", "Кара (короче Айдар, его так на
    потоке зовут)"): his nickname. Not "it" ("English (they call it that)")."""
    verbs = "|".join(map(re.escape, sorted(union("calling_verbs"), key=len, reverse=True)))
    return re.compile(
        r"(?<![\w'’-])(?P<word>(?-i:[^\W\d_a-zа-яё])[\w'’]*)[ \t]*\((?:[^()\n]{0,80}?"
        rf"(?<![\w'’])(?:{verbs})[ \t]+(?:him|her|его|её|ее)(?:[ \t]+(?:that|so|this|так))?[ \t]*"
        # "Жоке (так его зовут друзья)", "Boo (so his friends call him)"
        rf"|[^()\n]{{0,60}}?(?<![\w'’])(?:так|so)[ \t]+(?:[^\W\d_]+[ \t]+){{0,3}}?(?:{verbs})(?![\w'’])"
        rf"[^()\n]{{0,40}}?)\)",
        re.IGNORECASE,
    )


_GLOSS = re.compile(
    r"(?<![\w'])([^\W\d_A-ZА-ЯЁ][^\W\d_]+)[ \t]*\((?:an? |the |это )?([a-zа-яё]+(?:[ -][a-zа-яё]+)?)\)"
)
"""A lower-case word with its meaning in brackets ("erkin (free)", "one tilek (wish)", "бақыт
(счастье)")."""


def glossed_words(text: str) -> frozenset[str]:
    """The lower-case words of ``text`` the writer translates in brackets into common words of
    English or Russian ("erkin (free)", "bakyt (happiness)"): a word, in that note, wherever it
    stands in lower case. Not a name explained by a name or by a word for a person ("жека (евгений)",
    "aziz (my cousin)", "ali (the new boy)")."""
    return frozenset(gloss.group(1) for gloss in _glosses(text))


def _glosses(text: str) -> list[re.Match[str]]:
    """The glosses of ``glossed_words``: group 1 the word, group 2 its meaning."""
    if "(" not in text:
        return []
    return [gloss for gloss in _GLOSS.finditer(text) if _a_plain_word(gloss.group(2))]


def _a_plain_word(word: str) -> bool:
    """A common word of English or Russian that names no one: no listed first name, no word for a
    person or a relative."""
    shape = skeleton(word)
    if base_of(word, list_names()) is not None and base_of(word, name_words(_is_latin(word))) is None:
        return False
    people = union("person_before", "person_nouns", "titles") | set(cue_phrases("jobs"))
    if shape in _person_nouns() or shape in _relatives() or word in people or word in cue_phrases("roles"):
        return False
    if _is_latin(word):
        return word in lexicon.english_words() and not _AGENT_NOUN.search(word)
    known, name, _place = lexicon.russian(word)
    return known and name < 0.3 and lexicon.russian_thing(word)[0]


_AGENT_NOUN = re.compile(r"(?:er|or|ist|ian|ant|ent)s?\Z")
"""English nouns of one who does something ("teacher", "intern"'s kin "trainee", "assistant")."""


_REGION_AGENT_NOUN = re.compile(
    r"^[^\W\d_]{3,}(?:чы|чи|чу|чү|шы|ші|chi|shy|shi)"
    r"(?:лар|лер|дар|дер|тар|тер|lar|ler)?(?:га|ге|гө|го|ға|ге|ны|ни|ну|нү|нын|нин|нун|нүн|ның|нің|ga|ni|ning|ǵa|ge|ny|nyń)\Z"
)
"""A Kyrgyz, Kazakh or Uzbek agent noun ("-чы", "-шы", "-chi": a guard, a seller, a driver) with a
case ending: a word for someone by a trade, which a given name never ends like."""


_GLOSS_DASH = re.compile(r"[ \t][-–—][ \t]")
_CAPITALISED = re.compile(r"(?<![\w'’-])[^\W\d_a-zа-яёәғқңөұүһіӯӣҷҳ][\w'’]*")


@cache
def _phrases(key: str) -> re.Pattern[str]:
    """The profiles' phrases under ``key`` ("not_a_person", "not_a_member"), the longest first."""
    phrases = sorted(union(key), key=lambda p: (-len(p), p))
    joined = "|".join(r"[ \t]+".join(re.escape(w) for w in p.split()) for p in phrases) or r"(?!)"
    return re.compile(rf"(?<![\w'’])(?:{joined})(?![\w'’])", re.IGNORECASE)


def disclaimed_words(text: str) -> frozenset[str]:
    """The capitalised words (as skeletons) that the writer glosses with a dash in a sentence that
    then says they are no person ("Масанчи - это село, не человек", "Наврӯз - ин ҷо ном нест, ид
    аст", "Berdaq shoir, o'quvchi emas" after "… - "), or says with "is" that a word is not a name
    ("Sultan is not a name here"): every form of them in the note is the thing, a place, a holiday,
    a group, a poet. Where the phrase follows the dash at once, the glossed words stand right beside
    the dash: right before it (a list of them, "Офтоб, Меҳр - …") or right after it ("Руслан came by
    — not a participant" says a person, who did something, is not one of the group); where a gloss
    stands between ("- это село, не человек"), every capitalised word of the sentence before it. A
    phrase saying someone is no member (the profiles' ``not_a_member``: "не участник", "o'quvchi
    emas") glosses only through such a gloss: right after a dash, the word before it is a person who
    is not one of the group ("Бектур — не участник")."""
    found: set[str] = set()
    members = list(_phrases("not_a_member").finditer(text))
    for said in sorted([*_phrases("not_a_person").finditer(text), *members], key=lambda m: m.start()):
        back = max(0, said.start() - 200)
        start = max(text.rfind(mark, back, said.start()) for mark in (". ", "! ", "? ", "\n"))
        start = back if start < 0 else start + 1
        named = _NOT_A_NAME_IS.search(text, start, said.start())
        if named is not None and _name_nouns_pattern().search(said.group()):
            found.add(skeleton(named.group(1)))  # "Sultan is not a name here"
        dashes = list(_GLOSS_DASH.finditer(text, start, said.start()))
        if dashes and text[dashes[-1].end() : said.start()].strip():
            # a gloss between the dash and the phrase ("- это село, не человек", "— ташкилот, на
            # одам"): the sentence glosses its capitalised words
            found |= {skeleton(m.group()) for m in _CAPITALISED.finditer(text, start, said.start())}
            continue
        if said in members:
            continue  # "Бектур — не участник": someone who is no member of the group is a person
        for dash in dashes:  # "Talas - not a person": the words right beside the dash
            found |= _beside_the_dash(text, start, dash.start(), dash.end(), said.start())
    return frozenset(found)


_NOT_A_NAME_IS = re.compile(r"(?<![\w'’-])([^\W\d_a-zа-яё][\w'’]*)[ \t]+(?:is|was)[ \t]+\Z")
""""Sultan is " right before "not a name": the word the writer says is no name."""
_GLOSSED_RUN = re.compile(
    r"(?:[^\W\d_a-zа-яёәғқңөұүһіӯӣҷҳ][\w'’]*(?:[ \t]*,[ \t]*|[ \t]+)?)+[\"'’»”]?[ \t]*\Z"
)
"""Capitalised words, maybe with commas between them and a closing quotation mark, right before a
dash ("Офтоб, Меҳр", "Масанчи")."""
_QUOTED_BEFORE = re.compile(r"[\"«“][^\"«»“”\n]{1,60}[\"»”][ \t]*\Z")
"""A title in quotation marks right before a dash ('"Xalq uchun" - Berdaq shoir …')."""


def _beside_the_dash(text: str, start: int, dash: int, after: int, reach: int) -> set[str]:
    """The capitalised words a dash glosses: the run of them right before it, and the word right
    after it ("… - Berdaq shoir, o'quvchi emas")."""
    words: set[str] = set()
    run = _GLOSSED_RUN.search(text, start, dash) or _QUOTED_BEFORE.search(text, start, dash)
    if run is not None:
        words |= {skeleton(m.group()) for m in _CAPITALISED.finditer(text, run.start(), dash)}
    first = _CAPITALISED.match(text, after, reach)
    if first is not None:
        words.add(skeleton(first.group()))
    return words


@cache
def _nickname_persons() -> frozenset[str]:
    return frozenset(skeleton(w) for w in union("nickname_persons") if len(skeleton(w)) >= 3)


def _a_nickname_person(word: str) -> bool:
    """A word for a young person after "деген" (``nickname_persons``) in any case form: "бала",
    "балага", "жигитке", "кызды"."""
    return word.casefold() in union("nickname_persons") or (
        word.islower() and base_of(word, _nickname_persons(), min_inflected=3) is not None
    )

"""Where only a person stands: a lower-case name that is also a word before a verb a person does,
beside a relative, in a list of names, as a subject, told or stayed with, absent."""

from __future__ import annotations

import re
from collections.abc import Iterator

from facilitator.anonymizer import lexicon
from facilitator.anonymizer.name_rules.grammar_forms import _AGE_AFTER
from facilitator.anonymizer.name_rules.name_forms import (
    _PERSON_PREPOSITIONS,
    _russian_genitive_of,
    accusative_of,
)
from facilitator.anonymizer.name_rules.name_lists import list_names, written_like_a_name
from facilitator.anonymizer.name_rules.name_shapes import _family_name
from facilitator.anonymizer.name_rules.name_sources import UNSURE_SOURCES
from facilitator.anonymizer.name_rules.name_spans import _honorific_after
from facilitator.anonymizer.name_rules.person_words import (
    _a_function_word_of_person,
    _a_relative,
    _function_or_person_word,
    _kin_nouns,
    _relatives,
)
from facilitator.anonymizer.name_rules.sentence_positions import (
    _CLAUSE_END,
    _CLAUSE_OPENERS,
    _CLAUSE_STOP,
    TOKEN,
    Token,
    _kazakh_around,
    _next_token,
    _sentence_bounds,
    _token,
    starts_sentence,
)
from facilitator.anonymizer.name_rules.speaker_labels import _speaker_label, _told_in_english, _verb_stems
from facilitator.anonymizer.name_rules.word_bases import _is_latin, base_of
from facilitator.anonymizer.name_rules.words_as_words import _possessed
from facilitator.anonymizer.profiles import cue_phrases, union
from facilitator.anonymizer.skeleton import skeleton
from facilitator.anonymizer.spans import Span


def _lower_person_context(token: Token, before: Token | None, after: Token | None, text: str) -> bool:
    """Where a person stands: before a verb a person does or an honorific ("ерсейіт үндемеді",
    "toqgali said", "дәмеғали ағай"), after a relative, a person's preposition or a verb of telling
    ("брат ерсейита", "с мыңқали", "with bolkhan")."""
    if (
        after is not None
        and after.text.casefold() not in union("conjunctions")
        and (after.text.casefold() in union("person_after") or _honorific_after(after))
    ):
        return True
    if before is not None and not text[before.end : token.start].strip():
        lower = before.text.casefold()
        return lower in union("person_before") or lower in _PERSON_PREPOSITIONS
    return False


def _person_stands(text: str, words: list[tuple[int, int, str]], index: int, base: str) -> bool:
    """A lower-case name that is also a word, where only a person stands: a speaker label at a
    line's start or after a semicolon ("арман: мен келіспеймін"), a family name, a patronymic or an
    honorific after it ("нур ахметова", "алтын серікқызы", "алтын апай"), a Kazakh dative before a
    verb of telling or a comitative before one of talking ("арманға айттым", "алтынмен сөйлестім"),
    an English verb of talking or telling before it ("spoke with max", "asked will"). Not "my" or
    "his" word ("менің арманым"), nor a word of the grammar."""
    start, end, word = words[index]
    if _possessed(word, base) or _function_or_person_word(word, base):
        return False
    after = words[index + 1] if index + 1 < len(words) else None
    spaced = after is not None and text[end : after[0]] == " "
    if after is not None and spaced and (_honorific_after(_token(after)) or _family_name(after[2])):
        return True
    if _PHONE_AFTER.match(text, end):
        return True  # "тел дархан 8747…", "bolat: +7 701 …": a person's number after it
    if _AGE_AFTER.match(text, end):
        return True  # "мирас 15 жаста", "umid, 16 yoshda": a person's age after it
    if _AGE_LOCATIVE.match(text, end) and not _is_latin(word) and skeleton(word) not in union("clock_words"):
        return True  # "дәулет 17 де үйленеді", "жеңіс 16-да кетті": at an age, a person does something
    if _stays_at(text, words, index) or _own_relative_after(text, words, index):
        return True  # "он ночует у славы", "әзиз өз апасын алып қашқан"
    if _a_person_does_after_filler(text, words, index):
        return True  # "слава тоже хочет", "роман опять опоздал"
    shape = skeleton(word)
    if shape == base:
        return (
            _speaker_label(text, start, end)
            or _told_in_english(words, index)
            or _named_relative(text, words, index)
        )
    if accusative_of(word, base):
        verbs = _verb_stems("object_verbs")  # "эркинди ата-энеси менен чакыруу": the one invited
    elif not shape.startswith(base):
        return False
    elif shape[len(base) :] in _TO_ENDINGS:
        verbs = _verb_stems("addressee_verbs")
    elif shape[len(base) :] in _WITH_ENDINGS:
        verbs = _verb_stems("companion_verbs")
    else:
        return False
    clause = _CLAUSE_END.search(text, end, end + 80)
    stop = clause.start() if clause else end + 80
    following = [w for w in words[index + 1 : index + 5] if w[0] < stop]
    return any(skeleton(w[2]).startswith(verbs) for w in following)


_EQUATION = r"(?:это|actually|aka|a\.k\.a\.|real name)"
_EQUATED_BEFORE = re.compile(
    r"(?<![\w-])(?P<nick>[^\W\d_][\w’'-]*)[ \t]*(?:=|[—–-]?[ \t]*" + _EQUATION + r")[ \t]*\Z"
)
"""A word, then "=", "это" or "actually" ("Boss = ", "Нема это ", "Nick — actually "), right before a
name."""
_EQUATION_WORD = re.compile(r"(?<!\w)" + _EQUATION + r"(?!\w)")
_KIN_AND_NAME = re.compile(r"[ \t]+([^\W\d_]+)[ \t]+([^\W\d_]+)")
_FROM_GROUP = re.compile(
    r" (?:из|from) (?:(?P<code>\d{1,2}[ -]?[^\W\d_])(?![\w])|(?:[\w-]+ )?(?P<noun>[^\W\d_]+))"
)


def _from_a_group(text: str, end: int) -> bool:
    """Right after the word, "из" or "from" and a class ("из 11б", "from 10B") or, maybe after one
    word, where participants come from (the profiles' ``group_words``: "из второй группы", "из
    техникума", "from group 3"): the word is a person ("Слава из 11б смеялся"), not "роман из
    библиотеки", "Слава из уст в уста"."""
    found = _FROM_GROUP.match(text, end)
    if found is None:
        return False
    return found.group("code") is not None or found.group("noun").casefold() in union("group_words")


def _told_to(text: str, words: list[tuple[int, int, str]], index: int, base: str) -> bool:
    """A listed name in the dative before a verb of telling, thanking or helping in its clause
    ("Сырымға рахмет айттым", "Бақытқа хабарластым"), though the Kazakh dictionary reads a word and an
    ending ("сыр" + "-ым" + "-ға": to my secret): no one thanks a secret."""
    _start, end, word = words[index]
    shape = skeleton(word)
    if not shape.startswith(base) or shape[len(base) :] not in _TO_ENDINGS:
        return False
    clause = _CLAUSE_END.search(text, end, end + 80)
    stop = clause.start() if clause else end + 80
    verbs = _verb_stems("addressee_verbs")
    return any(skeleton(w[2]).startswith(verbs) for w in words[index + 1 : index + 4] if w[0] < stop)


_AGE_LOCATIVE = re.compile(r"[ \t]+(?:1[2-9]|2[0-9])[ \t]*-?(?:де|да|те|та)[ \t]+[^\W\d_]{3,}")
"""An age (12 to 29) with the Kazakh locative, then a word (a verb): "at 17 he marries" ("дәулет
17 де үйленеді", "16-да кетті"); not a clock's hour ("сағат 6-да", "сағат 18-де": ``clock_words``)."""


def _stays_at(text: str, words: list[tuple[int, int, str]], index: int) -> bool:
    """A Russian case form after "у" after a verb of staying or living ("ночует у славы", "живёт у
    романа", "остался у веры"): at someone's place; not "у славы есть цена" (no verb before "у")."""
    if index < 2 or words[index - 1][2].casefold() not in ("у", "к"):
        return False
    verb, preposition = words[index - 2], words[index - 1]
    if text[verb[1] : preposition[0]] != " " or text[preposition[1] : words[index][0]] != " ":
        return False
    return verb[2].casefold().startswith(cue_phrases("staying_verbs"))


def _own_relative_after(text: str, words: list[tuple[int, int, str]], index: int) -> bool:
    """A name-word before "own" and a relative ("әзиз өз апасын алып қашқан", "нұр өз әкесін",
    "aziz o'z singlisini"): the one whose own relative it is, a person."""
    if index + 2 >= len(words):
        return False
    own, kin = words[index + 1], words[index + 2]
    if text[words[index][1] : own[0]] != " " or text[own[1] : kin[0]] != " ":
        return False
    return own[2].casefold() in union("reflexives") and _a_relative(kin[2])


def _a_person_does_after_filler(text: str, words: list[tuple[int, int, str]], index: int) -> bool:
    """A Russian name-word, one to three fillers ("тоже", "опять", "сегодня вообще не") and a verb of
    speech, of coming or of wanting ("слава тоже хочет", "роман опять опоздал", "лев сегодня вообще
    не говорил"): the one who does it; not "слава тоже важна", "любовь тоже играет роль" (no verb
    only a person does)."""
    if _is_latin(words[index][2]):
        return False
    fillers = union("subject_fillers")
    at = index + 1
    while at < len(words) and at <= index + 4 and text[words[at - 1][1] : words[at][0]] == " ":
        lower = words[at][2].casefold()
        if lower not in fillers:
            # "лев сегодня вообще не говорил", "талант бүгін келмеді"
            return at > index + 1 and lower in union("speech", "came")
        at += 1
    return False


def _genitive_before_relative(text: str, words: list[tuple[int, int, str]], index: int, base: str) -> bool:
    """A Russian case form of a listed name that is also a word, opening its clause, right before a
    relative (maybe after "старший", "младшая": the profiles' ``kin_modifiers``) or what a person
    owns (``owned_after``: "номер", "адрес"): that person in the genitive ("романа старший брат",
    "Славы сестра вышла замуж", "Славы адрес для сертификата"); not "в конце романа друг героя"
    (inside a clause) nor "романа главный герой" (no relative)."""
    start, end, word = words[index]
    if _is_latin(word) or skeleton(word) == base or not written_like_a_name(word):
        return False
    if not _russian_genitive_of(skeleton(word), base) or _kazakh_around(text, start, end):
        return False  # "бақытты отбасы туралы": a Kazakh adjective (happy), no genitive of Бақыт
    opening = text[max(0, start - 20) : start].rstrip(" \t")
    if opening and opening[-1] not in _CLAUSE_OPENERS:
        return False
    following = words[index + 1 : index + 3]
    if following and following[0][2].casefold() in union("kin_modifiers"):
        end = following[0][1]
        following = following[1:]
    if not following or not following[0][2].islower() or text[end : following[0][0]].strip():
        return False
    kin = following[0][2].casefold()
    return kin in cue_phrases("kin") or skeleton(kin) in _relatives() or kin in union("owned_after")


_KIN_BEFORE = re.compile(r"([^\W\d_]+)[ \t]+\Z")


def _kin_named(text: str, found: list[Span]) -> Iterator[str]:
    """The stems of the names a relative introduces inside a sentence, found by a sure rule, with a
    capital ("его брата Славу забрали", "сестра Вера пришла"): the same name opening a later sentence
    is that person, as a full name's first name is ("Слава, по его словам, единственный кто мог")."""
    for s in found:
        written = text[s.start : s.end]
        if s.source in UNSURE_SOURCES or not written[:1].isupper() or " " in written:
            continue
        if starts_sentence(text, s.start):
            continue
        kin = _KIN_BEFORE.search(text, max(0, s.start - 30), s.start)
        if kin is not None and _a_relative(kin.group(1)):
            yield from (stem for stem in (skeleton(written), s.key) if len(stem) >= 3)


_KIN_DASH = re.compile(r"(?<![\w-])([^\W\d_]+)(?:[ \t]+([^\W\d_]+))?[ \t]*[—–-][ \t]*\Z")


def _a_relatives_name(text: str, start: int) -> bool:
    """A relative and a dash right before, the relative maybe before whose it is: the word names
    that relative ("Нағашы ағасы — Серік", "Амаки Дилшод - Раҳмон": Dilshod's uncle), a person
    though a public figure bears the name; not "Ұлы ақын — Абай" (the great poet)."""
    kin = _KIN_DASH.search(text, max(0, start - 40), start)
    if kin is None:
        return False
    first, second = kin.group(1), kin.group(2)
    if second is None:
        return _a_relative(first)
    return _a_relative(second) or (_a_relative(first) and second[:1].isupper())


_PAIRED_AFTER = re.compile(r"[ \t]+[дтdt][аеae][ \t]*,?[ \t]+(?=[^\W\d_]+[ \t]+[дтdt][аеae](?![\w-]))")
_PAIRED_BEFORE = re.compile(r"(?<![\w-])[^\W\d_]+[ \t]+[дтdt][аеae][ \t]*,?[ \t]+\Z")
_PARTICLE_AFTER = re.compile(r"[ \t]+[дтdt][аеae](?![\w-])")


def _paired_with(text: str, start: int, end: int, names: set[int]) -> bool:
    """The word and a name of ``names`` (their starts) paired by the Turkic "да … да" ("both … and":
    "qanat ta, almas ta kórgen", "Арман да, Жеңіс те келді"), either one first: two people."""
    after = _PAIRED_AFTER.match(text, end)
    if after is not None and after.end() in names:
        return True
    if _PARTICLE_AFTER.match(text, end) is None:
        return False
    before = _PAIRED_BEFORE.search(text, max(0, start - 40), start)
    return before is not None and before.start() in names


_OBLIQUE = re.compile(
    r"(?:[ғгқк][аеә]|[нт][аеә]|[дт][аеә]|[ндт][ыі]|[нд][аеә]н|[ndt][ae]|[gqk][ae]|ǵa|ge|[ndt][yi]|[ndt][ae]n)$"
)
"""A Turkic dative, locative, accusative or ablative ending ("телефонға", "үйде", "кітапты",
"мектептен"): a word governed by the verb after it."""


def subject_of_a_persons_verb(text: str, start: int, end: int) -> bool:
    """The word opens its sentence and a verb only a person does comes within five words of its
    clause, with a word in an oblique case before it (the verb's object or place) and nothing between
    that could be the subject itself (a pronoun, a person's word, a capitalised word), nor "about" or
    "деген" right after the word: "алмас телефонға қарап отырды" (sat looking at the phone); not
    "алмас қылыш жарқырап тұрды" (no person's verb), "жеңіс оңай келмейді" (no object), "арман
    туралы айтты"."""
    if not starts_sentence(text, start):
        return False
    reach = min(len(text), end + 160)  # five words: a long note's clause is not read to its end
    stop = _CLAUSE_STOP.search(text, end, reach)
    clause = TOKEN.findall(text, end, stop.start() if stop else reach)[:5]
    if not clause or clause[0].casefold() in union("word_after", "word_cues", "conjunctions"):
        return False
    persons = union("person_after") - union("conjunctions")
    governed = False  # a word in an oblique case between: the verb has an object or a place
    for word in clause:
        lower = word.casefold()
        if lower in persons:
            return governed
        if (
            word[:1].isupper()
            or lower in union("pronouns")
            or lower in _kin_nouns()
            or _a_function_word_of_person(word)
        ):
            return False
        governed = governed or _OBLIQUE.search(lower) is not None
    return False


def _said_absent(text: str, words: list[tuple[int, int, str]], index: int, taken: set[int]) -> bool:
    """The word opens a clause whose only other word says someone is absent, in a sentence that names
    another person of the note: a roll call ("14 бала келді, қайрат жоқ, Дәурен кешікті", "kairat
    zhok"); not "қайрат жоқ, күш жоқ" (no will, no strength) nor "жастарда арман жоқ"."""
    start, end, _word = words[index]
    after = words[index + 1] if index + 1 < len(words) else None
    if after is None or text[end : after[0]] != " " or after[2].casefold() not in union("absent_after"):
        return False
    opening = text[max(0, start - 20) : start].rstrip(" \t")
    closing = text[after[1] : after[1] + 20].lstrip(" \t")
    if (opening and opening[-1] not in ",;.!?\n:—–-") or (closing and closing[0] not in ",;.!?\n)"):
        return False
    begin, stop = _sentence_bounds(text, start, after[1])
    near = words[max(0, index - 12) : index + 12]
    return any(begin <= w[0] < stop and w[0] in taken and w[0] != start for w in near)


def _between_names(text: str, words: list[tuple[int, int, str]], index: int, taken: set[int]) -> bool:
    """The word lies between two names of the note in a list, after a comma or a conjunction and
    before one ("ерасыл, куаныш, нурбек"; "сезім, арман және мақсат" has no name beside it)."""
    if index == 0 or index + 1 >= len(words):
        return False
    before, word, after = words[index - 1], words[index], words[index + 1]
    left, right = text[before[1] : word[0]].strip(), text[word[1] : after[0]].strip()
    conj = union("conjunctions")
    left_name = before[0] in taken and left == ","
    right_name = after[0] in taken and right == ","
    if not left_name and index >= 2 and not left and before[2].casefold() in conj:
        left_name = words[index - 2][0] in taken and text[words[index - 2][1] : before[0]].strip() in (
            "",
            ",",
        )
    if not right_name and index + 2 < len(words) and not right and after[2].casefold() in conj:
        right_name = words[index + 2][0] in taken
    return left_name and right_name


def _absent_genitive(text: str, words: list[tuple[int, int, str]], index: int, base: str) -> bool:
    """A Russian genitive of a listed name-word opening its clause, before a word saying someone is
    absent, maybe after fillers ("Романа нет", "Славы опять не было", "Армана сегодня нет"); not the
    name as it is ("Роман нет" is no Russian) nor a word of another script."""
    start, _end, word = words[index]
    if _is_latin(word) or skeleton(word) == base or not written_like_a_name(word):
        return False
    if base in {skeleton(w) for w in union("abstract_names")}:
        return False  # "Надежды нет", "Веры нет": no hope, no faith
    if not lexicon.russian_oblique_name(word.casefold()) and skeleton(word) != base + "a":
        return False  # "Славы", "Романа"; "Армана", "Жениса": a name of the region declined in Russian
    opening = text[max(0, start - 20) : start].rstrip(" \t")
    if opening and opening[-1] not in _CLAUSE_OPENERS:
        return False
    following = [w[2].casefold() for w in words[index + 1 : index + 5]]
    absent = union("absent_after")
    for at, said in enumerate(following):
        if said in absent or " ".join(following[at : at + 2]) in absent:
            return True
        if said not in union("subject_fillers"):
            return False  # "Славы опять не было": fillers ("опять", "не") may stand between
    return False


def _a_list_of_three(text: str, words: list[tuple[int, int, str]], index: int) -> bool:
    """The word heads a list: the next word is followed by a comma or a conjunction ("Вера, надежда,
    любовь", "Hope, faith and love"), not a question or what was said ("Will, what do you think?")."""
    if index + 2 >= len(words):
        return False
    second, third = words[index + 1], words[index + 2]
    if second[2].casefold() in union("addressed"):
        return False  # "Бақыт, сен не ойлайсың?": "не" (or) is a question here
    gap = text[second[1] : third[0]].strip()
    return gap == "," or (not gap and third[2].casefold() in union("conjunctions"))


_ASIDE = re.compile(r"[ \t]*\([^()\n]{1,80}\)")


_AND_OWN = re.compile(
    r"[ \t]+(?:and|&|и|va)[ \t]+(?:his|her|their|его|её|ее|своим|своей|своими)[ \t]+([^\W\d_][\w'’]*)"
    r"(?:[ \t]+([^\W\d_][\w'’]*))?",
    re.IGNORECASE,
)
"""A name's "and his" and the next word or two ("Almas and his cousin", "Nur and his older brother",
"Алмас и его брат")."""


def and_own_relative(text: str, end: int) -> bool:
    """The word is joined by "and" to its own relative or friend, maybe after one word ("Almas and
    his cousin Nurlybek fought", "Nur and his older brother", "Алмас и его брат пришли"): "his" points
    back at a person, so the word is one; not "and his work" (no word for a person)."""
    own = _AND_OWN.match(text, end)
    return own is not None and any(
        word is not None and (_a_relative(word) or word.casefold() in _kin_nouns()) for word in own.groups()
    )


def _acting_after(text: str, end: int, after: Token | None) -> Token | None:
    """The word that says what the person did, past an aside in brackets or a filler right after the
    name ("Роман (наш) сказал", "Эмир не пришёл"); ``after`` itself otherwise."""
    if after is None:
        return None
    aside = _ASIDE.match(text, end)
    if aside is not None:
        # "Қабылан (17) бүгін айтты": past the aside, a filler too
        acting = _next_token(text, aside.end())
        if (
            acting is not None
            and acting.text.casefold() in union("subject_fillers")
            and text[acting.end : acting.end + 1] == " "
        ):
            return _next_token(text, acting.end) or acting
        return acting
    if text[end : after.start] == " " and after.text.casefold() in union("subject_fillers"):
        return _past_a_count(text, _next_token(text, after.end))
    return _speech_past_an_adverbial(text, end) or after


def said_as_only_people_say(text: str, end: int) -> bool:
    """A verb of speech no thing nor beast is said to do (the profiles' ``only_people_say``) right
    after ``end`` or past an adverb or a preposition's phrase ("кабачок неожиданно признался")."""
    following = _next_token(text, end)
    if following is None:
        return False
    if following.text.casefold() in union("only_people_say"):
        return True
    verb = _speech_past_an_adverbial(text, end)
    return verb is not None and verb.text.casefold() in union("only_people_say")


_GAP_WORD = re.compile(r"[ \t]+([а-яё]+)", re.IGNORECASE)


def _speech_past_an_adverbial(text: str, end: int) -> Token | None:
    """A Russian verb of speech (the profiles' ``speech``) two to five words on, past adverbs,
    particles, fillers and a preposition's phrase only, in the same clause ("Пельмень после зала
    сказал", "Кит ведь так и не согласился"): the verb the word is the subject of. A noun in the
    nominative between is a subject of its own ("после зала мама сказала"); the preposition's own
    noun is not, whatever its form ("веник под конец сказал")."""
    at, phrase, head = end, False, False
    for gap in range(5):
        found = _GAP_WORD.match(text, at)
        if found is None:
            return None
        lower = found.group(1).casefold()
        if gap and lower in union("speech"):
            return Token(found.start(1), found.end(1), found.group(1))
        readings = lexicon.russian_readings(lower)
        pos, normal = (readings[0][0], readings[0][1]) if readings else ("", "")
        if pos == "PREP":
            phrase, head = True, False
        elif phrase and pos == "NOUN" and not head:
            head = True  # the noun a preposition governs: "под конец", "после зала"
        elif not (
            lower in union("subject_fillers")
            or pos in ("ADVB", "PRCL")
            or (phrase and pos in ("NOUN", "ADJF", "NUMR") and normal != lower)
        ):
            return None
        at = found.end()
    return None


def _past_a_count(text: str, word: Token | None) -> Token | None:
    """``word``, or the word after a count it opens ("birinchi marta", "бірінші рет": the first time),
    between a filler and what the person did ("Bek bugun birinchi marta gapirdi")."""
    if word is None or word.text.casefold() not in union("numerals") or text[word.end : word.end + 1] != " ":
        return word
    counted = _next_token(text, word.end)
    if counted is None or text[counted.end : counted.end + 1] != " ":
        return word
    return _next_token(text, counted.end) or word


def _acting_text(text: str, end: int, after: Token | None) -> str | None:
    """What ``_acting_after`` reads, for the cache of judged words (None where it is ``after``)."""
    acting = _acting_after(text, end, after)
    return None if acting is after or acting is None else acting.text


def _named_relative(text: str, words: list[tuple[int, int, str]], index: int) -> bool:
    """Right after a relative or a word for a person, before a quotation, a stop or a verb a person
    does ("его девушка дана «сама виновата»", "ағасы арман келді"); not a word of the dictionary of
    English ("my brother will come"), nor an adjective before a noun ("қызы алтын медаль алды")."""
    start, end, word = words[index]
    if index == 0 or (_is_latin(word) and word.casefold() in lexicon.english_words()):
        return False
    before = words[index - 1]
    if text[before[1] : start] != " " or skeleton(before[2]) not in _relatives():
        return False  # "агасы" typed without its letters is ағасы
    if base_of(before[2], list_names()) is not None:
        return False  # "нағыз азамат кім?": the word before is a name itself
    after = words[index + 1] if index + 1 < len(words) else None
    gap = text[end : after[0]] if after is not None else text[end : end + 40]
    if after is None or gap.strip():
        return "?" not in gap  # a quotation, a stop, a bracket after it; not a question ("… кім?")
    following = after[2].casefold()
    # "ахметтин агасы болат да солай үйленген": a filler after it, as after a subject
    return gap == " " and (following in union("person_after") or following in union("subject_fillers"))


_PHONE_AFTER = re.compile(r"[ \t]*[:\-–—]?[ \t]*(?:\+\d|8|0)[\d \t().-]{8,}\d")
"""A phone number right after a word: a dialling plus, or 8 or 0 to start, then digits and
separators (not "2 сағат", "15 жаста")."""
_TO_ENDINGS = frozenset({"ga", "ge", "ka", "ke", "go", "ko"})
"""Skeletons of the Turkic dative ("арманға", "бахытқа", "armanǵa", Kyrgyz "-го")."""
_WITH_ENDINGS = frozenset({"men", "ben", "pen", "menen", "benen", "penen"})
_AGE = re.compile(r"[ \t]+[1-9]\d?(?!\d|[.:/-]\d)")
"""A number after a name in the dative, a person's age ("dime 16": Диме 16)."""

"""Russian typed in Latin letters: a note or a sentence written so, its words put back in Cyrillic,
its relatives and verbs of a subject."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache, lru_cache

from facilitator.anonymizer import lexicon
from facilitator.anonymizer.name_rules.word_bases import _is_latin
from facilitator.anonymizer.profiles import cue_phrases, union
from facilitator.anonymizer.skeleton import skeleton


@cache
def _latin_russian_endings() -> tuple[str, ...]:
    """The profiles' Russian case endings in Latin letters, as skeletons, longest first."""
    return tuple(sorted({skeleton(e) for e in union("latin_endings")} - {""}, key=len, reverse=True))


@lru_cache(maxsize=10_000)
def _latin_relative(lower: str) -> bool:
    """A Russian relative typed in Latin letters, in any case ("mamu", "brata", "sestre")."""
    if len(lower) < 3:
        return False
    kin = _RUSSIAN_KIN | frozenset(cue_phrases("kin"))
    return any(
        form in kin
        for variant in _cyrillic_variants(lower)
        for form in (variant, *lexicon.normal_forms(variant))
    )


_RUSSIAN_KIN = frozenset(
    {
        "мама",
        "папа",
        "отец",
        "мать",
        "брат",
        "сестра",
        "бабушка",
        "дедушка",
        "дядя",
        "тётя",
        "тетя",
        "друг",
        "подруга",
    }
)
"""Relatives and friends as the Russian dictionary writes them, beside the profiles' ``kin``."""


def _latin_sentences(
    text: str, words: list[tuple[int, int, str]], whole_note: bool = False
) -> Iterator[list[tuple[int, int, str]]]:
    """The sentences of ``text`` (as lists of its words) typed as Russian in Latin letters: of their
    lower-case words, the profiles' ``latin_function_words`` (one each) and ``latin_weak_words``
    (half each; "u" is Uzbek, "i" and "a" English), counted once each, with the verbs of a person
    (one), come to two, and one at least is no weak word ("kuba is a country", "u keldi" are none).
    With ``whole_note`` (the note is Russian in Latin, ``_latin_russian_note``), every sentence of it
    in Latin letters is, short ones with few such words too ("dime 16, on starshii iz 4", "nad samirom
    smeyutsya")."""
    strong = union("latin_function_words", "latin_person_verbs")
    if strong.isdisjoint(w.casefold() for _s, _e, w in words):
        return  # no sentence of the text holds a strong word: none is one (most texts, in Cyrillic)
    weak = union("latin_weak_words")
    sentence: list[tuple[int, int, str]] = []
    for index, item in enumerate(words):
        sentence.append(item)
        following = words[index + 1][0] if index + 1 < len(words) else len(text)
        if index + 1 < len(words) and not _SENTENCE_BREAK.search(text, item[1], following):
            continue
        seen = {w.casefold() for _s, _e, w in sentence if w.islower() and _is_latin(w)}
        weight = len(seen & strong) + 0.5 * len(seen & weak)
        enough = whole_note or (weight >= 2 and bool(seen & strong))
        if enough and all(_is_latin(w) for _s, _e, w in sentence):
            yield sentence
        sentence = []


_TO_CYRILLIC = (
    ("shch", "щ"),
    ("sch", "щ"),
    ("zh", "ж"),
    ("kh", "х"),
    ("ch", "ч"),
    ("sh", "ш"),
    ("ts", "ц"),
    ("yu", "ю"),
    ("ya", "я"),
    ("yo", "ё"),
    ("'", "ь"),
)
_CYRILLIC_LETTERS = dict(zip("abvgdezijklmnoprstufhcyw", "абвгдезийклмнопрстуфхцыв", strict=True))
_FINAL_CYRILLIC = (
    ("iy", "ий"),
    ("yi", "ый"),
    ("yy", "ый"),
    ("oy", "ой"),
    ("oi", "ой"),
    ("ey", "ей"),
    ("ei", "ей"),
)


def _russian_word_in_latin(lower: str) -> bool:
    """Whether a Russian word typed in Latin letters is one the Russian dictionary reads, and not as a
    name or a place ("direktor", "primer", "uchitelnica" with its soft sign left out; "kuba", a
    country, may be a nickname)."""
    return _read_in_cyrillic(lower, 0.5)


@lru_cache(maxsize=20_000)
def _read_in_cyrillic(lower: str, name_below: float) -> bool:
    """A word typed in Latin letters that, put back in Cyrillic, the Russian dictionary knows with
    its name reading below ``name_below`` and its place reading below 0.5."""
    for variant in _cyrillic_variants(lower):
        known, name, place = lexicon.russian(variant)
        if known and name < name_below and place < 0.5:
            return True
    return False


_CLAUSE_MARK = re.compile(r"[,.;:!?\n]")
"""What ends a clause: a word after it is no verb of a word before it."""


def _latin_russian_common(lower: str) -> bool:
    """A word typed in Latin letters that, put back in Cyrillic, the Russian dictionary reads above
    all as a common word ("tema": тема; "avguste": августе), not as a name or a place."""
    return _read_in_cyrillic(lower, 0.3)


_LATIN_LOWER_WORD = re.compile(r"(?<![^\W\d_])[a-z]+(?![^\W\d_])")
_LATIN_RUSSIAN_NOTE = 2


@cache
def _russian_only_in_latin() -> frozenset[str]:
    """The profiles' ``latin_function_words`` and ``latin_person_verbs`` that are no English word
    ("chto", "tolko", "skazal"; not "my", "mama", "net")."""
    strong = union("latin_function_words", "latin_person_verbs")
    return strong - lexicon.english_words()


@lru_cache(maxsize=64)
def _latin_russian_note(text: str) -> bool:
    """``text`` is written as Russian typed in Latin letters: two of its function words or verbs of a
    person that are no English word (``_russian_only_in_latin``) stand in it, in lower case."""
    found = _russian_only_in_latin().intersection(_LATIN_LOWER_WORD.findall(text))
    return len(found) >= _LATIN_RUSSIAN_NOTE


@lru_cache(maxsize=50_000)
def _cyrillic_variants(lower: str) -> tuple[str, ...]:
    """A Russian word typed in Latin letters put back in Cyrillic, and the same with a soft sign
    after a consonant that often takes one ("uchitelnica": учительница); none for a word that does
    not spell Cyrillic."""
    text = lower
    ending = ""
    for latin, cyrillic in _FINAL_CYRILLIC:
        if text.endswith(latin):
            text, ending = text[: -len(latin)], cyrillic
            break
    for latin, cyrillic in _TO_CYRILLIC:
        text = text.replace(latin, cyrillic)
    guess = "".join(_CYRILLIC_LETTERS.get(char, char) for char in text) + ending
    if not re.fullmatch(r"[а-яё]+", guess):
        return ()
    consonants = "бвгджзклмнпрстфхцчшщ"
    softened = (
        guess[: i + 1] + "ь" + guess[i + 1 :]
        for i in range(len(guess) - 1)
        if guess[i] in "лнтдср" and guess[i + 1] in consonants
    )
    # "poetomu": an "e" opening the word or after a vowel is often "э" ("поэтому", "этот")
    hard = _HARD_E.sub("э", guess)
    return (guess, *softened, *((hard,) if hard != guess else ()))


_HARD_E = re.compile("(?:^|(?<=[аоуыэ]))е")


cyrillic_variants = _cyrillic_variants


@lru_cache(maxsize=50_000)
def _latin_russian_verb(lower: str) -> bool:
    """A Russian verb of a subject typed in Latin letters, in the past or the present, singular or
    plural ("skazali", "prishli", "poshutil", "plachet"): the dictionary's main reading of it put back
    in Cyrillic is a finite verb."""
    for variant in _cyrillic_variants(lower):
        readings = lexicon.russian_readings(variant)
        if readings and readings[0][0] == "VERB" and readings[0][2] >= 0.5:
            return True
    return False


_SENTENCE_BREAK = re.compile(r"[.!?\n;]")

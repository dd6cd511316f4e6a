"""What words are: names, places, public figures, common words of English and Russian.

Lists live in data/ (names of the region, places, public figures, capitalised non-names, SCOWL's
common English words); Russian comes from pymorphy2's OpenCorpora dictionary (brought by natasha),
which tags first names, surnames, patronymics and places. Everything is loaded once, on first use.
"""

from __future__ import annotations

import re
import threading
from functools import cache, lru_cache
from importlib import resources
from typing import Any

import yaml

from facilitator.anonymizer.skeleton import skeleton

_lock = threading.Lock()
NAME_TAGS = frozenset({"Name", "Surn", "Patr"})
PLACE_TAGS = frozenset({"Geox", "Orgn", "Trad"})


def _data(filename: str) -> str:
    return resources.files("facilitator.anonymizer").joinpath("data", filename).read_text(encoding="utf-8")


def _lines(filename: str) -> list[str]:
    lines = (line.split("#", 1)[0].strip() for line in _data(filename).splitlines())
    return [line for line in lines if line]


@cache
def word_list(filename: str) -> frozenset[str]:
    """The skeletons of a one-word-a-line list in data/."""
    return frozenset(skeleton(line) for line in _lines(filename))


@cache
def places() -> frozenset[str]:
    """The skeletons of the towns, cities and regions the lists know (data/places.txt) and of the
    world's countries (data/countries.txt, made from pycountry: scripts/make_country_names.py)."""
    return word_list("places.txt") | word_list("countries.txt")


@cache
def places_written_in(latin: bool) -> frozenset[str]:
    """The skeletons of ``places``' entries written in Latin letters (``latin``) or in Cyrillic: a
    skeleton folds the two scripts together, and "Russia" would make a place of "Руся"."""
    return frozenset(
        skeleton(line)
        for name in ("places.txt", "countries.txt")
        for line in _lines(name)
        if (_LATIN_LETTER.search(line) is not None) == latin
    )


@cache
def _diminutive_entries() -> tuple[tuple[str, str, bool], ...]:
    """(skeleton of a full first name, a short form as written, whether that form is a listed name:
    not one in brackets, spelt like a word)."""
    entries = []
    for line in _lines("diminutives.txt"):
        full, _colon, short = line.partition(":")
        for form in (w.strip() for w in short.split(",")):
            if form:
                entries.append((skeleton(full.strip()), form.strip("[]"), not form.startswith("[")))
    return tuple(entries)


@cache
def diminutives() -> dict[str, tuple[str, ...]]:
    """The skeleton of a full first name -> its short and pet forms as written ("Слава")."""
    found: dict[str, tuple[str, ...]] = {}
    for full, form, _listed in _diminutive_entries():
        found[full] = (*found.get(full, ()), form)
    return found


@cache
def short_forms() -> dict[str, frozenset[str]]:
    """The skeleton of a short or pet form that is a listed name ("Жека", "Жаке") -> the skeletons of
    the full first names it shortens ("Евгений"; "Жандос", "Жанат", …)."""
    found: dict[str, set[str]] = {}
    for full, form, listed in _diminutive_entries():
        if listed:
            found.setdefault(skeleton(form), set()).add(full)
    return {short: frozenset(fulls) for short, fulls in found.items()}


def short_form_words() -> list[str]:
    """The short and pet forms that are listed names, as written."""
    return [form for _full, form, listed in _diminutive_entries() if listed]


_FORM_SEPARATORS = re.compile(r"[,;/|]")
_A_NAME = re.compile(r"[^\W\d_](?:[\w’'ʼ‘-]*[^\W\d_])?")


@cache
def region_names() -> tuple[tuple[tuple[str, ...], str, bool], ...]:
    """The given names of the region (data/names_region.tsv): for each, its spellings as written
    (the Cyrillic one, its variants, its Latin forms), its group ("kazakh m", …) and whether it is
    also an everyday word (the ``word`` mark: "Арман", "Бақыт")."""
    names = []
    for line in _data("names_region.tsv").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        fields = [f.strip() for f in line.split("\t")]
        fields += [""] * (5 - len(fields))
        cyrillic, variants, latin, group, mark = fields[:5]
        forms: list[str] = []
        for field_ in (cyrillic, variants, latin):
            for form in _FORM_SEPARATORS.split(field_):
                form = form.strip()
                if _A_NAME.fullmatch(form) and form not in forms:
                    forms.append(form)
        if forms:
            names.append((tuple(forms), group.casefold(), mark.casefold() == "word"))
    return tuple(names)


@cache
def english_words() -> frozenset[str]:
    """The English word list: SCOWL's American words and the British spellings the American list
    lacks ("energiser", "organisation", "centre", "counselling")."""
    return frozenset(_lines("english_words.txt"))


@cache
def kazakh_words() -> frozenset[str]:
    """Common Kazakh words in lower case (stems; a listed name is none of them)."""
    return frozenset(_lines("kazakh_words.txt"))


@cache
def kazakh_skeletons() -> frozenset[str]:
    """The Kazakh words as skeletons, so that a word in the Latin alphabet is found too ("týraly" is
    "туралы"). Built the first time it is asked for (≈ 0.7 s)."""
    return frozenset(skeleton(word) for word in kazakh_words())


@cache
def not_names() -> frozenset[str]:
    return frozenset(line.casefold() for line in _lines("not_names.txt"))


@cache
def _public() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(_data("public.yaml"))
    return loaded


@cache
def public_people() -> frozenset[str]:
    # "Бауыржан Момышұлы": the surname is public; the first name only beside it
    return frozenset(skeleton(str(entry).split()[-1]) for entry in _public()["people"])


@cache
def _public_people_in(latin: bool) -> frozenset[str]:
    entries = (str(entry).split()[-1] for entry in _public()["people"])
    return frozenset(
        skeleton(word) for word in entries if (re.search("[a-z]", word, re.I) is not None) == latin
    )


def public_people_for(word: str) -> frozenset[str]:
    """The public figures written in the script of ``word``: a skeleton folds spellings together
    within a script, and across scripts it can fold a common surname into a public one ("Мирзоев"
    and Mirziyoyev). A public figure is listed in each script it is written in."""
    return _public_people_in(_LATIN_LETTER.search(word) is not None)


_LATIN_LETTER = re.compile("[a-z]", re.IGNORECASE)


@cache
def named_things() -> frozenset[str]:
    return frozenset(skeleton(str(word)) for word in _public()["named_things"])


@cache
def thing_words() -> frozenset[str]:
    return frozenset(str(word).casefold() for word in _public()["thing_words"])


@cache
def figure_titles() -> frozenset[str]:
    """Titles of history and legend before a figure's name, as skeletons (public.yaml ``figure_titles``)."""
    return frozenset(skeleton(str(word)) for word in _public().get("figure_titles") or ())


@cache
def law_words() -> frozenset[str]:
    """The words of a legal document's title, as skeletons (public.yaml ``law_words``)."""
    return frozenset(skeleton(str(word)) for word in _public().get("law_words") or ())


@cache
def law_about() -> frozenset[str]:
    """The words that close a title's subject before its document's word ("туралы", "to'g'risidagi")."""
    return frozenset(str(word).casefold() for word in _public().get("law_about") or ())


@cache
def public_in_context() -> dict[str, frozenset[str]]:
    """A public figure's name that is a common given name (skeleton) -> the words (skeletons) that
    make it the figure within two words of it (public.yaml ``in_context``)."""
    found: dict[str, set[str]] = {}
    for figure, words in (_public().get("in_context") or {}).items():
        found.setdefault(skeleton(str(figure)), set()).update(skeleton(str(w)) for w in words)
    return {figure: frozenset(words) for figure, words in found.items()}


@cache
def performer_works() -> frozenset[str]:
    """A performer's works in the Turkic possessive (public.yaml ``performer_works``), lower case."""
    return frozenset(str(word).casefold() for word in _public().get("performer_works") or ())


@cache
def monument_words() -> frozenset[str]:
    return frozenset(str(word).casefold() for word in _public().get("monument_words") or ())


@cache
def card_brands() -> frozenset[str]:
    """Payment cards' brands and the word for a card (public.yaml ``card_brands``), as skeletons."""
    return frozenset(skeleton(str(word)) for word in _public().get("card_brands") or ())


@cache
def company_parts() -> tuple[str, ...]:
    return tuple(sorted({skeleton(str(part)) for part in _public().get("company_parts") or ()}))


@cache
def region_places() -> frozenset[str]:
    """Small places, landmarks and languages of the region (data/region_places.txt), as skeletons."""
    return word_list("region_places.txt")


@cache
def public_phrases() -> tuple[str, ...]:
    return tuple(sorted((str(p).casefold() for p in _public()["phrases"]), key=len, reverse=True))


@cache
def _morph() -> Any:
    with _lock:
        from natasha import MorphVocab  # pymorphy2 with natasha's fix for Python 3.11

        return MorphVocab()


@lru_cache(maxsize=4_096)
def _parses(word: str) -> tuple[Any, ...]:
    """The dictionary's readings of ``word``, parsed once a word for all the questions below (each
    asked the dictionary again: a word was parsed up to four times). The last 4,096 words only
    (a word's readings take ≈ 3 KB); a fault is not kept: the question that met it answers as it
    always did."""
    return tuple(_morph().parse(word))


@lru_cache(maxsize=100_000)
def _known(word: str) -> bool:
    return bool(_morph().word_is_known(word))


@cache
def russian(word: str) -> tuple[bool, float, float]:
    """(known to the dictionary, probability it is a person's name, probability it is a place).

    ``word`` in lower case. The probabilities are the dictionary's own scores of its readings.
    """
    try:
        parses = _parses(word)
        known = _known(word)
    except Exception:  # a dictionary fault must never stop an export: no knowledge, not a crash
        return False, 0.0, 0.0
    name = sum(p.score for p in parses if NAME_TAGS & set(p.tag.grammemes))
    place = sum(p.score for p in parses if PLACE_TAGS & set(p.tag.grammemes))
    return known, min(name, 1.0), min(place, 1.0)


def russian_word_name_share(word: str) -> float | None:
    """The probability that a Russian ``word`` (lower case) the dictionary knows is a person's name
    (``russian``), or ``None`` for a word it does not know, which is then never parsed: guessing the
    readings of an unknown word (by analogy) is most of the dictionary's time."""
    try:
        if not _known(word):
            return None
    except Exception:
        return None
    return russian(word)[1]


@cache
def russian_thing(word: str) -> tuple[bool, bool]:
    """(every reading of a Russian ``word`` is an inanimate noun, none is in the nominative).

    "алиби" is a thing: a thing does not answer ("Алиби ответил" is a person). "саке" and "руке"
    are read only in the prepositional or dative case: no sentence starts with one as its subject.
    """
    try:
        parses = _parses(word)
    except Exception:
        return False, False
    if not parses:
        return False, False
    grammemes = [set(p.tag.grammemes) for p in parses]
    thing = all({"NOUN", "inan"} <= g and not NAME_TAGS & g for g in grammemes)
    oblique = all("nomn" not in g and "accs" not in g for g in grammemes)
    return thing, oblique


def russian_thing_or_beast(word: str) -> bool:
    """The Russian ``word`` is read only as a thing's noun, or first as a beast's or a being's that
    is no person's by work or kin (``russian_nickname_subject``): the nouns a boy is called by
    ("батон", "утюг", "медведь"), where only a person stands."""
    return russian_thing(word)[0] or russian_nickname_subject(word)


@cache
def russian_animate(word: str) -> bool:
    """A reading of the Russian ``word`` is animate (a being: "гусь", "мелкого" as "the small one")."""
    try:
        parses = _parses(word)
    except Exception:
        return False
    return any("anim" in p.tag.grammemes for p in parses)


@lru_cache(maxsize=50_000)
def russian_nickname_subject(word: str) -> bool:
    """The dictionary's first reading of the Russian ``word`` is a being's noun in the nominative
    singular, no pronoun's nor a person's by its work or kin (``_AGENT_NOUN``): "медведь", "крот",
    "бродяга", "паук"; not "все", "врач", "водитель", "дед": a word a boy is called by, as the
    subject of a verb of speech."""
    try:
        parses = _parses(word)
    except Exception:
        return False
    if not parses or any({"NPRO", "Apro"} & set(p.tag.grammemes) for p in parses):
        return False
    first = set(parses[0].tag.grammemes)
    if NAME_TAGS & first or "nomn" not in first or "sing" not in first:
        return False
    return {"NOUN", "anim"} <= first and not _AGENT_NOUN.search(word)


_AGENT_NOUN = re.compile(
    r"(?:тель|ник|щик|чик|ист|ор|ёр|ер|ец|ач|арь|ар|ог|ант|ент|ша|ица|ка|ед|ик|уг|ья|ин|ат|ий|ой|ый|ра|ость|ёнок|онок|ам|ла)\Z"
)
"""Endings of Russian nouns for people by their work, kin or kind ("водитель", "охранник", "врач",
"психолог", "повар", "дед", "старик", "друг", "судья", "грузин", "брат"): a person's word, no
nickname, though animate as a bear is."""


@cache
def russian_possessive(word: str) -> str:
    """The normal form of a Russian ``word`` that the dictionary reads only as a possessive adjective
    ("лёвин", "димина": Лёва's, Дима's), or ""."""
    try:
        parses = _parses(word)
    except Exception:
        return ""
    if not parses or not all({"ADJF", "Poss"} <= set(p.tag.grammemes) for p in parses):
        return ""
    return str(parses[0].normal_form)


@cache
def russian_oblique_name(word: str) -> bool:
    """A reading of the Russian ``word`` is a first name in an oblique case ("жене" of Женя, "марку"
    of Марк): not the nominative ("Вера", "Роза" start sentences as words)."""
    try:
        return any(
            "Name" in p.tag.grammemes and not {"nomn", "Fixd"} & set(p.tag.grammemes) for p in _parses(word)
        )
    except Exception:
        return False


@lru_cache(maxsize=20_000)
def russian_second_person(word: str) -> bool:
    """The dictionary first reads the Russian ``word`` (lower case) as a verb in the second person:
    an order or a question to someone ("скинь", "позвони", "можешь"), as "Гуля, скинь адрес" puts it."""
    try:
        if not _known(word):
            return False
        first = _parses(word)[0]
        return bool(first.pos == "VERB" and first.feats.get("Person") == "2")
    except Exception:
        return False


@cache
def russian_subject_word(word: str) -> bool:
    """The Russian ``word`` reads as a common noun in the nominative, and as a name only in another
    case ("ремарка": a remark, or Remarque's): a sentence opening with it opens with the noun."""
    try:
        parses = _parses(word)
    except Exception:
        return False
    grammemes = [set(p.tag.grammemes) for p in parses]
    common = any({"NOUN", "nomn"} <= g and not NAME_TAGS & g for g in grammemes)
    return common and not any(NAME_TAGS & g and "nomn" in g for g in grammemes)


@cache
def russian_genitive(word: str) -> bool:
    """A reading of the Russian ``word`` is in the genitive singular ("мира", "ленина"; not "модуль",
    nor "урок", which is only a genitive plural of "урка")."""
    try:
        return any({"gent", "sing"} <= set(p.tag.grammemes) for p in _parses(word))
    except Exception:
        return False


@lru_cache(maxsize=100_000)
def russian_readings(word: str) -> tuple[tuple[str, str, float], ...]:
    """The dictionary's readings of a Russian ``word`` (lower case): part of speech, dictionary form
    and score each ("жила": ("VERB", "жить", 0.94), ("NOUN", "жила", 0.03), …); none for a word it
    guesses."""
    try:
        if not _known(word):
            return ()
        return tuple((str(p.tag.POS or ""), str(p.normal_form), float(p.score)) for p in _parses(word))
    except Exception:
        return ()


@lru_cache(maxsize=100_000)
def russian_cases(word: str) -> frozenset[str]:
    """The grammatical cases the dictionary reads (or, for a word it does not know, guesses by its
    ending) a Russian ``word`` (lower case) in ("тёти": gent, nomn; "дильноры": gent), or an empty
    set for a word it does not decline or cannot read ("бро"): any case."""
    try:
        parses = _parses(word)
    except Exception:
        return frozenset()
    if any("Fixd" in p.tag.grammemes for p in parses):
        return frozenset()
    # one person: the singular ("тёти", "розы" are plurals in the nominative too)
    return frozenset(str(p.tag.case) for p in parses if p.tag.case and "plur" not in p.tag.grammemes)


ONLY_NAME = 0.95
"""The share of the dictionary's readings of a word that must be a person's name for the word to be
read as only a name (a rare other reading, a gerund "паша" of "пахать", is a dictionary's noise)."""


@lru_cache(maxsize=100_000)
def russian_only_name(word: str) -> str:
    """The dictionary form of a Russian ``word`` (lower case) that the dictionary knows and reads
    only as a person's first name, surname or patronymic, in any case ("сашу" -> "саша", "ильи" ->
    "илья", "цою" -> "цой"), or "". Not a word that is also a name ("вера", "роман", "диму": дым),
    nor a guess for a word it does not know."""
    try:
        if not _known(word):
            return ""
        parses = _parses(word)
    except Exception:
        return ""
    names = [p for p in parses if NAME_TAGS & set(p.tag.grammemes)]
    if not names or sum(p.score for p in names) < ONLY_NAME:
        return ""
    return str(names[0].normal_form)


@lru_cache(maxsize=100_000)
def russian_nominative_noun(word: str) -> bool:
    """The dictionary's first reading of the Russian ``word`` is a noun in the nominative ("ткач",
    "кузнец"), or it has no reading."""
    try:
        parses = _parses(word)
    except Exception:
        return False
    return not parses or {"NOUN", "nomn"} <= set(parses[0].tag.grammemes)


@cache
@lru_cache(maxsize=100_000)
def normal_forms(word: str) -> frozenset[str]:
    """The dictionary forms of a Russian ``word`` in lower case ("абая" -> "абай")."""
    try:
        return frozenset(p.normal_form for p in _parses(word))
    except Exception:
        return frozenset()


def warm_up() -> None:
    _morph()
    english_words()

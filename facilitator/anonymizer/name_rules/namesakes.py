"""A public figure's name where only a participant stands ("Манас 15 жашта", "Абай (біздің
топтағы)", "его девушка Томирис", "Dimashpen sóılestim"): a person of the note named after the
figure, not the figure. The poet, the singer and the queen have no age in a note, belong to no
group, are nobody's sister here and are not talked with after a session."""

from __future__ import annotations

import re
from functools import cache

from facilitator.anonymizer import lexicon
from facilitator.anonymizer.name_rules.name_lists import first_names
from facilitator.anonymizer.name_rules.person_positions import _PHONE_AFTER, _WITH_ENDINGS
from facilitator.anonymizer.name_rules.public_things import _the_figures_first_name
from facilitator.anonymizer.name_rules.sentence_positions import _CLAUSE_END, TOKEN, Token
from facilitator.anonymizer.name_rules.speaker_labels import _verb_stems
from facilitator.anonymizer.profiles import cue_phrases, union
from facilitator.anonymizer.skeleton import skeleton

_BRACKET_NAME = re.compile(r"[ \t]*\([ \t]*([^\W\d_][\w'’-]*)")
"""A bracket right after a word, and the first word inside it."""

_NOT_KIN_BEFORE_A_FIGURE = frozenset({"ұлы", "uly", "улы", "уулу", "uulu"})
"""Kin words that also praise: "Ұлы Абай" is "the great Abai"."""

_PHONE_BEFORE = re.compile(r"(?:\+\d|\b8|\b0)[\d \t().-]{8,}\d[ \t]*[(\[][ \t]*\Z")
"""A phone number, then an opening bracket, right before the word ("055 421 33 07 (Абай)")."""


@cache
def _age_now() -> re.Pattern[str]:
    """An age right after a word, as a participant's is said ("Манас 15 жашта", "Abai, 16 y.o.",
    "Томирис 17 лет"); not an age at which something happened ("Абай 13 жасында медресеге барған":
    the poet's life), nor a year ("Димаш 1994 жылы туған")."""
    ages = (w for w in cue_phrases("ages") if not w.endswith(("нда", "ында", "ynda", "ida", "ида")))
    words = {*ages, "лет", "года", "год", "сола", "years", "yrs", "y.o", "yo"}
    joined = "|".join(map(re.escape, sorted(words)))
    return re.compile(rf"[ \t]*[,(–—-]?[ \t]*\d{{1,2}}[ \t]*-?[ \t]*(?:{joined})(?![\w])", re.IGNORECASE)


_CLASS_NOW = re.compile(
    r"[ \t]*[,(–—-]?[ \t]*\d{1,2}[ \t]*-?[ \t]*(?:[«\"']?[^\W\d_][»\"']?[ \t]*)?"
    r"(?:класс|кл\.|сынып|synyp|sinf|синф|grade|курс|kurs)"
    r"|[ \t]*\([ \t]*(?:[5-9]|1[01])[ \t]*-?[ \t]*[«\"']?[А-ЯЁӘA-Z][»\"']?[ \t]*[),]",
    re.IGNORECASE,
)
"""A school class or a year of study right after a word, as a participant's is said ("Манас
(9-класс)", "Абай, 10 «Б» сынып", "Фараби, 1-курс"), or a class's number and letter alone in
brackets ("Сатпаеву (11 «В») объяснила")."""


@cache
def _kin_before() -> frozenset[str]:
    """Relatives, "my" relatives and words for a young person, as written, that stand right before
    a name of theirs ("сестра", "інім", "девушка", "his brother")."""
    words = {*cue_phrases("kin"), *union("my_kin"), *union("person_nouns")}
    return frozenset(w for w in words if " " not in w) - _NOT_KIN_BEFORE_A_FIGURE


@cache
def _our_group() -> re.Pattern[str]:
    """An opening bracket, maybe "from", then "our" (the profiles' ``ours``): "(біздің топтағы)",
    "(из нашей группы)", "(bizning guruhdan)", "(from our group)"."""
    ours = sorted(union("ours"), key=len, reverse=True)
    joined = "|".join(map(re.escape, ours)) or r"(?!)"
    return re.compile(rf"[ \t]*\([ \t]*(?:(?:из|from|аз)[ \t]+)?(?:{joined})(?![\w'’])", re.IGNORECASE)


def _bare_figure(word: str) -> bool:
    """``word`` is a public figure's name as written in the lists, with no ending: "Томирис", not
    "Абая" (the sister of Abai's is "сестра Абая")."""
    return skeleton(word) in lexicon.public_people_for(word)


_POSSESSED = re.compile(r"[ \t]+([^\W\d_]+?(?:ы|і|сы|сі|y|i|ı|sy|si)(?:н|n|ны|ні|ny|ni)?)(?![\w'’])")


def _owns_the_next(text: str, end: int) -> bool:
    """The next word carries a Turkic possessive ending, so the figure's name is its owner with no
    genitive ending written ("bir jigit Shákárim óleńin oqydy": a boy read Shakarim's poem; "інім Абай
    өлеңін біледі"); a filler is no possessed thing ("інім Абай да келеді", "бүгін")."""
    found = _POSSESSED.match(text, end)
    if found is None:
        return False
    word = found.group(1).casefold()
    if word in union("subject_fillers") or word in union("conjunctions"):
        return False
    # an English or Russian word after it ("his brother Abai really …", "девушка Томирис стихи
    # пишет"): those languages write an owner with 's or the genitive
    return word not in lexicon.english_words() and not lexicon.russian(word)[0]


def _talked_with(text: str, token: Token) -> bool:
    """The word in the comitative, then a verb of talking or meeting in its clause ("Dimashpen
    sóılestim", "Абаймен кездестік")."""
    shape = skeleton(token.text)
    ending = next((e for e in sorted(_WITH_ENDINGS, key=len, reverse=True) if shape.endswith(e)), None)
    if ending is None or shape[: -len(ending)] not in lexicon.public_people_for(token.text):
        return False
    clause = _CLAUSE_END.search(text, token.end, token.end + 80)
    stop = clause.start() if clause else token.end + 80
    verbs = _verb_stems("companion_verbs")
    return any(skeleton(m.group()).startswith(verbs) for m in TOKEN.finditer(text, token.end, stop))


_CALLED_BEFORE = re.compile(
    r"[ \t]+(?:(?:его|её|ее|him|her|uni|оны|аны)[ \t]+)?(?:зовут|называют|кличут|прозвали)"
    r"[ \t]*[«\"“]?[ \t]*\Z",
    re.IGNORECASE,
)
"""A verb of calling, maybe after "him", right before a word: "все его теперь зовут Месси"."""


def _called_so(text: str, start: int) -> bool:
    return _CALLED_BEFORE.search(text, max(0, start - 30), start) is not None


def a_participant_there(token: Token, before: Token | None, text: str) -> bool:
    """``token``, a public figure's name, stands where only a participant does: before an age ("Манас
    15 жашта", "Abai, 16 y.o.") or a class ("Манас (9-класс)"), before "(our group …)", beside a
    phone number ("055 421 33 07 (Абай)", "Абай 8 701 …"), right after a relative or a word for a
    young person with no ending of its own ("его девушка Томирис", "інім Абай", "his brother Abai"),
    or in the comitative before a verb of talking ("Dimashpen sóılestim"), or alone in brackets right
    after a listed first name ("Doniyor (Messi)": what the boys call him). Not before a possessed
    word ("jigit Shákárim óleńin": his poem)."""
    if not text:
        return False
    end = token.end
    if _age_now().match(text, end) or _our_group().match(text, end) or _PHONE_AFTER.match(text, end):
        return True
    if _CLASS_NOW.match(text, end):
        return True
    if _PHONE_BEFORE.search(text, max(0, token.start - 40), token.start):
        return True
    if _called_so(text, token.start):
        return True  # "все его теперь зовут Месси": what the boys call him
    if (
        before is not None
        and text[before.end : token.start] == " "
        and before.text.casefold() in _kin_before()
        and _bare_figure(token.text)
        and not _owns_the_next(text, token.end)
    ):
        return True
    # "Doniyor (Messi)", "Азамат (Тайсон)": alone in brackets after a boy's name, his nickname
    if (
        before is not None
        and text[before.end : token.start] == " ("
        and text[token.end : token.end + 1] == ")"
        and before.text[:1].isupper()
        and skeleton(before.text) in first_names()
    ):
        return True
    # "Месси (Маъруф) имрӯз …", "месси (ерлан) теперь капитан": before a bracket that opens with a
    # listed first name not the figure's own ("Месси (Лионель)"), what the boys call that boy
    opened = _BRACKET_NAME.match(text, end)
    if (
        opened is not None
        and skeleton(opened.group(1)) in first_names()
        and not _the_figures_first_name(opened.group(1), token.text)
    ):
        return True
    return _talked_with(text, token)

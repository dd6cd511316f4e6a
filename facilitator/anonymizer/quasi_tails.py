"""What follows a description that singles one person out and still belongs to it.

quasi.py ends a Turkic description at the first noun with a possessive ending, or at the word the
cue is about; two things right after it still narrow the group to that person:

- the noun for the person itself, a word or two on ("жалгыз орус тилдүү | бала", "yagona rus tilida
  o'qiydigan | tojik bola"): the description is of a boy, and stops at him;
- the person's class, set off by a comma, a dash or a bracket ("…мұғалімнің ұлы, 9 «Ә» сыныбынан",
  "… бала — 10 «Г» класстан", "… bola (9-V sinf)"): some twenty-five pupils, one of them "the only"
  one described.

And before it, the kin word it is said of across a dash ("отец — единственный участковый в посёлке
…", "әкесі — ауылдағы жалғыз дәрігер"): the dash is the verb "is", the relative the one singled out.
"""

from __future__ import annotations

import re
from functools import cache

from facilitator.anonymizer import kazakh_spellings
from facilitator.anonymizer.profiles import union

_CLASS_WORD = r"(?:класс|сынып|сыныб|synyp|synyb|sinf|синф|grade|class)[\w'’]*"
_CLASS_NAME = r"\d{1,2}[ \t]*-?[ \t]*[«\"']?(?-i:[А-ЯЁӘІҢҒҮҰҚӨҺЎA-Z])[»\"']?[ \t]*-?[ \t]*" + _CLASS_WORD
_CLASS_TAIL = re.compile(
    rf"[ \t]*(?:(?:,|—|–|-)[ \t]*{_CLASS_NAME}|\([ \t]*{_CLASS_NAME}[ \t]*\))(?![\w'’])",
    re.IGNORECASE,
)
"""A class set off after the description: ", 9 «Ә» сыныбынан", " — 10 «Г» класстан", " (9-V sinf)"."""
GENITIVE_SUFFIXES = (
    *("ның", "нің", "дың", "дің", "тың", "тің"),
    # Kyrgyz, and Kazakh typed without its letters ("жеңистин досы", "эрмектин атасы")
    *("нын", "нин", "дын", "дин", "тын", "тин", "нун", "нүн", "дун", "дүн", "тун", "түн"),
    *kazakh_spellings.spellings_of("nyń", "niń", "dyń", "diń", "tyń", "tiń"),
)
"""The Kazakh and Kyrgyz genitive endings, the Latin ones in every spelling ("nyń", "nyñ", "nyn",
"dıñ" …)."""
GENITIVE_ENDINGS = "|".join(GENITIVE_SUFFIXES)
"""``GENITIVE_SUFFIXES`` as an alternation."""
GENITIVE = re.compile(rf"(?:{GENITIVE_ENDINGS})$", re.IGNORECASE)
OWNER = re.compile(rf"(?:ning|нинг|{GENITIVE_ENDINGS}|'s|’s)$", re.IGNORECASE)
"""An owner's ending: the Turkic genitive in every spelling, the Uzbek "-ning" and the English "'s"."""
"""A word's Kazakh or Kyrgyz genitive ending ("шиномонтаждың", "дүкөнүнүн", "mekteptiń")."""
_WORD_ON = re.compile(r"[ \t]+([^\W\d_][\w'’‘ʻ]*)")
_PERSON_NOUN_REACH = 3
"""Words at most to the noun for the person ("жалғыз дәрігер | болып істейтін бала": a job, then
"working as", then the boy)."""


@cache
def _person_nouns() -> frozenset[str]:
    """The profiles' nouns for a person ("бала", "bola", "писар", "boy"), in lower case."""
    return frozenset(w.casefold() for w in union("person_nouns"))


@cache
def _numerals() -> frozenset[str]:
    """The profiles' number words ("төрт", "бир", "ikki"), in lower case."""
    return frozenset(w.casefold() for w in union("numerals"))


def _person_noun_end(text: str, finish: int, end: int) -> int:
    """Where the noun for the person ends, if it is one of the next words (all in lower case, with
    only spaces between): the description stops there; ``finish`` if there is none."""
    at = finish
    for _word in range(_PERSON_NOUN_REACH):
        word = _WORD_ON.match(text, at, end)
        if word is None or not word.group(1).islower() or word.group(1).casefold() in _numerals():
            return finish  # "жалғыз өзі | төрт баланы асырады": children counted are others
        at = word.end()
        if word.group(1).casefold() in _person_nouns():
            return at
    return finish


def with_tail(text: str, finish: int, end: int) -> int:
    """Where a description ending at ``finish`` (in a sentence ending at ``end``) really ends: past
    the noun for the person a word or two on, and past the class set off after it."""
    finish = _person_noun_end(text, finish, end)
    tail = _CLASS_TAIL.match(text, finish, end)
    return tail.end() if tail else finish


_WORD_AND_DASH = re.compile(r"([^\W\d_]{3,})[ \t]*[—–-][ \t]*\Z")
_DASH_REACH = 40


@cache
def _relatives() -> frozenset[str]:
    """The profiles' words for a relative or a person before a name ("отец", "әкесі", "сосед")."""
    return frozenset(w.casefold() for w in union("person_before", "person_nouns") if len(w) >= 3)


def with_kin_before(text: str, begin: int) -> int:
    """Where a description starting at ``begin`` starts with the word for a relative a dash before
    it ("отец — единственный …"); ``begin`` if there is none."""
    kin = _WORD_AND_DASH.search(text, max(0, begin - _DASH_REACH), begin)
    if kin is None or kin.group(1).casefold() not in _relatives():
        return begin
    return kin.start()


_HOME = (
    r"үйде|уйде|үйдегі|уйдеги|үйдө|уйдо|үйүндө|uyda|uyida|уйда|уйида|дома|at[ \t]+home|дар[ \t]+хона"
    r"|в[ \t]+семье|in[ \t]+the[ \t]+family|отбасында|отбасындағы|отбасындагы|oilada|оилада|үй-бүлөдө"
)
_HOME_BEFORE = re.compile(rf"(?<![\w'’])(?:{_HOME})[ \t]+\Z", re.IGNORECASE)
_HOME_AFTER = re.compile(rf"[\w'’-]+(?:[ \t]+[\w'’-]+){{0,2}}?[ \t]+(?:{_HOME})(?![\w'’])", re.IGNORECASE)
"""A word for home or family right before "the only" or a word or two after it: "уйде жалгыз еркек",
"men uyda yagona erkakman", "он дома единственный мужчина", "the only man at home"."""


def at_home(text: str, cue_start: int, cue_end: int) -> bool:
    """A "the only" cue said of a home or a family ("үйде жалғыз ер адам", "единственный мужчина
    дома"): one of a household, which names no one outside it, not one of a village or a school."""
    if _HOME_BEFORE.search(text, max(0, cue_start - 24), cue_start) is not None:
        return True
    after = _HOME_AFTER.match(text, cue_start, max(cue_end, cue_start + 80))
    # "жалғыз шиномонтаждың иесі | үйде бәрін шешеді": the owner of a thing, who is at home the
    # one who decides; the home is what he does there, not the group he is the only one of
    return after is not None and not any(GENITIVE.search(word) for word in after.group().split()[:-1])

"""Speakers and quotations: a speaker's label at a line's start, a quotation labelled or spoken by a
word, a speaker pointed out, a verb of speech, a question asked in a language of the region."""

from __future__ import annotations

import re
from functools import cache

from facilitator.anonymizer import lexicon
from facilitator.anonymizer.name_rules.name_sources import BLOCK_SENDER
from facilitator.anonymizer.name_rules.nickname_words import could_be_a_nickname
from facilitator.anonymizer.name_rules.sentence_positions import _REGION_LETTERS, LINE_OPENING, Token, _said
from facilitator.anonymizer.name_rules.word_bases import _is_latin
from facilitator.anonymizer.profiles import cue_phrases, profile, union
from facilitator.anonymizer.skeleton import skeleton
from facilitator.anonymizer.spans import Cover, Kind, Span

_WRITER = frozenset({"я", "мы"})
"""The writer as a subject after a person named first in the dative ("Жене я предложила")."""


_QUOTED_AFTER_LABEL = re.compile(r"[ \t]*:[ \t]*['\"«“‘]")


def _a_quoted_speakers_label(text: str, start: int, end: int) -> bool:
    """The word ``text[start:end]`` opens its line (past a time, a bullet or a bracketed tag) or
    follows a sentence's end (a Cyrillic word), and a colon and an opening quote follow it
    ("Captain: 'In Kulob …'", "23:09 [quote] Tank: «…»", "… все ржали. Тюлень: «я плакал …»")."""
    if not _QUOTED_AFTER_LABEL.match(text, end):
        return False
    line = text.rfind("\n", 0, start) + 1
    if LINE_OPENING.fullmatch(text, line, start) is not None:
        return True
    # inside a line, a Cyrillic word only: "Captain: 'no' was the answer" quotes a word, no speaker
    ended = _SENTENCE_ENDED.search(text, max(line, start - 8), start)  # a short look back: no long line read
    return ended is not None and not _is_latin(text[start:end])


_SENTENCE_ENDED = re.compile(r"[.!?…][»\")]?[ \t]+\Z")


def _speaks_next(after: Token | None) -> bool:
    """The next word is a verb of speech, in Cyrillic or in Russian typed in Latin ("сказал",
    "skazal")."""
    return after is not None and (_said(after) or after.text.casefold() in union("latin_person_verbs"))


_CLOSING_QUOTE = re.compile("[»\"”“']")
_SPEAKER_GAP = re.compile(r"\s*:\s*[«\"“„'‘]?")  # a speaker's colon, then what was said


_QUOTATION_AFTER = re.compile(
    r"(?:[ \t]*[«“„\"]([^«»“”„\"\n]{1,300})[»”\"]|[ \t]+'([^'\n]{1,300})'(?![^\W\d_]))[ \t]*,?[ \t]*"
    r"(?P<verb>[^\W\d_]+)"
)
"""A quotation in quotes or, a space before it, in single quotes as a phone types them ("'жақсы әке'
деді"), then the word after it."""


_LABEL_FILLER_QUOTE = re.compile(r"(?:[ \t]+(?P<filler>[^\W\d_]+))?[ \t]*:[ \t]*[«\"“„'‘]")


def _labels_a_quotation(text: str, end: int) -> bool:
    """Right after the word, maybe one word that goes with a subject ("сразу", "тоже", "again"), a
    colon and a quotation: the word says who spoke it ("женя сразу: 'нет, …'", "Вера: «я …»")."""
    found = _LABEL_FILLER_QUOTE.match(text, end)
    if found is None:
        return False
    filler = found.group("filler")
    return filler is None or filler.casefold() in union("subject_fillers")


def _speaks_a_quotation(text: str, end: int) -> bool:
    """A quotation right after the word, then a verb of speech ("Сырым «айтайын ба?» деп бастады",
    "Бақыт «келіспеймін» деді"; the profiles' ``speech`` and ``quote_verbs``): the word is its speaker."""
    quoted = _QUOTATION_AFTER.match(text, end)
    if quoted is None:
        return False
    return _said_verb(quoted.group("verb"))


def _said_verb(word: str) -> bool:
    """A verb that says who spoke a quotation (the profiles' ``speech`` and ``quote_verbs``)."""
    verb = word.casefold()
    return verb in union("speech") or verb in union("quote_verbs")


@cache
def _dictionary_speech() -> frozenset[str]:
    """Verbs of speech of the languages whose every word a dictionary here reads (Russian, English):
    a word before one that no dictionary reads is no word of the sentence's language."""
    return profile("ru").speech | profile("en").speech


_LABEL_WORD = re.compile(
    r"(?:^|(?<=[\n;]))(?:[ \t\d:.\-–—\[\]()#*•>]|\[[^\[\]\n]{1,24}\])*"
    r"(?P<word>[^\W\d_][\w’'ʼ‘-]*)[ \t]*:(?!/)"
)
"""A word at a line's start (after a time, a bullet or a bracketed tag: "23:39 [цитата] ера: «…»") or
after a semicolon, then a colon."""
_DESCRIBED_SPEAKER = re.compile(
    r"(?:^|(?<=[\n.!?;]))[ \t\d:.\-–—\[\]#*•>]*(?P<word>[^\W\d_][\w’'ʼ‘-]{2,})(?=[ \t]+\()"
)
"""A word opening a sentence right before a bracket."""
_DESCRIBED_AFTER = re.compile(
    r"[ \t]+\([^()\n]{2,60}\)[ \t]*(?:(?P<verb>[^\W\d_]+)[ \t]*)?(?P<sep>[:—–-])?[ \t]*[«\"“„'‘]"
)


def pointed_out_speaker(text: str, end: int) -> bool:
    """After the word ending at ``end``: a remark in brackets, then a colon, a dash or a verb of
    speech, and a quotation ("Мулла (самый религиозный) — «…»"): the facilitator points out who
    spoke, a person (no place or thing speaks)."""
    after = _DESCRIBED_AFTER.match(text, end)
    if after is None:
        return False
    verb = after.group("verb")
    if verb is None:
        return after.group("sep") is not None
    return _said_verb(verb)


_QUOTED_LABEL = re.compile(r"[ \t]*:[ \t]*[«\"“„'‘—–-]")
_LABEL_AFTER = re.compile(r"[ \t]*:[ \t]*(?=[«\"“„'‘—–-]|[^\W\d_])")
_ENGLISH_TO = frozenset({"with", "to"})
_SAID_WORD = re.compile(r"[^\W\d_][\w'’]*")


@cache
def _verb_stems(field: str) -> tuple[str, ...]:
    """The verb stems of ``field`` of every profile, as skeletons (one for either script)."""
    stems = {skeleton(v) for v in cue_phrases(field) if len(skeleton(v)) >= 3}
    return tuple(sorted(stems, key=lambda p: (-len(p), p)))


_TO_DO = re.compile(r"[ \t]*(?:->|=>|→|—|–| - )")


def _to_do_label(text: str, start: int, end: int) -> bool:
    """The word opens its line (maybe after a time or a bullet) before an arrow or a dash: a line of
    what to do with whom ("timur -> call on friday", "Ерлан — позвонить")."""
    if _TO_DO.match(text, end) is None:
        return False
    newline = text.rfind("\n", max(0, start - 200), start)
    if newline < 0 and start > 200:
        return False
    return LINE_OPENING.fullmatch(text, newline + 1, start) is not None


def _speaker_label(text: str, start: int, end: int) -> bool:
    """The word is a speaker's label: at its line's start (maybe after a time or a bullet) or after a
    semicolon, then a colon and what was said: a quotation, or a pronoun or a verb of saying among
    its first words ("арман: мен келіспеймін"; not "Тақырып: арман", "мақсат: зорлық туралы
    сөйлесу", "- сезім: ашу")."""
    label = _LABEL_AFTER.match(text, end)
    if label is None or text[start:end].casefold() in union("label_words"):
        return False
    said = text[label.end() : label.end() + 60]
    if said[:1] not in "«\"“„'‘—–-" and not any(
        w.casefold() in union("speaker_cues") for w in _SAID_WORD.findall(said.split("\n", 1)[0])[:6]
    ):
        return False
    reach = max(0, start - 40)
    line = text.rfind("\n", reach, start)
    before = text[line + 1 : start] if line >= 0 or reach == 0 else ""
    if line >= 0 or reach == 0:
        if LINE_OPENING.fullmatch(before):
            return True
    else:
        before = text[reach:start]
    return before.rstrip().endswith(";")


_WHO_ASKING = frozenset({"kim", "ким", "кім", "кӣ"})
""""Who" in Kazakh, Kyrgyz, Uzbek and Tajik: opening a question of those languages, no name."""
_QUESTION_END = re.compile(r"[^.!?\n]{0,120}\?")


def _asks_in_the_region(text: str, after: Token | None) -> bool:
    """The sentence from ``after`` on is a question of a language of the region: a letter of Kazakh,
    Kyrgyz, Uzbek or Tajik in it, or ``after`` no Russian nor English word ("Ким пришёл?" may ask
    about Ким)."""
    question = _QUESTION_END.match(text, after.start) if after is not None else None
    if after is None or question is None:
        return False
    if any(c in _REGION_LETTERS for c in question.group()):
        return True  # "Кӣ дар хона қарор қабул мекунад?": a Tajik letter in the question
    lower = after.text.casefold()
    if _is_latin(lower):
        return lower not in lexicon.english_words()
    return not lexicon.russian(lower)[0]


_WHO = frozenset({"kim", "kimdir", "kimde", "кім", "кімде"})
""""Who" in Kazakh and Uzbek, in lower case: no name (not the Cyrillic "ким": the surname Ким in a
lower-case note; Ким, Kim capitalised are surnames)."""

_FIRST_PERSON_QUOTED = re.compile(r"[ \t]*:[ \t]*[«\"“„'‘][ \t]*(?P<word>[^\W\d_][\w’']*)")


def _first_person_quoted(text: str, end: int) -> bool:
    """A colon, a quotation mark, then "I" or "we" of any profile ("Вера: «я боюсь»", "Hope: "I'm
    scared"", "Бақыт: «мен …»")."""
    quoted = _FIRST_PERSON_QUOTED.match(text, end)
    if quoted is None:
        return False
    first = quoted.group("word").casefold()
    return first in _FIRST_PERSON or first.split("'")[0] in _FIRST_PERSON


_FIRST_PERSON = frozenset(
    {
        "я",
        "мы",
        "мен",
        "біз",
        "биз",
        "men",
        "biz",
        "ман",
        "мо",
        "i",
        "we",
        "мне",
        "меня",
        "маған",
        "мага",
        "menga",
    }
)


def _told_in_english(words: list[tuple[int, int, str]], index: int) -> bool:
    """ "spoke with max", "talked to will", "asked max": a verb of talking or telling before it."""
    if index == 0 or not _is_latin(words[index][2]):
        return False
    verbs = profile("en").companion_verbs
    before = words[index - 1][2].casefold()
    if before in verbs:
        return True
    return before in _ENGLISH_TO and index >= 2 and words[index - 2][2].casefold() in verbs


_HEADING_AFTER = re.compile(r"[ \t]*:(?![ \t]*[«\"“„'‘—–-])[ \t]*(?P<next>[^\W_]*)")


def _a_heading(text: str, end: int) -> bool:
    """A colon after the word, then no quotation, dash or word that says something was said (the
    profiles' ``speaker_cues``): the word heads a line ("Максат: апрелде …"), it is no speaker
    ("Максат: «атам …»", "Тилек: мен макул эмесмин")."""
    found = _HEADING_AFTER.match(text, end)
    return found is not None and found.group("next").casefold() not in union("speaker_cues")


_BRACKETED_STAMP = r"\[[^\]\n]{0,24}\d{1,2}:\d{2}[^\]\n]{0,24}\]"
_EXPORTED_STAMP = r"\d{1,2}[./]\d{1,2}[./]\d{2,4},?[ \t]+\d{1,2}:\d{2}[ \t]*[-–—]"
"""A messenger's stamps: "[09:12]", "[12.03.26, 09:12]"; an exported chat's "12.03.2026, 09:12 -"."""
_CHAT_STAMP = re.compile(
    rf"(?:^|\n)[ \t]*(?:{_BRACKETED_STAMP}|{_EXPORTED_STAMP}|\d{{1,2}}:\d{{2}}[ \t]*[-–—])[ \t]*\Z"
)
"""A messenger's stamp opening a line: "[09:12]", "[12.03.26, 09:12]", "12.03.2026, 09:12 -", "09:12 -"."""
_CHAT_SENDER = re.compile(
    rf"(?m)^[ \t]*(?:{_BRACKETED_STAMP}|{_EXPORTED_STAMP})"
    r"[ \t]*(?P<sender>[^\W\d_][\w'’.-]*(?:[ \t]+[^\W\d_][\w'’.-]*){0,2})[ \t]*:"
)
"""A message copied from a messenger's chat: its stamp ("[19:31]", "[12.03.26, 09:12]", "12.03.2026,
09:12 -"; not a schedule's "10:00 -"), then the sender as the phone saved them, up to three words,
and a colon."""
_NOT_A_SENDER = frozenset({"я", "мы", "вы", "ман", "мо", "шумо", "admin", "админ", "bot", "бот", "system"})
"""Senders that are no one to remove: the writer ("я", "мен", "me": and the profiles' pronouns), a
chat's robot."""


def chat_senders(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each sender of a message copied from a chat ("[19:31] Гург: ҳаст соати 7",
    "[18:03] Hulk: ya 7"): a person as the phone saved them, whatever the words (a nickname, a
    film's hero); not the writer or a robot."""
    if ":" not in text:
        return []
    found = []
    for message in _CHAT_SENDER.finditer(text):
        first = message.group("sender").split()[0].casefold()
        if first in _NOT_A_SENDER or first in union("pronouns") or first in union("speaker_cues"):
            continue
        found.append(message.span("sender"))
    return found


_DISPLAY_REST = re.compile(r"(?:[ \t]+[A-ZА-ЯЁӘҒҚҢӨҰҮҺІЎҲҶ][^\W\d_]*\.?){1,2}(?=[ \t]*:)")
"""One or two capitalised words after the sender's name, up to the colon of the message."""


def with_chat_display_name(span: Span, text: str) -> Span:
    """A name that opens a copied message after its stamp, with one or two capitalised words between
    it and the colon ("[09:12] Нурик Талас: …", "12.03.2026, 09:12 - Айбек Бишкек Такси: …"): the
    sender's name as the phone saved it, all of it the person's (a place or a job in it points to
    them too)."""
    if span.kind is not Kind.NAME or not _CHAT_STAMP.search(text, max(0, span.start - 40), span.start):
        return span
    rest = _DISPLAY_REST.match(text, span.end)
    if rest is None:
        return span
    return Span(span.start, rest.end(), span.kind, span.source, span.key)


_LINE_LABEL = re.compile(
    rf"(?m)(?:^|[ \t]/[ \t])(?:{LINE_OPENING.pattern})(?P<word>[^\W\d_][\w'’-]*)[ \t]*:(?![/\d])"
)
"""A word opening a line (or a line a note pasted into one keeps with " / "), past a time or a
bullet, before a colon: a speaker's or a sender's label, or a heading."""


def same_labels(text: str, names: list[Span]) -> list[Span]:
    """Every other line a word labels that labels a line as a name elsewhere in the note ("Волк: кто
    седня на турнике / … / Волк: 18:30 у школы"): the same sender or speaker, whatever the rules
    or the word model read in the other line; as that name's source and key."""
    if ":" not in text:
        return []
    labels = [(m.start("word"), m.end("word"), m.group("word")) for m in _LINE_LABEL.finditer(text)]
    if len(labels) < 2:
        return []
    by_start = {s.start: s for s in names if s.kind is Kind.NAME}
    named = {
        word: by_start[start]
        for start, end, word in labels
        if start in by_start and by_start[start].end >= end
    }
    if not named:
        return []
    taken = [(s.start, s.end) for s in names]
    return [
        Span(start, end, Kind.NAME, named[word].source, named[word].key)
        for start, end, word in labels
        if word in named and not any(a < end and start < b for a, b in taken)
    ]


def block_senders(text: str, names: list[Span], public: list[tuple[int, int]]) -> list[Span]:
    """The other labels of a block of lines that each open with a word and a colon, where one of the
    labels is a name ("Айдос: меня не будет / Серик: я буду / Женя: +1, и Лёху возьму"), or of
    quotations that each open so («Профессор: кто видел?» «Шаман: ему конец»): a chat or a round
    copied line by line, so each label is a sender or a speaker, though the rules read no speech
    after it ("+1"). A label after a chat's time in brackets is a sender, whatever the others are
    ("[21:14] Танк: …"). Not a heading's word ("Итог:"), a relative, a role, a place, a public
    figure or another word a nickname is not (``could_be_a_nickname``). Unsure: removed, reviewed
    first."""
    if text.count(":") < 2:
        return []
    labels = [(m.start("word"), m.end("word"), m.group("word")) for m in _LINE_LABEL.finditer(text)]
    quoted = [(m.start("word"), m.end("word"), m.group("word")) for m in _QUOTED_CHAT_LABEL.finditer(text)]
    timed = [(m.start("word"), m.end("word"), m.group("word")) for m in _TIMED_LABEL.finditer(text)]
    if len(labels) < 2 and len(quoted) < 2 and not timed:
        return []
    taken = Cover([(s.start, s.end) for s in names] + list(public))
    named = {s.start for s in names if s.kind is Kind.NAME}
    senders = list(timed)
    for block in [*_blocks(text, labels), quoted]:
        if len(block) >= 2 and any(start in named for start, _end, _word in block):
            senders += block
    added: list[Span] = []
    for start, end, word in sorted(set(senders)):
        if taken.overlaps(start, end) or not could_be_a_nickname(word):
            continue
        added.append(Span(start, end, Kind.NAME, BLOCK_SENDER, skeleton(word)))
    return added


_QUOTED_CHAT_LABEL = re.compile(r"[«“\"](?P<word>[^\W\d_][\w'’-]*)[ \t]*:[ \t]")
"""A word and a colon opening a quotation: a chat's line quoted («Профессор: кто видел?»)."""
_TIMED_LABEL = re.compile(r"\[\d{1,2}:\d{2}(?::\d{2})?\][ \t]*(?P<word>[^\W\d_][\w'’-]*)[ \t]*:(?![/\d])")
"""A word and a colon after a chat's time in brackets ("[21:14] Танк: кто завтра …"): its sender."""


def _blocks(text: str, labels: list[tuple[int, int, str]]) -> list[list[tuple[int, int, str]]]:
    """The labels by runs of lines one after another that each open with a label."""
    blocks: list[list[tuple[int, int, str]]] = []
    line, last_line, counted = 0, -2, 0
    for label in labels:
        line += text.count("\n", counted, label[0])
        counted = label[0]
        if line in (last_line, last_line + 1) and blocks:  # (the same line: labels after " / ")
            blocks[-1].append(label)
        else:
            blocks.append([label])
        last_line = line
    return blocks

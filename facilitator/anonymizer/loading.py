"""Everything a note's reading loads once a process, loaded at once: the dictionaries, the name lists,
the language profiles, the phone metadata of the region, the word model and (with NER) natasha.

Each of these loads on first use; a process that calls ``warm_up`` first pays them all before its
first note (about two seconds), and its notes are then read at the rate the benchmark reports
(benchmarks/anonymization.py: ``load_s`` apart from notes per second).
"""

from __future__ import annotations

from facilitator.anonymizer import lexicon, ner

_NOTES = (
    "Вчера Алибек (16 лет) сказал, что Марат придёт в школу №12 в селе Шубар; тел. 8 701 234 56 78.",
    "Ерланнан сұрадым: Айгерім апаның ұлы ауылдағы жалғыз дәрігердің баласы, Жаке де келді.",
    "Qaırattyń inisi Jandosqa aıttym, ол 0555 12 34 56 нөміріне хабарласады.",
    "Bekzod akaning o'g'li Sherzod +998 90 123 45 67, Ҳофиз билан гаплашдим. Умедро +992 93 123 4567.",
    "Met Tim's mother at 12 Abay ave; email tim@example.org, passport N1234567, @tim_k on Telegram.",
)
"""A few lines in the app's languages, each calling on what a note of its language loads."""


def warm_up(use_ner: bool = True) -> None:
    """Load all a note's reading needs now (in a worker, or before a measure)."""
    from facilitator.anonymizer.anonymizer import Anonymizer
    from facilitator.anonymizer.coreference import coreferent_spans

    lexicon.warm_up()
    if use_ner:
        ner.warm_up()
    anonymizer = Anonymizer(["Тимур Ахметов"], use_ner=use_ner)
    for text in _NOTES:
        spans = anonymizer.detect(text)
        coreferent_spans([text], [spans], anonymizer.roster_keys, anonymizer.common_words)

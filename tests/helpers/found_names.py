"""The names one note's detection finds, as written, with the rules alone (no name model): what
the anonymizer tests of one rule ask ("is 'тёти Розы' removed as one name?")."""

from __future__ import annotations

from functools import cache

from facilitator.anonymizer.anonymizer import Anonymizer
from facilitator.anonymizer.spans import Kind, Span


@cache
def rules_anonymizer() -> Anonymizer:
    """One anonymizer with no roster and no name model, shared by the tests (its word lists load once)."""
    return Anonymizer((), use_ner=False)


def names_in(text: str) -> list[str]:
    """The name spans the rules find in ``text``, as written, in order."""
    return [text[s.start : s.end] for s in rules_anonymizer().detect(text) if s.kind is Kind.NAME]


def found_as(text: str, kind: Kind) -> list[str]:
    """What the rules find in ``text`` as ``kind`` (an address, a document …), as written, in order."""
    return [text[s.start : s.end] for s in rules_anonymizer().detect(text) if s.kind is kind]


def found_whole(text: str, part: str, kind: Kind) -> bool:
    """``part`` of ``text`` lies inside one span the rules find as ``kind`` (a house told by how it
    looks, with its landmark and its place)."""
    return any(part in found for found in found_as(text, kind))


def name_spans_in(text: str) -> dict[str, Span]:
    """The name spans the rules find in ``text``, by what they cover as written (their sources:
    sure or unsure)."""
    return {text[s.start : s.end]: s for s in rules_anonymizer().detect(text) if s.kind is Kind.NAME}


def session_spans(text: str, anonymizer: Anonymizer | None = None) -> list[Span]:
    """The spans of ``text`` as a session of one note: detection, then the session layer's other
    forms of its names (as the export reads it); the rules-only anonymizer unless one is given."""
    from facilitator.anonymizer.coreference import coreferent_spans

    anonymizer = anonymizer if anonymizer is not None else rules_anonymizer()
    spans = anonymizer.detect(text)
    return spans + coreferent_spans([text], [spans], anonymizer.roster_keys, anonymizer.common_words)[0]


def session_names(texts: list[str]) -> list[set[str]]:
    """Each note's removed names as written, the session layer reading the notes together (the
    rules-only anonymizer)."""
    from facilitator.anonymizer.coreference import coreferent_spans

    anonymizer = rules_anonymizer()
    spans = [anonymizer.detect(text) for text in texts]
    added = coreferent_spans(texts, spans, anonymizer.roster_keys, anonymizer.common_words)
    return [
        {text[s.start : s.end] for s in found + more if s.kind is Kind.NAME}
        for text, found, more in zip(texts, spans, added, strict=True)
    ]


def session_touches(text: str, word: str, anonymizer: Anonymizer | None = None) -> bool:
    """Whether a name span of ``text`` as a session of one note touches the first ``word`` (the
    rules-only anonymizer unless one is given)."""
    at = text.index(word)
    spans = session_spans(text, anonymizer)
    return any(s.start < at + len(word) and at < s.end for s in spans if s.kind is Kind.NAME)


@cache
def model_anonymizer() -> Anonymizer:
    """One anonymizer with no roster and the name model, as the export runs, shared by the tests."""
    return Anonymizer((), use_ner=True)


@cache
def language_anonymizer(language: str) -> Anonymizer:
    """One rules-only anonymizer for a report language (its profile's words decide the unsure)."""
    return Anonymizer([], language=language, use_ner=False)


def model_names_in(text: str) -> list[str]:
    """The name spans the rules and the name model find in ``text``, as written, in order."""
    return [text[s.start : s.end] for s in model_anonymizer().detect(text) if s.kind is Kind.NAME]


def model_session_touches(text: str, word: str) -> bool:
    """Whether a name span of ``text`` as a session of one note, as the export reads it (the name
    model and the session layer included), touches the first ``word``."""
    return session_touches(text, word, model_anonymizer())


def model_session_names_in(text: str) -> list[str]:
    """The names ``text`` loses as a session of one note, the name model and the session layer
    included (as the export reads it)."""
    return [text[s.start : s.end] for s in session_spans(text, model_anonymizer()) if s.kind is Kind.NAME]


def touched_in(text: str, part: str, language: str) -> bool:
    """Whether a span found by ``language``'s rules-only anonymizer touches the first ``part``."""
    at = text.index(part)
    return any(s.start < at + len(part) and at < s.end for s in language_anonymizer(language).detect(text))


def every_place_removed(text: str, word: str, anonymizer: Anonymizer | None = None) -> bool:
    """Whether ``word`` stands in ``text`` and a name span of the note as a session of one covers it
    at every place it stands (the rules-only anonymizer unless one is given)."""
    spans = [s for s in session_spans(text, anonymizer) if s.kind is Kind.NAME]
    starts = [i for i in range(len(text)) if text.startswith(word, i)]
    return bool(starts) and all(
        any(s.start <= at and at + len(word) <= s.end for s in spans) for at in starts
    )


def fully_removed(anonymizer: Anonymizer, text: str, part: str) -> bool:
    """Every letter and digit of ``part`` (its first place in ``text``) lies in a span ``anonymizer``
    finds."""
    at = text.index(part)
    spans = anonymizer.detect(text)
    return all(
        any(s.start <= i < s.end for s in spans) for i in range(at, at + len(part)) if text[i].isalnum()
    )


def removed_texts(anonymizer: Anonymizer, text: str) -> list[str]:
    """What ``anonymizer`` removes from ``text``: each span's text as written, every kind, in order."""
    return [text[s.start : s.end] for s in anonymizer.detect(text)]

"""Names shown for values the core keeps as identifiers: kinds of identifier found in the notes,
what found them, and kinds of workshop step. The windows never show a raw value ("phone",
"case-study") in a Russian or Kazakh UI."""

from __future__ import annotations

from facilitator.anonymizer.spans import Kind
from facilitator.sessions.plan import StepKind
from facilitator.ui.i18n import QT_TRANSLATE_NOOP, translate

IDENTIFIER_KINDS = {
    Kind.NAME: QT_TRANSLATE_NOOP("Kinds", "name"),
    Kind.PHONE: QT_TRANSLATE_NOOP("Kinds", "phone"),
    Kind.EMAIL: QT_TRANSLATE_NOOP("Kinds", "e-mail"),
    Kind.IIN: QT_TRANSLATE_NOOP("Kinds", "IIN"),
    Kind.DOCUMENT: QT_TRANSLATE_NOOP("Kinds", "document number"),
    Kind.PLATE: QT_TRANSLATE_NOOP("Kinds", "car plate"),
    Kind.CARD: QT_TRANSLATE_NOOP("Kinds", "bank card"),
    Kind.ADDRESS: QT_TRANSLATE_NOOP("Kinds", "address"),
    Kind.HANDLE: QT_TRANSLATE_NOOP("Kinds", "account or link"),
    Kind.BIRTHDATE: QT_TRANSLATE_NOOP("Kinds", "date of birth"),
    Kind.QUASI: QT_TRANSLATE_NOOP("Kinds", "small-group detail"),
}

FOUND_BY = {
    "pattern": QT_TRANSLATE_NOOP("Kinds", "number pattern"),
    "phonenumbers": QT_TRANSLATE_NOOP("Kinds", "number pattern"),
    "ner": QT_TRANSLATE_NOOP("Kinds", "name recognizer"),
    "roster": QT_TRANSLATE_NOOP("Kinds", "participant list"),
    "names-list": QT_TRANSLATE_NOOP("Kinds", "list of names"),
    "dictionary": QT_TRANSLATE_NOOP("Kinds", "list of names"),
    "nickname": QT_TRANSLATE_NOOP("Kinds", "list of names"),
    "surname-pattern": QT_TRANSLATE_NOOP("Kinds", "surname ending"),
    "capitalised": QT_TRANSLATE_NOOP("Kinds", "capital letter"),
    "capitalised-start": QT_TRANSLATE_NOOP("Kinds", "capital letter"),
    "name-or-word": QT_TRANSLATE_NOOP("Kinds", "name or word"),
    "name-shape": QT_TRANSLATE_NOOP("Kinds", "shaped like a name"),
    "name-alone": QT_TRANSLATE_NOOP("Kinds", "a name alone in its clause, or a word"),
    "surname-word": QT_TRANSLATE_NOOP("Kinds", "after a first name: a surname, or a word"),
    "pet-form": QT_TRANSLATE_NOOP("Kinds", "a pet form of a participant's name, or a word"),
    "person-place": QT_TRANSLATE_NOOP("Kinds", "where a person stands: a name, or a word"),
    "coreference": QT_TRANSLATE_NOOP("Kinds", "named elsewhere in the session"),
    "coreference-unsure": QT_TRANSLATE_NOOP("Kinds", "named elsewhere in the session, or a word"),
    "fallback": QT_TRANSLATE_NOOP("Kinds", "whole note (detection failed)"),
    "long": QT_TRANSLATE_NOOP("Kinds", "too long to read word by word: every unknown word"),
    "review": QT_TRANSLATE_NOOP("Kinds", "marked by you"),
}

STEP_KINDS = {
    StepKind.EXERCISE: QT_TRANSLATE_NOOP("Kinds", "exercise"),
    StepKind.DISCUSSION: QT_TRANSLATE_NOOP("Kinds", "discussion"),
    StepKind.CASE_STUDY: QT_TRANSLATE_NOOP("Kinds", "case study"),
    StepKind.FILM: QT_TRANSLATE_NOOP("Kinds", "film"),
    StepKind.STATISTIC: QT_TRANSLATE_NOOP("Kinds", "figures"),
    StepKind.REFLECTION: QT_TRANSLATE_NOOP("Kinds", "reflection"),
    StepKind.ENERGIZER: QT_TRANSLATE_NOOP("Kinds", "energizer"),
    StepKind.BREAK: QT_TRANSLATE_NOOP("Kinds", "break"),
    StepKind.CHECK_IN: QT_TRANSLATE_NOOP("Kinds", "check-in"),
    StepKind.CHECK_OUT: QT_TRANSLATE_NOOP("Kinds", "check-out"),
}


def identifier_kind(kind: Kind) -> str:
    return translate("Kinds", IDENTIFIER_KINDS[kind])


def found_by(source: str) -> str:
    """What found a span, in words; an unknown source is shown as it is (never hidden)."""
    return translate("Kinds", FOUND_BY[source]) if source in FOUND_BY else source


def step_kind(kind: StepKind) -> str:
    return translate("Kinds", STEP_KINDS[kind])

"""Notes of one session anonymized as the export does: each note's spans, then the session layer's."""

from __future__ import annotations

from facilitator.anonymizer.anonymizer import Anonymizer
from facilitator.anonymizer.coreference import coreferent_spans


def session(language: str, texts: list[str]) -> list[str]:
    """Each note's printed text, no roster."""
    anonymizer = Anonymizer([], language=language)
    detected = [anonymizer.detect(text) for text in texts]
    more = coreferent_spans(texts, detected, anonymizer.roster_keys, anonymizer.common_words)
    return [anonymizer.apply(t, [*d, *m]) for t, d, m in zip(texts, detected, more, strict=True)]

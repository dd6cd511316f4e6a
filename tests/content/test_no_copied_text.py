"""No built-in text copies the sources: no run of ten words shared with any of the source documents.

The sources are for facts and ideas; the app says them in its own words (seeds README). Case,
punctuation and quotes are ignored, so a copied sentence with a changed comma is still found.
"""

import time

import pytest

from tests.content.sources import RUN, fingerprint, fingerprints_of, runs, seeds_folder, stored_fingerprints
from tests.helpers.content_texts import CONTENT_FILES, content_texts

SOURCES = stored_fingerprints()


def copied_runs() -> list[str]:
    found = []
    seen: set[str] = set()  # the series' plans copy library steps: check each text once
    for where, text in content_texts():
        if text in seen:
            continue
        seen.add(text)
        for run in runs(text):
            if fingerprint(run) in SOURCES:
                found.append(f"{where}: “{' '.join(run)}”")
                break
    return found


def test_no_text_shares_ten_words_in_a_row_with_a_source() -> None:
    assert len(CONTENT_FILES) >= 8  # plans, library and cues in every language
    started = time.monotonic()
    found = copied_runs()
    assert not found, f"{len(found)} text(s) copy {RUN} words in a row from a source:\n" + "\n".join(found)
    assert time.monotonic() - started < 5


def test_the_finder_catches_a_copied_sentence_whatever_its_case_and_punctuation() -> None:
    copied = "In Kazakhstan, NOT less than 80 women die from domestic-violence each year; with 300 reports"
    assert any(fingerprint(run) in SOURCES for run in runs(copied))
    reworded = "Each year at least 80 women in Kazakhstan are killed by domestic violence, says the campaign"
    assert not any(fingerprint(run) in SOURCES for run in runs(reworded))


def test_the_stored_fingerprints_match_the_source_documents() -> None:
    folder = seeds_folder()
    if folder is None:
        pytest.skip("the source documents are not beside this checkout")
    assert fingerprints_of(folder) == SOURCES, "regenerate: python -m tests.content.sources <seeds folder>"

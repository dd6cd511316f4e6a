"""The name model loaded lean (ner_model.py) answers exactly as natasha's own loader does."""

from __future__ import annotations

import gzip

import pytest

from facilitator.anonymizer import ner, ner_model
from tests.anonymizer.evaluate import SETS, load

pytestmark = pytest.mark.skipif(not ner.available(), reason="natasha not installed")


def test_every_word_of_the_vocabulary_and_unknown_ones_get_slovnets_row() -> None:
    from slovnet.exec.pack import Pack

    with Pack(ner_model.data_file(*ner_model.NEWS_NER)) as pack:
        data = gzip.decompress(pack.read("vocabs/word.gz"))
        vocab = pack.load_vocab("word")
    words = ner_model.WordIds(data)
    assert len(words) == len(vocab.items)
    assert (words.unk_id, words.pad_id) == (vocab.unk_id, vocab.pad_id)
    for word in vocab.items:
        assert words.encode(word) == vocab.encode(word), word
    for word in ("пржевальской", "", "\ud800", "айгерим-", "zzzz", "<UNK>"):
        assert words.encode(word) == vocab.encode(word), word


def test_a_word_listed_twice_gets_its_last_row_as_in_a_dict() -> None:
    words = ner_model.WordIds("<unk>\nмир\n<pad>\nмир\nдом\n".encode())
    assert (words.encode("мир"), words.encode("дом"), words.encode("кот")) == (3, 4, 0)
    assert words.pad_id == 2


def test_the_lean_tagger_finds_the_spans_natashas_finds_in_every_development_note() -> None:
    from natasha import Doc, NewsEmbedding, NewsNERTagger, Segmenter

    ner._one_blas_thread()  # as ner.py loads the model (many BLAS threads are slower, not different)
    segmenter, theirs = Segmenter(), NewsNERTagger(NewsEmbedding())  # as ner.py used them before
    ours = ner_model.news_ner()
    texts = [str(note["text"]) for note in load(SETS["dev"])]
    texts += ["", "   ", "Ольга Пржевальская-Тарковская пришла.\nАйгерим Нурланова сказала своё."]
    assert len(texts) > 600
    for text in texts:
        doc = Doc(text)
        doc.segment(segmenter)
        doc.tag_ner(theirs)
        expected = [(span.start, span.stop, span.type) for span in doc.spans]
        found = [(span.start, span.stop, span.type) for span in ours(text).spans] if text.strip() else []
        assert found == expected, text


def test_person_spans_come_from_the_lean_tagger() -> None:
    text = "Мы говорили с Ольгой Пржевальской-Тарковской о работе."
    assert [text[s:e] for s, e in ner.person_spans(text)] == ["Ольгой Пржевальской-Тарковской"]
    assert ner.person_spans("   ") == [] and ner.person_spans("Only Latin here") == []

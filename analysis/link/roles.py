"""An entity-level role model: what everything the corpus says about one name shows the person is to the subject.

Why: the rules read one sentence and the backstop one passage, so a role that shows only across posts ("<A> and
<B> and the dog", "<B>'s first fish! #proudad", "<A> moved out") is never found. Each candidate person
(role_candidates.py) is read as a whole: the words of every sentence naming them (every name masked, their own as
"xperson"), the words just before and after their name, the mean MiniLM vector of those sentences and a few counts.
A multinomial logistic regression fitted offline on the seen held-out people (benchmarks/train_roles.py) says
family, associate, colleague or none; it is applied here with numpy only (no scikit-learn at scan time).

At scan time (`infer_roles`, after people linking) a candidate who has no family, associate or colleague finding
yet, reading at or above its role's threshold (chosen by leave-sets-out cross-validation), becomes a finding of
that role, with every sentence naming them as evidence at its item's URL, explained by the probability, the words
that pushed it and the nearest training people. The backstop's off switch (backstop.OFF_ENV) turns it off too.
"""
from __future__ import annotations

import os
import re
import threading
import zipfile
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np

from footprint.crawler.paths import DATA_DIR

MODEL = DATA_DIR / "roles" / "model.npz"
RELATIONS = DATA_DIR / "roles" / "relations.toml"
RELATIVE = "relative"
RELATION_MIN = 0.5         # a family finding names the relation group only when the secondary model is this sure
ROLES = ("family", "associate", "colleague")
NONE = "none"
SELF_TOKEN = "xperson"
NEAR_WORDS = 3
# A family reading of a person named in one item only needs a kin word of the writer's beside the name, as the
# backstop's family readings do (backstop_values._kin_beside): "Indi slotted three goals, what a kid!" alone is
# anyone's child. Named in two items or more, the corpus itself is the evidence. (Requiring two items for every
# role kept only 29 of the 98 missed facts the model finds on the seen sets.)
MIN_ITEMS = 2
WORDS_SHOWN = 3
NEAREST_SHOWN = 2
DETECTOR = "RoleModel"
PATTERN = "roles:entity"
BASE_CONFIDENCE, SPAN_CONFIDENCE = 0.55, 0.2
_WORD_RX = re.compile(r"\w+")
_FIRST_PERSON_RX = re.compile(r"\b(?:i|i'm|im|my|me|we|our|us)\b", re.I)


# ------------------------------------------------------------------ features (training and scan time alike)

def masked_sentence(sentence: str, forms: Iterable[str]) -> str:
    """The sentence with the person's own name forms written SELF_TOKEN and every other given name NAME_TOKEN."""
    from footprint.analysis.detect.backstop import masked

    for f in sorted(forms, key=len, reverse=True):
        sentence = re.sub(rf"(?<![\w@]){re.escape(f)}(?!\w)", SELF_TOKEN, sentence)
    return masked(sentence)


def near_words(masked_text: str) -> list[str]:
    """The words just before and after the person's name: "b1_my" (the word before), "b_wife" (within three before),
    "a1_s" (after: "<name>'s"), "a_fish" (within three after)."""
    toks = [t.lower() for t in _WORD_RX.findall(masked_text)]
    out = []
    for k, t in enumerate(toks):
        if t != SELF_TOKEN:
            continue
        before, after = toks[max(0, k - NEAR_WORDS):k], toks[k + 1:k + 1 + NEAR_WORDS]
        if before:
            out.append(f"b1_{before[-1]}")
        if after:
            out.append(f"a1_{after[0]}")
        out += [f"b_{w}" for w in before] + [f"a_{w}" for w in after]
    return out


def person_text(candidate) -> str:
    """One document per person: the masked sentences naming them, then the words beside their name."""
    sents = [masked_sentence(m.sentence, candidate.forms) for m in candidate.mentions]
    near = [w for s in sents for w in near_words(s)]
    return " | ".join(sents) + " || " + " ".join(near)


def counts(candidate) -> np.ndarray:
    """How the corpus speaks of the person: named in a profile, given a surname, share of first-person sentences.
    Not how often: the seen sets are a dozen posts a person, where a name in three posts is nearly always kin; in a
    real corpus of hundreds of posts every friend would read as family (tried: the count's weight was the largest)."""
    ms = candidate.mentions
    n = max(1, len(ms))
    return np.array([float(any(m.kind == "profile_field" for m in ms)), float(bool(candidate.last)),
                     sum(bool(_FIRST_PERSON_RX.search(m.sentence)) for m in ms) / n], dtype=np.float32)


def mention_texts(candidate) -> list[str]:
    """The sentences the sentence model reads for the person (its mean vector is a feature)."""
    from footprint.analysis.detect.meaning import model_texts

    return model_texts([m.sentence for m in candidate.mentions])


def mean_vectors(candidates: Sequence, encode=None) -> np.ndarray:
    """Each person's mean MiniLM vector over the sentences naming them (one encoder call for all)."""
    if encode is None:
        from footprint.analysis.detect import embed
        encode = embed.encoder().encode
    texts = [mention_texts(c) for c in candidates]
    flat = [t for ts in texts for t in ts]
    if not flat:
        return np.zeros((len(candidates), 384), dtype=np.float32)
    vecs = np.asarray(encode(flat), dtype=np.float32)
    out, k = [], 0
    for ts in texts:
        out.append(vecs[k:k + len(ts)].mean(axis=0) if ts else np.zeros(vecs.shape[1], dtype=np.float32))
        k += len(ts)
    return np.vstack(out).astype(np.float32)


def relation_group(value: str, groups: dict[str, list[str]] | None = None) -> str:
    """The relation group of a fact's value ("Tahnee (wife)" -> "partner"; data/roles/relations.toml), else RELATIVE."""
    groups = groups if groups is not None else relation_groups()
    rel = value.rsplit("(", 1)[-1].rstrip(")").lower() if "(" in value else ""
    words = set(re.findall(r"[\w'-]+", rel))
    for g, names in groups.items():
        if any(n in words or (" " in n and n in rel) for n in names):
            return g
    return RELATIVE


def relation_groups() -> dict[str, list[str]]:
    import tomllib
    return tomllib.loads(RELATIONS.read_text(encoding="utf-8"))["groups"]


# ------------------------------------------------------------------ the fitted model, applied with numpy

class RoleModel:
    """Softmax over [mean vector | word_weight * tf-idf | counts] (scikit-learn's multinomial LogisticRegression
    as fitted by benchmarks/train_roles.py), with per-role thresholds and the training people that explain it."""

    def __init__(self, path: Path = MODEL):
        with np.load(path, allow_pickle=False) as z:
            self.classes = tuple(str(c) for c in z["classes"])
            self.coef_vec = z["coef_vec"].astype(np.float32)
            self.coef_words = z["coef_words"].astype(np.float32)
            self.coef_counts = z["coef_counts"].astype(np.float32)
            self.intercept = z["intercept"].astype(np.float32)
            self.terms = [str(w) for w in z["vocab"]]
            self.idf = z["idf"].astype(np.float32)
            self.word_weight = float(z["word_weight"])
            self.thresholds = dict(zip(self.classes, map(float, z["thresholds"])))
            self.example_name = [str(t) for t in z["example_name"]]
            self.example_vec = z["example_vec"].astype(np.float32)
            self.example_cat = np.array([str(c) for c in z["example_cat"]])
            # the secondary target: which relation a family member is (partner, child, parent, ...)
            self.rel_classes = tuple(str(c) for c in z["rel_classes"]) if "rel_classes" in z else ()
            if self.rel_classes:
                self.rel_coef_vec = z["rel_coef_vec"].astype(np.float32)
                self.rel_coef_words = z["rel_coef_words"].astype(np.float32)
                self.rel_coef_counts = z["rel_coef_counts"].astype(np.float32)
                self.rel_intercept = z["rel_intercept"].astype(np.float32)
        self.vocab = {w: i for i, w in enumerate(self.terms)}

    def words(self, text: str) -> dict[int, float]:
        """{vocabulary index: tf-idf weight}, l2-normalised, as TfidfVectorizer(sublinear_tf=True) gives it."""
        from footprint.analysis.detect.backstop import tfidf_words
        return tfidf_words(text, self.vocab, self.idf)

    def proba(self, vecs: np.ndarray, texts: list[str], cnts: np.ndarray) -> tuple[np.ndarray, list[dict[int, float]]]:
        """(people, classes) probabilities and each person's word weights."""
        z = vecs @ self.coef_vec.T + cnts @ self.coef_counts.T + self.intercept
        words = [self.words(t) for t in texts]
        for k, w in enumerate(words):
            if w:
                idx = np.fromiter(w.keys(), dtype=np.int64)
                z[k] += self.word_weight * (self.coef_words[:, idx] @ np.fromiter(w.values(), dtype=np.float32))
        z = np.exp(z - z.max(axis=1, keepdims=True))
        return z / z.sum(axis=1, keepdims=True), words

    def relation(self, vec: np.ndarray, w: dict[int, float], cnt: np.ndarray) -> tuple[str, float]:
        """(relation group, probability) of a family member, from the secondary model; ("", 0) without one."""
        if not self.rel_classes:
            return "", 0.0
        z = vec @ self.rel_coef_vec.T + cnt @ self.rel_coef_counts.T + self.rel_intercept
        if w:
            idx = np.fromiter(w.keys(), dtype=np.int64)
            z = z + self.word_weight * (self.rel_coef_words[:, idx] @ np.fromiter(w.values(), dtype=np.float32))
        p = np.exp(z - z.max())
        p /= p.sum()
        j = int(np.argmax(p))
        return self.rel_classes[j], float(p[j])

    def top_words(self, j: int, w: dict[int, float]) -> list[tuple[str, float]]:
        parts = sorted(((self.word_weight * float(self.coef_words[j, i]) * v, i) for i, v in w.items()), reverse=True)
        return [(self.terms[i], c) for c, i in parts[:WORDS_SHOWN] if c > 0]

    def nearest(self, cat: str, vec: np.ndarray) -> list[tuple[str, float]]:
        idx = np.flatnonzero(self.example_cat == cat)
        if not len(idx) or not np.any(vec):
            return []
        v = vec / (np.linalg.norm(vec) or 1.0)
        sims = self.example_vec[idx] @ v
        return [(self.example_name[idx[o]], float(sims[o])) for o in np.argsort(sims)[::-1][:NEAREST_SHOWN]]


_lock = threading.Lock()
_model: RoleModel | None = None
_missing = False


def model() -> RoleModel | None:
    """The bundled model (loaded once), or None when there is none or the backstop's off switch is set."""
    global _model, _missing
    from footprint.analysis.detect.backstop import OFF_ENV

    if os.environ.get(OFF_ENV, "").lower() == "off":
        return None
    if _model is None and not _missing:
        with _lock:
            if _model is None and not _missing:
                try:
                    _model = RoleModel()
                except (OSError, KeyError, ValueError, zipfile.BadZipFile):
                    _missing = True
    return _model


# ------------------------------------------------------------------ scan time

def infer_roles(items: Iterable, detections: list, subject: str, aliases: Iterable[str] = (),
                org_words: Iterable[str] = ()) -> list:
    """Role findings for the people the corpus names whom no detection gives a role yet (see module doc)."""
    m = model()
    if m is None:
        return []
    from footprint.analysis.detect.detectors.context import SubjectNames
    from footprint.analysis.link import people
    from footprint.analysis.link.linking import RELATION_WORDS, STOPWORDS, _tokens, match_tokens, names_compatible
    from footprint.analysis.link.role_candidates import candidates

    units = [u for u in people.units_of(items) if u.text.strip()]
    index = people._index or people.PeopleIndex()
    org_low = {w.lower() for o in org_words if o for w in o.split()}
    known = [t for t in (match_tokens(d) for d in detections if d.category in (*ROLES, "personal_contact")) if t]
    # every form people linking gave a person ("Robbo" beside "Rob Tait"): a nickname is no stranger either
    known += [t for d in detections if d.category in ROLES and isinstance(d.attrs, dict)
              for n in d.attrs.get("names", ()) if isinstance(n, str) and not n.startswith("@")
              for t in [_tokens(n, STOPWORDS | RELATION_WORDS)] if t]
    cands = [c for c in candidates(units, SubjectNames(subject, aliases), index.pet_names(units))
             if c.mentions and c.first not in org_low and not any(names_compatible(k, c.tokens) for k in known)]
    if not cands:
        return []
    vecs = mean_vectors(cands)
    texts = [person_text(c) for c in cands]
    cnts = np.vstack([counts(c) for c in cands])
    probs, words = m.proba(vecs, texts, cnts)
    out = []
    for c, vec, cnt, p, w in zip(cands, vecs, cnts, probs, words):
        j = int(np.argmax(p))
        cat = m.classes[j]
        if cat == NONE or p[j] < m.thresholds.get(cat, 2.0) or not may_add(c, cat):
            continue
        rel = ""
        if cat == "family":
            group, q = m.relation(vec, w, cnt)
            rel = group if q >= RELATION_MIN and group != RELATIVE else ""
        out += _detections(c, cat, float(p[j]), m.thresholds[cat], m.top_words(j, w), m.nearest(cat, vec), rel)
    return out


def may_add(candidate, role: str) -> bool:
    """Whether a reading of the role may become a finding: family needs two items naming the person, or the
    writer's kin word beside the name in one (MIN_ITEMS)."""
    from footprint.analysis.detect.backstop_values import _kin_beside

    if role != "family" or len(candidate.urls) >= MIN_ITEMS:
        return True
    return any(_kin_beside(m.sentence, m.form) for m in candidate.mentions)


def _detections(c, cat: str, p: float, threshold: float, words: list, near: list, relation: str = "") -> list:
    """One detection per item naming the person (the first sentence there), all of one finding (same key)."""
    from footprint.analysis.detect.detectors.base import excerpt
    from footprint.analysis.findings import Detection, Evidence

    conf = BASE_CONFIDENCE + SPAN_CONFIDENCE * max(0.0, p - threshold) / max(1e-9, 1.0 - threshold)
    explanation = (f"role model (everything the corpus says about {c.name}: {len(c.mentions)} sentences in "
                   f"{len(c.urls)} items; logistic regression trained on the seen held-out people): {cat} p={p:.2f} "
                   f">= {threshold:.2f}{f' ({relation})' if relation else ''}; words: {', '.join(f'{t!r} {v:+.2f}' for t, v in words) or 'none'}; "
                   f"nearest training people: {'; '.join(f'{n} ({s:.2f})' for n, s in near) or 'none'}")
    out, seen = [], set()
    for mn in c.mentions:
        if mn.url in seen:
            continue
        seen.add(mn.url)
        ev = Evidence(url=mn.url, kind=mn.kind, excerpt=excerpt(f"{mn.field}: {mn.sentence}" if mn.kind == "profile_field"
                                                                and mn.field else mn.sentence),
                      posted_at=mn.posted_at, profile=mn.profile)
        out.append(Detection(category=cat, value=f"{c.name} ({relation or cat})", key=f"{cat}:{c.name}".lower(),
                             confidence=round(min(conf, 1.0), 3), detector=DETECTOR, pattern=PATTERN, evidence=ev,
                             support=[f"model p={p:.2f}", *[t for t, _ in words], *[f"like {n}" for n, _ in near]],
                             attrs={"person": c.name, "relation": relation or cat, "names": sorted(c.forms),
                                    "learned": {"explanation": explanation, "score": round(p, 3),
                                                "words": [f"{t} {v:+.2f}" for t, v in words],
                                                "nearest": [f"{n} ({s:.2f})" for n, s in near]}}))
    return out

"""Fit the entity-level role model (analysis/link/roles.py) on the seen held-out people, choose its thresholds by
leave-sets-out cross-validation, and store it as arrays in data/roles/model.npz.

Input: build/seen/sentences.jsonl and reports.jsonl (benchmarks/seen_sentences.py: every passage of every item of
every persona of the seen sets, the ground truth, and the rules-alone report). Each persona's text units are put
back together from their passages, and the candidate people are found in them by the same code a scan uses
(role_candidates.candidates). A candidate's label is the role of the ground-truth family, associate or colleague
fact whose keys (or value) hold its name, else "none" (decoys, pets, public figures, other people's relatives).

Cross-validation: five folds by set number; within each, the model is fitted on the other folds' people and reads
the fold's. A role's threshold is the lowest at which what the model ADDS (people the rules-alone report gives no
role) is right at least TARGET of the time on the pooled out-of-fold readings; right means the added finding
matches a fact of its role as the evaluator matches them (analysis/evaluation.py). A role never reaching TARGET is
stored with threshold 2.0 (never fires).

    .venv/bin/python benchmarks/train_roles.py              # CV report, then fit on all and write the model
    .venv/bin/python benchmarks/train_roles.py --cv-only    # the CV report only

Only sets 1-53 (seen_sentences.SEEN_SETS) may be read: the script refuses any other. The stored model was fitted in round 18
on sets 1-45; sets 46-49 were read in round 19 and sets 50-53 at the start of round 20, and are allowed for the next fit.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path
from types import SimpleNamespace

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SEEN = ROOT / "build" / "seen"
ALLOWED_SETS = frozenset(range(1, 54))        # read and retired; sets 54 and later are honest tests
FOLDS = 5
TARGET = 0.88
MIN_ADDED = 5                                 # a threshold needs at least this many added readings to be judged
# Each role weighs as much as the others: the seen sets' leftover names are mostly kin (a writer names a spouse in
# three posts, a friend once), and unweighted the model learned "a named person is family" from the intercept alone.
CLASS_WEIGHT = "balanced"
GRID = [round(t, 2) for t in np.arange(0.30, 0.96, 0.025)]


def check_sets(sets) -> list[int]:
    """The sets, refused unless every one is a seen set (1-53)."""
    bad = sorted({int(s) for s in sets} - ALLOWED_SETS)
    if bad:
        raise SystemExit(f"set(s) {bad} are not seen sets (1-53): they are honest tests and stay out of training")
    return sorted({int(s) for s in sets})


def load_personas(seen: Path = SEEN, sets=None) -> list[dict]:
    """Each persona: its reconstructed text units, truth and rules-alone report (only the allowed sets)."""
    sets = set(check_sets(sets)) if sets is not None else set(ALLOWED_SETS)
    groups: dict[tuple, dict[tuple, list[str]]] = defaultdict(dict)
    with (seen / "sentences.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            if int(r["set"]) not in ALLOWED_SETS:
                raise SystemExit(f"sentences.jsonl holds set {r['set']}: refusing (only sets 1-53 may be read)")
            if int(r["set"]) not in sets:
                continue
            groups[(r["set"], r["persona"])].setdefault((r["url"], r["kind"], r.get("field") or ""), []).append(r["text"])
    out = []
    with (seen / "reports.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            rep = json.loads(line)
            if int(rep["set"]) not in ALLOWED_SETS:
                raise SystemExit(f"reports.jsonl holds set {rep['set']}: refusing (only sets 1-53 may be read)")
            key = (rep["set"], rep["persona"])
            if int(rep["set"]) not in sets or key not in groups:
                continue
            units = [SimpleNamespace(url=url, kind="profile_field" if kind == "profile_field" else kind, field=field,
                                     text=unit_text(passages), posted_at=None, profile="")
                     for (url, kind, field), passages in groups[key].items()]
            out.append({"set": rep["set"], "persona": rep["persona"], "units": units, "truth": rep["truth"],
                        "report": rep["report"]})
    return out


def unit_text(passages: list[str]) -> str:
    """A unit's text again from its passages: those that are no part of a longer one, in order."""
    keep = [p for p in passages if not any(p != q and p in q for q in passages)]
    return " ".join(dict.fromkeys(keep))


def _name_words(text: str) -> set[str]:
    import re
    return {w.lower() for w in re.findall(r"[A-Za-z][\w'-]*", text.split(" (")[0])}


def label_of(cand, facts: list[dict]) -> tuple[str, dict | None]:
    """The role of the ground-truth person fact naming the candidate (family first, then colleague, associate)."""
    from footprint.analysis.link.roles import NONE

    best = None
    for f in facts:
        if f["category"] not in ("family", "associate", "colleague"):
            continue
        words = set().union(*[_name_words(k) for k in f.get("keys", [])], _name_words(f.get("value", "")))
        if cand.first in words and (not cand.last or cand.last in words):
            if best is None or ["family", "colleague", "associate"].index(f["category"]) < \
                    ["family", "colleague", "associate"].index(best["category"]):
                best = f
    return (best["category"], best) if best else (NONE, None)


def known_by_rules(report: list[dict]) -> list[tuple[str, ...]]:
    """The people the rules-alone report already gives a role (as the scan-time component skips them)."""
    from footprint.analysis.link.linking import RELATION_WORDS, STOPWORDS, _tokens

    return [t for f in report if f["category"] in ("family", "associate", "colleague", "personal_contact")
            for t in [_tokens(f["value"].split(" (")[0], STOPWORDS | RELATION_WORDS)] if t]


def people_rows(personas: list[dict]) -> list[dict]:
    """One row per candidate person: the candidate, its label, and whether the rules already know them."""
    from footprint.analysis.detect.detectors.context import SubjectNames
    from footprint.analysis.link import people
    from footprint.analysis.link.linking import names_compatible
    from footprint.analysis.link.role_candidates import candidates
    from footprint.analysis.evaluation import _matches_fact

    index = people.PeopleIndex()
    rows = []
    for p in personas:
        subj = p["truth"]["subject"]
        units = [u for u in p["units"] if u.text.strip()]
        known = known_by_rules(p["report"])
        facts = p["truth"].get("facts", [])
        missed = [f for f in facts if f["category"] in ("family", "associate", "colleague")
                  and not any(_matches_fact(r, f, set(f.get("urls", []))) for r in p["report"])]
        for c in candidates(units, SubjectNames(subj["name"], subj.get("aliases", [])), index.pet_names(units)):
            if not c.mentions:
                continue
            lab, fact = label_of(c, facts)
            rows.append({"set": p["set"], "persona": p["persona"], "cand": c, "label": lab,
                         "fact": fact["value"] if fact else "",
                         "known": any(names_compatible(k, c.tokens) for k in known),
                         "facts": facts, "missed": missed})
    return rows


def addable(row: dict, role: str) -> bool:
    """Whether the scan-time component would add the row's person in the role (unknown to the rules, may_add)."""
    from footprint.analysis.link.roles import may_add
    return not row["known"] and may_add(row["cand"], role)


def added_finding(row: dict, cat: str) -> dict:
    """The finding the scan-time component would add for the row's person, as the evaluator reads findings."""
    c = row["cand"]
    return {"category": cat, "value": f"{c.name} ({cat})",
            "evidence": [{"url": m.url, "excerpt": m.sentence} for m in c.mentions]}


def right(row: dict, cat: str) -> bool:
    from footprint.analysis.evaluation import _matches_fact
    f = added_finding(row, cat)
    return any(_matches_fact(f, fact, set(fact.get("urls", []))) for fact in row["facts"] if fact["category"] == cat)


def features(rows: list[dict], cache: Path = SEEN / "roles_vectors.npz"):
    """(texts, mean vectors, counts) of the rows' people; the sentence vectors are cached by text."""
    from footprint.analysis.link.roles import counts, mean_vectors, mention_texts, person_text

    texts = [person_text(r["cand"]) for r in rows]
    need = sorted({t for r in rows for t in mention_texts(r["cand"])})
    known: dict[str, np.ndarray] = {}
    if cache.exists():
        with np.load(cache, allow_pickle=False) as z:
            known = dict(zip((str(t) for t in z["texts"]), z["vecs"]))
    todo = [t for t in need if t not in known]
    if todo:
        from footprint.analysis.detect import embed
        print(f"embedding {len(todo)} sentences", flush=True)
        vecs = embed.encoder().encode(todo)
        known.update(zip(todo, vecs))
        keys = sorted(known)
        np.savez(cache, texts=np.array(keys), vecs=np.vstack([known[k] for k in keys]).astype(np.float32))
    vecs = mean_vectors([r["cand"] for r in rows], encode=lambda ts: np.vstack([known[t] for t in ts]))
    cnts = np.vstack([counts(r["cand"]) for r in rows])
    return texts, vecs, cnts


def fit(texts, vecs, cnts, labels, c: float, word_weight: float):
    """(tf-idf vectorizer, fitted multinomial logistic regression) over [vector | w * tf-idf | counts]."""
    import scipy.sparse as sp
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    tf = TfidfVectorizer(ngram_range=(1, 2), min_df=3, sublinear_tf=True).fit(texts)
    x = sp.hstack([sp.csr_matrix(vecs), tf.transform(texts) * word_weight, sp.csr_matrix(cnts)]).tocsr()
    lr = LogisticRegression(C=c, tol=1e-6, max_iter=5000, class_weight=CLASS_WEIGHT).fit(x, np.asarray(labels))
    return tf, lr


def predict(tf, lr, texts, vecs, cnts, word_weight: float) -> np.ndarray:
    import scipy.sparse as sp
    x = sp.hstack([sp.csr_matrix(vecs), tf.transform(texts) * word_weight, sp.csr_matrix(cnts)]).tocsr()
    return lr.predict_proba(x)


def cross_validate(rows, texts, vecs, cnts, c: float, word_weight: float) -> tuple[np.ndarray, list[str]]:
    """Out-of-fold probabilities (rows, classes), folds by set number."""
    labels = [r["label"] for r in rows]
    fold = np.array([int(r["set"]) % FOLDS for r in rows])
    classes = sorted(set(labels))
    out = np.zeros((len(rows), len(classes)))
    for k in range(FOLDS):
        tr, te = np.flatnonzero(fold != k), np.flatnonzero(fold == k)
        tf, lr = fit([texts[i] for i in tr], vecs[tr], cnts[tr], [labels[i] for i in tr], c, word_weight)
        p = predict(tf, lr, [texts[i] for i in te], vecs[te], cnts[te], word_weight)
        for j, cl in enumerate(lr.classes_):
            out[te, classes.index(cl)] = p[:, j]
    return out, classes


def choose_thresholds(rows, probs, classes, within=None) -> tuple[dict[str, float], dict]:
    """Per role, the lowest threshold whose added readings are right at least TARGET of the time; and the report.
    `within`: only these row indices choose (the nested estimate: thresholds chosen without the fold judged)."""
    from footprint.analysis.link.roles import ROLES

    arg = probs.argmax(axis=1)
    thresholds, report = {}, {}
    pool = range(len(rows)) if within is None else within
    for role in ROLES:
        j = classes.index(role)
        cand = [(probs[i, j], right(rows[i], role), rows[i]) for i in pool
                if arg[i] == j and addable(rows[i], role)]
        chosen = 2.0
        for t in GRID:
            sel = [x for x in cand if x[0] >= t]
            if len(sel) >= MIN_ADDED and sum(x[1] for x in sel) / len(sel) >= TARGET:
                chosen = t
                break
        thresholds[role] = chosen
        if within is None:
            report[role] = summary(rows, probs, classes, role, chosen)
    return thresholds, report


def nested(rows, probs, classes) -> dict:
    """Added precision with each fold's thresholds chosen on the other folds' readings only (no fold judges the
    threshold it is judged at): how far choosing on the same readings flatters the pooled numbers."""
    from footprint.analysis.link.roles import ROLES

    fold = np.array([int(r["set"]) % FOLDS for r in rows])
    arg = probs.argmax(axis=1)
    tot = {r: [0, 0] for r in ROLES}
    for k in range(FOLDS):
        th, _ = choose_thresholds(rows, probs, classes, within=np.flatnonzero(fold != k))
        for role in ROLES:
            j = classes.index(role)
            for i in np.flatnonzero(fold == k):
                if arg[i] == j and probs[i, j] >= th[role] and addable(rows[i], role):
                    tot[role][0] += 1
                    tot[role][1] += right(rows[i], role)
    return {r: {"added": a, "right": b, "precision": round(b / a, 3) if a else None} for r, (a, b) in tot.items()}


def summary(rows, probs, classes, role: str, t: float) -> dict:
    """What the model adds for a role at threshold t: added findings, right ones, and missed facts it finds."""
    j = classes.index(role)
    arg = probs.argmax(axis=1)
    sel = [i for i in range(len(rows)) if arg[i] == j and probs[i, j] >= t and addable(rows[i], role)]
    ok = [i for i in sel if right(rows[i], role)]
    missed = {(r["set"], r["persona"], f["value"]) for r in rows for f in r["missed"] if f["category"] == role}
    found = set()
    for i in ok:
        f = added_finding(rows[i], role)
        from footprint.analysis.evaluation import _matches_fact
        for fact in rows[i]["missed"]:
            if fact["category"] == role and _matches_fact(f, fact, set(fact.get("urls", []))):
                found.add((rows[i]["set"], rows[i]["persona"], fact["value"]))
    return {"threshold": t, "added": len(sel), "right": len(ok),
            "precision": round(len(ok) / len(sel), 3) if sel else None,
            "missed_by_rules": len(missed), "missed_found": len(found),
            "recall_of_missed": round(len(found) / len(missed), 3) if missed else None,
            "wrong": [f"{rows[i]['set']}/{rows[i]['persona']}: {rows[i]['cand'].name} (truth {rows[i]['label']}) "
                      f"p={probs[i, j]:.2f}" for i in sel if i not in ok][:12]}


def write_model(rows, texts, vecs, cnts, c: float, word_weight: float, thresholds: dict, path: Path) -> None:
    from footprint.analysis.link.roles import MODEL, NONE  # noqa: F401

    labels = [r["label"] for r in rows]
    tf, lr = fit(texts, vecs, cnts, labels, c, word_weight)
    dim, nv = vecs.shape[1], len(tf.vocabulary_)
    coef = lr.coef_
    vocab = sorted(tf.vocabulary_, key=tf.vocabulary_.__getitem__)
    rel = relation_fit(rows, texts, vecs, cnts, tf, c, word_weight)
    pos = [i for i, r in enumerate(rows) if r["label"] != NONE]
    norm = vecs[pos] / np.maximum(np.linalg.norm(vecs[pos], axis=1, keepdims=True), 1e-9)
    path.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(path, classes=np.array([str(k) for k in lr.classes_]),
                        coef_vec=coef[:, :dim].astype(np.float32), coef_words=coef[:, dim:dim + nv].astype(np.float32),
                        coef_counts=coef[:, dim + nv:].astype(np.float32), intercept=lr.intercept_.astype(np.float32),
                        vocab=np.array(vocab), idf=tf.idf_.astype(np.float32), word_weight=np.array(word_weight),
                        thresholds=np.array([thresholds.get(str(k), 2.0) for k in lr.classes_], dtype=np.float32),
                        example_name=np.array([rows[i]["fact"] or rows[i]["cand"].name for i in pos]),
                        example_cat=np.array([rows[i]["label"] for i in pos]), example_vec=norm.astype(np.float16),
                        c=np.array(c), **rel)


def relation_fit(rows, texts, vecs, cnts, tf, c: float, word_weight: float) -> dict:
    """The secondary target: the relation group of each family member (the fact value's word, relations.toml),
    fitted over the same features on the family rows; {} when fewer than two groups are seen."""
    import scipy.sparse as sp
    from sklearn.linear_model import LogisticRegression

    from footprint.analysis.link.roles import relation_group

    fam = [i for i, r in enumerate(rows) if r["label"] == "family"]
    y = [relation_group(rows[i]["fact"]) for i in fam]
    if len(set(y)) < 2:
        return {}
    x = sp.hstack([sp.csr_matrix(vecs[fam]), tf.transform([texts[i] for i in fam]) * word_weight,
                   sp.csr_matrix(cnts[fam])]).tocsr()
    lr = LogisticRegression(C=c, tol=1e-6, max_iter=5000).fit(x, np.asarray(y))
    coef, intercept = lr.coef_, lr.intercept_
    if coef.shape[0] == 1:
        coef, intercept = np.vstack([-coef / 2, coef / 2]), np.concatenate([-intercept / 2, intercept / 2])
    dim, nv = vecs.shape[1], len(tf.vocabulary_)
    return {"rel_classes": np.array([str(k) for k in lr.classes_]), "rel_coef_vec": coef[:, :dim].astype(np.float32),
            "rel_coef_words": coef[:, dim:dim + nv].astype(np.float32),
            "rel_coef_counts": coef[:, dim + nv:].astype(np.float32), "rel_intercept": intercept.astype(np.float32)}


def main() -> int:
    from footprint.analysis.link.roles import MODEL

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sets", type=int, nargs="*", default=sorted(ALLOWED_SETS))
    ap.add_argument("--seen", type=Path, default=SEEN)
    ap.add_argument("--c", type=float, nargs="*", default=[0.3])
    ap.add_argument("--word-weight", type=float, nargs="*", default=[2.0])
    ap.add_argument("--cv-only", action="store_true")
    ap.add_argument("--out", type=Path, default=MODEL)
    args = ap.parse_args()
    sets = check_sets(args.sets)
    personas = load_personas(args.seen, sets)
    rows = people_rows(personas)
    print(f"{len(personas)} personas, {len(rows)} candidate people: "
          + ", ".join(f"{k} {v}" for k, v in sorted(_count(r['label'] for r in rows).items())), flush=True)
    texts, vecs, cnts = features(rows)
    best = None
    for c in args.c:
        for w in args.word_weight:
            probs, classes = cross_validate(rows, texts, vecs, cnts, c, w)
            thresholds, report = choose_thresholds(rows, probs, classes)
            gain = sum(v["missed_found"] for v in report.values())
            print(json.dumps({"C": c, "word_weight": w, "thresholds": thresholds, "nested": nested(rows, probs, classes),
                              **{k: {x: y for x, y in v.items() if x != "wrong"} for k, v in report.items()}}), flush=True)
            if best is None or gain > best[0]:
                best = (gain, c, w, thresholds, report, nested(rows, probs, classes))
    gain, c, w, thresholds, report, nest = best
    out = SEEN / "roles_cv.json"
    out.write_text(json.dumps({"C": c, "word_weight": w, "thresholds": thresholds, "report": report,
                               "nested": nest}, indent=1))
    print(f"chosen C={c} word_weight={w}: {thresholds} -> {out}")
    if not args.cv_only:
        write_model(rows, texts, vecs, cnts, c, w, thresholds, args.out)
        print(f"model -> {args.out}")
    return 0


def _count(xs) -> dict:
    out: dict = defaultdict(int)
    for x in xs:
        out[x] += 1
    return out


if __name__ == "__main__":
    raise SystemExit(main())

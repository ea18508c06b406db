"""Round 20 (r20learn): the fourth history and the resumable build of the seen sets' training data.

1. benchmarks/history/r20start_sets50-53.jsonl.gz holds round 19's final rules on sets 50-53 (read at the start of
   round 20), in the other histories' format, and train_backstop validates on it with a fit that never saw them.
2. seen_sentences --parts claims one set at a time (so several runs share the work) and --merge joins the folders in
   set order, refusing while any is missing.
"""
from __future__ import annotations

import gzip
import json
import os
import sys
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[1]
HISTORY = ROOT / "benchmarks" / "history" / "r20start_sets50-53.jsonl.gz"


@pytest.fixture
def bench(monkeypatch):
    monkeypatch.syspath_prepend(str(ROOT / "benchmarks"))
    import seen_sentences
    import train_backstop
    return seen_sentences, train_backstop


def test_the_fourth_history_is_round_19s_rules_on_sets_50_to_53():
    with gzip.open(HISTORY, "rt", encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    assert {r["set"] for r in rows} == {50, 51, 52, 53}
    assert len(rows) == 52 and len({(r["set"], r["persona"]) for r in rows}) == 52
    for r in rows:
        assert set(r) == {"set", "persona", "truth", "report"}
        assert all(e["url"].startswith("{{BASE}}") for f in r["report"] for e in f["evidence"])


@pytest.mark.parametrize("history, later", [
    ("r15start_sets30-35", "r15"), ("r17start_sets36-41", "r17"), ("r18start_sets42-45", "r18"),
    ("r20start_sets50-53", "r20"),
])
def test_every_history_is_validated_and_keeps_its_own_rows_out(bench, history, later):
    _, train_backstop = bench
    assert ROOT / "benchmarks" / "history" / f"{history}.jsonl.gz" in train_backstop.HISTORIES
    assert train_backstop.WRITTEN_FROM[history] == (later,)


def test_the_history_sets_are_seen_and_nothing_later(bench):
    seen_sentences, _ = bench
    assert {50, 51, 52, 53} <= set(seen_sentences.SEEN_SETS)
    assert max(seen_sentences.SEEN_SETS) == 53


def _fake_part(folder: Path, s: int, n: int) -> None:
    folder.mkdir(parents=True)
    (folder / "sentences.jsonl").write_text("".join(json.dumps({"set": s, "text": f"t{s}.{i}"}) + "\n"
                                                    for i in range(n)), encoding="utf-8")
    (folder / "reports.jsonl").write_text(json.dumps({"set": s, "persona": f"p{s}"}) + "\n", encoding="utf-8")
    np.save(folder / "vectors.npy", np.full((n, 3), s, dtype=np.float16))


def test_merge_joins_the_parts_in_set_order(bench, tmp_path, monkeypatch):
    seen_sentences, _ = bench
    monkeypatch.setattr(seen_sentences, "OUT", tmp_path)
    monkeypatch.setattr(seen_sentences, "PARTS", tmp_path / "parts")
    for s, n in ((3, 2), (1, 1), (2, 3)):
        _fake_part(tmp_path / "parts" / str(s), s, n)
    with pytest.raises(SystemExit, match="not built yet"):          # the development rows are missing
        seen_sentences.merge_parts([1, 2, 3])
    (tmp_path / "parts" / "dev").mkdir()
    (tmp_path / "parts" / "dev" / "devrows.jsonl").write_text("{}\n", encoding="utf-8")
    assert seen_sentences.merge_parts([1, 2, 3]) == 0
    sets = [json.loads(line)["set"] for line in (tmp_path / "sentences.jsonl").read_text().splitlines()]
    assert sets == [1, 2, 2, 2, 3, 3]
    assert np.load(tmp_path / "vectors.npy")[:, 0].tolist() == sets
    assert (tmp_path / "devrows.jsonl").exists()


def test_parts_skip_a_claimed_set(bench, tmp_path, monkeypatch):
    seen_sentences, _ = bench
    monkeypatch.setattr(seen_sentences, "PARTS", tmp_path / "parts")
    (tmp_path / "parts" / "2.claim").mkdir(parents=True)            # another run has it
    built = []

    def fake_build(out, sets, devset, vectors):
        built.append("dev" if devset else sets[0])
        out.mkdir()
        return 0

    monkeypatch.setattr(seen_sentences, "build", fake_build)
    seen_sentences.build_parts([1, 2, 3], vectors=False)
    assert built == [1, 3, "dev"]
    assert sorted(p.name for p in (tmp_path / "parts").iterdir() if not p.name.endswith(".claim")) == ["1", "3", "dev"]
    seen_sentences.build_parts([1, 2, 3], vectors=False)            # a rerun finds everything claimed
    assert built == [1, 3, "dev"]


def test_training_still_refuses_unread_sets(bench, monkeypatch):
    from footprint.analysis.detect.backstop import OFF_ENV

    seen_sentences, _ = bench
    monkeypatch.setenv(OFF_ENV, "")                # recorded before main() sets it: teardown leaves it as found
    for flag in ("--parts", "--merge"):
        monkeypatch.setattr(sys, "argv", ["seen_sentences.py", flag, "--sets", "54"])
        with pytest.raises(SystemExit, match="honest tests"):
            seen_sentences.main()
    assert os.environ.get(OFF_ENV) == "off"          # main() turned the backstop off for its own run


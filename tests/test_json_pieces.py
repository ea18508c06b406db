"""The stored analysis is streamed into the store (crawler/json_pieces.py, Store.save_analysis):
the pieces must join to exactly `json.dumps(value)`, and a saved report must read back the same,
saved again (shorter or longer) over an earlier one too."""
from __future__ import annotations

import json

import pytest

from footprint.crawler.consent import load_consent
from footprint.crawler.json_pieces import json_pieces
from footprint.crawler.store import Store

NESTED = {"schema_version": "1", "risk": {"score": 82.7, "band": "critical", "dimensions": {}},
          "findings": [{"id": "f1", "value": "Zoë (wife) 🏠", "evidence": [{"excerpt": "\"quoted\" \\ \u2028"}]}],
          "advice": [], "graph": {"directed": True, "nodes": [{"id": "subject", "kind": "subject"}], "edges": []}}


@pytest.mark.parametrize("value", [
    {}, [], "text", 3, 2.5, None, True,
    {"a": [], "b": {}, "c": [[], [{}]]},
    [[[[["deep"]]]]],
    {1: "int key", "b": 2},                       # non-string keys: json.dumps's own conversion
    {"nan": float("nan"), "inf": float("-inf")},
    NESTED,
])
@pytest.mark.parametrize("depth", [0, 1, 3, 6])
def test_pieces_join_to_json_dumps(value, depth):
    assert "".join(json_pieces(value, depth)) == json.dumps(value)


def test_resaved_analysis_reads_back_whatever_its_length(tmp_path, write_consent):
    consent = load_consent(write_consent(), allow_local=True)
    big = {**NESTED, "findings": NESTED["findings"] * 20_000}          # several MB: more than one write
    with Store(tmp_path / "fp.sqlite3") as s:
        scan = s.start_scan(consent)
        for report in (big, NESTED, big):
            s.save_analysis(scan, report)
            assert s.analysis(scan) == report

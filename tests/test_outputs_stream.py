"""Report files are streamed to disk in chunks (bounded memory at 50,000 posts) and are byte for byte
what rendering them whole gives."""
from __future__ import annotations

import json

import pytest

from footprint.analysis.report import outputs
from footprint.analysis.report.html import html_page
from report_samples import hostile_report, sample_report


@pytest.mark.parametrize("make", [sample_report, hostile_report])
@pytest.mark.parametrize("chunk", [1, 7, 4096, 1 << 20])
def test_streamed_files_equal_whole_renders(make, chunk, tmp_path, monkeypatch):
    monkeypatch.setattr(outputs, "CHUNK", chunk)
    report = make()
    paths = outputs.write_outputs(report, tmp_path, formats=("json", "html"))
    assert {p.name for p in paths} == {"report.json", "report.html"}
    assert (tmp_path / "report.json").read_bytes() == (json.dumps(report, indent=1, ensure_ascii=False) + "\n").encode()
    assert (tmp_path / "report.html").read_bytes() == html_page(report).encode("utf-8")


def test_encrypted_streamed_report_opens(tmp_path, monkeypatch):
    monkeypatch.setattr(outputs, "CHUNK", 64)
    report = sample_report()
    [path] = outputs.write_outputs(report, tmp_path, formats=("json",), passphrase="correct horse")
    assert json.loads(outputs.decrypt_file(path, "correct horse")) == report

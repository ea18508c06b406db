"""Reports: schema validation, inert HTML, redaction, CSV/Markdown/terminal safety, private files."""
from __future__ import annotations

import copy
import csv
import io
import json
import re
import stat
from html.parser import HTMLParser
from pathlib import Path

import lxml.html
import networkx as nx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rich.console import Console

from footprint.analysis.report.outputs import ReportDecryptError, decrypt_bytes, decrypt_file, encrypt_bytes, write_outputs
from footprint.analysis.report.redact import make_redactor, redact_report
from footprint.analysis.report.common import safe_url
from footprint.analysis.report.svg import graph_picture
from footprint.analysis.report.html import render_html
from footprint.analysis.report.text import csv_cell, findings_csv, md, print_summary, render_markdown
from footprint.analysis.report.schemas import ReportInvalid, load_schema, validate_report
from tests.conftest import SHARED_DATA
from tests.report_samples import SECRETS, hostile_report, sample_report

CONTRACT = SHARED_DATA.parent / "contract"
SCHEMA_DIR = Path(__file__).resolve().parents[1] / "data" / "schema"
ALLOWED_TAGS = {
    "html", "head", "body", "meta", "title", "style", "header", "main", "footer", "section", "div", "span",
    "h1", "h2", "h3", "p", "strong", "a", "ol", "ul", "li", "blockquote", "table", "thead", "tbody", "tr",
    "th", "td", "svg", "g", "line", "circle", "text", "rect", "polyline", "details", "summary",
}


class TagCollector(HTMLParser):
    """Every start tag with its attributes, as a browser's tokenizer sees them."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, attrs))

    handle_startendtag = handle_starttag


def tags_of(html: str):
    parser = TagCollector()
    parser.feed(html)
    parser.close()
    return parser.tags


# --- schema -------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["report.schema.json", "consent.schema.json"])
def test_vendored_schema_is_byte_identical_to_contract(name):
    if not CONTRACT.is_dir():
        pytest.skip("shared/contract not beside the checkout")
    assert (SCHEMA_DIR / name).read_bytes() == (CONTRACT / name).read_bytes()


@pytest.mark.parametrize("name,title", [("report", "footprint report"), ("consent.schema.json", None)])
def test_load_schema(name, title):
    schema = load_schema(name)
    assert schema["$schema"].endswith("2020-12/schema")
    if title:
        assert schema["title"] == title


def test_load_schema_unknown_name():
    with pytest.raises(KeyError):
        load_schema("nope")


def test_sample_and_contract_example_validate():
    validate_report(sample_report())
    validate_report(hostile_report())
    example = CONTRACT / "report.example.json"
    if example.exists():
        validate_report(json.loads(example.read_text()))


def _broken(path, value):
    r = sample_report()
    target = r
    for key in path[:-1]:
        target = target[key]
    if value is KeyError:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return r


@pytest.mark.parametrize("path,value,expect", [
    (["risk"], KeyError, "$: 'risk' is a required property"),
    (["risk", "band"], "extreme", "$.risk.band:"),
    (["risk", "score"], 101, "$.risk.score:"),
    (["findings", 0, "evidence"], [], "$.findings[0].evidence:"),
    (["findings", 2, "category"], "hobbies", "$.findings[2].category:"),
    (["advice", 0, "finding_ids"], [], "$.advice[0].finding_ids:"),
    (["consent", "sha256"], "not-a-hash", "$.consent.sha256:"),
    (["schema_version"], "2", "$.schema_version:"),
    (["risk", "dimensions", "leverage"], 1.5, "$.risk.dimensions.leverage:"),
])
def test_broken_report_raises_one_line(path, value, expect):
    with pytest.raises(ReportInvalid) as info:
        validate_report(_broken(path, value))
    message = str(info.value)
    assert message.startswith(expect)
    assert "\n" not in message


@pytest.mark.parametrize("bad", [None, [], "report", 3])
def test_non_dict_is_report_invalid(bad):
    with pytest.raises(ReportInvalid):
        validate_report(bad)


# --- HTML ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def hostile_html():
    return {False: render_html(hostile_report()), True: render_html(hostile_report(), redact=True)}


@pytest.fixture(scope="module")
def sample_html():
    return render_html(sample_report())


def check_no_script(html, doc, tags):
    assert not doc.xpath("//script") and all(t != "script" for t, _ in tags)
    assert "<script" not in html.lower()


def check_no_event_handlers(html, doc, tags):
    assert not [a for t, attrs in tags for a, _ in attrs if a.lower().startswith("on")]
    assert not [a for el in doc.iter() if isinstance(el.tag, str) for a in el.attrib if a.lower().startswith("on")]


def check_only_known_tags(html, doc, tags):
    assert {t for t, _ in tags} <= ALLOWED_TAGS


def check_hrefs_are_http_or_fragment(html, doc, tags):
    for tag, attrs in tags:
        for name, value in attrs:
            if name in ("href", "xlink:href", "action", "formaction"):
                assert tag == "a", (tag, name, value)
                assert value.startswith(("https://", "http://", "#")), value
            if tag == "a" and name == "rel":
                assert value == "noopener noreferrer nofollow"


def check_nothing_loaded(html, doc, tags):
    for tag, attrs in tags:
        names = {n for n, _ in attrs}
        assert not names & {"src", "srcset", "data", "poster", "background"}, (tag, names)
        assert tag not in ("img", "link", "iframe", "object", "embed", "base", "form", "image", "use")
    for tag, attrs in tags:
        if tag == "meta" and ("http-equiv", "refresh") in attrs:
            raise AssertionError("meta refresh")
    assert "url(" not in "".join(doc.xpath("//style/text()")) and "@import" not in html


def check_csp(html, doc, tags):
    metas = [dict(a) for t, a in tags if t == "meta" and dict(a).get("http-equiv", "").lower() == "content-security-policy"]
    assert len(metas) == 1
    csp = metas[0]["content"]
    assert "default-src 'none'" in csp and "img-src data:" in csp and "script-src" not in csp
    assert any(t == "meta" and dict(a).get("name") == "viewport" for t, a in tags)


def check_payload_shown_as_text(html, doc, tags):
    text = doc.text_content()
    assert "<script>" in text                  # shown, not run
    assert "javascript:" in text               # the bad link is visible as text


@pytest.mark.parametrize("redact", [False, True])
@pytest.mark.parametrize("check", [
    check_no_script, check_no_event_handlers, check_only_known_tags, check_hrefs_are_http_or_fragment,
    check_nothing_loaded, check_csp, check_payload_shown_as_text,
])
def test_hostile_report_html_is_inert(hostile_html, check, redact):
    html = hostile_html[redact]
    check(html, lxml.html.document_fromstring(html), tags_of(html))


@pytest.mark.parametrize("url,ok", [
    ("https://social.example/@morgane/1", True),
    ("HTTP://blog.example/a?b=c#d", True),
    ("javascript:alert(1)", False),
    ("JaVaScRiPt:alert(1)", False),
    (" https://social.example/", False),
    ("java\tscript:alert(1)", False),
    ("https://social.example/\nx", False),
    ("data:text/html,<script>alert(1)</script>", False),
    ("vbscript:msgbox(1)", False),
    ("//evil.example/x", False),
    ("/relative/path", False),
    ("https://", False),
    ("https:\\\\evil.example", False),
    ("", False),
    (None, False),
])
def test_safe_url(url, ok):
    assert (safe_url(url) is not None) is ok


def test_sample_html_has_every_section_in_order(sample_html):
    doc = lxml.html.document_fromstring(sample_html)
    ids = [s.get("id") for s in doc.xpath("//section")]
    assert ids == ["plan", "risk", "advice", "profiles", "findings", "geotags", "graph"]
    assert len(doc.xpath("//section[@id='plan']//ol[contains(@class,'plan')]/li")) == 3
    assert len(doc.xpath("//section[@id='plan']//svg[@class='stepchart']//rect[title]")) == 4
    assert doc.xpath("//section[@id='advice']/details")              # per-action advice folded below the plan
    assert len(doc.xpath("//div[@class='dims']/div[@class='bar']")) == 6
    assert len(doc.xpath("//ol[@class='advice']/li")) == 8
    assert len(doc.xpath("//div[@class='finding']")) == 14
    assert len(doc.xpath("//section[@id='geotags']//tbody/tr")) == 3
    assert len(doc.xpath("//svg//circle")) == 19


def test_advice_links_point_at_findings(sample_html):
    doc = lxml.html.document_fromstring(sample_html)
    targets = {el.get("id") for el in doc.xpath("//*[@id]")}
    fragments = [a.get("href")[1:] for a in doc.xpath("//a[starts-with(@href, '#')]")]
    assert fragments and set(fragments) <= targets


@pytest.mark.parametrize("score,band,colour", [(10.0, "low", "#2e7d32"), (82.0, "critical", "#b71c1c")])
def test_band_is_coloured(score, band, colour):
    r = sample_report()
    r["risk"]["score"], r["risk"]["band"] = score, band
    doc = lxml.html.document_fromstring(render_html(r))
    chip = doc.xpath("//span[contains(@class, 'band')]")[0]
    assert chip.text_content() == band and colour in chip.get("style")


def _big_graph(n, links_key="edges", int_ids=False):
    G = nx.barabasi_albert_graph(n, 2, seed=3) if n > 2 else nx.path_graph(n)
    data = nx.node_link_data(G, edges=links_key)
    for node in data["nodes"]:
        node["kind"] = "subject" if node["id"] == 0 else "person"
        if not int_ids:
            node["label"] = f"person {node['id']}"
    return data


@pytest.mark.parametrize("n,links_key,shown,omitted", [
    (400, "edges", 150, 250),
    (30, "links", 30, 0),
    (1, "edges", 1, 0),
])
def test_graph_is_capped_and_reads_both_edge_keys(n, links_key, shown, omitted):
    pic = graph_picture(_big_graph(n, links_key, int_ids=True), 150)
    assert (pic.shown, pic.omitted) == (shown, omitted)
    assert pic.svg.count("<circle") == shown
    if n > 1:
        assert pic.svg.count("<line") > 0


def test_graph_omitted_nodes_are_mentioned():
    r = sample_report()
    r["graph"] = _big_graph(400)
    doc = lxml.html.document_fromstring(render_html(r))
    assert "250 more nodes not drawn" in doc.xpath("//section[@id='graph']")[0].text_content()


def test_empty_graph_says_so():
    r = sample_report()
    r["graph"] = {"nodes": [], "edges": []}
    assert "No entity graph in this report." in render_html(r)


def test_graph_layout_is_deterministic():
    assert graph_picture(sample_report()["graph"]).svg == graph_picture(sample_report()["graph"]).svg


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(value=st.text(min_size=1, max_size=60), url=st.text(max_size=40))
def test_any_scraped_text_stays_text(value, url):
    r = sample_report()
    r["findings"][0]["value"] = value
    r["findings"][0]["evidence"][0]["excerpt"] = value
    r["findings"][0]["evidence"][0]["url"] = url
    r["graph"]["nodes"][1]["label"] = value
    r["graph"] = {"nodes": r["graph"]["nodes"][:3], "edges": r["graph"]["edges"][:2]}
    html = render_html(r)
    tags = tags_of(html)
    assert {t for t, _ in tags} <= ALLOWED_TAGS
    assert not [a for _, attrs in tags for a, _ in attrs if a.startswith("on")]


# --- redaction ----------------------------------------------------------------------------


def _leaks(text: str) -> list[str]:
    return [s for s in SECRETS if re.search(rf"(?<![^\W_]){re.escape(s)}(?![^\W_])", text, re.IGNORECASE)]


@pytest.fixture(scope="module")
def redacted_files(tmp_path_factory):
    out = tmp_path_factory.mktemp("redacted") / "reports"
    paths = write_outputs(sample_report(), out, formats=("json", "html", "md", "csv"), redact=True)
    return {p.name: p.read_text("utf-8") for p in paths}


def test_unredacted_outputs_do_contain_the_secrets(tmp_path):
    # The leak check below must be able to fail: without redaction it finds them.
    paths = write_outputs(sample_report(), tmp_path / "plain", formats=("json", "html", "md", "csv"))
    for p in paths:
        assert _leaks(p.read_text("utf-8")), p.name


@pytest.mark.parametrize("name", ["report.json", "report.html", "report.md", "findings.csv"])
def test_redaction_removes_names_emails_phones_coordinates(redacted_files, name):
    assert _leaks(redacted_files[name]) == []


@pytest.mark.parametrize("name,kept", [
    ("report.json", ["M. E.", "T. (wife)", "L. E. (son, Riverside Example Primary)", "m***@example.com",
                     "m***@abf.gov.au", "***156", "***234", "-33.82, 151.00", "Australian Border Force"]),
    ("report.html", ["REDACTED", "T. (wife)", "D. R. (ABF colleague)", "***156", "critical"]),
    ("report.md", ["K. B. (friend)", "m\\*\\*\\*@example.com", "**Score: 82/100"]),
    ("findings.csv", ["T. (wife)", "***156", "'-33.82, 151.00 (Parramatta NSW)"]),
])
def test_redaction_keeps_what_teaches(redacted_files, name, kept):
    for text in kept:
        assert text in redacted_files[name], text


def test_redacted_json_keeps_scores_categories_and_graph_shape(redacted_files):
    original, redacted = sample_report(), json.loads(redacted_files["report.json"])
    validate_report(redacted)
    assert redacted["risk"] == {**original["risk"], "summary": redacted["risk"]["summary"]}
    assert [f["category"] for f in redacted["findings"]] == [f["category"] for f in original["findings"]]
    assert [f["contribution"] for f in redacted["findings"]] == [f["contribution"] for f in original["findings"]]
    ids = {n["id"] for n in redacted["graph"]["nodes"]}
    assert len(ids) == len(original["graph"]["nodes"])
    assert all(e["source"] in ids and e["target"] in ids for e in redacted["graph"]["edges"])
    lat = next(n["lat"] for n in redacted["graph"]["nodes"] if "lat" in n)
    assert lat == round(lat, 2)


def test_redact_report_is_a_copy_and_idempotent():
    r = sample_report()
    before = copy.deepcopy(r)
    once = redact_report(r)
    assert r == before
    assert redact_report(once) == once


def test_redaction_keeps_graph_ids_distinct():
    r = sample_report()
    r["findings"].append({**r["findings"][6], "id": "f15", "value": "Tara (sister)"})
    r["graph"]["nodes"].append({"id": "person:Tara", "kind": "family"})
    r["graph"]["edges"].append({"source": "subject", "target": "person:Tara"})
    nodes = redact_report(r)["graph"]["nodes"]
    ids = [n["id"] for n in nodes]
    assert "person:T." in ids and "person:T.#2" in ids and len(set(ids)) == len(ids)


@pytest.mark.parametrize("text,expected", [
    ("call me on 0491 570 156 tonight", "call me on ***156 tonight"),
    ("+61 491 570 157", "***157"),
    ("desk (02) 5550 1234", "desk ***234"),
    ("mail morgan.ellery@example.com now", "mail m***@example.com now"),
    ("GPS -33.8150, 151.0030", "GPS -33.81, 151.00"),
    ("33° 49' 1.2\" S, 151° 0' 10.8\" E", "-33.82, 151.00"),
    ("Morgan and tessa went out", "M. and T. went out"),
    # decoys: not phones, not coordinates, not names
    ("posted 2026-04-05T11:20:00Z", "posted 2026-04-05T11:20:00Z"),
    ("https://social.example/@morgane/109553322114455667", "https://social.example/@morgane/109553322114455667"),
    ("version 3.8.0 at 10.0.0.1", "version 3.8.0 at 10.0.0.1"),
    ("$800 on the punting", "$800 on the punting"),
    ("Tessellate the morganite", "Tessellate the morganite"),
])
def test_redactor_primitives(text, expected):
    assert make_redactor(["Morgan", "Tessa"])(text) == expected


# --- Markdown, CSV, terminal ---------------------------------------------------------------


def test_markdown_plan_then_advice_before_findings():
    text = render_markdown(sample_report())
    heads = [line for line in text.splitlines() if line.startswith("## ")]
    assert heads[0] == "## Your plan: what to do first"
    assert heads.index("## Every action on its own") < heads.index("## Findings")
    assert "Score after: **61**" in text and "step 3" in text
    assert text.index("1. **Remove posts") < text.index("8. **Do not name")


@pytest.mark.parametrize("payload,forbidden", [
    ("[click](javascript:alert(1))", "](javascript"),
    ("<script>alert(1)</script>", "<script"),
    ("![x](https://evil.example/p.png)", "!["),
    ("# Heading injection", "\n# Heading"),
    ("line one\n## Findings\nfake", "\n## Findings\nfake"),
    ("| a | b |", "| a | b |"),
])
def test_markdown_escapes_scraped_text(payload, forbidden):
    r = sample_report()
    r["findings"][0]["value"] = payload
    r["findings"][0]["evidence"][0]["excerpt"] = payload
    r["advice"][0]["action"] = payload
    assert forbidden not in re.sub(r"\\<", "", render_markdown(r))     # an escaped \< is text, never a tag


@pytest.mark.parametrize("text,shown", [
    ("Settings > Privacy & Security > Location Services", "Settings > Privacy \\& Security > Location Services"),
    ("a <b> c", "a \\<b> c"),
    ("> quoted", "\\> quoted"),
])
def test_markdown_has_no_html_entities(text, shown):
    r = sample_report()
    r["advice"][0]["how"] = text
    out = render_markdown(r)
    assert shown in out
    assert not re.search(r"&(gt|lt|amp|quot|#\d+);", out)


@pytest.mark.parametrize("text,expected", [
    ("a*b_c", r"a\*b\_c"),
    ("- item", r"\- item"),
    ("12. x", r"12\. x"),
    ("x\ny", "x y"),
])
def test_md_escape(text, expected):
    assert md(text) == expected


@pytest.mark.parametrize("value", ["=HYPERLINK(\"https://evil.example\",\"x\")", "+1+cmd|' /C calc'!A0",
                                   "-2+3", "@SUM(A1:A2)", "\t=1+1", "\r=1+1"])
def test_csv_formula_injection_is_guarded(value):
    r = sample_report()
    r["findings"][0]["value"] = value
    r["findings"][0]["explanation"] = value
    r["findings"][0]["evidence"][0]["url"] = value
    rows = list(csv.DictReader(io.StringIO(findings_csv(r))))
    row = rows[0]
    for field in ("value", "explanation", "first_evidence_url"):
        assert row[field].startswith("'") and row[field][1:] == value.lstrip("\r")  # \r is dropped as a control


def test_csv_has_one_row_per_finding():
    rows = list(csv.DictReader(io.StringIO(findings_csv(sample_report()))))
    assert len(rows) == 14
    assert rows[0] == {
        "id": "f1", "category": "employer", "value": "Australian Border Force", "severity": "high",
        "confidence": "0.95", "contribution": "14.0", "evidence_count": "3",
        "first_evidence_url": "https://social.example/@morgane/109553322114455667",
        "explanation": "OrgAliasRecognizer: alias 'ABF' with role word 'officer'",
    }


@pytest.mark.parametrize("value,expected", [("plain", "plain"), ("=1", "'=1"), ("", ""), (0.5, "0.5")])
def test_csv_cell(value, expected):
    assert csv_cell(value) == expected


def test_print_summary_content():
    console = Console(record=True, width=120, file=io.StringIO())
    print_summary(sample_report(), console)
    text = console.export_text()
    for part in ("82/100", "CRITICAL", "Identifiability", "Your plan: what to do first", "On Mastodon, remove",
                 "61", "moderate", "18.2", "Findings by category", "Family", "blocked_by_robots"):
        assert part in text, part
    assert text.index("Your plan") < text.index("Findings by category")
    assert "Do not name colleagues" not in text  # the plan, not the advice list


def test_print_summary_without_a_plan_shows_top_advice():
    r = sample_report()
    del r["plan"]
    console = Console(record=True, width=120, file=io.StringIO())
    print_summary(r, console)
    text = console.export_text()
    assert "Top advice" in text and "Remove posts and profile text" in text
    assert "Do not name colleagues" not in text  # only the top 5 advice


@pytest.mark.parametrize("payload", [
    "[bold red]PWNED[/bold red]",
    "[link=https://evil.example]click[/link]",
    "[/]",
    "\x1b[2J\x1b]0;pwned\x07",
])
def test_print_summary_escapes_markup_and_controls(payload):
    r = sample_report()
    r["subject"]["name"] = payload
    r["advice"][0]["action"] = payload
    r["scan"]["profiles"][1]["detail"] = payload
    buf = io.StringIO()
    console = Console(file=buf, width=200, force_terminal=True, color_system="truecolor")
    print_summary(r, console)
    out = buf.getvalue()
    assert "\x1b]8;" not in out          # no OSC 8 hyperlink from [link=...]
    assert "\x1b[2J" not in out and "\x1b]0;" not in out
    plain = Console(record=True, width=200, file=io.StringIO())
    print_summary(r, plain)
    if payload.startswith("["):
        assert payload in plain.export_text()


# --- files on disk ------------------------------------------------------------------------


@pytest.mark.parametrize("formats,names", [
    (("json", "html"), ["report.json", "report.html"]),
    (("md", "csv"), ["report.md", "findings.csv"]),
    (("json", "html", "md", "csv"), ["report.json", "report.html", "report.md", "findings.csv"]),
])
def test_files_are_private_and_complete(tmp_path, formats, names):
    out = tmp_path / "new" / "dir"
    paths = write_outputs(sample_report(), out, formats=formats)
    assert [p.name for p in paths] == names
    assert stat.S_IMODE(out.stat().st_mode) == 0o700
    for p in paths:
        assert stat.S_IMODE(p.stat().st_mode) == 0o600
    assert sorted(x.name for x in out.iterdir()) == sorted(names)  # no temp files left
    if "report.json" in names:
        assert json.loads((out / "report.json").read_text()) == sample_report()


def test_existing_file_is_replaced_with_mode_0600(tmp_path):
    target = tmp_path / "report.json"
    target.write_text("old")
    target.chmod(0o644)
    write_outputs(sample_report(), tmp_path, formats=("json",))
    assert stat.S_IMODE(target.stat().st_mode) == 0o600 and target.read_text() != "old"


def test_invalid_report_writes_nothing(tmp_path):
    r = sample_report()
    r["risk"]["band"] = "extreme"
    with pytest.raises(ReportInvalid):
        write_outputs(r, tmp_path / "out")
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("kwargs", [{"formats": ("pdf",)}, {"passphrase": ""}])
def test_bad_arguments_raise_value_error(tmp_path, kwargs):
    with pytest.raises(ValueError):
        write_outputs(sample_report(), tmp_path, **kwargs)


@pytest.fixture(scope="module")
def encrypted(tmp_path_factory):
    out = tmp_path_factory.mktemp("enc")
    paths = write_outputs(sample_report(), out, formats=("json", "html", "md", "csv"), passphrase="correct horse 42")
    return paths


def test_encrypted_files_round_trip(encrypted):
    assert [p.name for p in encrypted] == ["report.json.enc", "report.html.enc", "report.md.enc", "findings.csv.enc"]
    for p in encrypted:
        raw = p.read_bytes()
        assert raw.startswith(b"FPRENC") and b"Morgan" not in raw and b"Ellery" not in raw
        assert stat.S_IMODE(p.stat().st_mode) == 0o600
    assert json.loads(decrypt_file(encrypted[0], "correct horse 42")) == sample_report()
    assert decrypt_file(encrypted[1], "correct horse 42").startswith(b"<!DOCTYPE html>")


def _flip(blob: bytes, index: int) -> bytes:
    b = bytearray(blob)
    b[index] ^= 0x01
    return bytes(b)


@pytest.mark.parametrize("mangle,passphrase,message", [
    (lambda b: b, "wrong horse 42", "wrong passphrase"),
    (lambda b: _flip(b, len(b) - 1), "correct horse 42", "wrong passphrase"),    # tag
    (lambda b: _flip(b, 40), "correct horse 42", "wrong passphrase"),          # nonce (authenticated header)
    (lambda b: b"PLAIN" + b[5:], "correct horse 42", "bad header"),
    (lambda b: b[:20], "correct horse 42", "too short"),
    (lambda b: b[:6] + bytes([9]) + b[7:], "correct horse 42", "unsupported"),
    (lambda b: b[:7] + bytes([40]) + b[8:], "correct horse 42", "implausible"),
    (lambda b: b, "", "passphrase is needed"),
])
def test_decrypt_failures_are_clear(encrypted, tmp_path, mangle, passphrase, message):
    bad = tmp_path / "x.enc"
    bad.write_bytes(mangle(encrypted[0].read_bytes()))
    with pytest.raises(ReportDecryptError, match=message):
        decrypt_file(bad, passphrase)


def test_decrypt_missing_file(tmp_path):
    with pytest.raises(ReportDecryptError, match="cannot read"):
        decrypt_file(tmp_path / "missing.enc", "pw")


def test_encrypt_bytes_round_trip_uses_fresh_salt_and_nonce():
    a, b = encrypt_bytes(b"secret", "pw"), encrypt_bytes(b"secret", "pw")
    assert a != b and decrypt_bytes(a, "pw") == decrypt_bytes(b, "pw") == b"secret"


@pytest.mark.parametrize("redact,expected", [
    (False, [("f3", "-33.8150", "151.0030"), ("f4", "-33.8153", "151.0027"), ("f5", "-33.9399", "151.1753")]),
    (True, [("f3", "-33.81", "151.00"), ("f4", "-33.82", "151.00"), ("f5", "-33.94", "151.18")]),
])
def test_geotag_table_rows(redact, expected):
    doc = lxml.html.document_fromstring(render_html(sample_report(), redact=redact))
    rows = [[td.text_content() for td in tr.xpath("td")][:4] for tr in doc.xpath("//section[@id='geotags']//tbody/tr")]
    assert [(r[0], r[2], r[3]) for r in rows] == expected


@pytest.mark.parametrize("value,expected", [
    ("2026-03-02T08:11:00Z", "2026-03-02 08:11 UTC"),
    ("2026-11-25T10:00:00+00:00", "2026-11-25 10:00 UTC"),
    ("2026-11-25T20:00:00+10:00", "2026-11-25 20:00 +1000"),
    ("last Tuesday <b>", "last Tuesday <b>"),
])
def test_when(value, expected):
    from footprint.analysis.report.common import when
    assert when(value) == expected


@pytest.mark.parametrize("text,expected", [
    ("moved into 12 Tallowwood Close, Revesby NSW 2212", "moved into [street], Revesby NSW 2212"),
    ("Tallowwood Cl is quiet at night", "[street] is quiet at night"),
    ("Unit 4/22 King Street Newtown", "[street] Newtown"),
    ("coffee on George St. before shift", "coffee on [street] before shift"),
    ("Border Force officer at Sydney Airport", "Border Force officer at Sydney Airport"),
    ("My Dad drove us", "My Dad drove us"),
])
def test_redaction_masks_street_addresses(text, expected):
    from footprint.analysis.report.redact import make_redactor
    assert make_redactor([])(text) == expected

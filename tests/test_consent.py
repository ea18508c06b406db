"""The consent gate refuses every unusable record with exit 2, one line, before any request."""
from __future__ import annotations

import datetime as dt
import http.server
import threading

import pytest
from typer.testing import CliRunner

from footprint.cli.app import app
from footprint.crawler.consent import ConsentError, load_consent
from tests.conftest import TODAY, consent_toml

runner = CliRunner()


def test_valid_consent_loads(write_consent):
    consent = load_consent(write_consent())
    assert consent.subject == "Casey Morgan"
    assert consent.org.id == "dibp"
    assert len(consent.sha256) == 64
    assert consent.profiles[0].platform == "activitypub"
    assert consent.to_report()["purpose"] == "personal-report"


def test_sha256_is_of_the_file_bytes(write_consent):
    import hashlib
    path = write_consent()
    assert load_consent(path).sha256 == hashlib.sha256(path.read_bytes()).hexdigest()


def test_contract_example_is_accepted():
    from tests.conftest import FIXTURES
    example = FIXTURES / "contract" / "consent.example.toml"
    consent = load_consent(example, today=dt.date(2026, 12, 1))
    assert [p.url for p in consent.profiles][0] == "https://social.example/@alexc"


REFUSALS = [
    ("not valid toml", "[subject\nname = 1", "line 1"),
    ("required field missing", consent_toml().replace('given_by = "Casey Morgan"\n', ""), "given_by"),
    ("wrong type", consent_toml().replace('name = "Casey Morgan"', "name = 42"), "subject.name"),
    ("given by someone else", consent_toml(given_by="Sam Other"), "only the subject can consent"),
    ("expired", consent_toml(given_on=TODAY - dt.timedelta(days=100), expires_on=TODAY - dt.timedelta(days=1)),
     "expired"),
    ("dated in the future", consent_toml(given_on=TODAY + dt.timedelta(days=3)), "future"),
    ("no profiles", consent_toml(profiles=[]), "no profiles"),
    ("empty profiles list", "profiles = []\n" + consent_toml(profiles=[]), "no profiles"),
    ("ftp url", consent_toml(profiles=[{"url": "ftp://files.example/@me"}]), "http"),
    ("javascript url", consent_toml(profiles=[{"url": "javascript:alert(1)"}]), "http"),
    ("credentials in url", consent_toml(profiles=[{"url": "https://user:pw@social.example/@me"}]), "credentials"),
    ("unknown platform", consent_toml(profiles=[{"url": "https://a.example/", "platform": "gopher"}]), "platform"),
    ("unknown organisation", consent_toml(organisation="nosuchorg"), "unknown organisation profile"),
    ("clearance review without reviewer", consent_toml(purpose="clearance-review"), "reviewer"),
    ("bad purpose", consent_toml(purpose="curiosity"), "purpose"),
]


@pytest.mark.parametrize("case,text,expected", REFUSALS, ids=[r[0] for r in REFUSALS])
def test_refusals(write_consent, case, text, expected):
    path = write_consent(text)
    with pytest.raises(ConsentError) as err:
        load_consent(path)
    assert expected in str(err.value)
    assert "\n" not in str(err.value)


@pytest.mark.parametrize("url", [
    "http://127.0.0.1:8080/@me", "http://localhost/@me", "http://[::1]/@me", "http://10.1.2.3/@me",
    "http://192.168.0.10/", "http://172.16.5.5/", "http://169.254.169.254/latest/meta-data/",
    "http://2130706433/", "http://0177.0.0.1/", "http://0x7f.0.0.1/", "http://224.0.0.1/", "http://0.0.0.0/",
    "http://[fe80::1]/", "http://[::ffff:127.0.0.1]/",
])
def test_non_public_hosts_refused_without_allow_local(write_consent, url):
    path = write_consent(profiles=[{"url": url}])
    with pytest.raises(ConsentError, match="allow-local"):
        load_consent(path)


def test_allow_local_permits_loopback(write_consent):
    path = write_consent(profiles=[{"url": "http://127.0.0.1:9/@me"}])
    assert load_consent(path, allow_local=True).profiles[0].url == "http://127.0.0.1:9/@me"


def test_missing_and_unreadable_files(tmp_path):
    with pytest.raises(ConsentError, match="not found"):
        load_consent(tmp_path / "nope.toml")
    with pytest.raises(ConsentError, match="cannot read"):
        load_consent(tmp_path)
    bad = tmp_path / "latin1.toml"
    bad.write_bytes(b"name = \"\xe9\"")
    with pytest.raises(ConsentError, match="UTF-8"):
        load_consent(bad)


class _CountingHandler(http.server.BaseHTTPRequestHandler):
    hits = 0

    def do_GET(self):  # noqa: N802
        type(self).hits += 1
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def counting_server():
    _CountingHandler.hits = 0
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _CountingHandler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server
    server.shutdown()
    server.server_close()


@pytest.mark.parametrize("command", ["crawl", "scan"])
def test_cli_refuses_loopback_before_any_request(write_consent, counting_server, tmp_path, command):
    url = f"http://127.0.0.1:{counting_server.server_address[1]}/@me"
    path = write_consent(profiles=[{"url": url}])
    args = [command, str(path), "--db", str(tmp_path / "db.sqlite3")]
    if command == "scan":
        args += ["--out", str(tmp_path / "out")]
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert "allow-local" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.output + result.stderr
    assert _CountingHandler.hits == 0
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("text,expected", [
    ("[subject\n", "invalid TOML"),
    (consent_toml(expires_on=TODAY - dt.timedelta(days=1), given_on=TODAY - dt.timedelta(days=9)), "expired"),
])
def test_cli_exit_2_one_line(write_consent, tmp_path, text, expected):
    result = runner.invoke(app, ["crawl", str(write_consent(text)), "--db", str(tmp_path / "db.sqlite3")])
    assert result.exit_code == 2
    assert expected in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


# -- limits (issue 10, rows 7-8): a hostile or careless consent is one line and exit 2 --------
def _many_profiles(n: int) -> str:
    return consent_toml([{"url": f"https://social.example/@user{i}"} for i in range(n)])


def _many_exports(n: int) -> str:
    return consent_toml() + "".join(f'\n[[exports]]\npath = "export{i}.zip"\n' for i in range(n))


LIMIT_CASES = [
    ("deep-array", lambda: consent_toml() + "\njunk = " + "[" * 5000 + "]" * 5000 + "\n", "nested"),
    ("deep-inline-table", lambda: consent_toml() + "\njunk = " + "{a = " * 3000 + "1" + "}" * 3000 + "\n", "nested"),
    ("moderately-deep", lambda: consent_toml() + "\njunk = " + "[" * 40 + "]" * 40 + "\n", "nested"),
    ("deep-dotted-key", lambda: consent_toml() + "\n" + ".".join(["k"] * 60) + " = 1\n", "nested"),
    ("too-big", lambda: consent_toml() + "\n# " + "x" * (2 * 1024 * 1024) + "\n", "larger than"),
    ("ten-thousand-profiles", lambda: _many_profiles(10_000), "larger than"),
    ("too-many-profiles", lambda: _many_profiles(1_000), "profiles"),
    ("too-many-exports", lambda: _many_exports(1_000), "exports"),
]


@pytest.mark.parametrize("case,make,expected", LIMIT_CASES, ids=[c[0] for c in LIMIT_CASES])
def test_consent_limits_are_one_line_exit_2(write_consent, tmp_path, case, make, expected):
    path = write_consent(make())
    with pytest.raises(ConsentError, match=expected):
        load_consent(path, resolve_hosts=False)
    result = runner.invoke(app, ["crawl", str(path), "--db", str(tmp_path / "db.sqlite3")])
    assert result.exit_code == 2, result.output + result.stderr
    assert expected in result.stderr and len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "RecursionError" not in result.stderr


def test_consent_at_the_profile_limit_is_accepted(write_consent):
    from footprint.crawler.consent import MAX_PROFILES
    consent = load_consent(write_consent(_many_profiles(MAX_PROFILES)), resolve_hosts=False)
    assert len(consent.profiles) == MAX_PROFILES

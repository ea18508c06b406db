"""The consent gate: no scan without a valid, current consent record from the subject.

Parses the TOML record, validates it against the contract's consent schema
(vendored in data/schema/), then applies the rules a schema cannot say:
the subject gave it, it is in force today, every profile is http(s) and public,
the organisation profile exists, every data download (`[[exports]]`) opens
safely (no traversal, zip bomb or escaping symlink). Any failure is one ConsentError with a
one-line reason, raised before anything is fetched.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import tomllib
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import jsonschema

from footprint.crawler.orgs import OrgError, OrgProfile, load_org

from footprint.crawler.consent_limits import MAX_CONSENT_BYTES, MAX_EXPORTS, MAX_PROFILES, check_shape, check_size  # noqa: F401 - re-exported
from footprint.crawler.exports.archive import ArchiveError, open_archive
from footprint.crawler.paths import DATA_DIR
from footprint.crawler.netguard import BlockedAddress, check_url
from footprint.crawler.spec import ScanSpec

SCHEMA_PATH = DATA_DIR / "schema" / "consent.schema.json"
PLATFORMS = ("activitypub", "bluesky", "feed", "html")


class ConsentError(ValueError):
    """The consent record cannot be used; the message is one line for the user."""


@dataclass(frozen=True)
class ConsentProfile:
    url: str
    platform: str | None = None


@dataclass(frozen=True)
class ConsentExport:
    """A data download the subject handed over: an absolute path, already checked by open_archive."""

    path: Path
    platform: str = "auto"
    private_location: bool = False


@dataclass(frozen=True)
class Consent:
    path: Path
    sha256: str
    subject: str
    aliases: tuple[str, ...]
    organisation: str
    org: OrgProfile
    given_by: str
    given_on: dt.date
    expires_on: dt.date
    purpose: str
    statement: str
    reviewer: str
    profiles: tuple[ConsentProfile, ...] = field(default_factory=tuple)
    exports: tuple[ConsentExport, ...] = field(default_factory=tuple)

    def spec(self) -> ScanSpec:
        """What the scan is asked to do, resolved once and stored with it."""
        return ScanSpec(subject=self.subject, aliases=self.aliases, organisation=self.organisation,
                        org_profile=self.org.content, org_sha256=self.org.sha256, purpose=self.purpose,
                        given_by=self.given_by, given_on=self.given_on.isoformat(),
                        expires_on=self.expires_on.isoformat(), consent_sha256=self.sha256,
                        consent_path=str(self.path), reviewer=self.reviewer,
                        profiles=tuple({"url": p.url, "platform": p.platform} for p in self.profiles),
                        exports=tuple({"path": str(e.path), "platform": e.platform, "private_location": e.private_location}
                                      for e in self.exports))

    def to_report(self) -> dict:
        """The report's `consent` block."""
        return {"sha256": self.sha256, "purpose": self.purpose,
                "given_on": self.given_on.isoformat(), "expires_on": self.expires_on.isoformat()}


def _norm_name(name: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", name).casefold().split())


def _jsonable(value):
    """TOML dates become ISO strings, as the contract's schema describes them."""
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_jsonable(v) for v in value]
    if isinstance(value, (dt.date, dt.datetime, dt.time)):
        return value.isoformat()
    return value


def _schema_error(err: jsonschema.ValidationError) -> str:
    where = ".".join(str(p) for p in err.absolute_path) or "record"
    if err.validator == "anyOf" and where == "record":
        return "the consent lists no profiles and no exports"
    if err.validator == "required":
        return f"missing required field: {err.message.split(chr(39))[1] if chr(39) in err.message else err.message} in [{where}]"
    if err.validator == "minItems" and where == "profiles":
        return "the consent lists no profiles"
    if err.validator == "pattern" and where.endswith(".url"):
        return f"{where}: URL must start with http:// or https:// (got {err.instance!r})"
    if err.validator == "format":
        return f"{where}: not a date: {err.instance!r}"
    return f"{where}: {err.message}"


def _as_date(value, name: str) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise ConsentError(f"consent.{name}: not a date: {value!r}") from None


def load_consent(path: str | Path, *, allow_local: bool = False, today: dt.date | None = None,
                 resolve_hosts: bool = True) -> Consent:
    """Read and check a consent record; raise ConsentError with a one-line reason."""
    path = Path(path)
    try:
        with path.open("rb") as fh:
            raw = fh.read(MAX_CONSENT_BYTES + 1)   # never more than the limit, even from /dev/zero
    except FileNotFoundError:
        raise ConsentError(f"consent file not found: {path}") from None
    except (IsADirectoryError, PermissionError, OSError) as exc:
        raise ConsentError(f"cannot read consent file {path}: {exc.strerror or exc}") from None
    if problem := check_size(raw, path):
        raise ConsentError(problem)
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise ConsentError(f"consent file {path} is not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConsentError(f"invalid TOML in {path}: {exc}") from None
    except RecursionError:  # the parser recurses per nesting level
        raise ConsentError(f"consent file {path} is nested too deeply: not a consent record") from None
    if problem := check_shape(data, path):
        raise ConsentError(problem)

    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    # Check and use the record as the schema sees it: a TOML date where a name belongs
    # ("name = 2000-01-01") is then the string the schema accepted, not a date object.
    data = _jsonable(data)
    errors = sorted(validator.iter_errors(data), key=lambda e: (len(e.absolute_path), str(e.absolute_path)))
    if errors:
        raise ConsentError(f"invalid consent record: {_schema_error(errors[0])}")

    subject, consent = data["subject"], data["consent"]
    if _norm_name(consent["given_by"]) != _norm_name(subject["name"]):
        raise ConsentError(f"consent was given by {consent['given_by']!r}, not by the subject "
                           f"{subject['name']!r}: only the subject can consent")
    given_on = _as_date(consent["given_on"], "given_on")
    expires_on = _as_date(consent["expires_on"], "expires_on")
    today = today or dt.date.today()
    if given_on > today:
        raise ConsentError(f"consent is dated in the future ({given_on.isoformat()})")
    if expires_on < today:
        raise ConsentError(f"consent expired on {expires_on.isoformat()}")
    if expires_on < given_on:
        raise ConsentError("consent expires before it was given")
    if consent["purpose"] == "clearance-review" and not consent.get("reviewer", "").strip():
        raise ConsentError("a clearance-review consent must name the reviewer")

    profiles = []
    for i, p in enumerate(data.get("profiles", [])):
        url = p["url"].strip()
        try:
            parts = urlsplit(url)
            parts.port  # noqa: B018 - a bad port raises here, not later in the crawl
        except ValueError as exc:  # "http://[::1/" (bad IPv6 literal), "http://h:99999/"
            raise ConsentError(f"profiles[{i}]: not a valid URL: {url!r} ({exc})") from None
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ConsentError(f"profiles[{i}]: not an http(s) URL with a host: {url!r}")
        if parts.username or parts.password:
            raise ConsentError(f"profiles[{i}]: URL must not carry user credentials: {url!r}")
        if resolve_hosts:
            try:
                check_url(url, allow_local)
            except BlockedAddress as exc:
                raise ConsentError(f"profiles[{i}]: {exc}") from None
            except LookupError:
                pass  # unreachable hosts are reported per profile by the crawl, not refused here
        profiles.append(ConsentProfile(url, p.get("platform")))

    exports = []
    for i, e in enumerate(data.get("exports", [])):
        export_path = (path.parent / e["path"]).resolve() if not Path(e["path"]).is_absolute() else Path(e["path"])
        try:
            open_archive(export_path).close()  # every safety check, before any content is read
        except ArchiveError as exc:
            raise ConsentError(f"exports[{i}]: {exc}") from None
        exports.append(ConsentExport(export_path, e.get("platform", "auto"), bool(e.get("private_location", False))))

    try:
        ref = subject["organisation"]          # an id from data/orgs/, or a file beside the consent
        org = load_org(str((path.parent / ref).resolve()) if ref.endswith(".toml") or "/" in ref else ref)
    except OrgError as exc:
        raise ConsentError(str(exc)) from None

    return Consent(path=path.resolve(), sha256=hashlib.sha256(raw).hexdigest(), subject=subject["name"],
                   aliases=tuple(subject.get("aliases", [])), organisation=org.id, org=org,
                   given_by=consent["given_by"], given_on=given_on, expires_on=expires_on,
                   purpose=consent["purpose"], statement=consent.get("statement", ""),
                   reviewer=consent.get("reviewer", ""), profiles=tuple(profiles),
                   exports=tuple(exports))

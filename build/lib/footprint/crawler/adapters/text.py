"""Text helpers shared by the adapters: HTML to clean text, tags, links, dates.

Every source hands us HTML fragments or date strings in its own dialect; these
helpers turn them into one normal form (plain text, hashtags without '#',
mentions with '@', absolute http(s) links, ISO 8601 UTC) so the analysis sees
the same shape whatever the platform. None of them raises on bad input.
"""
from __future__ import annotations

import re
import time
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from typing import Any, Iterable
from urllib.parse import urljoin, urlsplit

import lxml.html
from lxml import etree

# Elements whose text never reaches a reader.
_DROP = {"script", "style", "noscript", "template", "svg", "math", "head", "title", "iframe", "object"}
# Elements that start a new line of text; everything else is inline and joins
# without spaces (so Mastodon's `@<span>alex</span>` stays "@alex").
_BLOCK = {
    "address", "article", "aside", "blockquote", "body", "dd", "details", "div", "dl", "dt",
    "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
    "header", "hr", "html", "li", "main", "nav", "ol", "p", "pre", "section", "summary",
    "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "caption", "option", "legend",
}

HASHTAG_RE = re.compile(r"(?<![\w&/#])#(\w{1,100})", re.UNICODE)
# @user@host (fediverse) or @user (local / other platforms); not inside an email.
MENTION_RE = re.compile(
    r"(?<![\w@/.])@([A-Za-z0-9_](?:[A-Za-z0-9_.-]{0,62}[A-Za-z0-9_])?)"
    r"(?:@([A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?)+))?"
)
EMAIL_RE = re.compile(r"(?<![\w.+-])[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?)*\.[A-Za-z]{2,24}\b")
URL_RE = re.compile(r"https?://[^\s<>\"'()\[\]]{2,2000}", re.IGNORECASE)
_FLOW_WS = re.compile(r"\s+")
_WS = re.compile(r"[ \t\r\f\v\u00a0\u2000-\u200b\u3000]+")


def as_str(value: Any) -> str:
    """Best-effort string for a JSON/mf2 value that should be a string."""
    if isinstance(value, str):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return ""


def as_list(value: Any) -> list:
    """JSON-LD style "one or many": None -> [], scalar -> [scalar], list -> list."""
    if value is None:
        return []
    if isinstance(value, list):
        return value
    if isinstance(value, tuple):
        return list(value)
    return [value]


def collapse(text: str) -> str:
    """Collapse runs of spaces within lines, trim lines, drop empty lines."""
    lines = (_WS.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def parse_fragment(html: str) -> lxml.html.HtmlElement | None:
    """Parse an HTML fragment into a wrapping <div>, or None when impossible."""
    if not isinstance(html, str) or not html.strip():
        return None
    try:
        parser = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True)
        data = html.encode("utf-8", errors="replace")
        doc = lxml.html.fromstring(b"<div>" + data + b"</div>", parser=parser)
        return doc
    except (etree.ParserError, ValueError, TypeError, etree.XMLSyntaxError):
        return None


def element_text(el: Any) -> str:
    """Readable text of an lxml element: blocks on their own lines, scripts dropped."""
    parts: list[str] = []

    def flow(s: str | None) -> str | None:
        # In HTML flow content a newline is just a space; lines come from blocks.
        return _FLOW_WS.sub(" ", s) if s else s

    def push(s: str) -> None:
        # Inline elements join without a space, except where one ends a sentence and the next starts
        # one: "<span>me@example.com.</span><span>Work</span>" is two sentences, not "example.com.Work".
        if parts and parts[-1][-1:] in (".", "!", "?") and s[:1].isupper():
            parts.append(" ")
        parts.append(s)

    def walk(node: Any, root: bool = False) -> None:
        tail = None if root else flow(node.tail)
        if not isinstance(node.tag, str):      # comment / processing instruction
            if tail:
                push(tail)
            return
        tag = node.tag.lower().rpartition("}")[2]
        if tag in _DROP:
            if tail:
                push(tail)
            return
        block = tag in _BLOCK
        if block:
            parts.append("\n")
        if tag == "br":
            parts.append("\n")
        if tag == "img":
            alt = node.get("alt")
            if alt:
                parts.append(" " + alt + " ")
        if node.text:
            push(node.text if tag == "pre" else flow(node.text))
        for child in node:
            walk(child)
        if block:
            parts.append("\n")
        if tag in ("td", "th"):
            parts.append(" ")
        if tail:
            push(tail)

    if el is None:
        return ""
    try:
        walk(el, root=True)
    except (RecursionError, ValueError, TypeError):
        pass
    return collapse("".join(parts))


def html_to_text(html: Any) -> str:
    """Plain text of an HTML fragment (or of plain text), whitespace collapsed."""
    if not isinstance(html, str) or not html.strip():
        return ""
    if "<" not in html and "&" not in html:
        return collapse(html)
    root = parse_fragment(html)
    if root is None:
        return collapse(html)
    return element_text(root)


def is_http_url(url: Any) -> bool:
    if not isinstance(url, str) or len(url) > 4000:
        return False
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def absolutize(url: Any, base: str) -> str:
    """Absolute http(s) URL of `url` against `base`, or "" when it is not one."""
    if not isinstance(url, str):
        return ""
    url = url.strip()
    if not url:
        return ""
    try:
        full = urljoin(base, url) if base else url
    except ValueError:
        return ""
    full = full.split("#", 1)[0] if full.endswith("#") else full
    return full if is_http_url(full) else ""


def _is_tag_link(a: Any) -> bool:
    rel = (a.get("rel") or "").lower().split()
    cls = (a.get("class") or "").lower().split()
    return "tag" in rel or "mention" in cls or "hashtag" in cls


def _element_urls(el: Any, tag: str, raw_url: Any, base: str) -> list[str]:
    """Absolute http(s) URLs that `raw_url(node)` names for each <tag> in an element."""
    out: list[str] = []
    if el is None:
        return out
    try:
        for node in el.iter(tag):
            url = absolutize(raw_url(node), base)
            if url:
                out.append(url)
    except (ValueError, TypeError):
        pass
    return dedupe(out)


def html_links(el: Any, base: str) -> list[str]:
    """Absolute http(s) <a href> targets in an element, minus mention/hashtag links."""
    return _element_urls(el, "a", lambda a: None if _is_tag_link(a) else a.get("href"), base)


def html_images(el: Any, base: str) -> list[str]:
    """Absolute http(s) <img src> URLs in an element."""
    return _element_urls(el, "img", lambda img: img.get("src") or img.get("data-src"), base)


def fragment_links(html: Any, base: str) -> list[str]:
    return html_links(parse_fragment(html), base)


def extract_hashtags(text: str) -> list[str]:
    """Hashtags in text, without '#', first spelling kept, duplicates dropped."""
    if not isinstance(text, str):
        return []
    return dedupe_ci(m.group(1) for m in HASHTAG_RE.finditer(text) if not m.group(1).isdigit())


def extract_mentions(text: str) -> list[str]:
    """Mentions "@user@host" or "@user" (kept with their '@')."""
    if not isinstance(text, str):
        return []
    out = []
    for m in MENTION_RE.finditer(text):
        user, host = m.group(1), m.group(2)
        out.append(f"@{user}@{host}" if host else f"@{user}")
    return dedupe_ci(out)


def extract_links(text: str) -> list[str]:
    """http(s) URLs written out in plain text (trailing punctuation trimmed)."""
    if not isinstance(text, str):
        return []
    return dedupe(u.rstrip(".,;:!?") for u in URL_RE.findall(text))


def find_emails(text: str) -> list[str]:
    if not isinstance(text, str):
        return []
    return dedupe_ci(m.group(0) for m in EMAIL_RE.finditer(text))


def find_phones(text: str, region: str = "AU") -> list[str]:
    """Phone numbers as written, found with phonenumbers (valid numbers only)."""
    if not isinstance(text, str) or not any(c.isdigit() for c in text):
        return []
    try:
        import phonenumbers

        matcher = phonenumbers.PhoneNumberMatcher(text[:20000], region, leniency=phonenumbers.Leniency.VALID)
        return dedupe(m.raw_string.strip() for m in matcher)
    except Exception:  # phonenumbers raises its own types on odd input
        return []


def clean_email(value: Any) -> str:
    """"mailto:a@b?subject=x" -> "a@b"; "" when it holds no address."""
    s = as_str(value).strip()
    if s.lower().startswith("mailto:"):
        s = s[7:]
    s = s.split("?", 1)[0].strip()
    found = find_emails(s)
    return found[0] if found else ""


def clean_phone(value: Any) -> str:
    s = as_str(value).strip()
    if s.lower().startswith("tel:"):
        s = s[4:]
    s = collapse(s)
    return s if sum(c.isdigit() for c in s) >= 3 else ""


def to_utc_iso(value: Any) -> str | None:
    """ISO 8601 / RFC 822 / struct_time -> "YYYY-MM-DDTHH:MM:SS+00:00" (None if unparseable).

    Naive times are taken as UTC: a post's date without a zone is the best the
    source offers, and a consistent guess beats dropping it.
    """
    if value is None:
        return None
    if isinstance(value, time.struct_time):
        try:
            dt = datetime(*value[:6], tzinfo=timezone.utc)
        except (ValueError, TypeError, OverflowError):
            return None
        return _fmt(dt)
    if isinstance(value, datetime):
        return _fmt(value)
    s = value.strip() if isinstance(value, str) else ""
    if not s or len(s) > 100:
        return None
    dt = _parse_iso(s)
    if dt is None and re.match(r"^\d{4}-\d", s):
        return None                    # ISO-shaped but invalid: no lenient guessing
    if dt is None:
        try:
            dt = parsedate_to_datetime(s)
        except (TypeError, ValueError, IndexError, OverflowError):
            dt = None
    if dt is None:
        dt = _parse_loose(s)
    if dt is None:
        return None
    return _fmt(dt)


_LOOSE_FORMATS = ("%Y/%m/%d %H:%M:%S", "%Y/%m/%d %H:%M", "%Y/%m/%d", "%d %B %Y %H:%M", "%d %B %Y", "%d %b %Y %H:%M",
                  "%d %b %Y", "%B %d, %Y %H:%M", "%B %d, %Y", "%b %d, %Y", "%Y:%m:%d %H:%M:%S")


def _parse_loose(s: str) -> datetime | None:
    """A few human-written forms seen in pages ("3 March 2024", "2024/03/02")."""
    s = " ".join(s.replace(",", ", ").split()).replace(" ,", ",")
    for fmt in _LOOSE_FORMATS:
        try:
            return datetime.strptime(s, fmt)
        except ValueError:
            continue
    return None


def _parse_iso(s: str) -> datetime | None:
    t = s.replace(" ", "T", 1) if re.match(r"^\d{4}-\d{2}-\d{2} \d", s) else s
    if t.endswith(("Z", "z")):
        t = t[:-1] + "+00:00"
    # Python 3.11 accepts fractional seconds of any length and "+HHMM".
    try:
        return datetime.fromisoformat(t)
    except ValueError:
        pass
    m = re.match(r"^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?([+-]\d{2}:?\d{2}|)$", t)
    if m:
        try:
            return datetime.fromisoformat(m.group(1) + m.group(2))
        except ValueError:
            return None
    return None


def _fmt(dt: datetime) -> str | None:
    try:
        if dt.tzinfo is None:
            dt = dt.replace(tzinfo=timezone.utc)
        dt = dt.astimezone(timezone.utc)
        return dt.replace(microsecond=0).isoformat()
    except (ValueError, OverflowError):
        return None


def dedupe(values: Iterable[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for v in values:
        if v and v not in seen:
            seen.add(v)
            out.append(v)
    return out


def dedupe_ci(values: Iterable[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for v in values:
        key = v.lower() if isinstance(v, str) else v
        if v and key not in seen:
            seen.add(key)
            out.append(v)
    return out


def coord(value: Any, limit: float) -> float | None:
    """A latitude/longitude as float within ±limit, rounded to 7 decimals, else None."""
    if isinstance(value, bool):
        return None
    try:
        f = float(value.strip()) if isinstance(value, str) else float(value)
    except (TypeError, ValueError, OverflowError):
        return None
    if f != f or abs(f) > limit:
        return None
    return round(f, 7)


def make_location(name: Any = "", lat: Any = None, lon: Any = None) -> dict | None:
    """PostItem.location dict, or None when it says nothing.

    Coordinates count only as a valid pair; a name alone is still a location.
    """
    la, lo = coord(lat, 90.0), coord(lon, 180.0)
    if la is None or lo is None:
        la = lo = None
    name_s = collapse(as_str(name))
    if not name_s and la is None:
        return None
    return {"name": name_s, "lat": la, "lon": lo}


def merge_mentions(*groups: Iterable[str]) -> list[str]:
    """Mentions from several sources; a bare "@sam" is dropped when "@sam@host" is known."""
    all_ = dedupe_ci(m for g in groups for m in g if isinstance(m, str) and m)
    full_users = {m.split("@")[1].lower() for m in all_ if m.count("@") >= 2}
    return [m for m in all_ if m.count("@") >= 2 or m.lstrip("@").lower() not in full_users]


def format_address(street: str, extended: str, locality: str, region: str, postcode: str, country: str) -> str:
    """"street, extended, locality region postcode, country" with empty parts skipped."""
    town = " ".join(p for p in (locality, region, postcode) if p)
    return collapse(", ".join(p for p in (street, extended, town, country) if p))

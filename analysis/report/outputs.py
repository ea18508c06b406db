"""Writing a report to disk: validated, private, atomic, optionally encrypted.

A footprint report is a map of how to approach an official, so it is
treated like one: files are created 0600 in a 0700 directory, written to a
temp file and renamed so a reader never sees half a report, and with a
passphrase nothing readable touches the disk at all (scrypt-derived key,
AES-256-GCM, a random salt and nonce in a small header).
"""
from __future__ import annotations

import itertools
import json
import os
import secrets
import struct
from pathlib import Path
from typing import Callable, Iterable, Iterator

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from footprint.analysis.report.formats import FILE_NAMES  # noqa: F401 - re-exported
from footprint.analysis.report.redact import redact_report
from footprint.analysis.link.graph import from_node_link, gexf_text, graphml_text
from footprint.analysis.report.html import html_pieces
from footprint.analysis.report.text import csv_text, markdown_text
from footprint.analysis.report.schemas import validate_report
ENC_SUFFIX = ".enc"

# Header: magic, format version, scrypt log2(n), r, p, salt, nonce; then ciphertext+tag.
MAGIC = b"FPRENC"
VERSION = 1
_HEADER = struct.Struct(">6sBBBB16s12s")
SCRYPT_LOG2_N, SCRYPT_R, SCRYPT_P = 15, 8, 1
_LOG2_N_RANGE, _R_RANGE, _P_RANGE = range(10, 21), range(1, 17), range(1, 5)


class ReportDecryptError(Exception):
    """The file is not a footprint encrypted report, is damaged, or the passphrase is wrong."""


def _derive(passphrase: str, salt: bytes, log2_n: int, r: int, p: int) -> bytes:
    return Scrypt(salt=salt, length=32, n=2**log2_n, r=r, p=p).derive(passphrase.encode("utf-8"))


def encrypt_bytes(data: bytes, passphrase: str, *, _key: tuple[bytes, bytes] | None = None) -> bytes:
    """`data` sealed under `passphrase`: header + AES-GCM ciphertext (header is authenticated)."""
    if not passphrase:
        raise ValueError("an empty passphrase cannot protect a report")
    salt, key = _key if _key else _new_key(passphrase)
    nonce = secrets.token_bytes(12)
    header = _HEADER.pack(MAGIC, VERSION, SCRYPT_LOG2_N, SCRYPT_R, SCRYPT_P, salt, nonce)
    return header + AESGCM(key).encrypt(nonce, data, header)


def _new_key(passphrase: str) -> tuple[bytes, bytes]:
    salt = secrets.token_bytes(16)
    return salt, _derive(passphrase, salt, SCRYPT_LOG2_N, SCRYPT_R, SCRYPT_P)


def decrypt_bytes(blob: bytes, passphrase: str) -> bytes:
    """The plaintext of `encrypt_bytes` output; ReportDecryptError on any failure."""
    if not isinstance(blob, (bytes, bytearray)) or len(blob) < _HEADER.size + 16:
        raise ReportDecryptError("not a footprint encrypted report (too short)")
    magic, version, log2_n, r, p, salt, nonce = _HEADER.unpack_from(blob)
    if magic != MAGIC:
        raise ReportDecryptError("not a footprint encrypted report (bad header)")
    if version != VERSION:
        raise ReportDecryptError(f"unsupported encrypted report version {version}")
    if log2_n not in _LOG2_N_RANGE or r not in _R_RANGE or p not in _P_RANGE:
        raise ReportDecryptError("encrypted report has implausible key-derivation parameters")
    if not isinstance(passphrase, str) or not passphrase:
        raise ReportDecryptError("a passphrase is needed to open this report")
    header = bytes(blob[: _HEADER.size])
    key = _derive(passphrase, salt, log2_n, r, p)
    try:
        return AESGCM(key).decrypt(nonce, bytes(blob[_HEADER.size:]), header)
    except InvalidTag:
        raise ReportDecryptError("wrong passphrase, or the file was altered or damaged") from None


def decrypt_file(path: Path | str, passphrase: str) -> bytes:
    """The plaintext of a `.enc` file written by `write_outputs`."""
    try:
        blob = Path(path).read_bytes()
    except OSError as exc:
        raise ReportDecryptError(f"cannot read {path}: {exc.strerror or exc}") from None
    return decrypt_bytes(blob, passphrase)


CHUNK = 1 << 20      # bytes per write when a report is streamed to its file


def _batched(pieces: Iterable[str]) -> Iterator[bytes]:
    """Many small strings as UTF-8 chunks of about CHUNK bytes."""
    buf: list[str] = []
    size = 0
    for piece in pieces:
        buf.append(piece)
        size += len(piece)
        if size >= CHUNK:
            yield "".join(buf).encode("utf-8")
            buf, size = [], 0
    if buf:
        yield "".join(buf).encode("utf-8")


def json_chunks(report: dict) -> Iterator[bytes]:
    """report.json as `json.dumps(report, indent=1, ensure_ascii=False) + "\n"` gives it, in chunks.

    With an indent, json.dumps runs the pure-Python encoder and joins its
    pieces (millions at 50,000 posts) into one string: a list, the string and
    its bytes at once. Streaming the same pieces keeps one chunk in memory.
    """
    yield from _batched(itertools.chain(json.JSONEncoder(indent=1, ensure_ascii=False).iterencode(report), "\n"))


def _renderers(redacted: bool) -> dict[str, Callable[[dict], Iterable[bytes]]]:
    """Renderers for a report `write_outputs` has validated (and redacted, when `redacted`) once already:
    each gives the file's bytes, whole or as an iterable of chunks."""
    return {
        "json": json_chunks,
        "html": lambda r: _batched(html_pieces(r, redacted=redacted)),
        "md": lambda r: markdown_text(r).encode("utf-8"),
        "csv": lambda r: csv_text(r).encode("utf-8"),
        "graphml": lambda r: graphml_text(from_node_link(r["graph"])).encode("utf-8"),
        "gexf": lambda r: gexf_text(from_node_link(r["graph"])).encode("utf-8"),
    }


def write_private(path: Path, data: bytes | Iterable[bytes]) -> None:
    """Write `data` (bytes, or chunks of bytes) to `path` atomically, mode 0600 from the first byte."""
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
    try:
        with os.fdopen(fd, "wb") as fh:
            if isinstance(data, (bytes, bytearray)):
                fh.write(data)
            else:
                for chunk in data:
                    fh.write(chunk)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_outputs(
    report: dict,
    out_dir: Path,
    formats: Iterable[str] = ("json", "html"),
    redact: bool = False,
    passphrase: str | None = None,
) -> list[Path]:
    """Validate `report`, then write each format to `out_dir`; returns the paths written.

    Formats: json (report.json), html (report.html), md (report.md), csv
    (findings.csv). With `passphrase` each file is encrypted and named
    `<name>.enc`. Raises ReportInvalid for a bad report and ValueError for an
    unknown format or an empty passphrase.
    """
    validate_report(report)
    formats = list(dict.fromkeys(formats))
    unknown = [f for f in formats if f not in FILE_NAMES]
    if unknown:
        raise ValueError(f"unknown report format(s) {unknown}; choose from {sorted(FILE_NAMES)}")
    if passphrase is not None and not passphrase:
        raise ValueError("an empty passphrase cannot protect a report")
    if redact:
        report = redact_report(report)
        validate_report(report)

    out_dir = Path(out_dir)
    if not out_dir.exists():
        out_dir.mkdir(parents=True, mode=0o700)
        os.chmod(out_dir, 0o700)
    key = _new_key(passphrase) if passphrase else None
    renderers = _renderers(redact)
    written = []
    for fmt in formats:
        data = renderers[fmt](report)
        name = FILE_NAMES[fmt]
        if key is not None:     # AES-GCM seals the whole plaintext at once
            plain = data if isinstance(data, bytes) else b"".join(data)
            data, name = encrypt_bytes(plain, passphrase, _key=key), name + ENC_SUFFIX
            del plain
        path = out_dir / name
        write_private(path, data)
        del data                # one format's text in memory at a time
        written.append(path)
    return written

"""A data download opened safely: a .zip, a folder, or one file, read member by member.

Platforms hand people a zip of several gigabytes; footprint never extracts it
to disk and never trusts it. `Archive.open` checks everything before a byte
of content is read: member names that climb out (`../x`, `/etc/x`, `C:\\x`),
a total uncompressed size or a compression ratio that only a zip bomb has,
symlinks that leave the folder. Members are then streamed one at a time, and
a member can never yield more than the size its header declared.
"""
from __future__ import annotations

import fnmatch
import io
import json
import os
import stat
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

# A real 2 GB download is fine; 16 GiB uncompressed from one archive is not a data download.
MAX_TOTAL_BYTES = 16 * 1024**3
# Text compresses 5-20x; deflate tops out near 1030x. Above this for a non-trivial member: a bomb.
MAX_RATIO = 200
RATIO_MIN_BYTES = 1024 * 1024        # tiny members may compress absurdly well (a run of spaces)
MAX_MEMBERS = 2_000_000
MAX_READ_BYTES = 512 * 1024 * 1024   # read_bytes/read_text/read_json on one member; stream anything bigger


class ArchiveError(ValueError):
    """The download cannot be used safely; the message is one line for the user."""


def _bad_name(name: str) -> str | None:
    """Why a member name is unsafe, or None."""
    if "\x00" in name:
        return "a NUL byte"
    norm = name.replace("\\", "/")
    if norm.startswith("/") or (len(norm) > 1 and norm[1] == ":" and norm[0].isalpha()):
        return "an absolute path"
    if ".." in norm.split("/"):
        return "path traversal ('..')"
    return None


class _Capped(io.RawIOBase):
    """A read-only stream that fails once more than `limit` bytes come out (belt and braces)."""

    def __init__(self, raw: IO[bytes], limit: int, name: str):
        self._raw, self._left, self._name = raw, limit, name

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:  # type: ignore[override]
        try:
            data = self._raw.read(min(len(b), self._left + 1))
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError) as exc:   # CRC mismatch, truncated data
            raise ArchiveError(f"member {self._name} is damaged: {exc}") from None
        if len(data) > self._left:
            raise ArchiveError(f"member {self._name} is larger than its header says")
        self._left -= len(data)
        b[:len(data)] = data
        return len(data)

    def close(self) -> None:
        try:
            self._raw.close()
        finally:
            super().close()


class Archive:
    """Read-only view of a download. Member names are POSIX paths relative to its root.

    Use `open_archive(path)` (checks everything first), as a context manager.
    """

    def __init__(self, path: Path, kind: str, members: dict[str, int], zf: zipfile.ZipFile | None = None):
        self.path = path
        self.kind = kind                  # zip | folder | file
        self._members = members           # name -> uncompressed size
        self._zip = zf

    def close(self) -> None:
        if self._zip is not None:
            self._zip.close()
            self._zip = None

    def __enter__(self) -> "Archive":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- listing ----------------------------------------------------------
    def names(self) -> list[str]:
        """Every file member, sorted."""
        return sorted(self._members)

    def __contains__(self, name: str) -> bool:
        return name in self._members

    def size(self, name: str) -> int:
        return self._members[name]

    def glob(self, pattern: str) -> list[str]:
        """Members whose full name matches a shell pattern (case-insensitive; `*` crosses folders)."""
        pat = pattern.lower()
        return [n for n in self.names() if fnmatch.fnmatchcase(n.lower(), pat)]

    def find(self, suffix: str) -> list[str]:
        """Members named `suffix` at any depth ("data/tweets.js" matches "x-2024/data/tweets.js")."""
        suf = suffix.lower().lstrip("/")
        return [n for n in self.names() if n.lower() == suf or n.lower().endswith("/" + suf)]

    # -- reading ----------------------------------------------------------
    def open_member(self, name: str) -> IO[bytes]:
        """A binary stream of one member, never more than its declared size."""
        if name not in self._members:
            raise KeyError(name)
        if self.kind == "zip":
            assert self._zip is not None
            try:
                raw: IO[bytes] = self._zip.open(name)
            except (RuntimeError, NotImplementedError, zipfile.BadZipFile, zlib.error, OSError) as exc:
                # encrypted, an unsupported compression method, a damaged local header
                raise ArchiveError(f"member {name} cannot be read: {exc}") from None
        elif self.kind == "file":
            raw = open(self.path, "rb")
        else:
            target = (self.path / name).resolve()
            if not target.is_relative_to(self.path.resolve()):  # changed since open(): refuse
                raise ArchiveError(f"member {name} now leaves the export folder")
            raw = open(target, "rb")
        return io.BufferedReader(_Capped(raw, self._members[name], name))

    def open(self, name: str) -> IO[bytes]:
        """Same as open_member: `archive.open(name)` streams one member."""
        return self.open_member(name)

    def read_bytes(self, name: str, limit: int = MAX_READ_BYTES) -> bytes:
        if self._members[name] > limit:
            raise ArchiveError(f"member {name} is too large to read whole ({self._members[name]} bytes)")
        with self.open_member(name) as fh:
            return fh.read()

    def read_text(self, name: str, limit: int = MAX_READ_BYTES) -> str:
        """A member as text: UTF-8 (with or without BOM), else Latin-1 so nothing is lost."""
        data = self.read_bytes(name, limit)
        try:
            return data.decode("utf-8-sig")
        except UnicodeDecodeError:
            return data.decode("latin-1")

    def read_json(self, name: str, limit: int = MAX_READ_BYTES) -> Any:
        """A member parsed as JSON; ArchiveError with the member name if it is not JSON."""
        try:
            return json.loads(self.read_text(name, limit))
        except json.JSONDecodeError as exc:
            raise ArchiveError(f"member {name} is not valid JSON: {exc}") from None

    def iter_members(self, pattern: str = "*") -> Iterator[tuple[str, IO[bytes]]]:
        """(name, stream) for each member matching `pattern`, one open at a time."""
        for name in self.glob(pattern):
            with self.open_member(name) as fh:
                yield name, fh


def open_archive(path: str | Path, *, max_total: int = MAX_TOTAL_BYTES, max_ratio: float = MAX_RATIO,
                 max_members: int = MAX_MEMBERS) -> Archive:
    """Check and open a download (.zip, folder, or one file); raise ArchiveError with a one-line reason.

    Every check runs here, before any member's content is read.
    """
    path = Path(path)
    try:
        st = path.stat()
    except FileNotFoundError:
        raise ArchiveError(f"export not found: {path}") from None
    except OSError as exc:
        raise ArchiveError(f"cannot read export {path}: {exc.strerror or exc}") from None
    if stat.S_ISDIR(st.st_mode):
        if not os.access(path, os.R_OK | os.X_OK):
            raise ArchiveError(f"cannot read export folder {path}: permission denied")
        return Archive(path, "folder", _scan_folder(path, max_total, max_members))
    if not stat.S_ISREG(st.st_mode):  # a FIFO or a device would block or never end
        raise ArchiveError(f"export {path} is neither a file nor a folder")
    if not os.access(path, os.R_OK):
        raise ArchiveError(f"cannot read export {path}: permission denied")
    try:
        is_zip = zipfile.is_zipfile(path)
    except OSError as exc:
        raise ArchiveError(f"cannot read export {path}: {exc.strerror or exc}") from None
    if is_zip:
        try:
            zf = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, OSError, ValueError) as exc:
            raise ArchiveError(f"export {path} is not a readable zip: {exc}") from None
        try:
            members = _check_zip(zf, path, max_total, max_ratio, max_members)
        except BaseException:
            zf.close()
            raise
        return Archive(path, "zip", members, zf)
    if path.suffix.lower() == ".zip":
        raise ArchiveError(f"export {path} is not a readable zip")
    if st.st_size > max_total:
        raise ArchiveError(f"export {path} is larger than {max_total} bytes: refused")
    return Archive(path, "file", {path.name: st.st_size})


def _check_zip(zf: zipfile.ZipFile, path: Path, max_total: int, max_ratio: float,
               max_members: int) -> dict[str, int]:
    infos = zf.infolist()
    if len(infos) > max_members:
        raise ArchiveError(f"export {path} has {len(infos)} members (more than {max_members}): refused")
    members: dict[str, int] = {}
    total = 0
    for info in infos:
        why = _bad_name(info.filename)
        if why:
            raise ArchiveError(f"export {path} has a member name with {why}: {info.filename!r}: refused")
        if info.is_dir():
            continue
        mode = info.external_attr >> 16
        if stat.S_ISLNK(mode):
            continue  # a symlink entry is never followed nor read
        total += info.file_size
        if total > max_total:
            raise ArchiveError(f"export {path} unpacks to more than {max_total} bytes: refused as a zip bomb")
        if info.file_size >= RATIO_MIN_BYTES and info.file_size > max_ratio * max(info.compress_size, 1):
            raise ArchiveError(f"export {path}: member {info.filename!r} compresses "
                               f"{info.file_size // max(info.compress_size, 1)}:1: refused as a zip bomb")
        members[info.filename] = info.file_size
    return members


def _scan_folder(root: Path, max_total: int, max_members: int) -> dict[str, int]:
    real_root = root.resolve()
    members: dict[str, int] = {}
    total = 0
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False, onerror=_raise_walk):
        here = Path(dirpath)
        for d in list(dirnames):
            p = here / d
            if p.is_symlink():
                target = p.resolve()
                if not target.is_relative_to(real_root):
                    raise ArchiveError(f"export {root}: symlink {p.relative_to(root)} leaves the folder: refused")
                dirnames.remove(d)  # inside the folder: its files are listed where they really are
        for f in filenames:
            p = here / f
            rel = p.relative_to(root).as_posix()
            if p.is_symlink():
                target = p.resolve()
                if not target.is_relative_to(real_root):
                    raise ArchiveError(f"export {root}: symlink {rel} leaves the folder: refused")
            try:
                st = p.stat()
            except OSError:
                continue  # a dangling link inside the folder: nothing to read
            if not stat.S_ISREG(st.st_mode):
                continue
            total += st.st_size
            if total > max_total:
                raise ArchiveError(f"export {root} holds more than {max_total} bytes: refused")
            members[rel] = st.st_size
            if len(members) > max_members:
                raise ArchiveError(f"export {root} has more than {max_members} files: refused")
    return members


def _raise_walk(exc: OSError) -> None:
    raise ArchiveError(f"cannot read export folder {exc.filename}: {exc.strerror or exc}")

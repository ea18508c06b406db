"""Encryption at rest for the store: one passphrase-derived key, AES-256-GCM per value.

The same construction as the report files (analysis/report/outputs.py): scrypt
derives a 256-bit key from the passphrase and a random salt; each stored
value is sealed with its own random nonce, and bound to where it belongs
(`aad`, e.g. b"items.data") so a sealed value cannot be moved to another
column unnoticed. Sealed values are text ("fpenc1:" + base64), so they fit
the store's TEXT columns. Content hashes become HMACs under the key, so the
store does not let anyone confirm a guessed post by hashing it.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import secrets

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

SCRYPT_LOG2_N, SCRYPT_R, SCRYPT_P = 15, 8, 1
PREFIX = "fpenc1:"
PASSPHRASE_ENV = "FOOTPRINT_PASSPHRASE"


class SealError(ValueError):
    """A sealed value cannot be opened: wrong key, or the value was altered."""


def derive_key(passphrase: str, salt: bytes, log2_n: int = SCRYPT_LOG2_N, r: int = SCRYPT_R,
               p: int = SCRYPT_P) -> bytes:
    if not passphrase:
        raise ValueError("an empty passphrase cannot protect anything")
    return Scrypt(salt=salt, length=32, n=2**log2_n, r=r, p=p).derive(passphrase.encode("utf-8"))


def new_salt() -> bytes:
    return secrets.token_bytes(16)


def is_sealed(value: object) -> bool:
    return isinstance(value, str) and value.startswith(PREFIX)


class Sealer:
    """Seals and opens text values under one key."""

    def __init__(self, key: bytes):
        if len(key) != 32:
            raise ValueError("store key must be 32 bytes")
        self.key = key
        self._aead = AESGCM(key)

    def seal(self, text: str, aad: bytes) -> str:
        nonce = secrets.token_bytes(12)
        blob = nonce + self._aead.encrypt(nonce, text.encode("utf-8"), aad)
        return PREFIX + base64.b64encode(blob).decode("ascii")

    def open(self, value: str, aad: bytes) -> str:
        try:
            blob = base64.b64decode(value[len(PREFIX):], validate=True)
            return self._aead.decrypt(blob[:12], blob[12:], aad).decode("utf-8")
        except (InvalidTag, ValueError) as exc:
            raise SealError("wrong passphrase, or a stored value was altered") from exc

    def digest(self, content_hash: str) -> str:
        """A keyed stand-in for a content hash (stable for one key, so re-crawls still match)."""
        return hmac.new(self.key, content_hash.encode("utf-8"), hashlib.sha256).hexdigest()

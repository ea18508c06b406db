"""Image metadata: EXIF GPS position, time taken and camera, without decoding pixels.

A photo's EXIF GPS block is the most precise location a profile can leak
(policy §3, geotagging). We read only the metadata segments: the image is
opened lazily, its size checked against a pixel budget before anything else,
and broken GPS blocks (seen in the wild: empty IFDs, 0xFFFFFFFF latitudes,
zero denominators) produce an `error`, never an exception.
"""
from __future__ import annotations

import io
import math
import struct
import warnings
from dataclasses import dataclass
from typing import Any

from PIL import Image

try:
    import pillow_heif

    pillow_heif.register_heif_opener()
    HEIF_SUPPORTED = True
except Exception:  # pragma: no cover - pillow-heif is a dependency, but degrade if its binary is missing
    HEIF_SUPPORTED = False

# 80 megapixels: above any phone camera in use, far below a decompression bomb.
MAX_PIXELS = 80_000_000
if Image.MAX_IMAGE_PIXELS is None or Image.MAX_IMAGE_PIXELS > MAX_PIXELS:
    Image.MAX_IMAGE_PIXELS = MAX_PIXELS
MAX_BYTES = 50_000_000

GPS_IFD = 0x8825
EXIF_IFD = 0x8769
TAG_MAKE, TAG_MODEL, TAG_DATETIME = 0x010F, 0x0110, 0x0132
TAG_DATETIME_ORIGINAL, TAG_DATETIME_DIGITIZED = 0x9003, 0x9004
GPS_LAT_REF, GPS_LAT, GPS_LON_REF, GPS_LON, GPS_ALT_REF, GPS_ALT = 1, 2, 3, 4, 5, 6


@dataclass
class ImageMeta:
    """What an image's metadata exposes; `error` says why some could not be read."""

    format: str = ""
    lat: float | None = None
    lon: float | None = None
    altitude: float | None = None
    taken_at: str | None = None
    make: str = ""
    model: str = ""
    error: str = ""


def read_image_metadata(body: bytes) -> ImageMeta:
    """EXIF metadata of an image's bytes (JPEG, PNG, WebP, TIFF, HEIC/HEIF). Never raises."""
    meta = ImageMeta()
    if not isinstance(body, (bytes, bytearray)) or not body:
        meta.error = "empty or non-bytes input"
        return meta
    if len(body) > MAX_BYTES:
        meta.error = f"image larger than {MAX_BYTES} bytes"
        return meta
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(bytes(body))) as im:
                meta.format = im.format or ""
                width, height = im.size
                if width * height > MAX_PIXELS:
                    meta.error = f"decompression bomb refused: {width}x{height} pixels"
                    return meta
                exif = _exif(im, bytes(body))
                _read_exif(exif, meta)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        meta.error = f"decompression bomb refused: {exc}"
    except Image.UnidentifiedImageError:
        meta.error = "not a recognised image"
    except Exception as exc:  # truncated or corrupt files raise OSError, SyntaxError, struct.error...
        meta.error = f"unreadable image: {type(exc).__name__}: {str(exc)[:200]}"
    return meta


def _exif(im: Image.Image, body: bytes) -> Image.Exif:
    """The image's EXIF without loading pixels (PNG keeps eXIf after IDAT, so scan chunks)."""
    if im.format == "PNG" and "exif" not in im.info:
        raw = _png_exif_chunk(body)
        exif = Image.Exif()
        if raw:
            exif.load(raw)
        return exif
    return im.getexif()


def _png_exif_chunk(body: bytes) -> bytes:
    pos = 8
    while pos + 8 <= len(body):
        length, kind = struct.unpack(">I4s", body[pos:pos + 8])
        if kind == b"eXIf":
            return body[pos + 8:pos + 8 + length]
        if kind == b"IEND" or length > len(body):
            break
        pos += 12 + length
    return b""


def _read_exif(exif: Image.Exif, meta: ImageMeta) -> None:
    meta.make = _clean_str(exif.get(TAG_MAKE))
    meta.model = _clean_str(exif.get(TAG_MODEL))
    try:
        sub = exif.get_ifd(EXIF_IFD)
    except Exception:
        sub = {}
    for value in (sub.get(TAG_DATETIME_ORIGINAL), sub.get(TAG_DATETIME_DIGITIZED), exif.get(TAG_DATETIME)):
        taken = _clean_str(value)
        if taken and any(c not in "0: " for c in taken):
            meta.taken_at = taken
            break
    if GPS_IFD not in exif:
        return
    try:
        gps = exif.get_ifd(GPS_IFD)
    except Exception as exc:
        meta.error = f"GPS block unreadable: {type(exc).__name__}"
        return
    _read_gps(gps, meta)


def _read_gps(gps: dict, meta: ImageMeta) -> None:
    if not gps:
        meta.error = "GPS block present but empty"
        return
    lat = _dms(gps.get(GPS_LAT))
    lon = _dms(gps.get(GPS_LON))
    if lat is None or lon is None:
        meta.error = "GPS latitude/longitude missing or malformed"
        return
    if not (0.0 <= lat <= 90.0 and 0.0 <= lon <= 180.0):
        meta.error = f"GPS coordinates out of range ({lat}, {lon})"
        return
    if _ref(gps.get(GPS_LAT_REF)) == "S":
        lat = -lat
    if _ref(gps.get(GPS_LON_REF)) == "W":
        lon = -lon
    meta.lat, meta.lon = round(lat, 7), round(lon, 7)
    alt = _number(gps.get(GPS_ALT))
    if alt is not None and abs(alt) < 100_000:
        ref = gps.get(GPS_ALT_REF)
        below = ref in (1, b"\x01", "\x01", "1") or (isinstance(ref, bytes) and ref[:1] == b"\x01")
        meta.altitude = round(-alt if below else alt, 2)


def _number(value: Any) -> float | None:
    """A finite float from an int, float or IFDRational (zero denominators give None)."""
    if isinstance(value, (tuple, list)):
        value = value[0] if len(value) == 1 else None
    try:
        if hasattr(value, "denominator") and getattr(value, "denominator") == 0:
            return None
        f = float(value)
    except (TypeError, ValueError, ZeroDivisionError, OverflowError):
        return None
    return f if math.isfinite(f) else None


def _dms(value: Any) -> float | None:
    """Degrees/minutes/seconds (1 to 3 rationals) -> decimal degrees, or None if broken."""
    parts = list(value) if isinstance(value, (tuple, list)) else [value]
    if not 1 <= len(parts) <= 3:
        return None
    numbers = [_number(p) for p in parts]
    if any(n is None or n < 0 for n in numbers):
        return None
    deg = numbers[0] + (numbers[1] / 60 if len(numbers) > 1 else 0) + (numbers[2] / 3600 if len(numbers) > 2 else 0)
    return deg if math.isfinite(deg) else None


def _ref(value: Any) -> str:
    if isinstance(value, bytes):
        value = value.decode("ascii", errors="ignore")
    return value.strip("\x00 ").upper()[:1] if isinstance(value, str) else ""


def _clean_str(value: Any) -> str:
    if isinstance(value, bytes):
        value = value.decode("utf-8", errors="replace")
    if not isinstance(value, str):
        return ""
    return " ".join(value.replace("\x00", " ").split())[:200]

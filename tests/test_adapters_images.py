"""Image metadata over real camera and phone files (../shared/data/exif) and crafted bad input."""
from __future__ import annotations

import io
import os
import struct
import zlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image, ImageFile
from PIL.TiffImagePlugin import IFDRational

from footprint.crawler.adapters.images import ImageMeta, read_image_metadata
from tests.conftest import sample


def _read(name: str) -> ImageMeta:
    return read_image_metadata(sample(f"exif/{name}").read_bytes())


@pytest.mark.parametrize("name, fmt, lat, lon", [
    ("DSCN0010.jpg", "JPEG", 43.4674, 11.8851),
    ("IMG_5195.HEIC", "HEIF", 39.05134, -94.28877),
    ("exiftool-GPS.jpg", "JPEG", 54.98967, -1.91417),
    ("pillow-ultrahdr.jpg", "JPEG", 30.62765, 119.73877),
    ("exiftool-Apple.jpg", "JPEG", 53.3828, -1.4567),
    ("exiftool-GoPro.jpg", "JPEG", 40.6584, -73.9934),
    # SOURCES.md calls it a plain camera JPEG, but its GPS IFD holds S 0°22.278', E 36°3.385'.
    ("Kodak_CX7530.jpg", "JPEG", -0.3713, 36.0564),
])
def test_gps_coordinates(name, fmt, lat, lon):
    meta = _read(name)
    assert (meta.format, meta.error) == (fmt, "")
    assert (meta.lat, meta.lon) == (pytest.approx(lat, abs=1e-4), pytest.approx(lon, abs=1e-4))


@pytest.mark.parametrize("name, attr, expected", [
    ("DSCN0010.jpg", "make", "NIKON"),
    ("DSCN0010.jpg", "model", "COOLPIX P6000"),
    ("DSCN0010.jpg", "taken_at", "2008:10:22 16:28:39"),       # DateTimeOriginal, not IFD0 DateTime
    ("IMG_5195.HEIC", "model", "iPhone 11 Pro Max"),
    ("IMG_5195.HEIC", "altitude", 260.56),
    ("exiftool-GoPro.jpg", "altitude", -3.98),                 # AltitudeRef 1 = below sea level
    ("exiftool-GoPro.jpg", "make", "GoPro"),                   # padded with spaces in the file
    ("pillow-ultrahdr.jpg", "taken_at", "2024:05:07 09:33:04"),
])
def test_camera_and_time(name, attr, expected):
    assert getattr(_read(name), attr) == expected


@pytest.mark.parametrize("name, error", [
    ("pillow-empty_gps_ifd.jpg", "empty"),
    ("pillow-exif_gps.jpg", "malformed"),      # latitude decodes to 4294967295 and no longitude
])
def test_broken_gps_is_an_error_not_a_position(name, error):
    meta = _read(name)
    assert (meta.lat, meta.lon) == (None, None)
    assert error in meta.error
    assert meta.format == "JPEG" and meta.make                  # the rest is still read


def test_truncated_jpeg_header_is_an_error():
    meta = read_image_metadata(sample("exif/DSCN0010.jpg").read_bytes()[:300])
    assert meta.error and meta.lat is None


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=0, max_value=30000))
def test_any_truncation_never_raises(n):
    assert isinstance(read_image_metadata(sample("exif/DSCN0010.jpg").read_bytes()[:n]), ImageMeta)


# -- crafted files --------------------------------------------------------------------

def _png(width: int, height: int, after_idat: bytes = b"") -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    raw = b"".join(b"\x00" + b"\x00" * 3 * width for _ in range(height)) if width * height < 10_000 else b"\x00"
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(raw))
            + (chunk(b"eXIf", after_idat) if after_idat else b"") + chunk(b"IEND", b""))


def _exif(gps: dict, make: str = "Fictocam") -> bytes:
    exif = Image.Exif()
    exif[0x010F] = make
    exif.get_ifd(0x8825).update(gps)
    return exif.tobytes()


SYDNEY = {1: "S", 2: (33.0, 51.0, 54.0), 3: "E", 4: (151.0, 12.0, 36.0)}


@pytest.mark.parametrize("fmt", ["JPEG", "PNG", "WEBP"])
def test_written_gps_round_trips(fmt):
    buf = io.BytesIO()
    Image.new("RGB", (4, 4)).save(buf, fmt, exif=_exif(SYDNEY))
    meta = read_image_metadata(buf.getvalue())
    assert (meta.format, meta.lat, meta.lon, meta.make) == (fmt, -33.865, 151.21, "Fictocam")


def test_png_exif_after_idat_is_read_without_decoding_pixels(monkeypatch):
    def no_decode(self):  # any pixel decode would call ImageFile.load
        raise AssertionError("pixel data decoded")

    monkeypatch.setattr(ImageFile.ImageFile, "load", no_decode)
    meta = read_image_metadata(_png(4, 4, after_idat=_exif(SYDNEY)))
    assert (meta.lat, meta.lon, meta.error) == (-33.865, 151.21, "")


@pytest.mark.parametrize("gps, error", [
    ({1: "N", 2: (IFDRational(10, 0), IFDRational(1, 0), IFDRational(0, 0)), 3: "E", 4: (1.0, 2.0, 3.0)}, "malformed"),
    ({1: "N", 2: (95.0, 0.0, 0.0), 3: "E", 4: (1.0, 2.0, 3.0)}, "out of range"),
    ({1: "N", 2: (10.0, 0.0, 0.0), 3: "E", 4: (181.0, 0.0, 0.0)}, "out of range"),
    ({1: "N", 2: 4294967295.0, 3: "E", 4: (1.0, 2.0, 3.0)}, "out of range"),
    ({1: "N", 3: "E", 4: (1.0, 2.0, 3.0)}, "malformed"),
    ({1: "N", 2: (1.0, 2.0, 3.0, 4.0), 3: "E", 4: (1.0, 2.0, 3.0)}, "malformed"),
])
def test_broken_gps_values(gps, error):
    buf = io.BytesIO()
    Image.new("RGB", (4, 4)).save(buf, "JPEG", exif=_exif(gps))
    meta = read_image_metadata(buf.getvalue())
    assert (meta.lat, meta.lon) == (None, None) and error in meta.error


@pytest.mark.parametrize("body, error", [
    (b"", "empty"),
    (os.urandom(2048), "not a recognised image"),
    (b"\xff\xd8\xff\xe1\x00\x10Exif\x00\x00MM\x00*", "unreadable"),
    (_png(100_000, 100_000), "decompression bomb"),
    (_png(10_000, 9_000), "decompression bomb"),       # over our 80 MP budget, under Pillow's hard limit
    ("not bytes", "non-bytes"),
])
def test_bad_input_gives_error(body, error):
    meta = read_image_metadata(body)
    assert error in meta.error and meta.lat is None


def test_image_without_exif_has_no_error():
    meta = read_image_metadata(_png(4, 4))
    assert (meta.format, meta.lat, meta.error) == ("PNG", None, "")


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=4096))
def test_arbitrary_bytes_never_raise(body):
    assert isinstance(read_image_metadata(body), ImageMeta)


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=200))
def test_fuzzed_exif_behind_a_jpeg_header_never_raises(tail):
    body = b"\xff\xd8\xff\xe1" + struct.pack(">H", len(tail) + 8) + b"Exif\x00\x00" + tail + b"\xff\xd9"
    assert isinstance(read_image_metadata(body), ImageMeta)

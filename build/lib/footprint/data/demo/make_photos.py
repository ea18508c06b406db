"""Generate the demo persona's photos: tiny JPEGs with real EXIF GPS and times.

Why: footprint's image analysis reads EXIF (GPS, DateTimeOriginal, camera) from
photos a profile links to. The demo needs photos whose metadata tells a story
the scanner should find: six taken within ~60 m of one point in Revesby NSW at
night or on weekends (home), two at Sydney Airport T1 in work hours (work
site), two on a trip to the NSW/QLD border (neither home nor work).

All places are public landmarks or a point on a suburban street; the person
is fictional. Run once and commit the outputs:

    .venv/bin/python data/demo/make_photos.py          # writes data/demo/site/media/
"""
from __future__ import annotations

import math
import sys
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

from PIL import Image
from PIL.TiffImagePlugin import IFDRational

OUT = Path(__file__).resolve().parent / "site" / "media"

AVATAR = "avatar.jpg"

# The fictional home point: a residential street in Revesby NSW 2212.
HOME = (-33.95480, 151.00930)
# Sydney Airport, Terminal 1 (international) forecourt and arrivals hall.
AIRPORT_T1 = (-33.93640, 151.16620)


@dataclass(frozen=True)
class Photo:
    name: str
    lat: float
    lon: float
    alt: float              # metres above sea level
    taken: str              # EXIF DateTimeOriginal, local time
    offset: str             # OffsetTimeOriginal (AEDT +11:00 until 5 Apr 2026, then AEST +10:00)
    place: str              # what the photo shows, for people
    colour: tuple[int, int, int]
    make: str = "Apple"
    model: str = "iPhone 13"


def _near(point: tuple[float, float], north_m: float, east_m: float) -> tuple[float, float]:
    """A point offset from ``point`` by metres north and east."""
    lat = point[0] + north_m / 111_320
    lon = point[1] + east_m / (111_320 * math.cos(math.radians(point[0])))
    return round(lat, 6), round(lon, 6)


PHOTOS: list[Photo] = [
    # --- home cluster: Revesby, nights and weekends -------------------------
    Photo("backyard-night.jpg", *_near(HOME, 8, -12), 21.0, "2026:03:14 21:42:10", "+11:00",
          "backyard fairy lights, Saturday night", (40, 30, 80)),
    Photo("firepit.jpg", *_near(HOME, -15, 20), 21.5, "2026:05:02 22:15:33", "+10:00",
          "fire pit in the backyard, Saturday night", (160, 70, 20)),
    Photo("pepper-couch.jpg", *_near(HOME, 3, 4), 22.0, "2026:06:09 23:05:47", "+10:00",
          "the border collie asleep on the couch, Tuesday night", (90, 90, 90)),
    Photo("sunrise-street.jpg", *_near(HOME, 30, 25), 20.5, "2026:07:18 05:48:02", "+10:00",
          "sunrise over the street out the front, Saturday", (230, 150, 90)),
    Photo("bbq.jpg", *_near(HOME, -20, -30), 21.0, "2026:08:15 13:20:19", "+10:00",
          "Saturday barbecue in the backyard", (120, 160, 60)),
    Photo("rain-late.jpg", *_near(HOME, 12, 35), 21.2, "2026:09:03 01:12:55", "+10:00",
          "rain on the carport after a late shift, 1 am Thursday", (30, 50, 70)),
    # --- work: Sydney Airport T1, on shift -----------------------------------
    Photo("t1-shift.jpg", *_near(AIRPORT_T1, 0, 0), 6.0, "2026:04:21 10:35:40", "+10:00",
          "uniform selfie in the T1 arrivals hall, Tuesday morning", (20, 40, 90)),
    Photo("t1-smartgates.jpg", *_near(AIRPORT_T1, -90, -120), 6.0, "2026:06:25 14:10:05", "+10:00",
          "the new SmartGate kiosks at T1, Thursday afternoon", (70, 110, 150)),
    # --- a trip: Coolangatta / Tweed Heads -----------------------------------
    Photo("coolangatta-beach.jpg", -28.16670, 153.53600, 4.0, "2026:07:05 16:30:12", "+10:00",
          "Coolangatta beach, Sunday afternoon", (60, 170, 200)),
    Photo("point-danger.jpg", -28.16480, 153.55030, 30.0, "2026:07:06 09:15:44", "+10:00",
          "Point Danger lookout on the NSW/QLD border, Monday morning", (200, 200, 120)),
]


def _dms(value: float) -> tuple[IFDRational, IFDRational, IFDRational]:
    """Degrees as EXIF (deg, min, sec) rationals, seconds to 1/100."""
    value = abs(value)
    deg = int(value)
    minutes_f = (value - deg) * 60
    minutes = int(minutes_f)
    seconds = Fraction(round((minutes_f - minutes) * 60 * 100), 100)
    return (IFDRational(deg, 1), IFDRational(minutes, 1),
            IFDRational(seconds.numerator, seconds.denominator))


def exif_for(photo: Photo) -> Image.Exif:
    exif = Image.Exif()
    exif[0x010F] = photo.make                # Make
    exif[0x0110] = photo.model               # Model
    exif[0x0132] = photo.taken               # DateTime
    sub = exif.get_ifd(0x8769)               # Exif IFD
    sub[0x9003] = photo.taken                # DateTimeOriginal
    sub[0x9004] = photo.taken                # DateTimeDigitized
    sub[0x9011] = photo.offset               # OffsetTimeOriginal
    gps = exif.get_ifd(0x8825)               # GPS IFD
    gps[0x0000] = b"\x02\x02\x00\x00"        # GPSVersionID 2.2
    gps[0x0001] = "S" if photo.lat < 0 else "N"
    gps[0x0002] = _dms(photo.lat)
    gps[0x0003] = "E" if photo.lon >= 0 else "W"
    gps[0x0004] = _dms(photo.lon)
    gps[0x0005] = b"\x00"                    # GPSAltitudeRef: above sea level
    gps[0x0006] = IFDRational(round(photo.alt * 10), 10)
    return exif


def render(photo: Photo) -> Image.Image:
    """A 64x48 vertical gradient from the photo's colour to near black."""
    img = Image.new("RGB", (64, 48))
    r, g, b = photo.colour
    for y in range(48):
        k = 1 - y / 60
        img.paste((int(r * k), int(g * k), int(b * k)), (0, y, 64, y + 1))
    return img


def main(out: Path = OUT) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for photo in PHOTOS:
        path = out / photo.name
        render(photo).save(path, "JPEG", quality=70, exif=exif_for(photo))
        written.append(path)
    # The profile picture: no EXIF at all, as Mastodon serves avatars.
    avatar = out / AVATAR
    Image.new("RGB", (48, 48), (20, 40, 90)).save(avatar, "JPEG", quality=70)
    written.append(avatar)
    return written


if __name__ == "__main__":
    for p in main(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT):
        print(p, p.stat().st_size)

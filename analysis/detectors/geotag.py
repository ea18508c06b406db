"""geotag: precise coordinates attached to a post (§3 geotagging). EXIF in images is the image step's."""
from __future__ import annotations

import math

from crawler.items import PostItem

from .base import Detector

KEY_DECIMALS = 3          # ~100 m: the same spot posted twice links to one finding


def _coord(value, limit: float) -> float | None:
    try:
        f = float(value)
    except (TypeError, ValueError):
        return None
    return f if math.isfinite(f) and -limit <= f <= limit else None


class GeotagDetector(Detector):
    CATEGORY = "geotag"
    COORDINATES = 0.95

    def analyze_item(self, item, ctx):
        if not isinstance(item, PostItem) or not isinstance(item.location, dict):
            return []
        loc = item.location
        lat = _coord(loc.get("lat", loc.get("latitude")), 90)
        lon = _coord(loc.get("lon", loc.get("longitude")), 180)
        if lat is None or lon is None or (lat == 0 and lon == 0):
            return []
        name = str(loc.get("name") or "").strip()
        coords = f"{lat:.{KEY_DECIMALS + 2}f}, {lon:.{KEY_DECIMALS + 2}f}"
        value = f"{name} ({coords})" if name else coords
        d = self.detection(ctx, value=value, key=f"geo:{lat:.{KEY_DECIMALS}f},{lon:.{KEY_DECIMALS}f}", confidence=self.COORDINATES,
                           pattern="post_location", excerpt_text=f"location: {value}", kind="post_metadata",
                           attrs={"lat": lat, "lon": lon, "place": name})
        return [d] if d else []

"""A "Location: <Suburb>" label inside a post or page text: a member card, a forum profile copied as text (round 14).

Profile fields named "Location" are read by the detector's field rule; the same label printed in a page's text (a
forum's member card, "kirra77's profile - Location: Seddon - Joined 2019") reaches the detector as plain text. The
label, then a place that is the whole value (a town or suburb, with its state at most), ending at a separator or the
end of the line, is where the member says they live. An event notice ("When: Sat 9am. Location: Kambah Oval") names a
venue: the value must be only the place, and a text with event words (`labelled_not`) is left alone.
"""
from __future__ import annotations

import re

from footprint.analysis.detect import localities
from footprint.analysis.detect.detectors.context import doc_text

CONFIDENCE = 0.65
CITY = 0.45

_LABEL = re.compile(r"(?:^|[\n|·•—–;]|\s-\s|\.\s)\s*(?:location|suburb|home\s*town|hometown|lives|lives\s+in|whereabouts|home|"
                    r"based|from|area)\s*:\s*(?P<place>[A-Za-z][A-Za-z'’ -]{1,40}?)\s*(?:,?\s*(?:NSW|VIC|QLD|WA|SA|TAS|ACT|NT)\b)?"
                    r"\s*(?=$|[\n|·•;.,!]|\s[-–—]\s|\s+(?:joined|member|posts?|since|age|interests?|occupation)\b)", re.I | re.M)


def labelled(det, doc, ctx) -> list:
    """The home said by a "Location:" label in a text (see module doc); [] when none, or the text is an event."""
    text = doc_text(doc, ctx)
    if ":" not in text or ctx.kind == "profile_field":
        return []
    not_rx = det.regexes("labelled_not")
    if any(rx.search(text) for rx in not_rx) or det.denied(text):
        return []
    for m in _LABEL.finditer(text):
        place = m.group("place").strip()
        found = localities.lookup(place) or localities.named_suburb(place)
        if found is None or found[1] in ("state", "territory", "country"):
            continue
        name, kind = found
        city = kind == "city" or localities.regional_city(name)
        d = det.detection(ctx, value=name, key=f"place:{name}", confidence=CITY if city else CONFIDENCE,
                          pattern="labelled_location", excerpt_text=" ".join(m.group(0).split()),
                          support=[" ".join(m.group(0).split())], attrs={"place": name, "place_kind": kind})
        if d:
            return [d]
    return []

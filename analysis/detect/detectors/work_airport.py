"""Airports named the way their staff name them: by the suburb they sit in or a local nickname.

"<suburb> ✈️ lates", "back at <suburb> international tomorrow", "<suburb> 0500 start, two jets and a charter": the
suburb alone is where many people live, so it is read as the airport only beside an airport word (a plane emoji, a
terminal, "international", arrivals, flights counted, the apron) in a staff scan, and not in a traveller's post (a
holiday, a pick-up, "off to"). The suburbs are data: data/patterns/airport_suburbs.tsv.
"""
from __future__ import annotations

import re
from functools import lru_cache
from footprint.analysis.detect.detectors.context import doc_text
from footprint.analysis.detect.nlp import PATTERN_DIR

_DATA = PATTERN_DIR / "airport_suburbs.tsv"
# an airport word near the suburb: the plane, a terminal, the international side, arrivals, planes counted, the apron
_CUE = re.compile(r"✈️?|🛬|🛫|\b(?:airport|terminal|T[1-4]|international|intl|domestic|arrivals?|departures|apron|airside|"
                  r"tarmac|(?:\d+|two|three|four|five|six)\s+(?:\w+\s+)?(?:flights|jets|planes|widebodies|charters|arrivals)|"
                  r"baggage\s+hall|the\s+belts?|pax)\b", re.I)
# a traveller's post, not a worker's: a holiday, a pick-up, a trip out or home
_TRAVELLER = re.compile(r"\b(?:holiday|hols|vacation|trip|layover|boarding\s+pass|duty\s+free|jet\s*lag|off\s+to|heading\s+to|"
                        r"bound\s+for|home\s+from|back\s+from|picked?\s+(?:\w+\s+)?up|pick(?:ing)?\s+(?:\w+\s+)?up|"
                        r"drop(?:ped|ping)?\s+(?:\w+\s+)?off|lounge|qantas\s+club|upgrade|check-?in|my\s+(?:bags?|luggage))\b", re.I)


@lru_cache(maxsize=1)
def _table() -> tuple[re.Pattern, dict[str, str]]:
    rows = [line.split("\t") for line in _DATA.read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")]
    names = {r[0].strip(): r[1].strip() for r in rows if len(r) == 2}
    rx = re.compile(r"(?<![\w-])(" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")(?![\w-])")
    return rx, names


def airport_suburbs(det, doc, ctx, covered: set[str]) -> list:
    """The airport a staff member names by its suburb, beside an airport word in the same sentence."""
    if ctx.scan_employed is not True or ctx.kind == "profile_field":
        return []
    rx, names = _table()
    text = doc_text(doc, ctx)
    out = []
    for m in rx.finditer(text):            # case-sensitive: a name as written ("Mascot", not "mascot")
        sent = ctx.facts.sent_at_char(m.start())
        # the cue is read around the name, not in it ("<City> International" is no cue for itself)
        window = text[max(sent.span.start_char, m.start() - 60):m.start()] + " | " + text[m.end():min(sent.span.end_char, m.end() + 60)]
        if not _CUE.search(window) or _TRAVELLER.search(sent.text) or det.denied(sent.text) or det.leaving(sent.text):
            continue
        if any(r.search(sent.text) for r in det.named_not) or ctx.shared.employment.about(sent.text):
            continue
        value = names[m.group(1)]
        if value.lower() in covered:
            continue
        covered.add(value.lower())
        d = det.detection(ctx, value=value, key=f"place:{value}", confidence=det.WORK_AT - 0.1,
                          pattern="work_at_place_airport_suburb", excerpt_text=sent.text,
                          support=[m.group(1), _CUE.search(window).group(0)], attrs={"place": value, "site_kind": "airport"})
        if d:
            out.append(d)
    return out

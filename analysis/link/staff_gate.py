"""Categories that exist only for staff, kept only where the scan shows the subject is staff.

Colleagues, official and systems information and work locations are the ORGANISATION's: a shipping agent's
"the immigration officer at the gangway wanted the crew list again" or a broker's "the cargo system was slow
again" is not inside knowledge, and an airport photographed by a traveller in work hours is not a work site.
They count only where the whole scan shows the subject as staff, by an employer, corporate identifier or
official contact finding, or where the finding's own sentence is a first-person sentence about the subject's
own job ("my shift", "our roster", data/lexicons/employer.toml `own_job`).

The extractor already drops most of these in a scan that ties the subject to nothing; this step reads the
whole scan's detections after every inference (people linking, photo work sites, tracks) and is the one place
that says why each was set aside: every dropped detection is logged with the reason.
"""
from __future__ import annotations

import logging
from typing import Iterable

from footprint.analysis.detect.detectors.employer_actor import third_party
from footprint.analysis.findings import Detection

log = logging.getLogger(__name__)

STAFF_ONLY = frozenset({"colleague", "official_information", "systems_information", "work_location"})
SHOWS_STAFF = frozenset({"employer", "corporate_identifier", "official_contact"})
REASON = "set aside: nothing in the scan shows the subject works for the organisation"


def own_work_sentence(d: Detection) -> bool:
    """The detection's own sentence speaks of the subject's own job ("my shift", "our roster", "my director")."""
    text = d.evidence.excerpt or ""
    return any(rx.search(text) for rx in third_party().own_job)


def apply(detections: Iterable[Detection]) -> list[Detection]:
    """The detections, less the staff-only ones of a scan that never shows the subject as staff (each logged)."""
    dets = list(detections)
    if any(d.category in SHOWS_STAFF for d in dets):
        return dets
    kept = []
    for d in dets:
        if d.category in STAFF_ONLY and not own_work_sentence(d):
            log.info("%s: %s %r (%s, %s) <%s>", REASON, d.category, d.value, d.detector, d.pattern, d.evidence.url)
            continue
        kept.append(d)
    return kept

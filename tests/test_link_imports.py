"""Linking imports SciPy's k-d tree only when there are geotags to pair: a scan without them (most text-only
scans, the analysis benchmark) does not pay its import. Checked in a fresh interpreter."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

CODE = """
import json, sys
from footprint.analysis.findings import Detection, Evidence
from footprint.analysis.link.linking import link
P = "https://social.example/@alex"
def det(category, value, url, **attrs):
    return Detection(category, value, f"{category}:{value.lower()}", 0.8, "T", "p",
                     Evidence(url=f"{P}/{url}", kind="text", excerpt=value, profile=P), attrs=attrs)
dets = [det("employer", "Australian Border Force", "1"), det("family", "Sarah (wife)", "2", relation="wife", name="Sarah")]
dets += [det("geotag", f"{lat:.4f},{lon:.4f}", f"g{i}", lat=lat, lon=lon) for i, (lat, lon) in enumerate(%s)]
findings = link(dets)
print(json.dumps([len(findings), "scipy.spatial" in sys.modules]))
"""


@pytest.mark.parametrize("geotags,findings,scipy", [
    ([], 2, False),                                            # text only
    ([(-33.8688, 151.2093)], 3, False),                        # one geotag: nothing to pair
    ([(-33.8688, 151.2093), (-33.8689, 151.2094)], 3, True),   # two, 14 m apart: paired, one finding
])
def test_scipy_is_imported_only_with_geotags_to_pair(geotags, findings, scipy):
    out = subprocess.run([sys.executable, "-c", CODE % (geotags,)], capture_output=True, text=True, timeout=120,
                         check=True)
    assert json.loads(out.stdout.strip().splitlines()[-1]) == [findings, scipy]

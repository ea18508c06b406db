"""Values kept on a spaCy Doc for speed, and letting go of them once the Doc's detectors have run.

Several detectors ask the same doc for the same things (its towns, its tokens' texts, the relation forms'
matches), and a repeated text shares one Doc (repeats.py), so these are kept in `doc.user_data` under the
keys below. The town spans hold the Doc itself, so a Doc carrying them is freed only by the cyclic garbage
collector, and with everything kept on it a scan's dead Docs piled up between collections (tens of MB at
5,000 posts). Extraction calls `release` on each Doc when its window is done: the Doc is freed at once, and
a repeat that gets the Doc later computes the values again (they depend on the Doc alone).
"""
from __future__ import annotations

TOWNS = "footprint_towns"                       # localities.town_spans, per setting
TOKEN_COLUMNS = "footprint_token_columns"       # localities.token_columns
RELATION_FORMS = "footprint_relation_forms"     # relation_forms.RelationForms._matches
KEYS = (TOWNS, TOKEN_COLUMNS, RELATION_FORMS)


def release(doc) -> None:
    """Drop the values kept on the Doc (and with them the Doc's references to itself)."""
    for key in KEYS:
        doc.user_data.pop(key, None)

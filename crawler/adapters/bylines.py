"""A forum post's byline ("Posted by jo_w on 11 Mar 2026, 21:40") is page chrome, not the member's words.

Why: a post's text is read by the analysis sentence by sentence, and the sentence model reads a byline line
joined to its neighbours as if the member had written it ("Posted by <user> on <date>" was read as policy
development). The line says nothing the item does not already carry (its author is the profile, its time the
item's `published`), so it is dropped from the text where a forum post is made. Only whole lines that are
nothing but a byline go; "posted by the team on Monday, we board at six" inside a sentence stays.
"""
from __future__ import annotations

import re

# "Posted by jo_w on 11 Mar 2026, 21:40", "Written by Admin", "Last edited by trev on Tue 4 June",
# phpBB's "by sandgroper » Tue Mar 04, 2025 8:12 pm", "Posted: 4 June 2024 8:12pm", "Reply. Quote. Report."
_BYLINE = re.compile(
    r"^\s*(?:(?:posted|written|submitted|last\s+edited|edited|started)\s+by\s+@?[\w.\-]+(?:\s+(?:on|at|»|-|–|·|\|)\s+.{0,60})?"
    r"|by\s+@?[\w.\-]+\s+»\s+.{0,60}"
    r"|(?:posted|published)\s*:\s*.{0,40}\d.{0,30}"
    r"|(?:(?:reply|quote|report|share|like|permalink)[.,·|\s]*){2,})\s*$", re.I)


def without_bylines(text: str) -> str:
    """The text with its byline lines taken out (other lines, and their order, as they were)."""
    if "by" not in text.lower() and ":" not in text and "reply" not in text.lower():
        return text
    lines = text.split("\n")
    kept = [line for line in lines if not _BYLINE.match(line)]
    return "\n".join(kept) if len(kept) != len(lines) else text

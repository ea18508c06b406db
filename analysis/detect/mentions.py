"""A tagged handle some clients write with a space after the @ ("cake by @ tilly_bakes", "@ mel.kowalski"), read
as the handle it is (round 15).

Only a word shaped like a handle is joined: letters, then an underscore or a dot, then more letters or digits
("@ daz_mcgrath", "@ rosie.quill"). "@ home", "meet @ 5pm" and "@ the pub" stay as written: there the @ means "at".
"""
from __future__ import annotations

import re

_SPACED = re.compile(r"(?<![\w@])@[ \u00a0](?=[A-Za-z][A-Za-z0-9]*[_.][A-Za-z0-9][A-Za-z0-9_.]*)")


def join_mentions(text: str) -> str:
    """The text with "@ handle" written "@handle" where the word after the @ has a handle's shape."""
    return _SPACED.sub("@", text) if "@" in text else text

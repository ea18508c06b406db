"""`json.dumps(value)` as a stream of pieces, each made by the C encoder.

Why: the stored analysis of a 50,000-post scan is 75 MB of JSON. `json.dumps`
holds its pieces and then the joined text (and sqlite copied the text again
when binding it), 245 MB above the report itself. Without an indent the C
encoder runs only for a whole value (`iterencode` falls back to the slow
pure-Python encoder), so this walks the first `depth` levels of dicts and
lists itself and hands each element below to `json.dumps`: the pieces joined
are exactly `json.dumps(value)` (same separators, same escapes).
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any


def json_pieces(value: Any, depth: int = 3) -> Iterator[str]:
    """The text of `json.dumps(value)` in pieces (dicts and lists opened `depth` levels deep)."""
    if depth > 0 and type(value) is dict and all(type(k) is str for k in value):
        yield "{"
        for n, (k, v) in enumerate(value.items()):
            yield (", " if n else "") + json.dumps(k) + ": "
            yield from json_pieces(v, depth - 1)
        yield "}"
    elif depth > 0 and type(value) is list:
        yield "["
        for n, v in enumerate(value):
            if n:
                yield ", "
            yield from json_pieces(v, depth - 1)
        yield "]"
    else:
        yield json.dumps(value)

"""Give the C allocator's free memory back to the system between the analysis' stages.

Why: spaCy's Docs, thinc's and ONNX Runtime's buffers and every large Python list or dict come from the C
library's malloc, and glibc keeps what they free in its heaps (one per thread: the parse-ahead and
embedding workers each have their own) for reuse, resident. After detection the Docs are gone but their
memory is not: on 2,500 generated posts `pipeline.detect` left 534 MB resident, of which `malloc_trim(0)`
gave back 139 MB in 45 ms. What comes after detection (linking, advice, the graph, the plan, the report) is
mostly small Python objects, which live in Python's own arenas and would not have reused that memory, so
at 50,000 posts it was part of the scan's peak. Nothing changes but the resident size; where the C library
is not glibc (no `malloc_trim`) this does nothing.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import sys

_trim = None
if sys.platform.startswith("linux"):
    try:
        _trim = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6").malloc_trim
        _trim.argtypes, _trim.restype = [ctypes.c_size_t], ctypes.c_int
    except (OSError, AttributeError):       # musl and others: no malloc_trim
        _trim = None


def give_back() -> bool:
    """Return the C heaps' free pages to the system (glibc's `malloc_trim(0)`); False when there is no such call."""
    if _trim is None:
        return False
    _trim(0)
    return True

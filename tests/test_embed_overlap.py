"""embed_overlap.overlapped: windows come out in order, each only after its own passages are embedded,
the next window's embedding already started; a worker's error reaches the caller; no thread without encode."""
from __future__ import annotations

import threading

import pytest

from footprint.analysis.detect.embed_overlap import overlapped


def _run(windows, fail_on=None):
    log: list[tuple] = []
    done: set[str] = set()
    lock = threading.Lock()

    def prepare(w):
        log.append(("prepare", w))
        return [f"{w}-a", f"{w}-b"]

    def encode(texts):
        if fail_on and fail_on in texts:
            raise ValueError(f"cannot embed {fail_on}")
        with lock:
            done.update(texts)
        return len(texts)

    for w in overlapped(iter(windows), prepare, encode):
        log.append(("yield", w, {f"{w}-a", f"{w}-b"} <= done))
    return log


@pytest.mark.parametrize("windows", [[], ["w1"], ["w1", "w2"], [f"w{n}" for n in range(7)]])
def test_windows_in_order_each_embedded_before_it_is_handed_on(windows):
    log = _run(windows)
    assert [e[1] for e in log if e[0] == "yield"] == windows
    assert all(e[2] for e in log if e[0] == "yield")
    # window k+1 is prepared before window k is handed on (its embedding overlaps k's detectors)
    order = [(e[0], e[1]) for e in log]
    for k in range(len(windows) - 1):
        assert order.index(("prepare", windows[k + 1])) < order.index(("yield", windows[k]))


def test_an_embedding_error_reaches_the_caller():
    with pytest.raises(ValueError, match="cannot embed w2-a"):
        _run(["w1", "w2", "w3"], fail_on="w2-a")


def test_without_encode_each_window_is_prepared_then_handed_on_in_this_thread():
    seen = []
    out = list(overlapped(iter(["a", "b"]), lambda w: seen.append((w, threading.current_thread().name)) or [], None))
    assert out == ["a", "b"]
    assert seen == [("a", threading.current_thread().name), ("b", threading.current_thread().name)]

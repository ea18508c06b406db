"""parse_ahead.ahead: the worker thread's items come out in order, errors reach the caller, the queue is bounded,
and a caller that stops early stops the worker."""
from __future__ import annotations

import threading

import pytest

from footprint.analysis.detect.parse_ahead import ahead


@pytest.mark.parametrize("items,depth", [([], 1), (["one"], 1), (list(range(10)), 1), (list(range(1000)), 256),
                                         (["a", "a", "b", None, 0], 3)])
def test_same_items_in_the_same_order(items, depth):
    assert list(ahead(iter(items), depth)) == items


def _made(log: list, n: int):
    for i in range(n):
        log.append(i)
        yield i


@pytest.mark.parametrize("depth", [1, 4, 64])
def test_the_worker_is_at_most_depth_items_ahead(depth):
    made: list[int] = []
    seen = []
    for item in ahead(_made(made, 200), depth):
        seen.append(item)
        # queued (depth) + one the worker holds while the queue is full, beyond what the caller has
        assert len(made) <= len(seen) + depth + 1
    assert seen == list(range(200))


@pytest.mark.parametrize("fail_at", [0, 1, 7])
def test_the_workers_error_is_raised_where_its_item_would_be(fail_at):
    def items():
        for i in range(10):
            if i == fail_at:
                raise ValueError(f"bad text {i}")
            yield i

    seen = []
    with pytest.raises(ValueError, match=f"bad text {fail_at}"):
        for item in ahead(items(), 2):
            seen.append(item)
    assert seen == list(range(fail_at))


def test_a_caller_that_stops_early_stops_the_worker():
    made: list[int] = []
    stream = ahead(_made(made, 100_000), 8)
    assert [next(stream) for _ in range(3)] == [0, 1, 2]
    stream.close()                     # joins the worker
    assert len(made) <= 3 + 8 + 1
    assert not [t for t in threading.enumerate() if t.name == "fp-parse"]


def test_the_work_runs_outside_the_callers_thread():
    where = []

    def items():
        where.append(threading.current_thread().name)
        yield 1

    assert list(ahead(items(), 1)) == [1]
    assert where == ["fp-parse"]

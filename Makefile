# OffMap: `make run` opens the app, `make test` runs the whole suite.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint unit gui integration bench dist clean venv

venv: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/offmap

lint: $(STAMP)
	$(BIN)/ruff check app tests benchmarks

# The whole suite: unit, GUI (offscreen) and integration tests (real Secret Service keyring under
# a private D-Bus session, SMTP on loopback, pdftotext, HTTP on loopback).
test: $(STAMP) lint
	QT_QPA_PLATFORM=offscreen PATH="$(CURDIR)/$(BIN):$$PATH" tests/with_keyring.sh $(BIN)/python -m pytest -q $(PYTEST_ARGS)

unit: $(STAMP)
	$(BIN)/python -m pytest -q tests/unit

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks.run $(BENCH_ARGS)

clean:
	rm -rf build dist *.egg-info .pytest_cache .ruff_cache benchmarks/results

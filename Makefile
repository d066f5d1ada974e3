# OffMap: `make run` opens the app, `make test` runs the whole suite.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint unit gui integration bench dist clean venv lock translations translations-update icons screenshots laws-doc cli-doc

venv: $(STAMP)

# Installs exactly the locked versions (hashes checked), then OffMap itself without dependencies.
$(STAMP): pyproject.toml requirements/dev.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade 'pip>=24'
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements/dev.lock
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

# Refreshes the lock files from pyproject.toml's ranges (one resolution for Linux, Windows and
# macOS): requirements/app.lock (what the app needs) and requirements/dev.lock (tests and builds).
LOCK := $(BIN)/python -m uv pip compile pyproject.toml --universal --python-version 3.11 \
	--generate-hashes --quiet --custom-compile-command "make lock"
lock: $(STAMP)
	$(BIN)/python -m pip install --quiet 'uv>=0.5,<1'
	rm -f requirements/app.lock requirements/dev.lock  # re-resolve: no stale hand-made entries
	$(LOCK) -o requirements/app.lock
	$(LOCK) --extra dev -o requirements/dev.lock
	$(BIN)/python packaging/flatpak_sources.py

# The interface translations: resources/i18n/*.ts (sources, edited with pyside6-linguist) compiled
# to the .qm catalogues the app loads. translations-update re-reads the tr() strings from the code.
TS_FILES := $(wildcard resources/i18n/*.ts)
QM_FILES := $(TS_FILES:.ts=.qm)

translations: $(QM_FILES)

resources/i18n/%.qm: resources/i18n/%.ts | $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations-update: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.gui.i18n_sources
	$(BIN)/pyside6-lupdate -no-obsolete -locations none -source-language en -target-language es \
		app/gui/*/*.py -ts $(TS_FILES)

run: $(STAMP) translations
	$(BIN)/offmap

lint: $(STAMP)
	$(BIN)/ruff check app tests benchmarks
	$(BIN)/lint-imports
	$(BIN)/mypy

# The whole suite: unit, GUI (offscreen) and integration tests (real Secret Service keyring under
# a private D-Bus session, SMTP on loopback, pdftotext, HTTP on loopback).
test: $(STAMP) lint translations
	QT_QPA_PLATFORM=offscreen PATH="$(CURDIR)/$(BIN):$$PATH" tests/with_keyring.sh $(BIN)/python -m pytest -q $(PYTEST_ARGS)

unit: $(STAMP)
	$(BIN)/python -m pytest -q tests/unit

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks.run $(BENCH_ARGS)

# The soak test (tests/gui/test_soak.py) on a second, current Python as well (3.13: None is
# immortal there, 3.11 is what `make test` uses): a small venv with the runtime deps and pytest.
PYTHON313 ?= python3.13
VENV313 := .venv313
soak-313:
	test -x $(VENV313)/bin/python || $(PYTHON313) -m venv $(VENV313)
	$(VENV313)/bin/python -c "import tomllib; print(*tomllib.load(open('pyproject.toml', 'rb'))['project']['dependencies'], sep='\n')" > $(VENV313)/requirements.txt
	$(VENV313)/bin/python -m pip install --quiet -r $(VENV313)/requirements.txt \
		'pytest>=8,<10' 'pytest-qt>=4.4,<5'
	QT_QPA_PLATFORM=offscreen $(VENV313)/bin/python -m pytest -q -p no:cacheprovider tests/gui/test_soak.py

# The wheel (dist/offmap-X.Y.Z-py3-none-any.whl) and the one-folder Linux bundle (dist/offmap/offmap)
# built by PyInstaller from packaging/offmap.spec.
dist: $(STAMP) translations
	$(BIN)/python -m pip wheel --quiet --no-deps --no-build-isolation -w dist .
	$(BIN)/pyinstaller --noconfirm --distpath dist --workpath build/pyinstaller packaging/offmap.spec

clean:
	rm -rf build dist *.egg-info .pytest_cache .ruff_cache benchmarks/results

# Re-renders the app icon's PNG sizes, .ico and .icns from resources/icons/offmap.svg.
icons: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python packaging/make_icons.py

# Rebuilds docs/laws.md, the law-review table, from resources/laws/*.json (a test checks it).
laws-doc: $(STAMP)
	$(BIN)/python packaging/laws_doc.py

# Rebuilds docs/cli.md, the command-line reference, from every command's --help (a test checks it).
cli-doc: $(STAMP)
	$(BIN)/python packaging/cli_reference.py

# Re-renders the README's light, dark and Spanish screenshots (docs/screenshots/).
screenshots: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python packaging/screenshots.py

# Two commands set everything up on a fresh Debian/Ubuntu machine: `make run`, `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run demo test lint format screenshots bench soak privacy-check a11y-check bundle translations clean

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV) || { \
	  echo "Could not create a virtual environment: install python3-venv (sudo apt-get install python3-venv)"; exit 1; }
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

# The UI in other languages (Qt Linguist): resources/i18n/*.ts compiled to .qm, which are
# build products (gitignored); the wheel compiles them too (hatch_build.py).
TS := $(wildcard resources/i18n/*.ts)
QM := $(TS:.ts=.qm)

resources/i18n/%.qm: resources/i18n/%.ts | $(STAMP)
	$(BIN)/pyside6-lrelease -silent -nounfinished $< -qm $@

# After changing texts in the code: new ones into the .ts files, gone ones out. Then translate
# what is new in $(BIN)/pyside6-linguist; tests/test_translations.py fails until it is done.
# English, the source language, has a file for its plural forms only ("1 page" of "%n pages").
translations: $(STAMP)
	$(BIN)/pyside6-lupdate -extensions py coachdesk -ts $(filter-out %_en.ts,$(TS)) \
	  -no-obsolete -locations relative
	$(BIN)/pyside6-lupdate -extensions py coachdesk -ts resources/i18n/coachdesk_en.ts \
	  -pluralonly -no-obsolete -locations relative

# Qt's xcb plugin needs libxcb-cursor0, which some desktops lack; say so instead of a Qt abort.
define check_desktop
	@if [ -n "$$DISPLAY" ] && ! ldconfig -p 2>/dev/null | grep -q libxcb-cursor.so.0; then \
	  echo "coachdesk needs libxcb-cursor0 to open a window: sudo apt-get install libxcb-cursor0"; exit 1; fi
endef

run: $(STAMP) $(QM)
	$(check_desktop)
	$(BIN)/coachdesk

demo: $(STAMP) $(QM)
	$(check_desktop)
	$(BIN)/coachdesk --demo

lint: $(STAMP)
	$(BIN)/ruff check coachdesk tests tools hatch_build.py
	$(BIN)/ruff format --check coachdesk tests tools hatch_build.py
	$(BIN)/mypy

format: $(STAMP)
	$(BIN)/ruff format coachdesk tests tools hatch_build.py
	$(BIN)/ruff check --fix coachdesk tests tools hatch_build.py

test: lint $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

screenshots: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/screenshots.py docs/screenshots

# Proof that nothing leaves the machine: a whole session without a network, traced.
privacy-check: $(STAMP)
	PYTHON=$(BIN)/python bash tools/privacy_check.sh

# What a screen reader hears: the real window on a private X display, D-Bus session and AT-SPI
# bus, driven with the keyboard; fails on a silent question, Tab stop or reflection
# (docs/accessibility.md). pyatspi is Debian's: python3-pyatspi, with xvfb, openbox,
# at-spi2-core, dbus-daemon and xdotool. A11Y_FLAGS=--announcements-pending tolerates
# a search that is not announced yet.
A11Y_PYTHON ?= /usr/bin/python3
a11y-check: $(STAMP) $(QM)
	$(A11Y_PYTHON) tools/a11y_check.py --coachdesk $(BIN)/coachdesk $(A11Y_FLAGS)

# Figures for docs/benchmarks.md; never part of make test.
bench: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/bench.py

# 200 kills of a writer and a 30-year journal: figures for docs/reliability.md; not in CI.
soak: $(STAMP)
	$(BIN)/python tools/soak.py

# A one-folder desktop bundle in dist/coachdesk (PyInstaller), then its smoke test; never part
# of make test (about a minute). How to ship it: docs/install.md.
BUNDLE_STAMP := $(VENV)/.bundle-installed
$(BUNDLE_STAMP): $(STAMP) pyproject.toml
	$(BIN)/python -m pip install --quiet -e '.[bundle]'
	@touch $(BUNDLE_STAMP)

bundle: $(BUNDLE_STAMP) $(QM)
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
	  packaging/pyinstaller/coachdesk.spec
	$(BIN)/python tools/smoke_bundle.py dist/coachdesk

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache .bench $(QM)

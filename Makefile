# Two commands set everything up on a fresh Debian/Ubuntu machine: `make run`, `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run demo test lint format screenshots bench privacy-check bundle clean

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV) || { \
	  echo "Could not create a virtual environment: install python3-venv (sudo apt-get install python3-venv)"; exit 1; }
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

# Qt's xcb plugin needs libxcb-cursor0, which some desktops lack; say so instead of a Qt abort.
define check_desktop
	@if [ -n "$$DISPLAY" ] && ! ldconfig -p 2>/dev/null | grep -q libxcb-cursor.so.0; then \
	  echo "coachdesk needs libxcb-cursor0 to open a window: sudo apt-get install libxcb-cursor0"; exit 1; fi
endef

run: $(STAMP)
	$(check_desktop)
	$(BIN)/coachdesk

demo: $(STAMP)
	$(check_desktop)
	$(BIN)/coachdesk --demo

lint: $(STAMP)
	$(BIN)/ruff check coachdesk tests tools
	$(BIN)/ruff format --check coachdesk tests tools
	$(BIN)/mypy

format: $(STAMP)
	$(BIN)/ruff format coachdesk tests tools
	$(BIN)/ruff check --fix coachdesk tests tools

test: lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/screenshots.py docs/screenshots

# Proof that nothing leaves the machine: a whole session without a network, traced.
privacy-check: $(STAMP)
	PYTHON=$(BIN)/python bash tools/privacy_check.sh

# Figures for docs/benchmarks.md; never part of make test.
bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/bench.py

# A one-folder desktop bundle in dist/coachdesk (PyInstaller), then its smoke test; never part
# of make test (about a minute). How to ship it: docs/install.md.
BUNDLE_STAMP := $(VENV)/.bundle-installed
$(BUNDLE_STAMP): $(STAMP) pyproject.toml
	$(BIN)/python -m pip install --quiet -e '.[bundle]'
	@touch $(BUNDLE_STAMP)

bundle: $(BUNDLE_STAMP)
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
	  packaging/pyinstaller/coachdesk.spec
	$(BIN)/python tools/smoke_bundle.py dist/coachdesk

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache .bench

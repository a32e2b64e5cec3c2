# framing — two commands: `make report` and `make test`. Both create .venv when it is missing.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
CORPORA := karabakh-2023 gaza-2012-2014 ukraine-2014
REPORT_FORMATS ?= csv,html,pdf

.PHONY: report test install clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

report: $(STAMP)
	@for c in $(CORPORA); do \
	  $(BIN)/framing analyze corpora/$$c --spec $$c --out reports/$$c --format $(REPORT_FORMATS) || exit 1; \
	done

test: $(STAMP)
	$(BIN)/python -m pytest -q

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis

# Two commands: `make run` (set up and run the service) and `make test` (set up and run the whole suite).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test install lint bench clean

run: $(STAMP)
	$(BIN)/flask --app app serve

# Compiled modules are cached under .venv even where PYTHONDONTWRITEBYTECODE is set (it is on these machines): every
# test process (xdist workers, the scheduler and gunicorn processes of tests/faults) compiled Flask, SQLAlchemy,
# twilio and scikit-learn again, 1.7 s of CPU each.
# Two test processes per core: a test waits much of its time (on PostgreSQL's answers, on Chromium, on the processes
# of tests/faults), and a second process per core runs meanwhile.
JOBS ?= $(shell $(PYTHON) -c 'import os; print(2 * len(os.sched_getaffinity(0)))')
test: $(STAMP)
	PYTHONDONTWRITEBYTECODE= PYTHONPYCACHEPREFIX=$(CURDIR)/$(VENV)/pycache $(BIN)/python -m pytest -q -n $(JOBS)

install: $(STAMP)

$(STAMP): requirements.txt requirements-dev.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	# --no-compile: Python compiles what it imports on first use; compiling all 1 GB up front took 48 s of 71
	$(BIN)/pip install --quiet --no-compile -r requirements-dev.txt
	touch $(STAMP)

lint: $(STAMP)
	$(BIN)/ruff check .

# One table: routing, duplicate search, scheduler, outbox, webhook (gunicorn + wrk) and memory, each beside its
# baseline (bench/run_all.py).
# wrk comes from Debian when missing; PostgreSQL must listen on 127.0.0.1:5432 (databases penghubung_bench*).
bench: $(STAMP)
	@command -v wrk >/dev/null || apt-get install -y -q wrk >/dev/null 2>&1 \
		|| { apt-get update -q >/dev/null && apt-get install -y -q wrk >/dev/null; } \
		|| echo "could not install wrk (apt-get install -y wrk); the webhook rows will say ERROR"
	$(BIN)/python bench/run_all.py

clean:
	rm -rf $(VENV) instance/*.db .pytest_cache

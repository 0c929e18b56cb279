# Two commands: `make run` (set up and run the service) and `make test` (set up and run the whole suite).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test prepare install lint bench clean

# `make run PORT=5050` when 5000 is taken (another checkout's server, macOS's AirPlay receiver).
PORT ?= 5000
run: $(STAMP)
	$(BIN)/flask --app app serve --port $(PORT)

# Compiled modules are cached under .venv even where PYTHONDONTWRITEBYTECODE is set (it is on these machines): every
# test process (xdist workers, the scheduler and gunicorn processes of tests/faults) compiled Flask, SQLAlchemy,
# twilio and scikit-learn again, 1.7 s of CPU each.
# Two test processes per core: a test waits much of its time (on PostgreSQL's answers, on Chromium, on the processes
# of tests/faults), and a second process per core runs meanwhile.
JOBS ?= $(shell $(PYTHON) -c 'import os; print(2 * len(os.sched_getaffinity(0)))')
PYCACHE ?= $(CURDIR)/$(VENV)/pycache
CACHED := PYTHONDONTWRITEBYTECODE= PYTHONPYCACHEPREFIX=$(PYCACHE)
test: $(STAMP) $(PYCACHE)/.filled
	$(CACHED) $(BIN)/python -m pytest -q -n $(JOBS)

# The first run after an install compiled every module in all the test processes at once: each compiled the same
# Flask, SQLAlchemy, scikit-learn and rewrote the same test modules (collecting the suite: 26 s of CPU with an empty
# cache, 8 s from it). Two processes fill the cache once instead: one collects the suite, the other imports what the
# tests import as they run (boto3 and moto, matplotlib, psycopg, playwright). The test run reports any error.
$(PYCACHE)/.filled: $(STAMP)
	$(CACHED) $(BIN)/python -c 'import boto3, matplotlib.pyplot, moto.server, psycopg, playwright.sync_api' & \
	$(CACHED) $(BIN)/python -m pytest -q --collect-only >/dev/null 2>&1; wait $$!; mkdir -p $(PYCACHE) && touch $@

install: $(STAMP)

# What `make test` needs before its test processes start (.ci/run installs Chromium meanwhile).
prepare: $(STAMP) $(PYCACHE)/.filled

# uv installs the same pinned requirements as pip would, fetching and unpacking in parallel: a new venv with warm
# download caches took 32 s against pip's 102 s on the same loaded machine (most of CI's install time was pip waiting
# on one download or one unpacking at a time). Like pip --no-compile, it leaves compiling to first use (compiling
# all 1 GB up front took 48 s of 71).
UV_VERSION := 0.13.9
$(STAMP): requirements.txt requirements-dev.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	test -x $(BIN)/uv || $(BIN)/pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)
	$(BIN)/uv pip install --quiet --python $(BIN)/python -r requirements-dev.txt
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

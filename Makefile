# Two commands on a fresh machine:  make demo  |  make test
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
DB     ?= crossbearing.duckdb

.PHONY: demo test venv install install-dev eval-all bench clean

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip

venv: $(PY)

install: venv
	$(PY) -m pip install -q -e .

install-dev: venv
	$(PY) -m pip install -q -e '.[dev,dask,pandas]'

## make demo: set up .venv and run the whole pipeline on the bundled example corpus
demo: install
	$(VENV)/bin/crossbearing run examples/corpus --db $(DB)
	$(VENV)/bin/crossbearing stories --db $(DB)

## make test: set up .venv with the dev and dask extras and run the test suite
test: install-dev
	$(PY) -m pytest

## make eval-all: every evaluation over ../shared/data, metrics written to out/eval/
eval-all: install
	mkdir -p out/eval
	for t in seeds incidents fakes events geocode dates fatalities grouping; do \
	  $(VENV)/bin/crossbearing eval $$t --data ../shared/data --json out/eval/$$t.json || exit 1; done

## make bench: speed on the first 300 GVA dev articles (end to end vs spaCy alone, 2 workers, stages),
## JSON to out/bench/bench.json (BENCH_N=1000 for more articles)
BENCH_N ?= 300
bench: install
	$(PY) benchmarks/bench.py --data ../shared/data --n $(BENCH_N) --out out/bench/bench.json

clean:
	rm -rf $(VENV) $(DB) out .pytest_cache

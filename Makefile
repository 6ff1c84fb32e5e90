# The two set-up commands of the README:
#   make start  – install what is missing, start the API (and console) on the embedded database with seed data
#   make test   – install what is missing, check generated code, types and lint, run the whole test suite
# Both are safe to run again: each step is skipped when its output is up to date.

SHELL := /bin/bash
.DEFAULT_GOAL := help

NODE_DEPS := node_modules/.install-stamp
FERRETDB  := .tools/bin/ferretdb-embedded
TS_SOURCES := $(shell find api rules seed server schema -type f \( -name '*.ts' -o -name '*.graphql' \) 2>/dev/null)
ADMIN_SOURCES := $(shell find admin/src rules -type f 2>/dev/null) admin/index.html admin/report.html admin/vite.config.ts
CONSOLE := admin/dist/index.html
# Browser tests drive Debian's Chromium (playwright's own browser downloads cannot work here).
CHROMIUM := /usr/bin/chromium

.PHONY: help start test install build console dev-console browser codegen check-generated typecheck lint unit bench bench-load bench-abuse clean

help:
	@echo "make start   start the API on http://localhost:$${PORT:-4000} (embedded FerretDB, seeded on first run)"
	@echo "make test    run every check and the whole test suite against a real database"
	@echo "make bench   measure query latency and database commands on national-scale data"
	@echo "make bench-load   50 concurrent clients for 60 s: throughput, latency percentiles, errors, memory"
	@echo "make bench-abuse  measure the throttles under parallel attack and the cost of anonymous floods"

$(NODE_DEPS): package.json package-lock.json
	@# npm ci refuses lock files written with omit-lockfile-registry-resolved (as on our machines); install honours the lock.
	npm install --no-audit --no-fund
	@touch $@

# FerretDB is only needed where no MongoDB is given (MONGODB_URI) and no mongod is installed.
$(FERRETDB): tools/ferretdb/main.go tools/ferretdb/go.mod tools/ferretdb/go.sum
	@if [ -n "$$MONGODB_URI" ] || command -v mongod >/dev/null; then \
	  echo "skipping FerretDB build: a MongoDB is configured"; \
	elif ! command -v go >/dev/null; then \
	  echo "Go is needed to build the embedded FerretDB (or set MONGODB_URI to a MongoDB server)"; exit 1; \
	else \
	  echo "building FerretDB 1.24.2 (once)"; \
	  cd tools/ferretdb && go build -o ../../$(FERRETDB) . ; \
	fi

install: $(NODE_DEPS) $(FERRETDB)

dist/.build-stamp: $(NODE_DEPS) $(TS_SOURCES) tsconfig.json tsconfig.build.json
	rm -rf dist && npx tsc -p tsconfig.build.json
	@touch $@

build: dist/.build-stamp

$(CONSOLE): $(NODE_DEPS) $(ADMIN_SOURCES) tools/bundle-budget.mjs admin/offline.vite.ts
	@# The budget fails the build when what a phone loads first grows past it (the shell is removed so the next make checks again).
	npx vite build admin && node tools/bundle-budget.mjs || { rm -f $@; exit 1; }

console: $(CONSOLE)

# The console with hot reload on http://localhost:5173/admin/ (run `make start` or `npm run dev` for the API beside it).
dev-console: $(NODE_DEPS)
	npx vite admin

$(CHROMIUM):
	@if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq chromium; \
	else sudo apt-get update -qq && sudo apt-get install -y -qq chromium; fi

browser: $(CHROMIUM)

start: install build console
	node dist/server/main.js

codegen: $(NODE_DEPS)
	npx graphql-codegen --config codegen.yml

check-generated: $(NODE_DEPS)
	@npx graphql-codegen --config codegen.yml --check >/dev/null 2>&1 || { echo "Generated code is stale: run 'make codegen' and commit the result"; exit 1; }
	@echo "generated code is fresh"

typecheck: $(NODE_DEPS)
	npx tsc --noEmit -p tsconfig.json
	npx tsc --noEmit -p admin/tsconfig.json

lint: $(NODE_DEPS)
	npx eslint --max-warnings 0 .

# Jest's own summary has no "failed" count when nothing fails; the last line states both.
unit: install console browser
	@mkdir -p test-artifacts
	@set +e; npx jest --ci --outputFile=test-artifacts/jest.json --json; status=$$?; \
	node -e 'const r=require("./test-artifacts/jest.json"); console.log(`Tests: $${r.numPassedTests} passed, $${r.numFailedTests} failed, $${r.numPendingTests} skipped`)'; \
	exit $$status

test: install check-generated typecheck lint unit

bench: install
	npx tsx bench/run.ts

# 50 concurrent clients with a realistic mix against a server in its own process (bench/load.ts).
bench-load: install
	npx tsx bench/load.ts

# Throttles under parallel attack and the cost of anonymous floods to signed-in users.
bench-abuse: install
	npx tsx bench/abuse.ts

clean:
	rm -rf dist test-artifacts

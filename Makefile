# Everyday tasks for the safeguarding partnership portal. Run `make` or `make help` for a list.
# Recipes are plain POSIX sh (they run under /bin/sh, which is dash on Debian).

PYTHON ?= python3
VENV = .venv
PORT ?= 8000
# Extra arguments for pytest, e.g. make test ARGS="-k booking -x"
ARGS ?=
# Test processes (pytest-xdist): "auto" is one per CPU core, 0 runs everything in one process.
TEST_WORKERS ?= auto
TEST_SETTINGS ?= portal.settings.test
LOCK_FILE ?= requirements.lock
PIP_TOOLS_VERSION = 7.6.2

VPY = $(VENV)/bin/python
MANAGE = $(VPY) manage.py
STAMP = $(VENV)/.installed

.DEFAULT_GOAL := help
.PHONY: help venv install chromium pango run test lint format check lock clean bench serve

help: ## Show this list of targets
	@echo "Usage: make <target> [PORT=8000] [ARGS='pytest arguments'] [TEST_WORKERS=auto|N]"
	@echo
	@awk 'BEGIN { FS = ":.*## " } /^[a-zA-Z0-9_-]+:.*## / { printf "  %-10s %s\n", $$1, $$2 }' $(MAKEFILE_LIST)

$(VPY):
	$(PYTHON) -m venv $(VENV)

# Reinstall only when requirements.lock is newer than the stamp, so re-runs are quick.
$(STAMP): requirements.lock | $(VPY)
	$(VPY) -m pip install --disable-pip-version-check --require-hashes -r requirements.lock
	touch $(STAMP)

venv: install ## Same as install

install: $(STAMP) pango ## Create .venv and install the pinned packages (skipped when up to date)

# WeasyPrint (the PDF packs) needs Pango from the system.
PANGO_PACKAGES = libpango-1.0-0 libpangoft2-1.0-0

pango: ## Install the Pango libraries WeasyPrint needs for PDFs, if they are missing
	@if /sbin/ldconfig -p 2>/dev/null | grep -q 'libpango-1.0.so.0' \
		&& /sbin/ldconfig -p 2>/dev/null | grep -q 'libpangoft2-1.0.so.0'; then exit 0; fi; \
	if [ "$$(id -u)" = 0 ]; then sudo=""; \
	elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then sudo="sudo -n"; \
	else \
		echo "Pango is missing and this user cannot install it (not root, no sudo)."; \
		echo "Install it with: sudo apt-get install $(PANGO_PACKAGES)"; \
		echo "Until then, downloading a pack as a PDF fails."; \
		exit 0; \
	fi; \
	echo "Installing Pango for PDF packs..."; \
	if command -v apt-get >/dev/null 2>&1 \
		&& $$sudo env DEBIAN_FRONTEND=noninteractive apt-get update \
		&& $$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y $(PANGO_PACKAGES); then \
		echo "Pango installed."; \
	else \
		echo "Could not install $(PANGO_PACKAGES) with apt-get."; \
	fi

chromium: ## Install Debian's chromium for the browser tests, if it is missing
	@sh scripts/install-chromium.sh

run: install ## Migrate, load demo content, print the admin login, serve on 127.0.0.1:PORT
	PORT=$(PORT) $(MANAGE) migrate --noinput
	PORT=$(PORT) $(MANAGE) load_demo_content
	PORT=$(PORT) $(MANAGE) create_demo_admin
	PORT=$(PORT) $(MANAGE) runserver 127.0.0.1:$(PORT)

test: install chromium ## Run the test suite (extra pytest arguments via ARGS="...")
	DJANGO_SETTINGS_MODULE=$(TEST_SETTINGS) $(VPY) -m pytest -n $(TEST_WORKERS) --dist loadfile $(ARGS)

lint: install ## Check code style, lint rules and template indentation
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	find templates -name '*.html' -print0 | xargs -0 -r $(VENV)/bin/djhtml --check

format: install ## Reformat Python code and templates, applying safe lint fixes
	$(VENV)/bin/ruff check --fix --exit-zero .
	$(VENV)/bin/ruff format .
	find templates -name '*.html' -print0 | xargs -0 -r $(VENV)/bin/djhtml

check: install ## Django system checks, and fail if models need a new migration
	$(MANAGE) check
	$(MANAGE) makemigrations --check --dry-run

bench: install ## Every page type via Varnish, page cache and uncached, as ratios (SCALE=N bulk-adds content; needs DATABASE_URL)
	$(MANAGE) benchmark --scale $(or $(SCALE),0)

lock: ## Regenerate requirements.lock (exact versions with hashes) from pyproject.toml
	@set -e; \
	tmp=$$(mktemp -d); \
	trap 'rm -rf "$$tmp"' EXIT; \
	$(PYTHON) -m venv "$$tmp/venv"; \
	"$$tmp/venv/bin/python" -m pip install --quiet --disable-pip-version-check pip-tools==$(PIP_TOOLS_VERSION); \
	cp $(LOCK_FILE) "$$tmp/requirements.lock" 2>/dev/null || true; \
	CUSTOM_COMPILE_COMMAND="make lock" "$$tmp/venv/bin/pip-compile" --quiet --extra dev --generate-hashes --allow-unsafe \
		--strip-extras --no-emit-index-url --no-emit-find-links \
		--header \
		--output-file "$$tmp/requirements.lock" pyproject.toml; \
	mv "$$tmp/requirements.lock" $(LOCK_FILE); \
	echo "Wrote $(LOCK_FILE); run 'make install' to apply it."

clean: ## Remove caches, test output and collected static files (keeps .venv, db.sqlite3, media)
	rm -rf test-results .pytest_cache .ruff_cache staticfiles
	find . -path ./$(VENV) -prune -o -name __pycache__ -type d -exec rm -rf {} +

serve: install ## Production stack: Varnish on PORT, APP_NODES gunicorn nodes, Redis, worker, jobs (needs DATABASE_URL)
	@if [ -z "$$DATABASE_URL" ]; then echo "Set DATABASE_URL to a PostgreSQL database."; exit 2; fi
	PORT=$(PORT) $(VPY) deploy/serve.py
# Backups: BACKUP=folder (default backups/<date-time>) for backup; BACKUP=folder for restore.
.PHONY: backup restore
backup: install ## Back up the database (PostgreSQL custom dump) and uploads: make backup [BACKUP=dir]
	$(MANAGE) backup_site $(BACKUP)

restore: install ## Restore a backup into an empty database and media folder: make restore BACKUP=dir
	@if [ -z "$(BACKUP)" ]; then echo "Usage: make restore BACKUP=backups/<folder>"; exit 2; fi
	$(MANAGE) restore_site $(BACKUP)

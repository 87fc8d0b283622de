#!/bin/sh
# Installs Debian's chromium for the browser tests when it is missing. Playwright drives this
# system browser; it never downloads one of its own. Needs root or passwordless sudo; without
# either it says how to install it and exits 0, and browser tests are then skipped (they fail
# instead when REQUIRE_BROWSER=1, as in CI).
set -eu

CHROMIUM=/usr/bin/chromium

if [ -x "$CHROMIUM" ]; then
    exit 0
fi

if [ "$(id -u)" = 0 ]; then
    sudo=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo="sudo -n"
else
    echo "chromium is not installed and this user cannot install it (not root, no sudo)."
    echo "Install it with: sudo apt-get install chromium"
    echo "Until then, tests marked 'browser' are skipped (they fail when REQUIRE_BROWSER=1)."
    exit 0
fi

echo "Installing chromium for the browser tests..."
if command -v apt-get >/dev/null 2>&1 \
    && $sudo env DEBIAN_FRONTEND=noninteractive apt-get update \
    && $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium; then
    echo "chromium installed: $CHROMIUM"
else
    echo "Could not install chromium with apt-get."
    echo "Tests marked 'browser' are skipped (they fail when REQUIRE_BROWSER=1)."
fi

#!/usr/bin/env bash
# Runs the whole test suite on a fresh machine: installs what the tests need and is missing, then
# `dotnet test WorkflowEngine.sln` with this script's arguments (e.g. --filter, -c Release).
# Exits non-zero when any test fails; dotnet test prints each project's summary line.
set -euo pipefail
cd "$(dirname "$0")"

# apt-get as root, or through sudo for anyone else.
apt_install() {
  local sudo_cmd=()
  if [ "$(id -u)" -ne 0 ]; then sudo_cmd=(sudo); fi
  if [ -z "${apt_updated:-}" ]; then
    "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    apt_updated=1
  fi
  "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

# The browser tests drive the system Chromium (Playwright never downloads a browser here).
install_chromium() {
  if [ ! -x /usr/bin/chromium ]; then
    echo "Installing Chromium for the browser tests..."
    apt_install chromium
  fi
}

# Each prerequisite is one function called here; a new one (a PostgreSQL server for the
# multi-node tests, say) slots in beside Chromium.
install_chromium

exec dotnet test WorkflowEngine.sln "$@"

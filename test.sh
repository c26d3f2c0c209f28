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

# The store and web tests also run on PostgreSQL: each test process starts a throwaway cluster
# with Debian's initdb/pg_ctl (tests/Shared/PostgreSqlTestServer.cs), unless
# WORKFLOW_ENGINE_POSTGRES names a running server to use instead.
install_postgresql() {
  if [ -z "${WORKFLOW_ENGINE_POSTGRES:-}" ] && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    echo "Installing PostgreSQL for the database tests..."
    apt_install postgresql
  fi
}

# Each prerequisite is one function called here.
install_chromium
install_postgresql

exec dotnet test WorkflowEngine.sln "$@"

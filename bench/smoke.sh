#!/usr/bin/env bash
# CI smoke check of the load harness: runs every workload in short mode with few cases and fails
# when a correctness check fails (a case not finished, a count off). It asserts correctness, never
# time: figures from a shared CI machine mean nothing. Results go to a temporary folder.
set -euo pipefail
cd "$(dirname "$0")/.."
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
dotnet run -c Release --project bench/WorkflowEngine.Load -- --mode short --n 40 --inbox-tasks 20000 --out "$out"
echo "Load harness smoke check: every workload correct."

#!/usr/bin/env bash
# Measures receipt (Mẫu 01) generation on one core with BenchmarkDotNet and prints the size of one
# receipt. Not part of CI. Results: BenchmarkDotNet.Artifacts/results/ and docs/performance.md.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
# taskset pins the run to one core, as the target is stated per core. Arguments replace the default
# filter, e.g. `deploy/bench-forms.sh --filter '*ReceiptBenchmark.Receipt'`.
[ "$#" -gt 0 ] || set -- --filter '*ReceiptBenchmark*'
exec taskset -c 0 dotnet run -c Release --project tests/ThaiBinh.MotCua.Benchmarks -- "$@"

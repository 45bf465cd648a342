#!/usr/bin/env bash
# Runs the relevance and performance benchmarks and writes OUTDIR/report.md: the Python driver
# benchmarks/bench.py with the same options (see benchmarks/README.md or --help).
#
# Usage: benchmarks/run.sh OUTDIR [--quick] [--config NAME=VAR=VALUE[,VAR=VALUE...]]... [--steps LIST]
set -euo pipefail
exec python3 "$(dirname "${BASH_SOURCE[0]}")/bench.py" "$@"

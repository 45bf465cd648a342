#!/usr/bin/env python3
"""Runs the relevance and performance benchmarks and writes OUTDIR/report.md.

Usage: benchmarks/bench.py OUTDIR [--quick] [--config NAME=VAR=VALUE[,VAR=VALUE...]]... [--steps LIST]
(benchmarks/run.sh is the same command; benchmarks/README.md explains every step and table.)
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from driver.main import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

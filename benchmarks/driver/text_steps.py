"""Steps on the analyzer alone: Chinese word segmentation against gold files, and throughput."""
import glob
import os
import sys


def segmentation_step(bench):
    bench.begin_step("segmentation", "Chinese word segmentation (newsindex --words) against SIGHAN 2005 PKU and MSR gold")
    out = os.path.join(bench.fragments, "segmentation.md")
    bench.run([sys.executable, os.path.join(bench.root, "benchmarks", "segmentation_score.py"), "--markdown",
               "--keep", bench.path("segmentation", "."), "--newsindex", bench.program("newsindex"),
               os.path.join(bench.corpus, "segmentation")], stdout=out)


def analysis_step(bench):
    bench.begin_step("analysis", "analyzer throughput per language group")
    max_mb, min_seconds = ("0.5", "0.2") if bench.quick else ("4", "1")
    tsv = bench.path("analysis.tsv")
    bench.run([bench.program("analysis-speed"), "--max-mb", max_mb, "--min-seconds", min_seconds, "--tsv", tsv]
              + sorted(glob.glob(os.path.join(bench.corpus, "dev", "*.jsonl"))),
              stdout=os.path.join(bench.fragments, "analysis.md"))
    with open(tsv, encoding="utf-8") as f:
        for line in f:
            group, _mb, _seconds, mb_per_s, _tokens = line.rstrip("\n").split("\t")
            bench.record("analysis", group, "mb_per_s", mb_per_s)

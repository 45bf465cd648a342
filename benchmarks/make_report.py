#!/usr/bin/env python3
"""Writes OUTDIR/report.md from what the benchmark driver (bench.py) measured.

Reads OUTDIR/meta.tsv (key<TAB>value), OUTDIR/results.tsv (section<TAB>fields...<TAB>value) and
the Markdown tables the benchmark programs printed (OUTDIR/fragments/*.md).
Usage: make_report.py OUTDIR
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from report.common import Results, table  # noqa: E402
from report.load import growth_section, server_section  # noqa: E402
from report.relevance import relevance_sections  # noqa: E402
from report.speed import indexing_section, latency_section  # noqa: E402


def header(results, w):
    meta = results.meta
    w("# Benchmark report\n")
    w("Mode: **%s**%s.\n" % (meta.get("mode", "?"), " (reduced: topic subsets, 10% of the corpus, a small synthetic "
                                                    "archive, 3 s load levels; for smoke testing, not for comparisons)"
                             if results.quick else ""))
    machine = [("date", meta.get("date")), ("commit measured", meta.get("commit")),
               ("machine", "%s CPUs (%s), %s RAM" % (meta.get("nproc"), meta.get("cpu"), meta.get("memory"))),
               ("load average at start / end", "%s / %s" % (meta.get("load_start"), meta.get("load_end"))),
               ("Xapian", meta.get("xapian")), ("niceness", meta.get("niceness")),
               ("engine environment (NEWS_*)", meta.get("engine_env")),
               ("relevance depth (results per topic)", meta.get("k")),
               ("total run time", "%s s" % meta.get("total_seconds"))]
    w(table(["", ""], [(k, v) for k, v in machine if v is not None], ["---", "---"]))
    w("\nThe machine may be shared: timings depend on the load average above; compare runs made under "
      "similar load, and prefer ratios measured in the same run (ours / stock, ours / Omega).\n")


def text_sections(results, w):
    a = results.fragment("analysis.md")
    if a:
        w("\n## Analyzer throughput\n")
        w("`analysis-speed`: `news::Analyzer::tokens` over the titles and bodies of `dev/*.jsonl`, grouped by the "
          "`lang` field (MB of UTF-8 input per second, one thread, after one warm-up pass).\n\n")
        w(a)
        w("\nReference (design notes): ICU word break alone runs at about 23 MB/s for Chinese and Japanese, "
          "40 MB/s for Thai, 100 MB/s for English.\n")
    s = results.fragment("segmentation.md")
    if s:
        w("\n## Chinese word segmentation (SIGHAN 2005)\n")
        w("`newsindex --words` on the PKU and MSR test sets, scored as the bakeoff scorer does: word precision, "
          "recall and F1 over character spans (whitespace removed, aligned over the whole file).\n\n")
        w(s)
    steps = [(k[len("step_seconds."):], v) for k, v in results.meta.items() if k.startswith("step_seconds.")]
    if steps:
        w("\n## Step durations\n")
        w(table(["step", "seconds", "load average at its start (1, 5, 15 min)"],
                [(name, seconds, results.meta.get("step_load." + name, "-")) for name, seconds in steps]))


def main(outdir):
    results = Results(outdir)
    out = []
    w = out.append
    header(results, w)
    relevance_sections(results, w)
    indexing_section(results, w)
    latency_section(results, w)
    server_section(results, w)
    growth_section(results, w)
    text_sections(results, w)
    with open(os.path.join(outdir, "report.md"), "w", encoding="utf-8") as f:
        text = "\n".join(x.rstrip("\n") + "\n" for x in out)
        while "\n\n\n" in text:
            text = text.replace("\n\n\n", "\n\n")
        f.write(text)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: make_report.py OUTDIR")
    main(sys.argv[1])

#!/usr/bin/env python3
"""Writes OUTDIR/report.md from what benchmarks/run.sh measured.

Reads OUTDIR/meta.tsv (key<TAB>value), OUTDIR/results.tsv (section<TAB>fields...<TAB>value) and
the Markdown tables the benchmark programs printed (OUTDIR/fragments/*.md).
Usage: make_report.py OUTDIR
"""
import collections
import os
import sys

# Stock Xapian figures from the design notes (this machine), to check the baseline is reproduced.
DESIGN_STOCK_KI = {  # MRR@10 plain / CJK n-gram
    "zh-Hans": (.211, .334), "zh-Hant": (.338, .376), "ja": (.185, .438), "ko": (.772, .854),
    "th": (.510, .492), "en": (.758, .729), "ru": (.781, .773), "ar": (.859, .843)}
DESIGN_STOCK_STEM_ADHOC = {"cran": .389, "cacm": .399, "cisi": .323, "med": .694}  # nDCG@10

MEASURES = [("mrr_10", "MRR@10"), ("ndcg_cut_10", "nDCG@10"), ("map", "MAP"), ("P_10", "P@10"),
            ("recall_100", "R@100")]
SYSTEM_NAMES = {"ours": "ours", "stock": "stock Xapian", "stock-cjk": "stock + CJK n-gram",
                "stock-stem": "stock + English stem"}


def read_tsv(path):
    if not os.path.exists(path):
        return []
    with open(path, encoding="utf-8") as f:
        return [line.rstrip("\n").split("\t") for line in f if line.strip()]


def fnum(value, digits=3):
    try:
        return ("%." + str(digits) + "f") % float(value)
    except (TypeError, ValueError):
        return "-"


def table(header, rows, align=None):
    align = align or ["---"] + ["---:"] * (len(header) - 1)
    out = ["| " + " | ".join(header) + " |", "|" + "|".join(align) + "|"]
    out += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
    return "\n".join(out) + "\n"


def fragment(outdir, name):
    path = os.path.join(outdir, "fragments", name)
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8") as f:
        return f.read().strip() + "\n"


def main(outdir):
    meta = collections.OrderedDict((r[0], r[1] if len(r) > 1 else "") for r in read_tsv(os.path.join(outdir, "meta.tsv")))
    results = read_tsv(os.path.join(outdir, "results.tsv"))
    rel = {}  # (set, subset, system) -> {measure: value}
    index, latency, server, growth, analysis = {}, {}, {}, {}, {}
    for r in results:
        if r[0] == "rel":
            rel.setdefault((r[1], r[2], r[3]), {})[r[4]] = float(r[5])
        elif r[0] == "index":
            index.setdefault(r[1], {})[r[2]] = float(r[3])
        elif r[0] == "latency":
            latency.setdefault(r[1], {})[r[2]] = float(r[3])
        elif r[0] == "server":
            server.setdefault(r[1], {})[r[2]] = r[3]
        elif r[0] == "growth":
            growth.setdefault(int(r[1]), {})[r[2]] = float(r[3])
        elif r[0] == "analysis":
            analysis[r[1]] = float(r[3])

    out = []
    w = out.append
    w("# Benchmark report\n")
    quick = meta.get("mode") == "quick"
    w("Mode: **%s**%s.\n" % (meta.get("mode", "?"), " (reduced: topic subsets, 10% of the corpus, 3 s load levels; "
                                                    "for smoke testing, not for comparisons)" if quick else ""))
    machine = [("date", meta.get("date")), ("commit", meta.get("commit")),
               ("machine", "%s CPUs (%s), %s RAM" % (meta.get("nproc"), meta.get("cpu"), meta.get("memory"))),
               ("load average at start / end", "%s / %s" % (meta.get("load_start"), meta.get("load_end"))),
               ("Xapian", meta.get("xapian")), ("niceness", meta.get("niceness")),
               ("engine environment (NEWS_*)", meta.get("engine_env")),
               ("relevance depth (results per topic)", meta.get("k")),
               ("total run time", "%s s" % meta.get("total_seconds"))]
    w(table(["", ""], [(k, v) for k, v in machine if v is not None], ["---", "---"]))
    w("\nThe machine may be shared: timings depend on the load average above; compare runs made under "
      "similar load, and prefer ratios measured in the same run (ours / stock).\n")

    # ---- relevance
    ki_subsets = sorted({k[1] for k in rel if k[0] == "known-item" and k[1] != "all"})
    adhoc_subsets = [c for c in ("cran", "cacm", "cisi", "med") if any(k[0] == "adhoc" and k[1] == c for k in rel)]
    configs = [k for k in meta if k.startswith("config.")]
    if rel:
        w("\n## Relevance\n")
        w("Every system indexes the same documents and runs the same topics; runs are scored by `newseval` "
          "over every judged topic (a topic without results scores 0). Depth %s results per topic "
          "(MAP is MAP@%s).\n" % (meta.get("k"), meta.get("k")))
        systems = [s for s in ("ours", "stock", "stock-cjk") if any(k[2] == s for k in rel if k[0] == "known-item")]
        if ki_subsets:
            w("\n### known-item-dev: MRR@10 per language (main measure)\n")
            rows = []
            for subset in ki_subsets + ["all"]:
                vals = [rel.get(("known-item", subset, s), {}).get("mrr_10") for s in systems]
                nq = rel.get(("known-item", subset, "ours"), {}).get("num_q")
                stock_best = max([v for s, v in zip(systems, vals) if s != "ours" and v is not None] or [0])
                ours = vals[0] if systems and systems[0] == "ours" else None
                design = DESIGN_STOCK_KI.get(subset)
                rows.append([("**all**" if subset == "all" else subset), "%d" % nq if nq else "-"] +
                            [fnum(v) for v in vals] +
                            [("%+.3f" % (ours - stock_best)) if ours is not None else "-",
                             ("%.3f / %.3f" % design) if design else ""])
            w(table(["language", "topics"] + [SYSTEM_NAMES[s] for s in systems] +
                    ["ours − best stock", "design notes: stock / CJK"], rows))
            w("\n`all` pools every topic (micro average; English and Chinese dominate).\n")
        if adhoc_subsets:
            systems_a = [s for s in ("ours", "stock", "stock-cjk", "stock-stem") if any(k[2] == s for k in rel if k[0] == "adhoc")]
            w("\n### adhoc-dev: nDCG@10 per collection (main measure)\n")
            rows = []
            for c in adhoc_subsets:
                vals = [rel.get(("adhoc", c, s), {}).get("ndcg_cut_10") for s in systems_a]
                nq = rel.get(("adhoc", c, "ours"), {}).get("num_q")
                best = max([v for s, v in zip(systems_a, vals) if s != "ours" and v is not None] or [0])
                ours = vals[0] if systems_a and systems_a[0] == "ours" else None
                rows.append([c.upper(), "%d" % nq if nq else "-"] + [fnum(v) for v in vals] +
                            [("%+.3f" % (ours - best)) if ours is not None else "-",
                             fnum(DESIGN_STOCK_STEM_ADHOC.get(c))])
            w(table(["collection", "topics"] + [SYSTEM_NAMES[s] for s in systems_a] +
                    ["ours − best stock", "design notes: stock + stem"], rows))
            w("\nThe design notes' stock + stem figures come from one index holding all four collections (documents of the "
              "other collections compete and count as non-relevant); here each collection has its own index.\n")
        w("\n### All measures\n")
        rows = []
        for set_name, subsets in (("known-item", ki_subsets + ["all"]), ("adhoc", adhoc_subsets)):
            for subset in subsets:
                for s in ("ours", "stock", "stock-cjk", "stock-stem"):
                    m = rel.get((set_name, subset, s))
                    if m:
                        rows.append([set_name, subset, SYSTEM_NAMES[s]] + [fnum(m.get(k)) for k, _ in MEASURES])
        w(table(["set", "subset", "system"] + [n for _, n in MEASURES], rows, ["---", "---", "---"] + ["---:"] * len(MEASURES)))

    if configs:
        w("\n## Configurations\n")
        w("Each configuration re-indexes and re-runs the relevance sets with its environment variables given to "
          "`newsindex` and `newssearch`; `default` is the engine without them. Main measure per row "
          "(MRR@10 for known-item, nDCG@10 for ad hoc).\n\n")
        names = [k[len("config."):] for k in configs]
        w(table(["configuration"] + ["default"] + names, [["environment", "-"] + ["`%s`" % meta[c] for c in configs]]))
        w("\n")
        rows = []
        for set_name, subsets, measure in (("known-item", ki_subsets + ["all"], "mrr_10"), ("adhoc", adhoc_subsets, "ndcg_cut_10")):
            for subset in subsets:
                vals = [rel.get((set_name, subset, "ours"), {}).get(measure)] + \
                       [rel.get((set_name, subset, "cfg-" + n), {}).get(measure) for n in names]
                rows.append(["%s %s %s" % (set_name, subset, "MRR@10" if measure == "mrr_10" else "nDCG@10")] + [fnum(v) for v in vals])
        w(table(["set / subset"] + ["default"] + names, rows))

    # ---- indexing
    if index:
        w("\n## Indexing speed\n")
        n = meta.get("corpus_articles")
        mb = float(meta.get("corpus_bytes", 0)) / 1e6
        w("Input: the development corpus (`dev/*.jsonl`), %s articles, %.1f MB of JSON Lines, shuffled with seed %s%s; "
          "a fresh database for each run except the re-run. Wall time and peak RSS from `/usr/bin/time`; "
          "CPU = user + system seconds (above wall time when several cores work).\n\n"
          % (n, mb, meta.get("seed"), " (quick mode: its first 10%)" if quick else ""))
        labels = [("ours", "newsindex"), ("ours-shards2", "newsindex --shards 2"),
                  ("ours-rerun", "newsindex re-run, unchanged corpus"), ("stock", "stock Xapian (TermGenerator)")]
        stock = index.get("stock", {})
        rows = []
        for key, label in labels:
            r = index.get(key)
            if not r:
                continue
            sec = r["seconds"] or 1e-9
            aps = r["articles"] / sec
            ratio = (aps / (stock["articles"] / stock["seconds"])) if stock.get("seconds") and key != "ours-rerun" else None
            rows.append([label, "%d" % r["articles"], "%.1f" % r["seconds"], "%.0f" % aps, "%.2f" % (r["bytes"] / 1e6 / sec),
                         "%.1f" % r["cpu_seconds"], "%.0f" % (r["rss_kb"] / 1024), "%.0f" % (r["db_bytes"] / 1e6),
                         ("%.2fx" % ratio) if ratio else "-"])
        w(table(["run", "articles", "seconds", "articles/s", "MB/s", "CPU s", "peak RSS MiB", "database MB",
                 "speed vs stock"], rows, ["---"] + ["---:"] * 8))
        tables = ("postlist", "position", "termlist", "docdata")
        rows = [[label] + ["%.0f" % (index[key].get("table_" + t, 0) / 1e6) for t in tables]
                for key, label in (("ours", "newsindex"), ("stock", "stock Xapian")) if key in index and "table_position" in index[key]]
        if rows:
            w("\nDatabase size by Xapian table (MB; stock stores only the id as document data, ours the article "
              "for result pages and snippets):\n\n")
            w(table(["database"] + list(tables), rows))
        if "ours" in index and "ours-rerun" in index:
            w("\nRe-run over the unchanged corpus (every article skipped as unchanged): %.1fx faster than the first run.\n"
              % (index["ours"]["seconds"] / max(index["ours-rerun"]["seconds"], 1e-9)))
        if "ours" in index and stock:
            w("\nOurs / stock: time %.2fx, peak RSS %.2fx, database size %.2fx.\n" % (
                index["ours"]["seconds"] / stock["seconds"], index["ours"]["rss_kb"] / stock["rss_kb"],
                index["ours"]["db_bytes"] / stock["db_bytes"]))

    # ---- latency
    if latency:
        w("\n## Query latency (in process)\n")
        w("`query-latency` over `queries.tsv` (%s known-item headlines sampled across languages, seed %s) against the "
          "indexing-speed databases, one query at a time after 100 warm-up queries; times in ms (nearest-rank percentiles). "
          "Ours = `Searcher::search` as the web front end calls it (top 10): *match* = parse + query building + matching "
          "+ facet counting, *snippets* = loading and highlighting the 10 hits. Stock = QueryParser + Enquire top 10 "
          "(its *snippets* column is reading the 10 documents' data).\n\n"
          % ("%d" % latency.get("full", {}).get("ours.queries", 0), meta.get("seed")))
        variants = [("full", "ours", "ours (facets + snippets, as served)"), ("nofacets", "ours", "ours without facets"),
                    ("nosnippets", "ours", "ours without snippets"), ("core", "ours", "ours without facets and snippets"),
                    ("shards2", "ours", "ours, `--shards 2` database"), ("full", "stock", "stock Xapian")]
        rows = []
        for variant, engine, label in variants:
            v = latency.get(variant)
            if not v or (engine + ".queries") not in v:
                continue
            g = lambda m: fnum(v.get("%s.%s" % (engine, m)), 2)
            rows.append([label, g("match_p50"), g("match_p95"), g("match_p99"), g("snippets_p50"), g("snippets_p99"),
                         g("total_p50"), g("total_p95"), g("total_p99"), fnum(v.get(engine + ".qps"), 0),
                         "%d" % v.get(engine + ".empty", 0)])
        w(table(["run", "match p50", "p95", "p99", "snippets p50", "p99", "total p50", "p95", "p99", "queries/s",
                 "no results"], rows))
        full, core = latency.get("full", {}), latency.get("core", {})
        if full.get("stock.total_p50") and full.get("ours.total_p50"):
            line = "\nOurs / stock, total time: as served %.1fx at p50, %.1fx at p99" % (
                full["ours.total_p50"] / full["stock.total_p50"], full["ours.total_p99"] / max(full["stock.total_p99"], 1e-9))
            if core.get("ours.total_p50"):
                line += "; without facets and snippets %.1fx at p50, %.1fx at p99" % (
                    core["ours.total_p50"] / full["stock.total_p50"], core["ours.total_p99"] / max(full["stock.total_p99"], 1e-9))
            w(line + ". Stock finds nothing for %d of the queries (CJK and Thai text it does not segment), which are cheap.\n"
              % full.get("stock.empty", 0))
        if full.get("ours.match_p50") and core.get("ours.match_p50"):
            w("\nFacet counting costs about %.1f ms at p50 (match with facets %.2f ms, without %.2f ms).\n" % (
                latency.get("nosnippets", full)["ours.match_p50"] - core["ours.match_p50"],
                latency.get("nosnippets", full)["ours.match_p50"], core["ours.match_p50"]))

    # ---- server
    if server:
        w("\n## Server load (newsweb, /api/search)\n")
        if "none" in server:
            w("Skipped: `build/bin/newsweb` was not built.\n")
        else:
            w("`wrk --latency` on 127.0.0.1 with `benchmarks/wrk_search.lua` rotating through `queries.tsv`; "
              "errors = non-2xx/3xx responses + socket errors. Two servers, one after the other: newsweb as it "
              "runs by default (*cached*: a repeated search is answered from its result cache) and with "
              "`--cache-entries 0` (*uncached*: every request is matched and snippeted).\n\n")
            rows = []
            for mode in ("cached", "uncached"):
                for c in ("c1", "c4", "c16"):
                    r = server.get("%s-%s" % (mode, c))
                    if r:
                        rows.append([mode, c[1:], r["requests"], fnum(r["requests_per_s"], 1), fnum(r["latency_p50_ms"], 2),
                                     fnum(r["latency_p99_ms"], 2), fnum(r["latency_max_ms"], 1),
                                     int(r["errors_status"]) + int(r["errors_socket"]),
                                     "%.0f" % (float(server.get(mode, {}).get("rss_kb", 0)) / 1024)])
            w(table(["server", "connections", "requests", "requests/s", "p50 ms", "p99 ms", "max ms", "errors", "peak RSS MiB"], rows))
            w("\nnewsweb runs with its defaults otherwise (worker threads, keep-alive, time limit); wrk shares the machine's cores. "
              "Reference (design notes): Xapian Omega under Apache on the same corpus, 16 connections, about 106 requests/s.\n")

    # ---- growth
    if growth:
        w("\n## Growth\n")
        w("The first 10%, 25%, 50% and 100% of the shuffled corpus, each indexed into a fresh database "
          "(100% = the indexing-speed runs), and the query set run against each (p99 in ms).\n\n")
        rows = []
        for pct in sorted(growth):
            g = growth[pct]
            rows.append(["%d%%" % pct, "%d" % g.get("articles", 0), fnum(g.get("ours_seconds"), 1), fnum(g.get("stock_seconds"), 1),
                         "%.0f" % (g.get("ours_db_bytes", 0) / 1e6), "%.0f" % (g.get("stock_db_bytes", 0) / 1e6),
                         fnum(g.get("ours_match_p99"), 2), fnum(g.get("ours_total_p99"), 2), fnum(g.get("stock_total_p99"), 2)])
        w(table(["size", "articles", "ours s", "stock s", "ours DB MB", "stock DB MB", "ours match p99",
                 "ours total p99", "stock p99"], rows))
        ext = meta.get("plot_ext", "png")
        for name in ("growth-indexing", "growth-latency"):
            if os.path.exists(os.path.join(outdir, "%s.%s" % (name, ext))):
                w("\n![%s](%s.%s)\n" % (name, name, ext))

    # ---- analysis
    a = fragment(outdir, "analysis.md")
    if a:
        w("\n## Analyzer throughput\n")
        w("`analysis-speed`: `news::Analyzer::tokens` over the titles and bodies of `dev/*.jsonl`, grouped by the "
          "`lang` field (MB of UTF-8 input per second, one thread, after one warm-up pass).\n\n")
        w(a)
        w("\nReference (design notes): ICU word break alone runs at about 23 MB/s for Chinese and Japanese, "
          "40 MB/s for Thai, 100 MB/s for English.\n")

    s = fragment(outdir, "segmentation.md")
    if s:
        w("\n## Chinese word segmentation (SIGHAN 2005)\n")
        w("`newsindex --words` on the PKU and MSR test sets, scored as the bakeoff scorer does: word precision, "
          "recall and F1 over character spans (whitespace removed, aligned over the whole file).\n\n")
        w(s)

    steps = [(k[len("step_seconds."):], v) for k, v in meta.items() if k.startswith("step_seconds.")]
    if steps:
        w("\n## Step durations\n")
        w(table(["step", "seconds"], steps))

    with open(os.path.join(outdir, "report.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(x.rstrip("\n") + "\n" for x in out).replace("\n\n\n", "\n\n"))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: make_report.py OUTDIR")
    main(sys.argv[1])

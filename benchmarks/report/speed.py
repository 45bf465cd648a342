"""The speed sections: indexing, in-process query latency, and the ours/stock latency ratios."""
from report.common import fnum, ratio, table

INDEX_RUNS = [("ours", "newsindex"), ("ours-shards2", "newsindex --shards 2"),
              ("ours-rerun", "newsindex re-run, unchanged corpus"), ("stock", "stock Xapian (TermGenerator)")]
TABLES = ("postlist", "position", "termlist", "docdata")
LATENCY_VARIANTS = [("full", "ours", "ours (facets + snippets, as served)"), ("nofacets", "ours", "ours without facets"),
                    ("nosnippets", "ours", "ours without snippets"), ("core", "ours", "ours without facets and snippets"),
                    ("shards2", "ours", "ours, `--shards 2` database"), ("full", "stock", "stock Xapian")]


def indexing_rows(index):
    stock, rows = index.get("stock", {}), []
    for key, label in INDEX_RUNS:
        r = index.get(key)
        if not r:
            continue
        sec = r["seconds"] or 1e-9
        aps = r["articles"] / sec
        vs_stock = ratio(aps, stock["articles"] / stock["seconds"]) if stock.get("seconds") and key != "ours-rerun" else "-"
        rows.append([label, "%d" % r["articles"], "%.1f" % r["seconds"], "%.0f" % aps, "%.2f" % (r["bytes"] / 1e6 / sec),
                     "%.1f" % r["cpu_seconds"], "%.0f" % (r["rss_kb"] / 1024), "%.0f" % (r["db_bytes"] / 1e6), vs_stock])
    return rows


def indexing_section(results, w):
    index = results.section("index", 1)
    if not index:
        return
    w("\n## Indexing speed\n")
    w("Input: the development corpus (`dev/*.jsonl`), %s articles, %.1f MB of JSON Lines, shuffled with seed %s%s; "
      "a fresh database for each run except the re-run. Wall time and peak RSS from `/usr/bin/time`; "
      "CPU = user + system seconds (above wall time when several cores work).\n\n"
      % (results.meta.get("corpus_articles"), float(results.meta.get("corpus_bytes", 0)) / 1e6, results.meta.get("seed"),
         " (quick mode: its first 10%)" if results.quick else ""))
    w(table(["run", "articles", "seconds", "articles/s", "MB/s", "CPU s", "peak RSS MiB", "database MB",
             "speed vs stock"], indexing_rows(index)))
    rows = [[label] + ["%.0f" % (index[key].get("table_" + t, 0) / 1e6) for t in TABLES]
            for key, label in (("ours", "newsindex"), ("stock", "stock Xapian")) if key in index]
    w("\nDatabase size by Xapian table (MB; stock stores only the id as document data; ours keeps the article "
      "for result pages and snippets in a value, which Xapian stores in the postlist table):\n\n")
    w(table(["database"] + list(TABLES), rows))
    ours, stock = index.get("ours"), index.get("stock")
    if ours and "ours-rerun" in index:
        w("\nRe-run over the unchanged corpus (every article skipped as unchanged): %s faster than the first run.\n"
          % ratio(ours["seconds"], index["ours-rerun"]["seconds"], 1))
    if ours and stock:
        w("\nOurs / stock: time %s, peak RSS %s, database size %s.\n" % (
            ratio(ours["seconds"], stock["seconds"]), ratio(ours["rss_kb"], stock["rss_kb"]),
            ratio(ours["db_bytes"], stock["db_bytes"])))


def latency_table(latency):
    rows = []
    for variant, engine, label in LATENCY_VARIANTS:
        v = latency.get(variant)
        if not v or (engine + ".queries") not in v:
            continue
        g = lambda m: fnum(v.get("%s.%s" % (engine, m)), 2)  # noqa: E731
        rows.append([label, g("match_p50"), g("match_p95"), g("match_p99"), g("snippets_p50"), g("snippets_p99"),
                     g("total_p50"), g("total_p95"), g("total_p99"), fnum(v.get(engine + ".qps"), 0),
                     "%d" % v.get(engine + ".empty", 0)])
    return table(["run", "match p50", "p95", "p99", "snippets p50", "p99", "total p50", "p95", "p99", "queries/s",
                  "no results"], rows)


def ratio_table(latency):
    """Ours / stock at p50 and p99: as served (total) and match only."""
    full, core = latency.get("full", {}), latency.get("core", {})
    rows = []
    for label, ours, ours_key, stock_key in (("facets + snippets (as served) vs stock match + fetch", full, "total", "total"),
                                             ("match only (no facets, no snippets) vs stock match", core, "match", "match")):
        row = [label]
        for p in ("p50", "p99"):
            o, s = ours.get("ours.%s_%s" % (ours_key, p)), full.get("stock.%s_%s" % (stock_key, p))
            row += [fnum(o, 2), fnum(s, 2), ratio(o, s, 1)]
        rows.append(row)
    return table(["ours", "ours p50", "stock p50", "ours / stock p50", "ours p99", "stock p99", "ours / stock p99"], rows)


def latency_section(results, w):
    latency = results.section("latency", 1)
    if not latency:
        return
    w("\n## Query latency (in process)\n")
    w("`query-latency` over `queries.tsv` (%d known-item headlines sampled across languages, seed %s) against the "
      "indexing-speed databases, one query at a time after 100 warm-up queries; times in ms (nearest-rank percentiles). "
      "Ours = `Searcher::search` as the web front end calls it (top 10): *match* = parse + query building + matching "
      "+ facet counting, *snippets* = loading and highlighting the 10 hits. Stock = QueryParser + Enquire top 10 "
      "(its *snippets* column is reading the 10 documents' data).\n\n"
      % (latency.get("full", {}).get("ours.queries", 0), results.meta.get("seed")))
    w(latency_table(latency))
    w("\n### Ours / stock\n\n")
    w(ratio_table(latency))
    full = latency.get("full", {})
    w("\nStock finds nothing for %d of the %d queries (CJK and Thai text it does not segment), which are cheap.\n"
      % (full.get("stock.empty", 0), full.get("stock.queries", 0)))

"""The server section (newsweb and Omega under wrk) and the growth section (synthetic archive)."""
import os

from report.common import fnum, ratio, table

MODES = [("cached", "newsweb, cached"), ("uncached", "newsweb, uncached (`--cache-entries 0`)"),
         ("omega", "Omega under Apache")]
LEVELS = ["c1", "c4", "c16"]
TARGET_RATIO_16 = 10.0  # ours uncached / Omega, requests/s at 16 connections
TARGET_P99_1 = 5.0      # ms, ours uncached at one connection


def server_rows(server):
    rows = []
    for mode, label in MODES:
        for c in LEVELS:
            r = server.get("%s-%s" % (mode, c))
            if r:
                rss = server.get(mode, {}).get("rss_kb")
                rows.append([label, c[1:], "%d" % r["requests"], fnum(r["requests_per_s"], 1), fnum(r["latency_p50_ms"], 2),
                             fnum(r["latency_p99_ms"], 2), fnum(r["latency_max_ms"], 1),
                             "%d" % (r["errors_status"] + r["errors_socket"]), "%.0f" % (rss / 1024) if rss else "-"])
    return rows


def ratio_rows(server):
    rows = []
    for c in LEVELS:
        omega = server.get("omega-" + c, {})
        row = [c[1:], fnum(omega.get("requests_per_s"), 1)]
        for mode in ("uncached", "cached"):
            ours = server.get("%s-%s" % (mode, c), {})
            row += [ratio(ours.get("requests_per_s"), omega.get("requests_per_s"), 1),
                    ratio(ours.get("latency_p50_ms"), omega.get("latency_p50_ms"), 2),
                    ratio(ours.get("latency_p99_ms"), omega.get("latency_p99_ms"), 2)]
        rows.append(row)
    return rows


def targets(server):
    ours16, omega16 = server.get("uncached-c16", {}), server.get("omega-c16", {})
    p99 = server.get("uncached-c1", {}).get("latency_p99_ms")
    lines = []
    if ours16.get("requests_per_s") and omega16.get("requests_per_s"):
        r = ours16["requests_per_s"] / omega16["requests_per_s"]
        lines.append("- requests/s at 16 connections, uncached, >= %.0fx Omega's: **%.1fx, %s**"
                     % (TARGET_RATIO_16, r, "met" if r >= TARGET_RATIO_16 else "not met"))
    if p99 is not None:
        lines.append("- p99 at one connection, uncached, <= %.0f ms: **%.2f ms, %s**"
                     % (TARGET_P99_1, p99, "met" if p99 <= TARGET_P99_1 else "not met"))
    return "\n".join(lines) + "\n"


def server_section(results, w):
    server = results.section("server", 1)
    if not server:
        return
    w("\n## Server load: newsweb and Omega\n")
    w("`wrk --latency` on 127.0.0.1, %s per level, with `benchmarks/wrk_search.lua` rotating through the URL-encoded "
      "`queries.tsv`; errors = HTTP status >= 400 + socket errors. Three servers, one after the other on the same "
      "corpus: newsweb with a result cache holding every query, each asked once before the load (*cached*: every "
      "search is a repeated one, answered from the cache), newsweb "
      "with `--cache-entries 0` (*uncached*: every request is matched and snippeted; `/api/search?q=`), and Xapian "
      "Omega 1.4 (Debian's CGI and default `query` template) under Apache (mpm_event, mod_cgid) over a stock Xapian "
      "database with English stems and Omega's fields (`/cgi-bin/omega?DEFAULTOP=or&P=`: OR of the words like "
      "newsweb; a CGI process per request, which is how Omega runs). Omega found results for %d of the first %d "
      "queries (stock Xapian does not segment CJK and Thai).\n\n"
      % ("3 s" if results.quick else "10 s", server.get("omega", {}).get("probe_found", 0),
         server.get("omega", {}).get("probe_queries", 0)))
    w(table(["server", "connections", "requests", "requests/s", "p50 ms", "p99 ms", "max ms", "errors",
             "peak RSS MiB"], server_rows(server)))
    w("\n### Ours / Omega\n\n")
    w(table(["connections", "Omega requests/s", "uncached: requests/s", "p50", "p99", "cached: requests/s", "p50",
             "p99"], ratio_rows(server)))
    w("\nThe team's targets:\n\n" + targets(server))
    w("\nwrk shares the machine's cores with the server, so these are lower bounds for both.\n")


def growth_rows(growth):
    rows, total = [], {"ours": 0.0, "stock": 0.0}
    for level in sorted(growth, key=int):
        g = growth[level]
        for engine in total:
            total[engine] += g.get(engine + "_index_seconds", 0)
        added = g.get("ours_added", 0)
        rows.append(["%d" % g.get("articles", 0), "%.0f" % total["ours"], "%.0f" % total["stock"],
                     "%.0f" % (added / g["ours_index_seconds"]) if g.get("ours_index_seconds") else "-",
                     "%.0f" % (added / g["stock_index_seconds"]) if g.get("stock_index_seconds") else "-",
                     "%.0f" % (g.get("ours_db_bytes", 0) / 1e6), "%.0f" % (g.get("stock_db_bytes", 0) / 1e6),
                     fnum(g.get("ours_total_p99"), 2), fnum(g.get("ours_match_p99"), 2), fnum(g.get("stock_total_p99"), 2),
                     fnum(g.get("stock_match_p99"), 2), ratio(g.get("ours_total_p99"), g.get("stock_total_p99"), 1),
                     ratio(g.get("ours_match_p99"), g.get("stock_match_p99"), 1)])
    return rows


def growth_section(results, w):
    growth = results.section("growth", 1)
    if not growth:
        return
    ours_db = results.meta.get("growth_ours_db", "ours")
    w("\n## Growth past the corpus (synthetic archive)\n")
    w("The shuffled corpus, then copies of it with new ids, dates a year later per copy, 3%% of alphabetic words "
      "(5%% of CJK/Thai sentences and phrases) swapped for others of the same language and a copy-specific token "
      "(seed %s), added in chunks to the indexing step's databases: ours `%s`%s, stock Xapian one writer. Index "
      "time is cumulative (the first row is the indexing step's run); articles/s is that of the chunk that reached "
      "the size. p99 in ms over the query set, top 10: ours with facets and snippets (as served) and match only; "
      "stock match + fetch and match.\n\n"
      % (results.meta.get("seed"), ours_db, " (two shards written in parallel, the engine's setting for a large "
         "archive on two cores; compare CPU seconds in results.tsv for work)" if ours_db == "ours-shards2" else ""))
    w(table(["articles", "ours index s", "stock index s", "ours articles/s", "stock articles/s", "ours DB MB",
             "stock DB MB", "ours p99 served", "ours p99 match", "stock p99", "stock p99 match",
             "ours/stock p99 served", "ours/stock p99 match"], growth_rows(growth)))
    ext = results.meta.get("plot_ext", "png")
    for name in ("growth-indexing", "growth-size", "growth-latency"):
        if os.path.exists(os.path.join(results.outdir, "%s.%s" % (name, ext))):
            w("\n![%s](%s.%s)\n" % (name, name, ext))

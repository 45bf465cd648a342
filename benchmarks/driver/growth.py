"""Growth past the corpus: a synthetic archive (driver/synthetic.py) added in chunks to the
databases of the indexing step, the engine's sharded one and stock Xapian's, with the index time
of each chunk, the database sizes and the query latency at each size."""
import os

from driver.databases import folder_bytes, read_through
from driver.inputs import benchmark_corpus
from driver.latency import query_latency
from driver.plots import line_plot
from driver.synthetic import Archive

FULL_SIZES = [100000, 250000, 500000]  # after the corpus itself (50,381 articles)
QUICK_FACTORS = [1.5, 2, 3]            # times the quick corpus (5,038 articles)
DAT_COLUMNS = ["level", "articles", "ours_index_s", "stock_index_s", "ours_db_mb", "stock_db_mb",
               "ours_total_p99", "ours_match_p99", "stock_total_p99", "stock_match_p99"]


def sizes(bench):
    n = bench.cache["corpus_articles"]
    more = [int(n * f) for f in QUICK_FACTORS] if bench.quick else FULL_SIZES
    return [n] + more


def measure_level(bench, level, articles, ours, stock):
    """Database sizes and query latency at one size: `growth LEVEL KEY VALUE` lines. Both
    databases are read into the page cache first, as a served archive that fits in memory is:
    straight after a chunk, part of what was just written is not cached, and whichever pass ran
    first paid for the reads (ours with snippets, 558 ms p99 at 500,000 articles against 31.5 ms
    for the match-only pass that followed it)."""
    for db in (ours, stock):
        read_through(db)
    full = query_latency(bench, "growth-%d" % level, ["--db", ours, "--stock-db", stock])
    core = query_latency(bench, "growth-%d-match" % level, ["--db", ours, "--no-facets", "--no-snippets"])
    values = {"articles": articles, "ours_db_bytes": folder_bytes(ours), "stock_db_bytes": folder_bytes(stock),
              "ours_total_p50": full["ours.total_p50"], "ours_total_p99": full["ours.total_p99"],
              "ours_match_p99": core["ours.match_p99"], "stock_total_p99": full["stock.total_p99"],
              "stock_match_p99": full["stock.match_p99"]}
    for key, value in values.items():
        bench.record("growth", level, key, value)


def index_chunk(bench, level, chunk, articles, ours, stock):
    """Adds one chunk to both databases: `growth LEVEL ENGINE_index_* VALUE` lines."""
    for engine, cmd, ok in (("ours", [bench.program("newsindex"), "--quiet", "--db", ours, chunk], (0, 1)),
                            ("stock", [bench.program("stock-xapian-index"), "--quiet", "--db", stock, chunk], (0,))):
        times = bench.timed(cmd, ok=ok)
        bench.record("growth", level, engine + "_index_seconds", times["wall"])
        bench.record("growth", level, engine + "_index_cpu_seconds", times["cpu"])
        bench.record("growth", level, engine + "_added", articles)


def growth_step(bench):
    bench.begin_step("growth", "a synthetic archive past the corpus: index time, size and query p99 by size")
    dbs = bench.cache["databases"]
    ours, stock = dbs["ours-shards2"] or dbs["ours"], dbs["stock"]
    bench.meta("growth_ours_db", "ours-shards2" if dbs["ours-shards2"] else "ours")
    levels = sizes(bench)
    first = "ours-shards2" if dbs["ours-shards2"] else "ours"
    for engine, run in (("ours", first), ("stock", "stock")):
        times = bench.cache["index_times"][run]
        bench.record("growth", 0, engine + "_index_seconds", times["wall"])
        bench.record("growth", 0, engine + "_index_cpu_seconds", times["cpu"])
        bench.record("growth", 0, engine + "_added", levels[0])
    measure_level(bench, 0, levels[0], ours, stock)
    archive = Archive(benchmark_corpus(bench), bench.seed)
    archive.skip(levels[0])
    for level in range(1, len(levels)):
        chunk = bench.path("growth", "chunk-%d.jsonl" % level)
        count = levels[level] - levels[level - 1]
        bench.log("synthetic archive: articles %d to %d into %s" % (levels[level - 1] + 1, levels[level], bench.shown(chunk)))
        bench.record("growth", level, "chunk_bytes", archive.write(chunk, count))
        index_chunk(bench, level, chunk, count, ours, stock)
        os.remove(chunk)
        measure_level(bench, level, levels[level], ours, stock)
    write_plots(bench)


def write_plots(bench):
    """OUTDIR/growth.dat (cumulative index seconds, MB, p99 ms by size) and two plots."""
    rows = {}
    with open(os.path.join(bench.outdir, "results.tsv"), encoding="utf-8") as f:
        for line in f:
            fields = line.rstrip("\n").split("\t")
            if fields[0] == "growth":
                rows.setdefault(int(fields[1]), {})[fields[2]] = float(fields[3])
    data = os.path.join(bench.outdir, "growth.dat")
    total = {"ours": 0.0, "stock": 0.0}
    with open(data, "w", encoding="utf-8") as f:
        f.write("# " + " ".join(DAT_COLUMNS) + "\n")
        for level in sorted(rows):
            r = rows[level]
            for engine in total:
                total[engine] += r[engine + "_index_seconds"]
            f.write("%d %d %.1f %.1f %.1f %.1f %.2f %.2f %.2f %.2f\n" % (
                level, r["articles"], total["ours"], total["stock"], r["ours_db_bytes"] / 1e6,
                r["stock_db_bytes"] / 1e6, r["ours_total_p99"], r["ours_match_p99"], r["stock_total_p99"],
                r["stock_match_p99"]))
    out = os.path.join(bench.outdir, "growth-")
    line_plot(bench, out + "indexing", "Index time (cumulative) by archive size", "seconds (wall)", data,
              [(3, "newsindex"), (4, "stock Xapian")])
    line_plot(bench, out + "latency", "Query latency p99 by archive size (top 10)", "milliseconds", data,
              [(7, "ours, facets + snippets"), (8, "ours, match only"), (9, "stock Xapian, match + fetch"),
               (10, "stock Xapian, match")])
    line_plot(bench, out + "size", "Database size by archive size", "MB", data,
              [(5, "newsindex"), (6, "stock Xapian")])

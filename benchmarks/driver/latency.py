"""In-process query latency (query-latency): the engine as the web front end calls it, without
facets, without snippets, without both, on two shards, and stock Xapian on the same queries."""
import os

from driver.inputs import query_set


def query_latency(bench, name, args):
    """One pass of query-latency over the query set: {"ours.total_p99": ms, ...}; `latency` lines."""
    tsv = bench.path("latency", name + ".tsv")
    bench.run([bench.program("query-latency")] + args + ["--queries", query_set(bench), "--tsv", tsv],
              stdout=os.path.join(bench.fragments, "latency-%s.md" % name))
    values = {}
    with open(tsv, encoding="utf-8") as f:
        for line in f:
            engine, measure, value = line.rstrip("\n").split("\t")
            values["%s.%s" % (engine, measure)] = float(value)
    return values


def latency_step(bench):
    bench.begin_step("latency", "in-process query latency over OUTDIR/queries.tsv: ours vs stock Xapian")
    dbs = bench.cache["databases"]
    variants = [("full", ["--db", dbs["ours"], "--stock-db", dbs["stock"]]),
                ("nofacets", ["--db", dbs["ours"], "--no-facets"]),
                ("nosnippets", ["--db", dbs["ours"], "--no-snippets"]),
                ("core", ["--db", dbs["ours"], "--no-snippets", "--no-facets"])]
    if dbs["ours-shards2"]:
        variants.append(("shards2", ["--db", dbs["ours-shards2"]]))
    for name, args in variants:
        for key, value in query_latency(bench, name, args).items():
            bench.record("latency", name, key, value)

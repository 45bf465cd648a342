"""Server load: newsweb (cached: a cache holding every query, each asked once before; uncached:
--cache-entries 0) and Xapian Omega under Apache, each loaded by wrk with the same URL-encoded
queries at 1, 4 and 16 connections, in one run."""
import os
import urllib.parse

from driver.inputs import benchmark_corpus, query_set
from driver.omega import check_results, start_omega
from driver.services import Service, fetch, free_port

CONNECTIONS = [1, 4, 16]
WRK_FIELDS = ["requests", "seconds", "requests_per_s", "latency_p50_ms", "latency_p99_ms", "latency_max_ms",
              "errors_status", "errors_socket"]


def read_queries(path):
    with open(path, encoding="utf-8") as f:
        return [line.rstrip("\n").split("\t", 1)[-1] for line in f if line.strip()]


def load_levels(bench, mode, base, path):
    """wrk --latency at each connection count: `server MODE-cN FIELD VALUE` lines."""
    duration = "3s" if bench.quick else "10s"
    env = {"BENCH_QUERIES": query_set(bench), "BENCH_PATH": path}
    script = os.path.join(bench.root, "benchmarks", "wrk_search.lua")
    for c in CONNECTIONS:
        out = bench.path("server", "wrk-%s-%d.txt" % (mode, c))
        bench.run(["wrk", "-t%d" % min(c, 2), "-c%d" % c, "-d" + duration, "--timeout", "10s", "--latency",
                   "-s", script, base], env=env, stdout=out)
        with open(out, encoding="utf-8") as f:
            values = dict(line.rstrip("\n").split("\t", 1) for line in f if "\t" in line)
        if "requests_per_s" not in values:
            raise RuntimeError("wrk printed no summary (see %s)" % bench.shown(out))
        for field in WRK_FIELDS:
            bench.record("server", "%s-c%d" % (mode, c), field, values[field])


def load_newsweb(bench, mode, extra, warm=False):
    """wrk against newsweb; `warm`: every query asked once first (wrk cycles through the set, which
    a cache smaller than the set, least recently used first, would never answer)."""
    db = bench.cache["databases"]["ours"]
    port = free_port()
    service = Service(bench, "newsweb", [bench.program("newsweb"), "--db", db, "--host", "127.0.0.1",
                                         "--port", port, "--no-access-log"] + extra)
    base = "http://127.0.0.1:%d" % port
    try:
        service.wait_until_up(base + "/healthz")
        first = read_queries(query_set(bench))[0]
        probe = fetch(base + "/api/search?q=" + urllib.parse.quote(first, safe=""))
        bench.log("probe: GET /api/search?q=%s -> %s" % (first, probe[:160]))
        if warm:
            for query in read_queries(query_set(bench)):
                fetch(base + "/api/search?q=" + urllib.parse.quote(query, safe=""))
        load_levels(bench, mode, base, "/api/search?q=")
        bench.record("server", mode, "rss_kb", service.peak_rss_kb())
    finally:
        service.stop()


def load_omega(bench):
    service, base, path = start_omega(bench, benchmark_corpus(bench))
    try:
        check_results(bench, base, path, read_queries(query_set(bench)), 20 if bench.quick else 100)
        load_levels(bench, "omega", base, path)
    finally:
        service.stop()


def server_step(bench):
    bench.begin_step("server", "HTTP load: newsweb /api/search (cached, uncached) and Omega under Apache, with wrk")
    queries = len(read_queries(query_set(bench)))
    load_newsweb(bench, "cached", ["--cache-entries", str(max(queries, 1000))], warm=True)
    load_newsweb(bench, "uncached", ["--cache-entries", "0"])
    load_omega(bench)

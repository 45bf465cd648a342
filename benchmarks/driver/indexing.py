"""Indexing speed: newsindex against stock-xapian-index on the shuffled development corpus. The
databases it writes are the ones the latency, server and growth steps search."""
import subprocess

from driver.databases import record_index_run
from driver.inputs import benchmark_corpus


def indexing_step(bench):
    bench.begin_step("indexing", "indexing speed: newsindex vs stock-xapian-index on the dev corpus")
    corpus = benchmark_corpus(bench)
    articles, size = bench.cache["corpus_articles"], bench.cache["corpus_bytes"]
    bench.meta("corpus_articles", articles)
    bench.meta("corpus_bytes", size)
    ours, stock, shards = bench.path("idx", "ours"), bench.path("idx", "stock"), bench.path("idx", "ours-shards2")
    newsindex = [bench.program("newsindex"), "--quiet"]
    runs = [("ours", ours, newsindex + ["--db", ours, corpus]),
            ("stock", stock, [bench.program("stock-xapian-index"), "--quiet", "--db", stock, corpus]),
            ("ours-rerun", ours, newsindex + ["--db", ours, corpus])]
    help_text = subprocess.run([bench.program("newsindex"), "--help"], stdout=subprocess.PIPE).stdout.decode()
    if "--shards" in help_text:
        runs.append(("ours-shards2", shards, newsindex + ["--shards", "2", "--db", shards, corpus]))
    for name, db, cmd in runs:
        # newsindex exits with 1 when it rejected articles (empty ones, for example): not a failure here.
        times = bench.timed(cmd, ok=(0, 1))
        record_index_run(bench, name, db, times, articles, size)
        bench.cache.setdefault("index_times", {})[name] = times
    bench.cache["databases"] = {"ours": ours, "stock": stock, "ours-shards2": shards if len(runs) == 4 else None}

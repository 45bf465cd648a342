"""Facts about a built database: its size on disk and the size of each Xapian table."""
import os

TABLES = ["postlist", "position", "termlist", "docdata"]


def folder_bytes(path):
    total = 0
    for folder, _, files in os.walk(path):
        total += sum(os.path.getsize(os.path.join(folder, f)) for f in files)
    return total


def read_through(path):
    """Reads every file of a database folder once, so that its pages are in the page cache."""
    for folder, _, files in os.walk(path):
        for name in files:
            with open(os.path.join(folder, name), "rb") as f:
                while f.read(1 << 20):
                    pass


def table_bytes(path, table):
    """Bytes of one table, summed over shards."""
    total = 0
    for folder, _, files in os.walk(path):
        total += sum(os.path.getsize(os.path.join(folder, f)) for f in files if f == table + ".glass")
    return total


def record_index_run(bench, name, db, times, articles, input_bytes):
    """`index` lines: what one indexing run read, took and wrote."""
    facts = [("articles", articles), ("bytes", input_bytes), ("seconds", times["wall"]),
             ("cpu_seconds", times["cpu"]), ("rss_kb", times["rss_kb"]), ("db_bytes", folder_bytes(db))]
    facts += [("table_" + t, table_bytes(db, t)) for t in TABLES]
    for key, value in facts:
        bench.record("index", name, key, value)

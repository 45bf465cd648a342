"""Inputs of the speed steps, made once per run: the shuffled corpus and the query set."""
import glob
import os
import random


def known_item_languages(bench):
    folder = os.path.join(bench.corpus, "relevance", "known-item-dev")
    names = sorted(glob.glob(os.path.join(folder, "topics.*.tsv")))
    return [os.path.basename(n)[len("topics."):-len(".tsv")] for n in names]


def benchmark_corpus(bench):
    """The dev collections concatenated and shuffled with the seed (quick: the first 10%)."""
    if "corpus" in bench.cache:
        return bench.cache["corpus"]
    out = bench.path("corpus.jsonl")
    bench.log("shuffle dev/*.jsonl (seed %d)%s" % (bench.seed, ", keep the first 10%" if bench.quick else ""))
    lines = []
    for path in sorted(glob.glob(os.path.join(bench.corpus, "dev", "*.jsonl"))):
        with open(path, "rb") as f:
            lines.extend(l if l.endswith(b"\n") else l + b"\n" for l in f if l.strip())
    random.Random(bench.seed).shuffle(lines)
    if bench.quick:
        lines = lines[: len(lines) // 10]
    with open(out, "wb") as f:
        f.writelines(lines)
    bench.cache["corpus"] = out
    bench.cache["corpus_articles"] = len(lines)
    bench.cache["corpus_bytes"] = os.path.getsize(out)
    return out


def query_set(bench):
    """Known-item headlines, 100 per language (quick: 25), sampled with the seed: OUTDIR/queries.tsv."""
    out = os.path.join(bench.outdir, "queries.tsv")
    if os.path.exists(out):
        return out
    per_lang = 25 if bench.quick else 100
    folder = os.path.join(bench.corpus, "relevance", "known-item-dev")
    rng, rows = random.Random(bench.seed), []
    for lang in known_item_languages(bench):
        with open(os.path.join(folder, "topics.%s.tsv" % lang), encoding="utf-8") as f:
            topics = [line.rstrip("\r\n") for line in f if "\t" in line]
        rows += rng.sample(topics, min(per_lang, len(topics)))
    rng.shuffle(rows)
    if per_lang >= 100 and len(rows) < 1000:
        raise RuntimeError("only %d queries" % len(rows))
    bench.log("sampled %d queries from the known-item topics (seed %d) into OUTDIR/queries.tsv" % (len(rows), bench.seed))
    with open(out, "w", encoding="utf-8") as f:
        f.write("".join(r + "\n" for r in rows))
    return out

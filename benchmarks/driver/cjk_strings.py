"""The CJK exact-string step: each sampled Chinese and Japanese string searched as typed
(unquoted) by the engine and by stock Xapian (plain and FLAG_CJK_NGRAM); recall@1000 and
R-precision per language against every article that contains it (driver/cjk_collection.py)."""
import shutil

from driver.cjk_collection import (Containment, chinese_candidates, japanese_candidates, sample_strings,
                                   write_collection)
from driver.relevance_sets import Subset
from driver.scoring import compare, record_comparison, score

MEASURES = [("recall.1000", "recall_1000"), ("Rprec", "Rprec")]
SYSTEMS = {"ours": None, "stock": [], "stock-cjk": ["--cjk-ngram"]}
DEPTH = 1000


def write_topics(bench, lang, sampled):
    """topics and qrels files of one language's strings."""
    topics, qrels = bench.path("cjk", "topics.%s.tsv" % lang), bench.path("cjk", "qrels.%s.txt" % lang)
    with open(topics, "w", encoding="utf-8") as t, open(qrels, "w", encoding="utf-8") as q:
        for n, (string, ids) in enumerate(sampled, 1):
            qid = "cjk-%s-%04d" % (lang, n)
            t.write("%s\t%s\n" % (qid, string))
            q.writelines("%s 0 %s 1\n" % (qid, doc_id) for doc_id in ids)
    return topics, qrels


def search_all(bench, system, docs, topic_files):
    """Indexes the collection with one system and runs every language's strings: {lang: run}."""
    db, runs = bench.path("cjk", system + "-db"), {}
    options = SYSTEMS[system]
    if options is None:
        bench.run([bench.program("newsindex"), "--quiet", "--db", db, docs], ok=(0, 1))
    else:
        bench.run([bench.program("stock-xapian-index"), "--quiet"] + options + ["--db", db, docs])
    for lang, topics in topic_files.items():
        runs[lang] = bench.path("cjk", "%s.%s.run" % (system, lang))
        if options is None:
            cmd = [bench.program("newssearch"), "--db", db]
        else:
            cmd = [bench.program("stock-xapian-search")] + options + ["--db", db]
        bench.run(cmd + ["--topics", topics, "--run-id", system, "--k", DEPTH, "--output", runs[lang]])
    shutil.rmtree(db)
    return runs


def sample_languages(bench, texts):
    per_lang = 50 if bench.quick else 300
    containment = Containment(texts)
    candidates = {"zh": chinese_candidates(bench.corpus), "ja": japanese_candidates(bench.corpus, bench.quick)}
    files = {}
    for lang, strings in candidates.items():
        sampled = sample_strings(strings, containment, per_lang, bench.seed)
        bench.log("%s: %d strings (of %d candidates) in %d to %d articles each"
                  % (lang, len(sampled), len(strings), min(len(i) for _, i in sampled), max(len(i) for _, i in sampled)))
        bench.record("cjk", lang, "strings", "count", len(sampled))
        files[lang] = write_topics(bench, lang, sampled)
    return files


def cjk_strings_step(bench):
    bench.begin_step("cjk-strings", "CJK exact strings as typed: recall@1000 and R-precision, ours vs stock")
    docs = bench.path("cjk", "docs.jsonl")
    texts = write_collection(bench.corpus, docs, bench.quick)
    bench.record("cjk", "all", "collection", "articles", len(texts))
    files = sample_languages(bench, texts)
    runs = {s: search_all(bench, s, docs, {lang: t for lang, (t, _) in files.items()}) for s in SYSTEMS}
    for lang, (_, qrels) in files.items():
        means = {s: score(bench, qrels, runs[s][lang], MEASURES) for s in SYSTEMS}
        for system, values in means.items():
            for measure, value in values.items():
                bench.record("cjk", lang, system, measure, value)
        best = max(("stock", "stock-cjk"), key=lambda s: (means[s]["recall_1000"], means[s]["Rprec"]))
        entries = compare(bench, "cjk-strings.%s.ours-vs-%s" % (lang, best), qrels, runs[best][lang],
                          [runs["ours"][lang]], MEASURES)
        record_comparison(bench, Subset("cjk-strings", lang, "cjk", {"all": qrels}), "all", best, ["ours"],
                          [runs["ours"][lang]], entries)

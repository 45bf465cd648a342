"""The relevance steps: every system indexes the same documents and runs the same topics; runs
are scored per subset and half, and ours is compared with the best stock system (and each named
configuration with the default engine) by newseval --compare."""
import os
import shutil

from driver.relevance_sets import HALVES, KNOWN_ITEM_SETS, all_subsets, relevance_sets
from driver.scoring import compare, record_comparison, score

STOCK_SYSTEMS = {"stock": [], "stock-cjk": ["--cjk-ngram"], "stock-stem": ["--stem", "english"]}
ADHOC_ONLY = {"stock-stem"}  # English stemming says nothing about the multilingual known-item set


def ours_commands(bench, system, env):
    def index(db, docs):
        bench.run([bench.program("newsindex"), "--quiet", "--db", db, docs], env=env, ok=(0, 1))

    def search(db, topics, run):
        bench.run([bench.program("newssearch"), "--db", db, "--topics", topics, "--run-id", system,
                   "--k", bench.k, "--output", run], env=env)
    return index, search


def stock_commands(bench, system):
    options = STOCK_SYSTEMS[system]

    def index(db, docs):
        bench.run([bench.program("stock-xapian-index"), "--quiet"] + options + ["--db", db, docs])

    def search(db, topics, run):
        bench.run([bench.program("stock-xapian-search")] + options + ["--db", db, "--topics", topics,
                                                                       "--run-id", system, "--k", bench.k,
                                                                       "--output", run])
    return index, search


def run_system(bench, system, commands):
    """Indexes and searches every set with one system: {run name: run file}."""
    sets = relevance_sets(bench)
    index, search = commands
    jobs = [] if system in ADHOC_ONLY else [(name, sets[name]["docs"], sets[name]["topics"])
                                            for name in KNOWN_ITEM_SETS]
    jobs += [("adhoc-" + c, a["docs"], a["topics"]) for c, a in sets["adhoc"].items()]
    runs = {}
    for name, docs, topics in jobs:
        bench.log("%s, %s: index %s and search" % (name, system, bench.shown(docs)))
        db = bench.path("rel", system, name + "-db")
        index(db, docs)
        runs[name] = bench.path("rel", system, name + ".run")
        search(db, topics, runs[name])
        shutil.rmtree(db)
    bench.cache.setdefault("runs", {})[system] = runs
    return runs


def score_system(bench, system):
    """Scores a system's runs on every subset and half: `rel` lines and bench.cache["scores"]."""
    scores = bench.cache.setdefault("scores", {})
    runs = bench.cache["runs"][system]
    for subset in all_subsets(relevance_sets(bench)):
        if subset.run not in runs:
            continue
        for half in HALVES:
            values = score(bench, subset.qrels[half], runs[subset.run])
            scores[(subset.set_name, subset.name, half, system)] = values
            for measure, value in values.items():
                bench.record("rel", subset.set_name, subset.name, half, system, measure, value)


def best_stock(bench, subset):
    """The stock system with the best main measure on the whole subset."""
    scores = bench.cache["scores"]
    candidates = [s for s in STOCK_SYSTEMS if (subset.set_name, subset.name, "all", s) in scores]
    return max(candidates, key=lambda s: scores[(subset.set_name, subset.name, "all", s)][subset.main_measure])


def compare_runs(bench, subset, baseline, systems, label):
    """Compares `systems` with `baseline` on the subset and each half; records `sig` lines."""
    runs = bench.cache["runs"]
    for half in HALVES:
        name = "%s.%s.%s.%s" % (subset.set_name, subset.name.replace(":", "-"), half, label)
        files = [runs[s][subset.run] for s in systems]
        entries = compare(bench, name, subset.qrels[half], runs[baseline][subset.run], files)
        record_comparison(bench, subset, half, baseline, systems, files, entries)


def relevance_step(bench):
    bench.begin_step("relevance", "known-item-dev, NTREX without stemmers and adhoc-dev, ours vs stock Xapian, whole sets and halves")
    run_system(bench, "ours", ours_commands(bench, "ours", {}))
    score_system(bench, "ours")
    for system in STOCK_SYSTEMS:
        run_system(bench, system, stock_commands(bench, system))
        score_system(bench, system)
    for subset in all_subsets(relevance_sets(bench)):
        stock = best_stock(bench, subset)
        compare_runs(bench, subset, stock, ["ours"], "ours-vs-" + stock)


def configs_step(bench, configs):
    bench.begin_step("configs", "named configurations: " + ", ".join(c.name for c in configs))
    if "ours" not in bench.cache.get("runs", {}):
        run_system(bench, "ours", ours_commands(bench, "ours", {}))  # the default column
        score_system(bench, "ours")
    systems = []
    for config in configs:
        system = "cfg-" + config.name
        bench.meta("config." + config.name, config.spec())
        bench.log("%s: the engine with %s" % (system, config.spec()))
        run_system(bench, system, ours_commands(bench, system, config.env))
        score_system(bench, system)
        systems.append(system)
    for subset in all_subsets(relevance_sets(bench)):
        compare_runs(bench, subset, "ours", systems, "configs")

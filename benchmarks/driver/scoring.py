"""Scoring runs with newseval: means over every judged topic (-c), and paired comparisons with a
baseline (--compare --json: randomization and t-tests, Holm-corrected, wins/ties/losses)."""
import json
import os

# As newseval takes them (-m) and as it prints them.
MEASURES = [("mrr_10", "mrr_10"), ("ndcg_cut.10", "ndcg_cut_10"), ("map", "map"), ("P.10", "P_10"),
            ("recall.100", "recall_100")]


def measure_args(measures):
    args = []
    for given, _ in measures:
        args += ["-m", given]
    return args


def score(bench, qrels, run, measures=MEASURES):
    """{printed measure name: mean} over every topic of `qrels`, plus num_q."""
    text = bench.output([bench.program("newseval"), "-c", "-m", "num_q"] + measure_args(measures) + [qrels, run])
    values = {}
    for line in text.splitlines():
        fields = [f.strip() for f in line.split("\t")]
        if len(fields) == 3 and fields[1] == "all":
            values[fields[0]] = float(fields[2])
    return values


def compare(bench, name, qrels, baseline, runs, measures=MEASURES):
    """newseval --compare --json of `runs` against `baseline`, kept as OUTDIR/compare/NAME.json.
    Returns {(run file, measure): the run's entry} (mean, diff, p-values, significant, wins, ...)."""
    os.makedirs(bench.compare_dir, exist_ok=True)
    out = os.path.join(bench.compare_dir, name + ".json")
    text = bench.output([bench.program("newseval"), "--compare", "--json"] + measure_args(measures)
                        + [qrels, baseline] + list(runs))
    with open(out, "w", encoding="utf-8") as f:
        f.write(text)
    result = {}
    for m in json.loads(text)["measures"]:
        for r in m["runs"]:
            result[(r["file"], m["measure"])] = r
    return result


def record_comparison(bench, subset, half, baseline_system, systems, runs, entries):
    """`sig` lines: set, subset, half, baseline, system, measure, diff, Holm-corrected p(rand), 0/1."""
    for system, run in zip(systems, runs):
        for (file, measure), e in sorted(entries.items()):
            if file == run:
                bench.record("sig", subset.set_name, subset.name, half, baseline_system, system, measure,
                             "%.6f" % e["diff"], "%.6f" % e["p_randomization_holm"], int(e["significant"]))

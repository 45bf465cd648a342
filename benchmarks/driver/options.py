"""The driver's command line and environment: what to run, where, and how much of it."""
import argparse
import os
import re

STEPS = ["segmentation", "analysis", "relevance", "configs", "cjk-strings", "indexing", "latency", "server",
         "growth"]
NEEDS_INDEXING = {"latency", "server", "growth"}

USAGE_NOTES = """steps (--steps, comma-separated; default all): %s.
latency, server and growth run indexing first.

environment:
  NEWS_CORPUS        the corpus folder (default ../shared/corpus beside the repository)
  BENCH_K            results per topic in the relevance runs (default 100)
  BENCH_SEED         seed for shuffling, sampling and the synthetic archive (default 42)
  BENCH_SKIP_BUILD=1 use build/ as it is
  BENCH_KEEP_WORK=1  keep the databases and runs under OUTDIR/work""" % ", ".join(STEPS)


class Config:
    """A named configuration: environment variables given to newsindex and newssearch."""

    def __init__(self, spec):
        name, sep, assignments = spec.partition("=")
        if not sep or not re.fullmatch(r"[A-Za-z0-9_.-]+", name):
            raise argparse.ArgumentTypeError(
                "'%s': expected NAME=VAR=VALUE[,VAR=VALUE...] with NAME of letters, digits, _ . -" % spec)
        self.name, self.env = name, {}
        for assignment in assignments.split(","):
            var, sep, value = assignment.partition("=")
            if not sep or not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", var):
                raise argparse.ArgumentTypeError("'%s': '%s' is not VAR=VALUE" % (spec, assignment))
            self.env[var] = value

    def spec(self):
        return ",".join("%s=%s" % kv for kv in self.env.items())


def step_list(text):
    steps = [s for s in text.split(",") if s]
    for s in steps:
        if s != "all" and s not in STEPS:
            raise argparse.ArgumentTypeError("unknown step '%s' (steps: %s)" % (s, ", ".join(STEPS)))
    return steps


def parse(argv, root):
    parser = argparse.ArgumentParser(
        prog="run.sh", description="Runs the relevance and performance benchmarks and writes OUTDIR/report.md.",
        epilog=USAGE_NOTES, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("outdir", metavar="OUTDIR")
    parser.add_argument("--quick", action="store_true",
                        help="reduced run for smoke tests: topic subsets, 10%% of the corpus, small synthetic "
                             "archive, 3 s load levels (a few minutes)")
    parser.add_argument("--config", type=Config, action="append", default=[], metavar="NAME=VAR=VALUE[,...]",
                        help="a named configuration (repeatable), e.g. nobackstop=NEWS_BACKSTOP=0")
    parser.add_argument("--steps", type=step_list, default=["all"], metavar="LIST", help="only these steps")
    args = parser.parse_args(argv)
    corpus = os.environ.get("NEWS_CORPUS") or os.path.join(root, "..", "shared", "corpus")
    if not (os.path.isdir(os.path.join(corpus, "dev")) and os.path.isdir(os.path.join(corpus, "relevance"))):
        parser.error("no corpus at %s (needs dev/ and relevance/; set NEWS_CORPUS)" % corpus)
    args.corpus = os.path.realpath(corpus)
    args.k = int(os.environ.get("BENCH_K", "100"))
    args.seed = int(os.environ.get("BENCH_SEED", "42"))
    args.skip_build = os.environ.get("BENCH_SKIP_BUILD") == "1"
    args.keep_work = os.environ.get("BENCH_KEEP_WORK") == "1"
    return args


def wanted(args, step):
    """Whether `step` runs: asked for, or needed by a step that was."""
    chosen = set(STEPS) if "all" in args.steps else set(args.steps)
    if step == "indexing" and chosen & NEEDS_INDEXING:
        return True
    return step in chosen

"""The driver: parses the command line, runs the steps in order, writes the report."""
import os
import shutil
import signal
import subprocess
import sys
import time
import traceback

from driver import options
from driver.context import Bench, StepFailed
from driver.setup import build, load_average


def step_functions():
    """(name, function(bench)) in the order they run; imported here so that --help stays quick."""
    from driver import cjk_strings, growth, indexing, latency, relevance, server, text_steps
    return [("segmentation", text_steps.segmentation_step), ("analysis", text_steps.analysis_step),
            ("relevance", relevance.relevance_step),
            ("configs", lambda bench: relevance.configs_step(bench, bench.args.config) if bench.args.config else None),
            ("cjk-strings", cjk_strings.cjk_strings_step), ("indexing", indexing.indexing_step),
            ("latency", latency.latency_step), ("server", server.server_step), ("growth", growth.growth_step)]


def fresh_outdir(bench):
    for name in ("work", "logs", "fragments", "compare"):
        shutil.rmtree(os.path.join(bench.outdir, name), ignore_errors=True)
    for name in os.listdir(bench.outdir):
        if name in ("results.tsv", "meta.tsv", "report.md", "growth.dat") or name.startswith("growth-"):
            os.remove(os.path.join(bench.outdir, name))
    for folder in (bench.work, bench.logs, bench.fragments):
        os.makedirs(folder)
    open(os.path.join(bench.outdir, "results.tsv"), "w").close()
    open(os.path.join(bench.outdir, "meta.tsv"), "w").close()


def fail(bench, error):
    sys.stderr.write("\n[bench] FAILED in step \"%s\": %s\n" % (bench.step, error))
    if bench.log_path and os.path.exists(bench.log_path):
        with open(bench.log_path, encoding="utf-8", errors="replace") as f:
            tail = f.readlines()[-20:]
        sys.stderr.write("Last lines of %s:\n%s" % (bench.log_path, "".join(tail)))
    return 1


def write_report(bench, started):
    bench.begin_step("report", "write report.md")
    bench.meta("load_end", load_average())
    bench.meta("total_seconds", "%.0f" % (time.time() - started))
    bench.run([sys.executable, os.path.join(bench.root, "benchmarks", "make_report.py"), bench.outdir])
    bench.end_step()
    if not bench.args.keep_work:
        shutil.rmtree(bench.work, ignore_errors=True)
    bench.log("done in %.0f s" % (time.time() - started))
    print("Report: %s" % os.path.join(bench.outdir, "report.md"))


def main(argv):
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    args = options.parse(argv, root)
    os.makedirs(args.outdir, exist_ok=True)
    bench = Bench(args, root)
    fresh_outdir(bench)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(130))
    started = time.time()
    try:
        build(bench)
        for name, function in step_functions():
            if options.wanted(args, name):
                function(bench)
        write_report(bench, started)
        return 0
    except (StepFailed, RuntimeError, OSError, subprocess.SubprocessError, ValueError, KeyError) as error:
        if not isinstance(error, StepFailed):
            traceback.print_exc()
        return fail(bench, error)
    except KeyboardInterrupt:
        sys.stderr.write("[bench] interrupted\n")
        return 130
    finally:
        for stop in bench.cache.get("stop_on_exit", []):
            stop()

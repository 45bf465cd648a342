"""The first step: build, copy the programs into the run's folder, install tools, note the machine."""
import os
import shutil
import subprocess
import time

ENGINE_PROGRAMS = ["newsindex", "newssearch", "newseval", "newsweb"]
BENCH_PROGRAMS = ["stock-xapian-index", "stock-xapian-search", "query-latency", "analysis-speed"]
# Debian packages the steps run: /usr/bin/time, plots, HTTP load, probes, and the web peer.
PACKAGES = ["time", "gnuplot-nox", "wrk", "curl", "xapian-omega", "apache2"]


def build(bench):
    bench.begin_step("build", "build the engine and the benchmark programs, copy them, install tools")
    if bench.args.skip_build:
        bench.log("BENCH_SKIP_BUILD=1: using the programs in build/ as they are")
    else:
        bench.run([os.path.join(bench.root, "scripts", "setup.sh")])
    copy_programs(bench)
    bench.run([os.path.join(bench.root, "scripts", "install-packages.sh")] + PACKAGES)
    record_machine(bench)


def copy_programs(bench):
    """Run copies, so that a rebuild of build/ during the run cannot mix two versions in one report."""
    built = os.path.join(bench.root, "build", "bin")
    os.makedirs(bench.bin, exist_ok=True)
    for name in ENGINE_PROGRAMS + BENCH_PROGRAMS:
        source = os.path.join(built, name)
        if not os.access(source, os.X_OK):
            raise RuntimeError("build/bin/%s was not built" % name)
        shutil.copy2(source, bench.bin)


def git(bench, *args):
    done = subprocess.run(["git", "-C", bench.root] + list(args), stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    return done.stdout.decode().strip() if done.returncode == 0 else None


def commit_measured(bench):
    commit = git(bench, "rev-parse", "--short", "HEAD") or "unknown"
    dirty = subprocess.call(["git", "-C", bench.root, "diff", "--quiet", "HEAD"], stderr=subprocess.DEVNULL)
    return commit + (" (with uncommitted changes)" if dirty else "")


def first_line_with(path, prefix):
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith(prefix):
                return line.split(":", 1)[1].strip()
    return "?"


def load_average():
    with open("/proc/loadavg") as f:
        return " ".join(f.read().split()[:3])


def record_machine(bench):
    mem_kb = float(first_line_with("/proc/meminfo", "MemTotal").split()[0])
    engine_env = " ".join("%s=%s" % (k, v) for k, v in sorted(os.environ.items())
                          if k.startswith("NEWS_") and k != "NEWS_CORPUS")
    facts = [("date", time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())), ("commit", commit_measured(bench)),
             ("mode", "quick" if bench.quick else "full"), ("nproc", os.cpu_count()),
             ("memory", "%.1f GiB" % (mem_kb / 1048576)), ("cpu", first_line_with("/proc/cpuinfo", "model name")),
             ("load_start", load_average()),
             ("xapian", subprocess.check_output(["pkg-config", "--modversion", "xapian-core"]).decode().strip()),
             ("k", bench.k), ("seed", bench.seed), ("niceness", os.nice(0)), ("engine_env", engine_env or "none")]
    for key, value in facts:
        bench.meta(key, value)

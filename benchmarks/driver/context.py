"""What every step shares: the folders of a run, its logs, how commands run, and where numbers go.

OUTDIR/results.tsv gets one `section<TAB>...<TAB>value` line per number, OUTDIR/meta.tsv one
`key<TAB>value` line per fact about the run; make_report.py reads both.
"""
import os
import shlex
import subprocess
import sys
import time

TIME_FORMAT = "wall\t%e\nrss_kb\t%M\nuser\t%U\nsys\t%S"


class StepFailed(Exception):
    pass


class Bench:
    def __init__(self, args, root):
        self.args, self.root = args, root
        self.quick, self.seed, self.k, self.corpus = args.quick, args.seed, args.k, args.corpus
        self.outdir = os.path.realpath(args.outdir)
        self.work = os.path.join(self.outdir, "work")
        self.logs = os.path.join(self.outdir, "logs")
        self.fragments = os.path.join(self.outdir, "fragments")
        self.compare_dir = os.path.join(self.outdir, "compare")
        self.bin = os.path.join(self.work, "bin")
        self.step, self.step_start, self.log_path = "start", time.time(), None
        self.cache = {}  # inputs made once and shared by steps (corpus, queries, databases)

    def path(self, *parts):
        """A path under the work folder, its parent folder created."""
        p = os.path.join(self.work, *parts)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        return p

    def program(self, name):
        return os.path.join(self.bin, name)

    def shown(self, path):
        """A path as the log shows it: relative to the repository or the run's folder."""
        for base, label in ((self.work, "work"), (self.outdir, "OUTDIR"), (self.root, "")):
            if path.startswith(base + os.sep):
                rel = os.path.relpath(path, base)
                return os.path.join(label, rel) if label else rel
        return path

    # ---- logs and records
    def log(self, message):
        sys.stderr.write("[bench %s] %s\n" % (time.strftime("%H:%M:%S"), message))
        sys.stderr.flush()
        if self.log_path:
            with open(self.log_path, "a", encoding="utf-8") as f:
                f.write("# %s\n" % message)

    def begin_step(self, name, what):
        self.end_step()
        self.step, self.step_start = name, time.time()
        self.log_path = os.path.join(self.logs, name + ".log")
        open(self.log_path, "w").close()
        with open("/proc/loadavg") as f:
            self.meta("step_load." + name, " ".join(f.read().split()[:3]))
        self.log("== step %s: %s" % (name, what))

    def end_step(self):
        if self.step != "start":
            self.meta("step_seconds." + self.step, "%.0f" % (time.time() - self.step_start))
        self.step = "start"

    def record(self, *fields):
        with open(os.path.join(self.outdir, "results.tsv"), "a", encoding="utf-8") as f:
            f.write("\t".join(str(x) for x in fields) + "\n")

    def meta(self, key, value):
        with open(os.path.join(self.outdir, "meta.tsv"), "a", encoding="utf-8") as f:
            f.write("%s\t%s\n" % (key, value))

    # ---- commands
    def command_line(self, cmd):
        return " ".join(shlex.quote(self.shown(str(c))) for c in cmd)

    def run(self, cmd, env=None, ok=(0,), stdout=None, shown_as=None):
        """Runs `cmd` (a list), logging it; its output goes to the step's log unless `stdout` is a file."""
        self.log("$ " + (shown_as or self.command_line(cmd)))
        full_env = dict(os.environ, **(env or {}))
        with open(self.log_path, "a", encoding="utf-8") as log:
            out = open(stdout, "w", encoding="utf-8") if stdout else log
            try:
                status = subprocess.call([str(c) for c in cmd], stdout=out, stderr=log, env=full_env)
            finally:
                if stdout:
                    out.close()
        if status not in ok:
            raise StepFailed("%s exited with status %d" % (os.path.basename(str(cmd[0])), status))
        return status

    def output(self, cmd, env=None):
        """Runs `cmd` and returns its standard output (standard error goes to the step's log)."""
        self.log("$ " + self.command_line(cmd))
        with open(self.log_path, "a", encoding="utf-8") as log:
            done = subprocess.run([str(c) for c in cmd], stdout=subprocess.PIPE, stderr=log,
                                  env=dict(os.environ, **(env or {})))
        if done.returncode != 0:
            raise StepFailed("%s exited with status %d" % (os.path.basename(str(cmd[0])), done.returncode))
        return done.stdout.decode("utf-8")

    def timed(self, cmd, env=None, ok=(0,)):
        """Runs `cmd` under /usr/bin/time: {"wall", "rss_kb", "user", "sys", "cpu"} of the run."""
        times = self.path("time.out")
        self.run(["/usr/bin/time", "-f", TIME_FORMAT, "-o", times] + list(cmd), env=env, ok=ok,
                 shown_as="/usr/bin/time " + self.command_line(cmd))
        with open(times, encoding="utf-8") as f:
            t = {k: float(v) for k, v in (line.rstrip("\n").split("\t") for line in f if "\t" in line)}
        t["cpu"] = t["user"] + t["sys"]
        return t

"""Reading what the driver measured, and writing Markdown tables."""
import collections
import os

SIGNIFICANCE_NOTE = (
    "`*` after a difference: significant at 0.05 by newseval --compare (paired two-sided randomization test, "
    "10,000 sign flips, Holm-corrected over the runs compared with the same baseline); no mark: not significant. "
    "Differences are run minus baseline.")


def read_tsv(path):
    if not os.path.exists(path):
        return []
    with open(path, encoding="utf-8") as f:
        return [line.rstrip("\n").split("\t") for line in f if line.strip()]


class Results:
    """OUTDIR/meta.tsv and OUTDIR/results.tsv, by section."""

    def __init__(self, outdir):
        self.outdir = outdir
        self.meta = collections.OrderedDict((r[0], r[1] if len(r) > 1 else "")
                                            for r in read_tsv(os.path.join(outdir, "meta.tsv")))
        self.rows = collections.defaultdict(list)
        for r in read_tsv(os.path.join(outdir, "results.tsv")):
            self.rows[r[0]].append(r[1:])

    def section(self, name, key_fields):
        """{tuple of the first `key_fields` fields: {next field: last field as a number or text}}."""
        out = collections.OrderedDict()
        for r in self.rows.get(name, []):
            key = tuple(r[:key_fields]) if key_fields > 1 else r[0]
            out.setdefault(key, {})[r[key_fields]] = number(r[-1])
        return out

    def fragment(self, name):
        path = os.path.join(self.outdir, "fragments", name)
        if not os.path.exists(path):
            return None
        with open(path, encoding="utf-8") as f:
            return f.read().strip() + "\n"

    @property
    def quick(self):
        return self.meta.get("mode") == "quick"


def number(text):
    try:
        return float(text)
    except ValueError:
        return text


def fnum(value, digits=3):
    try:
        return ("%." + str(digits) + "f") % float(value)
    except (TypeError, ValueError):
        return "-"


def ratio(a, b, digits=2):
    try:
        return ("%." + str(digits) + "fx") % (float(a) / float(b))
    except (TypeError, ValueError, ZeroDivisionError):
        return "-"


def table(header, rows, align=None):
    align = align or ["---"] + ["---:"] * (len(header) - 1)
    out = ["| " + " | ".join(header) + " |", "|" + "|".join(align) + "|"]
    out += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
    return "\n".join(out) + "\n"


class Significance:
    """`sig` lines: (set, subset, half, baseline, system, measure) -> (diff, Holm p, significant)."""

    def __init__(self, results):
        self.entries = {tuple(r[:6]): (float(r[6]), float(r[7]), r[8] == "1") for r in results.rows.get("sig", [])}

    def stock_baseline(self, set_name, subset, half="all"):
        """The stock system ours was compared with (the best on the whole subset)."""
        for key in self.entries:
            if key[:3] == (set_name, subset, half) and key[4] == "ours":
                return key[3]
        return None

    def diff(self, set_name, subset, half, baseline, system, measure):
        """The difference with its mark, or '-'."""
        e = self.entries.get((set_name, subset, half, baseline, system, measure))
        if not e:
            return "-"
        return "%+.3f%s" % (e[0], "*" if e[2] else "")

    def mark(self, set_name, subset, half, baseline, system, measure):
        e = self.entries.get((set_name, subset, half, baseline, system, measure))
        return "*" if e and e[2] else ""

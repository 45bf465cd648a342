"""The relevance sections: known-item per language and per source, ad hoc per collection, the two
halves, every measure, the CJK exact-string set, and the named configurations."""
from report.common import SIGNIFICANCE_NOTE, Significance, fnum, table

# Stock Xapian figures from the design notes (this machine), to check the baseline is reproduced.
DESIGN_STOCK_KI = {  # MRR@10 plain / CJK n-gram
    "zh-Hans": (.211, .334), "zh-Hant": (.338, .376), "ja": (.185, .438), "ko": (.772, .854),
    "th": (.510, .492), "en": (.758, .729), "ru": (.781, .773), "ar": (.859, .843)}
DESIGN_STOCK_STEM_ADHOC = {"cran": .389, "cacm": .399, "cisi": .323, "med": .694}  # nDCG@10
MEASURES = [("mrr_10", "MRR@10"), ("ndcg_cut_10", "nDCG@10"), ("map", "MAP"), ("P_10", "P@10"),
            ("recall_100", "R@100")]
SYSTEM_NAMES = {"ours": "ours", "stock": "stock Xapian", "stock-cjk": "stock + CJK n-gram",
                "stock-stem": "stock + English stem"}
STOCK = ["stock", "stock-cjk", "stock-stem"]
MAIN = {"known-item": "mrr_10", "known-item-stemless": "mrr_10", "known-item-variants": "mrr_10", "adhoc": "ndcg_cut_10"}
SETS = ("known-item", "known-item-stemless", "known-item-variants", "adhoc")


class Relevance:
    def __init__(self, results):
        self.scores = results.section("rel", 4)  # (set, subset, half, system) -> {measure: value}
        self.sig = Significance(results)
        self.meta = results.meta

    def subsets(self, set_name, kind=None):
        names = []
        for s, subset, _, _ in self.scores:
            if s == set_name and subset not in names:
                names.append(subset)
        if kind == "source":
            return [n for n in names if n.startswith("source:")]
        if kind == "language":
            return sorted(n for n in names if not n.startswith("source:") and n != "all")
        return names

    def systems(self, set_name):
        present = {k[3] for k in self.scores if k[0] == set_name}
        return [s for s in ["ours"] + STOCK if s in present]

    def value(self, set_name, subset, half, system, measure):
        return self.scores.get((set_name, subset, half, system), {}).get(measure)

    def main_rows(self, set_name, subsets, design=None):
        """Rows: subset, topics, each system's main measure, ours − best stock (marked), design notes."""
        measure, rows = MAIN[set_name], []
        for subset in subsets:
            base = self.sig.stock_baseline(set_name, subset)
            row = [subset, "%d" % (self.value(set_name, subset, "all", "ours", "num_q") or 0)]
            row += [fnum(self.value(set_name, subset, "all", s, measure)) for s in self.systems(set_name)]
            row += ["%s (%s)" % (self.sig.diff(set_name, subset, "all", base, "ours", measure), SYSTEM_NAMES.get(base, "-"))]
            if design is not None:
                d = design.get(subset)
                row.append(("%.3f / %.3f" % d if isinstance(d, tuple) else fnum(d)) if d else "")
            rows.append(row)
        return rows

    def header(self, set_name, first, design_label=None):
        h = [first, "topics"] + [SYSTEM_NAMES[s] for s in self.systems(set_name)] + ["ours − best stock"]
        return h + ([design_label] if design_label else [])


def known_item_sections(rel, w):
    languages = rel.subsets("known-item", "language")
    if not languages:
        return
    w("\n### known-item-dev: MRR@10 per language (main measure)\n")
    w(table(rel.header("known-item", "language", "design notes: stock / CJK"),
            rel.main_rows("known-item", languages + ["all"], DESIGN_STOCK_KI)))
    w("\n`all` pools every topic (micro average; English and Chinese dominate). The best stock system is chosen "
      "per row by its MRR@10 on the row's topics; ours is compared with it.\n")
    sources = rel.subsets("known-item", "source")
    if sources:
        w("\n### known-item-dev: MRR@10 per source\n")
        w("The documents come from four collections (id prefixes `xwlb-`, `kowikinews-`, `reuters-`, `ntrex-`); "
          "each row holds the topics whose article comes from that collection (NTREX: 12 languages).\n\n")
        w(table(rel.header("known-item", "source"), rel.main_rows("known-item", sources)))


def stemless_section(rel, w):
    names = rel.subsets("known-item-stemless")  # the script groups, then all, as the driver wrote them
    if not names:
        return
    w("\n### NTREX headlines in languages without a Snowball stemmer: MRR@10\n")
    w("Known items built like known-item-dev from the development corpus's NTREX stories (titles blanked) in the "
      "languages Xapian 1.4 has no stemmer for (outside the scripts searched by character bigrams), grouped by the "
      "script of their text, "
      "beside two stemmed ones whose articles compete (en, ru).\n\n")
    w(table(rel.header("known-item-stemless", "script group"),
            rel.main_rows("known-item-stemless", names)))


def variants_section(rel, w):
    names = rel.subsets("known-item-variants")
    if not names:
        return
    w("\n### Other translations of the NTREX stories: MRR@10\n")
    w("known-item-dev with its English, Spanish and French NTREX articles replaced by another translation of the same "
      "stories (en-GB, es-MX, fr-CA; titles blanked), searched by their own headlines: other articles and other "
      "headlines than the ones the engine was tuned on, among the same competitors. Compare each row with the "
      "language it stands for in the known-item-dev table.\n\n")
    w(table(rel.header("known-item-variants", "translation"), rel.main_rows("known-item-variants", names)))


def adhoc_section(rel, w):
    collections = [c for c in ("cran", "cacm", "cisi", "med") if c in rel.subsets("adhoc")]
    if not collections:
        return
    w("\n### adhoc-dev: nDCG@10 per collection (main measure)\n")
    w(table(rel.header("adhoc", "collection", "design notes: stock + stem"),
            rel.main_rows("adhoc", collections, DESIGN_STOCK_STEM_ADHOC)))
    w("\nThe design notes' stock + stem figures come from one index holding all four collections (documents of the "
      "other collections compete and count as non-relevant); here each collection has its own index.\n")


def halves_section(rel, w):
    """Main measure on the odd and the even topics of every subset, side by side."""
    rows = []
    for set_name in SETS:
        measure = MAIN[set_name]
        for subset in rel.subsets(set_name):
            base = rel.sig.stock_baseline(set_name, subset)
            row = [set_name, subset]
            for half in ("odd", "even"):
                row += ["%d" % (rel.value(set_name, subset, half, "ours", "num_q") or 0),
                        fnum(rel.value(set_name, subset, half, "ours", measure)),
                        fnum(rel.value(set_name, subset, half, base, measure)),
                        rel.sig.diff(set_name, subset, half, base, "ours", measure)]
            rows.append(row)
    if not rows:
        return
    w("\n### Two halves: odd and even topic numbers\n")
    w("Every subset scored on its odd and its even topics (the last number in the topic id: `kid-ntrex-th-020` "
      "is even, `cran-q3` odd), so that a change can be chosen on one half and confirmed on the other. Main "
      "measure (MRR@10 known-item, nDCG@10 ad hoc); best stock = the system chosen on the whole subset.\n\n")
    header = ["set", "subset"] + [h % half for half in ("odd", "even")
                                  for h in ("%s topics", "ours (%s)", "best stock (%s)", "diff (%s)")]
    w(table(header, rows, ["---", "---"] + ["---:"] * 8))


def all_measures_section(rel, w):
    rows = []
    for set_name in SETS:
        for subset in rel.subsets(set_name):
            base = rel.sig.stock_baseline(set_name, subset)
            for system in rel.systems(set_name):
                m = rel.scores.get((set_name, subset, "all", system))
                if not m:
                    continue
                marks = [rel.sig.mark(set_name, subset, "all", base, system, k) for k, _ in MEASURES]
                rows.append([set_name, subset, SYSTEM_NAMES[system]] +
                            [fnum(m.get(k)) + mark for (k, _), mark in zip(MEASURES, marks)])
    if rows:
        w("\n### All measures\n")
        w("Whole subsets; `*` on ours: significantly different from the best stock system of the subset.\n\n")
        w(table(["set", "subset", "system"] + [n for _, n in MEASURES], rows, ["---", "---", "---"] + ["---:"] * len(MEASURES)))


def cjk_section(results, w):
    cjk = results.section("cjk", 2)  # (lang, system) -> {measure: value}
    sig = Significance(results)
    langs = [l for l in ("zh", "ja") if (l, "ours") in cjk]
    if not langs:
        return
    w("\n### CJK exact strings as typed\n")
    w("Real words of 2-6 characters searched unquoted, as a reader types them; relevant = every article whose NFKC "
      "text contains the string (%d articles: the development corpus's Chinese and Japanese articles and the livedoor "
      "articles). Chinese strings are words of the SIGHAN PKU and MSR gold segmentations, Japanese strings kanji or "
      "katakana runs of the livedoor articles; each kept when 3 to 200 articles contain it (seeded order). "
      "Recall@1000 (R@1000) and R-precision (Rprec).\n\n" % cjk.get(("all", "collection"), {}).get("articles", 0))
    rows = []
    for lang in langs:
        base = sig.stock_baseline("cjk-strings", lang)
        row = [lang, "%d" % cjk.get((lang, "strings"), {}).get("count", 0)]
        for measure in ("recall_1000", "Rprec"):
            row += [fnum(cjk.get((lang, s), {}).get(measure)) for s in ("ours", "stock", "stock-cjk")]
            row.append(sig.diff("cjk-strings", lang, "all", base, "ours", measure))
        rows.append(row)
    w(table(["language", "strings", "R@1000 ours", "stock", "stock + CJK n-gram", "ours − best stock",
             "Rprec ours", "stock", "stock + CJK n-gram", "ours − best stock"], rows))
    w("\nBest stock = the stock system with the higher recall@1000 for the language (then R-precision).\n")


def configs_section(results, rel, w):
    configs = [k[len("config."):] for k in results.meta if k.startswith("config.")]
    if not configs:
        return
    w("\n## Configurations\n")
    w("Each configuration re-indexes and re-runs the relevance sets with its environment variables given to "
      "`newsindex` and `newssearch`; `default` is the engine without them. Main measure per row (MRR@10 known-item, "
      "nDCG@10 ad hoc) on all topics, the odd and the even half; `*`: significantly different from `default` on "
      "those topics (Holm-corrected over the configurations).\n\n")
    w(table(["configuration", "environment"], [[c, "`%s`" % results.meta["config." + c]] for c in configs], ["---", "---"]))
    w("\n")
    rows = []
    for set_name in SETS:
        for subset in rel.subsets(set_name):
            row = [set_name, subset]
            for half in ("all", "odd", "even"):
                row.append(fnum(rel.value(set_name, subset, half, "ours", MAIN[set_name])))
                for c in configs:
                    row.append(fnum(rel.value(set_name, subset, half, "cfg-" + c, MAIN[set_name])) +
                               rel.sig.mark(set_name, subset, half, "ours", "cfg-" + c, MAIN[set_name]))
            rows.append(row)
    header = ["set", "subset"] + ["%s (%s)" % (n, half) for half in ("all", "odd", "even") for n in ["default"] + configs]
    w(table(header, rows, ["---", "---"] + ["---:"] * (len(header) - 2)))


def relevance_sections(results, w):
    rel = Relevance(results)
    if rel.scores:
        w("\n## Relevance\n")
        w("Every system indexes the same documents and runs the same topics; runs are scored by `newseval -c` over "
          "every judged topic (a topic without results scores 0). Depth %s results per topic (MAP is MAP@%s). %s\n"
          % (results.meta.get("k"), results.meta.get("k"), SIGNIFICANCE_NOTE))
        known_item_sections(rel, w)
        stemless_section(rel, w)
        variants_section(rel, w)
        adhoc_section(rel, w)
        halves_section(rel, w)
        all_measures_section(rel, w)
    cjk_section(results, w)
    configs_section(results, rel, w)

"""The relevance sets as the relevance steps use them: documents, topics, and qrels files for every
subset (language, source, collection) and half (odd and even topic numbers) that is scored."""
import collections
import json
import os
import re
import unicodedata

from driver.inputs import known_item_languages

ADHOC_COLLECTIONS = ["cran", "cacm", "cisi", "med"]
HALVES = ["all", "odd", "even"]
KNOWN_ITEM_SETS = ["known-item", "known-item-stemless", "known-item-variants"]
# Known-item documents by id prefix: the collection each comes from.
KNOWN_ITEM_SOURCES = {"xwlb": "xinwenlianbo", "kowikinews": "kowikinews", "reuters": "reuters", "ntrex": "ntrex128"}
# The NTREX-128 languages (primary subtags) Xapian 1.4 has a Snowball stemmer for, and those in the
# scripts whose words the engine searches by character bigrams, never by stems (CJK, Hangul, Thai,
# Lao, Khmer, Myanmar): the known-item-stemless set holds the others, with en and ru.
SNOWBALL = set("ar hy eu ca da nl en fi fr de hu id ga it lt ne nb nn no pt ro ru es sv ta tr".split())
BIGRAM_SCRIPTS = set("zh ja ko th lo km my yue".split())
STEMLESS_NEIGHBOURS = ["en", "ru"]
STEMLESS_GROUPS = ["latin", "cyrillic", "arabic", "other-alphabets", "stemmed"]
# Another NTREX translation of the same stories, for the known-item languages that have one: the
# known-item-variants set puts its articles and headlines in place of the ones tuned on.
VARIANTS = {"en": "en-GB", "es": "es-MX", "fr": "fr-CA"}


class Subset:
    """Topics scored together: `qrels[half]` is the qrels file of each half, `run` the run they are in."""

    def __init__(self, set_name, name, run, qrels):
        self.set_name, self.name, self.run, self.qrels = set_name, name, run, qrels

    @property
    def main_measure(self):
        return "mrr_10" if self.set_name.startswith("known-item") else "ndcg_cut_10"


def topic_number(qid):
    """The number a topic is split into halves by: the last number in its id (kid-ntrex-th-020 -> 20)."""
    numbers = re.findall(r"\d+", qid)
    if not numbers:
        raise ValueError("topic %s has no number" % qid)
    return int(numbers[-1])


def half_of(qid):
    return "odd" if topic_number(qid) % 2 else "even"


def read_qrels(path):
    with open(path, encoding="utf-8") as f:
        return [line for line in f if line.strip()]


def write_halves(bench, stem, lines):
    """qrels files of the whole and of each half: {half: path}."""
    paths = {}
    for half in HALVES:
        chosen = [l for l in lines if half == "all" or half_of(l.split()[0]) == half]
        if not chosen:
            raise RuntimeError("%s: no topics in the %s half" % (stem, half))
        paths[half] = bench.path("rel", "qrels", "%s.%s.txt" % (stem, half))
        with open(paths[half], "w", encoding="utf-8") as f:
            f.writelines(chosen)
    return paths


def known_item_topics(bench, folder):
    """The topics run (quick: the first 30 of each language) and their language: [(qid, line, lang)]."""
    topics = []
    for lang in known_item_languages(bench):
        with open(os.path.join(folder, "topics.%s.tsv" % lang), encoding="utf-8") as f:
            lines = [l if l.endswith("\n") else l + "\n" for l in f if "\t" in l]
        for line in lines[:30] if bench.quick else lines:
            topics.append((line.split("\t", 1)[0], line, lang))
    return topics


def known_item_docs(bench, folder, judged):
    """The documents to index: all of them (quick: the judged ones plus every fifth other one)."""
    source = os.path.join(folder, "docs.jsonl")
    if not bench.quick:
        return source
    out = bench.path("rel", "ki-docs.jsonl")
    with open(source, encoding="utf-8") as f, open(out, "w", encoding="utf-8") as o:
        for n, line in enumerate(f):
            if n % 5 == 0 or json.loads(line)["id"] in judged:
                o.write(line)
    return out


def known_item(bench):
    """The known-item set: {"docs", "topics", "subsets"}, one subset per language, per source and `all`."""
    folder = os.path.join(bench.corpus, "relevance", "known-item-dev")
    topics = known_item_topics(bench, folder)
    lang_of = {qid: lang for qid, _, lang in topics}
    qrels = [l for l in read_qrels(os.path.join(folder, "qrels.txt")) if l.split()[0] in lang_of]
    topics_path = bench.path("rel", "ki-topics.tsv")
    with open(topics_path, "w", encoding="utf-8") as f:
        f.writelines(line for _, line, _ in topics)
    subsets = []
    for lang in sorted(set(lang_of.values())):
        lines = [l for l in qrels if lang_of[l.split()[0]] == lang]
        subsets.append(Subset("known-item", lang, "known-item", write_halves(bench, "ki-" + lang, lines)))
    for prefix, source in sorted(KNOWN_ITEM_SOURCES.items(), key=lambda kv: kv[1]):
        lines = [l for l in qrels if l.split()[2].split("-", 1)[0] == prefix]
        if lines:
            subsets.append(Subset("known-item", "source:" + source, "known-item",
                                  write_halves(bench, "ki-src-" + source, lines)))
    subsets.append(Subset("known-item", "all", "known-item", write_halves(bench, "ki-all", qrels)))
    judged = {l.split()[2] for l in qrels}
    return {"docs": known_item_docs(bench, folder, judged), "topics": topics_path, "subsets": subsets}


def script_group(texts):
    """The group of a language by the script most of its letters are in."""
    counts = collections.Counter()
    for text in texts:
        for ch in text[:300]:
            if ch.isalpha():
                counts[unicodedata.name(ch, "?").split()[0]] += 1
    script = counts.most_common(1)[0][0] if counts else ""
    return {"LATIN": "latin", "CYRILLIC": "cyrillic", "ARABIC": "arabic"}.get(script, "other-alphabets")


def normal_title(title):
    """A title as known-item sets compare them: NFKC, case folded, whitespace collapsed."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", title).casefold()).strip()


def read_ntrex(bench):
    """The development corpus's NTREX articles, read once a run (50 MB; two sets are built from them)."""
    if "ntrex" not in bench.cache:
        with open(os.path.join(bench.corpus, "dev", "ntrex128.jsonl"), encoding="utf-8") as f:
            bench.cache["ntrex"] = [json.loads(line) for line in f if line.strip()]
    return bench.cache["ntrex"]


def known_items(articles, others=()):
    """The articles that make a known-item topic, their titles collapsed: [(article, title)]. No topic
    for a title under 4 characters, an empty body, or a title or body another article shares (among
    `articles`, and for bodies `others` too)."""
    titles = collections.Counter(normal_title(a["title"]) for a in articles)
    bodies = collections.Counter(a["body"] for a in list(articles) + list(others))
    out = []
    for a in articles:
        title = re.sub(r"\s+", " ", a["title"]).strip()
        if len(title) >= 4 and a["body"].strip() and titles[normal_title(title)] == 1 and bodies[a["body"]] == 1:
            out.append((a, title))
    return out


def write_topics(bench, path, items):
    """Writes the topics of known_items() `items` (quick: 10 a language): [(qrels line, language)]."""
    per_lang, qrels = collections.Counter(), []
    with open(path, "w", encoding="utf-8") as t:
        for a, title in items:
            if bench.quick and per_lang[a["lang"]] >= 10:
                continue
            per_lang[a["lang"]] += 1
            t.write("kid-%s\t%s\n" % (a["id"], title))
            qrels.append(("kid-%s 0 %s 1\n" % (a["id"], a["id"]), a["lang"]))
    return qrels


def stemless_known_item(bench):
    """Headline -> article over the development corpus's NTREX stories in the languages without a
    Snowball stemmer outside BIGRAM_SCRIPTS, and en and ru, built as known-item-dev is (titles
    blanked; no topic for a title under 4 characters, an empty body, a title or body that another
    document shares): {"docs", "topics", "subsets"}, a subset per script group."""
    articles = read_ntrex(bench)
    primary = lambda lang: lang.split("-")[0]
    articles = [a for a in articles if a.get("lang") in STEMLESS_NEIGHBOURS or
                primary(a.get("lang", "")) not in SNOWBALL | BIGRAM_SCRIPTS]
    by_lang = collections.defaultdict(list)
    for a in articles:
        by_lang[a["lang"]].append(a["body"])
    group_of = {lang: "stemmed" if lang in STEMLESS_NEIGHBOURS else script_group(bodies) for lang, bodies in by_lang.items()}
    docs, topics = bench.path("rel", "stemless-docs.jsonl"), bench.path("rel", "stemless-topics.tsv")
    with open(docs, "w", encoding="utf-8") as d:
        d.writelines(json.dumps(dict(a, title=""), ensure_ascii=False) + "\n" for a in articles)
    qrels = write_topics(bench, topics, known_items(articles))
    subsets = []
    for name in STEMLESS_GROUPS + ["all"]:  # (per language: 92 subsets, each scored and tested three times)
        lines = [line for line, lang in qrels if name in (lang, group_of[lang], "all")]
        if lines:
            subsets.append(Subset("known-item-stemless", name, "known-item-stemless",
                                  write_halves(bench, "stemless-" + name, lines)))
    return {"docs": docs, "topics": topics, "subsets": subsets}


def variants_known_item(bench):
    """known-item-dev with the NTREX articles of en, es and fr replaced by another translation of the
    same stories (VARIANTS), titles blanked, and their headlines as the topics: what was chosen on the
    development headlines, measured on headlines and articles no one tuned on. {"docs", "topics",
    "subsets"}, a subset per variant and `all`."""
    replaced = {"ntrex-%s-" % lang for lang in VARIANTS}
    with open(os.path.join(bench.corpus, "relevance", "known-item-dev", "docs.jsonl"), encoding="utf-8") as f:
        kept = [a for a in map(json.loads, filter(str.strip, f)) if not a["id"].startswith(tuple(replaced))]
    variants = [a for a in read_ntrex(bench) if a.get("lang") in VARIANTS.values()]
    if {a["lang"] for a in variants} != set(VARIANTS.values()):
        raise RuntimeError("dev/ntrex128.jsonl lacks one of %s" % ", ".join(sorted(VARIANTS.values())))
    docs, topics = bench.path("rel", "variants-docs.jsonl"), bench.path("rel", "variants-topics.tsv")
    with open(docs, "w", encoding="utf-8") as d:
        d.writelines(json.dumps(a, ensure_ascii=False) + "\n" for a in kept)
        d.writelines(json.dumps(dict(a, title=""), ensure_ascii=False) + "\n" for a in variants)
    qrels = write_topics(bench, topics, known_items(variants, kept))
    subsets = [Subset("known-item-variants", name, "known-item-variants",
                      write_halves(bench, "variants-" + name, [line for line, lang in qrels if name in (lang, "all")]))
               for name in sorted(VARIANTS.values()) + ["all"]]
    return {"docs": docs, "topics": topics, "subsets": subsets}


def adhoc(bench):
    """The ad hoc collections: {name: {"docs", "topics", "subset"}}, each indexed on its own."""
    folder = os.path.join(bench.corpus, "relevance", "adhoc-dev")
    outs = {c: open(bench.path("rel", "adhoc-docs.%s.jsonl" % c), "w", encoding="utf-8") for c in ADHOC_COLLECTIONS}
    with open(os.path.join(folder, "docs.jsonl"), encoding="utf-8") as f:
        for line in f:
            prefix = json.loads(line)["id"].split("-", 1)[0]
            if prefix in outs:
                outs[prefix].write(line)
    sets = {}
    for c, out in outs.items():
        if out.tell() == 0:
            raise RuntimeError("no documents with ids %s-... in adhoc-dev/docs.jsonl" % c)
        out.close()
        halves = write_halves(bench, "adhoc-" + c, read_qrels(os.path.join(folder, "qrels.%s.txt" % c)))
        sets[c] = {"docs": out.name, "topics": os.path.join(folder, "topics.%s.tsv" % c),
                   "subset": Subset("adhoc", c, "adhoc-" + c, halves)}
    return sets


def relevance_sets(bench):
    if "relevance_sets" not in bench.cache:
        bench.log("relevance inputs: topics, per-subset and per-half qrels, documents")
        bench.cache["relevance_sets"] = {"known-item": known_item(bench), "known-item-stemless": stemless_known_item(bench),
                                         "known-item-variants": variants_known_item(bench), "adhoc": adhoc(bench)}
    return bench.cache["relevance_sets"]


def all_subsets(sets):
    return (sets["known-item"]["subsets"] + sets["known-item-stemless"]["subsets"] +
            sets["known-item-variants"]["subsets"] + [a["subset"] for a in sets["adhoc"].values()])

"""The CJK exact-string set: a collection of Chinese and Japanese articles, strings a reader would
type (real words of 2-6 characters), and as ground truth every article whose NFKC text contains
the string.

* Collection: the development corpus's articles in Chinese (zh-Hans, zh-Hant, yue) and Japanese,
  and the livedoor articles (the Japanese news the Japanese strings come from).
* Chinese strings: the words of the SIGHAN 2005 PKU and MSR gold segmentations, all Han.
* Japanese strings: maximal runs of kanji, or of katakana, in the livedoor articles.
* Kept, in a seeded random order, while the string is in 3 to 200 articles of the collection."""
import bisect
import glob
import json
import os
import random
import re
import unicodedata

CHINESE = ("zh", "yue")
MIN_DF, MAX_DF = 3, 200
HAN = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
ALL_HAN = re.compile("[%s]{2,6}" % HAN)
JAPANESE_RUN = re.compile("[%s\u3005]+|[\u30a1-\u30fa\u30fc]+" % HAN)


def livedoor_files(corpus, per_category):
    files = []
    for category in sorted(glob.glob(os.path.join(corpus, "livedoor", "text", "*", ""))):
        names = sorted(n for n in glob.glob(os.path.join(category, "*.txt")) if not n.endswith("LICENSE.txt"))
        files += names[:per_category] if per_category else names
    return files


def livedoor_article(path):
    """A livedoor file (URL, date, title, body lines) as the JSON Lines fields."""
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    return {"id": "livedoor-" + os.path.basename(path)[:-len(".txt")], "title": lines[2] if len(lines) > 2 else "",
            "body": "\n".join(lines[3:]), "date": lines[1][:10] if len(lines) > 1 else "", "url": lines[0],
            "source": "livedoor", "lang": "ja"}


def write_collection(corpus, out, quick):
    """The collection as JSON Lines in `out`; returns [(id, NFKC text)]. Quick: a tenth of the dev
    articles and 20 livedoor articles per category."""
    texts, seen = [], set()
    with open(out, "w", encoding="utf-8") as o:
        def add(article):  # an exact duplicate under another id is left out: search collapses them
            key = (article["title"], article["body"])
            if key in seen:
                return
            seen.add(key)
            o.write(json.dumps(article, ensure_ascii=False) + "\n")
            texts.append((article["id"], unicodedata.normalize("NFKC", article["title"] + "\n" + article["body"])))
        for path in sorted(glob.glob(os.path.join(corpus, "dev", "*.jsonl"))):
            with open(path, encoding="utf-8") as f:
                for n, line in enumerate(f):
                    article = json.loads(line)
                    lang = article.get("lang", "").split("-")[0]
                    if (lang in CHINESE or lang == "ja") and not (quick and n % 10):
                        add(article)
        for path in livedoor_files(corpus, 20 if quick else 0):
            add(livedoor_article(path))
    return texts


class Containment:
    """Which articles contain a string: one search over all texts joined, articles told apart by
    where each starts."""

    def __init__(self, texts):
        self.ids = [doc_id for doc_id, _ in texts]
        self.starts, position = [], 0
        for _, text in texts:
            self.starts.append(position)
            position += len(text) + 1
        self.joined = "\x00".join(text for _, text in texts)

    def articles(self, needle, most):
        """Ids of the articles containing `needle`; stops (returns more than `most`) past `most`."""
        found, at = [], self.joined.find(needle)
        while at >= 0 and len(found) <= most:
            article = bisect.bisect_right(self.starts, at) - 1
            found.append(self.ids[article])
            next_start = self.starts[article + 1] if article + 1 < len(self.starts) else len(self.joined)
            at = self.joined.find(needle, next_start)
        return found


def chinese_candidates(corpus):
    words = set()
    for name in ("pku_test_gold.utf8", "msr_test_gold.utf8"):
        with open(os.path.join(corpus, "segmentation", name), encoding="utf-8") as f:
            for line in f:
                words.update(w for w in (unicodedata.normalize("NFKC", w) for w in line.split()) if ALL_HAN.fullmatch(w))
    return sorted(words)


def japanese_candidates(corpus, quick):
    runs = set()
    for path in livedoor_files(corpus, 20 if quick else 0):
        article = livedoor_article(path)
        text = unicodedata.normalize("NFKC", article["title"] + "\n" + article["body"])
        runs.update(r for r in JAPANESE_RUN.findall(text) if 2 <= len(r) <= 6)
    return sorted(runs)


def sample_strings(candidates, containment, count, seed):
    """Up to `count` (string, article ids) in a seeded order, each in MIN_DF..MAX_DF articles."""
    order = list(candidates)
    random.Random(seed).shuffle(order)
    chosen = []
    for string in order:
        found = containment.articles(string, MAX_DF)
        if MIN_DF <= len(found) <= MAX_DF:
            chosen.append((string, found))
            if len(chosen) == count:
                break
    return chosen

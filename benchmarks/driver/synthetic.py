"""A synthetic archive larger than the corpus, made from it: copy 0 is the shuffled corpus as it
is; copy c >= 1 repeats every article with a new id (ID-cC), its date C years later, a few of its
pieces swapped for pieces of other articles in its language (alphabetic words of 3+ letters in
scripts written with spaces; sentences or space-separated phrases in CJK, Thai and the like, so
that the text stays real text of the language), and a copy-specific token at the end of the body
(so that no copy is an exact duplicate, which search would collapse). Deterministic for a seed;
articles are generated one at a time and written straight to the files that take them."""
import datetime
import json
import random
import re

WORD = re.compile(r"[^\W\d_]{3,}")
PHRASE = re.compile(r"[^\s。！？!?]+[。！？!?]?")
UNSPACED = ("zh", "ja", "yue", "th", "lo", "km", "my", "bo", "dz")
WORD_SWAP_RATE = 0.03    # of alphabetic words
PHRASE_SWAP_RATE = 0.05  # of sentences or phrases
RESERVOIR = 5000         # pieces kept per language to swap in


def piece_pattern(lang):
    return PHRASE if (lang or "").split("-")[0] in UNSPACED else WORD


def collect_pieces(corpus, seed):
    """Per language, a seeded reservoir sample of its pieces (words or phrases)."""
    rng, pieces, seen = random.Random(seed), {}, {}
    with open(corpus, encoding="utf-8") as f:
        for line in f:
            article = json.loads(line)
            lang = article.get("lang", "")
            pool = pieces.setdefault(lang, [])
            for text in (article.get("title", ""), article.get("body", "")):
                for piece in piece_pattern(lang).findall(text):
                    seen[lang] = seen.get(lang, 0) + 1
                    if len(pool) < RESERVOIR:
                        pool.append(piece)
                    else:
                        slot = rng.randrange(seen[lang])
                        if slot < RESERVOIR:
                            pool[slot] = piece
    return pieces


def perturb(text, pattern, pool, rate, rng):
    if not pool:
        return text
    return pattern.sub(lambda m: rng.choice(pool) if rng.random() < rate else m.group(0), text)


def shifted_date(date, years):
    try:
        day = datetime.date.fromisoformat(date)
        return (day + datetime.timedelta(days=365 * years)).isoformat()
    except (TypeError, ValueError):
        return date


def copy_of(article, copy, pieces, rng):
    lang = article.get("lang", "")
    pattern = piece_pattern(lang)
    rate = PHRASE_SWAP_RATE if pattern is PHRASE else WORD_SWAP_RATE
    pool = pieces.get(lang, [])
    out = dict(article)
    out["id"] = "%s-c%d" % (article["id"], copy)
    out["title"] = perturb(article.get("title", ""), pattern, pool, rate, rng)
    out["body"] = perturb(article.get("body", ""), pattern, pool, rate, rng) + "\nsyncopy%d" % copy
    if "date" in article:
        out["date"] = shifted_date(article["date"], copy)
    return out


def articles(corpus, seed, pieces):
    """Every article of the archive in order, as a JSON line: copy 0, copy 1, ... without end."""
    copy = 0
    while True:
        rng = random.Random("%d-%d" % (seed, copy))
        with open(corpus, encoding="utf-8") as f:
            for line in f:
                if copy == 0:
                    yield line if line.endswith("\n") else line + "\n"
                else:
                    yield json.dumps(copy_of(json.loads(line), copy, pieces, rng), ensure_ascii=False) + "\n"
        copy += 1


class Archive:
    """The archive as a stream: skip(n) passes over its first n articles, write(path, n) writes the
    next n to a JSON Lines file and returns its size in bytes."""

    def __init__(self, corpus, seed):
        self.stream = articles(corpus, seed, collect_pieces(corpus, seed))

    def skip(self, count):
        for _ in range(count):
            next(self.stream)

    def write(self, path, count):
        size = 0
        with open(path, "w", encoding="utf-8") as f:
            for _ in range(count):
                line = next(self.stream)
                f.write(line)
                size += len(line.encode("utf-8"))
        return size

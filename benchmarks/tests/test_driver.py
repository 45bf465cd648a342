"""Unit tests of the benchmark driver's own logic (no engine, no corpus):
python3 -m unittest discover -s benchmarks/tests"""
import json
import os
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from driver.cjk_collection import Containment, sample_strings  # noqa: E402
from driver.options import Config  # noqa: E402
from driver.relevance_sets import half_of, known_items, topic_number  # noqa: E402
from driver.synthetic import Archive  # noqa: E402

ARTICLES = [
    {"id": "en-1", "title": "Markets rally as oil prices fall", "body": "Stocks rose on Monday. Oil fell sharply.",
     "date": "2019-02-28", "lang": "en"},
    {"id": "zh-1", "title": "北京举行会议", "body": "会议在北京举行。代表们讨论了经济发展。", "date": "2024-02-29", "lang": "zh-Hans"},
    {"id": "en-2", "title": "Rain expected", "body": "Weather services expect rain across the region.", "lang": "en"},
]


class TopicHalves(unittest.TestCase):
    def test_the_last_number_of_the_id_decides(self):
        self.assertEqual(topic_number("kid-ntrex-th-020"), 20)
        self.assertEqual(half_of("kid-ntrex-th-020"), "even")
        self.assertEqual(half_of("kid-xwlb-20240505-13"), "odd")
        self.assertEqual(half_of("cran-q3"), "odd")
        with self.assertRaises(ValueError):
            topic_number("no-number")


class KnownItems(unittest.TestCase):
    def test_only_unambiguous_articles_make_topics(self):
        article = lambda i, title, body: {"id": i, "title": title, "body": body, "lang": "fr"}
        articles = [article("a", "Séisme  en\tIndonésie", "Un séisme."),
                    article("b", "SÉISME EN INDONÉSIE", "Un autre séisme."),  # the same title as a, case folded
                    article("c", "Élections", "Des élections."),
                    article("d", "Oui", "Trop court."),                        # a title under 4 characters
                    article("e", "Sans texte", " "),                           # an empty body
                    article("f", "Le même texte", "Un texte.")]               # a body another article holds
        others = [article("g", "", "Un texte.")]
        made = known_items(articles, others)
        self.assertEqual([(a["id"], title) for a, title in made], [("c", "Élections")])
        self.assertEqual([a["id"] for a, _ in known_items(articles[:1])], ["a"])
        self.assertEqual(known_items(articles[:1])[0][1], "Séisme en Indonésie")  # whitespace collapsed


class Configurations(unittest.TestCase):
    def test_name_and_variables(self):
        c = Config("bm25=NEWS_BM25_K1=0.9,NEWS_BM25_B=0.4")
        self.assertEqual(c.name, "bm25")
        self.assertEqual(c.env, {"NEWS_BM25_K1": "0.9", "NEWS_BM25_B": "0.4"})

    def test_malformed(self):
        for spec in ("nameonly", "bad name=A=1", "x=1A=2"):
            with self.assertRaises(Exception):
                Config(spec)


class SyntheticArchive(unittest.TestCase):
    def setUp(self):
        self.folder = tempfile.TemporaryDirectory()
        self.corpus = os.path.join(self.folder.name, "corpus.jsonl")
        with open(self.corpus, "w", encoding="utf-8") as f:
            f.writelines(json.dumps(a, ensure_ascii=False) + "\n" for a in ARTICLES)

    def tearDown(self):
        self.folder.cleanup()

    def archive(self, seed, count):
        out = os.path.join(self.folder.name, "out-%d.jsonl" % seed)
        Archive(self.corpus, seed).write(out, count)
        with open(out, encoding="utf-8") as f:
            return [json.loads(line) for line in f]

    def test_copies_have_new_ids_later_dates_and_differ(self):
        articles = self.archive(7, 9)
        self.assertEqual([a["id"] for a in articles[:3]], ["en-1", "zh-1", "en-2"])
        self.assertEqual(articles[3]["id"], "en-1-c1")
        self.assertEqual(articles[6]["id"], "en-1-c2")
        self.assertEqual(articles[4]["date"], "2025-02-28")
        self.assertNotIn("date", articles[5])
        bodies = [(a["title"], a["body"]) for a in articles]
        self.assertEqual(len(set(bodies)), len(bodies))
        self.assertTrue(articles[3]["body"].endswith("syncopy1"))

    def test_same_seed_same_archive(self):
        self.assertEqual(self.archive(7, 12), self.archive(7, 12))


class StringContainment(unittest.TestCase):
    def test_articles_holding_a_string(self):
        c = Containment([("a", "北京大学"), ("b", "上海"), ("c", "在北京")])
        self.assertEqual(c.articles("北京", 10), ["a", "c"])
        self.assertEqual(len(c.articles("北京", 1)), 2)  # stops past the limit
        self.assertEqual(c.articles("广州", 10), [])

    def test_sample_keeps_the_frequency_band(self):
        texts = [(str(i), "共同" if i < 5 else "其他") for i in range(300)]
        chosen = sample_strings(["共同", "其他", "没有"], Containment(texts), 5, 1)
        self.assertEqual([s for s, _ in chosen], ["共同"])


if __name__ == "__main__":
    unittest.main()

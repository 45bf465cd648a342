#!/usr/bin/env python3
"""Scores Chinese word segmentation the way the SIGHAN bakeoff scorer does.

Word precision, recall and F1 over character-offset spans: a word of the segmentation under test
is correct when a gold word covers exactly the same characters. Whitespace separates words and is
not part of the text; offsets run over the whole file with all whitespace removed, so CRLF line
ends and lines that break at different places (the MSR quirk: opening quotes at the end of the
previous gold line) do not matter.

Usage:
  segmentation_score.py GOLD TEST                 score one segmented file against its gold
  segmentation_score.py --newsindex BIN DIR       run `BIN --words` over DIR/{pku,msr}_test.utf8
                                                  and score against DIR/*_test_gold.utf8
Options:
  --markdown       print a Markdown table instead of "name<TAB>measure<TAB>value" lines
  --keep DIR       keep the segmented outputs in DIR (with --newsindex)
Exit status: 0 scored, 2 on a missing file, a failing segmenter or texts that do not align.
"""
import os
import subprocess
import sys
import tempfile

CORPORA = ("pku", "msr")


def fail(message):
    sys.stderr.write("segmentation_score: %s\n" % message)
    sys.exit(2)


def read_words(path):
    try:
        with open(path, encoding="utf-8", newline="") as f:
            return f.read().split()
    except (OSError, UnicodeDecodeError) as e:
        fail("%s: %s" % (path, e))


def spans(words):
    out, offset = set(), 0
    for w in words:
        out.add((offset, offset + len(w)))
        offset += len(w)
    return out, offset


def score(gold_path, test_path):
    gold_words, test_words = read_words(gold_path), read_words(test_path)
    gold_text, test_text = "".join(gold_words), "".join(test_words)
    if gold_text != test_text:
        i = next((k for k, (a, b) in enumerate(zip(gold_text, test_text)) if a != b), min(len(gold_text), len(test_text)))
        fail("%s and %s do not have the same characters: first difference at character %d (%r vs %r)"
             % (gold_path, test_path, i, gold_text[max(0, i - 10):i + 10], test_text[max(0, i - 10):i + 10]))
    gold, _ = spans(gold_words)
    test, _ = spans(test_words)
    correct = len(gold & test)
    precision = correct / len(test) if test else 0.0
    recall = correct / len(gold) if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"gold_words": len(gold), "test_words": len(test), "correct": correct,
            "precision": precision, "recall": recall, "f1": f1}


def run_newsindex(binary, directory, keep):
    results = {}
    out_dir = keep or tempfile.mkdtemp(prefix="segmentation-")
    os.makedirs(out_dir, exist_ok=True)
    for name in CORPORA:
        test_input = os.path.join(directory, "%s_test.utf8" % name)
        gold = os.path.join(directory, "%s_test_gold.utf8" % name)
        for path in (test_input, gold):
            if not os.path.isfile(path):
                fail("%s: no such file" % path)
        output = os.path.join(out_dir, "%s_test.seg.utf8" % name)
        with open(test_input, "rb") as src, open(output, "wb") as dst:
            proc = subprocess.run([binary, "--words"], stdin=src, stdout=dst, stderr=subprocess.PIPE)
        if proc.returncode != 0:
            fail("%s --words < %s failed (exit %d): %s"
                 % (binary, test_input, proc.returncode, proc.stderr.decode("utf-8", "replace").strip()))
        results[name] = score(gold, output)
    if not keep:
        for name in CORPORA:
            os.remove(os.path.join(out_dir, "%s_test.seg.utf8" % name))
        os.rmdir(out_dir)
    return results


def main(argv):
    markdown = "--markdown" in argv
    argv = [a for a in argv if a != "--markdown"]
    keep = None
    if "--keep" in argv:
        i = argv.index("--keep")
        if i + 1 >= len(argv):
            fail("--keep needs a directory")
        keep = argv[i + 1]
        del argv[i:i + 2]
    if argv[:1] in (["-h"], ["--help"]):
        print(__doc__.strip())
        return 0
    if len(argv) == 3 and argv[0] == "--newsindex":
        results = run_newsindex(argv[1], argv[2], keep)
    elif len(argv) == 2 and not argv[0].startswith("-"):
        results = {os.path.basename(argv[1]): score(argv[0], argv[1])}
    else:
        fail("usage: segmentation_score.py GOLD TEST | --newsindex BIN DIR  [--markdown] [--keep DIR]")
    if markdown:
        print("| corpus | gold words | words | correct | precision | recall | F1 |")
        print("|---|---:|---:|---:|---:|---:|---:|")
        for name, r in results.items():
            print("| %s | %d | %d | %d | %.3f | %.3f | %.3f |" % (
                name, r["gold_words"], r["test_words"], r["correct"], r["precision"], r["recall"], r["f1"]))
    else:
        for name, r in results.items():
            for key in ("gold_words", "test_words", "correct", "precision", "recall", "f1"):
                value = r[key]
                print("%s\t%s\t%s" % (name, key, ("%.4f" % value) if isinstance(value, float) else value))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

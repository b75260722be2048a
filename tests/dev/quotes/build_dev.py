#!/usr/bin/env python3
"""Builds the quote development set tests/dev/quotes/quotes_{fr,en}.jsonl from the hand annotations
in tests/dev/quotes/annotations_{fr,en}.py, and its fresh part quotes_{fr,en}2.jsonl (articles annotated
later, before looking at sitrep's output on them, scored on their own) from annotations_{fr,en}2.py, English part 3 from annotations_en3.py, English part 4 (fresh, from the quotes helper's pool) from annotations_en4.py, English part 5 (fresh, from the
quotes helper's pool of 2026-12-07 night) from annotations_en5.py and French part 3 (the French
articles of the count and event dev sets) from annotations_fr3.py: copies each article's text from ../shared/data/articles,
finds every quote's words in it (in article order, each after the previous one unless it says
`before`) and writes UTF-8 byte spans. Run from the repository root: python3 tests/dev/quotes/build_dev.py
Only quotes are annotated (counts and events are empty lists); the articles are not gold ones.
"""
import csv
import importlib.util
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
ARTICLES = os.path.join(ROOT, "..", "shared", "data", "articles")
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
          "septembre", "octobre", "novembre", "décembre"]


def load_articles():
    out = {}
    with open(os.path.join(ARTICLES, "fr_wikinews_2012", "fr_wikinews_2012.jsonl"), encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            date = None
            if d.get("date_fr"):
                day, month, year = d["date_fr"].replace("1er", "1").split()
                date = "%s-%02d-%02d" % (year, MONTHS.index(month) + 1, int(day))
            out[d["id"]] = dict(lang="fr", title=d["title"], text=d["text"], published=date,
                                source="fr.wikinews.org page %s (via adrien-bougouin/WikinewsKeyphraseCorpus)" % d["id"])
    csv.field_size_limit(1 << 30)
    for year in (2019, 2020):
        with open(os.path.join(ARTICLES, "en_wikinews", "wikinews_%d.csv" % year), encoding="utf-8") as f:
            for i, r in enumerate(csv.DictReader(f)):
                out["en%d-%d" % (year, i)] = dict(lang="en", title=r["title"], text=r["text"],
                                                  published=r["date"], source=r["url"])
    return out


def load_annotations(part):
    path = os.path.join(ROOT, "tests", "dev", "quotes", "annotations_%s.py" % part)
    spec = importlib.util.spec_from_file_location("ann_" + part, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.ARTICLES


def build(part, articles):
    lang = part[:2]
    lines = [json.dumps(dict(
        name="sitrep quote development set (%s)" % part,
        description="Quotes and speakers annotated by hand for rule development; not the held-out gold",
        source="Wikinews (see each line)", license="CC BY 2.5 (Wikinews contributors)",
        format="docs/gold.md", generator="tests/dev/quotes/build_dev.py"), ensure_ascii=False)]
    errors = 0
    for ann in load_annotations(part):
        art = articles[ann["id"]]
        raw = art["text"].encode("utf-8")
        pos = 0
        quotes = []
        for q in ann["quotes"]:
            words, direct, speaker = q[0], q[1], q[2]
            aliases = q[3] if len(q) > 3 else []
            needle = words.encode("utf-8")
            at = raw.find(needle, pos)
            if at < 0:
                at = raw.find(needle)
            if at < 0:
                print("%s: quote not found: %r" % (ann["id"], words), file=sys.stderr)
                errors += 1
                continue
            pos = at + 1
            quotes.append(dict(text=words, span=[at, at + len(needle)], direct=direct,
                               speaker=speaker, speaker_aliases=aliases))
        quotes.sort(key=lambda q: q["span"][0])
        lines.append(json.dumps(dict(
            id=ann["id"], lang=lang, published=ann.get("published", art["published"]),
            title=art["title"], source=art["source"], license="CC BY 2.5", text=art["text"],
            quotes=quotes, counts=[], events=[], conflict=ann.get("conflict", False)),
            ensure_ascii=False))
    with open(os.path.join(ROOT, "tests", "dev", "quotes", "quotes_%s.jsonl" % part), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    return errors


if __name__ == "__main__":
    arts = load_articles()
    sys.exit(1 if sum(build(lang, arts) for lang in ("fr", "en", "fr2", "en2", "en3", "fr3", "en4", "en5")) else 0)

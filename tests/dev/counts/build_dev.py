#!/usr/bin/env python3
"""Builds tests/dev/counts/counts_{fr,en}.jsonl and counts_{fr,en}2.jsonl, the count development
set in five parts, from annotations_{fr,en}.py, annotations_{fr,en}2.py, annotations_en3.py
(counts_en3.jsonl), annotations_en4.py (counts_en4.jsonl), annotations_en5.py (counts_en5.jsonl),
annotations_en6.py (counts_en6.jsonl) and annotations_fr3.py (counts_fr3.jsonl).

Same format as the gold (docs/gold.md), counts only (quotes and events are empty lists), on
articles of ../shared/data/articles that are NOT in the gold set, plus the seed article. Unlike
the gold, sitrep's count rules may be tuned on this set. Reuses the gold builder's loaders.
Run from the repository root: python3 tests/dev/counts/build_dev.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.join(HERE, '..', '..', 'gold'))
sys.path.insert(0, HERE)
import build_gold  # noqa: E402

SEED = os.path.join(build_gold.ARTICLES, '..', '..', 'seed', '000_5345cd30320c7e53.txt')


def load_seed():
    with open(SEED, encoding='utf-8') as f:
        text = f.read()
    return {'seed-000': {'text': text, 'published': '2016-12-23',
                         'title': 'Alep : le commandement général des forces armées annonce '
                                  'le retour de la sécurité',
                         'source': 'shared/seed/000_5345cd30320c7e53.txt'}}


def main():
    import annotations_en
    import annotations_en2
    import annotations_en3
    import annotations_en4
    import annotations_en5
    import annotations_en6
    import annotations_fr
    import annotations_fr2
    import annotations_fr3
    fr = build_gold.load_fr()
    fr.update(load_seed())
    en = build_gold.load_en()
    # part 1 (counts_{fr,en}.jsonl) has been tuned on; part 2 (counts_{fr,en}2.jsonl) was added
    # later to measure rules on text they were not written from (its annotations say when)
    parts = (('', ((annotations_fr, fr), (annotations_en, en))),
             ('2', ((annotations_fr2, fr), (annotations_en2, en))),
             ('3', ((annotations_fr3, fr), (annotations_en3, en))),  # fr3: the French articles
             # of the quote and event dev sets that no count part held
             ('4', ((annotations_en4, en),)),  # nor for part 4
             ('5', ((annotations_en5, en),)),
             ('6', ((annotations_en6, en),)))
    for part, mods in parts:
        for mod, arts in mods:
            lang = 'fr' if arts is fr else 'en'
            lines = build_gold.build(lang, mod.ARTICLES, arts)
            header = {'name': 'sitrep count dev set (%s%s)' % (lang, part and ', part ' + part),
                      'description': '%d %s articles, counts of people annotated by hand (quotes '
                                     'and events not annotated); for development, not held out'
                                     % (len(lines), lang),
                      'source': 'Wikinews (shared/data/articles, not in the gold set) and the seed',
                      'license': build_gold.LICENSE, 'format': 'docs/gold.md',
                      'generator': 'tests/dev/counts/build_dev.py'}
            name = 'counts_%s%s.jsonl' % (lang, part)
            with open(os.path.join(HERE, name), 'w', encoding='utf-8') as f:
                f.write(json.dumps(header, ensure_ascii=False) + '\n')
                for line in lines:
                    f.write(json.dumps(line, ensure_ascii=False) + '\n')
            print(name, len(lines), 'articles', sum(len(l['counts']) for l in lines), 'counts')


if __name__ == '__main__':
    main()

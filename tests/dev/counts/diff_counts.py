#!/usr/bin/env python3
"""Lists, per article, the counts sitrep misses and the ones it adds on a gold-format file.

For the development set only (tests/dev): python3 tests/dev/counts/diff_counts.py tests/dev/counts/counts_en.jsonl
Runs build/sitrep extract on each article's text; groups compare like src/eval (case and a final
s ignored, `people` = no group).
"""
import json
import subprocess
import sys


def norm(who):
    w = (who or 'people').lower()
    w = w[:-1] if w.endswith('s') else w
    return '' if w in ('people', 'person') else w


def key(c):
    return (c['what'], norm(c.get('who')), c['value'])


def main():
    for path in sys.argv[1:]:
        for line in list(open(path, encoding='utf-8'))[1:]:
            art = json.loads(line)
            cmd = ['build/sitrep', 'extract', '-', '--no-store', '-q', '--lang', art['lang']]
            if art['published']:  # one French article has no dateline
                cmd += ['--published', art['published']]
            out = subprocess.run(cmd,
                                 input=art['text'], capture_output=True, text=True, check=True)
            rec = json.loads(out.stdout.splitlines()[0])
            found = list(rec.get('counts', []))
            for e in rec.get('events', []):
                found += e.get('counts', [])
            gold = {key(c): c for c in art['counts']}
            sys_ = {}
            for c in found:
                sys_.setdefault(key(c), c)
            miss = [gold[k] for k in gold if k not in sys_]
            extra = [sys_[k] for k in sys_ if k not in gold]
            if miss or extra:
                print('==', art['id'], art['title'][:70])
            for c in miss:
                print('  MISS  %-9s %-14s %8s  %s' % (c['what'], c['who'], c['value'], c['text']))
            for c in extra:
                print('  EXTRA %-9s %-14s %8s  %s' % (c['what'], c.get('who'), c['value'],
                                                      c.get('text', '')))


if __name__ == '__main__':
    main()

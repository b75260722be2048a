#!/usr/bin/env python3
"""Lists, per article of a quote development file, the quotes sitrep misses, the ones it adds and
the matched ones whose speaker is wrong.

For the development set only (tests/dev): python3 tests/dev/quotes/diff_quotes.py tests/dev/quotes/quotes_fr2.jsonl
Runs build/sitrep (or $SITREP) extract on each article's text and pairs quotes like src/eval (best gold coverage
first, one to one, at 0.3); speaker names are compared loosely (case, accents, last name).
"""
import json
import os
import subprocess
import sys
import unicodedata


def fold(name):
    s = unicodedata.normalize('NFD', name or '').casefold()
    s = ''.join(c if c.isalnum() else ' ' for c in s if unicodedata.category(c) != 'Mn')
    return s.split()


def same(a, b):
    wa, wb = fold(a), fold(b)
    if not wa or not wb or wa[-1] != wb[-1]:
        return False
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    return all(w in long_ for w in short)


def right(g, s):
    sp = s.get('speaker')
    if g['speaker'] is None:
        return sp is None
    if sp is None:
        return False
    names = [g['speaker']] + g.get('speaker_aliases', [])
    found = [sp.get('name') or sp.get('text'), sp.get('text')]
    return any(same(n, f) for n in names for f in found if f)


def cover(g, s):
    lo, hi = max(g[0], s[0]), min(g[1], s[1])
    return max(0, hi - lo) / max(1, g[1] - g[0])


def short(t, n=90):
    return t if len(t) <= n else t[:n // 2] + ' … ' + t[-n // 2:]


def who(s):
    sp = s.get('speaker')
    return 'null' if sp is None else '%s [%s]' % (sp.get('name') or '', sp.get('text') or '')


def main():
    for path in sys.argv[1:]:
        for line in list(open(path, encoding='utf-8'))[1:]:
            art = json.loads(line)
            cmd = [os.environ.get('SITREP', 'build/sitrep'), 'extract', '-', '--no-store', '-q', '--lang', art['lang']]
            if art.get('published'):
                cmd += ['--published', art['published']]
            out = subprocess.run(cmd, input=art['text'], capture_output=True, text=True, check=True)
            found = json.loads(out.stdout.splitlines()[0]).get('quotes', [])
            gold = art['quotes']
            pairs = sorted(((cover(g['span'], s['span']), i, j) for i, g in enumerate(gold)
                            for j, s in enumerate(found)), key=lambda p: -p[0])
            gm, sm = {}, {}
            for r, i, j in pairs:
                if r >= 0.3 and i not in gm and j not in sm:
                    gm[i], sm[j] = j, i
            lines = []
            for i, g in enumerate(gold):
                if i not in gm:
                    lines.append('  MISS  %s | %s' % (g['speaker'], short(g['text'])))
                elif not right(g, found[gm[i]]):
                    lines.append('  WHO   gold %s, found %s | %s' % (g['speaker'], who(found[gm[i]]),
                                                                     short(g['text'])))
            for j, s in enumerate(found):
                if j not in sm:
                    lines.append('  EXTRA %s | %s' % (who(s), short(s['text'])))
            if lines:
                print('%s %s' % (art['id'], art['title'][:70]))
                print('\n'.join(lines))


if __name__ == '__main__':
    main()

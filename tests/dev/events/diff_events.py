#!/usr/bin/env python3
"""Lists, per article of an event development file, the events sitrep misses (MISS) and the ones it
adds (EXTRA, with the sentence that triggered them and their confidence).

For the development set only (tests/dev): python3 tests/dev/events/diff_events.py tests/dev/events/events_en.jsonl
Runs build/sitrep (or $SITREP) extract on each article's text and pairs events like src/eval: same
PLOVER type, one to one, best attribute agreement first.
"""
import json
import os
import subprocess
import sys


def agreement(g, s):
    a = 0
    sub = (s.get('acled') or {}).get('sub_event_type')
    a += bool(g.get('acled_sub_event_type') and sub and g['acled_sub_event_type'].lower() == sub.lower())
    a1 = s.get('actor1') or {}
    a += bool(g.get('actor1_country') and g['actor1_country'] == a1.get('country'))
    a += bool(g.get('actor1_sector') and g['actor1_sector'] == a1.get('sector'))
    loc = s.get('location') or {}
    a += bool(g.get('location_country') and g['location_country'] == loc.get('country'))
    return a


def describe(s, text):
    a1 = s.get('actor1') or {}
    loc = s.get('location') or {}
    sub = (s.get('acled') or {}).get('sub_event_type')
    lo, hi = s['evidence']
    ev = text.encode('utf-8')[lo:hi].decode('utf-8', 'replace').replace('\n', ' ')  # byte spans
    if len(ev) > 160:
        ev = ev[:80] + ' … ' + ev[-80:]
    return '%s %s a1=%s/%s loc=%s/%s c=%.2f | %s' % (s['type'], sub, a1.get('name'), a1.get('country'),
                                                    loc.get('name'), loc.get('country'), s['confidence'], ev)


def records(path):
    """Each article of a dev file with sitrep's record, in one run over the texts (no titles:
    src/eval reads none either)."""
    arts = [json.loads(line) for line in list(open(path, encoding='utf-8'))[1:]]
    docs = ''.join(json.dumps({'id': a['id'], 'text': a['text'], 'lang': a['lang'],
                               'published': a.get('published')}) + '\n' for a in arts)
    run = subprocess.run([os.environ.get('SITREP', 'build/sitrep'), 'extract', '-', '--no-store', '-q',
                          '--no-dedup', '--input-format', 'jsonl'], input=docs, capture_output=True,
                         text=True, check=True)
    return zip(arts, (json.loads(r) for r in run.stdout.splitlines()))


def main():
    totals = [0, 0, 0]
    for path in sys.argv[1:]:
        for art, rec in records(path):
            found = rec.get('events', [])
            gold = art['events']
            pairs = sorted(((agreement(g, s), i, j) for i, g in enumerate(gold) for j, s in enumerate(found)
                            if g['type'] == s['type']), key=lambda p: -p[0])
            gm, sm = {}, {}
            for _, i, j in pairs:
                if i not in gm and j not in sm:
                    gm[i], sm[j] = j, i
            totals[0] += len(gm)
            totals[1] += len(gold)
            totals[2] += len(found)
            lines = ['  MISS  %s %s a1=%s/%s loc=%s/%s' % (g['type'], g.get('acled_sub_event_type'), g.get('actor1_country'),
                                                          g.get('actor1_sector'), g.get('location_name'), g.get('location_country'))
                     for i, g in enumerate(gold) if i not in gm]
            lines += ['  EXTRA ' + describe(s, art['text']) for j, s in enumerate(found) if j not in sm]
            if lines:
                print('%s %s [%s]' % (art['id'], art['title'], 'conflict' if art.get('conflict') else 'non-conflict'))
                print('\n'.join(lines))
    print('matched %d, gold %d, found %d' % tuple(totals))


if __name__ == '__main__':
    main()

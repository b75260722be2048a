#!/usr/bin/env python3
"""Builds tests/gold/{fr,en}.jsonl from the hand annotations in tests/gold/annotations_*.py.

Annotations name quotes by their words (plus which occurrence), so spans are computed here in
UTF-8 bytes and checked; the article texts are read from ../shared/data/articles (French
Wikinews 2012 JSONL, English Wikinews CSVs, CC BY 2.5) and copied verbatim into the gold file,
which is then self-contained. Run from the repository root: python3 tests/gold/build_gold.py
"""
import csv
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ARTICLES = os.path.join(HERE, '..', '..', '..', 'shared', 'data', 'articles')
if not os.path.isdir(ARTICLES):
    ARTICLES = '/work/shared/data/articles'
LICENSE = 'CC BY 2.5 (Wikinews); annotations by the sitrep project'


# Other names under which the same speaker is known (another language, an acronym).
SPEAKER_ALIASES = {
    "ministère de l'Intérieur": ['Ministry of the Interior', 'French Interior Ministry'],
    'gouvernement tibétain en exil': ['Central Tibetan Administration',
                                      'Tibetan government in exile'],
    'Wikipédia en russe': ['Russian Wikipedia', 'Wikipedia'],
    'Parquet fédéral': ['Belgian Federal Prosecutor', 'federal prosecutor'],
    'procureur fédéral': ['Parquet fédéral', 'Belgian Federal Prosecutor'],
    'Europe Écologie Les Verts': ['EELV', 'Europe Ecology The Greens'],
    'Armée de Libération Nationale': ['ALN', 'National Liberation Army'],
    'gouvernement grec': ['Greek government', 'government of Greece'],
    'Commission européenne': ['European Commission', 'Bruxelles', 'Brussels'],
    'autorités': ['authorities'],
    'autorités locales': ['local authorities', 'autorités'],
    'Interior Ministry': ['Ministry of Interior Affairs', 'Afghan Interior Ministry'],
    'Combined Joint Task Force Operation Inherent Resolve': ['Operation Inherent Resolve',
                                                            'CJTF-OIR'],
    'California Department of Corrections and Rehabilitation': ['CDCR'],
    'Syrian Democratic Forces': ['SDF'],
    'United States Department of Defense': ['Pentagon', 'US Department of Defense'],
    'US State Department': ['United States Department of State'],
    'Agence France-Presse': ['AFP'],
    'Yahya Sarea': ['Yahya Saree'],
    'Iran': ['Iranian government', 'government of Iran'],
    'Tedros Adhanom Ghebreyesus': ['Tedros Adhanom', 'Tedros'],
    'PAP': ['Polish Press Agency'],
}


def Q(text, speaker, direct=True, nth=0):
    return {'text': text, 'speaker': speaker, 'direct': direct, 'nth': nth}


def QR(start, end, speaker, direct=True, nth=0):
    """A quote given by its first and last words (for long quotes with odd spacing)."""
    return {'start': start, 'end': end, 'speaker': speaker, 'direct': direct, 'nth': nth}


def C(what, who, value, qualifier, text):
    return {'what': what, 'who': who, 'value': value, 'qualifier': qualifier, 'text': text}


def E(type_, sub, a1_country, a1_sector, loc_country, loc_name, fatalities, date):
    return {'type': type_, 'acled_sub_event_type': sub, 'actor1_country': a1_country,
            'actor1_sector': a1_sector, 'location_country': loc_country,
            'location_name': loc_name, 'fatalities': fatalities, 'date': date}


def A(id, quotes=(), counts=(), events=(), conflict=False):
    return {'id': id, 'quotes': list(quotes), 'counts': list(counts), 'events': list(events),
            'conflict': conflict}


def load_fr():
    out = {}
    path = os.path.join(ARTICLES, 'fr_wikinews_2012', 'fr_wikinews_2012.jsonl')
    months = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août',
              'septembre', 'octobre', 'novembre', 'décembre']
    for line in open(path, encoding='utf-8'):
        a = json.loads(line)
        published = None
        text = a['text']
        m = re.search(r'(\d{1,2})(?:er)? (\w+) (\d{4})\. -', text)
        if m and m.group(2) in months:
            published = '%s-%02d-%02d' % (m.group(3), months.index(m.group(2)) + 1,
                                          int(m.group(1)))
        out[a['id']] = {'text': text, 'published': published, 'title': a['title'],
                        'source': 'fr.wikinews.org article %s "%s" (via adrien-bougouin/'
                                  'WikinewsKeyphraseCorpus, shared/data/articles/'
                                  'fr_wikinews_2012)' % (a['id'], a['title'])}
    return out


def load_en():
    csv.field_size_limit(10 ** 9)
    out = {}
    for year in ('2019', '2020'):
        path = os.path.join(ARTICLES, 'en_wikinews', 'wikinews_%s.csv' % year)
        with open(path, newline='', encoding='utf-8') as f:
            for i, r in enumerate(csv.DictReader(f)):
                out['en%s-%d' % (year, i)] = {'text': r['text'], 'published': r['date'],
                                              'title': r['title'], 'source': r['url']}
    return out


def build(lang, annotations, articles):
    lines = []
    for ann in annotations:
        art = articles[ann['id']]
        text = art['text']
        raw = text.encode('utf-8')
        quotes = []
        for q in ann['quotes']:
            if 'start' in q:
                begin = raw.find(q['start'].encode('utf-8'))
                stop = raw.find(q['end'].encode('utf-8'), begin)
                if begin < 0 or stop < 0:
                    sys.exit('%s: quote not found: %r' % (ann['id'], q['start']))
                q = dict(q, text=raw[begin:stop + len(q['end'].encode('utf-8'))].decode())
            needle = q['text'].encode('utf-8')
            pos = -1
            for _ in range(q['nth'] + 1):
                pos = raw.find(needle, pos + 1)
                if pos < 0:
                    sys.exit('%s: quote not found: %r' % (ann['id'], q['text']))
            quotes.append({'text': q['text'], 'span': [pos, pos + len(needle)],
                           'direct': q['direct'], 'speaker': q['speaker'],
                           'speaker_aliases': SPEAKER_ALIASES.get(q['speaker'], [])})
        quotes.sort(key=lambda q: q['span'])
        for c in ann['counts']:
            if c['text'] not in text:
                sys.exit('%s: count text not found: %r' % (ann['id'], c['text']))
        lines.append({'id': ann['id'], 'lang': lang, 'published': art['published'],
                      'title': art['title'], 'source': art['source'], 'license': LICENSE,
                      'text': text, 'quotes': quotes, 'counts': ann['counts'],
                      'events': ann['events'], 'conflict': ann['conflict']})
    return lines


def main():
    sys.dont_write_bytecode = True
    sys.path.insert(0, HERE)
    import annotations_en
    import annotations_fr
    header = {
        'name': None, 'description': None,
        'source': 'Wikinews articles (French 2012 via adrien-bougouin/WikinewsKeyphraseCorpus; '
                  'English 2019-2020 via vanatteveldt/wikinews), copied from '
                  'shared/data/articles; every line names its own article',
        'license': LICENSE,
        'format': 'docs/gold.md', 'generator': 'tests/gold/build_gold.py'}
    for lang, mod, arts in (('fr', annotations_fr, load_fr()), ('en', annotations_en, load_en())):
        lines = build(lang, mod.ARTICLES, arts)
        header['name'] = 'sitrep gold (%s)' % lang
        header['description'] = ('%d %s news articles annotated by hand: quotes with speakers, '
                                 'counts of people, events, conflict flag' % (len(lines), lang))
        with open(os.path.join(HERE, lang + '.jsonl'), 'w', encoding='utf-8') as f:
            f.write(json.dumps(header, ensure_ascii=False) + '\n')
            for line in lines:
                f.write(json.dumps(line, ensure_ascii=False) + '\n')
        print(lang, len(lines), 'articles',
              sum(len(l['quotes']) for l in lines), 'quotes',
              sum(len(l['counts']) for l in lines), 'counts',
              sum(len(l['events']) for l in lines), 'events',
              sum(1 for l in lines if l['events']), 'with events')


if __name__ == '__main__':
    main()

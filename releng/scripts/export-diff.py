#!/usr/bin/env python3
"""export-diff.py A.json B.json: how many output items two EngineExport files differ in (actors by name, locations by
name, claims by speaker and text span, relations by sides and CAMEO code), per category, and in how many articles
(the seed spread of retrain-learned.sh's stacked cross-validation: the same dev articles read by fold models trained
with two seed sets)."""
import json, sys

def items(path):
	out = {}
	for s in json.load(open(path, encoding="utf-8"))["sources"]:
		f = s["file"]
		out[f] = {
			"actors": {a["name"] for a in s.get("actors", [])},
			"locations": {l["name"] for l in s.get("locations", [])},
			"claims": {(c["speaker"], c["start"], c["end"]) for c in s.get("claims", [])},
			"relations": {(r["from"], r["to"], r.get("cameo")) for r in s.get("relationships", [])},
		}
	return out

a, b = items(sys.argv[1]), items(sys.argv[2])
total, arts = 0, set()
for k in ("actors", "locations", "claims", "relations"):
	n = 0
	for f in sorted(set(a) | set(b)):
		x, y = a.get(f, {}).get(k, set()), b.get(f, {}).get(k, set())
		d = len(x ^ y)
		n += d
		if d:
			arts.add(f)
	total += n
	print("%-10s %5d items differ" % (k, n))
print("all        %5d items differ, in %d of %d articles" % (total, len(arts), len(set(a) | set(b))))

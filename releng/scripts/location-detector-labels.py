#!/usr/bin/env python3
"""Labels and cross-validation exports for the learned detector of missed places (locations.learned-detect).

location-detector-labels.py label GOLD_DIR... --pred EXPORT.json --features FEATURES.tsv --out TRAIN.tsv
    FEATURES.tsv: file, name, "@place|kind|country", begin, end, features (EngineExport --place-features, the switch
    off: every candidate no reader emitted). A candidate is labelled "keep" when its name (normalised as score.py
    does) is a name of a gold location of its article that no emitted location aligns with, else "drop".
location-detector-labels.py apply GOLD_DIR... --pred EXPORT.json --features FEATURES.tsv --leads LEADS.tsv
        --margin M --out EXPORT2.json
    LEADS.tsv: file, name, label, lead of "drop" over "keep" (LocationDetectorTrainer --folds); writes the export
    with every candidate whose "keep" leads by more than M added as a location (score it with score.py).
"""
import argparse, json, sys

from eval_common import by_file, rows_by_file, scorer

S = scorer()


def missed_names(g, locs):
	gl = [S.Ent(x) for x in S.dicts(g.get("locations"))]
	pl = [S.Ent(x) for x in locs]
	hit = {gi for _, gi, _ in S.align_entities(pl, gl)}
	names = set()
	for gi, x in enumerate(gl):
		if gi not in hit:
			names |= x.names
	return names


def main():
	ap = argparse.ArgumentParser()
	ap.add_argument("mode")
	ap.add_argument("gold", nargs="+")
	ap.add_argument("--pred", required=True)
	ap.add_argument("--features", required=True)
	ap.add_argument("--leads")
	ap.add_argument("--margin", type=float)
	ap.add_argument("--out", required=True)
	a = ap.parse_args()
	arts = by_file(S, a.gold, a.pred)
	rows = rows_by_file(a.features)
	if a.mode == "label":
		out = open(a.out, "w", encoding="utf-8")
		counts = {}
		for file in sorted(arts):
			g, src = arts[file]
			missed = missed_names(g, S.dicts(src.get("locations")))
			for p in rows.get(file, []):
				lab = "keep" if S.norm(p[1]) in missed else "drop"
				counts[lab] = counts.get(lab, 0) + 1
				out.write("\t".join(p[:5] + [lab, p[5]]) + "\n")
		out.close()
		print("labels:", sorted(counts.items()), file=sys.stderr)
		return
	leads = {}
	with open(a.leads, encoding="utf-8") as f:
		for line in f:
			p = line.rstrip("\n").split("\t")
			leads[(p[0], p[1])] = float(p[3])
	data = json.load(open(a.pred, encoding="utf-8"))
	added = 0
	for src in data["sources"]:
		file = src.get("file")
		for p in rows.get(file, []):
			if -leads.get((file, p[1]), 1e9) > a.margin:
				_, kind, country = p[2].split("|")
				src.setdefault("locations", []).append({"name": p[1], "kind": kind, "country": country or None,
						"mentions": [{"text": p[1], "start": int(p[3]), "end": int(p[4])}]})
				added += 1
	json.dump(data, open(a.out, "w", encoding="utf-8"))
	print("added %d locations" % added, file=sys.stderr)


if __name__ == "__main__":
	main()

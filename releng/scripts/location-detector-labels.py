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
import json, sys

from eval_common import label_args, rows_by_file, scorer, tsv_rows, write_labels

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
	a = label_args(required=("--pred", "--features", "--out"))
	if a.mode == "label":
		def labeller(file, g, src):
			missed = missed_names(g, S.dicts(src.get("locations")))
			return lambda p: "keep" if S.norm(p[1]) in missed else "drop"
		write_labels(S, a.gold, a.pred, a.features, a.out, labeller)
		return
	rows = rows_by_file(a.features)
	leads = {(p[0], p[1]): float(p[3]) for p in tsv_rows(a.leads)}
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

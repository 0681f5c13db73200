#!/usr/bin/env python3
"""Labels and cross-validation figures for the learned location filter (locations.learned-filter).

location-filter-labels.py label GOLD_DIR... --pred EXPORT.json --features FEATURES.tsv --out TRAIN.tsv
    FEATURES.tsv: file, name, "@location", begin, end, features (EngineExport --location-features, the switch off:
    every location the engine emits). A location is labelled "keep" when score.py's location alignment pairs it with
    a gold location of its article, else "drop".
location-filter-labels.py sweep GOLD_DIR... --pred EXPORT.json --leads LEADS.tsv [--margins M...] [--only LIST]
    LEADS.tsv: file, name, label, lead (LocationFilterTrainer --folds): per margin, the locations' right / predicted /
    gold and F1 when every location whose lead exceeds the margin is dropped (LIST: a file of article names, one a
    line, to count only those articles).
location-filter-labels.py apply GOLD_DIR... --pred EXPORT.json --leads LEADS.tsv --margin M --out EXPORT2.json
    writes the export without the locations whose lead exceeds M (score it with score.py).
"""
import json, os, sys

from eval_common import by_file, label_args, scorer, tsv_rows, write_labels

S = scorer()


def aligned(g, locs):
	"""The indices of `locs` (export location dicts) that score.py's alignment pairs with a gold location."""
	gl = [S.Ent(x) for x in S.dicts(g.get("locations"))]
	pl = [S.Ent(x) for x in locs]
	return {pi for pi, _, _ in S.align_entities(pl, gl)}, len(gl)


def main():
	a = label_args(required=("--pred",), extra=[("--margins", {"type": float, "nargs": "*"}), ("--only", {})])
	if a.mode == "label":
		def labeller(file, g, src):
			locs = S.dicts(src.get("locations"))
			keep, _ = aligned(g, locs)
			kept = {locs[i].get("name") for i in keep}
			return lambda p: "keep" if p[1] in kept else "drop"
		write_labels(S, a.gold, a.pred, a.features, a.out, labeller)
		return
	leads = {(p[0], p[1]): float(p[3]) for p in tsv_rows(a.leads)}
	if a.mode == "apply":
		data = json.load(open(a.pred, encoding="utf-8"))
		dropped = 0
		for src in data["sources"]:
			locs = src.get("locations", [])
			src["locations"] = [x for x in locs if leads.get((src.get("file"), x.get("name")), -1e9) <= a.margin]
			dropped += len(locs) - len(src["locations"])
		json.dump(data, open(a.out, "w", encoding="utf-8"))
		print("dropped %d locations" % dropped, file=sys.stderr)
		return
	arts = by_file(S, a.gold, a.pred)
	only = None
	if a.only:
		only = {os.path.splitext(x.strip())[0] for x in open(a.only, encoding="utf-8") if x.strip()}
	for m in a.margins or [0.0]:
		tp = pred = gold = wrong_drops = right_drops = 0
		for file in sorted(arts):
			if only is not None and os.path.splitext(file)[0] not in only:
				continue
			g, src = arts[file]
			locs = S.dicts(src.get("locations"))
			keep0, _ = aligned(g, locs)
			kept = [x for x in locs if leads.get((file, x.get("name")), -1e9) <= m]
			k, n = aligned(g, kept)
			tp, pred, gold = tp + len(k), pred + len(kept), gold + n
			for i, x in enumerate(locs):
				if leads.get((file, x.get("name")), -1e9) > m:
					if i in keep0:
						wrong_drops += 1
					else:
						right_drops += 1
		p = tp / pred if pred else 0
		r = tp / gold if gold else 0
		f = 2 * p * r / (p + r) if p + r else 0
		print("margin %6.2f  locations %d/%d/%d  P %.4f R %.4f F1 %.4f  dropped %d spurious, %d right"
				% (m, tp, pred, gold, p, r, f, right_drops, wrong_drops))


if __name__ == "__main__":
	main()

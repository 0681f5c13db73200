#!/usr/bin/env python3
"""Labels and cross-validation for the learned actor filter (actors.learned-filter), from development gold.

actor-filter-labels.py label GOLD_DIR... --pred EXPORT.json --features FEATURES.tsv --out TRAIN.tsv
    FEATURES.tsv: file, actor, "", begin, begin, features (EngineExport --actor-features, the switch off: every actor
    the engine emits). An actor is labelled keep when score.py aligns it with a gold actor of its article (the
    scorer's own alignment, eval_common.align_actors), else drop.
actor-filter-labels.py apply --pred EXPORT.json --leads LEADS.tsv --margin M --out EXPORT2.json
    LEADS.tsv: file, actor, label, drop's lead over keep (ActorFilterTrainer --folds); writes the export without the
    actors whose lead exceeds M, the claims they speak and the relations they end (what LearnedActorFilter.apply does).
"""
import argparse, json, sys

from eval_common import align_actors, by_file, rows_by_file, scorer


def main():
	ap = argparse.ArgumentParser()
	ap.add_argument("mode")
	ap.add_argument("gold", nargs="*")
	ap.add_argument("--pred", required=True)
	ap.add_argument("--features")
	ap.add_argument("--leads")
	ap.add_argument("--margin", type=float)
	ap.add_argument("--keep-ends", action="store_true", help="keep the dropped actors' claims and relations")
	ap.add_argument("--out", required=True)
	a = ap.parse_args()
	if a.mode == "label":
		S = scorer()
		articles = by_file(S, a.gold, a.pred)
		rows = rows_by_file(a.features)
		counts = {}
		with open(a.out, "w", encoding="utf-8") as out:
			for file in sorted(rows):
				if file not in articles:
					continue
				g, src = articles[file]
				_, pa, pairs, _ = align_actors(S, g, src)
				kept = {pa[pi].name for pi, _, _ in pairs}
				for p in rows[file]:
					lab = "keep" if p[1] in kept else "drop"
					counts[lab] = counts.get(lab, 0) + 1
					out.write("%s\t%s\t%s\t%s\t%s\t%s\t%s\n" % (file, p[1], p[2], p[3], p[4], lab, p[5]))
		print("labels:", sorted(counts.items()), file=sys.stderr)
	else:
		drop = {}
		with open(a.leads, encoding="utf-8") as f:
			for line in f:
				p = line.rstrip("\n").split("\t")
				if float(p[3]) > a.margin:
					drop.setdefault(p[0], set()).add(p[1])
		data = json.load(open(a.pred, encoding="utf-8"))
		for src in data["sources"]:
			d = drop.get(src["file"], set())
			if d:
				if a.keep_ends:
					src["actors"] = [x for x in src.get("actors", []) if x.get("name") not in d]
					continue
				src["actors"] = [x for x in src.get("actors", []) if x.get("name") not in d]
				src["claims"] = [x for x in src.get("claims", []) if x.get("speaker") not in d]
				src["relationships"] = [x for x in src.get("relationships", [])
						if x.get("from") not in d and x.get("to") not in d]
		json.dump(data, open(a.out, "w", encoding="utf-8"))


if __name__ == "__main__":
	main()

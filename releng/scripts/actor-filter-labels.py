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
import json

from eval_common import align_actors, label_args, scorer, tsv_rows, write_labels


def main():
	a = label_args(gold="*", extra=[("--keep-ends", {"action": "store_true",
			"help": "keep the dropped actors' claims and relations"})])
	if a.mode == "label":
		S = scorer()

		def labeller(file, g, src):
			_, pa, pairs, _ = align_actors(S, g, src)
			kept = {pa[pi].name for pi, _, _ in pairs}
			return lambda p: "keep" if p[1] in kept else "drop"
		write_labels(S, a.gold, a.pred, a.features, a.out, labeller)
	else:
		drop = {}
		for p in tsv_rows(a.leads):
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

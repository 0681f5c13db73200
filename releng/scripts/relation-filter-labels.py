#!/usr/bin/env python3
"""Labels and cross-validation for the learned relation filter (relations.learned-filter), from development gold.

relation-filter-labels.py label GOLD_DIR... --pred EXPORT.json --features FEATURES.tsv [--actor-leads LEADS.tsv]
        --out TRAIN.tsv
    FEATURES.tsv: file, from, to, evidence begin, end, features starting with code=CAMEO (EngineExport
    --relation-features, the switch off: every relation the engine emits). A relation is labelled keep when score.py
    matches it typed to a gold relation of its article (the scorer's own matching, eval_common.typed_relations), else
    drop. With --actor-leads (the actor filter's cross-validated leads, train-actor-filter.sh --cv: file, actor,
    label, lead) the ends' actor-filter features (f:afl=, t:afl=, …|k=) are those of the fold's model, not the shipped
    model's (which saw these articles).
relation-filter-labels.py apply --pred EXPORT.json --leads LEADS.tsv --margin M --out EXPORT2.json
    LEADS.tsv: file, from, to, begin, end, code, label, drop's lead over keep (RelationFilterTrainer --folds); writes
    the export without the relations whose lead exceeds M (what LearnedRelationFilter.apply does).
"""
import json

from eval_common import align_actors, label_args, scorer, tsv_rows, typed_relations, write_labels


def bucket(lead):
	"""LearnedRelationFilter.leadBucket."""
	if lead is None:
		return "none"
	return ("<-100" if lead < -100 else "<-60" if lead < -60 else "<-35" if lead < -35 else "<-20" if lead < -20
			else "<-10" if lead < -10 else "<0" if lead < 0 else "<=3" if lead <= 3 else ">3")


def key(file, r):
	ev = r.get("evidence") or {}
	return (file, r.get("from"), r.get("to"), r.get("cameo"), ev.get("start", -1))


def main():
	a = label_args(gold="*", extra=[("--actor-leads", {})])
	if a.mode == "label":
		S = scorer()
		leads = {(p[0], p[1]): float(p[3]) for p in tsv_rows(a.actor_leads)} if a.actor_leads else {}

		def labeller(file, g, src):
			mapper = align_actors(S, g, src)[3]
			prels = S.dicts(src.get("relationships"))
			typed = typed_relations(S, S.dicts(g.get("relationships")), prels, mapper)[5]
			index = {}
			for i, r in enumerate(prels):
				index.setdefault(key(file, r), i)

			def label(p):
				feats = p[5].split(" ")
				i = index.get((file, p[1], p[2], feats[0][len("code="):], int(p[3])))
				lab = "keep" if i is not None and i in typed else "drop"
				if a.actor_leads:
					for end, name in (("f", p[1]), ("t", p[2])):
						kind = next((x[len(end) + 3:] for x in feats if x.startswith(end + ":k=")), None)
						if kind is None or not any(x.startswith(end + ":afl=") for x in feats):
							continue
						b = bucket(leads.get((file, name)))
						feats = [x for x in feats if not x.startswith(end + ":afl")]
						feats += [end + ":afl=" + b, end + ":afl|k=" + b + "|" + kind]
					feats = feats[:1] + sorted(feats[1:])
				return lab, " ".join(feats)
			return label
		write_labels(S, a.gold, a.pred, a.features, a.out, labeller)
	else:
		drop = set()
		for p in tsv_rows(a.leads):
			if float(p[7]) > a.margin:
				drop.add((p[0], p[1], p[2], p[5], int(p[3])))
		data = json.load(open(a.pred, encoding="utf-8"))
		for src in data["sources"]:
			src["relationships"] = [r for r in src.get("relationships", []) if key(src["file"], r) not in drop]
		json.dump(data, open(a.out, "w", encoding="utf-8"))


if __name__ == "__main__":
	main()

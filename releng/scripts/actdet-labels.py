#!/usr/bin/env python3
"""Labels and cross-validation for the learned actor detector (actors.learned-detect), from development gold.

actdet-labels.py label GOLD_DIR... --pred EXPORT.json --features CANDS.tsv --out TRAIN.tsv
    CANDS.tsv: file, name, KIND:b-e,b-e..., begin, end, features (EngineExport --actor-candidates, the switch off).
    A candidate is labelled keep when its name or one of its mention texts is a name of a gold actor that score.py's
    own alignment (eval_common.align_actors) leaves unpaired in that export (and no earlier candidate of the article
    took that gold actor), else drop.
actdet-labels.py apply --pred EXPORT.json --features CANDS.tsv --leads LEADS.tsv --margin M --out EXPORT2.json
    LEADS.tsv: file, name, label, drop's lead over keep (ActorDetectorTrainer --folds); adds to the export each
    candidate whose keep lead (minus the column) exceeds M as an actor with its mentions (what
    LearnedActorDetector.apply does: the new actors speak no claim and end no relation).
"""
import json

from eval_common import align_actors, label_args, rows_by_file, scorer, tsv_rows, write_labels


def mentions(body, to):
	kind, _, spans = to.partition(":")
	out = []
	for s in spans.split(","):
		b, e = (int(x) for x in s.split("-"))
		out.append((b, e))
	return kind, out


def main():
	a = label_args(gold="*", required=("--pred", "--features", "--out"))
	data = json.load(open(a.pred, encoding="utf-8"))
	if a.mode == "label":
		S = scorer()
		src_by = {s["file"]: s for s in data["sources"]}

		def labeller(file, g, src):
			ga, _, pairs, _ = align_actors(S, g, src)
			free = {gi for gi in range(len(ga))} - {gi for _, gi, _ in pairs}
			body = body_of(src_by[file])

			def label(p):
				_, spans = mentions(body, p[2])
				names = {S.norm(p[1])} | {S.norm(body[b:e]) for b, e in spans} if body else {S.norm(p[1])}
				hit = [gi for gi in sorted(free) if ga[gi].names & names]
				if hit:
					free.discard(hit[0])
				return "keep" if hit else "drop"
			return label
		write_labels(S, a.gold, a.pred, a.features, a.out, labeller)
	else:
		rows = rows_by_file(a.features)
		add = {}
		for p in tsv_rows(a.leads):
			if -float(p[3]) > a.margin:
				add.setdefault(p[0], set()).add(p[1])
		for src in data["sources"]:
			d = add.get(src["file"], set())
			if not d:
				continue
			body = body_of(src)
			for p in rows.get(src["file"], []):
				if p[1] in d:
					kind, spans = mentions(body, p[2])
					src.setdefault("actors", []).append({"name": p[1], "kind": kind.lower(),
							"mentions": [{"text": body[b:e], "start": b, "end": e} for b, e in spans]})
		json.dump(data, open(a.out, "w", encoding="utf-8"))


def body_of(src):
	return src.get("text") or src.get("body") or ""


if __name__ == "__main__":
	main()

#!/usr/bin/env python3
"""Labels for the learned claim speakers (claims.learned-speakers, claims/LearnedSpeakers.java), from dev gold.

speakers24-labels.py label GOLD_DIR... --pred EXPORT.json --features FEATURES.tsv --out TRAIN.tsv [--audit]
	FEATURES.tsv: file, candidate actor, claim (its evidence offsets "begin:end"), begin, end, features (EngineExport
	--speaker24-features: for every claim the rules attributed, its rule speaker first, then every actor named near it).
	A claim's text pairs (token F1 >= 0.5, as score.py pairs claims; the best overlap, a gold claim whose speaker is a
	candidate first) with a gold claim; a candidate is labelled "speaker" when its name maps (as score.py maps names)
	to that gold claim's speaker, else "none". Only the claims with a candidate labelled "speaker" are written (a
	claim that pairs with no gold claim, or whose gold speaker is no candidate, scores the same whoever speaks it).
	--audit prints how the claims split.
speakers24-labels.py apply GOLD_DIR... --pred EXPORT.json --decisions DECISIONS.tsv --out EXPORT2.json
	DECISIONS.tsv: file, speaker, begin, end (the claims whose speaker is replaced); writes the export with the claims
	at those offsets given that speaker.
"""
import collections, json, sys

from eval_common import align_actors, by_file, label_args, rows_by_file, scorer, tsv_rows

S = scorer()


def main():
	a = label_args(extra=(("--audit", {"action": "store_true"}),))
	if a.mode == "label":
		articles = by_file(S, a.gold, a.pred)
		cands = rows_by_file(a.features)
		counts = collections.Counter()
		with open(a.out, "w", encoding="utf-8") as out:
			for file in sorted(articles):
				if file not in cands:
					continue
				g, src = articles[file]
				mapper = align_actors(S, g, src)[3]
				gc = S.dicts(g.get("claims"))
				gtok = [S.tokens(S.mention_text(x.get("text"))) for x in gc]
				gspk = [S.norm(x.get("speaker")) for x in gc]
				body = src.get("body") or ""
				claims = collections.OrderedDict()
				for p in cands[file]:
					claims.setdefault(p[2], []).append(p)
				for key, rows in claims.items():
					b, e = int(rows[0][3]), int(rows[0][4])
					ctok = S.tokens(body[b:e])
					names = [mapper(p[1]) for p in rows]
					best, bkey = None, None
					for j in range(len(gc)):
						f = S.token_f1(ctok, gtok[j])
						if f >= 0.5:
							k = (f, any(gspk[j] in n for n in names))
							if bkey is None or k > bkey:
								best, bkey = j, k
					if best is None:
						counts["no gold claim"] += 1
						continue
					labels = ["speaker" if gspk[best] in n else "none" for n in names]
					if "speaker" not in labels:
						counts["gold speaker no candidate"] += 1
						continue
					counts["rule right" if labels[0] == "speaker" else "rule wrong, a candidate right"] += 1
					if a.audit and labels[0] != "speaker":
						print("%s\t%s -> %s\t%s" % (file[:40], rows[0][1], gc[best].get("speaker"),
								body[b:e][:90].replace("\n", " ")), file=sys.stderr)
					for p, lab in zip(rows, labels):
						out.write("\t".join(p[:5] + [lab, p[5]]) + "\n")
		print("claims:", sorted(counts.items()), file=sys.stderr)
	else:
		dec = collections.defaultdict(dict)
		for p in tsv_rows(a.decisions):
			dec[p[0]][(int(p[2]), int(p[3]))] = p[1]
		data = json.load(open(a.pred, encoding="utf-8"))
		n = 0
		for src in data["sources"]:
			d = dec.get(src["file"], {})
			for c in src.get("claims", []):
				k = (c.get("start"), c.get("end"))
				if k in d:
					c["speaker"] = d[k]
					n += 1
		print("replaced:", n, file=sys.stderr)
		json.dump(data, open(a.out, "w", encoding="utf-8"))


if __name__ == "__main__":
	main()

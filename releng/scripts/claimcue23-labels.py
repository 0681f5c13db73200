#!/usr/bin/env python3
"""Labels and audits of the claim candidates beyond the cue lists (claims.learned-cues, claims/LearnedCues.java).

claimcue23-labels.py label GOLD_DIR... --pred EXPORT.json --features FEATURES.tsv --out TRAIN.tsv
	FEATURES.tsv: file, speaker, "claim", begin, end, features (EngineExport --claimcue23-features). A candidate is
	labelled "claim" when its text pairs (token F1 >= 0.5, as score.py pairs claims) with a gold claim that no claim of
	the export pairs with, and its speaker is that gold claim's speaker (as score.py maps names) or no speaker resolves
	(the document-level speakers may give it one); otherwise "none" (claimdet-labels.py's labeller, but for that).
claimcue23-labels.py apply GOLD_DIR... --pred EXPORT.json --decisions DECISIONS.tsv --out EXPORT2.json
	The export with the decided claims that have a speaker added (eval_common.add_claims).
claimcue23-labels.py audit GOLD_DIR... --pred OFF.json --features FEATURES.tsv
	The ceiling: the gold claims the export (the engine with the component off) misses — in detection (no predicted
	claim pairs with the text, token F1 >= 0.5) and attributed (no pair with the right speaker) — and how many of them
	the dump's candidates (EngineExport --claimcue23-features) cover, by the candidate's construction (k=...): text
	only (a candidate pairs with the gold text) and attributed (also its resolved speaker is the gold speaker). The
	missed gold claims no candidate covers are counted by what stands in their sentence: "according to", quotation
	marks around the text, the article's first sentence (title), a cue word of cues.tsv, none of these.
claimcue23-labels.py added GOLD_DIR... --pred ON.json --off OFF.json
	The claims ON.json has and OFF.json has not (the component's): how many pair with a gold claim (detection) and
	with its speaker (attributed) in ON.json's pairing: the added claims' precision.
"""
import argparse
import json
import os
import re
import sys

from eval_common import add_claims, align_actors, by_file, claim_pairs, find, rows_by_file, scorer, unpaired_claims, write_labels

S = scorer()


def missed(g, src):
	mapper = align_actors(S, g, src)[3]
	gc = S.dicts(g.get("claims"))
	pairs, gspk, _ = claim_pairs(S, gc, S.dicts(src.get("claims")), mapper)
	det = {gi for _, gi, _ in pairs}
	att = {gi for _, gi, wrong in pairs if not wrong}
	return gc, gspk, mapper, det, att


def ceiling(a):
	arts = by_file(S, a.gold, a.pred)
	rows = rows_by_file(a.features)
	cue_words = set()
	for line in open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..",
			"bundles/org.sourcebench.extract/data/cues.tsv"), encoding="utf-8"):
		if line.startswith("#") or not line.strip():
			continue
		p = line.rstrip("\n").split("\t")
		cue_words.add(p[0].lower())
		for f in (p[1] if len(p) > 1 else "").split("|"):
			if f:
				cue_words.add(f.lower())
	tot = {"gold": 0, "missed_det": 0, "missed_att": 0, "cov_det": 0, "cov_det_spk": 0, "cov_att_spk": 0}
	by_kind = {}
	uncovered = {}
	cands = {}
	for file in sorted(arts):
		g, src = arts[file]
		gc, gspk, mapper, det, att = missed(g, src)
		body = src.get("body") or ""
		rs = rows.get(file, [])
		for r in rs:
			k = next((x[2:] for x in r[5].split(" ") if x.startswith("k=")), "?")
			cands[k] = cands.get(k, 0) + 1
		rtok = [(r, S.tokens(body[int(r[3]):int(r[4])])) for r in rs]
		tot["gold"] += len(gc)
		for j, c in enumerate(gc):
			if j in att:
				continue
			tot["missed_att"] += 1
			in_det = j not in det
			tot["missed_det"] += in_det
			gt = S.tokens(S.mention_text(c.get("text")))
			kinds, kinds_spk = set(), set()
			for r, t in rtok:
				if S.token_f1(t, gt) >= 0.5:
					k = next((x[2:] for x in r[5].split(" ") if x.startswith("k=")), "?")
					kinds.add(k)
					if r[1] and gspk[j] in mapper(r[1]):
						kinds_spk.add(k)
			if in_det:
				tot["cov_det"] += bool(kinds)
				tot["cov_det_spk"] += bool(kinds_spk)
			tot["cov_att_spk"] += bool(kinds_spk)
			for k in kinds:
				e = by_kind.setdefault(k, [0, 0, 0])
				e[0] += in_det
				e[2] += 0
			for k in kinds_spk:
				by_kind.setdefault(k, [0, 0, 0])[1] += 1
			if not kinds and in_det:
				text = c.get("text") or ""
				at = find(body, text[:80]) if text else -1
				cat = "not found in body"
				if at >= 0:
					sb = max(body.rfind(". ", 0, at), body.rfind("\n", 0, at)) + 1
					se = body.find(". ", at + len(text))
					se = len(body) if se < 0 else se
					sent = body[sb:se + 1].lower()
					words = set(re.findall(r"[a-z]+", sent[:at - sb] + " " + sent[at - sb + len(text):]))
					if "according to" in sent:
						cat = "according to"
					elif at > 0 and body[at - 1] in "\"\u201c" or "\u201c" in sent or '"' in sent:
						cat = "quotation"
					elif "\n" not in body[:at]:
						cat = "first line (title)"
					elif words & cue_words:
						cat = "a cue word outside the text"
					else:
						cat = "no cue word"
				uncovered[cat] = uncovered.get(cat, 0) + 1
	print("candidates by construction:", json.dumps(cands, sort_keys=True))
	print("gold claims %(gold)d; missed attributed %(missed_att)d, of them missed in detection %(missed_det)d" % tot)
	print("covered by a candidate: detection-missed %(cov_det)d (with the right speaker resolved %(cov_det_spk)d); "
		"attributed-missed with the right speaker %(cov_att_spk)d" % tot)
	for k in sorted(by_kind, key=lambda k: -by_kind[k][0]):
		print("  %-10s detection-missed covered %4d   attributed-missed covered with speaker %4d"
			% (k, by_kind[k][0], by_kind[k][1]))
	print("detection-missed gold claims no candidate covers, by what their sentence has:", json.dumps(uncovered,
		sort_keys=True))


def added(a):
	on = by_file(S, a.gold, a.pred)
	off = by_file(S, a.gold, a.off)
	n = det = att = 0
	for file in sorted(on):
		g, src = on[file]
		base = {(c.get("speaker"), c.get("text")) for c in S.dicts(off.get(file, ({}, {}))[1].get("claims"))}
		mapper = align_actors(S, g, src)[3]
		pc = S.dicts(src.get("claims"))
		pairs, _, _ = claim_pairs(S, S.dicts(g.get("claims")), pc, mapper)
		paired = {pi: wrong for pi, _, wrong in pairs}
		for i, c in enumerate(pc):
			if (c.get("speaker"), c.get("text")) in base:
				continue
			n += 1
			if i in paired:
				det += 1
				att += not paired[i]
	print("claims added (in the export, not in the off export): %d; pairing a gold claim %d (%.1f%%), with its "
		"speaker %d (%.1f%%)" % (n, det, 100.0 * det / max(n, 1), att, 100.0 * att / max(n, 1)))


def labeller(file, g, src):
	mapper, gc, used, gspk, gtok, body = unpaired_claims(S, g, src)

	def label(p):
		ctok = S.tokens(body[int(p[3]):int(p[4])])
		spk = mapper(p[1]) if p[1] else None
		for j in range(len(gc)):
			if j not in used and (spk is None or gspk[j] in spk) and S.token_f1(ctok, gtok[j]) >= 0.5:
				return "claim"
		return "none"
	return label


def main():
	ap = argparse.ArgumentParser()
	ap.add_argument("mode", choices=("label", "apply", "audit", "added"))
	ap.add_argument("gold", nargs="+")
	ap.add_argument("--pred", required=True)
	ap.add_argument("--features")
	ap.add_argument("--decisions")
	ap.add_argument("--out")
	ap.add_argument("--off")
	a = ap.parse_args()
	if a.mode == "label":
		write_labels(S, a.gold, a.pred, a.features, a.out, labeller)
	elif a.mode == "apply":
		add_claims(a.pred, a.decisions, a.out)
	elif a.mode == "added":
		added(a)
	else:
		ceiling(a)


if __name__ == "__main__":
	main()

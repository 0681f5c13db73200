#!/usr/bin/env python3
"""Audit of the gold claims the engine misses in detection, by construction (quotes24: claims no candidate covers).

quotes24-audit.py GOLD_DIR... --pred EXPORT.json [--list LIST.tsv]
	Every gold claim no predicted claim pairs with (token F1 >= 0.5, as score.py pairs claims) is put in one group by
	what its sentence has: "according to" before the text (sentence-initial "According to X, ...") or after it
	("..., according to X"), named (a capitalised word in X) or not; quotation marks (the gold text a quoted fragment
	inside a longer sentence, the whole sentence around a quotation, a quotation spanning sentences); the title (the
	first line); a cue in the previous sentence ("X made clear: ...", "It said ..." after "In a statement, ..."); other.
	Also counts, per group, the missed claims paired with a predicted claim of the wrong speaker (attributed-missed).
	--list writes one row per missed claim: file, group, speaker, text, sentence.
"""
import argparse
import json
import re
import sys

from eval_common import align_actors, by_file, claim_pairs, find, scorer

S = scorer()
QUOTES = "\"\u201c\u201d"
CUE = re.compile(r"\b(said|says|say|told|tells|stated|states|added|adds|noted|notes|stressed|stresses|warned|warns|"
	r"argued|argues|confirmed|confirms|insisted|insists|claimed|claims|accused|accuses|reported|reports|announced|"
	r"announces|explained|explains|declared|declares|emphasized|emphasised|urged|called|described|"
	r"statement|according|wrote|writes|posted|tweeted|believes|believe|denied|denies|vowed|vows|pledged|"
	r"threatened|alleged|asserted|maintained|acknowledged|admitted|affirmed|underlined|underscored|reiterated|"
	r"highlighted|pointed|condemned|criticised|criticized|welcomed|demanded|questioned|dismissed|rejected)\b", re.I)


def sentence(body, at, end):
	sb = max(body.rfind(". ", 0, at) + 1, body.rfind("\n", 0, at) + 1, body.rfind("? ", 0, at) + 1,
		body.rfind("! ", 0, at) + 1)
	se = len(body)
	for p in (". ", "\n", "? ", "! "):
		k = body.find(p, end)
		if k >= 0:
			se = min(se, k + 1)
	return sb, se


def group(body, at, text, direct):
	end = at + len(text)
	sb, se = sentence(body, at, end)
	sent = body[sb:se]
	low = sent.lower()
	if "\n" not in body[:at].strip():
		return "title"
	if "according to" in low:
		k = low.find("according to")
		after = sent[k + 12:k + 60]
		named = bool(re.match(r"\s+(?:the |a |an )?(?:[\w'-]+ ){0,3}?[A-Z]", after))
		pos = "initial" if k + sb < at else "trailing"
		return "according-%s-%s" % (pos, "named" if named else "unnamed")
	if any(q in sent for q in QUOTES) or any(q in body[max(0, at - 2):end + 2] for q in QUOTES):
		inner = text.strip()
		if direct and (se - sb) > len(inner) * 1.5:
			return "quote-partial-direct"
		if not direct and any(q in inner for q in QUOTES):
			return "quote-reported-with-fragments"
		if direct:
			return "quote-direct-whole"
		return "quote-other"
	prev = body[max(0, sb - 300):sb].rstrip()
	if prev.endswith(":") or low.lstrip().startswith(("it said", "he said", "she said", "they said", "it added",
			"he added", "she added", "it also", "he also", "she also")):
		return "cue-previous"
	if CUE.search(sent[:at - sb] + " " + sent[end - sb:]):
		return "cue-in-sentence-outside"
	pb = body.rfind("\n", 0, sb - 1)
	if CUE.search(body[max(0, pb, sb - 250):sb]):
		return "cue-previous-sentence"
	return "none"


def main():
	ap = argparse.ArgumentParser()
	ap.add_argument("gold", nargs="+")
	ap.add_argument("--pred", required=True)
	ap.add_argument("--list")
	a = ap.parse_args()
	arts = by_file(S, a.gold, a.pred)
	counts = {}
	rows = []
	tot = [0, 0, 0]
	for file in sorted(arts):
		g, src = arts[file]
		mapper = align_actors(S, g, src)[3]
		gc = S.dicts(g.get("claims"))
		pairs, gspk, _ = claim_pairs(S, gc, S.dicts(src.get("claims")), mapper)
		det = {gi for _, gi, _ in pairs}
		wrong = {gi for _, gi, w in pairs if w}
		body = src.get("body") or ""
		for j, c in enumerate(gc):
			tot[0] += 1
			if j in det and j not in wrong:
				continue
			text = c.get("text") or ""
			at = find(body, text[:80])
			kind = "not-found" if at < 0 else group(body, at, text, c.get("direct"))
			e = counts.setdefault(kind, [0, 0, 0])
			if j in det:
				e[1] += 1
				tot[2] += 1
				continue
			e[0] += 1
			tot[1] += 1
			if at >= 0 and any(int(pc.get("start", -1)) < at + len(text) and int(pc.get("end", -1)) > at
					for pc in S.dicts(src.get("claims"))):
				e[2] += 1
			sb, se = sentence(body, at, at + len(text)) if at >= 0 else (0, 0)
			rows.append((file, kind, c.get("speaker") or "", text, body[sb:se] if at >= 0 else ""))
	print("gold %d; missed in detection %d; paired with the wrong speaker %d" % tuple(tot))
	for k in sorted(counts, key=lambda k: -counts[k][0]):
		print("  %-32s detection-missed %4d (a predicted claim overlaps %4d)  wrong-speaker %4d"
			% (k, counts[k][0], counts[k][2], counts[k][1]))
	if a.list:
		with open(a.list, "w", encoding="utf-8") as f:
			for r in rows:
				f.write("\t".join(x.replace("\t", " ").replace("\n", " ") for x in r) + "\n")


if __name__ == "__main__":
	sys.exit(main())

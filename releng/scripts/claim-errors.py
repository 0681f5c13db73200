#!/usr/bin/env python3
"""Lists the claim errors of an engine export against gold, one block per error, with a guessed cause.

    releng/scripts/claim-errors.py GOLD_DIR EXPORT.json [--summary]

Errors: gold claims detected with the wrong speaker ("speaker"), gold claims not detected ("missed") and
predicted claims no gold claim pairs with ("spurious").
Each block shows the gold and predicted speakers, whether the gold speaker's actor was found at all, the
text around the claim and a guessed cause category (a heuristic to sort the list; read the context before
trusting it). Uses shared/eval/score.py for normalisation, actor alignment and claim pairing, so the pairs
are the scorer's pairs.
"""
import collections
import json
import os
import re
import sys

from eval_common import aligned_articles, claim_pairs, find, load_matched, scorer, ws

score = scorer()

PRONOUN = re.compile(r"\b(he|she|they|it|his|her)\b", re.I)
STATEMENT = re.compile(r"\b(statement|communiqu|release|report|readout|declaration|post|letter)\w*", re.I)
SAY = re.compile(r"\b(said|says|say|told|added|stated|noted|stressed|warned|according)\b", re.I)


def context(body, start, end, before=220, after=120):
	b = max(0, start - before)
	return ws(body[b:start]) + " [[" + ws(body[start:end]) + "]] " + ws(body[end:end + after])


def guess(kind, gold_spk, pred_spk, gold_aligned, pred_maps, body, start, end, text):
	"""A cause category from the surface; the report table is checked by reading."""
	before = body[max(0, start - 200):start]
	after = body[end:end + 120]
	para_start = body.rfind("\n", 0, start)
	if kind == "speaker":
		if not gold_aligned:
			return "speaker actor missing/split"
		if pred_maps and pred_maps != {score.norm(gold_spk)}:
			pass
	near = (before[-80:] + " " + after[:80])
	if STATEMENT.search(near):
		return "statement/communique subject"
	if re.search(r"(^|[\s(])['‘]", body[max(0, start - 2):start + 1]) or "‘" in body[max(0, start - 3):start]:
		return "single-quote quotation"
	if kind == "speaker" and PRONOUN.search(after[:40] + " " + before[-40:]):
		return "pronoun resolution"
	if not SAY.search(before[-160:] + after[:60]):
		return "quotation continues (no cue nearby)"
	if kind == "speaker":
		return "other speaker choice"
	return "missed (cue present)"


def run(gold_dir, export):
	gold, matched, warnings = load_matched(score, [gold_dir], export)
	rows = []
	for key, g, p, body, ga, pa, pairs, mapper in aligned_articles(score, gold, matched):
		aligned_gold = {ga[gi].nname: pa[pi].name for pi, gi, _ in pairs}
		gc = score.dicts(g.get("claims"))
		pc = score.dicts(p.get("claims"))
		pairs, gspk, pspk = claim_pairs(score, gc, pc, mapper)
		used_p = {pi for pi, _, _ in pairs}
		used_g = {gi for _, gi, _ in pairs}
		for pi, gi, wrong in pairs:
			if wrong:
				rows.append(make(g, body, "speaker", gc[gi], pc[pi], gspk[gi] in aligned_gold, pspk[pi]))
		for gi in range(len(gc)):
			if gi not in used_g:
				rows.append(make(g, body, "missed", gc[gi], None, gspk[gi] in aligned_gold, set()))
		for pi in range(len(pc)):
			if pi not in used_p:
				rows.append(spurious(g, body, pc[pi]))
	return rows


def spurious(g, body, pclaim):
	"""A predicted claim no gold claim pairs with."""
	text = score.mention_text(pclaim.get("text")) or ""
	start = find(body, text)
	return {
		"article": g.get("article"), "kind": "spurious", "gold_speaker": None,
		"pred_speaker": pclaim.get("speaker"), "gold_actor_found": None, "text": ws(text),
		"context": context(body, start, start + len(text)) if start >= 0 else "(not found in body)",
		"cause": "spurious (cue " + repr(pclaim.get("cue", "")) + ")",
	}


def make(g, body, kind, gclaim, pclaim, gold_aligned, pred_maps):
	text = score.mention_text(gclaim.get("text")) or ""
	start = find(body, text)
	end = start + len(text) if start >= 0 else -1
	row = {
		"article": g.get("article"), "kind": kind,
		"gold_speaker": gclaim.get("speaker"),
		"pred_speaker": pclaim.get("speaker") if pclaim else None,
		"gold_actor_found": gold_aligned,
		"text": ws(text),
	}
	if start >= 0:
		row["context"] = context(body, start, end)
		row["cause"] = guess(kind, gclaim.get("speaker"), row["pred_speaker"], gold_aligned, pred_maps,
				body, start, end, text)
	else:
		row["context"] = "(claim text not found verbatim in body)"
		row["cause"] = "unlocated"
	return row


def main(argv):
	if len(argv) < 2:
		print(__doc__, file=sys.stderr)
		return 2
	rows = run(argv[0], argv[1])
	if "--json" in argv:
		json.dump(rows, sys.stdout, indent=1, ensure_ascii=False)
		return 0
	if "--summary" not in argv:
		for r in rows:
			print(f"--- {r['kind']:7} {r['article']}  gold={r['gold_speaker']!r} pred={r['pred_speaker']!r}"
					f" gold-actor-found={r['gold_actor_found']}  guess: {r['cause']}")
			print("    " + r["context"])
	counts = collections.Counter((r["kind"], r["cause"]) for r in rows)
	print("\n== causes (guessed)")
	for (k, c), n in sorted(counts.items(), key=lambda x: (x[0][0], -x[1])):
		print(f"{k:8} {n:3}  {c}")
	return 0


if __name__ == "__main__":
	sys.exit(main(sys.argv[1:]))

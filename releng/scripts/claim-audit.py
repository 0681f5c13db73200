#!/usr/bin/env python3
"""Sorts every gold claim an export misses or mis-attributes by cause, and counts the causes.

    releng/scripts/claim-audit.py GOLD_DIR EXPORT.json [--list CAUSE_PREFIX] [--cues]

Claims are paired exactly as shared/eval/score.py pairs them. A gold claim is
  right        paired, speaker right;
  span         not paired, but a predicted claim overlaps its text (which boundary is off: start/end, early/late,
               or the prediction joins two gold claims);
  cue-known    not paired, nothing overlaps, and a cue the engine knows (cues.tsv, claim-words.tsv verbs and nouns,
               "according to") stands in its sentence outside the claim;
  cue-unknown  not paired, nothing overlaps, a verb stands in the sentence but none the engine knows (--cues counts
               the verbs);
  no-cue       nothing in the claim's sentence attributes it (a quotation continued, a headline, a bare clause);
  speaker      paired with the wrong speaker: none / gold speaker no actor of the export / pronoun / role phrase /
               a date or time between subject and verb / nested (the predicted speaker is another speaker of the
               sentence) / other.
The causes are guesses from the surface; read a sample of each (--list) before trusting the table.
"""
import collections
import os
import re
import sys

from eval_common import audit_rows, ROOT, aligned_articles, claim_pairs, find, load_matched, scorer, ws

score = scorer()

DATA = os.path.join(ROOT, "bundles", "org.sourcebench.extract", "data")
PRONOUNS = {"he", "she", "they", "it", "we", "i"}
TIME = (r"(?:(?:late |early )?(?:on |last |this |earlier |late )?"
		r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|night|morning|evening|weekend)"
		r"(?: (?:morning|evening|night|afternoon))?|earlier|later|yesterday|today|recently|previously)")
WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def forms(lemma):
	out = {lemma}
	if lemma.endswith("e"):
		out |= {lemma + "s", lemma + "d", lemma[:-1] + "ing"}
	elif lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
		out |= {lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"}
	else:
		out |= {lemma + "s", lemma + "es", lemma + "ed", lemma + "ing", lemma + lemma[-1] + "ed"}
	return out


def known_cues():
	"""form -> lemma of every cue the engine reads."""
	cues = {}
	for line in open(os.path.join(DATA, "cues.tsv"), encoding="utf-8"):
		if line.startswith("#") or not line.strip():
			continue
		cols = line.rstrip("\n").split("\t")
		for f in forms(cols[0]) | set(cols[1].split("|")):
			cues[f] = cols[0]
	for line in open(os.path.join(DATA, "claim-words.tsv"), encoding="utf-8"):
		if line.startswith("#") or not line.strip():
			continue
		cols = line.rstrip("\n").split("\t")
		if len(cols) > 1 and cols[1] in ("verb", "noun", "claim"):
			for f in forms(cols[0]):
				cues.setdefault(f, cols[0])
	return cues


CUES = known_cues()


def sentence_bounds(body, start, end):
	"""The sentence(s) holding [start, end): from the last sentence end before start to the first after end."""
	b = start
	while b > 0:
		c = body[b - 1]
		if c == "\n":
			break
		if c in ".!?" and b < len(body) and body[b] in " \n" and not re.search(r"\b[A-Z][a-z]{0,3}\.$|\b[A-Z]\.$",
				body[max(0, b - 5):b]):
			break
		b -= 1
	e = end
	while e < len(body):
		c = body[e]
		if c == "\n":
			break
		if c in ".!?" and (e + 1 >= len(body) or body[e + 1] in " \n\"”") and not re.search(
				r"\b[A-Z][a-z]{0,3}$|\b[A-Z]$", body[max(0, e - 4):e]):
			e += 1
			break
		e += 1
	return b, e


def outside_words(body, b, start, end, e):
	before = body[b:start]
	after = body[end:e]
	return before, after


def cue_in(text):
	for w in WORD.findall(text):
		lw = w.lower()
		if lw in CUES:
			return CUES[lw]
	if re.search(r"\baccording to\b", text, re.I):
		return "according to"
	return None


def verbs_in(text):
	"""Lower-case words that look like finite verbs or participles."""
	out = []
	for w in WORD.findall(text):
		if w[0].isupper():
			continue
		lw = w.lower()
		if re.search(r"(ed|es|s|ing)$", lw) and len(lw) > 3 and lw not in ("was", "has", "is", "its", "this", "his"):
			out.append(lw)
	return out


def classify_missed(body, gtext, start, end, pclaims, paired_p):
	"""The cause of a gold claim no prediction pairs with."""
	ge = end
	overl = []
	for pi, pc in enumerate(pclaims):
		ps, pe = pc.get("start"), pc.get("end")
		if ps is None or pe is None:
			continue
		if ps < ge and pe > start:
			overl.append((pi, ps, pe))
	if overl:
		pi, ps, pe = max(overl, key=lambda o: min(o[2], ge) - max(o[1], start))
		tol = 3
		parts = []
		if ps < start - tol:
			parts.append("starts early")
		elif ps > start + tol:
			parts.append("starts late")
		if pe > ge + tol:
			parts.append("ends late")
		elif pe < ge - tol:
			parts.append("ends early")
		joined = " (joined with another gold claim)" if pi in paired_p else ""
		return "span: " + (", ".join(parts) or "same bounds?") + joined, None
	b, e = sentence_bounds(body, start, end)
	for pi, pc in enumerate(pclaims):
		ps, pe = pc.get("start"), pc.get("end")
		if ps is not None and ps < e and pe > b and pi not in paired_p:
			return "span: another part of the sentence", None
	before, after = outside_words(body, b, start, end, e)
	around = before + " " + after
	cue = cue_in(around)
	if cue:
		return "cue-known: " + cue, None
	vs = verbs_in(around)
	if vs:
		return "cue-unknown", vs
	return "no-cue", None


def speaker_cause(body, start, end, gspk, pspk, gold_aligned, pred_actor_names, pnames_in_sentence):
	if not pspk:
		return "speaker: none"
	if not gold_aligned:
		g = score.norm(gspk)
		frag = [n for n in pred_actor_names if n and (n in g or g in n) and n != g]
		return "speaker: gold speaker no actor" + (" (a fragment or longer form exists)" if frag else "")
	b, e = sentence_bounds(body, start, end)
	before, after = outside_words(body, b, start, end, e)
	att = before[-120:] + " " + after[:120]
	if re.search(r"(?:^|[\s,“\"”])(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t|[Ww]e)\s+(?:\w+\s+){0,2}?(?:said|says|told|added|"
			r"warned|stressed|noted|insisted|explained|argued|claimed|wrote|stated|continued|concluded)\b", att):
		return "speaker: pronoun"
	if re.search(r"[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)* (?:on |late |early |last |this |earlier |later )"
			r"(?:\w+ ){0,2}?[a-z]+(?:ed|s)\b", att) and re.search(TIME, att):
		return "speaker: date/time between subject and verb"
	if re.search(r"\b[Tt]he (?:\w+ ){0,3}(?:spokes\w+|minister|official|president|envoy|commander|chief|"
			r"secretary|statement|ministry|agency|group|army|military|government|leader|prime minister)\b"
			r"(?:,? \w+){0,2} (?:said|says|told|added|stated|warned|noted)", att):
		return "speaker: role phrase"
	if pnames_in_sentence:
		return "speaker: nested/other speaker of the sentence"
	return "speaker: other"


def subject_shape(body, start, end, gold_aligned):
	"""Why a cue the engine knows gave no claim: usually no speaker was found there."""
	if not gold_aligned:
		return "speaker no actor of the export"
	b, e = sentence_bounds(body, start, end)
	before, after = outside_words(body, b, start, end, e)
	att = before[-120:] + " " + after[:120]
	if re.search(r"[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)* (?:on |late |early |last |this |earlier |later )?"
			+ TIME + r",? (?:\w+ )?[a-z]+(?:ed|s)\b", att):
		return "date/time between subject and verb"
	if re.search(r"(?:^|[\s,“\"”])(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t|[Ww]e)\s+(?:\w+\s+){0,2}?(?:said|says|told|added)", att):
		return "pronoun subject"
	if re.search(r"\b[Tt]he [a-z]", att):
		return "definite description subject"
	return "speaker actor exists, not found"


def run(gold_dir, export):
	gold, matched, warnings = load_matched(score, [gold_dir], export)
	rows = []
	for key, g, p, body, ga, pa, pairs, mapper in aligned_articles(score, gold, matched):
		aligned_gold = {ga[gi].nname for pi, gi, _ in pairs}
		pred_actor_names = [x.nname for x in pa]
		gc = score.dicts(g.get("claims"))
		pc = score.dicts(p.get("claims"))
		pairs, gspk, pspk = claim_pairs(score, gc, pc, mapper)
		gtok = [score.tokens(score.mention_text(x.get("text"))) for x in gc]
		used_p = {pi for pi, _, _ in pairs}
		pair = {gi: (pi, wrong) for pi, gi, wrong in pairs}
		for gi, gcl in enumerate(gc):
			text = score.mention_text(gcl.get("text")) or ""
			start = find(body, text)
			end = start + len(text)
			row = {"article": g.get("article"), "gold_speaker": gcl.get("speaker"), "text": ws(text),
					"direct": gcl.get("direct"), "pred_speaker": None, "verbs": None}
			if start < 0:
				row["cause"] = "unlocated"
				row["context"] = ""
				rows.append(row)
				continue
			b, e = sentence_bounds(body, start, end)
			row["context"] = ws(body[max(0, b - 150):start]) + " [[" + ws(body[start:end]) + "]] " + ws(
					body[end:min(len(body), e + 80)])
			if gi in pair:
				pi, wrong = pair[gi]
				row["pred_speaker"] = pc[pi].get("speaker")
				if not wrong:
					row["cause"] = "right"
				else:
					sent = body[b:e]
					others = [n for n in pspk[pi] if n and n in score.norm(sent)]
					row["cause"] = speaker_cause(body, start, end, gcl.get("speaker"), pc[pi].get("speaker"),
							gspk[gi] in aligned_gold, pred_actor_names, others)
			elif any(o != gi and o in pair and score.token_f1(gtok[o], gtok[gi]) >= 0.5 for o in range(len(gc))):
				shared = [gc[o].get("speaker") for o in range(len(gc)) if o != gi and o in pair
						and score.token_f1(gtok[o], gtok[gi]) >= 0.5]
				b2, e2 = sentence_bounds(body, start, end)
				sent = body[max(0, b2 - 200):e2]
				outlet = re.search(r"\b(?:according to|quot\w+|cit\w+|report\w*|told|newspaper|agency|media|TV)\b", sent)
				row["cause"] = ("multi-speaker: nested (an outlet or source reports another's statement)" if outlet
						else "multi-speaker: one of several speakers of one text")
				row["pred_speaker"] = "(paired: " + ", ".join(str(x) for x in shared) + ")"
			else:
				row["cause"], row["verbs"] = classify_missed(body, text, start, end, pc, used_p)
				if row["cause"].startswith("cue-known"):
					row["cue"] = row["cause"][11:]
					row["cause"] = "cue-known: " + subject_shape(body, start, end, gspk[gi] in aligned_gold)
			rows.append(row)
	return rows


def main(argv):
	rows, pre = audit_rows(argv, __doc__, run)
	if rows is None:
		return 2
	if pre is not None:
		for r in rows:
			if r["cause"].startswith(pre):
				print(f"--- {r['cause']}  {r['article']}  gold={r['gold_speaker']!r} pred={r['pred_speaker']!r}")
				print("    " + r["context"])
		return 0
	counts = collections.Counter(r["cause"] for r in rows)
	total = len(rows)
	print(f"gold claims {total}; right {counts['right']}")
	groups = collections.Counter()
	for c, n in counts.items():
		groups[c.split(":")[0]] += n
	for grp, n in groups.most_common():
		print(f"{grp:12} {n:4}")
		for c, m in sorted(counts.items(), key=lambda x: -x[1]):
			if c.split(":")[0] == grp and c != grp:
				print(f"    {m:4}  {c}")
	if "--cues" in argv:
		vc = collections.Counter()
		for r in rows:
			if r["verbs"]:
				for v in set(r["verbs"]):
					vc[v] += 1
		print("\nverbs in the sentences of cue-unknown claims:")
		print(", ".join(f"{v} {n}" for v, n in vc.most_common(80)))
	return 0


if __name__ == "__main__":
	sys.exit(main(sys.argv[1:]))

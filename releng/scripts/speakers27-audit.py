#!/usr/bin/env python3
"""Audit of the attributed claims whose TEXT is found but whose SPEAKER is wrong or missing (speakers26).

    releng/scripts/speakers26-audit.py GOLD_DIR EXPORT.json [--list SHAPE]

A gold claim is `right` (paired with its speaker), `wrong` (paired, another speaker), `text-only` (unpaired, but a
predicted claim overlaps its text with token F1 >= 0.5: the prediction went to another gold claim of the same text,
mostly a co-speaker) or `missed`. `wrong` and `text-only` claims are sorted by the SHAPE of their sentence (first
that applies): coordinated ("X and Y said", or a co-speaker — another gold claim of the same text with another
speaker — whose mention is joined to the speaker's by "and" or a comma), several (such a co-speaker not joined:
nested outlets, "citing", "quoted by"), span (the predicted speaker's name starts with a gold mention and runs on: "Cheng Tuesday"), according (the
sentence has "according to"), passive ("reported/quoted/cited by"), apposition ("Name, a/the ..., said"), previous
(a pronoun or "the" + noun speaks: "he said", "the minister said"), other. Pairs and actor alignment are score.py's.
"""
import collections
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from eval_common import aligned_articles, claim_pairs, find, load_matched, scorer, ws  # noqa: E402

score = scorer()
CUE = r"(?:said|says|say|told|added|stated|noted|stressed|warned|accused|claimed|insisted|announced|argued|denied)"
COORD = re.compile(r"\b[A-Z][\w’'.-]*(?:\s+[\w’'.-]+){0,5}\s+and\s+(?:the\s+|a\s+|an\s+)?[\w’'.-]+(?:\s+[\w’'.-]+){0,5}?\s+"
		+ r"(?:(?:have|has|had|also|both|jointly|separately|each)\s+)?" + CUE + r"\b")
ACCORDING = re.compile(r"\baccording to\b", re.I)
PASSIVE = re.compile(r"\b(?:reported|quoted|cited|announced|stated|said|claimed|issued|released)\s+by\b", re.I)
APPOS = re.compile(r"\b[A-Z][\w’'-]+,\s+(?:a|an|the|who|[A-Z][\w’'-]+’s|[A-Z][\w’'-]+'s)\s[^,]{2,120},\s+"
		+ r"(?:\w+\s+)?" + CUE + r"\b")
PREVIOUS = re.compile(r"(?:\b(?:he|she|they|it)\s+(?:\w+\s+)?" + CUE + r"|" + CUE + r"\s+(?:he|she|they)\b)", re.I)


def sentence(body, start, end):
	b = max(body.rfind(". ", 0, start), body.rfind("\n", 0, start))
	e = [i for i in (body.find(". ", end), body.find("\n", end)) if i >= 0]
	return b + 1 if b >= 0 else 0, min(e) + 1 if e else len(body)


def joined(text, gm, cos):
	"""Whether a mention of the speaker and one of a co-speaker stand in the text joined by "and" or a comma."""
	for ms in cos:
		for a in gm:
			for b in ms:
				if not a or not b:
					continue
				for x, y in ((a, b), (b, a)):
					for m in re.finditer(re.escape(x), text):
						j = text.find(y, m.end())
						if 0 <= j - m.end() <= 40 and re.fullmatch(r"[\s,]*(?:and|as well as|,)\s[\w\s’'-]*", text[m.end():j] + " "):
							return True
	return False


def main():
	args = sys.argv[1:]
	listing = None
	if "--list" in args:
		i = args.index("--list")
		listing = args[i + 1]
		del args[i:i + 2]
	gold, matched, _ = load_matched(score, [args[0]], args[1])
	status = collections.Counter()
	shapes = collections.Counter()
	rows = collections.defaultdict(list)
	for key, g, p, body, ga, pa, aligned, mapper in aligned_articles(score, gold, matched):
		gc = score.dicts(g.get("claims"))
		pc = score.dicts(p.get("claims"))
		pairs, gspk, pspk = claim_pairs(score, gc, pc, mapper)
		gtok = [score.tokens(score.mention_text(x.get("text"))) for x in gc]
		ptok = [score.tokens(score.mention_text(x.get("text"))) for x in pc]
		paired = {gi: (pi, wrong) for pi, gi, wrong in pairs}
		mentions = {}
		for a in score.dicts(g.get("actors")):
			mentions[score.norm(a.get("name"))] = [score.norm(m) for m in [a.get("name")] + list(a.get("mentions") or [])
					if isinstance(m, str)]
		for gi, c in enumerate(gc):
			if gi in paired and not paired[gi][1]:
				status["right"] += 1
				continue
			if gi in paired:
				st, pi = "wrong", paired[gi][0]
			else:
				best = [(score.token_f1(ptok[pi], gtok[gi]), pi) for pi in range(len(pc))]
				best = [b for b in best if b[0] >= 0.5]
				if not best:
					status["missed"] += 1
					continue
				st, pi = "text-only", max(best)[1]
			status[st] += 1
			text = c.get("text") or ""
			at = find(body, text)
			s0, s1 = sentence(body, at, at + len(text)) if at >= 0 else (0, 0)
			sent = body[s0:s1]
			outside = body[s0:at] + " … " + body[at + len(text):s1] if at >= 0 else ""
			co = [score.norm(x.get("speaker")) for j, x in enumerate(gc) if j != gi
					and score.token_f1(gtok[j], gtok[gi]) >= 0.8 and score.norm(x.get("speaker")) != gspk[gi]]
			pname = score.norm(pc[pi].get("speaker"))
			gm = mentions.get(gspk[gi], [gspk[gi]])
			if COORD.search(outside) or co and joined(outside.lower(), gm, [mentions.get(x, [x]) for x in co]):
				shape = "coordinated"
			elif co:
				shape = "several"
			elif any(pname.startswith(m + " ") or pname.startswith(m + "-") for m in gm if m):
				shape = "span"
			elif ACCORDING.search(outside):
				shape = "according"
			elif PASSIVE.search(outside):
				shape = "passive"
			elif APPOS.search(outside):
				shape = "apposition"
			elif PREVIOUS.search(outside):
				shape = "previous"
			else:
				shape = "other"
			shapes[(st, shape)] += 1
			rows[shape].append((key, st, gspk[gi], pc[pi].get("speaker"), co, ws(outside)[:300]))
	total = sum(status.values())
	print("gold claims %d: %s" % (total, ", ".join("%s %d" % kv for kv in sorted(status.items()))))
	for (st, shape), n in sorted(shapes.items()):
		print("%-10s %-12s %4d" % (st, shape, n))
	for shape in sorted(rows):
		if listing and shape.startswith(listing):
			print("\n== " + shape)
			for key, st, gs, ps, co, ctx in rows[shape]:
				print("  %s [%s] gold=%s pred=%s co=%s\n      %s" % (key[:40], st, gs, ps, co, ctx))


if __name__ == "__main__":
	main()

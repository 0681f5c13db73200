#!/usr/bin/env python3
"""Audit of the MISSED gold claims by the shape of their sentence (twenty-eighth session, claims28).

    releng/scripts/claims28-audit.py GOLD_DIR EXPORT.json [--list SHAPE_PREFIX] [--lemmas]

Every gold claim score.py pairs with no predicted claim gets one shape (first match in this order):
  multi-speaker   the same text is paired for another gold speaker (counted apart);
  boundary        a predicted claim overlaps its text but token F1 < .5 (found, cut wrong; counted apart);
  accuse          "X accused Y of [[...]]", "accusing Y of", "accused Y of";
  urge/call       "urged / called on / called for / appealed to / asked / demanded / pressed Y (to) [[...]]";
  deny-nominal    "denied / rejected / dismissed / refuted [[a nominal object]]" (no "that" after the verb);
  nominal-cue     a cue noun before the claim: "his accusation that", "the call for", "a warning that", "in a letter to";
  colon-frame     the claim follows a colon ("Zelensky: ...", "told reporters: ...", "said:");
  relative/participle  the cue sits in a relative or participial clause next to the claim (", saying", "who said",
                  ", adding", "which said");
  cue-read-failed a cue of cues.tsv / claim-words.tsv (or "according to") stands in the sentence outside the claim,
                  split by where (before / after the claim) and whether the gold speaker is an actor of the export;
  para-quote      the claim is (in) a quotation and no cue stands in its sentence;
  no-cue          anything else (bare clause, headline, a cue word the engine does not know: --lemmas lists them).
Each row also says whether the gold speaker is an actor of the export ("speaker-actor" / "speaker-missing"): a shape
is only reachable for attributed claims when the speaker is an actor. Pairs and alignment are score.py's.
"""
import collections
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from eval_common import audit_rows, aligned_articles, claim_pairs, find, load_matched, scorer, ws  # noqa: E402

import importlib.util  # noqa: E402

_spec = importlib.util.spec_from_file_location("claim_audit", os.path.join(os.path.dirname(os.path.abspath(__file__)),
		"claim-audit.py"))
_ca = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_ca)
score = _ca.score
CUES = _ca.CUES
WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
Q = "\"“”«»"

ACCUSE = re.compile(r"\baccus(?:ed|es|e|ing)\b[^.;]{0,80}?\bof\s*[\"“]?\s*$", re.I)
URGE = re.compile(r"\b(?:urg(?:ed|es|e|ing)|call(?:ed|s|ing)? (?:on|upon|for)|appeal(?:ed|s|ing)? (?:to|for)|"
		r"ask(?:ed|s|ing)|demand(?:ed|s|ing)|press(?:ed|es|ing)|implor\w+|encourag\w+|invit\w+|advis\w+|"
		r"instruct\w+|order(?:ed|s|ing)|warn(?:ed|s|ing))\b[^.;]{0,80}?\b(?:to|for|that)?\s*[\"“]?\s*$", re.I)
DENY = re.compile(r"\b(?:den(?:y|ied|ies|ying)|reject(?:ed|s|ing)?|dismiss(?:ed|es|ing)?|refut(?:ed|es|e|ing)|"
		r"admit(?:ted|s)?|acknowledg\w+|confirm(?:ed|s|ing)?|announc\w+|condemn(?:ed|s|ing)?|deplor\w+|"
		r"welcom\w+|prais\w+|criticiz\w+|criticis\w+|blam\w+|report(?:ed|s|ing)?|cit\w+)\s*[\"“]?\s*$", re.I)
NOMINAL = re.compile(r"\b(?:accusations?|allegations?|calls?|warnings?|claims?|statements?|assertions?|demands?|"
		r"pledges?|promises?|threats?|assurances?|insistence|views?|beliefs?|arguments?|remarks?|comments?|"
		r"messages?|letters?|appeals?|announcements?|reports?|charges?|vows?|denials?|admission|confirmation|"
		r"position|stance|suggestions?|proposals?|requests?|plea|posts?|tweets?|speech|address|interview|"
		r"briefing|conference|notice|communiqu[eé]|declaration|readout|note)\b[^.;]{0,60}?"
		r"(?:\bthat|\bto|\bfor|\bof|\bsaying|:|,)\s*[\"“]?\s*$", re.I)
COLON = re.compile(r":\s*[\"“]?\s*$")
PARTICIPLE = re.compile(r"(?:,\s*(?:saying|adding|noting|claiming|stressing|warning|arguing|insisting|stating|"
		r"explaining|declaring|calling|urging|asserting|emphasi[sz]ing|alleging|accusing|describing|telling|"
		r"pointing out|reiterating|vowing|announcing|confirming|denying|demanding|according)\b|"
		r"\b(?:who|which|that|whom)\s+(?:\w+\s+){0,2}?(?:said|says|told|added|stated|noted|warned|claimed|"
		r"argued|insisted|stressed|described|called|urged|accused|announced|reported)\b)", re.I)


def cue_words(text):
	out = []
	for w in WORD.findall(text):
		lw = w.lower()
		if lw in CUES:
			out.append(CUES[lw])
	if re.search(r"\baccording to\b", text, re.I):
		out.append("according to")
	return out


def shape(body, start, end, gtext):
	b, e = _ca.sentence_bounds(body, start, end)
	before = body[b:start]
	after = body[end:e]
	lead = body[max(b, start - 160):start]
	if ACCUSE.search(lead):
		return "accuse", None
	if re.search(r"\bcall(?:ed|s|ing)? (?:on|upon)\b", lead, re.I) or URGE.search(lead) and re.search(
			r"\b(?:urg|call|appeal|ask|demand|press|implor|encourag|invit|advis|instruct|order)", lead[-110:], re.I):
		return "urge/call", None
	if DENY.search(lead):
		m = DENY.search(lead)
		return "deny-nominal (" + re.sub(r"\W.*", "", m.group(0).lower()) + ")", None
	if NOMINAL.search(lead):
		return "nominal-cue", None
	if COLON.search(lead) or re.match(r"\s*[A-Z][\w’'.-]+(?: [A-Z][\w’'.-]+){0,3}:\s", body[b:start]):
		return "colon-frame", None
	if PARTICIPLE.search(before[-80:]) or PARTICIPLE.search(after[:80]):
		return "relative/participle", None
	cb, ca = cue_words(before), cue_words(after)
	if cb or ca:
		where = "before" if cb and not ca else "after" if ca and not cb else "both"
		return "cue-read-failed (" + where + ")", (cb + ca)[0]
	quoted = any(q in body[max(0, start - 2):start + 1] for q in Q) or (gtext and gtext[0] in Q)
	if quoted:
		return "para-quote", None
	return "no-cue", None


def run(gold_dir, export):
	gold, matched, _ = load_matched(score, [gold_dir], export)
	rows = []
	for key, g, p, body, ga, pa, apairs, mapper in aligned_articles(score, gold, matched):
		aligned_gold = {ga[gi].nname for pi, gi, _ in apairs}
		gc = score.dicts(g.get("claims"))
		pc = score.dicts(p.get("claims"))
		pairs, gspk, pspk = claim_pairs(score, gc, pc, mapper)
		gtok = [score.tokens(score.mention_text(x.get("text"))) for x in gc]
		ptok = [score.tokens(score.mention_text(x.get("text"))) for x in pc]
		paired_g = {gi for _, gi, _ in pairs}
		for gi, gcl in enumerate(gc):
			if gi in paired_g:
				continue
			text = score.mention_text(gcl.get("text")) or ""
			start = find(body, text)
			row = {"article": g.get("article"), "speaker": gcl.get("speaker"), "text": ws(text),
					"actor": gspk[gi] in aligned_gold, "lemma": None}
			if start < 0:
				row["shape"] = "unlocated"
				rows.append(row)
				continue
			end = start + len(text)
			b, e = _ca.sentence_bounds(body, start, end)
			row["context"] = ws(body[max(0, b - 120):start]) + " [[" + ws(text) + "]] " + ws(body[end:e + 40])
			if any(o != gi and o in paired_g and score.token_f1(gtok[o], gtok[gi]) >= 0.5 for o in range(len(gc))):
				row["shape"] = "multi-speaker"
			else:
				over = [pi for pi, x in enumerate(pc) if x.get("start") is not None
						and x["start"] < end and x["end"] > start]
				if over:
					best = max(score.token_f1(ptok[pi], gtok[gi]) for pi in over)
					row["shape"] = "boundary (F1 %.1f-%.1f)" % (int(best * 4) / 4, int(best * 4) / 4 + .25)
				else:
					row["shape"], row["lemma"] = shape(body, start, end, text)
			rows.append(row)
	return rows


def main(argv):
	rows, pre = audit_rows(argv, __doc__, run)
	if rows is None:
		return 2
	if pre is not None:
		for r in rows:
			if r["shape"].startswith(pre):
				print(f"--- {r['shape']}  {r['article']}  gold={r['speaker']!r} actor={r['actor']} lemma={r['lemma']}")
				print("    " + r.get("context", r["text"]))
		return 0
	c = collections.Counter(r["shape"] for r in rows)
	ca = collections.Counter(r["shape"] for r in rows if r["actor"])
	print(f"missed gold claims {len(rows)}")
	print(f"{'shape':40} {'all':>5} {'speaker-actor':>14}")
	for s, n in sorted(c.items(), key=lambda x: (x[0].split(' ')[0], -x[1])):
		print(f"{s:40} {n:5} {ca[s]:14}")
	if "--lemmas" in argv:
		lc = collections.Counter(r["lemma"] for r in rows if r["lemma"])
		print("\ncue lemmas of cue-read-failed:", ", ".join(f"{k} {v}" for k, v in lc.most_common(60)))
	return 0


if __name__ == "__main__":
	sys.exit(main(sys.argv[1:]))

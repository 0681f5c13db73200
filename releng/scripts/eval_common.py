"""Shared by the error scripts (claim-audit, claim-errors, relation-audit, relation-errors, actor-errors,
actor-spans): finds the scorer shared/eval/score.py, reads a gold folder and an engine export with their sources
matched, and aligns their actors, all exactly as score.py does, so every script counts against the same pairs; and by
the label scripts of the learned components (actor-filter-labels, actdet-labels, claimdet-labels, relclass-labels,
relation-filter-labels, location-filter-labels, location-detector-labels) and seed-spread.py: their command line
(label_args), their label step (write_labels) and the tab-separated dumps and leads they read (tsv_rows,
rows_by_file)."""
import argparse
import importlib.util
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def scorer(shared=None):
	"""The module shared/eval/score.py: from `shared`, $SOURCEBENCH_SHARED, ../shared beside the repository or
	/work/shared, the first that holds it."""
	for cand in (shared, os.environ.get("SOURCEBENCH_SHARED"), os.path.join(ROOT, "..", "shared"), "/work/shared"):
		path = os.path.join(cand, "eval", "score.py") if cand else None
		if path and os.path.exists(path):
			if "score" in sys.modules and getattr(sys.modules["score"], "__file__", None) == path:
				return sys.modules["score"]
			spec = importlib.util.spec_from_file_location("score", path)
			module = importlib.util.module_from_spec(spec)
			sys.modules["score"] = module
			spec.loader.exec_module(module)
			return module
	sys.exit("shared/eval/score.py not found (set SOURCEBENCH_SHARED)")


def load_matched(score, gold_paths, export):
	"""(gold, matched, warnings): gold as score.load_gold gives it (article -> (path, gold)), matched article ->
	export source or None."""
	warnings = []
	gold = score.load_gold(list(gold_paths), warnings)
	pred = score.load_pred(export, warnings)
	return gold, score.match_sources(gold, pred, warnings), warnings


def align_actors(score, gold_doc, pred_doc):
	"""(gold actors, predicted actors, aligned pairs, name mapper) of one article, as the scorer aligns them."""
	ga = [score.Ent(a) for a in score.dicts(gold_doc.get("actors"))]
	pa = [score.Ent(a) for a in score.dicts(pred_doc.get("actors"))]
	pairs = score.align_entities(pa, ga)
	return ga, pa, pairs, score.name_mapper(pa, ga, pairs)


def typed_relations(score, gold_rels, pred_rels, mapper):
	"""The scorer's view of one article's relations: (gold (from, to) names, gold roots, predicted from-name sets,
	predicted to-name sets, predicted roots, typed matching predicted index -> gold index)."""
	g_ft = [(score.norm(r.get("from")), score.norm(r.get("to"))) for r in gold_rels]
	g_code = [score.cameo_root(r.get("cameo")) for r in gold_rels]
	p_from = [mapper(r.get("from")) for r in pred_rels]
	p_to = [mapper(r.get("to")) for r in pred_rels]
	p_code = [score.cameo_root(r.get("cameo")) for r in pred_rels]
	typed = score.max_matching(len(pred_rels), len(gold_rels), lambda i, j: g_ft[j][0] in p_from[i]
			and g_ft[j][1] in p_to[i] and p_code[i] is not None and p_code[i] == g_code[j])
	return g_ft, g_code, p_from, p_to, p_code, typed


def ws(s):
	"""The text with its whitespace runs made single spaces."""
	return re.sub(r"\s+", " ", s or "").strip()


def find(body, text):
	"""Start offset of a text in the body (whitespace-tolerant), or -1."""
	if not text:
		return -1
	i = body.find(text)
	if i >= 0:
		return i
	pat = r"\s+".join(re.escape(w) for w in text.split())
	m = re.search(pat, body)
	return m.start() if m else -1


def claim_pairs(score, gold_claims, pred_claims, mapper):
	"""The scorer's claim pairing of one article: ([(predicted index, gold index, speaker wrong)] in the greedy
	order, gold speaker names, predicted speaker name sets). A pair needs token F1 >= 0.5 of the texts; better
	overlaps first, a right speaker before a wrong one."""
	gtok = [score.tokens(score.mention_text(x.get("text"))) for x in gold_claims]
	ptok = [score.tokens(score.mention_text(x.get("text"))) for x in pred_claims]
	pspk = [mapper(x.get("speaker")) for x in pred_claims]
	gspk = [score.norm(x.get("speaker")) for x in gold_claims]
	cands = []
	for pi in range(len(pred_claims)):
		for gi in range(len(gold_claims)):
			f = score.token_f1(ptok[pi], gtok[gi])
			if f >= 0.5:
				cands.append((-f, gspk[gi] not in pspk[pi], pi, gi))
	cands.sort()
	used_p, used_g, pairs = set(), set(), []
	for _, wrong, pi, gi in cands:
		if pi in used_p or gi in used_g:
			continue
		used_p.add(pi)
		used_g.add(gi)
		pairs.append((pi, gi, wrong))
	return pairs, gspk, pspk


def unpaired_claims(score, gold_doc, pred_doc):
	"""One article's claims as the claim labellers read them: (the actor mapper, the gold claims, the indices of the
	gold claims score.py pairs with a predicted claim, the gold speakers, the gold claims' tokens, the body)."""
	mapper = align_actors(score, gold_doc, pred_doc)[3]
	gc = score.dicts(gold_doc.get("claims"))
	pairs, gspk, _ = claim_pairs(score, gc, score.dicts(pred_doc.get("claims")), mapper)
	gtok = [score.tokens(score.mention_text(x.get("text"))) for x in gc]
	return mapper, gc, {gi for _, gi, _ in pairs}, gspk, gtok, pred_doc.get("body") or ""


def print_causes(counts, rows, listing, tsv=False):
	"""The (side, cause) counts of the actor scripts, then with `listing` every row under its cause."""
	for (side, cat), n in sorted(counts.items()):
		print("%-9s %-12s %3d" % (side, cat, n))
	if listing:
		for key in sorted(rows):
			if not tsv:
				print("\n== %s %s" % key)
			for art, name, detail in rows[key]:
				if tsv:
					print("\t".join([key[0], key[1], art, name, detail]))
				else:
					print("  %-40s %-40s %s" % (art[:40], name, detail))


def locate(body, evidence):
	"""(start, end) of a relation's evidence in the body (exact, else its first 60 characters case-blind), or None."""
	if not evidence:
		return None
	i = body.find(evidence)
	if i < 0:
		i = body.lower().find(evidence.lower()[:60])
	return (i, i + len(evidence)) if i >= 0 else None


def aligned_articles(score, gold, matched):
	"""Per matched article, in the export's order: (article, gold, export source or {}, its body, gold actors,
	predicted actors, aligned pairs, name mapper)."""
	for key, p in matched.items():
		g = gold[key][1]
		p = p or {}
		yield (key, g, p, p.get("body", "")) + align_actors(score, g, p)


def by_file(score, gold_paths, export):
	"""The matched articles keyed by the export's file name: file -> (gold document, export source)."""
	gold, matched, _ = load_matched(score, gold_paths, export)
	out = {}
	for key in sorted(gold):
		src = matched[key]
		if src is not None:
			out[src.get("file")] = (gold[key][1], src)
	return out


def tsv_rows(path):
	"""The rows of a tab-separated file (a dump, a trainer's --folds leads, a decisions file), each a list of cells."""
	with open(path, encoding="utf-8") as f:
		for line in f:
			yield line.rstrip("\n").split("\t")


def rows_by_file(path):
	"""A learned component's dump (EngineExport --features and the like: tab-separated, file first): file -> rows."""
	rows = {}
	for p in tsv_rows(path):
		rows.setdefault(p[0], []).append(p)
	return rows


def label_args(gold="+", required=("--pred", "--out"), extra=()):
	"""The parsed command line of a label script: MODE GOLD_DIR... (nargs `gold`) and the options every one reads
	(--pred EXPORT.json, --features DUMP.tsv, --leads LEADS.tsv, --decisions DECISIONS.tsv, --out PATH; those in
	`required` must be given; --margin M), then the script's own (`extra`: (flag, add_argument keywords) pairs)."""
	ap = argparse.ArgumentParser()
	ap.add_argument("mode")
	ap.add_argument("gold", nargs=gold)
	for flag in ("--pred", "--features", "--leads", "--decisions", "--out"):
		ap.add_argument(flag, required=flag in required)
	ap.add_argument("--margin", type=float)
	for flag, kw in extra:
		ap.add_argument(flag, **kw)
	return ap.parse_args()


def add_claims(export, decisions, out_path):
	"""The apply step of the claim label scripts: the export `export` with a reported claim added for every row of
	`decisions` (file, speaker, begin, end) that has a speaker, its text the body's [begin, end); written to `out_path`."""
	dec = rows_by_file(decisions)
	data = json.load(open(export, encoding="utf-8"))
	for src in data["sources"]:
		body = src.get("body") or ""
		add = [{"speaker": p[1], "direct": False, "text": body[int(p[2]):int(p[3])], "start": int(p[2]),
				"end": int(p[3])} for p in dec.get(src["file"], []) if p[1]]
		src["claims"] = list(src.get("claims", [])) + add
	json.dump(data, open(out_path, "w", encoding="utf-8"))


def write_labels(score, gold_paths, export, features, out_path, labeller):
	"""The label step of a label script: for each article of the export that has gold and rows in the dump
	`features` (file, name, to, begin, end, features), in file-name order, labeller(file, gold document, export source)
	returns the function that labels one of its rows (a label, or (label, features) to write other features); each row
	is written to `out_path` with its label before its features, and the label counts are printed to stderr."""
	articles = by_file(score, gold_paths, export)
	rows = rows_by_file(features)
	counts = {}
	with open(out_path, "w", encoding="utf-8") as out:
		for file in sorted(articles):
			if file not in rows:
				continue
			label = labeller(file, *articles[file])
			for p in rows[file]:
				lab = label(p)
				feats = p[5]
				if isinstance(lab, tuple):
					lab, feats = lab
				counts[lab] = counts.get(lab, 0) + 1
				out.write("\t".join(p[:5] + [lab, feats]) + "\n")
	print("labels:", sorted(counts.items()), file=sys.stderr)


def audit_rows(argv, doc, run):
	"""For an audit's main(argv) over GOLD EXPORT [--list PREFIX]: (rows of run(GOLD, EXPORT), the --list prefix or
	None); (None, None) after printing the usage doc when an argument is missing."""
	if len(argv) < 2:
		print(doc, file=sys.stderr)
		return None, None
	return run(argv[0], argv[1]), (argv[argv.index("--list") + 1] if "--list" in argv else None)

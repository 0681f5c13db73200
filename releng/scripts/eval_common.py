"""Shared by the error scripts (claim-audit, claim-errors, relation-audit, relation-errors, actor-errors,
actor-spans): finds the scorer shared/eval/score.py, reads a gold folder and an engine export with their sources
matched, and aligns their actors, all exactly as score.py does, so every script counts against the same pairs."""
import importlib.util
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

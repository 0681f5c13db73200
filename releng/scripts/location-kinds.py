#!/usr/bin/env python3
"""Counts an engine export's location errors by the KIND of place (from the words of the name: directional region,
country, water, facility/site/border, region/province/area, city/town/other) and the aligned places whose country
differs from gold's (gold null, predicted null, or both set and different). Uses the scorer's alignment
(eval_common), so "missed" and "spurious" are what score.py counts; aggregates only (fit for select and check).

    releng/scripts/location-kinds.py GOLD_DIR EXPORT.json [GOLD_DIR EXPORT.json ...]

Written for the audit of the twenty-third session (locs23).
"""
import collections
import os
import re
import sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import eval_common
score = eval_common.scorer()
countries = set()
for l in open(os.path.join(eval_common.ROOT, 'bundles', 'org.sourcebench.extract', 'data', 'countries.tsv'), encoding='utf-8'):
	if not l.startswith('#'):
		p = l.rstrip('\n').split('\t')
		for c in (1, 2):
			if c < len(p):
				for n in p[c].split('|'):
					countries.add(score.norm(n))
FAC = re.compile(r'\b(airport|air ?base|base|camp|crossing|port|hospital|embassy|plant|refinery|station|prison|hotel|bridge|school|mosque|church|market|dam|checkpoint|office|palace|house|building|centre|center|campus|compound|field|terminal|park|post|line|border|headquarters)\b', re.I)
WATER = re.compile(r'\b(sea|gulf|strait|river|ocean|bay|lake|canal|channel|waters)\b', re.I)
REG = re.compile(r'\b(region|province|state|oblast|governorate|district|county|territory|area|zone|prefecture|township|valley|islands?|peninsula|coast|heights)\b', re.I)
DIR = re.compile(r'^(north|south|east|west|northern|southern|eastern|western|central|north-?eastern|north-?western|south-?eastern|south-?western|upper|lower)\b', re.I)
def kind(n):
	if DIR.search(n): return 'directional region'
	if score.norm(n) in countries: return 'country'
	if WATER.search(n): return 'water'
	if FAC.search(n): return 'facility/site/border'
	if REG.search(n): return 'region/province/area'
	return 'city/town/other name'
tot = collections.Counter()
for gold_dir, export in zip(sys.argv[1::2], sys.argv[2::2]):
	arts = eval_common.by_file(score, [gold_dir], export)
	for f, (g, p) in arts.items():
		gl = [score.Ent(x) for x in score.dicts(g.get('locations'))]
		pl = [score.Ent(x) for x in score.dicts(p.get('locations'))]
		pairs = score.align_entities(pl, gl)
		al = {gi for _, gi, _ in pairs}
		for gi, ge in enumerate(gl):
			tot[('gold', kind(ge.name))] += 1
			if gi not in al:
				tot[('missed', kind(ge.name))] += 1
		for pi, gi, _ in pairs:
			pc, gc = pl[pi].country, gl[gi].country
			if pc != gc:
				tot[('country', 'gold null, pred set' if not gc else 'pred null, gold set' if not pc else 'both set, differ')] += 1
		alp = {pi for pi, _, _ in pairs}
		for pi, pe in enumerate(pl):
			if pi not in alp:
				isactor = any(score.norm(pe.name) == score.norm(a.get('name', '')) for a in score.dicts(g.get('actors')))
				tot[('spurious', 'a gold actor\'s name' if isactor else kind(pe.name))] += 1
for k in sorted(tot):
	print('%-10s %-28s %5d' % (k[0], k[1], tot[k]))

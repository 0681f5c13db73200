#!/usr/bin/env python3
"""Gold-consistency audit: how the annotated batches decide where GUIDELINES.md is silent.

Reads every gold file of the seed (`../shared/eval/gold/seed.json`), our own articles 101-113
(`tests/org.sourcebench.extract.tests/resources/gold`) and every blind batch folder `resources/blind*` (except the batch a session holds out, named by the environment
variable GOLD_AUDIT_HELD_OUT, e.g. `blind18`: any path naming it is skipped unread), with their articles, and
prints one table per mechanically countable category: batch -> counts. Everything is a surface count (string and
context heuristics, no parsing), so read the tables as rates, not as error lists; `--examples N` prints up to N
cases per category cell to check them by hand. Python 3, standard library only; runs in about a second.

    python3 releng/scripts/gold-audit.py                       # all tables
    python3 releng/scripts/gold-audit.py --only capitals,symmetric --examples 5
    python3 releng/scripts/gold-audit.py --json /tmp/audit.json   # the counts (and examples) as JSON

Categories (names for --only): capitals, countries, holders, nested, spokes, accused, symmetric, backed,
evidence, unnamed, labels.
"""
import argparse
import collections
import glob
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, '..', '..'))
RES = os.path.join(REPO, 'tests', 'org.sourcebench.extract.tests', 'resources')
DATA = os.path.join(REPO, 'bundles', 'org.sourcebench.extract', 'data')
HELD_OUT = os.environ.get('GOLD_AUDIT_HELD_OUT', '').strip() or None

# --------------------------------------------------------------------------------------------- loading

def norm(s):
    s = unicodedata.normalize('NFKC', s).replace('\u2019', "'").replace('\u2018', "'")
    s = s.replace('\u201c', '"').replace('\u201d', '"')
    return re.sub(r'\s+', ' ', s).strip()


def key(s):
    s = norm(s).casefold().strip(' "\'.,;:()[]')
    s = re.sub(r"^the ", '', s)
    s = re.sub(r"'s$", '', s)
    return s


def blind_batches():
    """The blind batch folders in their numeric order (blind, blind2, blind3, ...), the held-out one left out."""
    names = [os.path.basename(d) for d in glob.glob(os.path.join(RES, 'blind*')) if os.path.isdir(d)]
    names = [n for n in names if re.fullmatch(r'blind\d*', n) and n != HELD_OUT]
    return sorted(names, key=lambda n: int(n[5:] or 1))


def read_body(path, seed=False):
    with open(path, encoding='utf-8') as f:
        lines = f.read().split('\n')
    if seed:  # header lines, the title twice and the trailing Comment are not body
        for i, line in enumerate(lines):
            if line.startswith('Story Code'):
                lines = lines[i + 2:]
                break
        lines = [l for l in lines if not l.startswith('Comment')]
    else:
        lines = lines[1:]
    return norm(' '.join(l for l in lines if l.strip()))


def default_shared():
    for c in (os.path.join(REPO, '..', 'shared', 'eval'), os.path.join(REPO, '..', '..', 'shared', 'eval')):
        if os.path.exists(os.path.join(c, 'gold', 'seed.json')):
            return os.path.normpath(c)
    return os.path.normpath(os.path.join(REPO, '..', 'shared', 'eval'))


def load_sources(shared):
    """[(batch, article_id, gold, body)] in batch order."""
    out = []
    seed_gold = os.path.join(shared, 'gold', 'seed.json')
    seed_art = os.path.join(REPO, 'samples', '000_e2a23cc3f04865a0.txt')
    if os.path.exists(seed_gold):
        g = json.load(open(seed_gold, encoding='utf-8'))
        out.append(('seed', '000', g, read_body(seed_art, seed=True) if os.path.exists(seed_art) else ''))
    for f in sorted(glob.glob(os.path.join(RES, 'gold', '*.json'))):
        if (HELD_OUT and HELD_OUT in f) or os.path.basename(f).startswith('000'):
            continue  # 000 is a copy of the seed
        g = json.load(open(f, encoding='utf-8'))
        a = os.path.join(RES, 'articles', g['article'])
        out.append(('own', os.path.basename(f).split('_')[0], g, read_body(a) if os.path.exists(a) else ''))
    for b in blind_batches():
        for f in sorted(glob.glob(os.path.join(RES, b, 'gold', '*.json'))):
            if HELD_OUT and HELD_OUT in f:
                continue
            g = json.load(open(f, encoding='utf-8'))
            a = os.path.join(RES, b, 'articles', g['article'])
            out.append((b, os.path.basename(f).split('_')[0], g, read_body(a) if os.path.exists(a) else ''))
    return out


def load_places():
    """capital/seat string -> ISO country name; country string -> country name."""
    capitals, countries, iso = {}, {}, {}
    for line in open(os.path.join(DATA, 'countries.tsv'), encoding='utf-8'):
        if line.startswith('#') or not line.strip():
            continue
        c = line.rstrip('\n').split('\t')
        iso[c[0]] = c[1]
        for n in [c[1]] + [x for x in c[2].split('|') if x]:
            if len(n) > 2 or n in ('US',):
                countries[n] = c[1]
        for cap in c[4].split('|'):
            if cap:
                capitals[cap] = c[1]
    for line in open(os.path.join(DATA, 'seats.tsv'), encoding='utf-8'):
        if line.startswith('#') or not line.strip():
            continue
        c = line.rstrip('\n').split('\t')
        for n in [c[0]] + [x for x in (c[6] if len(c) > 6 else '').split('|') if x]:
            capitals[n] = iso.get(c[2], c[2])
    capitals.setdefault('Kiev', 'Ukraine')  # the older spelling several outlets use
    for amb in ('Male', 'Victoria', 'Kingston', 'Hamilton', 'Douglas', 'Stanley', 'Avarua', 'Alofi'):
        capitals.pop(amb, None)  # also common person names or words; matching is case-sensitive and word-bounded
    return capitals, countries

# --------------------------------------------------------------------------------------------- helpers

LOC_BEFORE = re.compile(r"\b(in|inside|into|across|throughout|within|near|outside|visit|visited|visiting|visits|"
                        r"arrived in|travell?ed to|trip to|returned to|returns to|flew to|based in)\s+(the\s+)?$")
AGENT_AFTER = re.compile(r"^\s*(,[^,]{0,60},\s*)?(said|says|say|has|have|had|is|was|were|are|will|would|could|"
                         r"accused|accuses|denied|denies|rejected|rejects|warned|warns|urged|urges|called|calls|"
                         r"agreed|announced|insisted|insists|claimed|claims|responded|condemned|demanded|wants|"
                         r"hopes|sees|views|considers|blamed|blames|also|did|does|refused|refuses|summoned|"
                         r"recalled|expelled|imposed|launched|sent|signed|welcomed|believes|regards|must)\b")
SPEECH = re.compile(r"\b(said|says|say|saying|told|tells|stated|states|stating|added|adding|noted|noting|stressed|"
                    r"stressing|warned|warning|warns|argued|arguing|confirmed|estimated|accused|accusing|insisted|"
                    r"insists|according to|reported|reports|cited|citing|claimed|claims|claiming|announced|declared|"
                    r"wrote|writes|tweeted|posted|asserted|explained|quoted|quoting|emphasized|emphasised|"
                    r"underscored|reiterated|affirmed|replied|responded|vowed|promised|pledged|threatened|"
                    r"asked|urged|demanded)\b", re.I)
LABEL_VERB = re.compile(r"\b(call(?:s|ed|ing)?|describ(?:e|es|ed|ing)|brand(?:s|ed|ing)?|label(?:s|led|ling)?|"
                        r"term(?:s|ed|ing)?|dub(?:s|bed|bing)?|den?ounc\w*|condemn\w*|slam\w*|deem\w*|consider\w*|"
                        r"view\w*|as|what)\b[^.]{0,40}$", re.I)
GENERIC = re.compile(r"^(unnamed\b|an? |some |two |three |four |several )|\b(officials?|sources?|diplomats?|"
                     r"witness(?:es)?|residents|locals|survivors|protesters|reports|investigations|analysts|"
                     r"observers|authorities|spokes(?:man|woman|person)|official)$", re.I)


def find(body, text):
    t = norm(text)
    if not t:
        return -1
    i = body.find(t)
    if i < 0:
        i = body.casefold().find(t.casefold())
    return i


_ALT = {}


def found_names(body, names):
    """name -> [(start, end)] for the names of the list that occur in body (word-bounded, case-sensitive)."""
    k = id(names)
    if k not in _ALT:
        alt = '|'.join(re.escape(n) for n in sorted(names, key=len, reverse=True))
        _ALT[k] = re.compile(r'(?<![\w-])(' + alt + r')(?![\w])')
    out = collections.defaultdict(list)
    for m in _ALT[k].finditer(body):
        out[m.group(1)].append((m.start(), m.end()))
    return out


def use_of(body, s, e):
    """L = locative use, M = modifier/compound, P = possessor ("X's"), A = agent ("X said"), O = other."""
    before, after = body[max(0, s - 40):s], body[e:e + 80]
    if re.match(r"^'s?\b", after):
        return 'P'
    if re.match(r"^\s?[-–]|^ [A-Z][a-z]", after):
        return 'M'
    if LOC_BEFORE.search(before):
        return 'L'
    if re.match(r"^\s*'s?\b", after) or AGENT_AFTER.match(after):
        return 'A'
    return 'O'


def mention_holders(g):
    """normalised mention -> set of (actor name, kind)."""
    h = collections.defaultdict(set)
    for a in g['actors']:
        for m in [a['name']] + [x if isinstance(x, str) else x['text'] for x in a.get('mentions', [])]:
            h[key(m)].add((a['name'], a['kind']))
    return h


def loc_mentions(g):
    s = set()
    for l in g['locations']:
        for m in [l['name']] + [x if isinstance(x, str) else x['text'] for x in l.get('mentions', [])]:
            s.add(key(m))
    return s


def tokens(s):
    return re.findall(r'\w+', norm(s).casefold())


def tok_f1(a, b):
    ta, tb = collections.Counter(tokens(a)), collections.Counter(tokens(b))
    common = sum((ta & tb).values())
    if not common:
        return 0.0
    p, r = common / sum(ta.values()), common / sum(tb.values())
    return 2 * p * r / (p + r)


def is_unnamed(a):
    n = a['name']
    return bool(GENERIC.search(n)) or (a['kind'] == 'media' and bool(re.fullmatch(r'[a-z][\w ]* media', n)))

# --------------------------------------------------------------------------------------------- the audit


class Audit:
    def __init__(self, n_examples):
        self.tables = collections.OrderedDict()   # category -> OrderedDict(col -> Counter(batch -> n))
        self.notes = {}
        self.examples = collections.defaultdict(list)
        self.n_ex = n_examples

    def add(self, cat, col, batch, n=1, ex=None):
        t = self.tables.setdefault(cat, collections.OrderedDict())
        t.setdefault(col, collections.Counter())[batch] += n
        if ex is not None and self.n_ex:
            lst = self.examples[(cat, col)]
            if len(lst) < self.n_ex:
                lst.append('%s/%s %s' % (batch, ex[0], ex[1]))

    def cols(self, cat, cols):
        t = self.tables.setdefault(cat, collections.OrderedDict())
        for c in cols:
            t.setdefault(c, collections.Counter())


def audit_capitals(A, src, capitals, countries):
    cat = 'capitals'
    A.notes[cat] = ('Capital or seat names (countries.tsv capitals, seats.tsv) present in the body, one row per '
                    '(article, string). use: L = some occurrence in locative use ("in/to/from/near X"), A-only = '
                    'only agent/possessor uses ("X said", "X\'s"), other = modifiers/unclear only. gold: actor = a '
                    'mention of an actor, loc = a location mention. cap->other actor: the capital is a mention of '
                    'an actor that is not the state of that country (e.g. Kabul -> Taliban). capital descr.: "the capital", '
                    '"the Egyptian capital", "capital of X" in the body: a location mention of the city or not entered '
                    '(batches 4 and 8: location mentions; 6a and 12c: descriptions, not locations).')
    A.cols(cat, ['strings', 'actor only', 'loc only', 'both', 'neither', 'L-use: no loc', 'A-only: loc entered',
                 'cap->state', 'cap->other actor'])
    A.cols(cat, ['capital descr.', 'descr.: loc mention', 'descr.: not entered'])
    for batch, art, g, body in src:
        holders, locs = mention_holders(g), loc_mentions(g)
        for m in re.finditer(r"\b(the (\w+ ){0,2}capital|capital of [A-Z][\w ]{0,20}?(?=[,.]| [a-z]))", body):
            k = key(m.group(0))
            A.add(cat, 'capital descr.', batch)
            entered = any(k in l or l in k for l in locs if 'capital' in l)
            A.add(cat, 'descr.: loc mention' if entered else 'descr.: not entered', batch, ex=(art, m.group(0)))
        for cap, occ in found_names(body, capitals).items():
            country = capitals[cap]
            uses = {use_of(body, s, e) for s, e in occ}
            k = key(cap)
            isact, isloc = k in holders, k in locs
            ex = (art, cap)
            A.add(cat, 'strings', batch)
            A.add(cat, {(1, 0): 'actor only', (0, 1): 'loc only', (1, 1): 'both', (0, 0): 'neither'}[
                (int(isact), int(isloc))], batch, ex=ex)
            if 'L' in uses and not isloc:
                A.add(cat, 'L-use: no loc', batch, ex=ex)
            if uses <= {'A', 'P'} and isloc:
                A.add(cat, 'A-only: loc entered', batch, ex=ex)
            if isact:
                names = {n for n, kind in holders[k]}
                if country in names:
                    A.add(cat, 'cap->state', batch)
                elif key(cap) not in {key(n) for n in names}:
                    A.add(cat, 'cap->other actor', batch, ex=(art, '%s -> %s' % (cap, '/'.join(sorted(names)))))


def audit_countries(A, src, capitals, countries):
    cat = 'countries'
    A.notes[cat] = ('Country names and aliases (countries.tsv) present in the body, one row per (article, '
                    'country name string); uses as for capitals (M = compound/modifier "Iran-backed"). '
                    'L-use: no loc = a locative occurrence ("in Sudan") but the string is no location mention; '
                    'no L-use: loc = entered as location although no occurrence is locative by the heuristic. '
                    'P-only = every occurrence is a possessor or a compound, split into possessor of a body or role '
                    '("Sudan\'s army chief", "Iran\'s foreign ministry") and of a place ("Syria\'s Idlib province", '
                    '"Libya\'s capital"): entered as actor / as location only / neither (GUIDELINES: "Syria\'s sovereignty" '
                    'is an actor; batch 2: a country named only inside a role is no actor).')
    A.cols(cat, ['strings', 'actor only', 'loc only', 'both', 'neither', 'L-use: no loc', 'no L-use: loc',
                 'A-use: no actor', 'P-only body/role', 'P-only body/role: actor', 'P-only body/role: loc only',
                 'P-only body/role: neither', 'P-only place', 'P-only place: actor', 'P-only place: loc only',
                 'P-only place: neither'])
    for batch, art, g, body in src:
        holders, locs = mention_holders(g), loc_mentions(g)
        for name, occ in found_names(body, countries).items():
            uses = {use_of(body, s, e) for s, e in occ}
            if uses <= {'M'}:
                continue
            k = key(name)
            isact, isloc = k in holders, k in locs
            ex = (art, name)
            A.add(cat, 'strings', batch)
            A.add(cat, {(1, 0): 'actor only', (0, 1): 'loc only', (1, 1): 'both', (0, 0): 'neither'}[
                (int(isact), int(isloc))], batch, ex=ex)
            if 'L' in uses and not isloc:
                A.add(cat, 'L-use: no loc', batch, ex=ex)
            if 'L' not in uses and isloc:
                A.add(cat, 'no L-use: loc', batch, ex=ex)
            if 'A' in uses and not isact:
                A.add(cat, 'A-use: no actor', batch, ex=ex)
            if 'P' in uses and uses <= {'P', 'M'}:
                nxt = ' '.join(body[e:e + 60] for _, e in occ)
                place = re.search(r"^'s?\s+(\w+\s+){0,2}(province|region|capital|city|border|north|south|east|"
                                  r"west|territory|territories|coast|waters|airspace|soil|state|district|areas?)\b",
                                  body[occ[0][1]:occ[0][1] + 60]) and len(occ) == 1
                pre = 'P-only place' if place else 'P-only body/role'
                A.add(cat, pre, batch)
                A.add(cat, '%s: %s' % (pre, 'actor' if isact else 'loc only' if isloc else 'neither'), batch,
                      ex=(art, '%s (%s)' % (name, body[occ[0][1]:occ[0][1] + 25])))


HOLDER_WORDS = [('junta', r'\bjunta\b'), ('regime', r'\bregime\b'), ('government', r'\bgovernment\b'),
                ('administration', r'\badministration\b'), ('authorities', r'\bauthorities\b'),
                ('officials', r'\bofficials?\b'), ('Taliban', r'\btaliban\b'), ('delegation', r'\bdelegations?\b'),
                ('office', r"\boffice\b"), ('military/army', r'\b(military|army)\b')]


def audit_holders(A, src):
    cat = 'holders'
    A.notes[cat] = ('Who holds actor mentions built on generic heads: for each (article, mention) containing the '
                    'word, the kind of the actor it belongs to (state / government / military / armed_group / '
                    'other kinds). A word split between state and military/government across batches is a '
                    'conflict (junta, Taliban government, "X\'s office"). [Taliban texts]: in articles with a '
                    'Taliban actor, who holds "Kabul", "Afghanistan", "Islamic Emirate", "Taliban government/regime/'
                    'authorities", "Afghan government/authorities".')
    kinds = ['state', 'government', 'military', 'armed_group', 'person', 'other kinds']
    A.cols(cat, ['%s:%s' % (w, k) for w, _ in HOLDER_WORDS for k in kinds])
    A.cols(cat, ['Taliban texts:Afghanistan (state)', 'Taliban texts:Taliban actor', 'Taliban texts:other'])
    for batch, art, g, body in src:
        if any('taliban' in a['name'].lower() for a in g['actors']):
            for a in g['actors']:
                for m in a.get('mentions', []):
                    m = m if isinstance(m, str) else m['text']
                    if re.search(r'^(Kabul|Afghanistan|Islamic Emirate)$|Taliban (government|regime|authorities|'
                                 r'administration)|Afghan (government|authorities)|Taliban-led', m):
                        col = ('Afghanistan (state)' if a['name'] == 'Afghanistan' else
                               'Taliban actor' if 'taliban' in a['name'].lower() else 'other')
                        A.add(cat, 'Taliban texts:' + col, batch, ex=(art, '"%s" -> %s' % (m, a['name'])))
        for a in g['actors']:
            kind = a['kind'] if a['kind'] in kinds else 'other kinds'
            for m in {key(x if isinstance(x, str) else x['text']) for x in a.get('mentions', [])}:
                for w, rx in HOLDER_WORDS:
                    if re.search(rx, m):
                        A.add(cat, '%s:%s' % (w, kind), batch, ex=(art, '"%s" -> %s' % (m, a['name'])))


def audit_nested(A, src):
    cat = 'nested'
    A.notes[cat] = ('Claims whose speaker is a media actor (kind media), and whether the same article gives the '
                    'inner speaker a claim: same text (normalised equal), outer contains inner (outer text is '
                    'longer and contains it), overlap (token F1 >= 0.5, the scorer\'s threshold), or no inner '
                    'claim (inner cue in text = the outlet\'s text itself holds "<Name> said/warned/..." whose speaker '
                    'got no claim of his own). Also media actors with no claim, and body cues "<outlet> reported/quoted/cited" / '
                    '"according to <outlet>" / "cited by <outlet>" whose outlet has no claim.')
    A.cols(cat, ['media claims', 'inner same text', 'outer contains inner', 'inner overlap', 'media only',
                 'media only, inner cue in text', 'media actors', 'media w/o claim', 'outlet cue, no claim'])
    for batch, art, g, body in src:
        kinds = {a['name']: a['kind'] for a in g['actors']}
        media = [a for a in g['actors'] if a['kind'] == 'media']
        claims = g['claims']
        speakers = collections.Counter(c['speaker'] for c in claims)
        for c in claims:
            if kinds.get(c['speaker']) != 'media':
                continue
            A.add(cat, 'media claims', batch)
            others = [o for o in claims if o is not c and kinds.get(o['speaker']) != 'media']
            kc = key(c['text'])
            ex = (art, '%s: %s' % (c['speaker'], c['text'][:70]))
            if any(key(o['text']) == kc for o in others):
                A.add(cat, 'inner same text', batch, ex=ex)
            elif any(key(o['text']) in kc and len(key(o['text'])) > 10 for o in others):
                A.add(cat, 'outer contains inner', batch, ex=ex)
            elif any(tok_f1(o['text'], c['text']) >= 0.5 for o in others):
                A.add(cat, 'inner overlap', batch, ex=ex)
            else:
                A.add(cat, 'media only', batch, ex=ex)
                if re.search(r"\b[A-Z][\w'.-]+(?: [A-Z][\w'.-]+)*(?:,[^,]{1,60},)? (said|says|told|stated|warned|"
                             r"announced|accused|claimed|condemned|denied|insisted|confirmed|added|described)\b",
                             c['text']):
                    A.add(cat, 'media only, inner cue in text', batch, ex=ex)
        for a in media:
            A.add(cat, 'media actors', batch)
            if not speakers[a['name']]:
                A.add(cat, 'media w/o claim', batch, ex=(art, a['name']))
                ms = [x if isinstance(x, str) else x['text'] for x in a.get('mentions', [])] + [a['name']]
                for m in ms:
                    m = norm(m)
                    if len(m) < 2:
                        continue
                    rx = (r'(according to|cited by|quoted by|reported by|carried by)\s+(the\s+)?' + re.escape(m) +
                          r'|' + re.escape(m) + r'\)?\s*(,[^,]{0,40},\s*)?(reported|reports|quoted|quoting|cited|'
                          r'citing|said|says)\b')
                    mm = re.search(rx, body)
                    if mm:
                        A.add(cat, 'outlet cue, no claim', batch, ex=(art, mm.group(0)[:80]))
                        break


def claim_context(body, text):
    i = find(body, text)
    if i < 0:
        return None
    s = max(body.rfind('. ', 0, i), body.rfind('” ', 0, max(0, i - 1)), 0)
    e = body.find('. ', i + len(norm(text)))
    e = len(body) if e < 0 else e
    return i, body[s:i], body[i + len(norm(text)):min(e, i + len(norm(text)) + 120)]


def audit_spokes(A, src):
    cat = 'spokes'
    A.notes[cat] = ('Claims whose sentence names a spokesman/spokeswoman/spokesperson before the claim or in the '
                    '120 characters after it, by speaker: a named person, an unnamed person actor ("unnamed '
                    'defence ministry spokesperson"), or a body/state. Actors whose name or mentions hold "spokes".')
    A.cols(cat, ['claims', 'named person', 'unnamed person', 'body/state', 'spokes-actors',
                 'spokes mention of body'])
    for batch, art, g, body in src:
        actors = {a['name']: a for a in g['actors']}
        for c in g['claims']:
            ctx = claim_context(body, c['text'])
            if not ctx:
                continue
            _, before, after = ctx
            if not re.search(r'spokes(man|woman|person|people)', before + ' ' + after, re.I):
                continue
            a = actors.get(c['speaker'])
            A.add(cat, 'claims', batch)
            ex = (art, '%s: %s' % (c['speaker'], c['text'][:60]))
            if a and a['kind'] == 'person':
                A.add(cat, 'unnamed person' if is_unnamed(a) else 'named person', batch, ex=ex)
            else:
                A.add(cat, 'body/state', batch, ex=ex)
        for a in g['actors']:
            ms = [x if isinstance(x, str) else x['text'] for x in a.get('mentions', [])]
            if re.search('spokes', a['name'], re.I):
                A.add(cat, 'spokes-actors', batch, ex=(art, a['name']))
            elif a['kind'] != 'person' and any(re.search('spokes', m, re.I) for m in ms):
                A.add(cat, 'spokes mention of body', batch, ex=(art, '%s <- %s' % (a['name'], ms)))


def audit_accused(A, src):
    cat = 'accused'
    A.notes[cat] = ('Claims after "accused/accusing/accuses/blamed/blames/criticized" + object: text starting at the '
                    'object ("X of Y"), or only the complement ("Y", the object left out); and such cues in the body '
                    'with no claim at all. other form F1<0.5: the claim would not align (token F1 < 0.5, the '
                    'scorer\'s threshold) if the other convention were used.')
    A.cols(cat, ['X of Y', 'Y only', 'cue without claim', 'other form F1<0.5'])
    for batch, art, g, body in src:
        starts = []
        for c in g['claims']:
            i = find(body, c['text'])
            if i < 0:
                continue
            starts.append(i)
            before = body[max(0, i - 120):i]
            ex = (art, c['text'][:60])
            if re.search(r'\b(accus\w*|blam\w*|criticiz\w*|criticis\w*)\s+$', before, re.I):
                A.add(cat, 'X of Y', batch, ex=ex)
                mm = re.match(r'[^.;]{1,70}?\s(of|for)\s', norm(c['text']))
                if mm and tok_f1(c['text'], norm(c['text'])[mm.end():]) < 0.5:
                    A.add(cat, 'other form F1<0.5', batch, ex=ex)
            else:
                mm = re.search(r'\b(accus\w*|blam\w*|criticiz\w*|criticis\w*)\s+([^.;"“]{1,70}?\s(of|for)\s+)$',
                               before, re.I)
                if mm:
                    A.add(cat, 'Y only', batch, ex=ex)
                    if tok_f1(c['text'], mm.group(2) + c['text']) < 0.5:
                        A.add(cat, 'other form F1<0.5', batch, ex=ex)
        for m in re.finditer(r'\b(accused|accusing|accuses|blamed|blames|blaming)\s+[^.;]{1,70}?\s(of|for)\s', body):
            if not any(m.start() <= s <= m.end() + 5 for s in starts):
                A.add(cat, 'cue without claim', batch, ex=(art, m.group(0)[:70]))


SYMMETRIC = ['03', '04', '05', '06', '08']
MEDIATION = re.compile(r'mediat|broker|host|facilitat|invit|propos|offer|reach(ed)? out|convene|called by|'
                       r'between|efforts|envoy', re.I)
MEETING = re.compile(r'\b(met|meet|meeting|meetings|talks|call|called|phone|spoke|conversation|discussed|'
                     r'summit|negotiat\w*)\b', re.I)


MUTUAL = re.compile(r'\b(agreed|agreement|signed|sign|signing|inked|deal|cease-?fire|truce|exchang\w*|each other|'
                    r'both sides|two sides|jointly|joint|mutual\w*|together|cooperat\w*|alongside|ties|relations)\b',
                    re.I)


def audit_symmetric(A, src):
    cat = 'symmetric'
    A.notes[cat] = ('Relationships with a symmetric root (03/04/05/06/08; 11 and 19 shown for reference): '
                    'triples whose reverse (to, from, code) is also in the gold vs one-direction only; '
                    'one-way 04 whose evidence has no mediation/hosting/offer cue but a meeting/talks/call cue '
                    '(the guideline\'s "meetings, phone calls, joint talks ... both directions"); one-way 03/05/06/08 '
                    'whose evidence has a mutual cue (agreed, signed, deal, ceasefire, exchange, joint, each other, '
                    'ties ...) and no mediation cue.')
    cols = []
    for code in SYMMETRIC + ['11', '19']:
        cols += ['%s both' % code, '%s one-way' % code]
    A.cols(cat, cols + ['04 one-way meeting cue'] + ['%s one-way mutual cue' % c for c in ('03', '05', '06', '08')])
    for batch, art, g, body in src:
        triples = {(r['from'], r['to'], r['cameo'][:2]) for r in g['relationships']}
        ev = {(r['from'], r['to'], r['cameo'][:2]): r.get('evidence', '') for r in g['relationships']}
        for t in sorted(triples):
            f, to, code = t
            if code not in SYMMETRIC + ['11', '19']:
                continue
            both = (to, f, code) in triples
            e = ev[t] if isinstance(ev[t], str) else ev[t].get('text', '')
            A.add(cat, '%s %s' % (code, 'both' if both else 'one-way'), batch,
                  ex=None if both else (art, '%s -> %s: %s' % (f, to, e[:60])))
            if code == '04' and not both and MEETING.search(e) and not MEDIATION.search(e):
                A.add(cat, '04 one-way meeting cue', batch, ex=(art, '%s -> %s: %s' % (f, to, e[:70])))
            if code in ('03', '05', '06', '08') and not both and MUTUAL.search(e) and not MEDIATION.search(e):
                A.add(cat, '%s one-way mutual cue' % code, batch, ex=(art, '%s -> %s: %s' % (f, to, e[:70])))


BACKED = re.compile(r"([A-Z][\w.'’]*(?:[ -][A-Z][\w.]*)?)\s?[-–]\s?(backed|brokered|mediated|aligned|sponsored|"
                    r"supported|allied)\b|\b(backed|brokered|mediated|sponsored|supported)\s+by\s+(the\s+)?"
                    r"([A-Z][\w.'’]*(?: [A-Z][\w.]*)*)")


def audit_backed(A, src):
    cat = 'backed'
    A.notes[cat] = ('"X-backed / -brokered / -mediated / -aligned / -sponsored" compounds and "backed/brokered/'
                    'mediated by X" in the body: is X a mention of an actor, and which relationship code has an '
                    'evidence span containing the phrase (none = no relationship from it).')
    A.cols(cat, ['phrases', 'X actor', 'X not actor', 'rel none'] + ['rel %s' % c for c in
                                                                     ('02', '03', '04', '05', '06', '07', '08')] +
           ['rel other'])
    for batch, art, g, body in src:
        holders = mention_holders(g)
        evs = [(r, norm(r['evidence'] if isinstance(r.get('evidence', ''), str) else r['evidence'].get('text', '')))
               for r in g['relationships']]
        for m in BACKED.finditer(body):
            x = m.group(1) or m.group(5)
            phrase = m.group(0)
            A.add(cat, 'phrases', batch)
            ex = (art, phrase)
            isact = key(x) in holders or key(x.split()[0]) in holders
            A.add(cat, 'X actor' if isact else 'X not actor', batch, ex=ex)
            codes = {r['cameo'][:2] for r, e in evs if phrase in e}
            if not codes:
                A.add(cat, 'rel none', batch, ex=ex)
            for c in codes:
                A.add(cat, 'rel %s' % c if c in ('02', '03', '04', '05', '06', '07', '08') else 'rel other', batch,
                      ex=(art, '%s -> %s' % (phrase, c)))


EVIDENCE_KEYS = [('summon', r'summon'), ('expel', r'expel|persona non grata'), ('recall envoy', r'recall'),
                 ('ceasefire/truce', r'cease-?fire|truce'), ('sign/agreement', r'\bsign|agreement|deal\b|\bmou\b'),
                 ('sanction', r'sanction|tariff'), ('terror listing', r'designat|terrorist (group|organi)|re-?list'),
                 ('warn/threat', r'warn|threat|ultimatum'), ('accuse/blame', r'accus|blam'),
                 ('condemn/criticise', r'condemn|critici'), ('reject/deny', r'reject|den(y|ied|ies)|refus'),
                 ('call on/urge', r'call(ed|s)? (on|for)|urg'), ('demand/must', r'demand|must'),
                 ('mediate/broker', r'mediat|broker|facilitat'), ('host/visit', r'host|visit|receiv'),
                 ('invite/propose', r'invit|propos|offer'), ('airspace/drills', r'airspace|drill|incursion'),
                 ('arrest/detain', r'arrest|detain|custody'), ('concern', r'concern'),
                 ('support/back', r'support|back(ed|ing|s)?\b|ally|allies')]
CODES = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13', '14', '15', '16', '17', '18',
         '19', '20']


def audit_evidence(A, src):
    cat = 'evidence'
    A.notes[cat] = ('Codes given to relationships whose evidence contains a keyword (one relationship may hit '
                    'several keywords). Columns keyword:code; a keyword spread over several codes across batches '
                    'is a coding conflict (summons 11 vs 16, ceasefire 08 vs 03, signing 05 vs 03 ...).')
    for batch, art, g, body in src:
        for r in g['relationships']:
            e = r['evidence'] if isinstance(r.get('evidence', ''), str) else r['evidence'].get('text', '')
            for name, rx in EVIDENCE_KEYS:
                if re.search(rx, e, re.I):
                    A.add(cat, '%s:%s' % (name, r['cameo'][:2]), batch,
                          ex=(art, '%s -> %s %s: %s' % (r['from'], r['to'], r['cameo'], e[:60])))


def audit_unnamed(A, src):
    cat = 'unnamed'
    A.notes[cat] = ('Unnamed-speaker actors (name starting "unnamed", a lower-case name, or a generic head: '
                    'officials, sources, witnesses, residents, reports, spokesperson ...): how many, named '
                    '"unnamed X" or plainly, their claims; and bare "officials"/"sources"/"authorities" mentions '
                    '(no proper noun before them) held by a state vs an unnamed-speaker actor vs another actor; '
                    'body cues "officials/sources said" or "according to (the) officials/sources" with neither.')
    A.cols(cat, ['unnamed actors', 'named "unnamed X"', 'plain name', 'their claims', 'without claim',
                 'bare generic -> state', 'bare generic -> unnamed actor', 'bare generic -> other actor',
                 'cue, no actor'])
    for batch, art, g, body in src:
        speakers = collections.Counter(c['speaker'] for c in g['claims'])
        unnamed = set()
        for a in g['actors']:
            if a['kind'] in ('state', 'company', 'alliance') and not a['name'].lower().startswith('unnamed'):
                continue
            if is_unnamed(a):
                unnamed.add(a['name'])
                A.add(cat, 'unnamed actors', batch)
                A.add(cat, 'named "unnamed X"' if a['name'].lower().startswith('unnamed') else 'plain name', batch,
                      ex=(art, a['name']))
                A.add(cat, 'their claims', batch, speakers[a['name']])
                if not speakers[a['name']]:
                    A.add(cat, 'without claim', batch, ex=(art, a['name']))
        holders = mention_holders(g)
        seen = set()
        for m, hs in holders.items():
            if re.fullmatch(r'((a|an|some|two|three|four|several|senior|local|government|security|military|'
                            r'western|regional) )*(officials?|sources?|authorities)', m):
                for n, kind in hs:
                    seen.add(m)
                    col = ('bare generic -> unnamed actor' if n in unnamed else
                           'bare generic -> state' if kind == 'state' else 'bare generic -> other actor')
                    A.add(cat, col, batch, ex=(art, '"%s" -> %s' % (m, n)))
        for mm in re.finditer(r'(?<![A-Z]\w)(?<![A-Z]\w\w)\b([Oo]fficials|[Ss]ources|[Aa]uthorities)\s+(said|say|told)'
                              r'|according to (the )?(officials|sources|authorities)\b', body):
            w = key(mm.group(1) or mm.group(4))
            pre = body[max(0, mm.start() - 25):mm.start()]
            if re.search(r"[A-Z][\w.]*\s+$", pre) and not re.search(r'(^|\. )\s*$', pre):
                continue  # "Syrian officials said": a nationality or a name precedes
            if not any(w in k for k in holders):
                A.add(cat, 'cue, no actor', batch, ex=(art, body[max(0, mm.start() - 20):mm.end()]))


QUOTE = re.compile(r'"([^"]{1,80})"')


def audit_labels(A, src):
    cat = 'labels'
    A.notes[cat] = ('Short quotations (<= 6 words) in the body: entered as a claim of their own (with a speech '
                    'verb in the 60 characters before, or without one = a quoted label such as "called it '
                    '\'X\'" / "described as \'X\'"), only inside a longer claim, or not entered; direct claims of '
                    '<= 6 words and their direct flag. Unquoted "described/called/branded ... as Y" labels: a claim '
                    'starting at the cue or right after it, or none (batch 2: unquoted labels are no claims; batches 7 '
                    'and 8: "described as" is a claim).')
    A.cols(cat, ['short quotes', 'own claim, speech verb', 'own claim, no speech verb', 'inside a claim',
                 'not entered', 'not entered after label verb', 'short claim direct:false',
                 'unquoted "as"-label', 'its claim entered', 'no claim'])
    for batch, art, g, body in src:
        ctexts = [(key(c['text']), c) for c in g['claims']]
        for m in QUOTE.finditer(body):
            q = m.group(1)
            n = len(tokens(q))
            if n == 0 or n > 6 or q != q.strip() or q[:1] in ',.;' or not re.search(r'\w', q[-2:]):
                continue  # mis-paired marks (a closing mark taken for an opening one)
            if n <= 3 and all(w[:1].isupper() for w in q.split()):
                continue  # a quoted name or nickname ("El Chapo", "Los Mayos"), not a label
            A.add(cat, 'short quotes', batch)
            kq = key(q)
            before = body[max(0, m.start() - 60):m.start()]
            ex = (art, '%s "%s"' % (before[-35:], q))
            own = [c for k, c in ctexts if k == kq]
            if own:
                verb = SPEECH.search(before)
                A.add(cat, 'own claim, speech verb' if verb else 'own claim, no speech verb', batch, ex=ex)
                if not own[0]['direct']:
                    A.add(cat, 'short claim direct:false', batch, ex=ex)
            elif any(kq and kq in k for k, _ in ctexts):
                A.add(cat, 'inside a claim', batch)
            else:
                A.add(cat, 'not entered', batch, ex=ex)
                if LABEL_VERB.search(before):
                    A.add(cat, 'not entered after label verb', batch, ex=ex)
        starts = [(find(body, c['text']), c) for c in g['claims']]
        for m in re.finditer(r'\b(described|describing|describes|calling|called|branded|branding|labell?ed|'
                             r'labell?ing|termed|terming|dismissed|slamming|condemned|denounced)\b([^.;"]{1,60}?)\s'
                             r'as\s+(?!(?:an?|the)\s+")(?!")\w', body):
            A.add(cat, 'unquoted "as"-label', batch)
            ex = (art, body[m.start():m.end() + 30])
            if any(i >= 0 and m.start() - 5 <= i <= m.end() + 5 for i, c in starts):
                A.add(cat, 'its claim entered', batch, ex=ex)
            else:
                A.add(cat, 'no claim', batch, ex=ex)

# --------------------------------------------------------------------------------------------- output

ALL = ['capitals', 'countries', 'holders', 'nested', 'spokes', 'accused', 'symmetric', 'backed', 'evidence',
       'unnamed', 'labels']


def print_table(A, cat, batches, out):
    t = A.tables.get(cat, {})
    cols = [c for c, cnt in t.items() if sum(cnt.values()) or cat not in ('holders', 'evidence')]
    if cat == 'evidence':
        cols.sort(key=lambda c: ([k for k, _ in EVIDENCE_KEYS].index(c.split(':')[0]), c))
    if cat in ('holders', 'evidence'):  # wide: one block per keyword
        groups = collections.OrderedDict()
        for c in cols:
            groups.setdefault(c.split(':')[0], []).append(c)
        blocks = list(groups.values())
    else:
        blocks = [cols[i:i + 9] for i in range(0, len(cols), 9)] or [[]]
    out.write('\n## %s\n%s\n' % (cat, A.notes.get(cat, '')))
    for block in blocks:
        heads = [c.split(':', 1)[1] if cat in ('holders', 'evidence') else c for c in block]
        if cat in ('holders', 'evidence'):
            out.write('\n[%s]\n' % block[0].split(':')[0])
        w = [max(len(h), 5) for h in heads]
        out.write('%-8s %6s  ' % ('batch', 'files') + '  '.join('%*s' % (w[i], h) for i, h in enumerate(heads)) + '\n')
        total = collections.Counter()
        for b, nfiles in batches:
            row = [t[c][b] for c in block]
            total.update({c: t[c][b] for c in block})
            out.write('%-8s %6d  ' % (b, nfiles) + '  '.join('%*d' % (w[i], v) for i, v in enumerate(row)) + '\n')
        out.write('%-8s %6d  ' % ('all', sum(n for _, n in batches)) +
                  '  '.join('%*d' % (w[i], total[c]) for i, c in enumerate(block)) + '\n')
        for c in block:
            ex = A.examples.get((cat, c))
            if ex:
                out.write('  e.g. %s: %s\n' % (c, ' | '.join(ex)))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument('--shared', default=default_shared(),
                    help='the evaluation kit holding gold/seed.json (default: ../shared/eval next to the repository,\n'
                         'or next to the directory holding the worktree)')
    ap.add_argument('--only', default=','.join(ALL), help='comma-separated categories: ' + ', '.join(ALL))
    ap.add_argument('--examples', type=int, default=0, help='print up to N examples per table cell')
    ap.add_argument('--json', help='also write the counts (and examples) to this file')
    args = ap.parse_args()
    only = [c.strip() for c in args.only.split(',') if c.strip()]
    bad = [c for c in only if c not in ALL]
    if bad:
        sys.exit('unknown category: %s (known: %s)' % (', '.join(bad), ', '.join(ALL)))
    src = load_sources(args.shared)
    capitals, countries = load_places()
    order = ['seed', 'own'] + blind_batches()
    nfiles = collections.Counter(b for b, *_ in src)
    batches = [(b, nfiles[b]) for b in order if nfiles[b]]
    A = Audit(args.examples)
    fns = {'capitals': lambda: audit_capitals(A, src, capitals, countries),
           'countries': lambda: audit_countries(A, src, capitals, countries),
           'holders': lambda: audit_holders(A, src), 'nested': lambda: audit_nested(A, src),
           'spokes': lambda: audit_spokes(A, src), 'accused': lambda: audit_accused(A, src),
           'symmetric': lambda: audit_symmetric(A, src), 'backed': lambda: audit_backed(A, src),
           'evidence': lambda: audit_evidence(A, src), 'unnamed': lambda: audit_unnamed(A, src),
           'labels': lambda: audit_labels(A, src)}
    out = sys.stdout
    sizes = collections.Counter()
    for b, art, g, body in src:
        sizes['actors'] += len(g['actors'])
        sizes['locations'] += len(g['locations'])
        sizes['claims'] += len(g['claims'])
        sizes['relationships'] += len(g['relationships'])
        sizes['no article text'] += 0 if body else 1
    out.write('# gold audit: %d gold files in %d batches (%s); %s\n' % (
        len(src), len(batches), ', '.join('%s %d' % bn for bn in batches),
        ', '.join('%s %d' % kv for kv in sizes.items())))
    for c in only:
        fns[c]()
        print_table(A, c, batches, out)
    if args.json:
        with open(args.json, 'w', encoding='utf-8') as f:
            json.dump({'batches': dict(batches), 'notes': A.notes,
                       'tables': {c: {col: dict(cnt) for col, cnt in t.items()} for c, t in A.tables.items()},
                       'examples': {'%s/%s' % k: v for k, v in A.examples.items()}}, f, indent=1,
                      ensure_ascii=False)


if __name__ == '__main__':
    main()

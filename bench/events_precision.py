"""Events precision on real news, judged by hand: with and without the relevance layer.

    .venv/bin/python bench/events_precision.py dump  [--seed S] [--per-source K] [--sources A,B] [--hide-layer] [--repair] [--hide JKLN]
    .venv/bin/python bench/events_precision.py score [same sample options] --judged bench/judgments/FILE.tsv
    .venv/bin/python bench/events_precision.py all [--features] [--skip JKL] [--list-wrong] [--pool ABCDEFGHIM,JKL]

Draws a seeded sample of short articles (at most ``--max-words``) from every source of
``../shared/data/news/`` or from ``--sources``: ``K`` per source, and ``K`` per BBC section
(business, entertainment, politics, sport, tech).  Codes them with the whole pipeline with the
relevance layer switched OFF, then asks the layer (``events.relevance``) about every event: kept,
kept with lower confidence, or dropped.  ``dump`` prints every event (key, type, trigger, actor,
recipient, sentence and, unless ``--hide-layer``, its confidence, reason and the layer's decision) for
judging, leaving out unread the articles a score-only sample of ``--hide`` (default J, K, L, N) also drew, unless
the dump is that sample's own; ``score`` reads the hand verdicts (``key<TAB>verdict[<TAB>cause]``: ``y`` = the sentence reports this event, its type is
acceptable, its actor is the right party and it is a PLOVER event; ``n`` otherwise) and prints
precision before (all events) and after (the events the layer keeps), both also over the events
with confidence >= 0.5, the right events the layer dropped and, when the file names them (third
column), the causes of the wrong events.  A verdict file holds keys and verdicts only (no article
text: the sources' licences keep the text in ``../shared/``).  ``all`` scores every judged sample
of :data:`SAMPLES` in one process and sums them; ``--features`` adds, for the events the layer keeps,
right/wrong counts by feature of the event (type, each part of its ``reason``, confidence band) - which
features predict wrong events.

Causes (third column, the first stage that fails): ``clean`` (non-article text), ``trigger`` (not an
event at all: a word sense, a question, generic, figurative or fictional use), ``actor`` (a
non-political or wrong party: firms, sport bodies, an entertainer), ``type``, ``roles`` (the victim,
the accused, a place or the event noun as actor), ``other``.

``--repair`` applies ingest's mojibake repair (``dateline.ingest.encoding.repair``, what ``dateline
ingest`` does to every record) before coding, as in production; it is off by default because it moves
the offsets in the keys of the samples judged without it (about 8% of the corpus carries mojibake).

The judged samples (docs/events.md, "Relevance"; :data:`SAMPLES`): ``--seed 20261129``; ``--seed
20261130 --per-source 3 --sources bbc_greene2006,reuters21578``; ``--seed 20261131``; held out, judged
blind: ``--seed 20261203``, ``--seed 20261204 --repair``, ``--seed 20261205 --repair``, ``--seed 20261206
--repair`` (drawn after the confidence doubts of the relevance layer were first written, to test them),
``--seed 20261207 --repair`` (drawn after all of them but one), ``--seed 20261208 --repair`` (drawn after all),
``--seed 20261209 --repair`` (J: drawn and judged blind before the word-sense and non-party round; no rule read from it),
``--seed 20261210 --repair`` (K: drawn and judged blind on the start of session 8, 717e938; no rule read from it),
``--seed 20261214 --repair`` (L: drawn and judged blind on the start of session 9, fc59433; no rule read from it),
``--seed 20261219 --repair`` (M: drawn and judged blind on the start of session 10, 10098d9, before its layer output was
seen; design data of session 10 after that),
``--seed 20261230 --repair`` (N: drawn and judged blind on the start of session 11, ac6fb40, before its layer output was
seen; score only),
``--seed 20261250 --repair`` (O: drawn and judged blind on the start of session 12, bc78e84, before its layer output or any
confidence was seen; one article shared with N, tempeval3_tbaq:te3-wsj_0184.tml, has no verdicts; design data of session 12
after that),
``--seed 20261260 --repair`` (P: drawn and judged blind on the start of session 13, 3afbf54, before its layer output or any
confidence was seen; one article shared with C and D has no verdicts; design data of session 13 after its held-out figure),
``--seed 20261400 --repair`` (Q: drawn and judged blind on the start of session 14, 4fa049d, before its layer output or any
confidence was seen; four articles shared with H, P and J have no verdicts; design data of session 14 after its held-out figure),
``--seed 20261500 --repair`` (R: drawn and judged blind on the start of session 15, f85d43e, before its layer output or any
confidence was seen; one article shared with J has no verdicts; design data of session 15 after its held-out figure),
``--seed 20261600 --repair`` (S: drawn and judged blind on the start of session 16, 17d0ff4, before its layer output or any
confidence was seen; none shared with J, K, L, N; one article shared with H has no verdicts; design data of session 16 after its
held-out figure),
``--seed 20261700 --repair`` (T: drawn and judged blind on the start of session 17, a1708fc, before its layer output or any
confidence was seen; none shared with J, K, L, N; three articles shared with G, O and P have no verdicts; design data of session 17
after its held-out figure),
``--seed 20261800 --repair`` (U: drawn and judged blind on the start of session 18, 504475c, before its layer output or any
confidence was seen; none shared with J, K, L, N; two articles shared with I and M have no verdicts; design data of session 18
after its held-out figure),
``--seed 20261900 --repair`` (V: drawn and judged blind on the start of session 19, a8bc2d4, before its layer output or any
confidence was seen; one article shared with L was dropped unread; two articles shared with G and T have no verdicts; design data of
session 19 after its held-out figure),
``--seed 20262000 --repair`` (W: drawn and judged blind on the start of session 20, 03d431e, before its layer output or any
confidence was seen; one article shared with K was dropped unread; two articles shared with G and M are judged; design data of
session 20 after its held-out figure),
``--seed 20262100 --repair`` (X: drawn and judged blind on the start of session 21, 758ac8c, before its layer output or any
confidence was seen; two articles shared with K and L were dropped unread; three articles shared with A, M and S are judged; design
data of session 21 after its held-out figure),
``--seed 20262200 --repair`` (Y: drawn and judged blind on the start of session 22, ff05f25, before its layer output or any
confidence was seen; none shared with J, K, L, N; four articles shared with A, F, G and I are judged; design data of session 22
after its blind figure),
``--seed 20262300 --repair`` (Z: drawn and judged blind on the start of session 23, 59a0b6c, before its layer output or any
confidence was seen; one article shared with L was dropped unread; four articles shared with D, M, U and W are judged; design data of
session 23 after its blind figure),
``--seed 20262400 --repair`` (a: drawn and judged blind on the start of session 24, 3575ec6, before its layer output or any
confidence was seen; none shared with J, K, L, N; five articles shared with A, R and V are judged; design data of session 24 after
its blind figure),
``--seed 20262500 --repair`` (b: drawn and judged blind on the start of session 25, 52671b9, before its layer output or any
confidence was seen; three articles shared with L and N were dropped unread; two articles shared with C and X are judged; design data
of session 25 after its blind figure),
``--seed 20262600 --repair`` (c: drawn and judged blind on the start of session 26, d206222, before its layer output or any
confidence was seen; none shared with J, K, L, N; three articles shared with M, V (and a) and Z are judged; design data of session 26
after its blind figure),
``--seed 20262700 --repair`` (d: drawn and judged blind on the start of session 27, 5c81041, before its layer output or any
confidence was seen; one article shared with J, K, L, N was dropped unread; two articles shared with T and Y are judged; design data of
session 27 after its blind figure),
``--seed 20262800 --repair`` (e: drawn and judged blind on the start of session 28, 2a94a55, before its layer output or any
confidence was seen; two articles shared with J, K, L, N were dropped unread; five articles shared with B, C, F, G and c are judged;
design data of session 28 after its blind figure),
``--seed 20262900 --repair`` (f: drawn and judged blind on the start of session 29, a4e65f9, before its layer output or any
confidence was seen; one article shared with J, K, L, N was dropped unread; the TimeML articles (TempEval-3, MEANTIME) are left
unjudged; two articles shared with B and M are judged; design data of session 29 after its blind figure),
``--seed 20263000 --repair --sources`` :data:`NON_TIMEML` (g: drawn and judged blind on the start of session 30, 17ff084, before its
layer output or any confidence was seen; the TimeML sources (TempEval-3 TBAQ with TimeBank, MEANTIME) are left out of the draw itself,
which leaves the other sources' articles as the unfiltered draw has them; one article shared with J, K, L, N was dropped unread; two
articles shared with X and Z are judged; design data of session 30 after its blind figure),
``--seed 20263100 --repair --sources`` :data:`NON_TIMEML` (h: drawn and judged blind on the start of session 31, babfe65, before its
layer output or any confidence was seen; the TimeML sources left out of the draw as for g; none shared with J, K, L, N; four articles
shared with D, I, M and W are judged; design data of session 31 after its blind figure),
``--seed 20263200 --repair --sources`` :data:`NON_TIMEML` (i: drawn and judged blind on the start of session 32, 6213b7d, before its
layer output or any confidence was seen; the TimeML sources left out of the draw as for g; none shared with J, K, L, N; five articles
shared with A, C, U, W and Z are judged; design data of session 32 after its blind figure),
``--seed 20263300 --repair --sources`` :data:`NON_TIMEML` (j: drawn and judged blind on the start of session 33, 5db6a8e, before its
layer output or any confidence was seen; the TimeML sources left out of the draw as for g; none shared with J, K, L, N, and none shared
with any other judged sample; design data of session 33 after its blind figure),
``--seed 20263400 --repair --sources`` :data:`NON_TIMEML` (m: drawn and judged blind on the start of session 34, 272e58a, before its
layer output or any confidence was seen; the TimeML sources left out of the draw as for g; none shared with J, K, L, N; two articles
shared with I and b are judged; the letters k, l and n are skipped as names, being easily confused with K, L and N; design data of
session 34 after its blind figure),
``--seed 20263500 --repair --sources`` :data:`NON_TIMEML` (o, lower case, not the design sample O: drawn and judged blind on the start
of session 35, 417757d, before its layer output or any confidence was seen; the TimeML sources left out of the draw as for g; none shared
with J, K, L, N; two articles shared with I and Y are judged; design data of session 35 after its blind figure),
``--seed 20263600 --repair --sources`` :data:`NON_TIMEML` (p, lower case, not the design sample P: drawn and judged blind on the start
of session 36, 7acb2a7, before its layer output or any confidence was seen; the TimeML sources left out of the draw as for g; none shared
with J, K, L, N; one article shared with d is judged; design data of session 36 after its blind figure),
``--seed 20263700 --repair --sources`` :data:`NON_TIMEML` (q, lower case, not the design sample Q: drawn and judged blind on the start
of session 37, f7ed69e, before its layer output or any confidence was seen; the TimeML sources left out of the draw as for g; none shared
with J, K, L, N; six articles shared with I, S, V, Y, d and h are judged; design data of session 37 after its blind figure),
``--seed 20263800 --repair --sources`` :data:`NON_TIMEML` (r, lower case, not the design sample R: drawn and judged blind on the start
of session 38, 1adb2d0, before its layer output or any confidence was seen; the TimeML sources left out of the draw as for g; none shared
with J, K, L, N; two articles shared with O and Y are judged; design data of session 38 after its blind figure),
``--seed 20263900 --repair --sources`` :data:`NON_TIMEML` (s, lower case, not the design sample S: drawn and judged blind on the start
of session 39, 652ab06, before its layer output or any confidence was seen; the TimeML sources left out of the draw as for g; none shared
with J, K, L, N; three articles shared with H, T and o are judged; design data of session 39 after its blind figure),
``--seed 20264000 --repair --sources`` :data:`NON_TIMEML` (t, lower case, not the design sample T: drawn and judged blind on the start
of session 40, 309a609, before its layer output or any confidence was seen; the TimeML sources left out of the draw as for g; none shared
with J, K, L, N; four articles shared with E, Y, a and i are judged; design data of session 40 after its blind figure),
``--seed 20264100 --repair --sources`` :data:`NON_TIMEML` (u, lower case, not the design sample U: drawn and judged blind on the start
of session 41, 2eec75f (code of 2a9ed17), before its layer output or any confidence was seen; the TimeML sources left out of the draw as
for g; none shared with J, K, L, N; one article shared with t is judged; design data of session 41 after its blind figure),
``--seed 20264200 --repair --sources`` :data:`NON_TIMEML` (v, lower case, not the design sample V: drawn and judged blind on the start
of session 42, c5e9bdc, before its layer output or any confidence was seen; the TimeML sources left out of the draw as for g; none shared
with J, K, L, N; one article shared with q is judged; design data of session 42 after its blind figure),
``--seed 20264300 --repair --sources`` :data:`NON_TIMEML` (w, lower case, not the design sample W: drawn and judged blind on the start
of session 43, c4426ff, before its layer output or any confidence was seen; the TimeML sources left out of the draw as for g; none shared
with J, K, L, N; six articles shared with B, M, S, o and q are judged; design data of session 43 after its blind figure),
``--seed 20264400 --repair --sources`` :data:`NON_TIMEML` (x, lower case, not the design sample X: drawn and judged blind on the start
of session 44, 8c2bd02, before its layer output or any confidence was seen; the TimeML sources left out of the draw as for g; none shared
with J, K, L, N; four articles shared with R, U, Y, c and r are judged; design data of session 44 after its blind figure),
``--seed 20264500 --repair --sources`` :data:`NON_TIMEML` (y, lower case, not the design sample Y: drawn and judged blind on the start
of session 45, e6ebc36, before its layer output or any confidence was seen; the TimeML sources left out of the draw as for g; none shared
with J, K, L, N; four articles shared with C, e, u and w are judged; design data of session 45 after its
blind figure),
``--seed 20264600 --repair --sources`` :data:`NON_TIMEML` (z, lower case, not the design sample Z: drawn and judged blind on the start
of session 46, 239e062, before its layer output or any confidence was seen; the TimeML sources left out of the draw as for g; none shared
with J, K, L, N; three articles shared with U, V and q are judged; design data of session 46 after its blind figure),
``--seed 20264700 --repair --sources`` :data:`NON_TIMEML` (0, a digit: drawn and judged blind on the start of session 47, 5af6d4b,
before its layer output or any confidence was seen; the TimeML sources left out of the draw as for g; none shared with J, K, L, N;
five articles shared with E, H, W, f, h and q are judged; design data of session 47 after its blind figure),
``--seed 20264800 --repair --sources`` :data:`NON_TIMEML` (1, a digit: drawn and judged blind on the start of session 48, e185295,
before its layer output or any confidence was seen; the TimeML sources left out of the draw as for g; none shared with J, K, L, N;
two articles shared with B and M are judged; design data of session 48 after its blind figure),
``--seed 20264900 --repair --sources`` :data:`NON_TIMEML` (2, a digit: drawn and judged blind on the start of session 49, 8a4ecd1,
before its layer output or any confidence was seen; the TimeML sources left out of the draw as for g; none shared with J, K, L, N;
four articles shared with V, g, m and 0 are judged; design data of session 49 after its blind figure),
``--seed 20265000 --repair --sources`` :data:`NON_TIMEML` (3, a digit: drawn and judged blind on the start of session 50, a2c4e6f,
before its layer output or any confidence was seen; the TimeML sources left out of the draw as for g; none shared with J, K, L, N;
two articles shared with V, a, t and u are judged; design data of session 50 after its
blind figure),
``--seed 20265100 --repair --sources`` :data:`NON_TIMEML` (4, a digit: drawn and judged blind on the start of session 51, 05438da,
before its layer output or any confidence was seen; the TimeML sources left out of the draw as for g; one article shared with J, K, L, N
left out unread; three articles shared with C, b, e, s and y are judged; design data of session 51 after its blind figure),
``--seed 20265200 --repair --sources`` :data:`NON_TIMEML` (5, a digit: drawn and judged blind on the start of session 52, e863861,
before its layer output or any confidence was seen; the TimeML sources left out of the draw as for g; none shared with J, K, L, N;
three articles shared with P, a and u are judged; design data of session 52 after its blind figure),
``--seed 20265300 --repair --sources`` :data:`NON_TIMEML` (6, a digit: drawn and judged blind on the start of session 53, 2117c45,
before its layer output or any confidence was seen; the TimeML sources left out of the draw as for g; none shared with J, K, L, N;
five articles shared with A, D, V, Z, p and z are judged; design data of session 53 after its blind figure),
``--seed 20265400 --repair --sources`` :data:`NON_TIMEML` (7, a digit: drawn and judged blind on the start of session 54, 3c8b1e5,
before its layer output or any confidence was seen; the TimeML sources left out of the draw as for g; one article shared with J, K, L, N
left out unread; five articles shared with O, Q, T, x and 6 are judged; design data of session 54 after its blind figure),
``--seed 20265500 --repair --sources`` :data:`NON_TIMEML` (8, a digit: drawn and judged blind on the start of session 55, 4d6ec43,
before its layer output or any confidence was seen; the TimeML sources left out of the draw as for g; two articles shared with J, K, L,
N left out unread; five articles shared with C, O, Z, a, b, t and y are judged; design data of session 55 after its blind figure),
``--seed 20265600 --repair --sources`` :data:`NON_TIMEML` (9, a digit: drawn and judged blind on the start of session 56, a8d22dd,
before its layer output or any confidence was seen; the TimeML sources left out of the draw as for g; none shared with J, K, L, N;
five articles shared with R, a, e, f and 2 are judged; design data of session 56 after its blind figure),
``--seed 20265700 --repair --sources`` :data:`NON_TIMEML` (α, Greek alpha: drawn and judged blind on the start of session 57, 65c4f649,
before its layer output or any confidence was seen; the TimeML sources left out of the draw as for g; one article shared with J, K, L, N
left out unread; five articles shared with d, g, h, x and 5 are judged; design data of session 57 after its blind figure),
``--seed 20265800 --repair --sources`` :data:`NON_TIMEML` (β, Greek beta: drawn and judged blind on the start of session 58, 41fbddc0,
before its layer output or any confidence was seen; the TimeML sources left out of the draw as for g; none shared with J, K, L, N;
five articles shared with D, P, V, Z, o and 6 are judged; design data of session 58 after its blind figure),
``--seed 20265900 --repair --sources`` :data:`NON_TIMEML` (γ, Greek gamma: drawn and judged blind on the start of session 59, 79f57341,
before its layer output or any confidence was seen; the TimeML sources left out of the draw as for g; two articles shared with J, K, L, N
left out unread; four articles shared with I, Z and j are judged; design data of session 59 after its blind figure).

Sample names: the letters A-Z were all taken by session 23, so later samples take lower-case letters ("a", then "b", "c", ...).
``--skip``, ``--hide`` and ``--pool`` match a sample by the first character of its name, case-sensitively: ``--skip a``
leaves out sample a only, ``--skip A`` sample A only, and a pool is a string of such characters (e.g. the pool string
``ABCDEFGHI,M,O,P,Q,R,S,T,U,V,W,X,Y,Z,a,b,c,d,e,f,g,h,i,j,m,o,p,q,r,s,t,u,v,w,x,y,z,0,1,2,3,4,5,6,7,8,9,α,β,γ,JKL,N``).  With z (session 46) the
lower-case letters are all taken too: a later sample takes a digit ("0", then "1", ...), which no name so far begins with; with 9
(session 56) the digits are all taken: a later sample takes a Greek lower-case letter ("α", then "β", ...; the pool string takes them
as it takes any other character).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from news_sample import sample_articles, words  # noqa: E402

SEED = 20261129
JUDGED = Path(__file__).resolve().parent / "judgments"
# every source of ../shared/data/news but the TimeML corpora (tempeval3_tbaq holds TimeBank and AQUAINT; meantime_en): their
# odd files are score-only for the time stage, so fresh samples from g on leave them out of the draw (--sources this list)
NON_TIMEML = ("bbc_greene2006,entities_tls_subset,india_police_events,insightcrime_conflibert,muc4,reuters21578,"
              "satp_conflibert,semeval2018t5_gva,timeline17,wikinews")
# (name, verdict file, seed, per source, sources, repair): every judged sample, oldest first
SAMPLES = (
    ("A", "events_precision_20261129.tsv", 20261129, 2, None, False),
    ("B", "events_precision_20261130_bbc_reuters.tsv", 20261130, 3, "bbc_greene2006,reuters21578", False),
    ("C", "events_precision_20261131.tsv", 20261131, 2, None, False),
    ("D held out", "events_precision_20261203_heldout.tsv", 20261203, 2, None, False),
    ("E held out", "events_precision_20261204_heldout.tsv", 20261204, 2, None, True),
    ("F held out", "events_precision_20261205_heldout.tsv", 20261205, 2, None, True),
    ("G held out", "events_precision_20261206_heldout.tsv", 20261206, 2, None, True),
    ("H held out", "events_precision_20261207_heldout.tsv", 20261207, 2, None, True),
    ("I held out", "events_precision_20261208_heldout.tsv", 20261208, 2, None, True),
    ("J held out", "events_precision_20261209_heldout.tsv", 20261209, 2, None, True),
    ("K held out", "events_precision_20261210_heldout.tsv", 20261210, 2, None, True),
    ("L held out", "events_precision_20261214_heldout.tsv", 20261214, 2, None, True),
    ("M held out", "events_precision_20261219_heldout.tsv", 20261219, 2, None, True),
    ("N held out", "events_precision_20261230_heldout.tsv", 20261230, 2, None, True),
    ("O", "events_precision_20261250.tsv", 20261250, 2, None, True),
    ("P", "events_precision_20261260.tsv", 20261260, 2, None, True),
    ("Q", "events_precision_20261400.tsv", 20261400, 2, None, True),
    ("R", "events_precision_20261500.tsv", 20261500, 2, None, True),
    ("S", "events_precision_20261600.tsv", 20261600, 2, None, True),
    ("T", "events_precision_20261700.tsv", 20261700, 2, None, True),
    ("U", "events_precision_20261800.tsv", 20261800, 2, None, True),
    ("V", "events_precision_20261900.tsv", 20261900, 2, None, True),
    ("W", "events_precision_20262000.tsv", 20262000, 2, None, True),
    ("X", "events_precision_20262100.tsv", 20262100, 2, None, True),
    ("Y", "events_precision_20262200.tsv", 20262200, 2, None, True),
    ("Z", "events_precision_20262300.tsv", 20262300, 2, None, True),
    ("a", "events_precision_20262400.tsv", 20262400, 2, None, True),  # lower case: A-Z were taken (module docstring)
    ("b", "events_precision_20262500.tsv", 20262500, 2, None, True),
    ("c", "events_precision_20262600.tsv", 20262600, 2, None, True),
    ("d", "events_precision_20262700.tsv", 20262700, 2, None, True),
    ("e", "events_precision_20262800.tsv", 20262800, 2, None, True),
    ("f", "events_precision_20262900.tsv", 20262900, 2, None, True),
    ("g", "events_precision_20263000.tsv", 20263000, 2, NON_TIMEML, True),
    ("h", "events_precision_20263100.tsv", 20263100, 2, NON_TIMEML, True),
    ("i", "events_precision_20263200.tsv", 20263200, 2, NON_TIMEML, True),
    ("j", "events_precision_20263300.tsv", 20263300, 2, NON_TIMEML, True),
    ("m", "events_precision_20263400.tsv", 20263400, 2, NON_TIMEML, True),
    ("o", "events_precision_20263500.tsv", 20263500, 2, NON_TIMEML, True),  # lower-case o: the design sample O is another
    ("p", "events_precision_20263600.tsv", 20263600, 2, NON_TIMEML, True),  # lower-case p: the design sample P is another
    ("q", "events_precision_20263700.tsv", 20263700, 2, NON_TIMEML, True),  # lower-case q: the design sample Q is another
    ("r", "events_precision_20263800.tsv", 20263800, 2, NON_TIMEML, True),  # lower-case r: the design sample R is another
    ("s", "events_precision_20263900.tsv", 20263900, 2, NON_TIMEML, True),  # lower-case s: the design sample S is another
    ("t", "events_precision_20264000.tsv", 20264000, 2, NON_TIMEML, True),  # lower-case t: the design sample T is another
    ("u", "events_precision_20264100.tsv", 20264100, 2, NON_TIMEML, True),  # lower-case u: the design sample U is another
    ("v", "events_precision_20264200.tsv", 20264200, 2, NON_TIMEML, True),  # lower-case v: the design sample V is another
    ("w", "events_precision_20264300.tsv", 20264300, 2, NON_TIMEML, True),  # lower-case w: the design sample W is another
    ("x", "events_precision_20264400.tsv", 20264400, 2, NON_TIMEML, True),  # lower-case x: the design sample X is another
    ("y", "events_precision_20264500.tsv", 20264500, 2, NON_TIMEML, True),  # lower-case y: the design sample Y is another
    ("z", "events_precision_20264600.tsv", 20264600, 2, NON_TIMEML, True),  # lower-case z: the design sample Z is another
    ("0", "events_precision_20264700.tsv", 20264700, 2, NON_TIMEML, True),  # a digit: the letters are all taken
    ("1", "events_precision_20264800.tsv", 20264800, 2, NON_TIMEML, True),
    ("2", "events_precision_20264900.tsv", 20264900, 2, NON_TIMEML, True),
    ("3", "events_precision_20265000.tsv", 20265000, 2, NON_TIMEML, True),
    ("4", "events_precision_20265100.tsv", 20265100, 2, NON_TIMEML, True),
    ("5", "events_precision_20265200.tsv", 20265200, 2, NON_TIMEML, True),
    ("6", "events_precision_20265300.tsv", 20265300, 2, NON_TIMEML, True),
    ("7", "events_precision_20265400.tsv", 20265400, 2, NON_TIMEML, True),
    ("8", "events_precision_20265500.tsv", 20265500, 2, NON_TIMEML, True),
    ("9", "events_precision_20265600.tsv", 20265600, 2, NON_TIMEML, True),
    ("α", "events_precision_20265700.tsv", 20265700, 2, NON_TIMEML, True),
    ("β", "events_precision_20265800.tsv", 20265800, 2, NON_TIMEML, True),
    ("γ", "events_precision_20265900.tsv", 20265900, 2, NON_TIMEML, True),
)
CONFIDENT = 0.5


def pick(seed: int, per_source: int, max_words: int, sources: set[str] | None = None,
         repair: bool = False) -> list[dict]:
    """``per_source`` short dated-or-undated articles from each source (or from ``sources`` only), in
    the seeded order; with ``repair``, their text as ingest repairs it."""
    pool = sample_articles(per_source * 12 * 20, seed=seed)
    if sources:
        pool = [a for a in pool if a["source"] in sources]
    taken: dict[str, int] = {}
    out = []
    for a in pool:
        group = a["source"]
        if group == "bbc_greene2006":  # BBC by section: business, entertainment, politics, sport, tech
            group += ":" + a["id"].split("-")[1]
        if not a.get("text") or words(a["text"]) > max_words or taken.get(group, 0) >= per_source:
            continue
        taken[group] = taken.get(group, 0) + 1
        out.append(a)
    if repair:
        from dateline.ingest.encoding import repair as fix

        out = [dict(a, text=fix(a["text"])) for a in out]
    return out


def drawn(seed: int, per_source: int, sources: str | None, repair: bool) -> list[dict]:
    """The articles a row of :data:`SAMPLES` drew (its seed, per source, comma-separated sources, repair)."""
    return pick(seed, per_source, 450, set(sources.split(",")) if sources else None, repair=repair)


_pipe = None


def coded(articles: list[dict]):
    """(article, result coded without the layer, the layer's decisions on its events, its context)."""
    global _pipe
    from dateline.events import relevance
    from dateline.model import Article
    from dateline.nlp import pipe_chunked
    from dateline.pipeline import Pipeline

    relevance.ENABLED = False
    if _pipe is None:
        _pipe = Pipeline()
    for a in articles:
        art = Article(id=a["id"], text=a["text"], date=a.get("date"), title=a.get("title"), source=a["source"])
        # as Pipeline.process parses (pipe_chunked: text in capitals through a case-restored copy)
        doc = next(pipe_chunked(_pipe.nlp, [a["text"]]))
        result = _pipe._analyse(art, doc)
        ctx = relevance.context_of(doc, result.mentions)
        decisions = [relevance.judge(e, ctx) for e in result.events]
        yield a, result, decisions, ctx


def key(e) -> str:
    return f"{e.id.rsplit(':e', 1)[0]}@{e.trigger.start}:{e.type}"


def party(ps) -> str:
    return " + ".join(f"{p.text}[{p.country or '-'}/{p.sector or '-'}]" for p in ps) or "-"


def read_verdicts(path: Path) -> dict[str, tuple[str, str]]:
    """key -> (verdict, cause) of a judgment file."""
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#") and not line.startswith("key\t"):
            cols = line.split("\t")
            out[cols[0]] = (cols[1].strip(), cols[2].strip() if len(cols) > 2 else "")
    return out


def features(e, emitted) -> list[str]:
    """What the event is coded from: its type, every part of its reason, its confidence band."""
    conf = emitted.confidence
    band = "conf>=0.9" if conf >= 0.9 else "conf>=0.7" if conf >= 0.7 else "conf>=0.5" if conf >= 0.5 else "conf<0.5"
    return [f"type:{e.type}", band, *sorted(set(emitted.reason.split("+")))]


def score(articles: list[dict], verdicts: dict[str, tuple[str, str]], tally: Counter | None = None,
          listing: list | None = None) -> dict:
    """Precision counts of one judged sample; ``tally`` collects (feature, right) of the kept events,
    ``listing`` the kept events at confidence >= 0.5 judged wrong (for reading, design samples only)."""
    from dateline.events import relevance

    stats = {"before": [0, 0], "after": [0, 0], "lowered": [0, 0], "before >= 0.5": [0, 0],
             "after >= 0.5": [0, 0], "dropped_right": [], "unjudged": [],
             "causes": {"before": Counter(), "after": Counter(), "after >= 0.5": Counter()}, "ranked": []}
    for _a, result, decisions, _ctx in coded(articles):
        for e, d in zip(result.events, decisions):
            if listing is not None and key(e) in verdicts and verdicts[key(e)][0] != "y":
                emitted = relevance.applied(e, d)
                if emitted is not None and emitted.confidence >= CONFIDENT:
                    sent = result.text[e.sentence.start:e.sentence.end].replace("\n", " ")
                    listing.append(f"{key(e)}\t{verdicts[key(e)][1]}\t{e.type}  trig={e.trigger.text!r}  "
                                   f"A={party(e.actor)}  R={party(e.recipient)}  conf={emitted.confidence}  "
                                   f"{emitted.reason}\n    | {sent[:300]}")
            k = key(e)
            if k not in verdicts:
                stats["unjudged"].append(k)
                continue
            v, cause = verdicts[k]
            right = v == "y"
            groups = ["before"]
            if e.confidence >= CONFIDENT:
                groups.append("before >= 0.5")
            emitted = relevance.applied(e, d)
            if emitted is not None:
                stats["ranked"].append((emitted.confidence, right))
                groups.append("after")
                if emitted.confidence >= CONFIDENT:
                    groups.append("after >= 0.5")
                if d.factor < 1:
                    groups.append("lowered")
                if tally is not None:
                    for f in features(e, emitted):
                        tally[f, right] += 1
            elif right:
                stats["dropped_right"].append(k)
            for g in groups:
                stats[g][0] += right
                stats[g][1] += 1
                if not right and g in stats["causes"]:
                    stats["causes"][g][cause or "?"] += 1
    return stats


def pct(r: int, n: int) -> str:
    return f"{100 * r / max(n, 1):.1f}% ({r}/{n})"


def auc(ranked: list[tuple[float, bool]]) -> float:
    """How well confidence ranks right events above wrong ones: the chance that a right event, drawn at
    random, has a higher confidence than a wrong one (ties count half; 0.5 = no better than chance)."""
    right = sorted(c for c, r in ranked if r)
    wrong = sorted(c for c, r in ranked if not r)
    if not right or not wrong:
        return float("nan")
    from bisect import bisect_left, bisect_right

    won = sum(bisect_left(wrong, c) + 0.5 * (bisect_right(wrong, c) - bisect_left(wrong, c)) for c in right)
    return won / (len(right) * len(wrong))


def print_stats(stats: dict) -> None:
    for name in ("before", "after", "before >= 0.5", "after >= 0.5"):
        r, n = stats[name]
        print(f"{name + ':':<14} {n} events, {r} right, precision {100 * r / max(n, 1):.1f}%"
              + ("  (events with confidence >= 0.5)" if ">=" in name else ""))
    r, n = stats["lowered"]
    print(f"kept with lowered confidence: {n} ({r} right)")
    ranked = stats["ranked"]
    if ranked:
        cuts = ", ".join(f">= {t}: {pct(sum(r for c, r in ranked if c >= t), sum(1 for c, _ in ranked if c >= t))}"
                         for t in (0.3, 0.5, 0.7, 0.9))
        print(f"kept events by confidence: {cuts}; ranking (AUC, right above wrong) {auc(ranked):.3f}")
    print(f"right events dropped: {len(stats['dropped_right'])} {stats['dropped_right']}")
    causes = stats["causes"]
    if any(c for c in causes["before"] if c != "?"):
        print("wrong events by cause (before / after / after >= 0.5): " + ", ".join(
            f"{c} {causes['before'][c]}/{causes['after'][c]}/{causes['after >= 0.5'][c]}"
            for c in sorted(causes["before"], key=lambda c: -causes["before"][c])))
    if stats["unjudged"]:
        print(f"unjudged: {len(stats['unjudged'])} {stats['unjudged']}")


def score_only_ids(hide: set[str], own_seed: int | None = None) -> set[str]:
    """The ids of the articles the samples whose first letter is in ``hide`` (score-only samples) drew, but for a
    sample of seed ``own_seed`` (the one being dumped: its own articles are what is judged)."""
    return {a["id"] for name, _f, seed, per_source, sources, repair in SAMPLES if name[0] in hide and seed != own_seed
            for a in drawn(seed, per_source, sources, repair)}


def score_all(show_features: bool, skip: set[str] = frozenset(), list_wrong: bool = False,
              pools: tuple[str, ...] = (), hide: set[str] = frozenset()) -> None:
    """Every judged sample of :data:`SAMPLES` (but those whose first letter is in ``skip``), and their sum;
    ``list_wrong`` prints the wrong events kept at confidence >= 0.5 (never use it on a held-out sample);
    ``pools`` (strings of sample letters, e.g. "ABCDEFGHIM", "JKL") adds a pooled row per group."""
    total: dict = {}
    tally: Counter = Counter()
    listing: list | None = [] if list_wrong else None
    pooled: dict[str, dict] = {p: {"after >= 0.5": [0, 0], "ranked": []} for p in pools}
    # articles of a score-only sample that a shown sample also drew: their unjudged keys are not listed either
    hidden_ids = score_only_ids(hide)
    print("| sample | before | after | before >= 0.5 | after >= 0.5 | AUC (kept) | right dropped | unjudged |")
    print("|---|---|---|---|---|---|---|---|")
    for name, fname, seed, per_source, sources, repair in SAMPLES:
        if name[0] in skip:
            continue
        articles = drawn(seed, per_source, sources, repair)
        stats = score(articles, read_verdicts(JUDGED / fname), tally, None if name[0] in hide else listing)
        if name[0] in hide:  # score-only: no row of its own, no keys; it counts in "all" and in its pool
            stats["dropped_right"] = ["<score-only>"] * len(stats["dropped_right"])
            stats["unjudged"] = ["<score-only>"] * len(stats["unjudged"])
        else:
            stats["unjudged"] = ["<score-only>" if k.split("@", 1)[0] in hidden_ids else k for k in stats["unjudged"]]
            print(f"| {name} ({seed}) | {pct(*stats['before'])} | {pct(*stats['after'])} | "
                  f"{pct(*stats['before >= 0.5'])} | {pct(*stats['after >= 0.5'])} | {auc(stats['ranked']):.3f} | "
                  f"{len(stats['dropped_right'])} | {len(stats['unjudged'])} |")
        for p, acc in pooled.items():
            if name[0] in p:
                acc["after >= 0.5"] = [a + b for a, b in zip(acc["after >= 0.5"], stats["after >= 0.5"])]
                acc["ranked"] += stats["ranked"]
        for k, v in stats.items():
            if isinstance(v, list) and v and isinstance(v[0], int):
                total.setdefault(k, [0, 0])
                total[k][0] += v[0]
                total[k][1] += v[1]
            elif k == "causes":
                for g, c in v.items():
                    total.setdefault("causes", {}).setdefault(g, Counter()).update(c)
            else:
                total.setdefault(k, []).extend(v)
    print(f"| all | {pct(*total['before'])} | {pct(*total['after'])} | {pct(*total['before >= 0.5'])} | "
          f"{pct(*total['after >= 0.5'])} | {auc(total['ranked']):.3f} | {len(total['dropped_right'])} | {len(total['unjudged'])} |")
    for p, acc in pooled.items():
        print(f"| pooled {p} | | | | {pct(*acc['after >= 0.5'])} | {auc(acc['ranked']):.3f} | | |")
    print_stats(total)
    if listing:
        print("\nwrong events kept at confidence >= 0.5:")
        print("\n".join(listing))
    if show_features:
        print("\nkept events by feature: right / wrong (precision), most wrong first")
        feats = {f for f, _ in tally}
        for f in sorted(feats, key=lambda f: (-tally[f, False], f)):
            r, w = tally[f, True], tally[f, False]
            if r + w >= 3:
                print(f"  {f:<48} {r:>3} / {w:<3} {100 * r / (r + w):5.1f}%")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("what", choices=("dump", "score", "all"))
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--per-source", type=int, default=2)
    ap.add_argument("--max-words", type=int, default=450)
    ap.add_argument("--sources", help="comma-separated sources (default: all), e.g. bbc_greene2006,reuters21578")
    ap.add_argument("--judged", type=Path)
    ap.add_argument("--hide-layer", action="store_true", help="dump without the layer's decisions, the confidences and reasons (blind judging)")
    ap.add_argument("--repair", action="store_true", help="apply ingest's mojibake repair first, as in production")
    ap.add_argument("--features", action="store_true", help="all: right/wrong counts of kept events by feature")
    ap.add_argument("--skip", default="", help="all: letters of samples to leave out, e.g. J (a held-out sample)")
    ap.add_argument("--list-wrong", action="store_true",
                    help="all: print the wrong events kept at confidence >= 0.5 (design samples only: use --skip)")
    ap.add_argument("--hide", default="JKLN", help="all: letters of score-only samples shown only inside 'all' and "
                    "their pools, with no row and no keys of their own (default JKLN; --hide '' lists them); "
                    "dump: their articles are left out of another sample's dump")
    ap.add_argument("--pool", default="", help="all: comma-separated groups of sample letters to pool, e.g. ABCDEFGHIM,JKL")
    args = ap.parse_args()
    if args.what == "all":
        score_all(args.features, set(args.skip.replace(",", "")), args.list_wrong,
                  tuple(p for p in args.pool.split(",") if p), set(args.hide.replace(",", "")))
        return
    articles = pick(args.seed, args.per_source, args.max_words, set(args.sources.split(",")) if args.sources else None,
                    repair=args.repair)
    if args.what == "score":
        stats = score(articles, read_verdicts(args.judged))
        # the unjudged keys of an article a score-only sample also drew are not listed (as in 'all')
        shared = score_only_ids(set(args.hide.replace(",", "")), args.seed)
        stats["unjudged"] = ["<score-only>" if k.split("@", 1)[0] in shared else k for k in stats["unjudged"]]
        of = f" of {args.sources}" if args.sources else ""
        print(f"seed {args.seed}, {len(articles)} articles ({args.per_source} per source{of} and BBC section,"
              f" <= {args.max_words} words)")
        print_stats(stats)
        return
    # an article a score-only sample also drew is left out unread (a new sample's or the end-of-session judge's
    # listing would otherwise show held-out sentences), unless this is that sample's own draw
    shared = score_only_ids(set(args.hide.replace(",", "")), args.seed)
    kept = [a for a in articles if a["id"] not in shared]
    if len(kept) < len(articles):
        print(f"# {len(articles) - len(kept)} article(s) shared with score-only samples {args.hide} left out unread")
        articles = kept
    for a, result, decisions, ctx in coded(articles):
        # blind judging: no trace of what the coder or the layer thinks of an event (its article cues, decision,
        # confidence or reason), only what it coded
        cues = "" if args.hide_layer else f"\n    cues {ctx.article}, political mentions {ctx.political_mentions}"
        print(f"\n=== {a['id']} ({a['source']}, {words(a['text'])} words) {a.get('title') or ''}{cues}")
        for e, d in zip(result.events, decisions):
            sent = result.text[e.sentence.start:e.sentence.end].replace("\n", " ")
            judged = "" if args.hide_layer else f"  conf={e.confidence}  {e.reason}\n    layer: {d}"
            print(f"{key(e)}\t{e.type}/{e.mode or ''}  trig={e.trigger.text!r}  A={party(e.actor)}"
                  f"  R={party(e.recipient)}{judged}\n    | {sent[:400]}")


if __name__ == "__main__":
    main()

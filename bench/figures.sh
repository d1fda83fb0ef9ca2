#!/usr/bin/env bash
# Every development figure of the closing notes, on one tree, into one directory.
#
#   bash bench/figures.sh [TREE] OUT        (TREE: a checkout or `git archive` snapshot; default: this repository)
#
# The snapshot needs no venv of its own: it runs with this repository's .venv and PYTHONPATH=TREE/src, so a
# `git archive` of any commit is measured with the same dependencies.  Two jobs at a time (the machines have two
# cores).  Score-only sets (plv odd half, held-out precision J/K/L/N, held-out recall, status and TimeML odd files,
# held-out mentions) print summaries only: nothing here lists their rows.
set -uo pipefail
HERE="$(cd "$(dirname "$0")/.." && pwd)"
if [ $# -ge 2 ]; then TREE="$(cd "$1" && pwd)"; OUT="$2"; else TREE="$HERE"; OUT="$1"; fi
mkdir -p "$OUT"
PY="$HERE/.venv/bin/python"
POOL="${POOL:-ABCDEFGHI,M,O,P,Q,R,S,T,U,V,W,X,Y,Z,a,b,c,d,e,f,g,h,i,j,m,o,p,q,r,s,t,u,v,w,x,y,z,0,1,2,3,4,5,6,7,8,9,α,β,γ,JKL,N}"
export PYTHONPATH="$TREE/src" PYTHONHASHSEED=0
cd "$TREE"
DL=("$PY" -m dateline)

job() {  # job NAME command...: output to OUT/NAME.txt, timing to OUT/NAME.time
  local name="$1"; shift
  { /usr/bin/time -f "%e s wall, %U s user, %M KB" "$@" > "$OUT/$name.txt" 2>&1; } 2> "$OUT/$name.time"
}

{
  job precision "$PY" bench/events_precision.py all --pool "$POOL"
  job plv_even "${DL[@]}" eval events --half even
  job plv_odd "${DL[@]}" eval events --half odd
  job status "${DL[@]}" eval status
  job status_even "${DL[@]}" eval status --half even
  job status_odd "${DL[@]}" eval status --half odd
} &
{
  job plv_full "${DL[@]}" eval events
  job dates "${DL[@]}" eval dates
  job dates_even "${DL[@]}" eval dates --half even
  job dates_odd "${DL[@]}" eval dates --half odd
  job time "${DL[@]}" eval time ../shared/data/time/tbaq/
  job time_even "${DL[@]}" eval time ../shared/data/time/tbaq/ --half even
  job time_odd "${DL[@]}" eval time ../shared/data/time/tbaq/ --half odd
  for s in dev dev_a conflict_dev dev_b dev_c heldout heldout2 heldout3; do
    job "recall_$s" "$PY" bench/events_recall.py --sample "$s"
  done
  job recipients "$PY" bench/events_pair_causes.py --parts recall
  job mentions "$PY" bench/actors_places_precision.py score --seed 20261201 \
      --judged bench/judgments/actors_places_20261201.tsv
  job mentions_heldout "$PY" bench/actors_places_precision.py score --seed 20261202 --per-source 2 --max-words 300 \
      --judged bench/judgments/actors_places_20261202_heldout.tsv
} &
wait
echo "figures of $TREE in $OUT"

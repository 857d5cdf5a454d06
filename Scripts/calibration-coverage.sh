#!/usr/bin/env bash
# How often `tzsim calibrate` puts the true value inside its 95 % interval, from the command line.
#
#   Scripts/calibration-coverage.sh [REPEATS] [REPLICATIONS] [KPIS]
#
# Each repeat takes replication 0 of the starter scenario with its own seed as "observed"
# (the scenario's walk-ins, 6 a week, are the truth), fits the walk-ins in 1...20 with
# REPLICATIONS per evaluation, and checks whether 6 is inside the reported interval.
# KPIS: comma-separated KPI ids observed (default pce.accompanied,workshops.attended).
# Needs a release build (swift build -c release) and python3.
set -euo pipefail
cd "$(dirname "$0")/.."
repeats=${1:-30}
replications=${2:-20}
kpis=${3:-pce.accompanied,workshops.attended}
tzsim=$(swift build -c release --show-bin-path)/tzsim
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
inside=0
for s in $(seq 200 $((199 + repeats))); do
  "$tzsim" run Scenarios/starter.yaml --replications 1 --seed "$s" --output "$work/o$s" --quiet
  python3 - "$work/o$s/monthly.csv" "$work/obs$s.csv" "$kpis" <<'PY'
import csv, sys
keep = sys.argv[3].split(",")
with open(sys.argv[2], "w") as f:
    f.write("month,kpi,value,source\n")
    for r in csv.DictReader(open(sys.argv[1])):
        if r["kpi"] in keep:
            f.write(f"{r['month']},{r['kpi']},{r['mean']},replication 0\n")
PY
  line=$("$tzsim" calibrate Scenarios/starter.yaml --observed "$work/obs$s.csv" --fit "sites[centre].walk_ins_per_week=1...20" \
    --replications "$replications" --output "$work/c$s" | sed -n 2p)
  lo=$(echo "$line" | awk '{print $4}'); hi=$(echo "$line" | awk '{print $6}')
  if python3 -c "import sys; sys.exit(0 if $lo <= 6 <= $hi else 1)"; then inside=$((inside + 1)); fi
done
echo "true value inside the 95 % interval: $inside of $repeats (replications $replications, observed $kpis)"

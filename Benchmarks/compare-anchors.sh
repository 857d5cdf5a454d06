#!/usr/bin/env bash
# Runs the C + GSL anchor and `tzsim bench mmc` alternately in the same sitting
# and prints the median customers per second of each and their ratio.
#   Benchmarks/compare-anchors.sh [N] [ROUNDS]    (defaults 1000000, 5)
# Needs ../shared/bench (beside the repository) and libgsl-dev.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
n=${1:-1000000}
rounds=${2:-5}
anchor_src="${SHARED_BENCH:-$root/../shared/bench}/mmc_gsl.c"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cc -O2 -o "$work/mmc_gsl" "$anchor_src" $(pkg-config --cflags --libs gsl 2>/dev/null || echo -lgsl -lgslcblas -lm)
(cd "$root" && swift build -c release --product tzsim >/dev/null)
tzsim="$root/.build/release/tzsim"
for r in $(seq 1 "$rounds"); do
  "$work/mmc_gsl" "$n" $((12344 + r)) >>"$work/c.jsonl"
  "$tzsim" bench mmc --customers "$n" --seed $((12344 + r)) >>"$work/tz.jsonl"
done
python3 - "$work/c.jsonl" "$work/tz.jsonl" <<'PY'
import json, statistics, sys
def rate(path):
    rows = [json.loads(l) for l in open(path)]
    return statistics.median(r["n"] / r["wall_s"] for r in rows), rows
c, crows = rate(sys.argv[1])
t, trows = rate(sys.argv[2])
print(json.dumps({"c_gsl_customers_per_s": round(c), "tzsim_customers_per_s": round(t),
                  "ratio": round(t / c, 3), "rounds": len(crows), "n": crows[0]["n"],
                  "c_mean_wait": [r["mean_wait"] for r in crows],
                  "tzsim_mean_wait": [r["mean_wait"] for r in trows]}))
PY

#!/usr/bin/env python3
"""Times a tzsim command against the C + GSL anchor, the anchor timed just before and just after.

The issue's targets are ratios to the C loop's time for 10^6 customers in the
same sitting. The development machine's speed drifts by 20 % and more within a
sitting, so a ratio is only fair against the anchor timed in the same minute:
each round times the anchor (median of 5 runs of `mmc_gsl 1000000 7`), the
command (its whole process, wall time), and the anchor again, and takes the
command's time over the mean of the two anchors.

Usage:
  Benchmarks/ratio-to-anchor.py [--rounds N] [--anchor PATH] TZSIM -- ARGS...

Example (1,000 replications on two cores; the anchor built from ../shared/bench):
  cc -O2 -o /tmp/mmc_gsl ../shared/bench/mmc_gsl.c $(pkg-config --cflags --libs gsl)
  Benchmarks/ratio-to-anchor.py --rounds 5 .build/release/tzsim \\
      -- bench territory --replications 1000 --jobs 2

Prints one JSON line per round and a summary line: the median wall time, the
median ratio, and the anchor's range. A benchmark: it never fails on time.
"""

import argparse
import json
import statistics
import subprocess
import time


def anchor_time(anchor: str) -> float:
    runs = []
    for _ in range(5):
        start = time.perf_counter()
        subprocess.run([anchor, "1000000", "7"], stdout=subprocess.DEVNULL, check=True)
        runs.append(time.perf_counter() - start)
    return statistics.median(runs)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=5, help="rounds (default 5)")
    parser.add_argument("--anchor", default="/tmp/mmc_gsl", help="the C + GSL M/M/3 loop, built (default /tmp/mmc_gsl)")
    parser.add_argument("tzsim")
    parser.add_argument("args", nargs=argparse.REMAINDER, help="-- then the command's arguments")
    options = parser.parse_args()
    args = options.args[1:] if options.args[:1] == ["--"] else options.args
    if options.rounds < 1 or not args:
        parser.error("give --rounds >= 1 and the command's arguments after --")
    rounds = []
    for r in range(options.rounds):
        before = anchor_time(options.anchor)
        start = time.perf_counter()
        subprocess.run([options.tzsim, *args], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        wall = time.perf_counter() - start
        after = anchor_time(options.anchor)
        ratio = wall / ((before + after) / 2)
        rounds.append((wall, ratio, before, after))
        print(json.dumps({"round": r + 1, "wall_s": round(wall, 3), "anchor_before_s": round(before, 4),
                          "anchor_after_s": round(after, 4), "ratio": round(ratio, 1)}), flush=True)
    anchors = [a for x in rounds for a in x[2:]]
    print(json.dumps({
        "tool": "TZSim ratio to the C anchor", "command": " ".join(args), "rounds": options.rounds,
        "wall_median_s": round(statistics.median(x[0] for x in rounds), 3),
        "ratio_median": round(statistics.median(x[1] for x in rounds), 1),
        "anchor_range_s": [round(min(anchors), 4), round(max(anchors), 4)],
    }))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

#!/usr/bin/env python3
"""Times two builds of tzsim on the same command, alternately, in one sitting.

A change is kept when the build after it is faster than the build before it
on the same machine in the same minutes: the two-core development machine
varies by ±10 % from one minute to the next, more than most single changes,
so the builds take turns (A, B, A, B, ...) and the medians are compared.

Usage:
  Benchmarks/compare-builds.py [--rounds N] BEFORE AFTER -- ARGS...

Example (the replication on one core, 16 turns each):
  Benchmarks/compare-builds.py --rounds 16 /tmp/tzsim-before .build/release/tzsim \\
      -- bench territory --replications 300 --jobs 1

Prints one JSON line: each build's median, fastest and slowest wall time in
seconds, and the ratio of the medians (after ÷ before).
"""

import argparse
import json
import statistics
import subprocess
import sys
import time


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=10, help="turns per build (default 10)")
    parser.add_argument("before")
    parser.add_argument("after")
    parser.add_argument("args", nargs=argparse.REMAINDER, help="-- then the command's arguments")
    options = parser.parse_args()
    args = options.args[1:] if options.args[:1] == ["--"] else options.args
    if options.rounds < 1 or not args:
        parser.error("give --rounds >= 1 and the command's arguments after --")
    times = {options.before: [], options.after: []}
    for _ in range(options.rounds):
        for build in (options.before, options.after):
            start = time.perf_counter()
            done = subprocess.run([build, *args], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            if done.returncode != 0:
                print(f"{build} {' '.join(args)}: exit {done.returncode}", file=sys.stderr)
                return 1
            times[build].append(time.perf_counter() - start)

    def summary(xs):
        return {"median_s": round(statistics.median(xs), 3), "fastest_s": round(min(xs), 3), "slowest_s": round(max(xs), 3)}

    before, after = summary(times[options.before]), summary(times[options.after])
    print(json.dumps({
        "tool": "TZSim builds compared", "command": " ".join(args), "rounds": options.rounds,
        "before": before, "after": after, "ratio": round(after["median_s"] / before["median_s"], 3),
    }))
    return 0


if __name__ == "__main__":
    sys.exit(main())

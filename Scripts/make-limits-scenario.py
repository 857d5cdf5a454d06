#!/usr/bin/env python3
"""Writes a scenario at the documented limits, to time `tzsim validate` on it (docs/performance.md).

    Scripts/make-limits-scenario.py OUT.yaml [SITES] [ADVISORS] [YEARS]

Defaults: 200 sites of 1,000 advisors each, over 30 calendar years (2025-2054). Then:
`time tzsim validate OUT.yaml` (release build).
"""
import sys


def main():
    if len(sys.argv) < 2:
        print(__doc__)
        return 64
    sites = int(sys.argv[2]) if len(sys.argv) > 2 else 200
    advisors = int(sys.argv[3]) if len(sys.argv) > 3 else 1000
    years = int(sys.argv[4]) if len(sys.argv) > 4 else 30
    out = [
        "tzsim_scenario: 1", "name: limits", "seed: 1", "replications: 10",
        "start: 2025-01-01", f"end: {2025 + years - 1}-12-31", "sites:",
    ]
    for i in range(sites):
        out += [
            f"  - id: s{i}", f'    name: "Site {i}"', '    commune: "10387"', "    opening:",
            '      weekdays: ["09:00-12:00", "14:00-17:00"]', f"    advisors: {advisors}",
            "    availability_share: 0.7", "    walk_ins_per_week: 6", "    referrals_per_week: 1",
        ]
    out += ["objectives:", "  - {id: acc, kpi: pce.accompanied, year: 2025, at_least: 300}", ""]
    with open(sys.argv[1], "w", encoding="utf-8") as f:
        f.write("\n".join(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())

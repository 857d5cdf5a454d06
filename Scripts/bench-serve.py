#!/usr/bin/env python3
"""Time to verdict in the browser workspace: from pressing « Lancer » to the verdict, measured over HTTP.

    Scripts/bench-serve.py PATH/TO/tzsim-serve [SCENARIO] [REPLICATIONS] [REPEATS]

Starts the server (build it with `swift build -c release --product tzsim-serve`) on a free
loopback port over a new workspace holding a copy of SCENARIO (default Scenarios/troyes-2020.yaml),
and REPEATS times (default 5) does what the browser does: POST the run form (REPLICATIONS,
default 200), follow its event stream (/runs/<id>/events) until `end`, and GET the run page with
its verdicts. One warm-up run first. Prints one JSON line per run (seconds to the `verdict` event,
and to the run page with its files) and a summary line with the median, fastest and slowest. A benchmark, not a test: it never fails on time.
"""
import http.client, json, os, shutil, statistics, sys, tempfile, time

import workspace_server

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def one_run(port, scenario, replications):
    token = workspace_server.csrf(port, f"/scenarios/{scenario}")  # the page the planner has open
    start = time.perf_counter()
    c = http.client.HTTPConnection("127.0.0.1", port)
    body = f"replications={replications}&csrf={token}"
    c.request("POST", f"/scenarios/{scenario}/run", body, {"Content-Type": "application/x-www-form-urlencoded"})
    r = c.getresponse()
    r.read()
    location = r.getheader("Location")
    if r.status != 303 or not location:
        raise SystemExit(f"run refused: {r.status}")
    c.close()
    events = http.client.HTTPConnection("127.0.0.1", port)
    events.request("GET", location + "/events")
    r = events.getresponse()
    verdict = None
    while True:
        line = r.readline()
        if line.startswith(b"event: verdict") and verdict is None:
            verdict = time.perf_counter() - start
        if not line or line.startswith(b"event: end"):
            break
    events.close()
    c = http.client.HTTPConnection("127.0.0.1", port)
    c.request("GET", location)
    page = c.getresponse().read().decode()
    elapsed = time.perf_counter() - start
    c.close()
    if 'id="verdicts"' not in page or verdict is None:
        raise SystemExit("no verdict on the run page")
    return location, verdict, elapsed


def main():
    if len(sys.argv) < 2:
        print(__doc__)
        return 64
    serve = os.path.abspath(sys.argv[1])
    source = sys.argv[2] if len(sys.argv) > 2 else os.path.join(ROOT, "Scenarios", "troyes-2020.yaml")
    replications = int(sys.argv[3]) if len(sys.argv) > 3 else 200
    repeats = int(sys.argv[4]) if len(sys.argv) > 4 else 5
    workspace = tempfile.mkdtemp(prefix="tzsim-bench-serve-")
    shutil.copy(source, workspace)
    name = os.path.basename(source)
    server, port = workspace_server.start(serve, workspace)
    try:
        one_run(port, name, 10)  # warm-up
        times, pages = [], []
        for i in range(repeats):
            location, t, page = one_run(port, name, replications)
            times.append(t)
            pages.append(page)
            print(json.dumps({"run": location, "replications": replications, "seconds_to_verdict": round(t, 3),
                              "seconds_to_files": round(page, 3)}), flush=True)
        print(json.dumps({
            "tool": "TZSim workspace", "scenario": name, "replications": replications, "cores": os.cpu_count(),
            "verdict_median_s": round(statistics.median(times), 3), "verdict_fastest_s": round(min(times), 3),
            "verdict_slowest_s": round(max(times), 3), "files_median_s": round(statistics.median(pages), 3),
        }))
    finally:
        server.terminate()
        server.wait(timeout=10)
        shutil.rmtree(workspace, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

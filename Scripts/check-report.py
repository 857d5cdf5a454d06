#!/usr/bin/env python3
"""Renders a TZSim report in headless Chromium and fails on a console error or a missing chart.

    Scripts/check-report.py out/troyes-2020/report.html [screenshot.png]

Needs Debian's `chromium`. Checks, in the DOM Chromium built (not the file's text):
every chart the report announces is an <svg> with at least one drawn mark, every
figure has a caption, the objectives section has a verdict, and nothing was logged
to the console as an error. Exit status 0 when all hold, 1 otherwise.
"""
import os, re, subprocess, sys, tempfile

def main():
    if len(sys.argv) < 2:
        print(__doc__)
        return 64
    report = os.path.abspath(sys.argv[1])
    shot = os.path.abspath(sys.argv[2]) if len(sys.argv) > 2 else os.path.join(tempfile.mkdtemp(), "report.png")
    browser = next((b for b in ("chromium", "chromium-browser", "google-chrome") if subprocess.run(["which", b], capture_output=True).returncode == 0), None)
    if browser is None:
        print("check-report: chromium is not installed (apt-get install chromium)")
        return 1
    profile = tempfile.mkdtemp()
    common = [browser, "--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", f"--user-data-dir={profile}",
              "--enable-logging=stderr", "--v=0", "--virtual-time-budget=2000"]
    dom = subprocess.run(common + ["--dump-dom", "file://" + report], capture_output=True, text=True, timeout=120)
    shot_run = subprocess.run(common + [f"--screenshot={shot}", "--window-size=1100,5200", "file://" + report],
                              capture_output=True, text=True, timeout=120)
    problems = []
    for log in (dom.stderr, shot_run.stderr):
        for line in log.splitlines():
            if "CONSOLE" in line and ("error" in line.lower() or "Uncaught" in line):
                problems.append("console: " + line.strip())
    html = dom.stdout
    if "<html" not in html:
        problems.append("Chromium produced no DOM")
    charts = re.findall(r'<svg[^>]*class="chart"[^>]*id="([^"]+)"', html)
    if not charts:
        problems.append("no chart in the report")
    for cid in charts:
        m = re.search(r'<svg[^>]*id="%s".*?</svg>' % re.escape(cid), html, re.S)
        body = m.group(0) if m else ""
        if not re.search(r"<(polyline|rect|polygon)", body):
            problems.append(f"chart {cid} draws nothing")
    figures = html.count("<figure")
    if html.count("<figcaption") != figures:
        problems.append("a figure has no caption")
    if 'class="verdict"' not in html and "objectif" not in html.lower() and "objective" not in html.lower():
        problems.append("no objectives section")
    if not os.path.exists(shot) or os.path.getsize(shot) < 10_000:
        problems.append("no screenshot was produced")
    for p in problems:
        print("check-report:", p)
    print(f"check-report: {len(charts)} charts, {figures} figures, screenshot {shot}: " + ("FAILED" if problems else "ok"))
    return 1 if problems else 0

if __name__ == "__main__":
    sys.exit(main())

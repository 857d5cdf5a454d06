#!/usr/bin/env python3
"""Uses the browser workspace (`tzsim-serve`) as a planner would, in a real Chromium, and fails on what goes wrong.

    Scripts/check-workspace.py PATH/TO/tzsim-serve [OUT_DIR] [REPLICATIONS]

Copies the shipped Troyes scenarios into a new workspace folder, starts the server on a free
loopback port, and drives Debian's Chromium through Selenium (pip install selenium; apt-get
install chromium chromium-driver). In order, it:
  1. opens the list of scenarios and opens troyes-2020.yaml;
  2. sets the advisors at Troyes to 0 and presses "Vérifier": the error must show AT that field,
     and the file must not change;
  3. sets them to 4 and presses "Enregistrer": the file must hold 4 there, its comment kept;
  4. presses "Lancer" (REPLICATIONS, default 60): the progress bar must move while it runs, then
     the verdicts must show; opens the report;
  5. downloads summary.csv: it must be the French spreadsheet flavour (BOM, ';');
  6. compares the staffing options of troyes-2020-staffing.yaml (REPLICATIONS, at most 20), and runs
     a plan from its form on starter.yaml (a one-year scenario, so that a debug build answers in seconds).
It saves a screenshot of every page to OUT_DIR (default: a new temporary folder) and checks that
no page logs a console error or loads anything from outside the machine.
Exit status 0 when all hold, 1 otherwise, 64 on bad usage.
"""
import json, os, re, shutil, subprocess, sys, tempfile, time

import workspace_server

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main():
    if len(sys.argv) < 2:
        print(__doc__)
        return 64
    serve = os.path.abspath(sys.argv[1])
    out = os.path.abspath(sys.argv[2]) if len(sys.argv) > 2 else tempfile.mkdtemp(prefix="tzsim-workspace-check-")
    replications = sys.argv[3] if len(sys.argv) > 3 else "60"
    os.makedirs(out, exist_ok=True)
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    workspace = tempfile.mkdtemp(prefix="tzsim-workspace-")
    for name in ["troyes-2020.yaml", "troyes-2020-staffing.yaml", "starter.yaml"]:
        with open(os.path.join(ROOT, "Scenarios", name), encoding="utf-8") as f:
            text = f.read()
        # Debug programs: the uncertain assumptions are drawn in a design of 2 base points with
        # 2 inner replications (the chapter and both verdicts are still written and shown).
        text = re.sub(r"(?m)^  points: \d+", "  points: 2", text)
        text = re.sub(r"(?m)^  replications: \d+", "  replications: 2", text)
        with open(os.path.join(workspace, name), "w", encoding="utf-8") as f:
            f.write(text)
    downloads = os.path.join(out, "downloads")
    os.makedirs(downloads, exist_ok=True)
    server, port = workspace_server.start(serve, workspace, output=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    findings = workspace_server.Findings()
    problems, steps = findings.problems, findings.steps
    driver = None
    try:
        driver = workspace_server.chromium("1200,1400", logs=True)
        driver.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": downloads})
        wait = WebDriverWait(driver, 600)
        shots = [0]

        def shot(name):
            shots[0] += 1
            height = driver.execute_script("return document.documentElement.scrollHeight")
            driver.set_window_size(1200, min(max(height, 800), 6000))
            path = os.path.join(out, f"{shots[0]:02d}-{name}.png")
            driver.save_screenshot(path)
            driver.set_window_size(1200, 1400)
            steps.append(f"screenshot {os.path.basename(path)}")

        step, check = findings.step, findings.check

        def field(path):
            return driver.find_element(By.CSS_SELECTOR, f'[name="f:{path}"]')

        def scenario_file(name):
            with open(os.path.join(workspace, name), encoding="utf-8") as f:
                return f.read()

        step(f"open {base}/")
        driver.get(base + "/")
        check("troyes-2020.yaml" in driver.page_source, "the list shows troyes-2020.yaml")
        shot("scenarios")
        driver.find_element(By.LINK_TEXT, "troyes-2020.yaml").click()
        step("click troyes-2020.yaml")
        wait.until(lambda d: d.find_elements(By.ID, "scenario-form"))
        shot("form")
        before = scenario_file("troyes-2020.yaml")

        # Leaving a page with typed values asks first (a beforeunload handler that cancels);
        # ChromeDriver answers such dialogs itself, so the handler is probed directly.
        probe = "var e = new Event('beforeunload', {cancelable: true}); window.dispatchEvent(e); return e.defaultPrevented;"
        check(not driver.execute_script(probe), "leaving the untouched form does not ask")
        advisors = field("sites[troyes].advisors")
        advisors.clear()
        advisors.send_keys("0")
        check(driver.execute_script(probe), "leaving the form with a typed value asks first")
        step("type 0 in « Conseillers — PCE Troyes », click « Vérifier »")
        driver.find_element(By.ID, "check").click()
        wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, ".field.invalid"))
        box = driver.find_element(By.CSS_SELECTOR, ".field.invalid")
        check(box.get_attribute("data-path") == "sites[troyes].advisors", f"the error shows at the advisors' field (found at {box.get_attribute('data-path')})")
        check("trouvé 0" in box.text, f"the field's message names the bad value, in French: {box.text!r}")
        check(box.is_displayed(), "the field in error is visible (its section open)")
        check(scenario_file("troyes-2020.yaml") == before, "a failed check writes nothing")
        driver.execute_script("arguments[0].scrollIntoView()", box)
        shot("error-at-field")

        advisors = field("sites[troyes].advisors")
        advisors.clear()
        advisors.send_keys("4")
        step("type 4, click « Enregistrer »")
        driver.find_element(By.ID, "save").click()
        wait.until(lambda d: "Enregistré" in d.page_source)
        after = scenario_file("troyes-2020.yaml")
        check(after == before.replace("advisors: 3                  # ASSUMPTION", "advisors: 4                  # ASSUMPTION"),
              "the file holds 4 advisors at Troyes, its comment and everything else kept")
        shot("saved")

        reps = driver.find_element(By.ID, "replications")
        reps.clear()
        reps.send_keys(replications)
        step(f"set {replications} replications, click « Lancer »")
        start = time.time()
        driver.find_element(By.ID, "launch").click()
        seen, shown, early = set(), False, None
        while time.time() - start < 600:
            value = driver.execute_script(
                "const p = document.querySelector('#progress progress'); return p ? [p.value, p.max] : null")
            if value:
                seen.add(tuple(value))
                if not shown and 0 < value[0] < value[1]:
                    shot("progress")
                    shown = True
            if early is None and driver.find_elements(By.ID, "early-verdicts"):
                early = time.time() - start
                shot("verdict-while-files-written")
            if driver.find_elements(By.ID, "verdicts"):
                break
            time.sleep(0.02)
        elapsed = time.time() - start
        moving = [v for v in seen if 0 < v[0] < v[1]]
        check(moving, f"the progress bar moved while the run went on (values seen: {sorted(seen)[:8]})")
        check(driver.find_elements(By.ID, "verdicts"), "the verdicts show when the run is done")
        verdicts = driver.find_element(By.ID, "verdicts").text if driver.find_elements(By.ID, "verdicts") else ""
        check("accompanied-2020" in verdicts and "≥ 800" in verdicts and "%" in verdicts,
              f"the verdicts name the objectives in words, with their id: {verdicts!r}")
        check("Compte tenu de l'incertitude sur les hypothèses" in verdicts,
              f"with uncertain assumptions, the run page shows both verdicts: {verdicts!r}")
        check(early is not None, "the verdicts showed on the live page before it reloaded with the files")
        step(f"verdicts on the live page after {early or 0:.1f} s, page with files after {elapsed:.1f} s: "
             f"{' | '.join(verdicts.splitlines()[1:])}")
        shot("run-done")
        run_url = driver.current_url

        tzsim = os.path.join(os.path.dirname(serve), "tzsim")
        run_folder = os.path.join(workspace, "tzsim-runs", "run-1")
        if os.path.exists(tzsim):
            verify = subprocess.run([tzsim, "verify", run_folder], capture_output=True, text=True)
            step("tzsim verify tzsim-runs/run-1: " + verify.stdout.strip().splitlines()[0] if verify.stdout else verify.stderr)
            check(verify.returncode == 0, "the workspace's run folder is what `tzsim run` writes, to the byte (tzsim verify)")

        driver.find_element(By.ID, "report").click()
        step("click « Lire le rapport »")
        wait.until(lambda d: d.find_elements(By.TAG_NAME, "h1"))
        check("Troyes" in driver.page_source or "troyes" in driver.page_source, "the report opens")
        shot("report")

        driver.get(run_url)
        link = driver.find_element(By.CSS_SELECTOR, 'a[href$="/files/summary.csv"]')
        step("click summary.csv (download)")
        link.click()
        target = os.path.join(downloads, "summary.csv")
        for _ in range(200):
            if os.path.exists(target) and not os.path.exists(target + ".crdownload"):
                break
            time.sleep(0.05)
        if os.path.exists(target):
            data = open(target, "rb").read()
            check(data.startswith(b"\xef\xbb\xbf") and b";" in data.splitlines()[0], "summary.csv is for a French spreadsheet (BOM, ';')")
        else:
            check(False, "summary.csv was downloaded")

        driver.get(base + "/scenarios/troyes-2020-staffing.yaml")
        compare_replications = str(min(20, int(replications)))
        step(f"open troyes-2020-staffing.yaml, click « Comparer les options » ({compare_replications} replications)")
        box = driver.find_element(By.ID, "compare-replications")
        box.clear()
        box.send_keys(compare_replications)
        driver.find_element(By.ID, "compare").click()
        wait.until(lambda d: d.find_elements(By.ID, "verdicts"))
        rows = driver.find_element(By.ID, "verdicts").text
        check("scénario de base" in rows and len(rows.splitlines()) > 3, f"the comparison shows the baseline and the options: {rows!r}")
        check(driver.find_elements(By.CSS_SELECTOR, 'a[href$="/files/comparison.csv"]'), "the comparison's CSV can be downloaded")
        shot("compare-done")

        driver.get(base + "/scenarios/starter.yaml/plan")
        step("open starter.yaml's plan form: advisors at centre from 1 to 3 for accompanied-2025 at 50 %, click « Chercher »")
        shot("plan-form")
        from selenium.webdriver.support.ui import Select
        Select(driver.find_element(By.ID, "path")).select_by_value("sites[centre].advisors")
        for name, value in [("probability", "0,5"), ("from", "1"), ("to", "3")]:
            e = driver.find_element(By.ID, name)
            e.clear()
            e.send_keys(value)
        driver.find_element(By.ID, "plan").click()
        wait.until(lambda d: d.find_elements(By.ID, "verdicts") or d.find_elements(By.CSS_SELECTOR, ".status-failed"))
        check(driver.find_elements(By.CSS_SELECTOR, ".message.ok"), "the plan states its answer")
        step("plan: " + (driver.find_element(By.CSS_SELECTOR, ".message").text if driver.find_elements(By.CSS_SELECTOR, ".message") else "?"))
        shot("plan-done")

        driver.get(base + "/runs")
        rows = driver.find_elements(By.CSS_SELECTOR, "#runs tbody tr")
        check(len(rows) == 3, f"the record lists the three runs ({len(rows)})")
        shot("runs")

        findings.console(driver)
        outside = set()
        for entry in driver.get_log("performance"):
            m = json.loads(entry["message"])["message"]
            if m.get("method") == "Network.requestWillBeSent":
                url = m["params"]["request"]["url"]
                if not url.startswith(base) and not url.startswith("data:"):
                    outside.add(url)
        check(not outside, f"nothing is loaded from outside the machine: {sorted(outside)}")
    except Exception as e:  # a step that could not be done is a failure, said plainly
        problems.append(f"{type(e).__name__}: {e}")
    finally:
        if driver:
            driver.quit()
        server.terminate()
        try:
            log = server.communicate(timeout=10)[0]
        except subprocess.TimeoutExpired:
            server.kill()
            log = ""
        shutil.rmtree(workspace, ignore_errors=True)
    print(f"workspace check: {len(steps)} steps, screenshots in {out}")
    for p in problems:
        print("  problem: " + p)
    if problems:
        print(log[-3000:])
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Runs axe-core on the workspace's pages in Chromium and fails on any violation.

    Scripts/check-accessibility.py PATH/TO/tzsim-serve

Needs `pip install selenium axe-selenium-python` and Debian's chromium and chromium-driver.
Copies starter.yaml and troyes-2020-staffing.yaml into a new workspace, starts the server on a
free loopback port and audits: the home page, a scenario's form (as opened, and with a value in
error after « Vérifier »), the YAML editor, the plan form, a finished run, the list of runs.
Prints each page's violations (rule, impact, count, first element); exit 0 when there are none,
1 otherwise, 64 on bad usage. Not part of CI (axe-selenium-python is not installed there).
"""
import os, shutil, sys, tempfile, time

import workspace_server

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main():
    if len(sys.argv) != 2:
        print(__doc__.strip(), file=sys.stderr)
        return 64
    from axe_selenium_python import Axe
    from selenium.webdriver.common.by import By

    workspace = tempfile.mkdtemp(prefix="tzsim-a11y-")
    for name in ["starter.yaml", "troyes-2020-staffing.yaml"]:
        shutil.copy(os.path.join(ROOT, "Scenarios", name), workspace)
    server, port = workspace_server.start(sys.argv[1], workspace)
    base = f"http://127.0.0.1:{port}"
    driver = workspace_server.chromium("1366,1000")
    total = 0
    try:
        def audit(name):
            nonlocal total
            axe = Axe(driver)
            axe.inject()
            violations = axe.run()["violations"]
            total += len(violations)
            print(f"{name}: {len(violations)} violation(s)")
            for v in violations:
                print(f"    {v['id']} ({v['impact']}), {len(v['nodes'])} element(s), first {v['nodes'][0]['target']}: {v['help']}")

        driver.get(base + "/"); audit("home")
        driver.get(base + "/scenarios/starter.yaml"); audit("scenario")
        field = driver.find_element(By.CSS_SELECTOR, '[name="f:sites[centre].advisors"]')
        field.clear(); field.send_keys("0")
        driver.find_element(By.ID, "check").click(); time.sleep(1); audit("scenario with an error")
        driver.get(base + "/scenarios/starter.yaml/yaml"); audit("YAML editor")
        driver.get(base + "/scenarios/troyes-2020-staffing.yaml/plan"); audit("plan form")
        driver.get(base + "/scenarios/starter.yaml")
        reps = driver.find_element(By.ID, "replications"); reps.clear(); reps.send_keys("2")
        driver.find_element(By.ID, "launch").click()
        for _ in range(300):
            if driver.find_elements(By.ID, "verdicts") and "/runs/" in driver.current_url:
                break
            time.sleep(0.1)
        driver.refresh(); audit("finished run")
        driver.get(base + "/runs"); audit("runs")
    finally:
        driver.quit()
        server.terminate()
        shutil.rmtree(workspace, ignore_errors=True)
    print(f"accessibility: {total} violation(s)")
    return 0 if total == 0 else 1


if __name__ == "__main__":
    sys.exit(main())

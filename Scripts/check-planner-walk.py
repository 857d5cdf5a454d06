#!/usr/bin/env python3
"""The whole job of a planner in the browser workspace, without YAML and without the command line.

    Scripts/check-planner-walk.py PATH/TO/tzsim-serve [OUT_DIR]

Starts `tzsim-serve` on an empty folder and drives Debian's Chromium through Selenium as a
planner would, clicking and typing only:
   1. creates `essai.yaml` from the French template;
   2. adds a site, the invitations section and a permanence with the buttons of the form;
   3. imports a month's list of new registrants (a FAKE list, Scripts/make-fake-registrants.py)
      and writes its monthly figure into the scenario;
   4. types a year of observed figures;
   5. calibrates the walk-ins of the first site on them and creates the calibrated scenario;
   6. marks an assumption uncertain;
   7. types a value and presses « Lancer » without saving: the run must use the typed value;
   8. runs again with another value and compares the two runs (paired: same seed);
   9. searches a plan and applies its answer as a new scenario;
  10. restores an earlier save from the history.
Every page met is looked at at 1,366 and 800 px (screenshots in OUT_DIR), audited by axe-core
(`pip install axe-selenium-python`) and its messages held against the message catalogue: no
English message may reach a French page. Fails on a console error too.
Exit status 0 when all hold, 1 otherwise, 64 on bad usage.
"""
import datetime, json, os, re, subprocess, sys, tempfile, time

import workspace_server

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CATALOGUE = os.path.join(ROOT, "Sources/ScenarioFormat/Messages/MessageCatalogue+Entries.swift")


def english_fragments():
    """The fixed parts (three words or more) of the catalogue's English templates: none may show on a French page."""
    text = open(CATALOGUE, encoding="utf-8").read()
    fragments = set()
    for english in re.findall(r'\(\s*"((?:[^"\\]|\\.)*)",\s*"', text):
        for part in english.split("{}"):
            part = part.strip(" .;:,()`")
            if len(part.split()) >= 3 and re.search(r"[a-z]{3}", part):
                fragments.add(part)
    return sorted(fragments)


def main():
    if len(sys.argv) < 2:
        print(__doc__)
        return 64
    serve = os.path.abspath(sys.argv[1])
    out = os.path.abspath(sys.argv[2]) if len(sys.argv) > 2 else tempfile.mkdtemp(prefix="tzsim-planner-walk-")
    os.makedirs(out, exist_ok=True)
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select, WebDriverWait
    from axe_selenium_python import Axe

    workspace = tempfile.mkdtemp(prefix="tzsim-walk-")
    fragments = english_fragments()
    server, port = workspace_server.start(serve, workspace, output=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    findings = workspace_server.Findings()
    problems, steps = findings.problems, findings.steps
    driver = workspace_server.chromium("1366,1000", logs=True)
    wait = WebDriverWait(driver, 900)
    seen_pages = [0]

    step, check = findings.step, findings.check

    def look(name):
        """Screenshots at 1,366 and 800 px, axe-core, and the page's messages against the catalogue."""
        seen_pages[0] += 1
        for width in (1366, 800):
            height = driver.execute_script("return document.documentElement.scrollHeight")
            driver.set_window_size(width, min(max(height, 700), 5000))
            driver.save_screenshot(os.path.join(out, f"{seen_pages[0]:02d}-{name}-{width}.png"))
            if width == 800:
                wide = driver.execute_script(
                    "return [...document.querySelectorAll('main table')].filter(t => !t.closest('.table-scroll') && "
                    "t.getBoundingClientRect().right > document.documentElement.clientWidth + 2).length")
                check(wide == 0, f"{name}: no table cut at 800 px ({wide})")
        driver.set_window_size(1366, 1000)
        axe = Axe(driver)
        axe.inject()
        for v in axe.run()["violations"]:
            problems.append(f"{name}: accessibility {v['id']} ({v['impact']}): {v['help']} — {v['nodes'][0]['target']}")
        messages = " ".join(e.text for e in driver.find_elements(
            By.CSS_SELECTOR, ".message, .field-error, .yaml-errors li, [role=alert], .field .error, .field .help"))
        for fragment in fragments:
            if fragment in messages:
                problems.append(f"{name}: an English message on a French page: « {fragment} » in {messages[:300]!r}")

    def scenario(name):
        with open(os.path.join(workspace, name), encoding="utf-8") as f:
            return f.read()

    def press(value):
        button = driver.find_element(By.CSS_SELECTOR, f'button[value="{value}"]')
        if not button.is_displayed():  # its section is closed: open it, as a planner would
            summary = driver.execute_script("return arguments[0].closest('details').querySelector('summary')", button)
            driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", summary)
            summary.click()
        driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", button)
        button.click()

    def saved():
        wait.until(lambda d: "Enregistré" in d.page_source or d.find_elements(By.CSS_SELECTOR, ".message.error"))
        return "Enregistré" in driver.page_source

    def finished():
        wait.until(lambda d: "/runs/" in d.current_url and (d.find_elements(By.ID, "manage-run")))

    def run_typed(advisors):
        """Types a number of advisors at centre and 10 replications, presses « Lancer », waits for the run."""
        box = driver.find_element(By.NAME, "f:sites[centre].advisors")
        box.clear()
        box.send_keys(advisors)
        reps = driver.find_element(By.ID, "replications")
        reps.clear()
        reps.send_keys("10")
        driver.find_element(By.ID, "launch").click()
        finished()

    try:
        step("1. open the workspace, create essai.yaml from the French template")
        driver.get(base + "/")
        look("accueil-vide")
        driver.find_element(By.NAME, "name").send_keys("essai.yaml")
        driver.find_element(By.XPATH, "//button[contains(., 'Créer à partir du modèle')]").click()
        wait.until(lambda d: d.find_elements(By.ID, "scenario-form"))
        check(scenario("essai.yaml").startswith("# Modèle de scénario TZSim") and "name: essai" in scenario("essai.yaml"),
              "the new scenario is the French template, named after its file")
        look("scenario-neuf")

        step("2. « Ajouter une entrée » in Lieux, then the invitations section, then a permanence")
        press("add|sites|0")
        check(saved() and "id: lieu-1" in scenario("essai.yaml"), "a site was added and saved")
        press("add|invitations|0")
        check(saved() and "invitations:" in scenario("essai.yaml"), "the invitations section was added")
        press("add|permanences|0")
        check(saved() and "id: permanence-1" in scenario("essai.yaml"), "a permanence was added and saved")
        look("scenario-structure")

        step("3. import the month's list of new registrants, write its monthly figure")
        today = datetime.date.today()
        listing = os.path.join(out, "liste-fictive.csv")
        subprocess.run([sys.executable, os.path.join(ROOT, "Scripts/make-fake-registrants.py"), listing, "--rows", "120",
                        "--month", today.strftime("%Y-%m")], check=True)
        driver.find_element(By.ID, "to-registrants").click()
        driver.find_element(By.ID, "registrants-file").send_keys(listing)
        driver.find_element(By.ID, "import-registrants").click()
        wait.until(lambda d: d.find_elements(By.ID, "registrants-counts") or d.find_elements(By.CSS_SELECTOR, ".message.error"))
        page = driver.page_source
        check(driver.find_elements(By.ID, "registrants-counts"), "the list was counted")
        check(not any(n in page for n in ["Fauxnom", "Inventé", "Bidonné", "Fictif"]), "no name of the list reaches the page")
        look("inscrits")
        before = scenario("essai.yaml")
        driver.find_element(By.ID, "apply-registrants-button").click()
        check(saved() and scenario("essai.yaml") != before, "the monthly figure was written into the scenario")

        step("4. type a year of observed figures (persons accompanied, 2025)")
        driver.find_element(By.ID, "to-observed").click()
        Select(driver.find_element(By.ID, "observed-kpi")).select_by_value("pce.accompanied")
        Select(driver.find_element(By.ID, "observed-year")).select_by_visible_text("2025")
        driver.find_element(By.ID, "observed-source").send_keys("Tableau de bord fictif 2025")
        for m in range(1, 13):
            driver.find_element(By.NAME, f"m{m:02d}").send_keys(str(52 + m % 5))
        driver.find_element(By.ID, "save-observed").click()
        wait.until(lambda d: d.find_elements(By.ID, "observed"))
        look("observes")

        step("5. calibrate the walk-ins of the first site on them, create the calibrated scenario")
        driver.get(base + "/scenarios/essai.yaml/calibrer")
        Select(driver.find_element(By.ID, "calibrate-key0")).select_by_value("sites[centre].walk_ins_per_week")
        driver.find_element(By.NAME, "low0").send_keys("1")
        driver.find_element(By.NAME, "high0").send_keys("20")
        reps = driver.find_element(By.NAME, "replications")
        reps.clear()
        reps.send_keys("4")
        look("calibrer")
        driver.find_element(By.ID, "calibrate").click()
        finished()
        step("   " + driver.find_element(By.CSS_SELECTOR, ".message").text[:160])
        check("Valeurs ajustées" in driver.page_source, "the calibration says its fitted value")
        look("calibration-faite")
        driver.find_element(By.CSS_SELECTOR, "#create-calibrated button").click()
        wait.until(lambda d: d.find_elements(By.ID, "scenario-form"))
        check("-calibre-" in driver.current_url, "the calibrated scenario was created")

        step("6. mark the first site's walk-ins uncertain (triangular, 4 to 10)")
        driver.get(base + "/scenarios/essai.yaml")
        Select(driver.find_element(By.ID, "uncertain-key")).select_by_value("sites[centre].walk_ins_per_week")
        driver.find_element(By.ID, "uncertain-low").send_keys("4")
        driver.find_element(By.ID, "uncertain-high").send_keys("10")
        Select(driver.find_element(By.ID, "uncertain-law")).select_by_value("triangulaire")
        driver.find_element(By.ID, "uncertain-source").send_keys("comptage de l'accueil à refaire")
        driver.find_element(By.ID, "uncertain-add").click()
        check(saved() and "uncertainty:" in scenario("essai.yaml"), "the law was written into the scenario")
        look("incertain")

        step("7. type 3 advisors at centre and press « Lancer » without saving")
        run_typed("3")
        first_run = driver.current_url
        check("advisors: 3" in scenario("essai.yaml"), "the typed value was saved before the run")
        folder = os.path.join(workspace, "tzsim-runs", "run-" + first_run.rstrip("/").split("/")[-1])
        ran = open(os.path.join(folder, "scenario.yaml"), encoding="utf-8").read() if os.path.exists(folder) else ""
        check("advisors: 3" in ran, "the run used the typed value")
        look("calcul")

        step("8. type 4 advisors, run again with the same seed, compare the two runs")
        driver.get(base + "/scenarios/essai.yaml")
        run_typed("4")
        driver.find_element(By.CSS_SELECTOR, "#compare-runs button").click()
        wait.until(lambda d: d.find_elements(By.ID, "compare-figures"))
        check("écarts appariés" in driver.page_source and 'class="removed"' in driver.page_source,
              "the comparison is paired and shows the changed line")
        look("comparaison")

        step("9. search a plan (advisors at centre, 1 to 3) and apply its answer")
        driver.get(base + "/scenarios/essai.yaml/plan")
        Select(driver.find_element(By.ID, "path")).select_by_value("sites[centre].advisors")
        for name, value in [("probability", "0,5"), ("from", "1"), ("to", "3")]:
            e = driver.find_element(By.ID, name)
            e.clear()
            e.send_keys(value)
        look("plan")
        driver.find_element(By.ID, "plan").click()
        finished()
        look("plan-fait")
        if driver.find_elements(By.ID, "apply-plan"):
            driver.find_element(By.CSS_SELECTOR, "#apply-plan button").click()
            wait.until(lambda d: d.find_elements(By.ID, "scenario-form"))
            check("-plan-" in driver.current_url, "the plan's answer became a new scenario")
        else:
            check(False, "the plan found an answer to apply")

        step("10. restore an earlier save from the history")
        driver.get(base + "/scenarios/essai.yaml/historique")
        look("historique")
        links = driver.find_elements(By.PARTIAL_LINK_TEXT, "Voir et comparer")
        check(len(links) >= 5, f"every save kept a version ({len(links)})")
        links[-1].click()
        wait.until(lambda d: d.find_elements(By.ID, "restore"))
        version = driver.current_url.rstrip("/").split("/")[-1]
        look("version")
        driver.find_element(By.ID, "restore").click()
        saved()
        kept = open(os.path.join(workspace, "tzsim-runs", "historique", "essai.yaml", version), encoding="utf-8").read()
        check(scenario("essai.yaml") == kept, "the scenario holds the restored version, to the byte")

        driver.get(base + "/runs")
        look("calculs")
        driver.get(base + "/aide")
        look("aide")
        findings.console(driver)
    except Exception as e:  # a page that never came: say where
        problems.append(f"stopped: {type(e).__name__}: {e} (at {driver.current_url})")
        driver.save_screenshot(os.path.join(out, "stopped.png"))
    finally:
        driver.quit()
        server.terminate()
    with open(os.path.join(out, "walk.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(steps + [""] + [f"FAILED: {p}" for p in problems]) + "\n")
    print(f"{seen_pages[0]} pages looked at; screenshots and walk.txt in {out}")
    if problems:
        print(f"FAIL: {len(problems)} problem(s)")
        for p in problems:
            print("  " + p)
        return 1
    print("ok: the whole job done in the browser")
    return 0


if __name__ == "__main__":
    sys.exit(main())

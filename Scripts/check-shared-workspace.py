#!/usr/bin/env python3
"""A workspace served beyond loopback (`tzsim-serve --host 0.0.0.0`), tried as an attacker and as a team member would.

    Scripts/check-shared-workspace.py PATH/TO/tzsim-serve [OUT_DIR]

Starts the server on all interfaces (traffic stays on this machine: it is reached at
127.0.0.1) with a 2-second idle timeout, reads the token it prints, then checks:
  1. DNS rebinding (the hardening issue's reproduction): a run posted with
     `Host: attacker.example:PORT` and a matching `Origin` is refused (403) without the token,
     with `?jeton=TOKEN`, and with a valid session cookie; the same for a save of the YAML and
     for reading a page; nothing is started or changed;
  2. without a session every page is the sign-in page (401); a wrong token opens nothing;
  3. HEAD answers as GET, without a body;
  4. an idle connection, and one that never finishes its request's head, are closed;
  5. in Chromium: the address printed at start opens a session (cookie HttpOnly, SameSite=Strict),
     the scenario form saves a value, a run starts and ends; screenshots in OUT_DIR.
Exit status 0 when all hold, 1 otherwise, 64 on bad usage.
"""
import http.client, os, re, shutil, socket, subprocess, sys, tempfile, time

import workspace_server

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def request(port, method, path, body=None, headers=None):
    c = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    h = {"Content-Type": "application/x-www-form-urlencoded"} if body is not None else {}
    h.update(headers or {})
    c.putrequest(method, path, skip_host=True)
    if "Host" not in h:
        h["Host"] = f"127.0.0.1:{port}"
    for k, v in h.items():
        c.putheader(k, v)
    data = body.encode() if body is not None else None
    if data is not None:
        c.putheader("Content-Length", str(len(data)))
    c.endheaders(data)
    r = c.getresponse()
    payload = r.read()
    c.close()
    return r.status, dict(r.getheaders()), payload.decode(errors="replace")


def main():
    if len(sys.argv) < 2:
        print(__doc__)
        return 64
    serve = os.path.abspath(sys.argv[1])
    out = os.path.abspath(sys.argv[2]) if len(sys.argv) > 2 else tempfile.mkdtemp(prefix="tzsim-shared-check-")
    os.makedirs(out, exist_ok=True)
    workspace = tempfile.mkdtemp(prefix="tzsim-shared-")
    shutil.copy(os.path.join(ROOT, "Scenarios", "starter.yaml"), workspace)
    port = workspace_server.free_port()
    server = subprocess.Popen([serve, workspace, "--host", "0.0.0.0", "--port", str(port), "--idle-timeout", "2"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    problems = []

    def check(ok, text):
        print(("ok   " if ok else "FAIL ") + text, flush=True)
        if not ok:
            problems.append(text)

    try:
        token = None
        for _ in range(200):
            line = server.stdout.readline()
            m = re.search(r"Jeton : ([0-9a-f]{64})", line)
            if m:
                token = m.group(1)
                break
        check(token is not None, "the token is printed at start")
        if token is None:
            return 1
        workspace_server.wait_until_listening(port)
        warning = server.stderr.readline()
        check(warning.startswith("Attention :"), f"a French warning says what is exposed: {warning.strip()[:90]}")

        # A session and its forms' token, as the team member's browser has them.
        status, headers, _ = request(port, "GET", f"/?jeton={token}")
        cookie = headers.get("Set-Cookie", "")
        check(status == 303 and "HttpOnly" in cookie and "SameSite=Strict" in cookie, f"the token opens a session ({status}, {cookie[:60]}…)")
        session = cookie.split(";")[0]
        csrf = workspace_server.csrf(port, "/scenarios/starter.yaml", {"Host": f"127.0.0.1:{port}", "Cookie": session})
        _, _, yaml_page = request(port, "GET", "/scenarios/starter.yaml/yaml", headers={"Cookie": session})
        base = re.search(r'name="base" value="([0-9a-f]{64})"', yaml_page).group(1)
        original = open(os.path.join(workspace, "starter.yaml"), encoding="utf-8").read()

        # 1. DNS rebinding: the attacker's page controls Host and Origin.
        evil = {"Host": f"attacker.example:{port}", "Origin": f"http://attacker.example:{port}"}
        run = f"replications=3&seed=1&csrf={csrf}"
        for label, path, extra in [
            ("without the token", "/scenarios/starter.yaml/run", {}),
            ("with ?jeton=", f"/scenarios/starter.yaml/run?jeton={token}", {}),
            ("with the session cookie", "/scenarios/starter.yaml/run", {"Cookie": session}),
        ]:
            status, _, _ = request(port, "POST", path, run, {**evil, **extra})
            check(status == 403, f"rebinding: a run posted {label} is refused ({status})")
        status, _, _ = request(port, "POST", "/scenarios/starter.yaml/yaml", f"base={base}&text=x%3A+1&csrf={csrf}", {**evil, "Cookie": session})
        check(status == 403, f"rebinding: the YAML save is refused ({status})")
        status, _, page = request(port, "GET", "/", headers={"Host": f"attacker.example:{port}", "Cookie": session})
        check(status == 403 and "starter.yaml" not in page, f"rebinding: pages cannot be read ({status})")
        check(open(os.path.join(workspace, "starter.yaml"), encoding="utf-8").read() == original, "rebinding: the scenario is unchanged")
        status, _, runs = request(port, "GET", "/runs", headers={"Cookie": session})
        check(status == 200 and "/runs/1" not in runs, "rebinding: no run was started")

        # 2. Without a session.
        status, _, page = request(port, "GET", "/")
        check(status == 401 and 'name="jeton"' in page and "starter.yaml" not in page, f"no session: the sign-in page ({status})")
        status, _, _ = request(port, "GET", "/?jeton=" + "0" * 64)
        check(status == 401, f"a wrong token opens nothing ({status})")
        status, _, _ = request(port, "POST", "/scenarios/starter.yaml/run", run)
        check(status == 401, f"no session: a run is refused ({status})")
        status, _, _ = request(port, "POST", "/scenarios/starter.yaml/run", "replications=3", {"Cookie": session})
        check(status == 403, f"a session's form without its CSRF token is refused ({status})")

        # 3. HEAD.
        status, headers, body = request(port, "HEAD", "/", headers={"Cookie": session})
        _, _, get = request(port, "GET", "/", headers={"Cookie": session})
        check(status == 200 and body == "" and headers.get("Content-Length") == str(len(get.encode())), f"HEAD answers as GET without a body ({status})")

        # 4. Idle and slow connections.
        for label, sent in [("an idle connection", b""), ("a request head never finished", b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n")]:
            s = socket.create_connection(("127.0.0.1", port), timeout=10)
            if sent:
                s.sendall(sent)
            start = time.time()
            try:
                closed = s.recv(1024) == b""
            except OSError:
                closed = True
            s.close()
            check(closed and time.time() - start < 9, f"{label} is closed after {time.time() - start:.1f} s")

        # 5. A team member in Chromium.
        from selenium.webdriver.common.by import By
        from selenium.webdriver.support.ui import WebDriverWait

        driver = workspace_server.chromium("1200,1000")
        try:
            base_url = f"http://127.0.0.1:{port}"
            driver.get(base_url + "/")
            driver.save_screenshot(os.path.join(out, "01-sign-in.png"))
            check("Connexion" in driver.title, "the browser without a session sees the sign-in page")
            driver.get(f"{base_url}/?jeton={token}")
            check("starter.yaml" in driver.page_source and "Se déconnecter" in driver.page_source, "the printed address opens the workspace")
            cookies = {c["name"]: c for c in driver.get_cookies()}
            c = cookies.get("tzsim_session", {})
            check(c.get("httpOnly") is True and c.get("sameSite") == "Strict", f"the session cookie is HttpOnly, SameSite=Strict ({c.get('sameSite')})")
            driver.save_screenshot(os.path.join(out, "02-home.png"))
            driver.get(base_url + "/scenarios/starter.yaml")
            box = driver.find_element(By.NAME, "f:sites[centre].advisors")
            box.clear()
            box.send_keys("3")
            driver.find_element(By.ID, "save").click()
            try:
                WebDriverWait(driver, 30).until(lambda d: "saved=1" in d.current_url)
            finally:
                driver.save_screenshot(os.path.join(out, "03-saved.png"))
            saved = open(os.path.join(workspace, "starter.yaml"), encoding="utf-8").read()
            check("advisors: 3" in saved, "a save in the browser's session reaches the file")
            driver.find_element(By.ID, "launch").click()
            WebDriverWait(driver, 120).until(lambda d: 'id="verdicts"' in d.page_source)
            driver.save_screenshot(os.path.join(out, "04-run.png"))
            check(True, "a run started from the browser's session ends with its verdicts")
        finally:
            driver.quit()
    finally:
        server.terminate()
        server.wait(timeout=10)
        shutil.rmtree(workspace, ignore_errors=True)
    print(f"{len(problems)} problem(s); screenshots in {out}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

"""Starts `tzsim-serve` for the scripts that use the browser workspace (check-workspace.py, bench-serve.py).

    server, port = workspace_server.start(PATH_TO_TZSIM_SERVE, WORKSPACE_FOLDER)

Picks a free loopback port, starts the server on the folder and returns once it accepts
connections (at most 10 s). The caller stops it (`server.terminate()`). `csrf(port, path)` reads
the CSRF token a page's forms carry, which every POST must send back; `Findings` collects a check's steps,
failures and console errors; `chromium(size)` opens
Debian's Chromium through Selenium, headless, as the browser checks use it.
"""
import http.client, re, socket, subprocess, time


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start(serve, workspace, output=subprocess.DEVNULL):
    port = free_port()
    server = subprocess.Popen([serve, workspace, "--port", str(port)], stdout=output, stderr=subprocess.STDOUT, text=True)
    wait_until_listening(port)
    return server, port


def wait_until_listening(port):
    """Returns once the server on `port` accepts connections (at most 10 s)."""
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            time.sleep(0.1)


def csrf(port, path, headers=None):
    """The CSRF token of the forms on the page at `path`."""
    c = http.client.HTTPConnection("127.0.0.1", port)
    c.request("GET", path, headers=headers or {})
    page = c.getresponse().read().decode()
    c.close()
    m = re.search(r'name="csrf" value="([0-9a-f]{64})"', page)
    if not m:
        raise SystemExit(f"no CSRF token on {path}")
    return m.group(1)


def chromium(window_size, logs=False):
    """A headless Chromium (Debian's, with its chromedriver) driven by Selenium; `logs` keeps the console and network logs."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for a in ["--headless=new", "--no-sandbox", "--disable-gpu", f"--window-size={window_size}"]:
        options.add_argument(a)
    if logs:
        options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


class Findings:
    """What a browser check did and what went wrong: `step` says a step, `check` records a failed condition."""

    def __init__(self):
        self.steps, self.problems = [], []

    def step(self, text):
        self.steps.append(text)
        print("  " + text, flush=True)

    def check(self, condition, text):
        if not condition:
            self.problems.append(text)
            print("  FAILED: " + text, flush=True)

    def console(self, driver):
        """Records the console's errors; a refused form answers 422 or 409 on purpose."""
        for entry in driver.get_log("browser"):
            if entry["level"] == "SEVERE" and "status of 422" not in entry["message"] and "status of 409" not in entry["message"]:
                self.problems.append(f"console: {entry['message']}")

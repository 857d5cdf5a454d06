"""Starts `tzsim-serve` for the scripts that use the browser workspace (check-workspace.py, bench-serve.py).

    server, port = workspace_server.start(PATH_TO_TZSIM_SERVE, WORKSPACE_FOLDER)

Picks a free loopback port, starts the server on the folder and returns once it accepts
connections (at most 10 s). The caller stops it (`server.terminate()`). `csrf(port, path)` reads
the CSRF token a page's forms carry, which every POST must send back.
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

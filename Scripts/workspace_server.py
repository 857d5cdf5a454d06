"""Starts `tzsim-serve` for the scripts that use the browser workspace (check-workspace.py, bench-serve.py).

    server, port = workspace_server.start(PATH_TO_TZSIM_SERVE, WORKSPACE_FOLDER)

Picks a free loopback port, starts the server on the folder and returns once it accepts
connections (at most 10 s). The caller stops it (`server.terminate()`).
"""
import socket, subprocess, time


def start(serve, workspace, output=subprocess.DEVNULL):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen([serve, workspace, "--port", str(port)], stdout=output, stderr=subprocess.STDOUT, text=True)
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            time.sleep(0.1)
    return server, port

"""Starting and stopping the servers a step loads, on free loopback ports."""
import os
import socket
import subprocess
import time
import urllib.error
import urllib.request


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url, timeout=30):
    with urllib.request.urlopen(url, timeout=timeout) as response:
        return response.read().decode("utf-8", errors="replace")


class Service:
    """A server process started by a step; stopped by stop(), or when the driver exits."""

    def __init__(self, bench, name, cmd, env=None):
        self.bench, self.name = bench, name
        bench.log("$ " + " ".join(bench.shown(str(c)) for c in cmd) + " &")
        self.log = open(bench.log_path, "a", encoding="utf-8")
        self.process = subprocess.Popen([str(c) for c in cmd], stdout=self.log, stderr=self.log,
                                        env=dict(os.environ, **(env or {})))
        bench.cache.setdefault("stop_on_exit", []).append(self.stop)

    def wait_until_up(self, url, seconds=30):
        deadline = time.time() + seconds
        while time.time() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError("%s exited with status %d before it served requests" % (self.name, self.process.returncode))
            try:
                fetch(url, timeout=2)
                return
            except (urllib.error.URLError, OSError):
                time.sleep(0.2)
        raise RuntimeError("%s did not answer %s within %d s" % (self.name, url, seconds))

    def peak_rss_kb(self):
        with open("/proc/%d/status" % self.process.pid) as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
        return 0

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.log.close()

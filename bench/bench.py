#!/usr/bin/env python3
"""CareerPlanner benchmark driver (Python 3 standard library only).

Called by bench/run.sh, which publishes and seeds; this file checks the machine is idle, starts the
published app, signs seeded users in, makes a mentor link, warms up, drives wrk, reads the server's
CPU and memory from /proc and writes the Markdown results. See bench/README.md.

Subcommands:
  idle  --out FILE [--wait S]      sample load and CPU; warn loudly when busy (never aborts)
  run   --app DIR --data DIR ...   the measurements and the report
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import http.client
import json
import os
import re
import resource
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.parse
from html.parser import HTMLParser
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
PASSWORD = "benchmark passphrase"
CLK_TCK = int(subprocess.run(["getconf", "CLK_TCK"], capture_output=True, text=True).stdout.strip() or os.sysconf("SC_CLK_TCK"))


def log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", flush=True)


def warn(message: str) -> None:
    bar = "!" * 78
    print(f"\n{bar}\n!! WARNING: {message}\n{bar}\n", file=sys.stderr, flush=True)


# --------------------------------------------------------------------------------------------
# /proc readings


def cpu_times() -> tuple[int, int]:
    """(busy, total) jiffies over all CPUs, from /proc/stat."""
    fields = [int(x) for x in Path("/proc/stat").read_text().splitlines()[0].split()[1:]]
    user, nice, system, idle, iowait, irq, softirq, steal = (fields + [0] * 8)[:8]
    busy = user + nice + system + irq + softirq + steal
    return busy, busy + idle + iowait


def process_ticks(pid: int) -> int:
    """utime + stime of a process, in clock ticks."""
    stat = Path(f"/proc/{pid}/stat").read_text()
    rest = stat[stat.rindex(")") + 2:].split()
    return int(rest[11]) + int(rest[12])  # fields 14 and 15 of stat


def process_memory(pid: int) -> dict[str, int]:
    """VmRSS and VmHWM in kB."""
    values = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(("VmRSS:", "VmHWM:")):
            key, value = line.split(":", 1)
            values[key] = int(value.split()[0])
    return values


def children_cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def top_processes(limit: int = 5) -> list[str]:
    try:
        out = subprocess.run(["ps", "-eo", "pid,pcpu,etime,comm", "--sort=-pcpu"], capture_output=True, text=True, timeout=10).stdout
        return [line.strip() for line in out.splitlines()[1:limit + 1]]
    except (OSError, subprocess.SubprocessError):
        return []


# --------------------------------------------------------------------------------------------
# idle check


def sample_busy(seconds: float) -> float:
    busy0, total0 = cpu_times()
    time.sleep(seconds)
    busy1, total1 = cpu_times()
    return 100.0 * (busy1 - busy0) / max(1, total1 - total0)


def command_idle(args: argparse.Namespace) -> int:
    cores = os.cpu_count() or 1
    deadline = time.monotonic() + args.wait
    waited = 0.0
    started = time.monotonic()
    while True:
        load1 = float(Path("/proc/loadavg").read_text().split()[0])
        busy = sample_busy(3.0)
        # The load average lags by minutes; the CPU sample decides, the load is reported beside it.
        idle = busy <= args.max_busy
        if idle or time.monotonic() >= deadline:
            break
        log(f"machine busy (CPU {busy:.0f} % over 3 s, load average {load1:.2f}); waiting for it to calm down "
            f"(up to {args.wait:.0f} s, BENCH_IDLE_WAIT)")
        time.sleep(5)
    waited = time.monotonic() - started
    top = top_processes()
    state = {"load1": load1, "busy_pct": round(busy, 1), "idle": idle, "waited_s": round(waited, 1), "cores": cores, "top": top}
    Path(args.out).write_text(json.dumps(state, indent=2))
    if idle:
        log(f"machine idle: CPU {busy:.1f} % over 3 s, load average {load1:.2f} on {cores} cores")
    else:
        warn(f"THE MACHINE IS BUSY: CPU {busy:.0f} % over 3 s, load average {load1:.2f} on {cores} cores.\n"
             "!! Results will be noisy and slower than on an idle machine; the report marks this run as busy.\n"
             "!! Busiest processes:\n!!   " + "\n!!   ".join(top))
    return 0


# --------------------------------------------------------------------------------------------
# a tiny HTTP client with cookies, no redirects


class Response:
    def __init__(self, status: int, headers: http.client.HTTPMessage, body: bytes):
        self.status = status
        self.headers = headers
        self.body = body
        self.text = body.decode("utf-8", "replace")

    @property
    def location(self) -> str:
        return self.headers.get("Location", "")


class Session:
    def __init__(self, port: int):
        self.port = port
        self.cookies: dict[str, str] = {}

    def request(self, method: str, path: str, form: list[tuple[str, str]] | None = None, timeout: float = 30) -> Response:
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        headers = {}
        if self.cookies:
            headers["Cookie"] = self.cookie_header()
        body = None
        if form is not None:
            body = urllib.parse.urlencode(form)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        try:
            connection.request(method, path, body=body, headers=headers)
            raw = connection.getresponse()
            data = raw.read()
        finally:
            connection.close()
        for cookie in raw.headers.get_all("Set-Cookie") or []:
            name, _, rest = cookie.partition("=")
            value = rest.split(";", 1)[0]
            expired = re.search(r"expires=Thu, 01 Jan 1970", cookie, re.I) or value == ""
            if expired:
                self.cookies.pop(name.strip(), None)
            else:
                self.cookies[name.strip()] = value
        return Response(raw.status, raw.headers, data)

    def get(self, path: str) -> Response:
        return self.request("GET", path)

    def post(self, path: str, form: list[tuple[str, str]]) -> Response:
        return self.request("POST", path, form)

    def cookie_header(self, only: list[str] | None = None) -> str:
        return "; ".join(f"{k}={v}" for k, v in self.cookies.items() if only is None or any(k.startswith(p) for p in only))


class FormParser(HTMLParser):
    """Collects every form's action and its successful controls' current values."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.forms: list[dict] = []
        self._form: dict | None = None
        self._select: dict | None = None
        self._textarea: dict | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: (v if v is not None else "") for k, v in attrs}
        if tag == "form":
            self._form = {"action": a.get("action", ""), "method": a.get("method", "get").lower(), "fields": []}
            self.forms.append(self._form)
        elif self._form is None:
            return
        elif tag == "input" and "name" in a:
            kind = a.get("type", "text").lower()
            if kind in ("submit", "button", "image", "reset", "file"):
                return
            if kind in ("checkbox", "radio") and "checked" not in a:
                return
            self._form["fields"].append([a["name"], a.get("value", "on" if kind in ("checkbox", "radio") else "")])
        elif tag == "select" and "name" in a:
            self._select = {"name": a["name"], "first": None, "selected": None}
        elif tag == "option" and self._select is not None:
            value = a.get("value", "")
            if self._select["first"] is None:
                self._select["first"] = value
            if "selected" in a:
                self._select["selected"] = value
        elif tag == "textarea" and "name" in a:
            self._textarea = {"name": a["name"], "text": ""}

    def handle_data(self, data: str) -> None:
        if self._textarea is not None:
            self._textarea["text"] += data

    def handle_endtag(self, tag: str) -> None:
        if tag == "form":
            self._form = None
        elif tag == "select" and self._select is not None and self._form is not None:
            value = self._select["selected"] if self._select["selected"] is not None else self._select["first"]
            if value is not None:
                self._form["fields"].append([self._select["name"], value])
            self._select = None
        elif tag == "textarea" and self._textarea is not None and self._form is not None:
            self._form["fields"].append([self._textarea["name"], self._textarea["text"].removeprefix("\n")])
            self._textarea = None


def forms_of(page: str) -> list[dict]:
    parser = FormParser()
    parser.feed(page)
    return parser.forms


def request_token(page: str) -> str:
    match = re.search(r'name="__RequestVerificationToken"[^>]*value="([^"]+)"', page)
    if not match:
        raise RuntimeError("no antiforgery token in the page")
    return html.unescape(match.group(1))


def expect(response: Response, status: int, what: str) -> Response:
    if response.status != status:
        snippet = re.sub(r"\s+", " ", response.text)[:300]
        raise RuntimeError(f"{what}: expected HTTP {status}, got {response.status} {response.location} {snippet}")
    return response


class User:
    def __init__(self, email: str, session: Session, plan: int, token: str):
        self.email = email
        self.session = session
        self.plan = plan
        self.token = token

    @property
    def cookie(self) -> str:
        # The antiforgery cookie and the auth cookie (in chunks if it is large); TempData left out.
        return self.session.cookie_header(only=[".AspNetCore.Antiforgery", "CareerPlanner.Auth"])


def sign_in(port: int, email: str) -> User:
    session = Session(port)
    page = expect(session.get("/account/login"), 200, "login page")
    form = [("Input.Email", email), ("Input.Password", PASSWORD), ("__RequestVerificationToken", request_token(page.text))]
    expect(session.post("/account/login", form), 302, f"sign-in of {email}")
    if not any(name.startswith("CareerPlanner.Auth") for name in session.cookies):
        raise RuntimeError(f"sign-in of {email}: no CareerPlanner.Auth cookie")
    plans = expect(session.get("/plans"), 200, "plan list").text
    ids = re.findall(r'href="/plans/(\d+)"', plans)
    if not ids:
        raise RuntimeError(f"{email}: no plan link on /plans")
    plan = int(ids[0])
    page = expect(session.get(f"/plans/{plan}/progress-review"), 200, "progress review page")
    return User(email, session, plan, request_token(page.text))


def mentor_request(port: int, path: str) -> dict:
    """The mentor's repeat view: a browser that opened the link before and kept its antiforgery cookie."""
    session = Session(port)
    expect(session.get(path), 200, "mentor page")
    return get_request(path, session.cookie_header(only=[".AspNetCore.Antiforgery"]))


def create_share_link(user: User) -> str:
    session = user.session
    page = expect(session.get(f"/plans/{user.plan}/share"), 200, "share page")
    form = [
        ("__RequestVerificationToken", request_token(page.text)),
        ("Input.Label", "Benchmark mentor"),
        ("Input.Expiry", "Days30"),
        ("Input.AllowComments", "true"),
        ("Input.AllowRatings", "true"),
    ]
    created = expect(session.post(f"/plans/{user.plan}/share", form), 302, "create share link")
    shown = expect(session.get(created.location or f"/plans/{user.plan}/share"), 200, "share page after creating")
    match = re.search(r'<input[^>]*id="new-link-url"[^>]*value="([^"]+)"', shown.text)
    if not match:
        raise RuntimeError("the share page did not show the new link (id=new-link-url)")
    return urllib.parse.urlparse(html.unescape(match.group(1))).path


def check_in_form(user: User, today: str) -> tuple[str, list[tuple[str, str]]]:
    """The check-in form of the progress review, as the page fills it (every action's current status), with a reflection."""
    page = expect(user.session.get(f"/plans/{user.plan}/progress-review"), 200, "progress review page").text
    for form in forms_of(page):
        if "handler=review" in html.unescape(form["action"]).lower():
            fields = [(k, v) for k, v in form["fields"] if k not in ("Review.Date", "Review.Reflection")]
            fields += [("Review.Date", today), ("Review.Reflection", "Benchmark check-in: **steady** progress on the learning steps.")]
            return html.unescape(form["action"]), fields
    raise RuntimeError("no check-in form (handler=Review) on the progress review page")


# --------------------------------------------------------------------------------------------
# the server


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self, app: Path, data: Path, log_path: Path, pid_file: Path, extra_env: dict | None = None):
        self.app, self.data, self.log_path, self.pid_file = app, data, log_path, pid_file
        self.extra_env = extra_env or {}
        self.port = free_port()
        self.process: subprocess.Popen | None = None
        self.first_response_s = None
        self.first_page_s = None

    def start(self) -> None:
        env = {k: v for k, v in os.environ.items()
               if not k.startswith(("ConnectionStrings__", "ASPNETCORE_", "DOTNET_ENVIRONMENT", "CareerPlanner__"))}
        # No file watchers for appsettings: inotify instances are a per-user limit (128 here) that other
        # processes, such as a parallel test run hosting many apps, can use up; the app then fails to start.
        env.update({"ASPNETCORE_ENVIRONMENT": "Production", "CareerPlanner__DataFolder": str(self.data), "DOTNET_NOLOGO": "1",
                    "DOTNET_hostBuilder__reloadConfigOnChange": "false"})
        env.update(self.extra_env)
        log_file = open(self.log_path, "ab")
        started = time.monotonic()
        self.process = subprocess.Popen(
            ["dotnet", "CareerPlanner.Web.dll", "--urls", f"http://127.0.0.1:{self.port}"],
            cwd=self.app, env=env, stdout=log_file, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True)
        log_file.close()
        self.pid_file.write_text(str(self.process.pid))
        deadline = started + 120
        while True:
            if self.process.poll() is not None:
                raise RuntimeError(f"the server exited with code {self.process.returncode} during start-up (see its log)")
            try:
                connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=1)
                connection.request("GET", "/healthz/live")
                status = connection.getresponse().status
                connection.close()
                if status == 200:
                    self.first_response_s = time.monotonic() - started
                    break
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("the server did not answer /healthz/live within 120 s")
            time.sleep(0.005)
        expect(Session(self.port).get("/account/login"), 200, "first page")
        self.first_page_s = time.monotonic() - started
        expect(Session(self.port).get("/healthz"), 200, "database health check")

    @property
    def pid(self) -> int:
        assert self.process is not None
        return self.process.pid

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self.pid_file.exists():
            self.pid_file.unlink()


# --------------------------------------------------------------------------------------------
# wrk


def lua_string(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def lua_requests(requests: list[dict]) -> str:
    out = ["return { requests = {"]
    for r in requests:
        headers = ", ".join(f"[{lua_string(k)}] = {lua_string(v)}" for k, v in r.get("headers", {}).items())
        body = lua_string(r["body"]) if r.get("body") is not None else "nil"
        out.append(f"  {{ method = {lua_string(r['method'])}, path = {lua_string(r['path'])}, headers = {{ {headers} }}, body = {body} }},")
    out.append("} }")
    return "\n".join(out) + "\n"


# What every browser sends; pages are then kept and sent compressed.
BROWSER_HEADERS = {"Accept-Encoding": "gzip, deflate, br"}


def get_request(path: str, cookie: str | None = None, browser: bool = True) -> dict:
    headers = dict(BROWSER_HEADERS) if browser else {}
    if cookie:
        headers["Cookie"] = cookie
    return {"method": "GET", "path": path, "headers": headers}


def post_request(path: str, cookie: str, form: list[tuple[str, str]]) -> dict:
    return {"method": "POST", "path": path, "headers": {"Cookie": cookie, "Content-Type": "application/x-www-form-urlencoded"},
            "body": urllib.parse.urlencode(form)}


TIME_UNITS = {"us": 1e-3, "ms": 1.0, "s": 1e3, "m": 60e3, "h": 3600e3}


def parse_time_ms(text: str) -> float:
    match = re.fullmatch(r"([\d.]+)(us|ms|s|m|h)", text.strip())
    if not match:
        raise ValueError(f"cannot read wrk time {text!r}")
    return float(match.group(1)) * TIME_UNITS[match.group(2)]


def parse_wrk(output: str) -> dict:
    """The numbers wrk --latency prints, plus the BENCH lines of our Lua scripts."""
    result: dict = {"non_2xx_3xx": 0, "socket_errors": {"connect": 0, "read": 0, "write": 0, "timeout": 0}, "statuses": {}, "lua": {}}
    if m := re.search(r"Requests/sec:\s+([\d.]+)", output):
        result["rps"] = float(m.group(1))
    if m := re.search(r"(\d+) requests in ([\d.]+\w+)", output):
        result["requests"] = int(m.group(1))
        result["duration_s"] = parse_time_ms(m.group(2)) / 1000
    distribution = output.split("Latency Distribution", 1)[-1]
    for pct in ("50", "99"):
        if m := re.search(rf"^\s*{pct}(?:\.0+)?%\s+([\d.]+\w+)", distribution, re.M):
            result[f"p{pct}_ms"] = parse_time_ms(m.group(1))
    if m := re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output):
        result["non_2xx_3xx"] = int(m.group(1))
    if m := re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output):
        result["socket_errors"] = dict(zip(("connect", "read", "write", "timeout"), map(int, m.groups())))
    for line in output.splitlines():
        parts = line.split()
        if len(parts) == 4 and parts[:2] == ["BENCH", "status"]:
            result["statuses"][int(parts[2])] = int(parts[3])
        elif len(parts) == 3 and parts[0] == "BENCH":
            result["lua"][parts[1]] = int(parts[2])
    return result


class Runner:
    def __init__(self, tmp: Path, out: Path, threads: int, idle_wait: float):
        self.tmp, self.out, self.threads, self.idle_wait = tmp, out, threads, idle_wait
        self.count = 0

    def wrk(self, name: str, server: Server, script: str, spec: str, connections: int, duration: int, threads: int | None = None) -> dict:
        self.count += 1
        slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
        spec_file = self.tmp / f"spec-{self.count:02d}-{slug}.lua"
        spec_file.write_text(spec)
        threads = threads or min(self.threads, connections)
        command = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{duration}s", "--timeout", "5s", "--latency",
                   "-s", f"bench/lua/{script}", f"http://127.0.0.1:{server.port}", "--", str(spec_file)]
        busy0, total0 = cpu_times()
        server0 = process_ticks(server.pid)
        children0 = children_cpu_seconds()
        started = time.monotonic()
        completed = subprocess.run(command, capture_output=True, text=True, timeout=duration + 120, cwd=BENCH_DIR.parent)
        elapsed = time.monotonic() - started
        server_ticks = process_ticks(server.pid) - server0
        wrk_s = children_cpu_seconds() - children0
        busy1, total1 = cpu_times()
        (self.out / f"wrk-{self.count:02d}-{slug}.txt").write_text(" ".join(command[:-3]) + " URL -- SPEC\n\n" + completed.stdout + completed.stderr)
        if completed.returncode != 0:
            raise RuntimeError(f"wrk failed for {name}: {completed.stderr.strip()[:500]}")
        result = parse_wrk(completed.stdout)
        cores = os.cpu_count() or 1
        total_ticks = (total1 - total0) or 1
        server_s = server_ticks / CLK_TCK
        other_ticks = (busy1 - busy0) - server_ticks - wrk_s * CLK_TCK
        result.update({
            "name": name, "connections": connections, "threads": threads,
            "server_cpu_s": server_s, "wrk_cpu_s": wrk_s, "elapsed_s": elapsed,
            "server_cpu_pct_of_machine": 100.0 * server_ticks / total_ticks,
            "other_cpu_pct": max(0.0, 100.0 * other_ticks / total_ticks),
            "machine_busy_pct": 100.0 * (busy1 - busy0) / total_ticks,
            "cores": cores,
        })
        return result


def errors_of(result: dict, expected: set[int]) -> int:
    """Everything that is not the answer the measurement expects: socket errors, timeouts, non-2xx/3xx, unexpected statuses."""
    socket = sum(result["socket_errors"].values())
    if "unexpected" in result["lua"]:
        return socket + result["lua"]["unexpected"]
    unexpected = sum(n for status, n in result["statuses"].items() if status not in expected)
    # Non-2xx/3xx responses are among the unexpected statuses when the Lua script counted them.
    return socket + (unexpected if result["statuses"] else result["non_2xx_3xx"])


def summarize(result: dict, expected: set[int]) -> dict:
    requests = result.get("requests") or result["lua"].get("requests", 0)
    row = {
        "name": result["name"], "connections": result["connections"],
        "rps": result.get("rps", 0.0), "p50_ms": result.get("p50_ms"), "p99_ms": result.get("p99_ms"),
        "errors": errors_of(result, expected), "non_2xx_3xx": result["non_2xx_3xx"], "socket_errors": result["socket_errors"],
        "statuses": result["statuses"], "requests": requests,
        "server_cpu_ms_per_req": 1000.0 * result["server_cpu_s"] / requests if requests else None,
        "other_cpu_pct": result["other_cpu_pct"], "server_cpu_pct": result["server_cpu_pct_of_machine"],
        "wrk_cpu_s": result["wrk_cpu_s"],
    }
    return row


# --------------------------------------------------------------------------------------------
# the run


def machine_info() -> dict:
    cpuinfo = Path("/proc/cpuinfo").read_text()
    model = next((line.split(":", 1)[1].strip() for line in cpuinfo.splitlines() if line.startswith("model name")), "unknown")
    mem_kb = next(int(line.split()[1]) for line in Path("/proc/meminfo").read_text().splitlines() if line.startswith("MemTotal:"))
    dotnet = subprocess.run(["dotnet", "--version"], capture_output=True, text=True).stdout.strip()
    wrk_version = subprocess.run(["wrk", "--version"], capture_output=True, text=True)
    wrk_line = (wrk_version.stdout + wrk_version.stderr).splitlines()[0].split(" Copyright")[0] if (wrk_version.stdout + wrk_version.stderr) else "wrk"
    kernel = os.uname().release
    return {"nproc": os.cpu_count(), "memory_gib": round(mem_kb / 1024 / 1024, 1), "cpu_model": model, "dotnet": dotnet, "wrk": wrk_line, "kernel": kernel}


def git_revision(root: Path) -> str:
    try:
        rev = subprocess.run(["git", "-C", str(root), "rev-parse", "--short", "HEAD"], capture_output=True, text=True, timeout=10).stdout.strip()
        dirty = subprocess.run(["git", "-C", str(root), "status", "--porcelain", "--untracked-files=no", "--", "src"],
                               capture_output=True, text=True, timeout=30).stdout.strip()
        return f"{rev}{' + uncommitted changes in src/' if dirty else ''}" if rev else "unknown"
    except (OSError, subprocess.SubprocessError):
        return "unknown"


def warm_up(runner: Runner, server: Server, requests: list[dict], seconds: int, name: str) -> dict:
    log(f"warm-up: {seconds} s under load ({len(requests)} kinds of request round-robin, 32 connections)")
    result = runner.wrk(name, server, "mix.lua", lua_requests(requests), 32, seconds)
    return summarize(result, {200, 302})


QUIET_PCT = 10.0


def wait_for_quiet(server: Server, limit_s: float) -> float:
    """Before a measurement: waits (up to limit_s) until other processes use at most QUIET_PCT % of the machine."""
    started = time.monotonic()
    while True:
        busy0, total0 = cpu_times()
        server0 = process_ticks(server.pid)
        time.sleep(2)
        busy1, total1 = cpu_times()
        other = 100.0 * ((busy1 - busy0) - (process_ticks(server.pid) - server0)) / max(1, total1 - total0)
        waited = time.monotonic() - started
        if other <= QUIET_PCT or waited >= limit_s:
            if other > QUIET_PCT:
                log(f"  other processes still use {other:.0f} % of the machine after {waited:.0f} s; measuring anyway (noisy)")
            return round(waited, 1)
        log(f"  other processes use {other:.0f} % of the machine; waiting before measuring (up to {limit_s:.0f} s, BENCH_IDLE_WAIT)")
        time.sleep(3)


def measure(runner: Runner, server: Server, name: str, requests, connections: int, duration: int, expected: set[int]) -> dict:
    """requests: a list, or a function making it, called once the machine is quiet (fresh sessions)."""
    waited = wait_for_quiet(server, runner.idle_wait)
    if callable(requests):
        requests = requests()
    log(f"measure: {name} ({connections} connections, {duration} s)")
    row = summarize(runner.wrk(name, server, "mix.lua", lua_requests(requests), connections, duration), expected)
    row["waited_for_quiet_s"] = waited
    log(f"  {row['rps']:.0f} req/s, p50 {fmt_ms(row['p50_ms'])}, p99 {fmt_ms(row['p99_ms'])}, errors {row['errors']}, "
        f"server CPU {fmt_num(row['server_cpu_ms_per_req'], 3)} ms/req, other load {row['other_cpu_pct']:.0f} %")
    time.sleep(1)
    return row


def measure_edit_then_view(runner: Runner, server: Server, editors, connections: int, duration: int) -> dict:
    waited = wait_for_quiet(server, runner.idle_wait)
    if callable(editors):
        editors = editors()
    log(f"measure: overview after an edit ({connections} connections, each POST edit then GET overview, {duration} s)")
    spec = "return { editors = {\n" + "".join(
        f"  {{ cookie = {lua_string(u.cookie)}, token = {lua_string(urllib.parse.quote(u.token, safe=''))}, plan = {u.plan} }},\n" for u in editors) + "} }\n"
    result = runner.wrk("overview-after-edit", server, "edit_then_view.lua", spec, connections, duration, threads=connections)
    lua = result["lua"]
    duration_s = lua.get("duration_us", 0) / 1e6 or result.get("duration_s", duration)
    cycles = lua.get("gets", 0)
    row = summarize(result, {200, 302})
    row.update({
        "name": "overview, first view after an edit",
        "rps": cycles / duration_s if duration_s else 0.0,  # first views per second (one per edit)
        "p50_ms": lua.get("get_p50_us", 0) / 1000, "p99_ms": lua.get("get_p99_us", 0) / 1000,
        "post_p50_ms": lua.get("post_p50_us", 0) / 1000, "post_p99_ms": lua.get("post_p99_us", 0) / 1000,
        "mixed_p50_ms": result.get("p50_ms"), "mixed_p99_ms": result.get("p99_ms"),
        "edits": lua.get("posts", 0), "edits_ok": lua.get("posts_ok", 0), "views": cycles, "views_ok": lua.get("gets_ok", 0),
        "server_cpu_ms_per_req": 1000.0 * result["server_cpu_s"] / cycles if cycles else None,  # per edit + view
        "waited_for_quiet_s": waited,
    })
    log(f"  {row['rps']:.0f} edit+view cycles/s; view p50 {fmt_ms(row['p50_ms'])}, p99 {fmt_ms(row['p99_ms'])}; "
        f"edit p50 {fmt_ms(row['post_p50_ms'])}, p99 {fmt_ms(row['post_p99_ms'])}; errors {row['errors']}")
    time.sleep(1)
    return row


def fmt_ms(value: float | None) -> str:
    if value is None:
        return "n/a"
    if value >= 1000:
        return f"{value / 1000:.2f} s"
    return f"{value:.2f} ms" if value < 10 else f"{value:.1f} ms"


def fmt_pct(value: float) -> str:
    return f"{value:.2f} %" if value < 1 else f"{value:.1f} %"


def fmt_num(value: float | None, digits: int = 1) -> str:
    return "n/a" if value is None else f"{value:.{digits}f}"


def command_run(args: argparse.Namespace) -> int:
    tmp, out = Path(args.tmp), Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    runner = Runner(tmp, out, threads=2, idle_wait=args.idle_wait)
    duration, warmup = args.duration, args.warmup
    today = dt.datetime.now(dt.timezone.utc).date().isoformat()
    report: dict = {
        "started_utc": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": machine_info(), "revision": git_revision(Path(args.root)),
        "settings": {"users": args.users, "duration_s": duration, "warmup_s": warmup, "growth": args.growth,
                     "wrk_threads": 2, "connections": 32, "post_connections": 16},
        "idle": json.loads(Path(args.idle).read_text()) if args.idle and Path(args.idle).exists() else None,
        "seed": json.loads(Path(args.seed).read_text()) if args.seed and Path(args.seed).exists() else {},
        "publish_s": args.publish_s,
    }

    if args.users < 3:
        raise SystemExit("BENCH_USERS must be at least 3 (one reader, editors, savers)")

    # -------- main run
    server = Server(Path(args.app), Path(args.data), tmp / "server.log", tmp / "server.pid")
    log(f"starting the app (Production) on 127.0.0.1:{server.port}")
    server.start()
    log(f"first response {server.first_response_s * 1000:.0f} ms after process start; first page {server.first_page_s * 1000:.0f} ms")
    report["startup"] = {"first_response_s": server.first_response_s, "first_page_s": server.first_page_s}
    try:
        # bench-1 reads; bench-2.. are split into savers (check-ins, which add a review each) and editors
        # (an in-place edit), so the plans whose overview is measured never grow during the run.
        emails = [f"bench-{i}@example.com" for i in range(1, args.users + 1)]
        mentor_path = ""

        def sessions() -> dict:
            """Signs everyone in afresh and prepares the requests. A browser takes the renewed sign-in
            cookie the app sends after its once-a-minute security-stamp check; wrk replays fixed
            cookies, so each measurement starts with sessions younger than that minute."""
            nonlocal mentor_path
            log(f"signing in {len(emails)} seeded users")
            users = [sign_in(server.port, e) for e in emails]
            reader, others = users[0], users[1:]
            savers = others[: max(1, len(others) // 2)]
            editors = others[len(savers):] or savers
            if not mentor_path:
                mentor_path = create_share_link(reader)
                log(f"mentor link created for plan {reader.plan}")
            saves = []
            for u in savers:
                path, form = check_in_form(u, today)
                saves.append(post_request(path, u.cookie, form))
            edit_requests = []
            for u in editors:
                edit_requests.append(post_request(f"/plans/{u.plan}/calendar?handler=Cadence", u.cookie,
                                                  [("__RequestVerificationToken", u.token), ("Cadence", "Quarterly")]))
                edit_requests.append(get_request(f"/plans/{u.plan}", u.cookie))
            return {"reader": reader, "savers": savers, "editors": editors,
                    "overview": get_request(f"/plans/{reader.plan}", reader.cookie),
                    "step": get_request(f"/plans/{reader.plan}/self-assessment", reader.cookie),
                    "mentor": mentor_request(server.port, mentor_path), "live": get_request("/healthz/live", browser=False),
                    "saves": saves, "edits": edit_requests}

        s = sessions()
        live, overview, step, mentor, saves, edit_requests = s["live"], s["overview"], s["step"], s["mentor"], s["saves"], s["edits"]

        # Every request once, by hand, before any load: it must answer as the measurement expects.
        for r, status in [(live, 200), (overview, 200), (step, 200), (mentor, 200), (saves[0], 302), (edit_requests[0], 302), (edit_requests[1], 200)]:
            connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=30)
            connection.request(r["method"], r["path"], body=r.get("body"), headers=r["headers"])
            answer = connection.getresponse()
            answer.read()
            connection.close()
            if answer.status != status:
                raise RuntimeError(f"sanity check: {r['method']} {r['path'].split('?')[0]} answered {answer.status}, expected {status}")
        report["plans"] = {"reader_plan": s["reader"].plan, "savers": len(s["savers"]), "editors": len(s["editors"])}

        report["warmup"] = warm_up(runner, server, [live, overview, step, mentor, *saves[:4], *edit_requests[:8]], warmup, "warmup")
        rows = []
        rows.append(measure(runner, server, "trivial /healthz/live", [live], 32, duration, {200}))
        rows.append(measure(runner, server, "overview repeat view", lambda: [sessions()["overview"]], 32, duration, {200}))
        rows.append(measure_edit_then_view(runner, server, lambda: sessions()["editors"], 32, duration))
        rows.append(measure(runner, server, "wizard step GET (self-assessment)", lambda: [sessions()["step"]], 32, duration, {200}))
        rows.append(measure(runner, server, "wizard save POST (check-in)", lambda: sessions()["saves"], 16, duration, {302}))
        rows.append(measure(runner, server, "mentor link page", [mentor], 32, duration, {200}))
        report["rows"] = rows
        memory = process_memory(server.pid)
        report["memory"] = {"rss_mb": memory.get("VmRSS", 0) / 1024, "peak_rss_mb": memory.get("VmHWM", 0) / 1024}
        log(f"server RSS after the run {report['memory']['rss_mb']:.0f} MB (peak {report['memory']['peak_rss_mb']:.0f} MB)")
    finally:
        server.stop()
    report["server_log"] = scan_server_log(tmp / "server.log", out / "server-warnings.log")

    # -------- the same pages rendered afresh: what a first view (after an edit, a comment, a new day) costs
    report["render"] = run_render(args, runner, tmp, mentor_path)

    # -------- growth
    if args.growth:
        report["growth"] = run_growth(args, runner, tmp)

    report["finished_utc"] = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    report["run_s"] = round(time.time() - args.t0) if args.t0 else 0
    (out / "results.json").write_text(json.dumps(report, indent=2, default=str))
    markdown = render(report)
    results = Path(args.results)
    results.mkdir(parents=True, exist_ok=True)
    (results / "latest.md").write_text(markdown)
    (results / f"{dt.date.today().isoformat()}.md").write_text(markdown)
    print()
    print(markdown)
    return 0


# Pages are kept in memory once rendered; with this setting every view renders from the database, as the
# first view after any change does.
NO_PAGE_CACHE = {"CareerPlanner__PageCache": "false"}


def run_render(args: argparse.Namespace, runner: Runner, tmp: Path, mentor_path: str) -> dict:
    server = Server(Path(args.app), Path(args.data), tmp / "server-render.log", tmp / "server.pid", NO_PAGE_CACHE)
    log("render run: the app again on the same data, with pages rendered on every view (CareerPlanner:PageCache=false)")
    server.start()
    try:
        def requests() -> dict:
            reader = sign_in(server.port, "bench-1@example.com")
            return {"overview": get_request(f"/plans/{reader.plan}", reader.cookie),
                    "step": get_request(f"/plans/{reader.plan}/self-assessment", reader.cookie),
                    "mentor": mentor_request(server.port, mentor_path)}
        first = requests()
        live = get_request("/healthz/live", browser=False)
        render: dict = {"warmup": warm_up(runner, server, [live, first["overview"], first["step"], first["mentor"]], args.warmup, "render-warmup")}
        rows = [
            measure(runner, server, "trivial /healthz/live (render run)", [live], 32, args.duration, {200}),
            measure(runner, server, "overview, first view (rendered afresh)", lambda: [requests()["overview"]], 32, args.duration, {200}),
            measure(runner, server, "wizard step GET, rendered afresh", lambda: [requests()["step"]], 32, args.duration, {200}),
            measure(runner, server, "mentor link page, rendered afresh", [first["mentor"]], 32, args.duration, {200}),
        ]
        render["rows"] = rows
        render["rss_mb"] = process_memory(server.pid).get("VmRSS", 0) / 1024
    finally:
        server.stop()
    render["server_log"] = scan_server_log(tmp / "server-render.log", None)
    return render


def run_growth(args: argparse.Namespace, runner: Runner, tmp: Path) -> dict:
    growth: dict = {"sizes": {}}
    for label, data in (("100", args.growth_small), ("100000", args.growth_large)):
        # Rendered afresh: a page from memory would not touch the database whose size is the point here.
        server = Server(Path(args.app), Path(data), tmp / f"server-growth-{label}.log", tmp / "server.pid", NO_PAGE_CACHE)
        log(f"growth: starting the app on the database with {int(label):,} plans")
        server.start()
        try:
            reader = sign_in(server.port, "bench-1@example.com")
            overview = get_request(f"/plans/{reader.plan}", reader.cookie)
            step = get_request(f"/plans/{reader.plan}/self-assessment", reader.cookie)
            warm_up(runner, server, [overview, step], args.growth_warmup, f"growth-{label}-warmup")
            growth["sizes"][label] = {
                "overview": measure(runner, server, f"growth {label}: overview rendered afresh", [overview], 32, args.duration, {200}),
                "step": measure(runner, server, f"growth {label}: wizard step GET rendered afresh", [step], 32, args.duration, {200}),
                "first_response_s": server.first_response_s,
                "rss_mb": process_memory(server.pid).get("VmRSS", 0) / 1024,
            }
        finally:
            server.stop()
        growth["sizes"][label]["server_log"] = scan_server_log(tmp / f"server-growth-{label}.log", None)
    return growth


def scan_server_log(path: Path, keep: Path | None) -> dict:
    """Counts the server's warnings and errors (JSON console lines) and keeps them for reading."""
    counts = {"Warning": 0, "Error": 0, "Critical": 0, "lines": 0}
    kept = []
    if path.exists():
        with open(path, encoding="utf-8", errors="replace") as f:
            for line in f:
                counts["lines"] += 1
                for level in ("Warning", "Error", "Critical"):
                    if f'"LogLevel":"{level}"' in line:
                        counts[level] += 1
                        if len(kept) < 200:
                            kept.append(line)
                if "Unhandled exception" in line or "fail:" in line:
                    if len(kept) < 200:
                        kept.append(line)
    if keep is not None:
        keep.write_text("".join(kept))
    return counts


# --------------------------------------------------------------------------------------------
# the report

TARGETS = {
    "overview repeat view": {"ratio": 0.20, "p99_ms": 10.0},
    "overview, first view (rendered afresh)": {"ratio": 0.04},
    "mentor link page": {"ratio": 0.20},
    "wizard step GET (self-assessment)": {"ratio": 0.06},
    "wizard step GET, rendered afresh": {"ratio": 0.06},
    "wizard save POST (check-in)": {"ratio": 0.03, "p99_ms": 30.0, "errors": 0},
}


def verdict(ok: bool) -> str:
    return "✅ met" if ok else "❌ missed"


def table_rows(rows: list[dict]) -> list[str]:
    """One Markdown table of measurements; the first row is the trivial endpoint the others are compared with."""
    trivial = rows[0]["rps"] or 1.0
    lines = [
        "| Measurement | Conns | Req/s | p50 | p99 | Errors | Ratio to trivial | Server CPU ms/req | Other load | Target | Met? |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---|",
    ]
    for row in rows:
        name = row["name"]
        ratio = row["rps"] / trivial
        target = TARGETS.get(name, {})
        checks, wanted = [], []
        if "ratio" in target:
            checks.append(ratio >= target["ratio"])
            wanted.append(f"≥ {target['ratio'] * 100:.0f} %")
        if "p99_ms" in target:
            checks.append(row["p99_ms"] is not None and row["p99_ms"] <= target["p99_ms"])
            wanted.append(f"p99 ≤ {target['p99_ms']:.0f} ms")
        if "errors" in target:
            checks.append(row["errors"] == 0)
            wanted.append("0 errors")
        label = name
        rps = f"{row['rps']:,.0f}"
        if "edits" in row:
            label = "overview, first view after an edit ¹"
            rps = f"{row['rps']:,.0f} ²"
        met = "—" if not checks else verdict(all(checks))
        lines.append(
            f"| {label} | {row['connections']} | {rps} | {fmt_ms(row['p50_ms'])} | {fmt_ms(row['p99_ms'])} | {row['errors']} | "
            f"{'1 (reference)' if row is rows[0] else fmt_pct(ratio * 100)} | {fmt_num(row['server_cpu_ms_per_req'], 3)} | "
            f"{row['other_cpu_pct']:.0f} %{' ⚠️' if row['other_cpu_pct'] > QUIET_PCT else ''} | {', '.join(wanted) or '—'} | {met} |")
    return lines


def render(report: dict) -> str:
    m, s = report["machine"], report["settings"]
    rows = report["rows"]
    trivial = rows[0]["rps"] or 1.0
    lines = [
        "# CareerPlanner benchmark results",
        "",
        f"Run {report['started_utc']} → {report['finished_utc']} ({report['run_s']:.0f} s in all), revision {report['revision']}. "
        "Produced by `bash bench/run.sh`; see `bench/README.md` for what each row measures.",
        "",
        f"**Machine:** {m['nproc']} CPUs ({m['cpu_model']}), {m['memory_gib']} GiB memory, Linux {m['kernel']}, .NET SDK {m['dotnet']}, {m['wrk']}. "
        "Server and wrk share the machine.",
        "",
        f"**Settings:** {s['users']} seeded users (BENCH_USERS), {s['duration_s']} s per measurement (BENCH_DURATION), "
        f"{s['warmup_s']} s warm-up under load (BENCH_WARMUP), wrk {s['wrk_threads']} threads × {s['connections']} connections "
        f"({s['post_connections']} for the save POST; the after-edit row uses 32 threads × 1 connection), Release build, Production environment, "
        f"growth mode {'on' if s['growth'] else 'off'} (BENCH_GROWTH).",
        "",
    ]
    idle = report.get("idle")
    if idle:
        if idle["idle"]:
            lines += [f"**Idle check:** idle before the run (CPU {idle['busy_pct']} % over 3 s, load average {idle['load1']}).", ""]
        else:
            lines += [f"> ⚠️ **The machine was busy when the run started** (CPU {idle['busy_pct']} % over 3 s, load average {idle['load1']} "
                      f"on {idle['cores']} cores, after waiting {idle['waited_s']} s). The numbers below are slower and noisier than on an idle machine; "
                      "the *other load* column shows how much CPU other processes took during each measurement.", ""]
    lines += ["## Pages as people meet them: plan and mentor pages kept in memory between changes", ""]
    lines += table_rows(rows)
    render_run = report.get("render")
    if render_run:
        lines += ["", "## The same pages rendered afresh: what a first view costs (after an edit, a comment or a new day)", "",
                  "A second server on the same data with `CareerPlanner:PageCache=false`, so every view renders from the database; "
                  "its own warm-up, its own trivial endpoint for the ratios.", ""]
        lines += table_rows(render_run["rows"])
        rows = rows + render_run["rows"]
    noisy = [row["name"] for row in rows if row["other_cpu_pct"] > QUIET_PCT]
    if noisy:
        lines += ["", f"⚠️ Other processes took more than {QUIET_PCT:.0f} % of the machine during {len(noisy)} of {len(rows)} measurements "
                  f"({', '.join(noisy)}): those rows are slower than this code is on a quiet machine."]
    mem, start = report["memory"], report["startup"]
    lines += [
        "",
        "| Other measure | Value | Target | Met? |",
        "|---|---:|---|---|",
        f"| Server RSS after the run (VmRSS) | {mem['rss_mb']:.0f} MB (peak VmHWM {mem['peak_rss_mb']:.0f} MB) | ≤ 250 MB | {verdict(mem['rss_mb'] <= 250)} |",
        f"| Process start → first successful response (`/healthz/live`) | {start['first_response_s'] * 1000:.0f} ms | ≤ 2 s | {verdict(start['first_response_s'] <= 2)} |",
        f"| Process start → first rendered page (`/account/login`) | {start['first_page_s'] * 1000:.0f} ms | — | — |",
    ]
    seed = report.get("seed", {})
    for key, text in (("main_s", f"Seeding {s['users']} users with a full plan each"), ("growth_small_s", "Seeding the 100-plan growth database"),
                      ("growth_large_s", "Seeding the 100,000-plan growth database")):
        if key in seed:
            lines.append(f"| {text} | {seed[key]:.1f} s | — | — |")
    if report.get("publish_s"):
        lines.append(f"| `dotnet publish -c Release` | {report['publish_s']:.0f} s | — | — |")
    log_counts = report["server_log"]
    lines.append(f"| Server log: warnings / errors | {log_counts['Warning']} / {log_counts['Error'] + log_counts['Critical']} | — | — |")

    edit = next((r for r in rows if "edits" in r), None)
    lines += [""]
    if edit:
        lines += [
            f"¹ Each of 32 connections (one per wrk thread) repeats: POST an edit of its plan's review rhythm (302, in place: the plan's version moves on, "
            f"its size does not), then GET the overview. p50/p99 are those of the GET alone, timed in the Lua script; the edit itself took "
            f"p50 {fmt_ms(edit['post_p50_ms'])}, p99 {fmt_ms(edit['post_p99_ms'])} (wrk's figures over both requests: p50 {fmt_ms(edit['mixed_p50_ms'])}, "
            f"p99 {fmt_ms(edit['mixed_p99_ms'])}). {edit['edits']:,} edits, {edit['views']:,} views; "
            f"{report['plans']['editors']} plans edited, so several connections share a plan. At any moment part of the connections wait for "
            "their edit, so fewer overview GETs run at once than in the repeat-view row: compare CPU per request and rates, not this p50 with that one.",
            "",
            "² Edit + view pairs per second: the edit's cost is inside this rate (a view after an edit cannot happen without "
            "the edit), and server CPU ms/req is per edit + view. The target for a first view is checked on the rendered-afresh row below, "
            "which measures the view alone.",
            "",
        ]
    lines += [
        f"The save POST is the progress review's check-in form as the page fills it (every action's current status) plus a reflection; "
        f"each 302 is a review really recorded. Requests go round-robin over {report['plans']['savers']} plans, so concurrent saves to one plan happen "
        "(the app retries those). Errors count socket errors, timeouts (> 5 s) and any status other than the expected one "
        "(200 for pages, 302 for saves and edits), so a 200 conflict page would count.",
        "",
        f"*Ratio to trivial* is requests/s of the row divided by requests/s of `/healthz/live` in this same run ({trivial:,.0f} req/s). "
        "*Other load* is CPU used by processes other than the server and wrk during the measurement, as a share of the whole machine.",
    ]

    growth = report.get("growth")
    if growth and {"100", "100000"} <= set(growth["sizes"]):
        small, large = growth["sizes"]["100"], growth["sizes"]["100000"]
        lines += [
            "",
            "## Growth: 100 plans vs 100,000 plans in the database",
            "",
            "Same pages, same plan (bench-1's), a fresh server for each database with its own warm-up, pages rendered on every view "
            "(a page kept in memory would not touch the database); the only difference is how many other plans exist.",
            "",
            "| Page | Req/s at 100 | Req/s at 100k | p50 at 100 | p50 at 100k | p50 ratio (100k/100) | Req/s ratio (100k/100) | p99 at 100 | p99 at 100k | Errors | Target (p50 ≤ 1.2×) |",
            "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|",
        ]
        for key, label in (("overview", "overview rendered afresh"), ("step", "wizard step GET rendered afresh")):
            a, b = small[key], large[key]
            p50_ratio = (b["p50_ms"] / a["p50_ms"]) if a["p50_ms"] else float("nan")
            rps_ratio = (b["rps"] / a["rps"]) if a["rps"] else float("nan")
            lines.append(f"| {label} | {a['rps']:,.0f} | {b['rps']:,.0f} | {fmt_ms(a['p50_ms'])} | {fmt_ms(b['p50_ms'])} | {p50_ratio:.2f}× | "
                         f"{rps_ratio:.2f}× | {fmt_ms(a['p99_ms'])} | {fmt_ms(b['p99_ms'])} | {a['errors'] + b['errors']} | {verdict(p50_ratio <= 1.2)} |")
        lines += ["", f"Start → first response: {small['first_response_s'] * 1000:.0f} ms with 100 plans, {large['first_response_s'] * 1000:.0f} ms with 100,000; "
                  f"RSS after: {small['rss_mb']:.0f} MB and {large['rss_mb']:.0f} MB. Other load during the growth measurements: "
                  f"{max(small['overview']['other_cpu_pct'], small['step']['other_cpu_pct'], large['overview']['other_cpu_pct'], large['step']['other_cpu_pct']):.0f} % at most."]
    else:
        lines += ["", "Growth mode was not run (set `BENCH_GROWTH=1`)."]
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    idle = sub.add_parser("idle")
    idle.add_argument("--out", required=True)
    idle.add_argument("--wait", type=float, default=60)
    idle.add_argument("--max-busy", type=float, default=10.0, help="CPU %% over the sample above which the machine counts as busy")
    run = sub.add_parser("run")
    run.add_argument("--root", required=True)
    run.add_argument("--app", required=True)
    run.add_argument("--data", required=True)
    run.add_argument("--tmp", required=True)
    run.add_argument("--out", required=True)
    run.add_argument("--results", required=True)
    run.add_argument("--users", type=int, default=20)
    run.add_argument("--duration", type=int, default=20)
    run.add_argument("--warmup", type=int, default=30)
    run.add_argument("--growth", action="store_true")
    run.add_argument("--growth-small")
    run.add_argument("--growth-large")
    run.add_argument("--growth-warmup", type=int, default=30)
    run.add_argument("--idle")
    run.add_argument("--idle-wait", type=float, default=60, help="seconds to wait for other load to settle before each measurement")
    run.add_argument("--seed")
    run.add_argument("--publish-s", type=float, default=0)
    run.add_argument("--t0", type=float, default=0, help="epoch seconds when the whole run started (for the total)")
    args = parser.parse_args()
    if args.command == "idle":
        return command_idle(args)
    return command_run(args)


if __name__ == "__main__":
    sys.exit(main())

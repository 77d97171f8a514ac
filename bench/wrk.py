"""Driving wrk: the requests it replays (written as Lua tables for bench/lua/*.lua), a run of wrk with the
server's and the machine's CPU read around it, wrk's output parsed, and a measurement summarized to a row."""

from __future__ import annotations

import http.client
import os
import re
import subprocess
import time
import urllib.parse
from pathlib import Path

from measurement import CLK_TCK, children_cpu_seconds, cpu_times, log, wait_for_quiet
from report import fmt_ms, fmt_num

BENCH_DIR = Path(__file__).resolve().parent


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


def check_requests(port: int, checks: list[tuple[dict, int]]) -> None:
    """Sends each prepared request once, by hand, before any load: it must answer with the status the measurement expects."""
    for r, status in checks:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        connection.request(r["method"], r["path"], body=r.get("body"), headers=r["headers"])
        answer = connection.getresponse()
        answer.read()
        connection.close()
        if answer.status != status:
            raise RuntimeError(f"sanity check: {r['method']} {r['path'].split('?')[0]} answered {answer.status}, expected {status}")


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
    """Runs wrk against a server: anything with a port and cpu_ticks() (one app, or a cluster behind nginx)."""

    def __init__(self, tmp: Path, out: Path, threads: int, idle_wait: float):
        self.tmp, self.out, self.threads, self.idle_wait = tmp, out, threads, idle_wait
        self.count = 0

    def wrk(self, name: str, server, script: str, spec: str, connections: int, duration: int, threads: int | None = None) -> dict:
        self.count += 1
        slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
        spec_file = self.tmp / f"spec-{self.count:02d}-{slug}.lua"
        spec_file.write_text(spec)
        threads = threads or min(self.threads, connections)
        command = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{duration}s", "--timeout", "5s", "--latency",
                   "-s", f"bench/lua/{script}", f"http://127.0.0.1:{server.port}", "--", str(spec_file)]
        busy0, total0 = cpu_times()
        server0 = server.cpu_ticks()
        children0 = children_cpu_seconds()
        started = time.monotonic()
        completed = subprocess.run(command, capture_output=True, text=True, timeout=duration + 120, cwd=BENCH_DIR.parent)
        elapsed = time.monotonic() - started
        server_ticks = server.cpu_ticks() - server0
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


def warm_up(runner: Runner, server, requests: list[dict], seconds: int, name: str) -> dict:
    log(f"warm-up: {seconds} s under load ({len(requests)} kinds of request round-robin, 32 connections)")
    result = runner.wrk(name, server, "mix.lua", lua_requests(requests), 32, seconds)
    return summarize(result, {200, 302})


def measure(runner: Runner, server, name: str, requests, connections: int, duration: int, expected: set[int]) -> dict:
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


def measure_edit_then_view(runner: Runner, server, editors, connections: int, duration: int) -> dict:
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

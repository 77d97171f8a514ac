#!/usr/bin/env python3
"""CareerPlanner on PostgreSQL: the same pages measured with one and with two app instances behind nginx.

Called by bench/postgres.sh (which publishes the app and starts PostgreSQL); reuses bench.py's
modules (app.py's sign-in, wrk.py's requests and runner, report.py's formats) and adds only the
cluster: app instances on PostgreSQL, nginx in front of them, and the CPU of all of them
(instances, nginx, PostgreSQL) counted as the server's. nginx is in front in both set-ups, so the ratio 2 ÷ 1 is the gain of the
second instance alone, not of the proxy. See bench/README.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools" / "pyclient"))
from careerplanner_client import AppServer, free_port, wait_for_ok  # noqa: E402  (the tools' shared client)

from app import check_in_form, create_share_link, sign_in  # noqa: E402  (bench.py's modules, next to this file)
from measurement import git_revision, log, machine_info, process_memory, process_ticks  # noqa: E402
from report import fmt_ms, fmt_num, fmt_pct  # noqa: E402
from wrk import Runner, get_request, measure, measure_edit_then_view, post_request, warm_up  # noqa: E402


def children_of(parent: int) -> list[int]:
    pids = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
                if int(stat[stat.rindex(")") + 2:].split()[1]) == parent:
                    pids.append(int(entry.name))
            except (OSError, ValueError):
                pass
    return pids


class Cluster:
    """N published instances on one PostgreSQL database, nginx on 127.0.0.1 in front of them."""

    def __init__(self, args: argparse.Namespace, instances: int, tmp: Path):
        self.args, self.instances, self.tmp = args, instances, tmp
        self.port = free_port()
        self.servers: list[AppServer] = []
        self.nginx_dir = tmp / f"nginx-{instances}"

    def start(self) -> None:
        env = {"CareerPlanner__Database": "PostgreSQL", "ConnectionStrings__CareerPlanner": self.args.connection,
               "CareerPlanner__ReverseProxy__KnownProxies": "127.0.0.1"}
        for n in range(1, self.instances + 1):
            self.servers.append(AppServer(self.args.app, self.tmp / f"data-{self.instances}-{n}",
                                          self.tmp / f"server-{self.instances}-{n}.log", env=env).start())
        for server in self.servers:
            if server.wait_ready("/healthz", limit=120) is None:
                state = "is still starting" if server.alive() else f"exited with code {server.proc.returncode}"
                raise RuntimeError(f"an instance {state}: no 200 from /healthz within 120 s of its start (see its log)")
        self.nginx_dir.mkdir(parents=True, exist_ok=True)
        (self.nginx_dir / "tmp").mkdir(exist_ok=True)
        user = ""
        if os.geteuid() == 0:
            user = "user www-data www-data;"
            subprocess.run(["chown", "www-data:www-data", str(self.nginx_dir / "tmp")], check=True)
        servers = "\n".join(f"        server 127.0.0.1:{s.port} max_fails=1 fail_timeout=10s;" for s in self.servers)
        conf = self.nginx_dir / "nginx.conf"
        conf.write_text(f"""{user}
worker_processes 1;
pid {self.nginx_dir}/nginx.pid;
error_log {self.nginx_dir}/error.log warn;
events {{ worker_connections 4096; }}
http {{
    access_log off;
    client_body_temp_path {self.nginx_dir}/tmp/body;
    proxy_temp_path {self.nginx_dir}/tmp/proxy;
    fastcgi_temp_path {self.nginx_dir}/tmp/fastcgi;
    uwsgi_temp_path {self.nginx_dir}/tmp/uwsgi;
    scgi_temp_path {self.nginx_dir}/tmp/scgi;
    upstream careerplanner {{
{servers}
        keepalive 64;
    }}
    server {{
        listen 127.0.0.1:{self.port};
        location / {{
            proxy_pass http://careerplanner;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host $host;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto $scheme;
        }}
    }}
}}
""")
        subprocess.run(["/usr/sbin/nginx", "-c", str(conf), "-p", str(self.nginx_dir)], check=True)
        if wait_for_ok(self.port, "/healthz", limit=120) is None:
            raise RuntimeError(f"nginx on 127.0.0.1:{self.port} did not answer /healthz with 200 within 120 s")

    def pids(self) -> list[int]:
        pids = [s.pid for s in self.servers]
        for pid_file in (self.nginx_dir / "nginx.pid", Path(self.args.pg_data) / "postmaster.pid"):
            try:
                master = int(pid_file.read_text().split()[0])
                pids += [master, *children_of(master)]
            except (OSError, ValueError, IndexError):
                pass
        return pids

    def memory_mb(self) -> float:
        return sum(process_memory(s.pid).get("VmRSS", 0) for s in self.servers) / 1024

    def cpu_ticks(self) -> int:
        """The CPU time of every process of the cluster (instances, nginx, PostgreSQL), in clock ticks."""
        total = 0
        for pid in self.pids():
            try:
                total += process_ticks(pid)
            except (OSError, ValueError, IndexError):
                pass  # a process that ended in between
        return total

    def stop(self) -> None:
        if (self.nginx_dir / "nginx.pid").exists():
            subprocess.run(["/usr/sbin/nginx", "-c", str(self.nginx_dir / "nginx.conf"), "-p", str(self.nginx_dir), "-s", "quit"], check=False)
            for _ in range(40):
                if not (self.nginx_dir / "nginx.pid").exists():
                    break
                time.sleep(0.25)
        for server in self.servers:
            server.stop(timeout=15)


def measure_setup(args: argparse.Namespace, runner: Runner, instances: int, tmp: Path) -> dict:
    subprocess.run(["bash", args.reseed], check=True)
    cluster = Cluster(args, instances, tmp)
    log(f"{instances} instance(s) on PostgreSQL behind nginx on 127.0.0.1:{cluster.port}")
    cluster.start()
    try:
        today = dt.datetime.now(dt.timezone.utc).date().isoformat()
        users = [sign_in(cluster.port, f"bench-{i}@example.com") for i in range(1, args.users + 1)]
        reader, others = users[0], users[1:]
        savers = others[: max(1, len(others) // 2)]
        editors = others[len(savers):] or savers
        mentor = get_request(create_share_link(reader))
        live = get_request("/healthz/live")
        overview = get_request(f"/plans/{reader.plan}", reader.cookie)
        step = get_request(f"/plans/{reader.plan}/self-assessment", reader.cookie)
        saves = []
        for u in savers:
            path, form = check_in_form(u, today)
            saves.append(post_request(path, u.cookie, form))
        warm_up(runner, cluster, [live, overview, step, mentor, *saves[:4]], args.warmup, f"warmup-{instances}")
        rows = [
            measure(runner, cluster, "trivial /healthz/live", [live], 32, args.duration, {200}),
            measure(runner, cluster, "overview repeat view", [overview], 32, args.duration, {200}),
            measure_edit_then_view(runner, cluster, editors, 32, args.duration),
            measure(runner, cluster, "wizard step GET (self-assessment)", [step], 32, args.duration, {200}),
            measure(runner, cluster, "wizard save POST (check-in)", saves, 16, args.duration, {302}),
            measure(runner, cluster, "mentor link page", [mentor], 32, args.duration, {200}),
        ]
        return {"instances": instances, "rows": rows, "rss_mb": cluster.memory_mb()}
    finally:
        cluster.stop()


def render(report: dict) -> str:
    m = report["machine"]
    one, two = report["setups"].get("1"), report["setups"].get("2")
    setups = [s for s in (one, two) if s]
    lines = [
        "# CareerPlanner on PostgreSQL: one instance and two behind nginx",
        "",
        f"Run {report['started_utc']}, revision {report['revision']}, `bash bench/postgres.sh`. **Machine:** {m['nproc']} CPUs ({m['cpu_model']}), "
        f"{m['memory_gib']} GiB, .NET SDK {m['dotnet']}, {m['wrk']}, PostgreSQL {report['postgres']}. Everything — wrk, nginx, the instances "
        "and PostgreSQL — shares the machine's cores.",
        "",
        f"**Settings:** {report['users']} seeded users, {report['duration_s']} s per measurement, {report['warmup_s']} s warm-up, "
        "32 connections (16 for the save POST), Release build; nginx in front in both set-ups; a freshly seeded database for each.",
        "",
        "*Server CPU ms/req* adds up the instances, nginx and PostgreSQL. *Ratio* is req/s ÷ the trivial endpoint's req/s through the same set-up.",
        "",
    ]
    header = "| Measurement |"
    rule = "|---|"
    for s in setups:
        n = s["instances"]
        header += f" Req/s ({n}) | p50 ({n}) | p99 ({n}) | Ratio ({n}) | CPU ms/req ({n}) | Errors ({n}) |"
        rule += "---:|---:|---:|---:|---:|---:|"
    if one and two:
        header += " Req/s 2 ÷ 1 |"
        rule += "---:|"
    lines += [header, rule]
    for i, row in enumerate(setups[0]["rows"]):
        line = f"| {row['name']} |"
        for s in setups:
            r, trivial = s["rows"][i], s["rows"][0]["rps"] or 1.0
            line += (f" {r['rps']:,.0f} | {fmt_ms(r['p50_ms'])} | {fmt_ms(r['p99_ms'])} | {fmt_pct(100 * r['rps'] / trivial)} | "
                     f"{fmt_num(r['server_cpu_ms_per_req'], 2)} | {r['errors']} |")
        if one and two:
            base = one["rows"][i]["rps"]
            line += f" {two['rows'][i]['rps'] / base:.2f}× |" if base else " n/a |"
        lines.append(line)
    lines += ["", "Other load during the measurements (CPU of processes outside the cluster and wrk): " + ", ".join(
        f"{s['instances']} instance(s) up to {max(r['other_cpu_pct'] for r in s['rows']):.0f} %" for s in setups) + "."]
    lines += ["RSS of the instances after the run: " + ", ".join(f"{s['instances']} instance(s) {s['rss_mb']:.0f} MB in all" for s in setups) + "."]
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--root", required=True)
    parser.add_argument("--app", required=True)
    parser.add_argument("--tmp", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--results", required=True)
    parser.add_argument("--connection", required=True, help="the app's connection string to the benchmark database")
    parser.add_argument("--pg-data", required=True, help="PostgreSQL's data folder (for its CPU time)")
    parser.add_argument("--pg-version", default="")
    parser.add_argument("--reseed", required=True, help="script that recreates and seeds the database")
    parser.add_argument("--instances", default="1 2")
    parser.add_argument("--users", type=int, default=20)
    parser.add_argument("--duration", type=int, default=20)
    parser.add_argument("--warmup", type=int, default=30)
    parser.add_argument("--idle-wait", type=float, default=60)
    args = parser.parse_args()
    tmp, out = Path(args.tmp), Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    runner = Runner(tmp, out, threads=2, idle_wait=args.idle_wait)
    report = {
        "started_utc": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"), "machine": machine_info(),
        "revision": git_revision(Path(args.root)), "postgres": args.pg_version, "users": args.users,
        "duration_s": args.duration, "warmup_s": args.warmup, "setups": {},
    }
    for instances in [int(n) for n in args.instances.split()]:
        report["setups"][str(instances)] = measure_setup(args, runner, instances, tmp)
    (out / "postgres-results.json").write_text(json.dumps(report, indent=2, default=str))
    markdown = render(report)
    results = Path(args.results)
    results.mkdir(parents=True, exist_ok=True)
    (results / "postgres-latest.md").write_text(markdown)
    print()
    print(markdown)
    return 0


if __name__ == "__main__":
    sys.exit(main())

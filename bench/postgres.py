#!/usr/bin/env python3
"""CareerPlanner on PostgreSQL: the same pages measured with one and with two app instances behind nginx.

Called by bench/postgres.sh (which publishes the app and starts PostgreSQL); reuses bench.py's
sign-in, request building, wrk runner and formatting, and adds only the cluster: app instances
on PostgreSQL, nginx in front of them, and the CPU of all of them (instances, nginx, PostgreSQL)
counted as the server's. nginx is in front in both set-ups, so the ratio 2 ÷ 1 is the gain of the
second instance alone, not of the proxy. See bench/README.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import http.client
import json
import os
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench  # noqa: E402  (the shared driver, next to this file)
from bench import fmt_ms, fmt_num, fmt_pct, log  # noqa: E402

CLUSTER_PID = -1  # stands for "every process of the cluster" where bench.py reads one server's CPU time


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
        self.port = bench.free_port()
        self.pid = CLUSTER_PID
        self.processes: list[subprocess.Popen] = []
        self.nginx_dir = tmp / f"nginx-{instances}"

    def start(self) -> None:
        ports = [bench.free_port() for _ in range(self.instances)]
        for n, port in enumerate(ports, 1):
            env = {k: v for k, v in os.environ.items() if not k.startswith(("ConnectionStrings__", "ASPNETCORE_", "DOTNET_ENVIRONMENT", "CareerPlanner__"))}
            env.update({"ASPNETCORE_ENVIRONMENT": "Production", "DOTNET_NOLOGO": "1", "DOTNET_hostBuilder__reloadConfigOnChange": "false",
                        "CareerPlanner__Database": "PostgreSQL", "ConnectionStrings__CareerPlanner": self.args.connection,
                        "CareerPlanner__DataFolder": str(self.tmp / f"data-{self.instances}-{n}"),
                        "CareerPlanner__ReverseProxy__KnownProxies": "127.0.0.1"})
            with open(self.tmp / f"server-{self.instances}-{n}.log", "ab") as log_file:
                self.processes.append(subprocess.Popen(
                    ["dotnet", "CareerPlanner.Web.dll", "--urls", f"http://127.0.0.1:{port}"], cwd=self.args.app, env=env,
                    stdout=log_file, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True))
        for port, process in zip(ports, self.processes):
            wait_for(port, "/healthz", process)
        self.nginx_dir.mkdir(parents=True, exist_ok=True)
        (self.nginx_dir / "tmp").mkdir(exist_ok=True)
        user = ""
        if os.geteuid() == 0:
            user = "user www-data www-data;"
            subprocess.run(["chown", "www-data:www-data", str(self.nginx_dir / "tmp")], check=True)
        servers = "\n".join(f"        server 127.0.0.1:{p} max_fails=1 fail_timeout=10s;" for p in ports)
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
        wait_for(self.port, "/healthz", None)

    def pids(self) -> list[int]:
        pids = [p.pid for p in self.processes]
        for pid_file in (self.nginx_dir / "nginx.pid", Path(self.args.pg_data) / "postmaster.pid"):
            try:
                master = int(pid_file.read_text().split()[0])
                pids += [master, *children_of(master)]
            except (OSError, ValueError, IndexError):
                pass
        return pids

    def memory_mb(self) -> float:
        return sum(bench.process_memory(p.pid).get("VmRSS", 0) for p in self.processes) / 1024

    def stop(self) -> None:
        if (self.nginx_dir / "nginx.pid").exists():
            subprocess.run(["/usr/sbin/nginx", "-c", str(self.nginx_dir / "nginx.conf"), "-p", str(self.nginx_dir), "-s", "quit"], check=False)
            for _ in range(40):
                if not (self.nginx_dir / "nginx.pid").exists():
                    break
                time.sleep(0.25)
        for process in self.processes:
            if process.poll() is None:
                process.terminate()
                try:
                    process.wait(timeout=15)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()


def wait_for(port: int, path: str, process: subprocess.Popen | None) -> None:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"an instance exited with code {process.returncode} during start-up (see its log)")
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=1)
            connection.request("GET", path)
            status = connection.getresponse().status
            connection.close()
            if status == 200:
                return
        except OSError:
            pass
        time.sleep(0.05)
    raise RuntimeError(f"127.0.0.1:{port}{path} did not answer 200 within 120 s")


def install_cluster_cpu(current: list[Cluster | None]) -> None:
    """bench.py reads one server's CPU from /proc; for the cluster it is every process of it."""
    one_process = bench.process_ticks

    def ticks(pid: int) -> int:
        if pid != CLUSTER_PID or current[0] is None:
            return one_process(pid)
        total = 0
        for p in current[0].pids():
            try:
                total += one_process(p)
            except (OSError, ValueError, IndexError):
                pass  # a process that ended in between
        return total

    bench.process_ticks = ticks


def measure_setup(args: argparse.Namespace, runner: bench.Runner, instances: int, tmp: Path, current: list) -> dict:
    subprocess.run(["bash", args.reseed], check=True)
    cluster = Cluster(args, instances, tmp)
    current[0] = cluster
    log(f"{instances} instance(s) on PostgreSQL behind nginx on 127.0.0.1:{cluster.port}")
    cluster.start()
    try:
        today = dt.datetime.now(dt.timezone.utc).date().isoformat()
        users = [bench.sign_in(cluster.port, f"bench-{i}@example.com") for i in range(1, args.users + 1)]
        reader, others = users[0], users[1:]
        savers = others[: max(1, len(others) // 2)]
        editors = others[len(savers):] or savers
        mentor = bench.get_request(bench.create_share_link(reader))
        live = bench.get_request("/healthz/live")
        overview = bench.get_request(f"/plans/{reader.plan}", reader.cookie)
        step = bench.get_request(f"/plans/{reader.plan}/self-assessment", reader.cookie)
        saves = []
        for u in savers:
            path, form = bench.check_in_form(u, today)
            saves.append(bench.post_request(path, u.cookie, form))
        bench.warm_up(runner, cluster, [live, overview, step, mentor, *saves[:4]], args.warmup, f"warmup-{instances}")
        rows = [
            bench.measure(runner, cluster, "trivial /healthz/live", [live], 32, args.duration, {200}),
            bench.measure(runner, cluster, "overview repeat view", [overview], 32, args.duration, {200}),
            bench.measure_edit_then_view(runner, cluster, editors, 32, args.duration),
            bench.measure(runner, cluster, "wizard step GET (self-assessment)", [step], 32, args.duration, {200}),
            bench.measure(runner, cluster, "wizard save POST (check-in)", saves, 16, args.duration, {302}),
            bench.measure(runner, cluster, "mentor link page", [mentor], 32, args.duration, {200}),
        ]
        return {"instances": instances, "rows": rows, "rss_mb": cluster.memory_mb()}
    finally:
        cluster.stop()
        current[0] = None


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
    runner = bench.Runner(tmp, out, threads=2, idle_wait=args.idle_wait)
    current: list[Cluster | None] = [None]
    install_cluster_cpu(current)
    report = {
        "started_utc": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"), "machine": bench.machine_info(),
        "revision": bench.git_revision(Path(args.root)), "postgres": args.pg_version, "users": args.users,
        "duration_s": args.duration, "warmup_s": args.warmup, "setups": {},
    }
    for instances in [int(n) for n in args.instances.split()]:
        report["setups"][str(instances)] = measure_setup(args, runner, instances, tmp, current)
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

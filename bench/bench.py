#!/usr/bin/env python3
"""CareerPlanner benchmark driver (Python 3 standard library only).

Called by bench/run.sh, which publishes and seeds; this file checks the machine is idle, starts the
published app, signs seeded users in, makes a mentor link, warms up, drives wrk, reads the server's
CPU and memory from /proc and writes the Markdown results. See bench/README.md.

Subcommands:
  idle  --out FILE [--wait S]      sample load and CPU; warn loudly when busy (never aborts)
  run   --app DIR --data DIR ...   the measurements and the report

The work is in the modules beside it: measurement.py (the machine: /proc, idle and quiet waits),
wrk.py (the requests wrk replays, running it, reading its output), report.py (formats, the Markdown
report) and app.py (the app under test: starting it, signing in, its forms).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from pathlib import Path

from app import NO_PAGE_CACHE, Server, check_in_form, create_share_link, mentor_request, scan_server_log, sign_in
from measurement import git_revision, idle_check, log, machine_info, process_memory
from report import render
from wrk import Runner, check_requests, get_request, measure, measure_edit_then_view, post_request, warm_up


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
        check_requests(server.port, [(live, 200), (overview, 200), (step, 200), (mentor, 200), (saves[0], 302),
                                     (edit_requests[0], 302), (edit_requests[1], 200)])
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
        idle_check(args.out, args.wait, args.max_busy)
        return 0
    return command_run(args)


if __name__ == "__main__":
    sys.exit(main())

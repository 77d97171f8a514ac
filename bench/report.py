"""The benchmark's report: number formats, the targets each row is checked against, the Markdown tables."""

from __future__ import annotations

from measurement import QUIET_PCT


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

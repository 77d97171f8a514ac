"""The machine as the benchmark sees it: CPU and memory from /proc, the idle check before a run, the wait
for a quiet machine before each measurement, what machine and revision ran; and log/warn, the lines
every bench module prints while it runs."""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

CLK_TCK = int(subprocess.run(["getconf", "CLK_TCK"], capture_output=True, text=True).stdout.strip() or os.sysconf("SC_CLK_TCK"))
# Other processes may use this share of the machine (%) during a measurement; above it, the report marks the row.
QUIET_PCT = 10.0


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
# the idle check and the quiet wait


def sample_busy(seconds: float) -> float:
    busy0, total0 = cpu_times()
    time.sleep(seconds)
    busy1, total1 = cpu_times()
    return 100.0 * (busy1 - busy0) / max(1, total1 - total0)


def idle_check(out: str, wait: float, max_busy: float) -> None:
    """Samples the CPU (3 s) until it is at most max_busy % busy or wait seconds have passed; writes what it saw to out
    and warns loudly when the machine stayed busy (it never aborts the run)."""
    cores = os.cpu_count() or 1
    deadline = time.monotonic() + wait
    started = time.monotonic()
    while True:
        load1 = float(Path("/proc/loadavg").read_text().split()[0])
        busy = sample_busy(3.0)
        # The load average lags by minutes; the CPU sample decides, the load is reported beside it.
        idle = busy <= max_busy
        if idle or time.monotonic() >= deadline:
            break
        log(f"machine busy (CPU {busy:.0f} % over 3 s, load average {load1:.2f}); waiting for it to calm down "
            f"(up to {wait:.0f} s, BENCH_IDLE_WAIT)")
        time.sleep(5)
    waited = time.monotonic() - started
    top = top_processes()
    state = {"load1": load1, "busy_pct": round(busy, 1), "idle": idle, "waited_s": round(waited, 1), "cores": cores, "top": top}
    Path(out).write_text(json.dumps(state, indent=2))
    if idle:
        log(f"machine idle: CPU {busy:.1f} % over 3 s, load average {load1:.2f} on {cores} cores")
    else:
        warn(f"THE MACHINE IS BUSY: CPU {busy:.0f} % over 3 s, load average {load1:.2f} on {cores} cores.\n"
             "!! Results will be noisy and slower than on an idle machine; the report marks this run as busy.\n"
             "!! Busiest processes:\n!!   " + "\n!!   ".join(top))


def wait_for_quiet(server, limit_s: float) -> float:
    """Before a measurement: waits (up to limit_s) until other processes use at most QUIET_PCT % of the machine.
    server: anything with cpu_ticks(), the CPU time in clock ticks of what is measured (one app or a whole cluster)."""
    started = time.monotonic()
    while True:
        busy0, total0 = cpu_times()
        server0 = server.cpu_ticks()
        time.sleep(2)
        busy1, total1 = cpu_times()
        other = 100.0 * ((busy1 - busy0) - (server.cpu_ticks() - server0)) / max(1, total1 - total0)
        waited = time.monotonic() - started
        if other <= QUIET_PCT or waited >= limit_s:
            if other > QUIET_PCT:
                log(f"  other processes still use {other:.0f} % of the machine after {waited:.0f} s; measuring anyway (noisy)")
            return round(waited, 1)
        log(f"  other processes use {other:.0f} % of the machine; waiting before measuring (up to {limit_s:.0f} s, BENCH_IDLE_WAIT)")
        time.sleep(3)


# --------------------------------------------------------------------------------------------
# what ran


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

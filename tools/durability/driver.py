#!/usr/bin/env python3
"""Durability check for CareerPlanner: kill -9 the published app while writes are in flight.

Started by run.sh (which publishes the app); standard library only. Two phases:

1. Writes under fire. Writers (one user each) create plans, rename them and add skills through the
   real forms, recording every write the app acknowledged with a redirect. The server is killed with
   SIGKILL at random moments (each kill waits, if need be, until there is one acknowledged write per
   kill so far: a slow machine gets more time, up to --write-limit seconds in all, not a failure),
   restarted on the same data folder and must answer /healthz with 200 within the limit; the old
   auth cookie must still be accepted. After every kill a copy of the database files is checked
   (integrity, foreign keys, every acknowledged write present), and the real file again at the end,
   after a graceful stop.
2. Kills during start-up. The app is started on a new, empty data folder and killed very early
   (fixed delays, and at the moment it logs that it is applying the migration), then started again:
   it must become healthy within the limit and the schema must be complete.

Exit code 0 when everything held, 1 on any failure, 2 on a setup problem.
"""

import argparse
import json
import os
import random
import re
import shutil
import signal
import sqlite3
import statistics
import sys
import threading
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "pyclient"))
from careerplanner_client import (  # noqa: E402  (the tools' shared client, found through the line above)
    TOKEN_FIELD, AppError, AppServer, Session, field, form_on, free_port, local_url, set_field, sign_in, sign_up_form)

PASSWORD = "durability check password"
DB_NAME = "careerplanner.db"
REQUEST_TIMEOUT = 20.0
MAX_SKILLS_PER_PLAN = 150  # the app allows 200 items per list
MIGRATION_MARKER = "Applying migration"


def log(message):
    print(f"[{time.strftime('%H:%M:%S')}] {message}", flush=True)


# ---------------------------------------------------------------------------------------------
# The server under test: the shared launcher, with every process recorded for run.sh's clean-up.
# ---------------------------------------------------------------------------------------------


class Server(AppServer):
    """One run of the published app, started at once. Its output goes to a log file; markers in it can be waited for."""

    def __init__(self, ctx, data_folder, port, log_path, watch=()):
        super().__init__(ctx.app, data_folder, log_path, port=port, watch=watch)
        self.ctx = ctx
        self.start()
        ctx.register_pid(self.proc.pid, port)

    def kill9(self):
        super().kill9()
        self.ctx.unregister_pid(self.proc.pid)

    def wait_healthy(self, limit):
        """Seconds from start until GET /healthz answered 200, or None if not within limit."""
        return self.wait_ready("/healthz", limit)

    def tail(self, lines=15):
        """The last lines of the server's output (JSON log lines shortened to time, category and message)."""
        try:
            with open(self.log_path, "r", encoding="utf-8", errors="replace") as f:
                raw = f.readlines()[-lines:]
        except OSError:
            return "(no log)"
        out = []
        for line in raw:
            line = line.rstrip("\n")
            try:
                entry = json.loads(line)
            except ValueError:
                entry = None
            if isinstance(entry, dict):
                line = f"{entry.get('Timestamp', '')} {entry.get('LogLevel', '')} {entry.get('Category', '')}: {entry.get('Message', '')}"
            out.append(line[:300])
        return "\n".join(out) if out else "(no output)"


# ---------------------------------------------------------------------------------------------
# What was acknowledged, and the check of a database file against it.
# ---------------------------------------------------------------------------------------------


class PlanRecord:
    def __init__(self, plan_id, title):
        self.id = plan_id
        self.title = title  # the latest acknowledged title
        self.pending_titles = []  # renames sent after it whose answer never came (may or may not be saved)
        self.skills = {}  # acknowledged skills: name -> level
        self.renames = 0  # acknowledged renames (each verified by the title check: a later one supersedes it)


class Ledger:
    def __init__(self):
        self.lock = threading.Lock()
        self.users = {}  # email -> writer index
        self.plans = {}  # (email, plan id) -> PlanRecord
        self.acked = {"register": 0, "create": 0, "rename": 0, "skill": 0}
        self.unknown = {"register": 0, "create": 0, "rename": 0, "skill": 0}
        self.rejected = []  # (kind, status, detail): answered, but not with success
        self.unexpected = []  # errors while the server was meant to be up

    def total_acked(self):
        with self.lock:
            return sum(self.acked.values())


def check_database(path, ledger, expected_tables=None):
    """Problems found in the database file at path (an empty list when all is well) and some counts."""
    problems = []
    counts = {}
    con = sqlite3.connect(path, timeout=10)
    try:
        integrity = [row[0] for row in con.execute("PRAGMA integrity_check")]
        if integrity != ["ok"]:
            problems.append(f"PRAGMA integrity_check: {integrity[:10]}")
        fk = con.execute("PRAGMA foreign_key_check").fetchall()
        if fk:
            problems.append(f"PRAGMA foreign_key_check returned {len(fk)} row(s), e.g. {fk[:5]}")
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if expected_tables is not None:
            missing = sorted(set(expected_tables) - tables)
            if missing:
                problems.append(f"tables missing: {missing}")
        if "AspNetUsers" not in tables or "Plans" not in tables:
            problems.append("the AspNetUsers or Plans table is missing")
            return problems, counts
        users = {email.lower(): uid for uid, email in con.execute("SELECT Id, NormalizedEmail FROM AspNetUsers")}
        plans = {
            pid: (owner, title, skills)
            for pid, owner, title, skills in con.execute('SELECT Id, OwnerId, Title, Skills FROM "Plans"')
        }
        counts = {"users": len(users), "plans": len(plans)}
        with ledger.lock:
            user_items = list(ledger.users.items())
            plan_items = [(k, p.id, p.title, list(p.pending_titles), dict(p.skills), p.renames) for k, p in ledger.plans.items()]
        verified = 0
        for email, _ in user_items:
            if email.lower() in users:
                verified += 1
            else:
                problems.append(f"acknowledged registration of {email} is missing")
        for (email, _), pid, title, pending, skills, renames in plan_items:
            row = plans.get(pid)
            if row is None:
                problems.append(f"acknowledged plan {pid} ({title!r}) is missing")
                continue
            verified += 1  # the create
            owner, db_title, skills_json = row
            if owner != users.get(email.lower()):
                problems.append(f"plan {pid} belongs to {owner}, expected the user of {email}")
            allowed = [title] + pending
            if db_title not in allowed:
                problems.append(f"plan {pid} is titled {db_title!r}; acknowledged title {title!r} (or one of {pending!r} sent later)")
            else:
                verified += renames
            try:
                stored = json.loads(skills_json) if skills_json else []
            except ValueError as e:
                problems.append(f"plan {pid}: Skills is not JSON ({e})")
                continue
            by_name = {}
            for s in stored if isinstance(stored, list) else []:
                if isinstance(s, dict):
                    by_name[s.get("Name")] = s.get("Level")
            for name, level in skills.items():
                if name not in by_name:
                    problems.append(f"plan {pid}: acknowledged skill {name!r} is missing")
                elif by_name[name] not in (level, str(level)):
                    problems.append(f"plan {pid}: skill {name!r} has level {by_name[name]!r}, acknowledged {level}")
                else:
                    verified += 1
        counts["verified_writes"] = verified
    finally:
        con.close()
    return problems, counts


def copy_database(data_folder, target_folder):
    """Copies the database with its WAL or rollback journal (not the shared-memory index, which SQLite rebuilds)."""
    if os.path.isdir(target_folder):
        shutil.rmtree(target_folder)
    os.makedirs(target_folder)
    for suffix in ("", "-wal", "-journal"):
        source = os.path.join(data_folder, DB_NAME + suffix)
        if os.path.exists(source):
            shutil.copy2(source, os.path.join(target_folder, DB_NAME + suffix))
    return os.path.join(target_folder, DB_NAME)


# ---------------------------------------------------------------------------------------------
# Writers.
# ---------------------------------------------------------------------------------------------


class Writer(threading.Thread):
    def __init__(self, index, ctx, run):
        super().__init__(daemon=True, name=f"writer-{index}")
        self.index = index
        self.ctx = ctx
        self.run_state = run
        self.ledger = run.ledger
        self.rng = random.Random(ctx.seed * 1000 + index)
        self.email = f"durability-{ctx.seed}-w{index}@example.test"
        self.session = Session(run.base_url, timeout=REQUEST_TIMEOUT)
        self.plans = []  # PlanRecord, this writer's only
        self.counter = 0
        self.in_flight = None  # kind of the POST being sent, if any
        self.parked = threading.Event()
        self.registered = False
        self.register_cut_off = False

    # -- helpers

    def _unique(self, what):
        self.counter += 1
        return f"{what} {self.ctx.seed}-w{self.index}-{self.counter}"

    def _post(self, kind, path, fields):
        """POSTs a write; one that gets no answer (cut off by a kill) is counted as unknown: saved or not."""
        self.in_flight = kind
        try:
            return self.session.post(path, fields)
        except Exception:
            with self.ledger.lock:
                self.ledger.unknown[kind] += 1
            raise
        finally:
            self.in_flight = None

    def _rejected(self, kind, resp, detail=""):
        snippet = ""
        m = re.search(r'class="[^"]*(?:validation-summary|field-validation-error)[^"]*"[^>]*>(.*?)</', resp.text, re.S)
        if m:
            snippet = re.sub(r"<[^>]+>", " ", m.group(1)).strip()[:160]
        with self.ledger.lock:
            self.ledger.rejected.append((kind, resp.status, (detail + " " + snippet).strip()))

    # -- the writes

    def register(self):
        if self.register_cut_off:
            # The first attempt was cut off by a kill: it may or may not have been saved.
            if self.login(must_succeed=False):
                self.registered = True
                return
        fields = sign_up_form(self.session, self.email, PASSWORD)
        try:
            resp = self._post("register", "/account/register", fields)
        except Exception:
            self.register_cut_off = True
            raise
        if resp.status == 302:
            with self.ledger.lock:
                self.ledger.users[self.email] = self.index
                self.ledger.acked["register"] += 1
            self.registered = True
        else:
            self._rejected("register", resp)
            raise AppError(f"registration answered {resp.status}")

    def login(self, must_succeed=True):
        self.session.clear_cookies()
        resp = sign_in(self.session, self.email, PASSWORD)
        if resp.status != 302 and must_succeed:
            raise AppError(f"log-in answered {resp.status}")
        return resp.status == 302

    def create_plan(self):
        title = self._unique("Durability plan")
        fields = form_on(self.session, "/plans/new", ["Input.Title", TOKEN_FIELD])
        set_field(fields, "Input.Title", title)
        resp = self._post("create", "/plans/new", fields)
        m = re.fullmatch(r"/plans/(\d+)/self-assessment", resp.location or "")
        if resp.status == 302 and m:
            record = PlanRecord(int(m.group(1)), title)
            self.plans.append(record)
            with self.ledger.lock:
                self.ledger.plans[(self.email, record.id)] = record
                self.ledger.acked["create"] += 1
        else:
            self._rejected("create", resp, resp.location)

    def rename_plan(self, plan):
        title = self._unique("Renamed plan")
        path = f"/plans/{plan.id}/rename"
        fields = form_on(self.session, path, ["Input.Title", "Input.Version", TOKEN_FIELD])
        set_field(fields, "Input.Title", title)
        with self.ledger.lock:
            plan.pending_titles.append(title)
        resp = self._post("rename", path, fields)
        if resp.status == 302 and resp.location.rstrip("/") == "/plans":
            with self.ledger.lock:
                plan.title = title
                plan.renames += 1
                plan.pending_titles.clear()
                self.ledger.acked["rename"] += 1
        else:
            with self.ledger.lock:
                plan.pending_titles.remove(title)  # answered without saving
            self._rejected("rename", resp, resp.location)

    def add_skill(self, plan):
        path = f"/plans/{plan.id}/self-assessment"
        fields = form_on(self.session, path, ["Version", TOKEN_FIELD])
        row = 0
        while field(fields, f"Input.Skills[{row}].Id") not in (None, ""):
            row += 1
        if field(fields, f"Input.Skills[{row}].Id") is None:
            raise AppError(f"{path}: no empty skill row in the form")
        name = self._unique("Skill")
        level = self.rng.randint(1, 5)
        set_field(fields, f"Input.Skills[{row}].Name", name)
        set_field(fields, f"Input.Skills[{row}].Level", str(level))
        set_field(fields, "command", "save")
        resp = self._post("skill", path, fields)
        if resp.status == 302 and resp.location.split("#")[0] == path:
            with self.ledger.lock:
                plan.skills[name] = level
                self.ledger.acked["skill"] += 1
        else:
            self._rejected("skill", resp, resp.location)

    def one_write(self):
        if not self.registered:
            self.register()
            return
        roll = self.rng.random()
        if not self.plans or roll < 0.25:
            self.create_plan()
            return
        candidates = [p for p in self.plans[-3:] if len(p.skills) < MAX_SKILLS_PER_PLAN] or self.plans
        plan = self.rng.choice(candidates)
        if roll < 0.45:
            self.rename_plan(plan)
        else:
            self.add_skill(plan)

    def run(self):
        run = self.run_state
        while not run.stop.is_set():
            self.parked.clear()  # before looking at "up": the killer must never see a stale "parked"
            if not run.up.is_set():
                self.parked.set()
                run.up.wait()
                continue
            try:
                self.one_write()
            except Exception as e:  # noqa: BLE001 - whatever it is, it is reported below unless a kill caused it
                if run.up.is_set() and not run.stop.is_set():
                    with self.ledger.lock:
                        self.ledger.unexpected.append(f"{self.name}: {type(e).__name__}: {e}")
                    time.sleep(0.2)
                # else: the server was killed under this request, as intended
        self.parked.set()


class RunState:
    def __init__(self, base_url):
        self.base_url = base_url
        self.ledger = Ledger()
        self.up = threading.Event()
        self.stop = threading.Event()


# ---------------------------------------------------------------------------------------------
# Phases.
# ---------------------------------------------------------------------------------------------


class Context:
    def __init__(self, args):
        self.app = os.path.abspath(args.app)
        self.work = os.path.abspath(args.work)
        self.kills = args.kills
        self.seed = args.seed
        self.writers = args.writers
        self.limit = args.healthy_limit
        self.write_limit = args.write_limit
        self.min_delay = args.min_delay
        self.max_delay = args.max_delay
        self.pid_file = os.path.join(self.work, "server.pids")
        self.pids = {}
        self.failures = []
        self.notes = []
        self._lock = threading.Lock()
        self._log_counter = 0

    def register_pid(self, pid, port):
        with self._lock:
            self.pids[pid] = port
            self._write_pids()

    def unregister_pid(self, pid):
        with self._lock:
            self.pids.pop(pid, None)
            self._write_pids()

    def _write_pids(self):
        with open(self.pid_file, "w") as f:
            for pid, port in self.pids.items():
                f.write(f"{pid} {port}\n")

    def kill_all(self):
        with self._lock:
            pids = list(self.pids)
        for pid in pids:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            self.unregister_pid(pid)

    def log_path(self, name):
        with self._lock:
            self._log_counter += 1
            return os.path.join(self.work, "logs", f"{self._log_counter:03d}-{name}.log")

    def fail(self, message):
        self.failures.append(message)
        log("FAIL: " + message)


def wait_for_writes(ledger, wanted, budget):
    """Waits until at least wanted writes are acknowledged, at most budget seconds; the seconds it waited."""
    started = time.monotonic()
    while ledger.total_acked() < wanted and time.monotonic() - started < budget:
        time.sleep(0.05)
    return time.monotonic() - started


def writes_under_fire(ctx):
    data = os.path.join(ctx.work, "data")
    os.makedirs(data)
    port = free_port()
    run = RunState(local_url(port))
    results = {"healthy": [], "survived": 0, "kills_made": 0, "in_flight_at_kill": 0, "cookie_ok": 0, "cookie_checks": 0,
               "tables": None, "waited_for_writes": 0.0}

    log(f"phase 1: {ctx.kills} kill(s) with {ctx.writers} writer(s) on {run.base_url}, data folder {data}")
    server = Server(ctx, data, port, ctx.log_path("first-start"))
    took = server.wait_healthy(ctx.limit)
    if took is None:
        ctx.fail(f"the first start was not healthy within {ctx.limit:.0f} s:\n{server.tail()}")
        server.kill9()
        return results
    log(f"first start healthy after {took:.2f} s")

    writers = [Writer(i, ctx, run) for i in range(ctx.writers)]
    run.up.set()
    for w in writers:
        w.start()

    rng = random.Random(ctx.seed)
    try:
        for kill in range(1, ctx.kills + 1):
            delay = rng.uniform(ctx.min_delay, ctx.max_delay)
            time.sleep(delay)
            # At least one acknowledged write per kill before it: a slow machine gets more time, not a failure.
            waited = wait_for_writes(run.ledger, kill, ctx.write_limit - results["waited_for_writes"])
            results["waited_for_writes"] += waited
            in_flight = [w.in_flight for w in writers if w.in_flight]
            acked_before = run.ledger.total_acked()
            run.up.clear()
            server.kill9()
            results["kills_made"] = kill
            results["in_flight_at_kill"] += 1 if in_flight else 0
            for w in writers:
                if not w.parked.wait(REQUEST_TIMEOUT + 5):
                    ctx.fail(f"kill {kill}: {w.name} did not come back from its request")

            # The files as the crash left them, checked on a copy so the app itself recovers the original.
            copy = copy_database(data, os.path.join(ctx.work, "after-kill"))
            problems, counts = check_database(copy, run.ledger)
            for p in problems:
                ctx.fail(f"kill {kill}, database as left by the kill: {p}")

            server = Server(ctx, data, port, ctx.log_path(f"restart-{kill:02d}"))
            took = server.wait_healthy(ctx.limit)
            if took is None:
                state = "still running" if server.alive() else f"exited with {server.proc.returncode}"
                ctx.fail(f"kill {kill}: not healthy within {ctx.limit:.0f} s after restart ({state}); log tail:\n{server.tail()}")
                server.kill9()
                break
            results["healthy"].append(took)
            results["survived"] += 1

            for w in writers:
                if not w.registered:
                    continue
                results["cookie_checks"] += 1
                resp = w.session.get("/plans")
                if resp.status == 200:
                    results["cookie_ok"] += 1
                else:
                    ctx.fail(
                        f"kill {kill}: {w.name}'s auth cookie from before the restart was not accepted "
                        f"(GET /plans answered {resp.status} {resp.location}); logging in again"
                    )
                    try:
                        w.login()
                    except Exception as e:  # noqa: BLE001
                        ctx.fail(f"kill {kill}: {w.name} could not log in again: {e}")
            log(
                f"kill {kill:2d}/{ctx.kills}: after {delay:.2f} s"
                + (f" and {waited:.1f} s more for writes to be acknowledged" if waited >= 0.1 else "")
                + f", in flight: {','.join(in_flight) or 'nothing'}; "
                f"acknowledged so far {acked_before}; healthy again after {took:.2f} s; "
                f"copy check {'ok' if not problems else 'FAILED'} ({counts.get('verified_writes', 0)} writes verified)"
            )
            run.up.set()

        if server.alive():
            time.sleep(0.5)  # the writers work after the last restart too
    finally:
        run.stop.set()
        run.up.set()
        for w in writers:
            w.join(REQUEST_TIMEOUT + 5)

    graceful = server.stop(timeout=10)
    if not graceful:
        ctx.fail("the server did not stop within 10 s of SIGTERM")
    problems, counts = check_database(os.path.join(data, DB_NAME), run.ledger)
    for p in problems:
        ctx.fail(f"final database: {p}")
    results["final_counts"] = counts
    results["ledger"] = run.ledger
    con = sqlite3.connect(os.path.join(data, DB_NAME))
    try:
        results["tables"] = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        results["migrations"] = [r[0] for r in con.execute('SELECT MigrationId FROM "__EFMigrationsHistory" ORDER BY MigrationId')]
        lock_rows = con.execute('SELECT * FROM "__EFMigrationsLock"').fetchall() if "__EFMigrationsLock" in results["tables"] else []
        if lock_rows:
            ctx.notes.append(f"phase 1: __EFMigrationsLock still holds {lock_rows} after a graceful stop")
    finally:
        con.close()

    ledger = run.ledger
    for kind, status, detail in ledger.rejected[:10]:
        ctx.fail(f"a {kind} was answered {status} instead of a redirect: {detail}")
    if len(ledger.rejected) > 10:
        ctx.fail(f"... and {len(ledger.rejected) - 10} more writes answered without success")
    for e in ledger.unexpected[:10]:
        ctx.fail(f"error while the server was up: {e}")
    if len(ledger.unexpected) > 10:
        ctx.fail(f"... and {len(ledger.unexpected) - 10} more errors while the server was up")
    acked, kills = ledger.total_acked(), results["kills_made"]
    if acked < kills:
        ctx.fail(
            f"only {acked} writes were acknowledged under fire, at least {kills} wanted (one per kill), although the kills "
            f"waited {results['waited_for_writes']:.1f} s in all for them, as long as DURABILITY_WRITE_LIMIT allows "
            f"({ctx.write_limit:g} s); besides, {sum(ledger.unknown.values())} writes were cut off by a kill, "
            f"{len(ledger.rejected)} answered without success and {len(ledger.unexpected)} failed while the server was up"
        )
    return results


def start_up_kills(ctx, reference):
    """Kills while the app starts, on an empty data folder (creating and migrating the database), and a
    migrated database left with the migration lock such a kill leaves: every next start must be healthy."""
    # (label, data folder, kills). A kill is a delay in seconds after the start, "migration" (kill when the
    # app logs that it applies a migration: the migration lock is held then) or "lock" (the lock row such a kill
    # leaves, planted in an already migrated database: a routine start takes no lock, as it migrates only
    # when a migration is pending, so it cannot be killed while holding one; the next start must clear it).
    scenarios = [
        ("new database, kill as the migration is applied", "new", ["migration"]),
        ("migrated database with the migration lock a killed migration leaves", "migrated", ["lock"]),
        ("new database, kill 50 ms after start", "new", [0.05]),
        ("new database, kill 300 ms after start", "new", [0.30]),
        ("new database, kill 700 ms after start", "new", [0.70]),
        ("new database, kill 300 ms after start, then as the migration is applied", "new", [0.30, "migration"]),
    ]
    if ctx.startup_scenarios is not None:
        scenarios = scenarios[: max(0, ctx.startup_scenarios)]
    results = []
    log(f"phase 2: {len(scenarios)} start-up kill scenario(s)")
    for number, (label, folder, kills) in enumerate(scenarios, start=1):
        data = os.path.join(ctx.work, f"startup-{number}")
        os.makedirs(data)
        what_happened = []
        if folder == "migrated":
            first = Server(ctx, data, free_port(), ctx.log_path(f"startup-{number}-prepare"))
            if first.wait_healthy(ctx.limit) is None:
                ctx.fail(f"start-up scenario '{label}': the preparing start was not healthy:\n{first.tail(6)}")
                first.kill9()
                continue
            first.stop(timeout=10)
        for k in kills:
            if k == "lock":
                what_happened.append(plant_stale_lock(data))
                continue
            server = Server(ctx, data, free_port(), ctx.log_path(f"startup-{number}-kill"), watch=[MIGRATION_MARKER])
            if k == "migration":
                if not server.watch(MIGRATION_MARKER).wait(ctx.limit):
                    what_happened.append(f"'{MIGRATION_MARKER}' never logged")
                    ctx.notes.append(f"'{label}': the app never logged '{MIGRATION_MARKER}', so the kill missed the migration")
            else:
                time.sleep(max(0.0, server.started + k - time.monotonic()))
            was_alive = server.alive()
            at = time.monotonic() - server.started
            server.kill9()
            what_happened.append(f"killed at {at * 1000:.0f} ms" + ("" if was_alive else " (it had already exited)"))

        db = os.path.join(data, DB_NAME)
        # Looked at on a copy: opening the original would recover it before the app gets the chance.
        state = describe_startup_database(copy_database(data, os.path.join(ctx.work, "after-kill")))
        server = Server(ctx, data, free_port(), ctx.log_path(f"startup-{number}-restart"))
        took = server.wait_healthy(ctx.limit)
        entry = {"label": label, "killed": "; ".join(what_happened), "left": state, "healthy": took}
        if took is None:
            alive = server.alive()
            entry["outcome"] = "HUNG (still running, never healthy)" if alive else f"exited with code {server.proc.returncode}"
            ctx.fail(
                f"start-up scenario '{label}': {entry['killed']}; the kill left {state}; "
                f"the next start was not healthy within {ctx.limit:.0f} s "
                f"({'the process was still running: a hang' if alive else 'the process exited'}). Its log ends:\n{server.tail(4)}"
            )
            server.kill9()
        else:
            server.stop(timeout=10)
            problems, _ = check_database(db, Ledger(), reference.get("tables"))
            history = [r[0] for r in read_rows(db, 'SELECT MigrationId FROM "__EFMigrationsHistory" ORDER BY MigrationId')]
            lock = read_rows(db, 'SELECT * FROM "__EFMigrationsLock"')
            if reference.get("migrations") is not None and history != reference["migrations"]:
                problems.append(f"migrations recorded {history}, expected {reference['migrations']}")
            elif not history:
                problems.append("__EFMigrationsHistory is empty after a healthy start")
            if lock:
                problems.append(f"__EFMigrationsLock still holds {lock} after a healthy start and a graceful stop")
            for p in problems:
                ctx.fail(f"start-up scenario '{label}': {p}")
            entry["outcome"] = "healthy" if not problems else "healthy but: " + "; ".join(problems)
        log(f"  {label}: {entry['killed']}; left {state}; next start: {entry['outcome']}" + (f" after {took:.2f} s" if took else ""))
        results.append(entry)
    return results


def plant_stale_lock(data):
    """Leaves the row EF Core writes in __EFMigrationsLock while it migrates, as a kill during a migration does."""
    con = sqlite3.connect(os.path.join(data, DB_NAME), timeout=5)
    try:
        con.execute('CREATE TABLE IF NOT EXISTS "__EFMigrationsLock" ("Id" INTEGER NOT NULL CONSTRAINT "PK___EFMigrationsLock" PRIMARY KEY, "Timestamp" TEXT NOT NULL)')
        con.execute('INSERT INTO "__EFMigrationsLock" ("Id", "Timestamp") VALUES (1, ?)', (time.strftime("%Y-%m-%d %H:%M:%S+00:00", time.gmtime()),))
        con.commit()
    finally:
        con.close()
    return "planted the migration-lock row a kill during a migration leaves"


def read_rows(db, sql):
    try:
        con = sqlite3.connect(db, timeout=5)
        try:
            return con.execute(sql).fetchall()
        finally:
            con.close()
    except sqlite3.Error:
        return []


def describe_startup_database(db):
    if not os.path.exists(db):
        return "no database file"
    tables = [r[0] for r in read_rows(db, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    if not tables:
        return "an empty database file"
    lock = read_rows(db, 'SELECT * FROM "__EFMigrationsLock"') if "__EFMigrationsLock" in tables else []
    history = read_rows(db, 'SELECT MigrationId FROM "__EFMigrationsHistory"') if "__EFMigrationsHistory" in tables else []
    return f"{len(tables)} table(s), {len(history)} migration(s) recorded, " + (
        f"a migration lock row {lock[0]}" if lock else "no migration lock row"
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--app", required=True, help="the published app folder (with CareerPlanner.Web.dll)")
    parser.add_argument("--work", required=True, help="an empty scratch folder")
    parser.add_argument("--kills", type=int, default=int(os.environ.get("DURABILITY_KILLS", "20")))
    parser.add_argument("--seed", type=int, default=int(os.environ.get("DURABILITY_SEED") or random.SystemRandom().randrange(1, 10**6)))
    parser.add_argument("--writers", type=int, default=int(os.environ.get("DURABILITY_WRITERS", "3")))
    parser.add_argument("--healthy-limit", type=float, default=float(os.environ.get("DURABILITY_HEALTHY_LIMIT", "10")))
    parser.add_argument("--write-limit", type=float, default=None,
                        help="seconds the kills may wait in all, beyond their delays, for one acknowledged write per kill "
                             "(default 30 + 6 per kill; env DURABILITY_WRITE_LIMIT)")
    parser.add_argument("--min-delay", type=float, default=0.2)
    parser.add_argument("--max-delay", type=float, default=2.0)
    parser.add_argument("--startup-scenarios", type=int, default=None,
                        help="how many start-up kill scenarios to run (default all; env DURABILITY_STARTUP_SCENARIOS)")
    args = parser.parse_args()
    if args.write_limit is None:
        args.write_limit = float(os.environ.get("DURABILITY_WRITE_LIMIT") or 30 + 6 * args.kills)
    if args.startup_scenarios is None and os.environ.get("DURABILITY_STARTUP_SCENARIOS"):
        args.startup_scenarios = int(os.environ["DURABILITY_STARTUP_SCENARIOS"])

    ctx = Context(args)
    ctx.startup_scenarios = args.startup_scenarios
    if not os.path.isfile(os.path.join(ctx.app, "CareerPlanner.Web.dll")):
        print(f"no CareerPlanner.Web.dll in {ctx.app}", file=sys.stderr)
        return 2
    os.makedirs(os.path.join(ctx.work, "logs"), exist_ok=True)

    def on_signal(signum, _frame):
        ctx.kill_all()
        sys.exit(128 + signum)

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)

    began = time.monotonic()
    log(f"seed {ctx.seed} (set DURABILITY_SEED={ctx.seed} to repeat the same delays)")
    try:
        phase1 = writes_under_fire(ctx)
        phase2 = start_up_kills(ctx, phase1)
    finally:
        ctx.kill_all()
    duration = time.monotonic() - began

    ledger = phase1.get("ledger")
    healthy = phase1["healthy"]
    print()
    print("=== durability summary ===")
    print(f"seed:                      {ctx.seed}")
    print(f"kills survived:            {phase1['survived']}/{ctx.kills} (a write in flight at {phase1['in_flight_at_kill']} of them)")
    if healthy:
        print(f"time to healthy:           median {statistics.median(healthy):.2f} s, max {max(healthy):.2f} s (limit {ctx.limit:.0f} s)")
    print(f"auth cookie after restart: accepted {phase1['cookie_ok']}/{phase1['cookie_checks']}")
    if ledger is not None:
        acked = ledger.acked
        print(
            f"writes acknowledged:       {sum(acked.values())} "
            f"({acked['register']} registrations, {acked['create']} plans, {acked['rename']} renames, {acked['skill']} skills)"
            + (f"; the kills waited {phase1['waited_for_writes']:.1f} s in all for one per kill" if phase1["waited_for_writes"] >= 0.1 else "")
        )
        verified = phase1.get("final_counts", {}).get("verified_writes")
        print(
            f"writes verified in the db: {verified if verified is not None else 'n/a'} "
            f"(after a graceful stop; a rename counts when the plan shows it or a later acknowledged title)"
        )
        unknown = ledger.unknown
        print(
            f"writes cut off by a kill:  {sum(unknown.values())} "
            f"({unknown['register']} registrations, {unknown['create']} creates, {unknown['rename']} renames, "
            f"{unknown['skill']} skills; saved or not, either is fine)"
        )
        print(f"answered without success:  {len(ledger.rejected)}; errors while up: {len(ledger.unexpected)}")
    for entry in phase2:
        took = f" after {entry['healthy']:.2f} s" if entry["healthy"] is not None else ""
        print(f"start-up kill:             {entry['label']}: {entry['killed']} -> next start {entry['outcome']}{took}")
    for note in ctx.notes:
        print(f"note: {note}")
    print(f"duration:                  {duration:.1f} s")
    if ctx.failures:
        print(f"RESULT: FAILED ({len(ctx.failures)} problem(s)):")
        for f in ctx.failures:
            print("  - " + f.replace("\n", "\n    "))
        return 1
    print("RESULT: OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())

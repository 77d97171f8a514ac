#!/usr/bin/env python3
"""Durability check for CareerPlanner: kill -9 the published app while writes are in flight.

Started by run.sh (which publishes the app); standard library only. Two phases:

1. Writes under fire. Writers (one user each) create plans, rename them and add skills through the
   real forms, recording every write the app acknowledged with a redirect. The server is killed with
   SIGKILL at random moments, restarted on the same data folder and must answer /healthz with 200
   within the limit; the old auth cookie must still be accepted. After every kill a copy of the
   database files is checked (integrity, foreign keys, every acknowledged write present), and the
   real file again at the end, after a graceful stop.
2. Kills during start-up. The app is started on a new, empty data folder and killed very early
   (fixed delays, and at the moment it logs that it is applying the migration), then started again:
   it must become healthy within the limit and the schema must be complete.

Exit code 0 when everything held, 1 on any failure, 2 on a setup problem.
"""

import argparse
import http.client
import http.cookiejar
import json
import os
import random
import re
import shutil
import signal
import socket
import sqlite3
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from html.parser import HTMLParser

PASSWORD = "durability check password"
DB_NAME = "careerplanner.db"
REQUEST_TIMEOUT = 20.0
MAX_SKILLS_PER_PLAN = 150  # the app allows 200 items per list
MIGRATION_MARKER = "Applying migration"


def log(message):
    print(f"[{time.strftime('%H:%M:%S')}] {message}", flush=True)


# ---------------------------------------------------------------------------------------------
# HTTP: a browser-like session that keeps cookies and does not follow redirects.
# ---------------------------------------------------------------------------------------------


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


class Response:
    def __init__(self, status, headers, body):
        self.status = status
        self.headers = headers
        self.body = body

    @property
    def location(self):
        return self.headers.get("Location", "") if self.headers else ""


class Session:
    def __init__(self, base_url):
        self.base_url = base_url
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar), _NoRedirect())

    def request(self, method, path, fields=None, timeout=REQUEST_TIMEOUT):
        data = urllib.parse.urlencode([tuple(pair) for pair in fields]).encode() if fields is not None else None
        req = urllib.request.Request(self.base_url + path, data=data, method=method)
        if data is not None:
            req.add_header("Content-Type", "application/x-www-form-urlencoded")
        try:
            with self.opener.open(req, timeout=timeout) as resp:
                return Response(resp.status, resp.headers, resp.read().decode("utf-8", "replace"))
        except urllib.error.HTTPError as e:  # 3xx (not followed), 4xx, 5xx
            body = e.read().decode("utf-8", "replace") if e.fp else ""
            return Response(e.code, e.headers, body)

    def get(self, path):
        return self.request("GET", path)

    def post(self, path, fields):
        return self.request("POST", path, fields)

    def cookie_names(self):
        return sorted(c.name for c in self.jar)


class _FormParser(HTMLParser):
    """Collects the forms of a page: for each, its attributes and its fields in document order."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.forms = []
        self._form = None
        self._select = None
        self._select_value = None
        self._first_option = None
        self._option = None
        self._textarea = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form":
            self._form = {"attrs": a, "fields": []}
            self.forms.append(self._form)
        if self._form is None:
            return
        if tag == "input" and a.get("name"):
            kind = (a.get("type") or "text").lower()
            if kind in ("submit", "button", "image", "reset", "file"):
                return
            if kind in ("checkbox", "radio") and "checked" not in a:
                return
            self._form["fields"].append([a["name"], a.get("value") or ""])
        elif tag == "select" and a.get("name"):
            self._select, self._select_value, self._first_option = a["name"], None, None
        elif tag == "option" and self._select is not None:
            value = a.get("value")
            self._option = {"value": value, "text": ""}
            if self._first_option is None:
                self._first_option = self._option
            if "selected" in a:
                self._select_value = self._option
        elif tag == "textarea" and a.get("name"):
            self._textarea = [a["name"], ""]

    def handle_endtag(self, tag):
        if tag == "form":
            self._form = None
        elif tag == "option":
            self._option = None
        elif tag == "select" and self._select is not None and self._form is not None:
            chosen = self._select_value or self._first_option
            value = ""
            if chosen is not None:
                value = chosen["value"] if chosen["value"] is not None else chosen["text"].strip()
            self._form["fields"].append([self._select, value])
            self._select = None
        elif tag == "textarea" and self._textarea is not None and self._form is not None:
            text = self._textarea[1]
            if text.startswith("\n"):
                text = text[1:]  # browsers drop the newline that follows <textarea>
            self._form["fields"].append([self._textarea[0], text])
            self._textarea = None

    def handle_data(self, data):
        if self._textarea is not None:
            self._textarea[1] += data
        elif self._option is not None:
            self._option["text"] += data


def find_form(html, must_have):
    """The fields (a list of [name, value]) of the first form that has every field in must_have."""
    parser = _FormParser()
    parser.feed(html)
    for form in parser.forms:
        names = {name for name, _ in form["fields"]}
        if all(name in names for name in must_have):
            return form["fields"]
    return None


def field(fields, name):
    for n, v in fields:
        if n == name:
            return v
    return None


def set_field(fields, name, value):
    for pair in fields:
        if pair[0] == name:
            pair[1] = value
            return
    fields.append([name, value])


class AppError(Exception):
    """The app answered, but not as a working app should (an unexpected status or page)."""


# ---------------------------------------------------------------------------------------------
# The server under test.
# ---------------------------------------------------------------------------------------------


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """One run of the published app. Its output goes to a log file; markers in it can be waited for."""

    def __init__(self, ctx, data_folder, port, log_path, watch=()):
        self.ctx = ctx
        self.port = port
        self.base_url = f"http://127.0.0.1:{port}"
        self.log_path = log_path
        self.marker_seen = {}
        self._markers = {}
        self._lock = threading.Lock()
        for marker in watch:
            self._markers[marker] = threading.Event()
        env = dict(os.environ)
        env.update(
            {
                "ASPNETCORE_ENVIRONMENT": "Production",
                "CareerPlanner__DataFolder": data_folder,
                "DOTNET_NOLOGO": "1",
                "DOTNET_CLI_TELEMETRY_OPTOUT": "1",
            }
        )
        env.pop("ASPNETCORE_URLS", None)
        env.pop("ConnectionStrings__CareerPlanner", None)
        self.started = time.monotonic()
        # The working folder is the app folder, as in a deployment: appsettings.json and wwwroot are found there.
        self.proc = subprocess.Popen(
            [ctx.dotnet, os.path.join(ctx.app, "CareerPlanner.Web.dll"), "--urls", self.base_url],
            cwd=ctx.app,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        ctx.register_pid(self.proc.pid, port)
        self._reader = threading.Thread(target=self._pump, daemon=True)
        self._reader.start()

    def watch(self, marker):
        """An event set when a line containing marker appears in the output."""
        with self._lock:
            event = self._markers.setdefault(marker, threading.Event())
        return event

    def _pump(self):
        with open(self.log_path, "ab") as out:
            for line in self.proc.stdout:
                out.write(line)
                out.flush()
                text = line.decode("utf-8", "replace")
                with self._lock:
                    for marker, event in self._markers.items():
                        if marker in text and not event.is_set():
                            self.marker_seen[marker] = time.monotonic() - self.started
                            event.set()
            out.flush()

    def alive(self):
        return self.proc.poll() is None

    def kill9(self):
        if self.alive():
            os.kill(self.proc.pid, signal.SIGKILL)
        self.proc.wait()
        self._reader.join(timeout=5)
        self.ctx.unregister_pid(self.proc.pid)

    def stop(self, timeout=10.0):
        """SIGTERM and wait; True if it stopped by itself in time (else it is killed)."""
        if not self.alive():
            self.ctx.unregister_pid(self.proc.pid)
            return True
        os.kill(self.proc.pid, signal.SIGTERM)
        try:
            self.proc.wait(timeout=timeout)
            graceful = True
        except subprocess.TimeoutExpired:
            graceful = False
        self.kill9()
        return graceful

    def wait_healthy(self, limit):
        """Seconds from start until GET /healthz answered 200, or None if not within limit."""
        deadline = self.started + limit
        while time.monotonic() < deadline:
            if not self.alive():
                return None
            try:
                with urllib.request.urlopen(self.base_url + "/healthz", timeout=1.0) as resp:
                    if resp.status == 200:
                        return time.monotonic() - self.started
            except (urllib.error.URLError, OSError, http.client.HTTPException):
                pass
            time.sleep(0.05)
        return None

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
        self.session = Session(run.base_url)
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

    def _form(self, path, must_have):
        resp = self.session.get(path)
        if resp.status != 200:
            raise AppError(f"GET {path} answered {resp.status} {resp.location}")
        fields = find_form(resp.body, must_have)
        if fields is None:
            raise AppError(f"GET {path}: no form with {must_have}")
        return fields

    def _post(self, kind, path, fields):
        self.in_flight = kind
        try:
            return self.session.post(path, fields)
        finally:
            self.in_flight = None

    def _rejected(self, kind, resp, detail=""):
        snippet = ""
        m = re.search(r'class="[^"]*(?:validation-summary|field-validation-error)[^"]*"[^>]*>(.*?)</', resp.body or "", re.S)
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
        fields = self._form("/account/register", ["Input.Email", "__RequestVerificationToken"])
        set_field(fields, "Input.Email", self.email)
        set_field(fields, "Input.Password", PASSWORD)
        set_field(fields, "Input.ConfirmPassword", PASSWORD)
        try:
            resp = self._post("register", "/account/register", fields)
        except Exception:
            self.register_cut_off = True
            with self.ledger.lock:
                self.ledger.unknown["register"] += 1
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
        self.session.jar.clear()
        fields = self._form("/account/login", ["Input.Email", "__RequestVerificationToken"])
        set_field(fields, "Input.Email", self.email)
        set_field(fields, "Input.Password", PASSWORD)
        resp = self.session.post("/account/login", fields)
        if resp.status != 302 and must_succeed:
            raise AppError(f"log-in answered {resp.status}")
        return resp.status == 302

    def create_plan(self):
        title = self._unique("Durability plan")
        fields = self._form("/plans/new", ["Input.Title", "__RequestVerificationToken"])
        set_field(fields, "Input.Title", title)
        try:
            resp = self._post("create", "/plans/new", fields)
        except Exception:
            with self.ledger.lock:
                self.ledger.unknown["create"] += 1
            raise
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
        fields = self._form(path, ["Input.Title", "Input.Version", "__RequestVerificationToken"])
        set_field(fields, "Input.Title", title)
        with self.ledger.lock:
            plan.pending_titles.append(title)
        try:
            resp = self._post("rename", path, fields)
        except Exception:
            with self.ledger.lock:
                self.ledger.unknown["rename"] += 1
            raise
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
        fields = self._form(path, ["Version", "__RequestVerificationToken"])
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
        try:
            resp = self._post("skill", path, fields)
        except Exception:
            with self.ledger.lock:
                self.ledger.unknown["skill"] += 1
            raise
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
        self.min_delay = args.min_delay
        self.max_delay = args.max_delay
        self.dotnet = shutil.which("dotnet") or "dotnet"
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


def writes_under_fire(ctx):
    data = os.path.join(ctx.work, "data")
    os.makedirs(data)
    port = free_port()
    run = RunState(f"http://127.0.0.1:{port}")
    results = {"healthy": [], "survived": 0, "in_flight_at_kill": 0, "cookie_ok": 0, "cookie_checks": 0, "tables": None}

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
            in_flight = [w.in_flight for w in writers if w.in_flight]
            acked_before = run.ledger.total_acked()
            run.up.clear()
            server.kill9()
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
                f"kill {kill:2d}/{ctx.kills}: after {delay:.2f} s, in flight: {','.join(in_flight) or 'nothing'}; "
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
    if ledger.total_acked() < ctx.kills:
        ctx.fail(f"only {ledger.total_acked()} writes were acknowledged: the load was too light to mean much")
    return results


LOCK_MARKER = "Acquiring an exclusive lock"


def start_up_kills(ctx, reference):
    """Kills while the app starts: on an empty data folder (creating and migrating the database) and,
    last, on a migrated database while a routine start holds EF Core's migration lock."""
    # (label, data folder, kills). A kill is a delay in seconds after the start, "migration" (kill when the
    # app logs that it applies a migration: the migration lock is held then) or "lock" (a routine start of an
    # already migrated database, killed 10-60 ms after it logs that it takes the migration lock, retried
    # with the next delay until a kill leaves the lock row behind).
    scenarios = [
        ("new database, kill as the migration is applied", "new", ["migration"]),
        ("migrated database, kill a routine start while it holds the migration lock", "migrated", ["lock"]),
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
                what_happened.append(kill_holding_lock(ctx, data, number))
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


def kill_holding_lock(ctx, data, number):
    """Starts the app on a migrated database and kills it just after it takes the migration lock."""
    tried = []
    for delay in (0.010, 0.020, 0.030, 0.045, 0.060):
        server = Server(ctx, data, free_port(), ctx.log_path(f"startup-{number}-lock"), watch=[LOCK_MARKER])
        if not server.watch(LOCK_MARKER).wait(ctx.limit):
            server.kill9()
            ctx.notes.append(f"'{LOCK_MARKER}' was never logged: the migration-lock scenario did not run")
            return "lock marker never logged"
        time.sleep(delay)
        server.kill9()
        tried.append(f"{delay * 1000:.0f}")
        copy = copy_database(data, os.path.join(ctx.work, "after-kill"))
        if read_rows(copy, 'SELECT * FROM "__EFMigrationsLock"'):
            return f"killed {', '.join(tried)} ms after the lock message; the last kill left the lock row"
        # Not in the window: the next start (a healthy one, or a hang caught by the caller) tries again.
        server = Server(ctx, data, free_port(), ctx.log_path(f"startup-{number}-lock-check"))
        if server.wait_healthy(ctx.limit) is None:
            server.kill9()
            return f"killed {', '.join(tried)} ms after the lock message; a start after that was not healthy"
        server.stop(timeout=10)
    ctx.notes.append("the migration-lock scenario never killed a start while it held the lock (window missed)")
    return f"killed {', '.join(tried)} ms after the lock message; none left the lock row"


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
    parser.add_argument("--min-delay", type=float, default=0.2)
    parser.add_argument("--max-delay", type=float, default=2.0)
    parser.add_argument("--startup-scenarios", type=int, default=None,
                        help="how many start-up kill scenarios to run (default all; env DURABILITY_STARTUP_SCENARIOS)")
    args = parser.parse_args()
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

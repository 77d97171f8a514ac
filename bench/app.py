"""The app under test, as the benchmark uses it: the published app started for a measurement, seeded users
signed in, the mentor link and the check-in form the measurements replay, the server's log read afterwards.
HTTP, forms and the launcher are the tools' shared client (tools/pyclient)."""

from __future__ import annotations

import html
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools" / "pyclient"))
import careerplanner_client as client  # noqa: E402  (the tools' shared client, found through the line above)
from careerplanner_client import AppServer, Session, expect, forms_of, local_url, request_token  # noqa: E402

from measurement import process_ticks  # noqa: E402
from wrk import get_request  # noqa: E402

PASSWORD = "benchmark passphrase"  # of every seeded user
# Pages are kept in memory once rendered; with this setting every view renders from the database, as the
# first view after any change does.
NO_PAGE_CACHE = {"CareerPlanner__PageCache": "false"}


class Server(AppServer):
    """The published app on a free port of 127.0.0.1 (Production); its pid is written to pid_file for run.sh's
    clean-up, and start() times process start → first response and → first rendered page."""

    def __init__(self, app: Path, data: Path, log_path: Path, pid_file: Path, extra_env: dict | None = None):
        super().__init__(app, data, log_path, env=extra_env)
        self.pid_file = pid_file
        self.first_response_s = None
        self.first_page_s = None

    def start(self) -> "Server":
        super().start()
        self.pid_file.write_text(str(self.pid))
        self.first_response_s = self.wait_ready("/healthz/live", limit=120, interval=0.005)
        if self.first_response_s is None:
            if not self.alive():
                raise RuntimeError(f"the server exited with code {self.proc.returncode} during start-up (see its log)")
            raise RuntimeError("the server did not answer /healthz/live within 120 s")
        expect(Session(self.base_url).get("/account/login"), 200, "first page")
        self.first_page_s = time.monotonic() - self.started
        expect(Session(self.base_url).get("/healthz"), 200, "database health check")
        return self

    def cpu_ticks(self) -> int:
        return process_ticks(self.pid)

    def stop(self, timeout: float = 15.0) -> bool:
        graceful = super().stop(timeout)
        if self.pid_file.exists():
            self.pid_file.unlink()
        return graceful


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
    """A seeded user signed in through the log-in form, with their plan and the progress review's form token."""
    session = Session(local_url(port))
    expect(client.sign_in(session, email, PASSWORD), 302, f"sign-in of {email}")
    if not any(name.startswith("CareerPlanner.Auth") for name in session.cookie_names()):
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
    session = Session(local_url(port))
    expect(session.get(path), 200, "mentor page")
    return get_request(path, session.cookie_header(only=[".AspNetCore.Antiforgery"]))


def create_share_link(user: User) -> str:
    return client.create_mentor_link(user.session, user.plan, "Benchmark mentor",
                                     [("Input.AllowComments", "true"), ("Input.AllowRatings", "true")])


def check_in_form(user: User, today: str) -> tuple[str, list[tuple[str, str]]]:
    """The check-in form of the progress review, as the page fills it (every action's current status), with a reflection."""
    page = expect(user.session.get(f"/plans/{user.plan}/progress-review"), 200, "progress review page").text
    for form in forms_of(page):
        if "handler=review" in html.unescape(form["action"]).lower():
            fields = [(k, v) for k, v in form["fields"] if k not in ("Review.Date", "Review.Reflection")]
            fields += [("Review.Date", today), ("Review.Reflection", "Benchmark check-in: **steady** progress on the learning steps.")]
            return html.unescape(form["action"]), fields
    raise RuntimeError("no check-in form (handler=Review) on the progress review page")


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

"""What the Python tools share to talk to CareerPlanner (Python 3.11 standard library only).

Used by bench/ (the benchmark), tools/durability/ (the kill -9 check) and deploy/smoke.py. Each adds
this folder to sys.path relative to its own file and imports this module:

- Session: a browser-like HTTP session that keeps cookies and does not follow redirects;
  Response: its answer (status, headers, body, text, location).
- forms_of / find_form / field / set_field: the forms of a page, with the values a browser would
  send; request_token: a page's antiforgery token; expect: an answer must have a given status.
- sign_up_form / sign_up / sign_in / create_mentor_link: the app's own forms, filled as a person does.
- free_port, AppServer: the published app started on 127.0.0.1 with a data folder of its own, waited
  for until it answers, stopped gracefully or killed with SIGKILL (and started again as a new AppServer).
"""

from __future__ import annotations

import html
import http.client
import http.cookiejar
import os
import re
import shutil
import signal
import socket
import subprocess
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from html.parser import HTMLParser

TOKEN_FIELD = "__RequestVerificationToken"
APP_DLL = "CareerPlanner.Web.dll"


class AppError(RuntimeError):
    """The app answered, but not as a working app should (an unexpected status or page)."""


# ---------------------------------------------------------------------------------------------
# HTTP: cookies kept, redirects answered to the caller (as a test should see them).


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


class Response:
    def __init__(self, status: int, headers, body: bytes):
        self.status = status
        self.headers = headers
        self.body = body
        self.text = body.decode("utf-8", "replace")

    @property
    def location(self) -> str:
        return self.headers.get("Location", "") if self.headers else ""


class Session:
    """Requests go to base_url + path, or to a full URL; cookies belong to a host whatever its port, as in a
    browser (a sign-in through a balancer is sent to each instance on the same host too). No proxy is used."""

    def __init__(self, base_url: str, timeout: float = 30.0):
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(
            urllib.request.ProxyHandler({}), urllib.request.HTTPCookieProcessor(self.jar), _NoRedirect())

    def request(self, method: str, target: str, form=None, timeout: float | None = None) -> Response:
        """form: a dict or a sequence of (name, value) pairs, sent url-encoded."""
        url = target if "://" in target else self.base_url + target
        data = None
        if form is not None:
            pairs = form.items() if isinstance(form, dict) else form
            data = urllib.parse.urlencode([tuple(pair) for pair in pairs]).encode()
        req = urllib.request.Request(url, data=data, method=method)
        if data is not None:
            req.add_header("Content-Type", "application/x-www-form-urlencoded")
        try:
            with self.opener.open(req, timeout=timeout or self.timeout) as resp:
                return Response(resp.status, resp.headers, resp.read())
        except urllib.error.HTTPError as e:  # 3xx (not followed), 4xx, 5xx
            return Response(e.code, e.headers, e.read() if e.fp else b"")

    def get(self, target: str) -> Response:
        return self.request("GET", target)

    def post(self, target: str, form) -> Response:
        return self.request("POST", target, form)

    def cookie_names(self) -> list[str]:
        return sorted(c.name for c in self.jar)

    def cookie_header(self, only: list[str] | None = None) -> str:
        """The Cookie header a browser would send, limited to the cookies whose names start with one of only."""
        return "; ".join(f"{c.name}={c.value}" for c in self.jar if only is None or c.name.startswith(tuple(only)))

    def clear_cookies(self) -> None:
        self.jar.clear()


def local_url(port: int) -> str:
    return f"http://127.0.0.1:{port}"


def expect(response: Response, status: int, what: str) -> Response:
    if response.status != status:
        snippet = re.sub(r"\s+", " ", response.text)[:300]
        raise AppError(f"{what}: expected HTTP {status}, got {response.status} {response.location} {snippet}")
    return response


# ---------------------------------------------------------------------------------------------
# Forms: what a browser would send.


class _FormParser(HTMLParser):
    """Collects every form of a page: its action, method, attributes and its controls' values in document order."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.forms: list[dict] = []
        self._form: dict | None = None
        self._select: dict | None = None
        self._option: dict | None = None
        self._textarea: list | None = None

    def handle_starttag(self, tag, attrs):
        a = {k: (v if v is not None else "") for k, v in attrs}
        if tag == "form":
            self._form = {"action": a.get("action", ""), "method": a.get("method", "get").lower(), "attrs": a, "fields": []}
            self.forms.append(self._form)
        elif self._form is None:
            return
        elif tag == "input" and a.get("name"):
            kind = a.get("type", "text").lower()
            if kind in ("submit", "button", "image", "reset", "file"):
                return
            if kind in ("checkbox", "radio") and "checked" not in a:
                return
            self._form["fields"].append([a["name"], a.get("value", "on" if kind in ("checkbox", "radio") else "")])
        elif tag == "select" and a.get("name"):
            self._select = {"name": a["name"], "first": None, "selected": None}
        elif tag == "option" and self._select is not None:
            self._option = {"value": a.get("value"), "text": ""}
            if self._select["first"] is None:
                self._select["first"] = self._option
            if "selected" in a:
                self._select["selected"] = self._option
        elif tag == "textarea" and a.get("name"):
            self._textarea = [a["name"], ""]

    def handle_data(self, data):
        if self._textarea is not None:
            self._textarea[1] += data
        elif self._option is not None:
            self._option["text"] += data

    def handle_endtag(self, tag):
        if tag == "form":
            self._form = None
        elif tag == "option":
            self._option = None
        elif tag == "select" and self._select is not None and self._form is not None:
            chosen = self._select["selected"] or self._select["first"]
            value = ""
            if chosen is not None:  # an option without a value attribute sends its text
                value = chosen["value"] if chosen["value"] is not None else chosen["text"].strip()
            self._form["fields"].append([self._select["name"], value])
            self._select = None
        elif tag == "textarea" and self._textarea is not None and self._form is not None:
            # browsers drop the newline that follows <textarea>
            self._form["fields"].append([self._textarea[0], self._textarea[1].removeprefix("\n")])
            self._textarea = None


def forms_of(page: str) -> list[dict]:
    """Every form of the page: {"action", "method", "attrs", "fields": [[name, value], ...]}."""
    parser = _FormParser()
    parser.feed(page)
    return parser.forms


def find_form(page: str, must_have) -> list[list[str]] | None:
    """The fields (a list of [name, value]) of the first form that has every field in must_have."""
    for form in forms_of(page):
        names = {name for name, _ in form["fields"]}
        if all(name in names for name in must_have):
            return form["fields"]
    return None


def field(fields, name: str) -> str | None:
    for n, v in fields:
        if n == name:
            return v
    return None


def set_field(fields, name: str, value: str) -> None:
    for pair in fields:
        if pair[0] == name:
            pair[1] = value
            return
    fields.append([name, value])


def request_token(page: str) -> str:
    """The page's antiforgery token (every form of a page carries the same one)."""
    match = re.search(r'name="__RequestVerificationToken"[^>]*value="([^"]+)"', page)
    if not match:
        raise AppError("no antiforgery token in the page")
    return html.unescape(match.group(1))


def form_on(session: Session, path: str, must_have) -> list[list[str]]:
    """GET path and the fields of its first form that has every field in must_have."""
    resp = session.get(path)
    if resp.status != 200:
        raise AppError(f"GET {path} answered {resp.status} {resp.location}")
    fields = find_form(resp.text, must_have)
    if fields is None:
        raise AppError(f"GET {path}: no form with {must_have}")
    return fields


# ---------------------------------------------------------------------------------------------
# The app's forms, as a person fills them.


def sign_up_form(session: Session, email: str, password: str) -> list[list[str]]:
    """The registration form, filled in; POST it to /account/register (a 302 is an account made)."""
    fields = form_on(session, "/account/register", ["Input.Email", TOKEN_FIELD])
    set_field(fields, "Input.Email", email)
    set_field(fields, "Input.Password", password)
    set_field(fields, "Input.ConfirmPassword", password)
    return fields


def sign_up(session: Session, email: str, password: str) -> Response:
    return session.post("/account/register", sign_up_form(session, email, password))


def sign_in(session: Session, email: str, password: str) -> Response:
    """Fills and posts the log-in form; the answer is the caller's to judge (a 302 when signed in)."""
    fields = form_on(session, "/account/login", ["Input.Email", TOKEN_FIELD])
    set_field(fields, "Input.Email", email)
    set_field(fields, "Input.Password", password)
    return session.post("/account/login", fields)


def create_mentor_link(session: Session, plan: int, label: str, extra=()) -> str:
    """Makes a mentor link on the plan's share page (valid 30 days; extra: more (name, value) pairs); its path."""
    page = expect(session.get(f"/plans/{plan}/share"), 200, "share page")
    form = [(TOKEN_FIELD, request_token(page.text)), ("Input.Label", label), ("Input.Expiry", "Days30"), *extra]
    created = expect(session.post(f"/plans/{plan}/share", form), 302, "create a mentor link")
    shown = expect(session.get(created.location or f"/plans/{plan}/share"), 200, "share page after creating a link")
    for tag in re.findall(r"<input\b[^>]*>", shown.text):
        if 'id="new-link-url"' in tag and (value := re.search(r'\bvalue="([^"]+)"', tag)):
            return urllib.parse.urlparse(html.unescape(value.group(1))).path
    raise AppError("the share page did not show the new link (id=new-link-url)")


# ---------------------------------------------------------------------------------------------
# The published app as a process.


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_ok(port: int, path: str, limit: float, interval: float = 0.05, alive=lambda: True) -> float | None:
    """Polls GET 127.0.0.1:port/path; the seconds until it answered 200, or None (not within limit, or alive() false)."""
    started = time.monotonic()
    while time.monotonic() - started < limit:
        if not alive():
            return None
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=1)
            try:
                connection.request("GET", path)
                if connection.getresponse().status == 200:
                    return time.monotonic() - started
            finally:
                connection.close()
        except (OSError, http.client.HTTPException):
            pass
        time.sleep(interval)
    return None


def app_environment(data_folder: str, extra: dict | None = None) -> dict:
    """The environment of a run of the app: this one without settings meant for other runs, Production, the data folder."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("ConnectionStrings__", "ASPNETCORE_", "DOTNET_ENVIRONMENT", "CareerPlanner__"))}
    # No file watchers for appsettings: inotify instances are a per-user limit (128 here) that other
    # processes, such as a parallel test run hosting many apps, can use up; the app then fails to start.
    env.update({"ASPNETCORE_ENVIRONMENT": "Production", "CareerPlanner__DataFolder": str(data_folder), "DOTNET_NOLOGO": "1",
                "DOTNET_CLI_TELEMETRY_OPTOUT": "1", "DOTNET_hostBuilder__reloadConfigOnChange": "false"})
    env.update(extra or {})
    return env


class AppServer:
    """One run of the published app on 127.0.0.1:port, its output appended to log_path. With watch markers, the
    output is read line by line and watch(marker) is an event set when a line containing the marker appears."""

    def __init__(self, app: str, data_folder: str, log_path, port: int | None = None, env: dict | None = None, watch=()):
        self.app, self.data_folder, self.log_path = str(app), str(data_folder), log_path
        self.port = port or free_port()
        self.base_url = local_url(self.port)
        self.extra_env = env or {}
        self._markers = {marker: threading.Event() for marker in watch}
        self._reader: threading.Thread | None = None
        self.proc: subprocess.Popen | None = None
        self.started = 0.0

    def start(self) -> "AppServer":
        self.started = time.monotonic()
        # The working folder is the app folder, as in a deployment: appsettings.json and wwwroot are found there.
        command = [shutil.which("dotnet") or "dotnet", os.path.join(self.app, APP_DLL), "--urls", self.base_url]
        env = app_environment(self.data_folder, self.extra_env)
        if self._markers:
            self.proc = subprocess.Popen(command, cwd=self.app, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                         stderr=subprocess.STDOUT, start_new_session=True)
            self._reader = threading.Thread(target=self._pump, daemon=True)
            self._reader.start()
        else:
            with open(self.log_path, "ab") as out:
                self.proc = subprocess.Popen(command, cwd=self.app, env=env, stdin=subprocess.DEVNULL, stdout=out,
                                             stderr=subprocess.STDOUT, start_new_session=True)
        return self

    def _pump(self) -> None:
        with open(self.log_path, "ab") as out:
            for line in self.proc.stdout:
                out.write(line)
                out.flush()
                text = line.decode("utf-8", "replace")
                for marker, event in self._markers.items():
                    if marker in text:
                        event.set()

    def watch(self, marker: str) -> threading.Event:
        """The event of a marker given to the constructor."""
        return self._markers[marker]

    @property
    def pid(self) -> int:
        assert self.proc is not None
        return self.proc.pid

    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def wait_ready(self, path: str = "/healthz", limit: float = 120.0, interval: float = 0.05) -> float | None:
        """Seconds from the start until GET path answered 200, or None if the process exited or limit passed."""
        remaining = self.started + limit - time.monotonic()
        if wait_for_ok(self.port, path, remaining, interval, self.alive) is None:
            return None
        return time.monotonic() - self.started

    def kill9(self) -> None:
        if self.alive():
            os.kill(self.proc.pid, signal.SIGKILL)
        if self.proc is not None:
            self.proc.wait()
        if self._reader is not None:
            self._reader.join(timeout=5)

    def stop(self, timeout: float = 15.0) -> bool:
        """SIGTERM and wait; True if it stopped by itself in time (else it is killed)."""
        graceful = True
        if self.alive():
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                graceful = False
        self.kill9()
        return graceful

#!/usr/bin/env python3
"""Smoke test of a CareerPlanner cluster (Python standard library only).

    python3 deploy/smoke.py BALANCER_URL [INSTANCE_URL...]

Through the balancer: registers a new account, creates a plan, saves a step and creates a mentor
link. Then, with the same cookies, reads the plan through every instance directly, opens the mentor
link on each and checks /healthz everywhere. Exits non-zero at the first thing that is wrong.
"""

from __future__ import annotations

import html
import http.cookiejar
import re
import secrets
import sys
import urllib.error
import urllib.parse
import urllib.request


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):  # answer 302s to the caller, as a test should see them
        return None


class Browser:
    def __init__(self, jar: http.cookiejar.CookieJar):
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect())

    def request(self, url: str, form: dict[str, str] | None = None) -> tuple[int, str, str]:
        data = urllib.parse.urlencode(form).encode() if form is not None else None
        try:
            with self.opener.open(urllib.request.Request(url, data=data), timeout=30) as response:
                return response.status, response.headers.get("Location", ""), response.read().decode()
        except urllib.error.HTTPError as e:
            return e.code, e.headers.get("Location", ""), e.read().decode(errors="replace")


def token(page: str) -> str:
    match = re.search(r'name="__RequestVerificationToken"[^>]*value="([^"]+)"', page)
    if not match:
        raise SystemExit("smoke: FAILED: no antiforgery token in the page")
    return html.unescape(match.group(1))


def hidden_fields(page: str) -> dict[str, str]:
    fields = {}
    for tag in re.findall(r"<input\b[^>]*>", page):
        name, value = re.search(r'\bname="([^"]+)"', tag), re.search(r'\bvalue="([^"]*)"', tag)
        if 'type="hidden"' in tag and name:
            fields[html.unescape(name.group(1))] = html.unescape(value.group(1)) if value else ""
    return fields


def expect(what: str, status: int, wanted: int) -> None:
    if status != wanted:
        raise SystemExit(f"smoke: FAILED: {what}: HTTP {status}, expected {wanted}")
    print(f"smoke: ok  {what}")


def main() -> int:
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    balancer, instances = sys.argv[1].rstrip("/"), [u.rstrip("/") for u in sys.argv[2:]]
    # Cookies belong to a host, whatever its port: the balancer's sign-in cookie goes to each instance too.
    browser = Browser(http.cookiejar.CookieJar())
    email, password = f"smoke-{secrets.token_hex(6)}@example.com", "smoke test passphrase"

    status, _, page = browser.request(f"{balancer}/account/register")
    expect("register page through the balancer", status, 200)
    status, location, _ = browser.request(f"{balancer}/account/register", {
        "Input.Email": email, "Input.Password": password, "Input.ConfirmPassword": password, "__RequestVerificationToken": token(page)})
    expect(f"register {email}", status, 302)
    status, _, page = browser.request(f"{balancer}/plans/new")
    status, location, _ = browser.request(f"{balancer}/plans/new", {"Input.Title": "Smoke test plan", "__RequestVerificationToken": token(page)})
    expect("create a plan", status, 302)
    plan = int(location.strip("/").split("/")[1])
    status, _, page = browser.request(f"{balancer}/plans/{plan}/self-assessment")
    form = hidden_fields(page)
    form.update({"Input.Strengths": "Written through the balancer", "command": "save", "__RequestVerificationToken": token(page)})
    status, _, _ = browser.request(f"{balancer}/plans/{plan}/self-assessment", form)
    expect("save step 1", status, 302)
    status, _, page = browser.request(f"{balancer}/plans/{plan}/share")
    status, location, _ = browser.request(f"{balancer}/plans/{plan}/share", {
        "Input.Label": "Smoke mentor", "Input.Expiry": "Days30", "__RequestVerificationToken": token(page)})
    expect("create a mentor link", status, 302)
    status, _, page = browser.request(f"{balancer}{location}" if location.startswith("/") else location)
    link = re.search(r'id="new-link-url"[^>]*value="([^"]+)"', page) or re.search(r'value="([^"]+)"[^>]*id="new-link-url"', page)
    if not link:
        raise SystemExit("smoke: FAILED: the share page did not show the new link")
    link_path = urllib.parse.urlparse(html.unescape(link.group(1))).path

    for base in [balancer, *instances]:
        status, _, body = browser.request(f"{base}/plans/{plan}")
        expect(f"read the plan through {base}", status, 200)
        if "Written through the balancer" not in body:
            raise SystemExit(f"smoke: FAILED: {base} does not show the saved step")
        status, _, body = Browser(http.cookiejar.CookieJar()).request(f"{base}{link_path}")
        expect(f"open the mentor link through {base}", status, 200)
        status, _, _ = Browser(http.cookiejar.CookieJar()).request(f"{base}/healthz")
        expect(f"{base}/healthz", status, 200)
    print("smoke: passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Smoke test of a CareerPlanner cluster (Python standard library only).

    python3 deploy/smoke.py BALANCER_URL [INSTANCE_URL...]

Through the balancer: registers a new account, creates a plan, saves a step and creates a mentor
link. Then, with the same cookies, reads the plan through every instance directly, opens the mentor
link on each and checks /healthz everywhere. Exits non-zero at the first thing that is wrong.
"""

from __future__ import annotations

import argparse
import secrets
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools" / "pyclient"))
from careerplanner_client import (  # noqa: E402  (the tools' shared client, found through the line above)
    TOKEN_FIELD, AppError, Response, Session, create_mentor_link, expect, form_on, request_token, set_field, sign_up)


def ok(response: Response, status: int, what: str) -> Response:
    expect(response, status, what)
    print(f"smoke: ok  {what}")
    return response


def smoke(balancer: str, instances: list[str]) -> None:
    # Cookies belong to a host, whatever its port: the balancer's sign-in cookie goes to each instance too.
    browser = Session(balancer)
    email, password = f"smoke-{secrets.token_hex(6)}@example.com", "smoke test passphrase"

    ok(browser.get("/account/register"), 200, "register page through the balancer")
    ok(sign_up(browser, email, password), 302, f"register {email}")
    page = browser.get("/plans/new")
    created = ok(browser.post("/plans/new", {"Input.Title": "Smoke test plan", TOKEN_FIELD: request_token(page.text)}), 302, "create a plan")
    plan = int(created.location.strip("/").split("/")[1])
    step = f"/plans/{plan}/self-assessment"
    form = form_on(browser, step, ["Input.Strengths", TOKEN_FIELD])
    set_field(form, "Input.Strengths", "Written through the balancer")
    set_field(form, "command", "save")
    ok(browser.post(step, form), 302, "save step 1")
    link_path = create_mentor_link(browser, plan, "Smoke mentor")
    print("smoke: ok  create a mentor link")

    for base in [balancer, *instances]:
        body = ok(browser.get(f"{base}/plans/{plan}"), 200, f"read the plan through {base}").text
        if "Written through the balancer" not in body:
            raise AppError(f"{base} does not show the saved step")
        ok(Session(base).get(link_path), 200, f"open the mentor link through {base}")
        ok(Session(base).get("/healthz"), 200, f"{base}/healthz")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("balancer", metavar="BALANCER_URL", help="the balancer, e.g. http://127.0.0.1:8080")
    parser.add_argument("instances", metavar="INSTANCE_URL", nargs="*", help="each instance, reached directly")
    args = parser.parse_args()
    try:
        smoke(args.balancer.rstrip("/"), [u.rstrip("/") for u in args.instances])
    except (AppError, OSError) as e:
        raise SystemExit(f"smoke: FAILED: {e}")
    print("smoke: passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())

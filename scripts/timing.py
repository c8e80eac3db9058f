#!/usr/bin/env python3
"""Does the time of a step tell who exists? Measures `POST /reset` (the first step of the
self-service journey) for three kinds of name: an account that may reset, an account that
may not (out of scope), and an unknown name; samples interleaved in random order on one
keep-alive connection, against a Latchkey started here on loopback. Prints the medians
and a two-sided Mann-Whitney U test of each kind against the unknown name. (Sign-in
costs one Argon2 verification for every name; after ten wrong passwords the lockout
answers instead, so it is not sampled here.)

    ./scripts/timing.py [--samples 300] [--bin target/debug/latchkey]

A p-value far below 0.01 with a median difference that matters (tenths of a millisecond
and more) means the step tells names apart. Python's standard library only.
"""

import argparse
import http.client
import json
import math
import os
import random
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse

ADMIN_PW = "Timing-Admin-Pass-1"


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def mann_whitney(a, b):
    """Two-sided Mann-Whitney U test (normal approximation with tie correction)."""
    both = sorted([(v, 0) for v in a] + [(v, 1) for v in b])
    ranks = [0.0] * len(both)
    i, ties = 0, 0.0
    while i < len(both):
        j = i
        while j + 1 < len(both) and both[j + 1][0] == both[i][0]:
            j += 1
        rank = (i + j) / 2 + 1
        for k in range(i, j + 1):
            ranks[k] = rank
        t = j - i + 1
        ties += t ** 3 - t
        i = j + 1
    n1, n2 = len(a), len(b)
    r1 = sum(r for r, (_, g) in zip(ranks, both) if g == 0)
    u1 = r1 - n1 * (n1 + 1) / 2
    mu = n1 * n2 / 2
    n = n1 + n2
    sigma = math.sqrt(n1 * n2 / 12 * ((n + 1) - ties / (n * (n - 1))))
    if sigma == 0:
        return 1.0
    z = (u1 - mu) / sigma
    return math.erfc(abs(z) / math.sqrt(2))


class Client:
    def __init__(self, port):
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        self.cookies = {}

    def request(self, method, path, form=None):
        headers = {}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        body = None
        if form is not None:
            body = urllib.parse.urlencode(form)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        start = time.perf_counter()
        self.conn.request(method, path, body=body, headers=headers)
        resp = self.conn.getresponse()
        data = resp.read().decode("utf-8", "replace")
        took = time.perf_counter() - start
        for h, v in resp.getheaders():
            if h.lower() == "set-cookie":
                name, _, rest = v.partition("=")
                self.cookies[name] = rest.split(";", 1)[0]
        return resp.status, data, took


def csrf_of(page):
    m = re.search(r'name="csrf" value="([^"]+)"', page)
    if not m:
        sys.exit("no CSRF field on the page")
    return m.group(1)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--samples", type=int, default=300)
    ap.add_argument("--bin", default=os.environ.get("LATCHKEY_BIN", "target/debug/latchkey"))
    args = ap.parse_args()
    if not os.path.exists(args.bin):
        sys.exit(f"{args.bin} not found: build it (cargo build -p latchkey) or pass --bin")
    data = tempfile.mkdtemp(prefix="latchkey-timing-")
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("LATCHKEY_")}
    env.update(
        LATCHKEY_BOOTSTRAP_ADMIN_PASSWORD=ADMIN_PW,
        LATCHKEY_CAPTCHA="off",
        LATCHKEY_LOG="warn",
        # The rate limits stay on (their counting is part of the step), high enough that
        # no sample is refused.
        LATCHKEY_LIMITS__STARTS_PER_ADDRESS="1000000",
        LATCHKEY_LIMITS__STARTS="100000000",
    )
    cli = lambda *a, stdin="": subprocess.run(  # noqa: E731
        [args.bin, *a, "--data-dir", data], input=stdin, text=True, env=env, check=True,
        capture_output=True,
    )
    server = subprocess.Popen(
        [args.bin, "serve", "--listen", f"127.0.0.1:{port}", "--data-dir", data],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        for _ in range(100):
            try:
                c = http.client.HTTPConnection("127.0.0.1", port, timeout=1)
                c.request("GET", "/healthz")
                if c.getresponse().status == 200:
                    break
            except OSError:
                time.sleep(0.1)
        # Two accounts with a method (an alternate email set by the administrator, used
        # for reset with "Use contact information from the directory"), one of them in
        # the selected group, so the other is out of scope.
        for name in ("inscope", "outofscope"):
            cli("user", "add", name, "--first-name", "Tim", "--last-name", "Ing",
                "--alternate-email", f"{name}@home.example", "--password-stdin",
                "--no-must-change", stdin="Timing-User-Pass-1\n")
        cli("group", "add", "Resetters")
        cli("group", "add-member", "Resetters", "inscope")
        doc = json.loads(cli("policy", "export", "--format", "json").stdout)
        groups = subprocess.run([args.bin, "group", "list", "--data-dir", data], env=env,
                                text=True, capture_output=True).stdout
        doc["sspr"].update(scope="selected", methods=["email"], use_directory_contacts=True)
        m = re.search(r"(\d+)\s+Resetters", groups)
        doc["sspr"]["group_id"] = int(m.group(1)) if m else None
        cli("policy", "apply", "-", "--format", "json", stdin=json.dumps(doc))

        kinds = {"in scope": "inscope", "out of scope": "outofscope", "unknown": "nobody-here"}
        times = {"reset": {k: [] for k in kinds}}
        order = [k for k in kinds for _ in range(args.samples)]
        random.shuffle(order)
        reset = Client(port)
        for kind in order:
            _, page, _ = reset.request("GET", "/reset")
            status, _, took = reset.request(
                "POST", "/reset", {"csrf": csrf_of(page), "username": kinds[kind]})
            if status != 303:
                sys.exit(f"POST /reset answered {status}")
            times["reset"][kind].append(took * 1000)
    finally:
        server.terminate()
        server.wait(timeout=10)
        shutil.rmtree(data, ignore_errors=True)

    print(f"{args.samples} samples per kind, interleaved; milliseconds")
    for step, by_kind in times.items():
        unknown = by_kind["unknown"]
        med_u = sorted(unknown)[len(unknown) // 2]
        print(f"{step}: unknown name median {med_u:.3f}")
        for kind in ("in scope", "out of scope"):
            xs = by_kind[kind]
            med = sorted(xs)[len(xs) // 2]
            p = mann_whitney(xs, unknown)
            print(f"  {kind:<13} median {med:.3f} ({med - med_u:+.3f})  Mann-Whitney p = {p:.3g}")


if __name__ == "__main__":
    main()

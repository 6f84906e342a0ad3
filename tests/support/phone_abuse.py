"""Bad clients for the phone server (tests/e2e/test_phone_server_xvfb.sh): each check prints one
line and exits non-zero on a failure.

  phone_abuse.py BASE_URL ORGANIZER_SECRET SPEAKER_SECRET

BASE_URL is http://127.0.0.1:PORT. The checks: a bare 404 that tells nothing without a secret,
with a wrong or cut one, for unknown paths and methods; a speaker cannot act; malformed requests,
huge headers and a huge body are refused and the server still answers; slow clients (slowloris)
are dropped; a flood from one address is answered 429 while the page stays reachable; more event
streams than the cap get 503.
"""
import http.client
import socket
import sys
import threading
import time
import urllib.parse

base, organizer, speaker = sys.argv[1], sys.argv[2], sys.argv[3]
host, port = urllib.parse.urlsplit(base).hostname, urllib.parse.urlsplit(base).port


def request(method, path, body=None, headers=None):
    connection = http.client.HTTPConnection(host, port, timeout=10)
    connection.request(method, path, body=body, headers=headers or {})
    response = connection.getresponse()
    data = response.read()
    connection.close()
    return response.status, dict(response.getheaders()), data


def check(condition, what):
    if not condition:
        print("FAIL:", what)
        sys.exit(1)
    print("ok:", what)


def raw(data, read_timeout=3.0):
    """Sends raw bytes; returns what came back before the server closed (or the timeout)."""
    s = socket.create_connection((host, port), timeout=read_timeout)
    try:
        s.sendall(data)
    except OSError:
        pass
    got = b""
    try:
        while True:
            chunk = s.recv(65536)
            if not chunk:
                break
            got += chunk
    except OSError:
        pass
    s.close()
    return got


def page_ok():
    status, _, body = request("GET", f"/{speaker}/")
    return status == 200 and b"<html" in body


# The page under a secret, nothing else.
check(page_ok(), "the page is served under the speaker's secret")
wrong = organizer[:-1] + ("0" if organizer[-1] != "0" else "1")
for path in ["/", "/index.html", f"/{wrong}/", f"/{organizer[:16]}/", f"/{organizer}",
             f"/{organizer}/x", f"/{organizer}/slide/abc.jpg", f"/{organizer}/../{speaker}/",
             "/favicon.ico", "/" + "a" * 4000]:
    status, headers, body = request("GET", path)
    check(status == 404 and body == b"" and "Server" not in headers,
          f"GET {path[:50]} is a bare 404 ({status}, {len(body)} bytes)")
for method in ["PUT", "DELETE", "OPTIONS", "PATCH", "TRACE"]:
    status, headers, body = request(method, f"/{organizer}/")
    check(400 <= status <= 405 and len(body) < 100 and "Server" not in headers,
          f"{method} is refused ({status}, {body[:60]!r})")
status, _, _ = request("POST", f"/{speaker}/command", body=b"pause")
check(status == 404, f"a speaker's secret cannot act ({status})")
status, _, body = request("POST", f"/{organizer}/command", body=b"dance")
check(status == 400 and b"not a command" in body, f"an unknown command is a 400 that says why")
status, _, _ = request("POST", f"/{organizer}/command", body=b"x" * 100_000)
check(status in (413, 400) or status >= 400, f"a 100 KB body is refused ({status})")

# Malformed requests and huge headers: refused, and the server goes on.
for name, data in [
    ("garbage bytes", bytes(range(256)) * 8 + b"\r\n\r\n"),
    ("no HTTP version", b"GET /\r\n\r\n"),
    ("a 64 KB header", b"GET /" + speaker.encode() + b"/ HTTP/1.1\r\nHost: x\r\nX-Big: " +
     b"a" * 65536 + b"\r\n\r\n"),
    ("500 headers", b"GET / HTTP/1.1\r\n" + b"".join(b"X-%d: y\r\n" % i for i in range(500)) +
     b"\r\n"),
    ("a negative length", b"POST /" + organizer.encode() +
     b"/command HTTP/1.1\r\nContent-Length: -5\r\n\r\npause"),
    ("a chunked body", b"POST /" + organizer.encode() +
     b"/command HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5\r\npause\r\n0\r\n\r\n"),
]:
    reply = raw(data)
    check(not reply.startswith(b"HTTP/1.1 2"), f"{name}: not served ({reply[:30]!r})")
    check(page_ok(), f"after {name} the server still serves the page")

# Slow clients: 50 connections that send half a request line, a byte every second, are dropped
# (the request must arrive within 5 s); the page answers meanwhile.
slow = []
for _ in range(50):
    s = socket.create_connection((host, port), timeout=30)
    s.sendall(b"GET /" + speaker.encode()[:8])
    slow.append(s)
start = time.monotonic()
check(page_ok(), "the page answers while 50 slow clients hold connections")
dropped = 0
deadline = time.monotonic() + 12
while time.monotonic() < deadline and dropped < len(slow):
    for s in list(slow):
        try:
            s.sendall(b"a")
        except OSError:
            slow.remove(s)
            dropped += 1
            s.close()
    time.sleep(1)
check(dropped == 50, f"the 50 slow clients were dropped ({dropped}) within "
      f"{time.monotonic() - start:.1f} s")

# A flood from one address: most are 429, the rest of the phones are not starved for long.
time.sleep(1.5)  # the address's bucket refills
codes = {}
connection = http.client.HTTPConnection(host, port, timeout=10)
for _ in range(300):
    connection.request("GET", f"/{speaker}/")
    response = connection.getresponse()
    response.read()
    codes[response.status] = codes.get(response.status, 0) + 1
    if response.getheader("Connection", "").lower() == "close":
        connection.close()
        connection = http.client.HTTPConnection(host, port, timeout=10)
connection.close()
check(codes.get(429, 0) >= 200 and codes.get(200, 0) >= 10,
      f"a flood of 300 page requests: {codes}")

# More event streams than the cap: each open stream holds a thread; past the cap, 503.
def open_stream():
    s = socket.create_connection((host, port), timeout=10)
    s.sendall(f"GET /{speaker}/events HTTP/1.1\r\nHost: x\r\n\r\n".encode())
    head = s.recv(200)
    return s, head

time.sleep(1.5)
streams, answers = [], {}
for i in range(int(sys.argv[4]) if len(sys.argv) > 4 else 0):  # not run by the e2e: slow
    if i % 15 == 14:
        time.sleep(1.0)  # under the per-address rate
    s, head = open_stream()
    streams.append(s)
    code = head.split(b" ")[1].decode() if head.startswith(b"HTTP/") else "none"
    answers[code] = answers.get(code, 0) + 1
if streams:
    print("streams:", answers)
for s in streams:
    s.close()
print("all checks passed")

#!/usr/bin/env python3
"""Phones for tests/bench/phone_viewers.sh (stdlib only).

  phone_viewers.py watch URL PID LOG N [FLOOD_COUNT]
      Opens N event streams (GET URL/events, each from its own loopback address, 127.1.x.y, as
      N phones on a Wi-Fi would: the server rates requests per address) while lightning (PID)
      plays, samples PID's /proc status, and when the play is over (PID gone or a zombie) reads
      its `play -v` stderr (LOG) and prints one line of key=value figures:
        phone_p50/p99/max  ms from a flip reaching the projector to a phone receiving the status
                           with the new slide, over every phone and flip (flips a phone was
                           connected for)
        late_*             the projector's flip error, from play -v's summary
        rss/hwm/threads    lightning's VmRSS and VmHWM (MB) and thread count 15 s after the
                           start of watching (the same moment of the talk in every run), and
                           rss_before/rss_after: just before and 1 s after the N phones connected
      With FLOOD_COUNT, a separate process meanwhile sends FLOOD_COUNT GETs of the page as fast
      as it can from 127.0.0.1 (half with a wrong secret, half with the right one, keep-alive
      where the server keeps the connection), and its answers are counted.
  phone_viewers.py flood URL COUNT     (that process: prints its counts as key=value)

When the projector flipped, on the monotonic clock: play -v prints each flip's `shown` time
since the talk's start t0; each status carries `now` (lightning's steady_clock = CLOCK_MONOTONIC
= Python's time.monotonic(), in ms) and `next_flip`, so now + next_flip is the next slide's
planned instant, which is t0 + its `due`: t0 is the median of those over every status received
(both are whole ms: about 1 ms of error).
"""
import asyncio
import json
import os
import re
import socket
import statistics
import sys
import time
import urllib.parse


def percentile(values, p):
    if not values:
        return float("nan")
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, int(round(p / 100.0 * len(ordered) + 0.5)) - 1))
    return ordered[k]


def proc_status(pid):
    """{'VmRSS': kB, 'VmHWM': kB, 'Threads': n, 'State': 'S'} or None when gone."""
    try:
        with open(f"/proc/{pid}/status") as f:
            text = f.read()
    except OSError:
        return None
    out = {}
    for line in text.splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM", "Threads"):
            out[key] = int(value.split()[0])
        elif key == "State":
            out[key] = value.split()[0]
    return out


class Viewer(asyncio.Protocol):
    def __init__(self, host, path, statuses):
        self.request = (f"GET {path} HTTP/1.1\r\nHost: {host}\r\nAccept: text/event-stream\r\n"
                        "Cache-Control: no-cache\r\n\r\n").encode()
        self.buffer = b""
        self.head_done = False
        self.statuses = statuses  # (received, seq, slide, now, next_flip)
        self.http_status = None
        self.closed = asyncio.get_running_loop().create_future()

    def connection_made(self, transport):
        transport.write(self.request)

    def data_received(self, data):
        received = time.monotonic() * 1000.0
        self.buffer += data
        if not self.head_done:
            end = self.buffer.find(b"\r\n\r\n")
            if end < 0:
                return
            self.http_status = int(self.buffer.split(b" ", 2)[1])
            self.buffer = self.buffer[end + 4:]
            self.head_done = True
        while True:
            end = self.buffer.find(b"\n\n")
            if end < 0:
                return
            block, self.buffer = self.buffer[:end], self.buffer[end + 2:]
            name, payload = None, None
            for line in block.split(b"\n"):
                if line.startswith(b"event: "):
                    name = line[7:]
                elif line.startswith(b"data: "):
                    payload = line[6:]
            if name == b"status" and payload:
                s = json.loads(payload)
                self.statuses.append((received, s["seq"], s["slide"], s["now"], s["next_flip"]))

    def connection_lost(self, exc):
        if not self.closed.done():
            self.closed.set_result(True)


def source_address(i):
    return f"127.1.{i // 250}.{i % 250 + 1}"


async def watch(url, pid, n, flood_count):
    parts = urllib.parse.urlsplit(url)
    host, port = parts.hostname, parts.port
    path = parts.path.rstrip("/") + "/events"
    loop = asyncio.get_running_loop()
    samples = []  # (t, VmRSS, VmHWM, Threads)
    start = time.monotonic()

    def sample():
        st = proc_status(pid)
        if not st or st.get("State") == "Z" or "VmRSS" not in st:
            return False
        samples.append((time.monotonic(), st["VmRSS"], st["VmHWM"], st["Threads"]))
        return True

    sample()
    before = samples[-1] if samples else None
    viewers = []
    for i in range(n):
        statuses = []
        viewer = Viewer(f"{host}:{port}", path, statuses)
        try:
            await loop.create_connection(lambda v=viewer: v, host, port,
                                         local_addr=(source_address(i), 0))
        except OSError as e:
            print(f"viewer {i}: {e}", file=sys.stderr)
            continue
        viewers.append(viewer)
    connected_in = time.monotonic() - start
    flood = None
    if flood_count:
        flood = await asyncio.create_subprocess_exec(
            sys.executable, os.path.abspath(__file__), "flood", url, str(flood_count),
            stdout=asyncio.subprocess.PIPE)
    after = None
    while sample():
        if after is None and time.monotonic() - start >= connected_in + 1.0:
            after = samples[-1]
        await asyncio.sleep(0.25)
    flood_result = None
    if flood:
        text = (await flood.communicate())[0].decode()
        flood_result = dict(kv.split("=", 1) for kv in text.split())
    return viewers, samples, before, after, connected_in, flood_result


def read_play_log(log):
    flips = {}  # 1-based slide: (due ms, shown ms)
    summary = {}
    with open(log, errors="replace") as f:
        for line in f:
            m = re.match(r"slide (\d+)/\d+ .* due ([\d.]+) s shown ([\d.]+) s late", line)
            if m:
                flips[int(m.group(1))] = (float(m.group(2)) * 1000, float(m.group(3)) * 1000)
            if line.startswith("summary:"):
                for key, value in re.findall(r"(\w+)=([-\d.]+)", line):
                    summary[key] = float(value)
    return flips, summary


def report(url, pid, log, n, flood_count):
    viewers, samples, before, after, connected_in, flood = asyncio.run(
        watch(url, pid, n, flood_count))
    flips, summary = read_play_log(log)
    # t0 on the monotonic clock, from every distinct status that names its next flip.
    estimates = {}
    for v in viewers:
        for received, seq, slide, now, next_flip in v.statuses:
            due = flips.get(slide + 2)
            if next_flip is not None and due:
                estimates[seq] = now + next_flip - due[0]
    t0 = statistics.median(estimates.values()) if estimates else None
    latencies = []
    for v in viewers:
        first_seen = {}
        for received, seq, slide, now, next_flip in v.statuses:
            first_seen.setdefault(slide, received)
        for slide1, (due, shown) in flips.items():
            k = slide1 - 1
            # A flip the phone was there for: it had the slide before, then got this one.
            if k < 1 or k not in first_seen or (k - 1) not in first_seen or t0 is None:
                continue
            latencies.append(first_seen[k] - (t0 + shown))
    out = {"viewers": f"{sum(1 for v in viewers if v.http_status == 200)}/{n}"}
    if n:
        out.update(phone_p50=f"{percentile(latencies, 50):.1f}",
                   phone_p99=f"{percentile(latencies, 99):.1f}",
                   phone_max=f"{max(latencies):.1f}" if latencies else "nan",
                   phone_n=len(latencies))
    for key in ("late_p50", "late_p99", "late_max"):
        out[key] = f"{summary.get(key, float('nan')):.2f}"
    # The same moment of the talk in every run: 15 s after watching began.
    at = min(samples, key=lambda s: abs(s[0] - (samples[0][0] + 15.0))) if samples else None
    if at:
        out.update(rss=f"{at[1] / 1024:.1f}", hwm=f"{samples[-1][2] / 1024:.1f}",
                   threads=max(s[3] for s in samples))
    if before and after:
        out.update(rss_before=f"{before[1] / 1024:.1f}", rss_after=f"{after[1] / 1024:.1f}")
    out["connect_s"] = f"{connected_in:.2f}"
    if flood:
        out.update(flood)
    print(" ".join(f"{k}={v}" for k, v in out.items()))


def run_flood(url, count):
    parts = urllib.parse.urlsplit(url)
    host, port = parts.hostname, parts.port
    right = parts.path if parts.path.endswith("/") else parts.path + "/"
    wrong = "/" + "0" * 32 + "/"
    counts = {}
    connects = 0
    sock, reader = None, None
    began = time.monotonic()
    for i in range(count):
        path = right if i % 2 else wrong
        for attempt in range(2):
            if sock is None:
                sock = socket.create_connection((host, port))
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
                reader = sock.makefile("rb")
                connects += 1
            try:
                sock.sendall(f"GET {path} HTTP/1.1\r\nHost: {host}:{port}\r\n\r\n".encode())
                status_line = reader.readline()
                if not status_line:
                    raise ConnectionError("closed")
                status = int(status_line.split()[1])
                length, close = 0, False
                while True:
                    line = reader.readline()
                    if line in (b"\r\n", b"\n", b""):
                        break
                    key, _, value = line.decode("latin-1").partition(":")
                    key = key.strip().lower()
                    if key == "content-length":
                        length = int(value)
                    elif key == "connection" and value.strip().lower() == "close":
                        close = True
                if length:
                    reader.read(length)
                counts[status] = counts.get(status, 0) + 1
                if close:
                    reader.close()
                    sock.close()
                    sock = None
                break
            except (ConnectionError, OSError, ValueError, IndexError):
                if sock:
                    reader.close()
                    sock.close()
                sock = None
                if attempt:
                    counts["err"] = counts.get("err", 0) + 1
    took = time.monotonic() - began
    if sock:
        sock.close()
    out = {f"http{k}": v for k, v in sorted(counts.items(), key=lambda kv: str(kv[0]))}
    out.update(flood_reqs=count, flood_s=f"{took:.1f}", flood_rps=f"{count / took:.0f}",
               flood_conns=connects)
    return out


def main():
    if len(sys.argv) >= 6 and sys.argv[1] == "watch":
        report(sys.argv[2], int(sys.argv[3]), sys.argv[4], int(sys.argv[5]),
               int(sys.argv[6]) if len(sys.argv) > 6 else 0)
    elif len(sys.argv) == 4 and sys.argv[1] == "flood":
        print(" ".join(f"{k}={v}" for k, v in run_flood(sys.argv[2], int(sys.argv[3])).items()))
    else:
        print(__doc__, file=sys.stderr)
        sys.exit(2)


if __name__ == "__main__":
    main()

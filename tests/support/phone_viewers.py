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
  phone_viewers.py memory URL PID N
      For a play that holds still (play --wait: the first slide up, nothing decoding, the clock
      not started, one status a second): lightning's VmRSS after it settled, with N streams open
      for 3 s, and once they closed; VmHWM and threads. URL "-": no phones (a play without
      --phone). Prints key=value.

When the projector flipped, on the monotonic clock: play -v prints each flip's `shown` time
since the talk's start t0; each status carries `now` (lightning's steady_clock = CLOCK_MONOTONIC
= Python's time.monotonic(), in ms) and `next_flip`, so now + next_flip is the next slide's
planned instant, which is t0 + its `due`: t0 is the median of those over every status received
(both are whole ms: about 1 ms of error).
"""
import asyncio
import errno
import json
import os
import re
import socket
import statistics
import struct
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


SO_TIMESTAMPNS = 35  # Linux (asm-generic/socket.h); Python's socket module lacks it


def realtime_offset():
    """CLOCK_REALTIME - CLOCK_MONOTONIC in seconds (the tightest of a few readings)."""
    best = None
    for _ in range(20):
        a = time.monotonic()
        r = time.clock_gettime(time.CLOCK_REALTIME)
        b = time.monotonic()
        if best is None or b - a < best[0]:
            best = (b - a, r - (a + b) / 2)
    return best[1]


class Viewer:
    """One phone's event stream on a raw socket. Each status is stamped with the kernel's
    arrival time of its bytes (SO_TIMESTAMPNS, taken as they reach the socket), turned into
    monotonic ms: the measure is when the phone has the news, not when this (busy, shared)
    Python process got round to reading it, which is kept too (`read`)."""

    def __init__(self, loop, host, port, path, source, statuses, offset):
        self.loop, self.statuses, self.offset = loop, statuses, offset
        self.buffer = b""
        self.head_done = False
        self.http_status = None
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, SO_TIMESTAMPNS, 1)
        self.sock.bind((source, 0))
        self.sock.connect((host, port))
        self.sock.sendall((f"GET {path} HTTP/1.1\r\nHost: {host}:{port}\r\n"
                           "Accept: text/event-stream\r\nCache-Control: no-cache\r\n\r\n").encode())
        self.sock.setblocking(False)
        loop.add_reader(self.sock.fileno(), self.on_readable)

    def close(self):
        if self.sock:
            self.loop.remove_reader(self.sock.fileno())
            self.sock.close()
            self.sock = None

    def on_readable(self):
        try:
            data, ancillary, _, _ = self.sock.recvmsg(65536, socket.CMSG_SPACE(16))
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            data, ancillary = b"", []
        if not data:
            self.close()
            return
        read = time.monotonic() * 1000.0
        arrived = read
        for level, kind, payload in ancillary:
            if level == socket.SOL_SOCKET and kind == SO_TIMESTAMPNS and len(payload) >= 16:
                sec, nsec = struct.unpack("qq", payload[:16])
                arrived = (sec + nsec / 1e9 - self.offset) * 1000.0
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
                st = json.loads(payload)
                self.statuses.append((arrived, st["seq"], st["slide"], st["now"],
                                      st["next_flip"], read))


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
    offset = realtime_offset()
    for i in range(n):
        try:
            viewers.append(Viewer(loop, host, port, path, source_address(i), [], offset))
        except OSError as e:
            print(f"viewer {i}: {e}", file=sys.stderr)
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
        for received, seq, slide, now, next_flip, read in v.statuses:
            due = flips.get(slide + 2)
            if next_flip is not None and due:
                estimates[seq] = now + next_flip - due[0]
    t0 = statistics.median(estimates.values()) if estimates else None
    latencies, reads, published = [], [], {}
    per_flip = {}
    for v in viewers:
        first_seen = {}
        for entry in v.statuses:
            first_seen.setdefault(entry[2], entry)
        for slide1, (due, shown) in flips.items():
            k = slide1 - 1
            # A flip the phone was there for: it had the slide before, then got this one.
            if k < 1 or k not in first_seen or (k - 1) not in first_seen or t0 is None:
                continue
            arrived, seq, slide, now, next_flip, read = first_seen[k]
            latencies.append(arrived - (t0 + shown))
            reads.append(read - (t0 + shown))
            published[slide1] = now - (t0 + shown)
            per_flip.setdefault(slide1, []).append(latencies[-1])
    if os.environ.get("PHONE_BENCH_DEBUG"):
        for slide1, values in sorted(per_flip.items()):
            print(f"  flip to {slide1}: phones min {min(values):.1f} p50 "
                  f"{percentile(values, 50):.1f} max {max(values):.1f}, status made "
                  f"{published[slide1]:.1f} after the projector "
                  f"(which was {flips[slide1][1] - flips[slide1][0]:.0f} late)", file=sys.stderr)
    out = {"viewers": f"{sum(1 for v in viewers if v.http_status == 200)}/{n}"}
    if n:
        out.update(phone_p50=f"{percentile(latencies, 50):.1f}",
                   phone_p99=f"{percentile(latencies, 99):.1f}",
                   phone_max=f"{max(latencies):.1f}" if latencies else "nan",
                   phone_n=len(latencies),
                   read_p99=f"{percentile(reads, 99):.1f}",
                   made_max=f"{max(published.values()):.0f}" if published else "nan")
    for key in ("late_p50", "late_p99", "late_max"):
        out[key] = f"{summary.get(key, float('nan')):.2f}"
    out["cpu_s"] = f"{summary.get('cpu', float('nan')):.2f}"  # lightning's, over the play
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
    refused_in_a_row = 0
    sock, reader = None, None
    began = time.monotonic()
    for i in range(count):
        if refused_in_a_row >= 20:  # the server has gone: the play ended first
            break
        path = right if i % 2 else wrong
        for attempt in range(2):
            if sock is None:
                try:
                    sock = socket.create_connection((host, port))
                except OSError as e:  # counted by errno, not fatal
                    name = errno.errorcode.get(e.errno, "oserror")
                    counts[name] = counts.get(name, 0) + 1
                    refused_in_a_row = refused_in_a_row + 1 if name == "ECONNREFUSED" else 0
                    break
                refused_in_a_row = 0
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
    out = {(f"http{k}" if isinstance(k, int) else k): v
           for k, v in sorted(counts.items(), key=lambda kv: str(kv[0]))}
    sent = sum(v for k, v in counts.items() if isinstance(k, int))
    out.update(flood_reqs=sent, flood_s=f"{took:.1f}", flood_rps=f"{sent / took:.0f}",
               flood_conns=connects)
    return out


async def memory(url, pid, n):
    def status():
        st = proc_status(pid)
        return st if st and "VmRSS" in st else {"VmRSS": 0, "VmHWM": 0, "Threads": 0}

    await asyncio.sleep(3.0)  # the first slides decoded, the window up
    before = status()
    out = {"rss0": f"{before['VmRSS'] / 1024:.1f}", "threads0": before["Threads"]}
    if url != "-" and n:
        parts = urllib.parse.urlsplit(url)
        host, port = parts.hostname, parts.port
        path = parts.path.rstrip("/") + "/events"
        loop = asyncio.get_running_loop()
        offset = realtime_offset()
        viewers = [Viewer(loop, host, port, path, source_address(i), [], offset)
                   for i in range(n)]
        await asyncio.sleep(3.0)
        during = status()
        for viewer in viewers:
            viewer.close()
        await asyncio.sleep(1.5)
        after = status()
        out.update(viewers=f"{sum(1 for v in viewers if v.http_status == 200)}/{n}",
                   rss_open=f"{during['VmRSS'] / 1024:.1f}",
                   cost=f"{(during['VmRSS'] - before['VmRSS']) / 1024:.1f}",
                   threads_open=during["Threads"], rss_closed=f"{after['VmRSS'] / 1024:.1f}")
    out["hwm"] = f"{status()['VmHWM'] / 1024:.1f}"
    print(" ".join(f"{k}={v}" for k, v in out.items()))


def main():
    if len(sys.argv) >= 6 and sys.argv[1] == "watch":
        report(sys.argv[2], int(sys.argv[3]), sys.argv[4], int(sys.argv[5]),
               int(sys.argv[6]) if len(sys.argv) > 6 else 0)
    elif len(sys.argv) == 5 and sys.argv[1] == "memory":
        asyncio.run(memory(sys.argv[2], int(sys.argv[3]), int(sys.argv[4])))
    elif len(sys.argv) == 4 and sys.argv[1] == "flood":
        print(" ".join(f"{k}={v}" for k, v in run_flood(sys.argv[2], int(sys.argv[3])).items()))
    else:
        print(__doc__, file=sys.stderr)
        sys.exit(2)


if __name__ == "__main__":
    main()

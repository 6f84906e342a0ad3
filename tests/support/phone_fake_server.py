#!/usr/bin/env python3
"""A stand-in for lightning's phone server (docs/phone.md), for testing the phone page without
the player: the same URLs, secrets, commands and events, over a scripted show whose clock is this
process's monotonic clock.

As a library (tests/e2e/phone_page_check.py): FakeShow holds the show, serve() runs the HTTP
server on a thread; the test moves the show (pause, blank, flip, seek, drop the Wi-Fi) and reads
what the page was sent and what it POSTed.

By hand, to look at the page on a phone on the same network:
    tests/support/phone_fake_server.py assets/phone/phone.html --deck decks/demo --bind 0.0.0.0
prints the two URLs; POST /_fake/ACTION (pause, blank, flip, start, skip, drop 10, silence 5,
seek 61000, message hi) moves the show, GET /_fake/commands lists what the page sent.
"""
import argparse
import json
import os
import secrets
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import tomllib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

# A 16x9 grey JPEG, for when ImageMagick is not there to make slide pictures.
TINY_JPEG = bytes.fromhex(
    "ffd8ffe000104a46494600010100000100010000ffdb004300100b0c0e0c0a100e0d0e1211101318281a181616"
    "183123251d283a333d3c3933383740485c4e404457453738506d51575f626768673e4d71797064785c656763ff"
    "db0043011112121815182f1a1a2f63423842636363636363636363636363636363636363636363636363636363"
    "6363636363636363636363636363636363636363636363ffc00011080009001003012200021101031101ffc400"
    "1500010100000000000000000000000000000005ffc40014100100000000000000000000000000000000ffc400"
    "14010100000000000000000000000000000003ffc40014110100000000000000000000000000000000ffda000c"
    "03010002110311003f00900144ffd9")

TICKING = ("running", "blanked")
COMMANDS = ("start", "skip", "back", "end", "pause", "blank")


def now_ms():
    # The "laptop's monotonic clock": far from performance.now()'s zero, as on a real laptop.
    return int(time.monotonic() * 1000) + 7_000_000


class FakeShow:
    """A lineup of talks, one on stage, on the hard clock: slide k starts at the sum of the plan
    before it. Every method takes the lock and wakes the event streams."""

    def __init__(self, talks, warn=60000, danger=30000, flash=10000):
        self.talks = talks  # [{"title", "speaker", "plan": [ms], "notes": [str]}]
        self.warn, self.danger, self.flash = warn, danger, flash
        self.lock = threading.Condition()
        self.talk = 0
        self.talks_done = 0
        self.state = "waiting"
        self.elapsed_mark = 0     # ms of the talk run when the clock last stopped or started
        self.time_mark = now_ms()  # when it started running
        self.break_end = None
        self.message = None
        self.message_id = 0
        self.seq = 0
        self.commands = []        # every command the page POSTed, accepted or not
        self.refuse_until = 0     # until then /events answers 503 (the Wi-Fi is gone)
        self.silent_until = 0     # until then nothing is sent (the Wi-Fi drops packets)
        self.drops = 0            # bumped to end every open stream
        self.streams = {}         # secret -> open event streams
        self.speaker_secrets = {secrets.token_hex(16): i for i in range(len(talks))}
        self.organizer_secret = secrets.token_hex(16)
        self.recent = []          # times of recent commands, for 429

    # ---- the clock ----
    def _elapsed(self, now):
        if self.state in TICKING:
            return self.elapsed_mark + now - self.time_mark
        return self.elapsed_mark

    def _set_elapsed(self, ms, now):
        self.elapsed_mark, self.time_mark = ms, now

    def _changed(self):
        self.seq += 1
        self.lock.notify_all()

    def _plan(self):
        return self.talks[self.talk]["plan"]

    def _slide_at(self, elapsed):
        start = 0
        plan = self._plan()
        for k, length in enumerate(plan):
            if elapsed < start + length or k == len(plan) - 1:
                return k, start, start + length
            start += length
        return 0, 0, 0

    def _roll(self, now):
        # The talk ends by itself at 0:00.
        if self.state in TICKING and self._elapsed(now) >= sum(self._plan()):
            self._set_elapsed(sum(self._plan()), now)
            self.state = "ended"
            self.talks_done = max(self.talks_done, self.talk + 1)
            self._changed()

    def status(self, my_talk=None, now=None):
        with self.lock:
            now = now_ms() if now is None else now
            self._roll(now)
            talk = self.talks[self.talk]
            plan = talk["plan"]
            total = sum(plan)
            elapsed = min(self._elapsed(now), total)
            k, _, end = self._slide_at(elapsed)
            slide_left = end - elapsed
            next_flip = slide_left if self.state in TICKING and k < len(plan) - 1 else None
            talk_left = total - elapsed
            if self.state == "break":
                talk_left = max(0, self.break_end - now)
                slide_left, next_flip = None, None
            mine = True if my_talk is None else my_talk == self.talk
            wall = time.localtime(time.time() + talk_left / 1000)
            return {"seq": self.seq, "now": now, "state": self.state, "talk": self.talk,
                    "talks": len(self.talks), "talks_done": self.talks_done,
                    "title": talk["title"], "speaker": talk["speaker"], "mine": mine,
                    "slide": k, "slides": len(plan), "next_flip": next_flip,
                    "talk_left": talk_left, "slide_left": slide_left,
                    "projected_end": time.strftime("%H:%M", wall), "message": self.message}

    def sheet(self, my_talk=None):
        with self.lock:
            i = self.talk if my_talk is None else my_talk
            t = self.talks[i]
            s = {"role": "organizer" if my_talk is None else "speaker", "talk": i,
                 "talks": len(self.talks), "title": t["title"], "speaker": t["speaker"],
                 "slides": len(t["plan"]), "plan": t["plan"], "notes": t["notes"],
                 "warn": self.warn, "danger": self.danger, "flash": self.flash}
            if my_talk is None:
                s["lineup"] = [{"title": x["title"], "speaker": x["speaker"]} for x in self.talks]
            return s

    # ---- what the test (or the organizer's page) does ----
    def start(self):
        with self.lock:
            now = now_ms()
            if self.state == "break":
                self.state = "waiting"
            elif self.state in ("waiting", "paused"):
                self._set_elapsed(self._elapsed(now), now)
                self.state = "running"
            self._changed()

    def pause(self):
        with self.lock:
            now = now_ms()
            if self.state in TICKING:
                self._set_elapsed(self._elapsed(now), now)
                self.state = "paused"
            elif self.state == "paused":
                self._set_elapsed(self.elapsed_mark, now)
                self.state = "running"
            self._changed()

    def blank(self):
        with self.lock:
            if self.state in TICKING:
                self.state = "blanked" if self.state == "running" else "running"
            self._changed()

    def seek(self, elapsed):
        """Jump the talk on stage to `elapsed` ms from its start."""
        with self.lock:
            self._set_elapsed(elapsed, now_ms())
            self._changed()

    def seek_left(self, talk_left):
        self.seek(sum(self._plan()) - talk_left)

    def flip(self):
        """The next slide now (its planned start), as a free rehearsal's Space would."""
        with self.lock:
            now = now_ms()
            _, _, end = self._slide_at(self._elapsed(now))
            self._set_elapsed(end, now)
            self._changed()

    def skip(self, step=1):
        with self.lock:
            self.talks_done = max(self.talks_done, self.talk + 1) if step > 0 else self.talks_done
            self.talk = max(0, min(len(self.talks) - 1, self.talk + step))
            self.state = "waiting"
            self._set_elapsed(0, now_ms())
            self._changed()

    def end(self):
        with self.lock:
            self.state = "ended"
            self.talks_done = max(self.talks_done, self.talk + 1)
            self._changed()

    def take_break(self, seconds):
        with self.lock:
            self.state, self.break_end = "break", now_ms() + seconds * 1000
            self._changed()

    def extend(self, seconds):
        with self.lock:
            if self.state == "break":
                self.break_end += seconds * 1000
            self._changed()

    def set_message(self, text):
        with self.lock:
            if text:
                self.message_id += 1
                self.message = {"id": self.message_id, "text": text}
            else:
                self.message = None
            self._changed()

    def drop(self, seconds):
        """The Wi-Fi goes: every stream ends now and /events answers 503 for `seconds`."""
        with self.lock:
            self.refuse_until = now_ms() + seconds * 1000
            self.drops += 1
            self.lock.notify_all()

    def silence(self, seconds):
        """The Wi-Fi drops packets: streams stay open but nothing arrives, new ones hang."""
        with self.lock:
            self.silent_until = now_ms() + seconds * 1000
            self.lock.notify_all()

    def open_streams(self, secret):
        with self.lock:
            return self.streams.get(secret, 0)

    def command(self, body):
        """A POSTed command: returns (HTTP status, text)."""
        with self.lock:
            self.commands.append(body)
            t = time.monotonic()
            self.recent = [x for x in self.recent if t - x < 1] + [t]
            if len(self.recent) > 10:
                return 429, "too many commands"
        word, _, rest = body.partition(" ")
        if word in COMMANDS and not rest:
            {"start": self.start, "skip": self.skip, "back": lambda: self.skip(-1),
             "end": self.end, "pause": self.pause, "blank": self.blank}[word]()
        elif word == "extend" and rest.isdigit():
            self.extend(int(rest))
        elif word == "message":
            self.set_message(rest)
        else:
            return 400, "unknown command: " + body[:40]
        return 202, "accepted"


class Handler(BaseHTTPRequestHandler):
    show = None      # set by serve()
    page = b""
    slides = {}      # talk -> [jpeg bytes]

    def log_message(self, *args):  # quiet: the test prints what matters
        pass

    def _send(self, code, body=b"", ctype="text/plain; charset=utf-8"):
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(body)

    def _route(self):
        parts = self.path.split("?")[0].split("/")
        if len(parts) < 3:
            return None, None, None
        secret, rest = parts[1], "/".join(parts[2:])
        show = self.show
        if secret == show.organizer_secret:
            return secret, None, rest
        if secret in show.speaker_secrets:
            return secret, show.speaker_secrets[secret], rest
        return None, None, None

    def do_GET(self):
        show = self.show
        if self.path.startswith("/_fake/commands"):
            with show.lock:
                return self._send(200, json.dumps(show.commands).encode(), "application/json")
        secret, my_talk, rest = self._route()
        if secret is None:
            return self._send(404)
        if now_ms() < show.refuse_until:
            return self._send(503, b"no network")
        if rest == "":
            return self._send(200, self.page, "text/html; charset=utf-8")
        if rest == "events":
            return self._events(secret, my_talk)
        if rest.startswith("slide/") and rest.endswith(".jpg"):
            st = show.status(my_talk)
            try:
                k = int(rest[6:-4])
            except ValueError:
                return self._send(404)
            pics = self.slides.get(st["talk"]) or []
            if k in (st["slide"], st["slide"] + 1) and 0 <= k < st["slides"]:
                return self._send(200, pics[k] if k < len(pics) else TINY_JPEG, "image/jpeg")
        return self._send(404)

    def do_POST(self):
        show = self.show
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length <= 4096 else b""
        if self.path.startswith("/_fake/"):
            return self._control(self.path[len("/_fake/"):], body.decode())
        secret, my_talk, rest = self._route()
        if secret is None or rest != "command":
            return self._send(404)
        if now_ms() < show.refuse_until:
            return self._send(503, b"no network")
        if my_talk is not None:
            return self._send(403, b"only the organizer's page can act")
        if length > 512:
            return self._send(400, b"too long")
        code, text = show.command(body.decode("utf-8", "replace"))
        self._send(code, text.encode())

    def _control(self, action, body):
        show = self.show
        arg = body.strip()
        actions = {"pause": show.pause, "blank": show.blank, "flip": show.flip,
                   "start": show.start, "skip": show.skip, "end": show.end,
                   "drop": lambda: show.drop(float(arg)), "silence": lambda: show.silence(float(arg)),
                   "seek": lambda: show.seek(int(arg)), "seek_left": lambda: show.seek_left(int(arg)),
                   "break": lambda: show.take_break(int(arg)), "message": lambda: show.set_message(arg)}
        if action not in actions:
            return self._send(404)
        actions[action]()
        self._send(200, b"ok")

    def _events(self, secret, my_talk):
        show = self.show
        with show.lock:  # Wi-Fi silence: a new request hangs until it is back
            while now_ms() < show.silent_until:
                show.lock.wait((show.silent_until - now_ms()) / 1000)
            show.streams[secret] = show.streams.get(secret, 0) + 1
            drops = show.drops
        try:
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.send_header("Cache-Control", "no-store")
            self.end_headers()
            sent_talk, sent_seq, sent_slide, last = None, None, None, 0
            while True:
                with show.lock:
                    if show.drops != drops:
                        return
                    if now_ms() < show.silent_until:
                        show.lock.wait(0.1)
                        continue
                st = show.status(my_talk)
                out = b""
                if st["talk"] != sent_talk:
                    sent_talk = st["talk"]
                    out += b"event: talk\ndata: " + json.dumps(show.sheet(my_talk), ensure_ascii=False).encode() + b"\n\n"
                # On every change (a flip by the clock too), and once a second.
                if st["seq"] != sent_seq or st["slide"] != sent_slide or time.monotonic() - last >= 1:
                    sent_seq, sent_slide, last = st["seq"], st["slide"], time.monotonic()
                    out += b"event: status\ndata: " + json.dumps(st, ensure_ascii=False).encode() + b"\n\n"
                if out:
                    self.wfile.write(out)
                    self.wfile.flush()
                with show.lock:
                    if show.seq == sent_seq and show.drops == drops:
                        wait = 1 - (time.monotonic() - last)
                        if st["next_flip"] is not None:
                            wait = min(wait, st["next_flip"] / 1000 + 0.002)
                        show.lock.wait(max(0.01, wait))
        except (BrokenPipeError, ConnectionResetError):
            return
        finally:
            with show.lock:
                show.streams[secret] -= 1
            self.close_connection = True


def slide_pictures(deck_dir, count, workdir):
    """The deck's PNGs as small JPEGs (ImageMagick), else the grey one."""
    files = sorted(f for f in os.listdir(deck_dir) if f.lower().endswith((".png", ".jpg")))
    if not shutil.which("convert"):
        return [TINY_JPEG] * count
    files = [os.path.join(deck_dir, f) for f in files[:count]]
    # One ImageMagick run for all: twenty runs take seconds each on a busy machine.
    subprocess.run(["convert"] + files + ["-resize", "480x270", "-quality", "80",
                    os.path.join(workdir, "slide-%02d.jpg")], check=True)
    return [open(os.path.join(workdir, "slide-%02d.jpg" % i), "rb").read() for i in range(len(files))]


def demo_talks(deck_dir=None):
    """A lineup of three; the second from deck_dir's deck.toml when given."""
    plan = [15000] * 20
    notes = ["Slide %d: say the thing." % (k + 1) for k in range(20)]
    title, speaker = "Rust in 5", "Ana"
    if deck_dir:
        with open(os.path.join(deck_dir, "deck.toml"), "rb") as f:
            deck = tomllib.load(f)
        title, speaker = deck.get("title", title), deck.get("speaker", speaker)
        notes = [s.get("notes", "") for s in deck.get("slide", [])] or notes
        plan = [15000] * len(notes)
    return [
        {"title": "Opening", "speaker": "The organizers", "plan": [30000, 30000], "notes": ["", ""]},
        {"title": title, "speaker": speaker, "plan": plan, "notes": notes},
        {"title": "서울의 밤 🌃", "speaker": "김지우", "plan": [20000] * 20, "notes": [""] * 20},
    ]


def serve(show, page_path, port=0, bind="127.0.0.1", slides=None):
    """Starts the server on a thread; returns it (server.server_port is the port)."""
    handler = type("BoundHandler", (Handler,), {"show": show, "page": open(page_path, "rb").read(),
                                               "slides": slides or {}})
    server = ThreadingHTTPServer((bind, port), handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("page")
    ap.add_argument("--port", type=int, default=8765)
    ap.add_argument("--bind", default="127.0.0.1")
    ap.add_argument("--deck", help="a deck folder: its title, notes and pictures for the second talk")
    args = ap.parse_args()
    show = FakeShow(demo_talks(args.deck))
    tmp = tempfile.mkdtemp()
    slides = {1: slide_pictures(args.deck, 20, tmp)} if args.deck else {}
    show.skip()
    show.start()
    server = serve(show, args.page, args.port, args.bind, slides)
    host = args.bind if args.bind != "0.0.0.0" else "LAPTOP"
    print("organizer: http://%s:%d/%s/" % (host, server.server_port, show.organizer_secret))
    for s, i in show.speaker_secrets.items():
        print("speaker %d:  http://%s:%d/%s/" % (i, host, server.server_port, s))
    sys.stdout.flush()
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()

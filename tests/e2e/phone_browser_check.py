#!/usr/bin/env python3
"""lightning's phone pages in a real browser against the real server (run by
tests/e2e/test_phone_browser_xvfb.sh, under Xvfb): an event of three talks with --phone; the
title card's QR code is talk 1's speaker URL; the speaker's phone (headless Chromium, through a
TCP proxy that can drop) waits, then follows the talk the organizer's phone starts: k/N and the
countdowns within 0.2 s of the laptop's own status (read straight from the server's stream), the
flip on time, the notes, pause, blank, a message; a 10 s drop (within 0.3 s through it, back
after); End and Skip on the organizer's phone bring the next title cards, whose QR codes are
talks 2's and 3's URLs; End between talks ends the session: exit 0, the port free.

    phone_browser_check.py --lightning BIN --source DIR --work DIR [--shots DIR]
"""
import argparse
import http.client
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import threading
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "support"))
from flaky_proxy import FlakyProxy  # noqa: E402
from phone_browser import browser, fmt, text_of, visible  # noqa: E402

from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

T0 = time.monotonic()
TICKING = ("running", "blanked", "break")

# Talk 1: 3 slides of 5, 6 and 19 s (uneven, so following the plan shows), notes in Korean and
# emoji. Talks 2 and 3 are never started.
NOTES = ["Hello: 안녕하세요, 저는 Ada입니다 👋",
         "둘째 슬라이드 🎤⚡ — 숨을 쉬세요 😅\nsecond line",
         "마지막 슬라이드 🏁 thank you"]
PLAN = [5000, 6000, 19000]
MESSAGE = "마무리 부탁해요 ⚡ 1 min"  # what the organizer types (ChromeDriver types BMP only)


class Failure(Exception):
    pass


def log(text):
    print("[%5.1f s] %s" % (time.monotonic() - T0, text), flush=True)


def fail(text):
    raise Failure(text)


def mono_ms():
    # lightning's `now` is std::chrono::steady_clock: CLOCK_MONOTONIC, as time.monotonic() here.
    return time.monotonic() * 1000


def wait_py(what, cond, timeout=5):
    end = time.monotonic() + timeout
    while True:
        got = cond()
        if got:
            return got
        if time.monotonic() > end:
            fail("waited %.1f s for %s" % (timeout, what))
        time.sleep(0.05)


def wait(driver, what, cond, timeout=5):
    try:
        return WebDriverWait(driver, timeout, poll_frequency=0.05).until(lambda d: cond())
    except Exception:
        fail("waited %.1f s for %s" % (timeout, what))


# ---- the lineup ---------------------------------------------------------------------------
def make_lineup(work, source):
    demo = os.path.join(source, "decks", "demo")
    pngs = sorted(f for f in os.listdir(demo) if f.endswith(".png"))[:3]
    for name in ("one", "two", "three"):
        os.makedirs(os.path.join(work, name), exist_ok=True)
        for png in pngs:
            shutil.copy(os.path.join(demo, png), os.path.join(work, name, png))
    slides = "".join('\n[[slide]]\nfile = "%s"\n%snotes = %s\n' % (
        png, "seconds = %d\n" % (PLAN[k] // 1000) if k < 2 else "", json.dumps(NOTES[k], ensure_ascii=False))
        for k, png in enumerate(pngs))
    with open(os.path.join(work, "one", "deck.toml"), "w", encoding="utf-8") as f:
        f.write('title = "첫 번째 talk ⚡"\nspeaker = "Ada"\nformat = "five-minutes"\ntotal = %d\n%s'
                % (sum(PLAN) // 1000, slides))
    lineup = os.path.join(work, "lineup.toml")
    with open(lineup, "w", encoding="utf-8") as f:
        f.write('name = "Phones"\n[[talk]]\ndeck = "one"\n'
                '[[talk]]\ndeck = "two"\ntitle = "Second"\nspeaker = "Grace"\ntotal = 12\n'
                '[[talk]]\ndeck = "three"\ntitle = "Third"\nspeaker = "Alan"\ntotal = 12\n')
    return lineup


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def port_free(port):
    """Nothing listens on the port, and a server can listen there again (as civetweb does, with
    SO_REUSEADDR: the phones' closed connections may linger in TIME_WAIT)."""
    probe = socket.socket()
    try:
        probe.connect(("127.0.0.1", port))
        return False  # something still answers
    except ConnectionRefusedError:
        pass
    finally:
        probe.close()
    s = socket.socket()
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        s.bind(("127.0.0.1", port))
        s.listen(1)
        return True
    except OSError:
        return False
    finally:
        s.close()


# ---- lightning ----------------------------------------------------------------------------
class Lightning:
    def __init__(self, binary, lineup, work, port):
        self.err_path = os.path.join(work, "event.err")
        self.err = open(self.err_path, "wb")
        self.port = port
        self.proc = subprocess.Popen(
            [binary, "event", lineup, "--window", "--end-card-seconds", "0.5", "--phone",
             "--phone-bind", "127.0.0.1", "--phone-port", str(port)],
            stdout=subprocess.DEVNULL, stderr=self.err, cwd=work)

    def text(self):
        with open(self.err_path, encoding="utf-8", errors="replace") as f:
            return f.read()

    def wait_line(self, pattern, timeout=10):
        def found():
            if self.proc.poll() is not None:
                fail("lightning exited (%s) before: %s" % (self.proc.returncode, pattern))
            return re.search(pattern, self.text(), re.M)
        return wait_py("lightning's stderr: " + pattern, found, timeout)

    def stop(self):
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
        self.err.close()


class Stream(threading.Thread):
    """The laptop's own word: one phone stream read straight from lightning (no proxy), every
    status kept with when it arrived."""

    def __init__(self, port, secret):
        super().__init__(daemon=True)
        self.port, self.secret = port, secret
        self.lock = threading.Lock()
        self.statuses = []  # (arrived ms, status)
        self.sheet = None
        self.stopped = False
        self.start()

    def run(self):
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
        conn.request("GET", "/%s/events" % self.secret)
        resp = conn.getresponse()
        if resp.status != 200:
            return
        kind = None
        while not self.stopped:
            try:
                line = resp.readline()
            except OSError:
                break
            if not line:
                break
            line = line.decode("utf-8").rstrip("\n")
            if line.startswith("event: "):
                kind = line[7:]
            elif line.startswith("data: "):
                data = json.loads(line[6:])
                with self.lock:
                    if kind == "status":
                        self.statuses.append((mono_ms(), data))
                    elif kind == "talk":
                        self.sheet = data
        conn.close()

    def latest(self):
        with self.lock:
            if not self.statuses:
                fail("no status from lightning's stream")
            arrived, status = self.statuses[-1]
        if mono_ms() - arrived > 2500:
            fail("lightning's stream is silent for %.1f s" % ((mono_ms() - arrived) / 1000))
        return status

    def wait(self, what, cond, timeout=5):
        def check():
            with self.lock:
                return self.statuses and cond(self.statuses[-1][1])
        wait_py("the laptop's status: " + what, check, timeout)
        return self.latest()


def expected(s, t):
    """The laptop's talk_left and slide at monotonic ms t, counted from status s (as the page
    does, but by the plan of talk 1 we wrote)."""
    if s["state"] not in TICKING:
        return s["talk_left"], s["slide"]
    dt = max(0, t - s["now"])
    left = s["talk_left"] - dt
    if s["talk_left"] >= 0:
        left = max(0, left)
    slide = s["slide"]
    if s["next_flip"] is not None:
        end = s["next_flip"]
        while dt >= end and slide + 1 < s["slides"]:
            slide += 1
            end += PLAN[slide]
    return left, slide


# ---- the browser --------------------------------------------------------------------------
READ = """const e = window.lightning.estimate(); const $ = (id) => document.getElementById(id);
return {e: e, talk: $('talk-left').textContent, slide: $('slide-left').textContent,
        pos: $('pos').textContent, badge: !$('badge').hidden};"""


def picture(args, driver, name):
    """A screenshot for a person to look at (--shots only)."""
    if args.shots:
        driver.save_screenshot(os.path.join(args.shots, name))


def check_clock(driver, stream, tol, what):
    """The page's countdown and k/N are the laptop's, within tol ms, at one instant: the status
    read straight from the server, counted on to the moment the page was read."""
    before = stream.latest()
    t0 = mono_ms()
    got = driver.execute_script(READ)
    t1 = mono_ms()
    after = stream.latest()
    e = got["e"]
    if e is None:
        fail("%s: the page has no status" % what)
    if e["state"] not in (before["state"], after["state"]):
        fail("%s: the page says %s, the laptop %s" % (what, e["state"], after["state"]))
    lefts, slides = [], set()
    for s in (before, after):
        for t in (t0, t1):
            left, slide = expected(s, t)
            lefts.append(left)
            slides.add(slide)
    lo, hi = min(lefts) - tol, max(lefts) + tol
    if not lo <= e["talk_left"] <= hi:
        fail("%s: talk_left is %d ms on the page, %d..%d ms on the laptop (read in %d ms)"
             % (what, e["talk_left"], min(lefts), max(lefts), t1 - t0))
    if got["talk"] not in (fmt(lo), fmt(hi)):
        fail("%s: the page shows %s, the laptop %s..%s" % (what, got["talk"], fmt(lo), fmt(hi)))
    if e["slide"] not in slides:
        fail("%s: the page is on slide %d, the laptop on %s" % (what, e["slide"], slides))
    want = {"%d/%d" % (k + 1, after["slides"]) for k in slides}
    if got["pos"] not in want:
        fail("%s: the page shows %s, the laptop %s" % (what, got["pos"], want))
    mid = sum(lefts) / len(lefts)
    log("%s: %s left, %s ok (off by %+d ms, read in %d ms)"
        % (what, got["talk"], got["pos"], e["talk_left"] - mid, t1 - t0))
    return got


def read_qr(work):
    shot = os.path.join(work, "screen.png")
    if subprocess.run(["import", "-window", "root", shot], capture_output=True).returncode != 0:
        return None
    r = subprocess.run(["zbarimg", "--quiet", "--raw", shot], capture_output=True, text=True)
    return r.stdout.strip() if r.returncode == 0 else None


def wait_qr(work, want, what, timeout=10):
    seen = []

    def right():
        got = read_qr(work)
        seen.append(got)
        return got == want
    try:
        wait_py(what, right, timeout)
    except Failure:
        fail("the projector's QR code: wanted %s, read %s" % (want, seen[-3:]))
    log("%s: the projector's QR code reads %s" % (what, want))


# ---- the scenario -------------------------------------------------------------------------
def run(args):
    lineup = make_lineup(args.work, args.source)
    port = free_port()
    show = Lightning(args.lightning, lineup, args.work, port)
    speaker_page = organizer_page = proxy = stream = stream2 = None
    try:
        show.wait_line(r"^title card 1/3", 15)
        text = show.text()
        organizer = re.search(r"^lightning: organizer's phone \(can act: keep it to yourself\): (\S+)$", text, re.M)
        speakers = [re.search(r"^lightning: talk %d's speaker: (\S+)$" % n, text, re.M) for n in (1, 2, 3)]
        if not organizer or not all(speakers):
            fail("the URLs are not all printed:\n" + text)
        organizer = organizer.group(1)
        speakers = [m.group(1) for m in speakers]
        base = "http://127.0.0.1:%d/" % port
        if not all(u.startswith(base) and re.fullmatch(r"[0-9a-f]{32}/", u[len(base):])
                   for u in [organizer] + speakers):
            fail("the URLs: %s %s" % (organizer, speakers))
        log("lightning up: phone pages on port %d" % port)

        # The title card: talk 1's code, for its speaker to scan.
        wait_qr(args.work, speakers[0], "title card 1")

        secret1 = speakers[0][len(base):-1]
        stream = Stream(port, secret1)
        stream2 = Stream(port, speakers[1][len(base):-1])
        proxy = FlakyProxy(("127.0.0.1", port))
        speaker_page = browser(390, 844)
        organizer_page = browser(412, 915)
        log("two Chromiums started")

        # Talk 1's phone, opened from the code: its title, waiting for the start.
        speaker_page.get(speakers[0])
        wait(speaker_page, "'Waiting to start' on talk 1's phone",
             lambda: text_of(speaker_page, "card") == "Waiting to start" and visible(speaker_page, "card"), 8)
        title = text_of(speaker_page, "title")
        if title != "첫 번째 talk ⚡ — Ada":
            fail("talk 1's phone shows the title " + title)
        if text_of(speaker_page, "notes") != NOTES[0]:
            fail("talk 1's phone shows the notes %r" % text_of(speaker_page, "notes"))
        log("talk 1's phone: %s, Waiting to start" % title)
        picture(args, speaker_page, "phone-browser-waiting.png")
        # The same page through the proxy, which can drop.
        speaker_page.get("http://127.0.0.1:%d/%s/" % (proxy.port, secret1))
        wait(speaker_page, "'Waiting to start' through the proxy",
             lambda: text_of(speaker_page, "card") == "Waiting to start", 8)

        # Talk 2's phone: next.
        organizer_page.get(speakers[1])
        wait(organizer_page, "'You are next' on talk 2's phone",
             lambda: text_of(organizer_page, "away-line") == "You are next", 8)
        log("talk 2's phone: %s / You are next" % text_of(organizer_page, "away-title"))

        # The organizer's phone.
        organizer_page.get(organizer)
        wait(organizer_page, "the lineup", lambda: len(organizer_page.find_elements(By.CSS_SELECTOR, "#lineup li")) == 3, 8)

        def press(label):
            organizer_page.execute_script("document.getElementById('answer').textContent = ''")
            organizer_page.find_element(By.XPATH, "//button[normalize-space()='%s']" % label).click()
            try:
                wait(organizer_page, "the answer to " + label,
                     lambda: organizer_page.find_element(By.ID, "answer").text.startswith("✓"), 3)
            except Failure as e:
                fail("%s: the organizer's page says %r (lightning %s)" % (
                    e, organizer_page.find_element(By.ID, "answer").text,
                    "runs" if show.proc.poll() is None else "exited %s" % show.proc.returncode))
            log("organizer: %s -> %s" % (label, organizer_page.find_element(By.ID, "answer").text))

        press("Start")
        picture(args, organizer_page, "phone-browser-organizer.png")
        started = stream.wait("running", lambda s: s["state"] == "running" and s["mine"])
        wait(speaker_page, "Live", lambda: text_of(speaker_page, "state") == "Live", 3)
        got = check_clock(speaker_page, stream, 200, "started")
        if got["pos"] != "1/3":
            fail("after the start the phone shows " + got["pos"])

        # Slide 1's picture: the real slide, from the decoded pixels.
        wait(speaker_page, "this slide's picture", lambda: speaker_page.execute_script(
            "const i = document.getElementById('cur'); return !i.hidden && i.complete && i.naturalWidth > 0"), 5)
        size = speaker_page.execute_script("const i = document.getElementById('cur'); return [i.naturalWidth, i.naturalHeight]")
        if size[0] < 300 or abs(size[0] / size[1] - 16 / 9) > 0.02:
            fail("slide 1's picture is %sx%s" % tuple(size))
        log("slide 1's picture: %dx%d" % tuple(size))

        # The flip to slide 2, by the plan: when 2/3 appears, the page's clock says slide 2
        # has just begun (and that clock is the laptop's, checked above and below).
        flip_at = started["now"] + started["next_flip"]
        seen = speaker_page.execute_async_script("""
            const done = arguments[arguments.length - 1], pos = document.getElementById('pos');
            const look = () => pos.textContent === '2/3' ? (done(window.lightning.estimate()), true) : false;
            if (!look()) new MutationObserver((_, o) => { if (look()) o.disconnect(); })
                .observe(pos, {childList: true, characterData: true, subtree: true});""")
        late = mono_ms() - flip_at
        if not PLAN[1] - 300 <= seen["slide_left"] <= PLAN[1]:
            fail("2/3 appeared with %d ms of slide 2 left on the page's clock" % seen["slide_left"])
        if not -50 <= late <= 1000:
            fail("2/3 appeared %+d ms from the laptop's flip" % late)
        log("the flip: 2/3 with %d ms of slide 2 left (seen %+d ms after the laptop's flip)" % (seen["slide_left"], late))
        check_clock(speaker_page, stream, 200, "after the flip")
        if text_of(speaker_page, "notes") != NOTES[1]:
            fail("slide 2's notes: %r" % text_of(speaker_page, "notes"))
        log("slide 2's notes shown: %r" % NOTES[1])
        wait(speaker_page, "slide 2's picture", lambda: speaker_page.execute_script(
            "const i = document.getElementById('cur'); return i.src.includes('slide/1.jpg') && !i.hidden"
            " && i.complete && i.naturalWidth > 0"), 5)
        shot = os.path.join(args.shots or args.work, "phone-browser-speaker.png")
        speaker_page.save_screenshot(shot)
        log("the speaker's phone: " + shot)

        # Pause: the banner, the countdown stops; again: it goes on.
        press("Pause")
        wait(speaker_page, "PAUSED", lambda: visible(speaker_page, "paused"), 2)
        stream.wait("paused", lambda s: s["state"] == "paused")
        first = check_clock(speaker_page, stream, 200, "paused")
        time.sleep(0.6)  # time must pass to see the countdown stand still
        if check_clock(speaker_page, stream, 200, "still paused")["e"]["talk_left"] != first["e"]["talk_left"]:
            fail("the countdown moved while paused")
        press("Resume")
        wait(speaker_page, "no PAUSED", lambda: not visible(speaker_page, "paused"), 2)
        stream.wait("running again", lambda s: s["state"] == "running")
        check_clock(speaker_page, stream, 200, "resumed")

        # Blank: the banner; the clock runs on.
        press("Blank")
        wait(speaker_page, "AUDIENCE SEES BLACK", lambda: visible(speaker_page, "blanked"), 2)
        if text_of(speaker_page, "blanked") != "AUDIENCE SEES BLACK":
            fail("the blank banner says " + text_of(speaker_page, "blanked"))
        stream.wait("blanked", lambda s: s["state"] == "blanked")
        check_clock(speaker_page, stream, 200, "blanked")
        press("Unblank")
        wait(speaker_page, "no blank banner", lambda: not visible(speaker_page, "blanked"), 2)

        # A message from the organizer.
        organizer_page.find_element(By.ID, "msg-text").send_keys(MESSAGE)
        press("Send")
        wait(speaker_page, "the message", lambda: visible(speaker_page, "message")
             and text_of(speaker_page, "message") == MESSAGE, 3)
        show.wait_line("^phone: the organizer tells the speaker: " + re.escape(MESSAGE) + "$", 3)
        log("the message on the speaker's phone: " + MESSAGE)

        # The server goes for 10 s: every connection through the proxy cut, new ones refused.
        stream.wait("running before the drop", lambda s: s["state"] == "running")
        check_clock(speaker_page, stream, 200, "before the drop")
        slide_before = stream.latest()["slide"]
        proxy.drop(10)
        cut = time.monotonic()
        wait(speaker_page, "the reconnecting badge", lambda: visible(speaker_page, "badge"), 4.5)
        log("badge after %.1f s: %s" % (time.monotonic() - cut, text_of(speaker_page, "badge")))
        picture(args, speaker_page, "phone-browser-reconnecting.png")
        time.sleep(max(0, cut + 5 - time.monotonic()))  # the scenario's time
        check_clock(speaker_page, stream, 300, "5 s into the drop")
        time.sleep(max(0, cut + 9.3 - time.monotonic()))
        got = check_clock(speaker_page, stream, 300, "9.3 s into the drop")
        if not got["badge"]:
            fail("9.3 s into the drop the page does not say it is reconnecting")
        slide_after = stream.latest()["slide"]
        if slide_after == slide_before:
            log("(no flip fell in the drop: slide %d throughout)" % (slide_before + 1))
        else:
            log("the page followed the plan through the drop: %d/3 -> %s" % (slide_before + 1, got["pos"]))
        wait(speaker_page, "the badge to go", lambda: not visible(speaker_page, "badge"), 10.5 - (time.monotonic() - cut) + 6)
        log("back %.1f s after the server came back" % (time.monotonic() - cut - 10))
        check_clock(speaker_page, stream, 200, "after the drop")
        wait_py("the page's stream through the proxy", lambda: proxy.open_connections() >= 1, 3)
        if text_of(speaker_page, "notes") != NOTES[stream.latest()["slide"]]:
            fail("after the drop, the notes: %r" % text_of(speaker_page, "notes"))

        # End (two taps): the talk ends, its end card, then talk 2's title card and code.
        end = organizer_page.find_element(By.XPATH, "//button[normalize-space()='End']")
        end.click()
        if end.text != "Tap again to end":
            fail("End's first tap: " + end.text)
        press("Tap again to end")
        show.wait_line(r"^title card 2/3", 5)
        wait_qr(args.work, speakers[1], "title card 2")
        wait(speaker_page, "'Your talk is over'", lambda: text_of(speaker_page, "away-line") == "Your talk is over", 4)
        # The message was for talk 1 on stage: gone from its phone and from the organizer's
        # (talk 2 comes on stage without it); the first slide's notes are for a talk to come.
        wait(speaker_page, "the message to go", lambda: not visible(speaker_page, "message"), 3)
        wait(organizer_page, "the organizer's message line to go", lambda: not visible(organizer_page, "o-msg"), 3)
        if visible(speaker_page, "notes-box"):
            fail("talk 1's phone shows notes after its talk: %r" % text_of(speaker_page, "notes"))
        log("talk 1's phone: Your talk is over (no message, no notes)")
        picture(args, speaker_page, "phone-browser-over.png")

        # Skip talk 2: talk 3's card and code.
        press("Skip ▶")
        show.wait_line(r"^title card 3/3", 5)
        wait_qr(args.work, speakers[2], "title card 3")
        with stream2.lock:
            told = [s for _, s in stream2.statuses if s["message"]]
        if len(stream2.statuses) < 10 or told:
            fail("talk 2's phone got %d statuses, %d with a message (for talk 1's speaker): %s"
                 % (len(stream2.statuses), len(told), told[:1]))

        errors = [m for m in speaker_page.get_log("browser") + organizer_page.get_log("browser")
                  if m["level"] == "SEVERE" and "favicon" not in m["message"] and "net::ERR_" not in m["message"]
                  # The page flips by its own clock, at the laptop's instant: it may ask for the
                  # new next slide a moment before the laptop offers it (404; asked again with
                  # the next status).
                  and not re.search(r"/slide/\d+\.jpg\S* - Failed to load resource: the server responded with a status of 404",
                                    m["message"])]
        if errors:
            fail("the console: %s" % errors)

        # End between talks ends the session: exit 0, the port free.
        end = organizer_page.find_element(By.XPATH, "//button[normalize-space()='End']")
        end.click()
        press("Tap again to end")
        try:
            code = show.proc.wait(10)
        except subprocess.TimeoutExpired:
            fail("lightning still runs 10 s after End")
        if code != 0:
            fail("lightning exited %d" % code)
        if not port_free(port):
            fail("port %d is still taken after lightning exited:\n%s" % (port, subprocess.run(
                ["ss", "-tanp"], capture_output=True, text=True).stdout))
        # Every request the pages made had its secret and came slowly enough (the page asks for
        # no /favicon.ico).
        refused = re.search(r"^phone: .*request\(s\) refused.*$", show.text(), re.M)
        if refused:
            fail("lightning refused requests: " + refused.group(0))
        log("the session ended: exit 0, port %d free" % port)
    except Failure as e:
        print("FAIL: %s" % e, file=sys.stderr, flush=True)
        print("lightning's stderr:\n" + "\n".join("  " + line for line in show.text().splitlines()
                                                  if not line.startswith("  ")), file=sys.stderr)
        return 1
    finally:
        for driver in (speaker_page, organizer_page):
            if driver:
                driver.quit()
        for s in (stream, stream2):
            if s:
                s.stopped = True
        if proxy:
            proxy.close()
        show.stop()
    log("phone pages in a browser: ok")
    return 0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lightning", required=True)
    ap.add_argument("--source", required=True)
    ap.add_argument("--work", required=True)
    ap.add_argument("--shots", help="where to keep the speaker phone's screenshot")
    sys.exit(run(ap.parse_args()))


if __name__ == "__main__":
    main()

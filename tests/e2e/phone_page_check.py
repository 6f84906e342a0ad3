#!/usr/bin/env python3
"""The phone page (assets/phone/phone.html) in headless Chromium against the fake phone server
(tests/support/phone_fake_server.py): what the speaker's and the organizer's phones show, checked
against the fake show's own state, through flips, pause, blank, a 10 s Wi-Fi loss and a 5 s
silence, the colour thresholds and the organizer's commands.

    phone_page_check.py PAGE                 the checks (run by tests/e2e/test_phone_page.sh)
    phone_page_check.py PAGE --pictures DIR  phone-speaker.png and phone-organizer.png for docs/
"""
import argparse
import os
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "support"))
import phone_fake_server as fake  # noqa: E402
from phone_browser import browser, fmt, visible  # noqa: E402

from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

T0 = time.monotonic()


def log(text):
    print("[%5.1f s] %s" % (time.monotonic() - T0, text), flush=True)


def fail(text):
    print("FAIL: " + text, file=sys.stderr, flush=True)
    sys.exit(1)


def wait(driver, what, cond, timeout=5):
    try:
        return WebDriverWait(driver, timeout, poll_frequency=0.05).until(lambda d: cond())
    except Exception:
        fail("waited %.1f s for %s" % (timeout, what))


def wait_py(what, cond, timeout=5):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if cond():
            return
        time.sleep(0.05)
    fail("waited %.1f s for %s" % (timeout, what))


READ = """const e = window.lightning.estimate(); const $ = (id) => document.getElementById(id);
return {e: e, talk: $(arguments[0]).textContent, slide: $(arguments[1]).textContent,
        pos: $('pos').textContent, badge: !$('badge').hidden};"""


def check_clock(driver, show, tol, what, ids=("talk-left", "slide-left"), my_talk=1):
    """The page's countdowns and k/N are the show's, within tol ms, at one instant."""
    before = show.status(my_talk)
    got = driver.execute_script(READ, *ids)
    after = show.status(my_talk)
    e = got["e"]
    if e is None:
        fail("%s: the page has no status" % what)
    if e["state"] not in (before["state"], after["state"]):
        fail("%s: the page says %s, the show %s" % (what, e["state"], after["state"]))
    for key in ("talk_left", "slide_left"):
        lo = min(before[key], after[key]) - tol
        hi = max(before[key], after[key]) + tol
        if not lo <= e[key] <= hi:
            fail("%s: %s is %d ms on the page, %d..%d ms in the show" % (what, key, e[key], before[key], after[key]))
        shown = got["talk" if key == "talk_left" else "slide"]
        if shown not in (fmt(lo), fmt(hi)):
            fail("%s: the page shows %s for %s, the show %s" % (what, shown, key, fmt(after[key])))
    if e["slide"] not in (before["slide"], after["slide"]):
        fail("%s: the page is on slide %d, the show on %d" % (what, e["slide"], after["slide"]))
    if ids[0] == "talk-left":
        want = {"%d/%d" % (s["slide"] + 1, s["slides"]) for s in (before, after)}
        if got["pos"] not in want:
            fail("%s: the page shows %s, the show %s" % (what, got["pos"], want))
    log("%s: %s left, slide %s, %s ok (off by %+d ms)" % (what, got["talk"], got["slide"], got["pos"],
                                                          e["talk_left"] - after["talk_left"]))
    return got


def colour(driver, element_id):
    return driver.execute_script(
        "return getComputedStyle(document.getElementById(arguments[0])).color;", element_id)


def test_talks():
    """Talk 1 is the speaker's: uneven slides (5 s among 15 s ones, so following the plan shows)
    and slide 2's notes 5 KB of Korean, emoji and lines."""
    plan = [15000, 15000, 12000, 10000, 5000, 8000] + [15000] * 14
    long_notes = "\n".join("%d. 서울에서 온 발표자 🎤⚡ — 다음 슬라이드로 넘어가기 전에 숨을 쉬세요 😅" % i for i in range(1, 80))
    notes = ["Hello: say who you are."] + [long_notes] + ["Slide %d" % (k + 1) for k in range(2, 20)]
    talks = fake.demo_talks()
    talks[1] = {"title": "Rust in 5", "speaker": "Ana", "plan": plan, "notes": notes}
    return talks


def run_checks(page):
    show = fake.FakeShow(test_talks())
    server = fake.serve(show, page)
    base = "http://127.0.0.1:%d/" % server.server_port
    secret_of = {i: s for s, i in show.speaker_secrets.items()}
    speaker, organizer = base + secret_of[1] + "/", base + show.organizer_secret + "/"
    notes = show.talks[1]["notes"]
    if len(notes[1].encode()) < 5000:
        fail("the long notes are only %d bytes" % len(notes[1].encode()))
    show.skip()  # talk 1 on stage, its title card
    driver = browser(390, 844, 1)
    try:
        log("chromium started")
        # The next speaker's phone: not on stage yet.
        driver.get(base + secret_of[2] + "/")
        wait(driver, "'You are next' on talk 3's phone",
             lambda: driver.find_element(By.ID, "away-line").text == "You are next")
        if "서울의 밤 🌃" not in driver.find_element(By.ID, "away-title").text:
            fail("talk 3's phone lacks its title: " + driver.find_element(By.ID, "away-title").text)
        log("talk 3's phone: %s / You are next" % driver.find_element(By.ID, "away-title").text)

        # The speaker's phone, the talk running.
        driver.get(speaker)
        wait(driver, "the title card", lambda: driver.find_element(By.ID, "card").text == "Waiting to start")
        show.start()
        wait(driver, "the talk to run", lambda: driver.find_element(By.ID, "state").get_attribute("textContent") == "Live")
        check_clock(driver, show, 200, "running")
        wait(driver, "this slide's picture", lambda: driver.execute_script(
            "const i = document.getElementById('cur'); return !i.hidden && i.complete && i.naturalWidth > 0"))
        src = driver.find_element(By.ID, "next").get_attribute("src")
        if "slide/1.jpg?t=1" not in src:
            fail("the next slide's picture is " + src)
        if driver.find_element(By.ID, "notes").text != notes[0]:
            fail("slide 1's notes: " + driver.find_element(By.ID, "notes").text)

        # A flip: k/N, the notes (5 KB, Korean, emoji) and the pictures follow.
        show.flip()
        wait(driver, "2/20", lambda: driver.find_element(By.ID, "pos").text == "2/20", 1.5)
        check_clock(driver, show, 200, "after a flip")
        got = driver.execute_script("return document.getElementById('notes').textContent")
        if got != notes[1]:
            fail("slide 2's notes differ: %r..." % got[:80])
        box = driver.execute_script("const n = document.getElementById('notes');"
                                    "return [n.scrollHeight, n.clientHeight, n.getClientRects().length]")
        if not (box[2] and box[0] > box[1] > 40):
            fail("the notes box does not scroll: scroll/client height %s" % box)
        log("5 KB of notes with Korean and emoji shown, scrollable (%d of %d px)" % (box[1], box[0]))

        # Pause: the banner, the clock stops; again: it goes on.
        show.pause()
        wait(driver, "PAUSED", lambda: visible(driver, "paused"), 1.5)
        first = check_clock(driver, show, 200, "paused")
        time.sleep(0.6)  # time must pass to see that the countdown does not move
        if check_clock(driver, show, 200, "still paused")["e"]["talk_left"] != first["e"]["talk_left"]:
            fail("the countdown moved while paused")
        show.pause()
        wait(driver, "no PAUSED", lambda: not visible(driver, "paused"), 1.5)
        check_clock(driver, show, 200, "resumed")

        # Blank: the banner; the clock runs on.
        show.blank()
        wait(driver, "AUDIENCE SEES BLACK", lambda: visible(driver, "blanked"), 1.5)
        if driver.find_element(By.ID, "blanked").text != "AUDIENCE SEES BLACK":
            fail("the blank banner says " + driver.find_element(By.ID, "blanked").text)
        check_clock(driver, show, 200, "blanked")
        show.blank()
        wait(driver, "no blank banner", lambda: not visible(driver, "blanked"), 1.5)

        # The Wi-Fi goes for 10 s: streams cut, /events refused (EventSource gives up on a 503,
        # so only the page's watchdog brings it back). Slide 4 (10 s) has 3 s left: slide 5
        # (5 s) and slide 6 come up meanwhile, by the plan.
        show.seek(49000)
        wait(driver, "4/20", lambda: driver.find_element(By.ID, "pos").text == "4/20", 1.5)
        check_clock(driver, show, 200, "before the drop")
        show.drop(10)
        cut = time.monotonic()
        wait(driver, "the reconnecting badge", lambda: visible(driver, "badge"), 4.5)
        log("badge after %.1f s: %s" % (time.monotonic() - cut, driver.find_element(By.ID, "badge").text))
        if driver.find_element(By.ID, "badge").text != "reconnecting…":
            fail("the badge says " + driver.find_element(By.ID, "badge").text)
        time.sleep(max(0, cut + 5 - time.monotonic()))  # the scenario's time: the flip at +3 s
        if check_clock(driver, show, 300, "5 s into the drop")["pos"] != "5/20":
            fail("5 s into the drop the page is not on slide 5")
        time.sleep(max(0, cut + 9.3 - time.monotonic()))
        got = check_clock(driver, show, 300, "9.3 s into the drop")
        if got["pos"] != "6/20" or not got["badge"]:
            fail("9.3 s into the drop: %s, badge %s" % (got["pos"], got["badge"]))
        wait(driver, "the badge to go", lambda: not visible(driver, "badge"), 6)
        log("back %.1f s after the Wi-Fi came back" % (time.monotonic() - cut - 10))
        check_clock(driver, show, 200, "after the drop")
        wait_py("one stream from the speaker's page", lambda: show.open_streams(secret_of[1]) == 1, 5)

        # Silence for 5 s: the stream stays open but nothing arrives (no error event at all).
        show.silence(5)
        cut = time.monotonic()
        wait(driver, "the reconnecting badge (silence)", lambda: visible(driver, "badge"), 4.5)
        check_clock(driver, show, 300, "in the silence")
        wait(driver, "the badge to go (silence)", lambda: not visible(driver, "badge"), 8)
        check_clock(driver, show, 200, "after the silence")
        wait_py("one stream after the silence", lambda: show.open_streams(secret_of[1]) == 1, 5)
        log("one stream open")

        # The overlay's colours: white, amber at 1:00 (with the full-screen cue), red at 0:30,
        # flashing at 0:10; the last slide's cue.
        white, amber, red = "rgb(255, 255, 255)", "rgb(255, 184, 40)", "rgb(255, 80, 70)"
        show.seek_left(61500)
        wait(driver, "1:02", lambda: driver.find_element(By.ID, "talk-left").text == "1:02", 1.5)
        if colour(driver, "talk-left") != white:
            fail("at 1:02 the countdown is " + colour(driver, "talk-left"))
        wait(driver, "the 1:00 cue", lambda: visible(driver, "cue"), 3)
        if "amber" not in driver.find_element(By.ID, "cue").get_attribute("class"):
            fail("the 1:00 cue is " + driver.find_element(By.ID, "cue").get_attribute("class"))
        if colour(driver, "talk-left") != amber:
            fail("at 1:00 the countdown is " + colour(driver, "talk-left"))
        check_clock(driver, show, 200, "amber")
        show.seek_left(31500)
        wait(driver, "red at 0:30", lambda: colour(driver, "talk-left") == red, 3)
        check_clock(driver, show, 200, "red")
        show.seek_left(14000 + 1500)  # 1.5 s before the last slide (15 s)
        wait(driver, "the last slide's cue", lambda: visible(driver, "cue") and
             "violet" in driver.find_element(By.ID, "cue").get_attribute("class"), 3.5)
        if driver.find_element(By.ID, "pos").text != "20/20":
            fail("the last-slide cue on " + driver.find_element(By.ID, "pos").text)
        show.seek_left(11000)
        wait(driver, "flashing", lambda: driver.find_element(By.ID, "clock").get_attribute("class") == "flash on", 2)
        wait(driver, "the flash's off half", lambda: driver.find_element(By.ID, "clock").get_attribute("class") == "flash", 1.2)
        wait(driver, "the flash's on half", lambda: driver.find_element(By.ID, "clock").get_attribute("class") == "flash on", 1.2)
        check_clock(driver, show, 200, "flashing")
        log("white, amber with its cue, red, the last slide's cue, flashing: ok")

        # The organizer's phone.
        driver.get(organizer)
        wait(driver, "the lineup", lambda: len(driver.find_elements(By.CSS_SELECTOR, "#lineup li")) == 3)
        items = driver.find_elements(By.CSS_SELECTOR, "#lineup li")
        classes = [li.get_attribute("class") for li in items]
        if classes != ["done", "now", ""]:
            fail("the lineup's marks: %s" % classes)
        if "서울의 밤 🌃" not in items[2].text or "Rust in 5" not in items[1].text:
            fail("the lineup: %s" % [li.text for li in items])
        check_clock(driver, show, 200, "the organizer's clock", ("o-talk-left", "o-slide-left"), None)

        def press(label, want):
            n = len(show.commands)
            driver.find_element(By.XPATH, "//button[normalize-space()='%s']" % label).click()
            wait_py("the command %r" % want, lambda: show.commands[n:] == [want], 3)
            wait(driver, "the answer to " + want, lambda: driver.find_element(By.ID, "answer").text.startswith("✓"), 3)
            log("%-13s -> POST %r -> %s" % (label, want, driver.find_element(By.ID, "answer").text))

        press("Pause", "pause")
        wait(driver, "Resume", lambda: driver.find_element(By.ID, "b-pause").text == "Resume", 2)
        press("Resume", "pause")
        press("Break +1 min", "extend 60")
        driver.find_element(By.ID, "msg-text").send_keys("wrap up")
        press("Send", "message wrap up")
        wait(driver, "the message on the organizer's page", lambda: driver.find_element(By.ID, "o-msg-text").text == "wrap up", 2)
        end = driver.find_element(By.XPATH, "//button[normalize-space()='End']")
        end.click()
        if show.commands[-1] != "message wrap up" or end.text != "Tap again to end":
            fail("End sent on the first tap, or did not ask again: %s" % end.text)
        press("Tap again to end", "end")
        press("Skip ▶", "skip")
        wait(driver, "the lineup to move on", lambda: driver.find_elements(By.CSS_SELECTOR, "#lineup li")[2]
             .get_attribute("class") == "now", 2)

        # The speaker's phone again: the message, and the talk is over.
        driver.get(speaker)
        wait(driver, "the message", lambda: visible(driver, "message"))
        if driver.find_element(By.ID, "message").text != "wrap up":
            fail("the message reads " + driver.find_element(By.ID, "message").text)
        if driver.find_element(By.ID, "away-line").text != "Your talk is over":
            fail("after the skip: " + driver.find_element(By.ID, "away-line").text)
        show.set_message("")
        wait(driver, "the message to go", lambda: not visible(driver, "message"), 2)
        log("the speaker's phone: 'wrap up', then cleared; 'Your talk is over'")
        errors = [m for m in driver.get_log("browser") if m["level"] == "SEVERE"
                  and "favicon" not in m["message"] and "503" not in m["message"]
                  and "404" not in m["message"]]
        if errors:
            fail("the console: %s" % errors)
    finally:
        driver.quit()
        server.shutdown()
    log("phone page: ok")


def pictures(page, out, deck):
    """The README's pictures: the speaker's phone at 0:49 (amber) on slide 17, the organizer's."""
    tmp = tempfile.mkdtemp()
    show = fake.FakeShow(fake.demo_talks(deck))
    server = fake.serve(show, page, slides={1: fake.slide_pictures(deck, 20, tmp)})
    base = "http://127.0.0.1:%d/" % server.server_port
    secret_of = {i: s for s, i in show.speaker_secrets.items()}
    show.skip()
    show.start()
    driver = browser(390, 844, 2)
    try:
        driver.get(base + secret_of[1] + "/")
        wait(driver, "the pictures", lambda: driver.execute_script(
            "return ['cur', 'next'].every(id => { const i = document.getElementById(id);"
            " return !i.hidden && i.naturalWidth > 0; })"), 10)
        driver.execute_script("document.getElementById('hint-x').click()")
        show.seek_left(54300)  # slide 17 of 20, 0:54 left: amber, 9 s of the slide left
        wait(driver, "0:54", lambda: driver.find_element(By.ID, "talk-left").text == "0:54")
        wait(driver, "the 1:00 cue to go", lambda: not visible(driver, "cue"))  # (the seek crossed 1:00)
        show.seek_left(54300)
        driver.save_screenshot(os.path.join(out, "phone-speaker.png"))
        show.set_message("Next up: 서울의 밤 🌃 — wrap up by 17:45")
        driver.get(base + show.organizer_secret + "/")
        wait(driver, "the lineup", lambda: len(driver.find_elements(By.CSS_SELECTOR, "#lineup li")) == 3)
        driver.find_element(By.ID, "msg-text").send_keys("Next up: 서울의 밤 🌃")
        driver.find_element(By.XPATH, "//button[normalize-space()='Pause']").click()
        wait(driver, "the answer", lambda: driver.find_element(By.ID, "answer").text.startswith("✓"))
        time.sleep(0.3)
        driver.save_screenshot(os.path.join(out, "phone-organizer.png"))
    finally:
        driver.quit()
        server.shutdown()
    print("wrote %s/phone-speaker.png and phone-organizer.png" % out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("page")
    ap.add_argument("--pictures", metavar="DIR")
    ap.add_argument("--deck", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "decks", "demo"))
    args = ap.parse_args()
    if args.pictures:
        pictures(args.page, args.pictures, args.deck)
    else:
        run_checks(args.page)


if __name__ == "__main__":
    main()

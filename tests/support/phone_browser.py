"""Headless Chromium as a phone, for the tests of the phone page (tests/e2e/phone_page_check.py
against the fake server, tests/e2e/phone_browser_check.py against lightning): one way to open a
phone-sized page and read it."""
import math
import os

from selenium import webdriver
from selenium.webdriver.chrome.service import Service


def browser(width, height, scale=2):
    """A phone's viewport, exactly (headless, the window size includes no chrome, but be sure)."""
    options = webdriver.ChromeOptions()
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=%d,%d" % (width, height), "--lang=en-US",
                # Pages watched side by side: none may be throttled as a background page.
                "--disable-background-timer-throttling", "--disable-renderer-backgrounding",
                "--disable-backgrounding-occluded-windows"):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")),
                              options=options)
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": height, "deviceScaleFactor": scale, "mobile": True})
    driver.set_script_timeout(15)
    return driver


def fmt(ms):
    """The page's m:ss: rounded up, never negative."""
    s = max(0, math.ceil(ms / 1000))
    return "%d:%02d" % (s // 60, s % 60)


def visible(driver, element_id):
    return driver.execute_script(
        "const el = document.getElementById(arguments[0]);"
        "return !!el && !el.hidden && el.getClientRects().length > 0;", element_id)


def text_of(driver, element_id):
    return driver.execute_script("return document.getElementById(arguments[0]).textContent", element_id)

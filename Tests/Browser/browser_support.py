"""What the browser tests share: Selenium with headless Chromium, bounded waits, and the checks.

Imported by desktop_calls.py and preview_page.py from this folder. Exits 3 when Selenium or
Chromium is missing, as those scripts document.
"""
import sys

try:
    from selenium import webdriver
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait
except ImportError:
    print("MISSING: python3 -m pip install selenium (CI does this in .ci/run)")
    sys.exit(3)

failures = []


def check(name, ok, detail=""):
    print(("ok   " if ok else "FAIL ") + name + (": " + detail if detail and not ok else ""))
    if not ok:
        failures.append(name)


def start_browser(window_size, wait_seconds):
    """Headless Chromium in Dutch with bounded page loads; returns the driver and its wait."""
    options = webdriver.ChromeOptions()
    for arg in ["--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=" + window_size, "--lang=nl"]:
        options.add_argument(arg)
    options.binary_location = "/usr/bin/chromium"
    try:
        service = webdriver.ChromeService(executable_path="/usr/bin/chromedriver")
        driver = webdriver.Chrome(options=options, service=service)
    except Exception as error:  # noqa: BLE001 - any start failure means the tool is missing
        print("MISSING: chromium and chromium-driver (apt-get install -y chromium chromium-driver): %s" % error)
        sys.exit(3)
    driver.set_page_load_timeout(20)
    return driver, WebDriverWait(driver, wait_seconds)


def finders(driver):
    """`el(id)`, the element with that ID, and `visible(id)`, whether it is there and shown."""

    def el(id_):
        return driver.find_element(By.ID, id_)

    def visible(id_):
        e = driver.find_elements(By.ID, id_)
        return bool(e) and e[0].is_displayed()

    return el, visible

"""Clicks through the designer's preview (`callscript preview`) in headless Chromium.

Run by Tests/CallscriptCLITests/PreviewBrowserTests.swift against a preview it started on a copy
of the examples:
    python3 preview_page.py URL FOLDER SCREENSHOT_FOLDER
Picks the winback script, plays a sale (a refused e-mail address, consent), saves the path as a
.calltest, breaks the script file and sees the diagnostics refresh, then repairs it. Prints one
line per check; exits 0 when every check passed, 1 when one failed, 3 when Selenium or Chromium
is missing. Every wait is bounded, so a broken page fails in seconds, never hangs.
"""
import os
import sys
import time

sys.dont_write_bytecode = True  # no __pycache__ in the repository
from browser_support import check, failures, finders, start_browser  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import Select, WebDriverWait  # noqa: E402

URL, FOLDER, SHOTS = sys.argv[1], sys.argv[2], sys.argv[3]
SCRIPT = "energie-optin/winback.call"

driver, wait = start_browser("1440,1100", 15)
el, visible = finders(driver)


def state():
    return el("state-id").text


def step(action):
    """Does one thing on the screen and waits until the call moved on (or the page answered)."""
    before = (state(), len(driver.find_elements(By.CSS_SELECTOR, "#path li")))
    action()
    wait.until(lambda d: (state(), len(d.find_elements(By.CSS_SELECTOR, "#path li"))) != before)


def answer(label):
    buttons = [b for b in driver.find_elements(By.CSS_SELECTOR, "#answers button") if label in b.text]
    step(buttons[0].click)


def capture(value):
    el("capture-input").clear()
    el("capture-input").send_keys(value)
    step(lambda: driver.find_element(By.CSS_SELECTOR, "#capture-form button[type=submit]").click())


def summary():
    """The diagnostics banner's class and text ("" while the page is replacing it)."""
    try:
        banner = el("summary")
        return banner.get_attribute("class") + " " + banner.text
    except Exception:  # noqa: BLE001 - replaced between the look-up and the read
        return ""


def shot(name, whole=False):
    """Saves a screenshot; `whole` grows the window to the page's height first (then back)."""
    if whole:
        height = driver.execute_script("return document.documentElement.scrollHeight")
        driver.set_window_size(1440, min(int(height) + 140, 2400))
        time.sleep(0.3)
    driver.save_screenshot("%s/%s.png" % (SHOTS, name))
    if whole:
        driver.set_window_size(1440, 1100)


script_file = os.path.join(FOLDER, SCRIPT)
original = open(script_file, encoding="utf-8").read()
try:
    driver.get(URL)
    wait.until(lambda d: len(d.find_elements(By.CSS_SELECTOR, "#script option")) > 1)
    Select(el("script")).select_by_value(SCRIPT)
    wait.until(lambda d: "Goedemiddag Jan" in el("line").text)
    check("the picked script is clean", "banner-ok" in summary(), summary())
    check("the graph is drawn by Graphviz", len(driver.find_elements(By.CSS_SELECTOR, "#graph svg g.node")) > 10)
    check("the first line has the contact's and the agent's names", "Sanne" in el("line").text, el("line").text)

    # A sale: four lines read (identification, purpose, basis, recording notice), "yes", the
    # pitch, interest, price, term and withdrawal, the sale question, a mistyped e-mail address,
    # consent, the opt-out question.
    for _ in range(4):
        step(el("continue").click)
    answer("Ja, dat komt uit")
    step(el("continue").click)
    capture("hoog")
    check("the price follows a high interest", "cent per kWh" in el("line").text, el("line").text)
    for _ in range(3):
        step(el("continue").click)
    answer("Ja, stuur maar")
    capture("jan-at-voorbeeld")
    check("a mistyped e-mail address is refused by the step function", el("capture-error").text != "", el("capture-error").text)
    capture("jan@voorbeeld.nl")
    check("the captured address is read back", "jan@voorbeeld.nl" in el("line").text, el("line").text)
    step(el("continue").click)
    answer("Ja, dat mag")
    check("the graph marks the state on screen", len(driver.find_elements(By.CSS_SELECTOR, "#graph g.node.current")) == 1)
    path = el("path").text
    check("the path records the consent", "e-mail over energieaanbiedingen" in path, path)
    shot("preview", whole=True)
    answer("Ja, dat mag")
    step(el("continue").click)
    check("the call ends", visible("ended"), el("screen").text)

    # The path taken, saved as a test file that callscript test passes.
    el("test-name").send_keys("verkoop met toestemming")
    el("test-file").clear()
    el("test-file").send_keys("verkoop-preview")
    el("save").click()
    wait.until(lambda d: visible("saved"))
    check("the test is saved under tests/", "tests/verkoop-preview.calltest" in el("saved").text, el("saved").text)
    check("the saved file exists", os.path.exists(os.path.join(FOLDER, "energie-optin/tests/verkoop-preview.calltest")))

    # A designer saves a mistake: an answer that jumps to a step that does not exist.
    with open(script_file, "w", encoding="utf-8") as f:
        f.write(original.replace('"Ja, dat komt uit"   -> aanbod', '"Ja, dat komt uit"   -> aanbood'))
    WebDriverWait(driver, 30).until(lambda d: "banner-error" in summary())
    check("the diagnostics refresh when the file is saved", "banner-error" in summary(), summary())
    diagnostics = el("diagnostics").text
    check("the diagnostic names the unknown step", "aanbood" in diagnostics, diagnostics[:300])
    check("a script with errors is not clicked through", visible("not-runnable"))
    Select(el("lang")).select_by_value("en")
    check("the page speaks English too", el("not-runnable").text.startswith("This script has errors"), el("not-runnable").text)
    shot("preview-diagnostics")
    Select(el("lang")).select_by_value("nl")
    check("and Dutch again", el("not-runnable").text.startswith("Dit script heeft fouten"), el("not-runnable").text)

    # A script that breaks a rule: its counterexample is drawn in red.
    Select(el("script")).select_by_value("noncompliant/NL-OPTOUT-AT-END.call")
    wait.until(lambda d: "NL-OPTOUT-AT-END" in el("diagnostics").text and visible("breaking"))
    red = driver.find_elements(By.CSS_SELECTOR, '#graph svg [stroke="#e03131"]')
    check("the breaking path is drawn in red", len(red) > 3, "%d red parts" % len(red))
    # The shortest breaking conversation, as in the script's golden diagnostic: the source question's
    # handler leads to the plain goodbye.
    check("the breaking path is named", "on-source-question" in el("breaking").text, el("breaking").text)
    shot("preview-breaking")
    Select(el("script")).select_by_value(SCRIPT)
    wait.until(lambda d: "banner-error" in summary() and "aanbood" in el("diagnostics").text)

    # Repaired: the call is replayed on the new version, up to where it was.
    with open(script_file, "w", encoding="utf-8") as f:
        f.write(original.replace("Dank u. U krijgt het aanbod", "Dank u wel. U krijgt het aanbod"))
    WebDriverWait(driver, 30).until(lambda d: "banner-ok" in summary() and visible("ended"))
    check("after the repair the same path is replayed to its end", visible("ended"))
    check("the replay shows the edited line", "Dank u wel." in el("path").text, el("path").text[-400:])
except Exception as error:  # noqa: BLE001 - report where the page stood, then fail
    shot("failure")
    check("the preview ran to the end", False, "%s: %s; page text: %s" % (type(error).__name__, error, driver.find_element(By.TAG_NAME, "body").text[:800]))
finally:
    with open(script_file, "w", encoding="utf-8") as f:
        f.write(original)
    driver.quit()

print("%d checks failed" % len(failures) if failures else "all checks passed")
sys.exit(1 if failures else 0)

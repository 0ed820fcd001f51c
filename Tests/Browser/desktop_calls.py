"""Plays whole calls on the real agent desktop in headless Chromium, with the keyboard only.

Run by Tests/CallscriptCLITests/DesktopBrowserTests.swift against a `callscript serve` it started:
    python3 desktop_calls.py URL AGENT_TOKEN OFFICER_TOKEN SCREENSHOT_FOLDER
Prints one line per check; exits 0 when every check passed, 1 when one failed, 3 when Selenium or
Chromium is missing. Every wait is bounded, so a broken page fails in seconds, never hangs.
"""
import sys
import time

sys.dont_write_bytecode = True  # no __pycache__ in the repository
from browser_support import check, failures, finders, start_browser  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.support.ui import Select, WebDriverWait  # noqa: E402

URL, TOKEN, OFFICER, SHOTS = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]

driver, wait = start_browser("1280,860", 10)
el, visible = finders(driver)


def keys(*sequence):
    """Sends keys to whatever has focus, as a person at a keyboard would."""
    driver.switch_to.active_element.send_keys(*sequence)


def line_text():
    return el("line").text if visible("line") else ""


def next_screen(previous, timeout=10):
    """Waits for the screen to change, then for the desktop's guard against a too-quick key."""
    WebDriverWait(driver, timeout).until(lambda d: line_text() != previous or visible("ended"))
    time.sleep(0.45)
    return line_text()


def press(key):
    before = line_text()
    keys(key)
    return next_screen(before)


def shot(name):
    driver.save_screenshot("%s/%s.png" % (SHOTS, name))


def event_button(name):
    """The text of the event bar's button for the event, '' when the bar does not offer it."""
    found = driver.find_elements(By.CSS_SELECTOR, '#events button[data-event="%s"]' % name)
    return found[0].text if found else ""


def login(page="", token=TOKEN, ready="start-form"):
    driver.get(URL + page)
    wait.until(lambda d: visible("token"))
    el("token").send_keys(token, Keys.ENTER)
    wait.until(lambda d: visible(ready))


def start(campaign_letter, contact, phone, fields):
    """Fills the start form with the keyboard and starts the call."""
    el("campaign").send_keys(campaign_letter)
    wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#contact-fields input"))
    el("contact-id").clear()
    el("contact-id").send_keys(contact)
    el("contact-phone").clear()
    el("contact-phone").send_keys(phone)
    for name, value in fields.items():
        box = driver.find_element(By.CSS_SELECTOR, '#contact-fields input[data-field="%s"]' % name)
        box.clear()
        box.send_keys(value)
    el("contact-phone").send_keys(Keys.ENTER)


ANNA = {"voornaam": "Anna", "klant_tot": "2025-10-31", "jaarverbruik_kwh": "2900", "zonnepanelen": "nee"}
ELS = {"voornaam": "Els", "vorig_pakket": "weekend", "bezorggebied": "ja", "last_purchase": "2026-06-01"}

try:
    login()
    shot("desktop-start")

    # 1. A sale: Anna agrees, is interested, gives her e-mail (first mistyped), gives consent.
    start("W", "K-1001", "06 1234 5678", ANNA)
    wait.until(lambda d: visible("line"))
    time.sleep(0.45)
    first = line_text()
    check("the first line names the agent's company with the value filled in", "Anna" in first, first)
    source = el("call-source").text
    check("the data source is shown in Dutch", source.startswith("bron: toestemming") and "consent" not in source, source)
    check(
        "the event bar offers the source question with its key (winback.call has the handler)",
        "Herkomst gegevens?" in event_button("source-question"),
        event_button("source-question"),
    )
    check("the event bar offers vulnerable (on vulnerable comes from gedeeld/afsluiting.call)", "Kwetsbaar" in event_button("vulnerable"), event_button("vulnerable"))
    shot("desktop-line")
    # Purpose, basis and recording notice (nl-energy) before the convenient question.
    press(Keys.ENTER)
    press(Keys.ENTER)
    press(Keys.ENTER)
    text = press(Keys.ENTER)
    check("the convenient question is on screen", "gelegen" in text, text)
    shot("desktop-question")
    text = press("1")
    text = press(Keys.ENTER)
    check("a choice capture follows the offer", "aanbod" in text.lower(), text)
    text = press("3")
    check("the price is stated before the sale question", "cent per kwh" in text.lower(), text)
    press(Keys.ENTER)
    press(Keys.ENTER)
    text = press(Keys.ENTER)
    check("the sale question follows the terms", "mailen" in text.lower(), text)
    text = press("1")
    check("the e-mail capture shows", "e-mail" in text.lower(), text)
    keys("anna@@voorbeeld.nl", Keys.ENTER)
    WebDriverWait(driver, 10).until(lambda d: el("capture-input-error").text.strip() != "")
    check("a wrong e-mail address is refused next to the field", visible("capture-input-error"))
    shot("desktop-capture-error")
    field = el("capture-input")
    field.send_keys(Keys.CONTROL, "a")
    field.send_keys(Keys.DELETE)
    before = line_text()
    field.send_keys("anna@voorbeeld.nl", Keys.ENTER)
    next_screen(before)
    text = press(Keys.ENTER)
    check("the consent question shows", "e-mail" in text.lower() or "mag" in text.lower(), text)
    text = press("1")
    check("the opt-out question closes the call", "bellen" in text.lower(), text)
    press("1")
    keys(Keys.ENTER)
    WebDriverWait(driver, 10).until(lambda d: visible("ended"))
    check("the sale call ends with its outcome", "end" in el("outcome-kind").text.lower() or el("outcome-kind").text != "")
    shot("desktop-ended")
    time.sleep(0.45)
    keys("n")
    wait.until(lambda d: visible("start-form"))

    # 2. Not convenient: Els says no at once; the pitch never shows.
    start("T", "K-2001", "06 1234 5679", ELS)
    wait.until(lambda d: visible("line"))
    time.sleep(0.45)
    press(Keys.ENTER)
    press(Keys.ENTER)
    text = press("3")
    check("after 'not convenient' the opt-out question follows, not the pitch", "bellen" in text.lower(), text)
    check(
        "the opt-out question offers the no that puts the number on the objection list",
        "liever niet" in el("answers").text.lower(),
        el("answers").text,
    )
    shot("desktop-optout")
    press("1")
    keys(Keys.ENTER)
    WebDriverWait(driver, 10).until(lambda d: visible("ended"))
    time.sleep(0.45)
    keys("n")
    wait.until(lambda d: visible("start-form"))

    # 2b. Where does my number come from? Els asks; the agent presses b, confirms, and reads the
    # script's answer with the source beside it, in Dutch. The newspaper also offers k (vulnerable).
    start("T", "K-2002", "06 1234 5681", ELS)
    wait.until(lambda d: visible("line"))
    time.sleep(0.45)
    tip = driver.find_element(By.CSS_SELECTOR, '#events button[data-event="vulnerable"]').get_attribute("title")
    check("the vulnerable button explains itself on hover", "stop met verkopen" in tip, tip)
    check("the buttons show their keys", event_button("source-question").startswith("b") and event_button("vulnerable").startswith("k"), event_button("vulnerable"))
    check("the newspaper's source is in Dutch", el("call-source").text == "bron: klantgegevens: laatste aankoop of einde contract op 1 juni 2026", el("call-source").text)
    keys("b")
    WebDriverWait(driver, 10).until(lambda d: visible("confirm"))
    check("the source question asks for confirmation", "herkomst" in el("confirm-body").text.lower(), el("confirm-body").text)
    before = line_text()
    keys(Keys.ENTER)
    text = next_screen(before)
    check("the script's answer to the source question follows", "abonnementenadministratie" in text, text)
    check("the source stands beside the answer", visible("source-answer"))
    answer = el("source-answer").text
    check("the source beside the answer is in Dutch", "klantgegevens: laatste aankoop of einde contract op 1 juni 2026" in answer, answer)
    shot("desktop-source-question")
    # The same screen in English, then back to Dutch (the choice is remembered for the next calls).
    Select(el("lang")).select_by_value("en")
    WebDriverWait(driver, 10).until(lambda d: el("call-source").text.startswith("source:"))
    check(
        "in English the source reads in English",
        el("call-source").text == "source: customer record: last purchase or contract end on 1 June 2026",
        el("call-source").text,
    )
    check("in English the box says what to do", el("source-answer").text.startswith("Tell the person where the data comes from:"), el("source-answer").text)
    check("in English the button is named in English", "Data source?" in event_button("source-question"), event_button("source-question"))
    Select(el("lang")).select_by_value("nl")
    WebDriverWait(driver, 10).until(lambda d: el("call-source").text.startswith("bron:"))
    before = line_text()
    el("continue").send_keys(Keys.ENTER)
    text = next_screen(before)
    check("after the answer the call closes with the opt-out question", "bellen" in text.lower(), text)
    check("the source stays beside the handler only", not visible("source-answer"))
    press("1")
    keys(Keys.ENTER)
    WebDriverWait(driver, 10).until(lambda d: visible("ended"))
    time.sleep(0.45)
    keys("n")
    wait.until(lambda d: visible("start-form"))

    # 3. An objection in the middle of the pitch: asked to confirm, recorded, then the number is refused.
    start("W", "K-1002", "06 1234 5680", dict(ANNA, voornaam="Bram"))
    wait.until(lambda d: visible("line"))
    time.sleep(0.45)
    for _ in range(4):
        press(Keys.ENTER)
    pitch = press("1")
    keys("o")
    WebDriverWait(driver, 10).until(lambda d: visible("confirm"))
    check("an event asks for confirmation first", visible("confirm"))
    shot("desktop-confirm-objection")
    before = line_text()
    keys(Keys.ENTER)
    text = next_screen(before)
    check("the objection handler's line follows", "genoteerd" in text.lower() or "niet meer" in text.lower(), text)
    for _ in range(3):
        if visible("ended"):
            break
        keys(Keys.ENTER)
        time.sleep(0.6)
    WebDriverWait(driver, 10).until(lambda d: visible("ended"))
    time.sleep(0.45)
    keys("n")
    wait.until(lambda d: visible("start-form"))
    start("W", "K-1002", "+31 (0)6 1234 5680", dict(ANNA, voornaam="Bram"))
    WebDriverWait(driver, 10).until(lambda d: "NL-GATE-OBJECTION" in d.page_source)
    check("the same number in another spelling is refused by the objection gate", "NL-GATE-OBJECTION" in driver.page_source)
    shot("desktop-refused")

    # 4. The officer finds Anna by her number, exports her data and erases it.
    driver.execute_script("sessionStorage.clear()")
    login("officer", OFFICER, "find-form")
    el("find").send_keys("+31 6 1234 5678", Keys.ENTER)
    WebDriverWait(driver, 10).until(lambda d: visible("contact") and "K-1001" in el("contact-title").text)
    check("the officer finds the contact by number in another spelling", "K-1001" in el("contact-title").text)
    shot("officer-contact")
    el("export").send_keys(Keys.ENTER)
    WebDriverWait(driver, 10).until(lambda d: el("export-result").text.strip() != "")
    check("the export is offered as a download", "export-K-1001.json" in el("export-result").text, el("export-result").text)
    el("erase-confirm").send_keys("K-1001")
    el("erase").send_keys(Keys.ENTER)
    WebDriverWait(driver, 10).until(lambda d: el("erase-result").text.strip() != "")
    check("the erasure is confirmed by the service", "erase" in el("erase-result").text.lower() or "gewist" in el("erase-result").text.lower(), el("erase-result").text)
    shot("officer-erased")
except Exception as error:  # noqa: BLE001 - report where the page stood, then fail
    shot("failure")
    check("the calls ran to the end", False, "%s: %s; page text: %s" % (type(error).__name__, error, driver.find_element(By.TAG_NAME, "body").text[:600]))
finally:
    driver.quit()

print("%d checks failed" % len(failures) if failures else "all checks passed")
sys.exit(1 if failures else 0)

extension DesktopAssets {
    /// The agent desktop (`GET /`): log in, start or resume a call, read the line, answer, capture,
    /// raise events. Interface text comes from `i18n.js` (`data-i18n` keys); the Dutch here is only
    /// what shows before the script runs.
    static let desktopHTML = #"""
        <!DOCTYPE html>
        <html lang="nl">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title data-i18n="desktop.title">Callscript – belscherm</title>
        <link rel="stylesheet" href="/assets/desktop.css">
        </head>
        <body>
        <a class="skip" href="#main" data-i18n="skip">Naar de inhoud</a>
        <header class="topbar">
          <span class="brand">callscript</span>
          <span id="who" class="who"></span>
          <span class="topbar-right">
            <label for="lang" data-i18n="language">Taal</label>
            <select id="lang">
              <option value="nl" lang="nl">Nederlands</option>
              <option value="en" lang="en">English</option>
            </select>
            <button id="logout" type="button" class="secondary" hidden data-i18n="logout">Afmelden</button>
          </span>
        </header>
        <main id="main" tabindex="-1" aria-busy="false">
          <section data-view="login" class="panel narrow" aria-labelledby="login-title" hidden>
            <h1 id="login-title" data-i18n="login.title">Aanmelden</h1>
            <form id="login-form" novalidate>
              <label for="token" data-i18n="login.token">Uw token</label>
              <input id="token" type="password" autocomplete="off" spellcheck="false" aria-describedby="token-help token-error">
              <p id="token-help" class="help" data-i18n="login.help">Plak het token dat u van uw supervisor kreeg.</p>
              <p id="token-error" class="field-error" aria-live="polite"></p>
              <button type="submit" class="primary" data-i18n="login.submit">Aanmelden</button>
            </form>
          </section>

          <section data-view="start" class="panel" aria-labelledby="start-title" hidden>
            <div id="start-notice"></div>
            <h1 id="start-title" data-i18n="start.title">Nieuw gesprek</h1>
            <section class="calls" hidden aria-labelledby="active-title">
              <h2 id="active-title" data-i18n="start.active">Lopende gesprekken</h2>
              <ul id="active-list" class="call-list"></ul>
            </section>
            <section class="calls" hidden aria-labelledby="suspended-title">
              <h2 id="suspended-title" data-i18n="start.suspended">Onderbroken gesprekken</h2>
              <ul id="suspended-list" class="call-list"></ul>
            </section>
            <form id="start-form" novalidate>
              <label for="campaign" data-i18n="start.campaign">Campagne</label>
              <select id="campaign" aria-describedby="campaign-info"></select>
              <p id="campaign-info" class="help"></p>
              <div class="two">
                <div>
                  <label for="contact-id" data-i18n="start.contact">Contact-ID</label>
                  <input id="contact-id" autocomplete="off" spellcheck="false" aria-describedby="contact-id-error">
                  <p id="contact-id-error" class="field-error" aria-live="polite"></p>
                </div>
                <div>
                  <label for="contact-phone" data-i18n="start.phone">Telefoonnummer</label>
                  <input id="contact-phone" type="tel" autocomplete="off" aria-describedby="contact-phone-help contact-phone-error">
                  <p id="contact-phone-help" class="help" data-i18n="start.phone.help">Bijvoorbeeld +31 6 1234 5678 of 06-12345678</p>
                  <p id="contact-phone-error" class="field-error" aria-live="polite"></p>
                </div>
              </div>
              <fieldset id="contact-fields-box">
                <legend data-i18n="start.fields">Gegevens van het contact</legend>
                <div id="contact-fields"></div>
              </fieldset>
              <p id="start-error" class="field-error" aria-live="polite"></p>
              <button id="start-button" type="submit" class="primary big" data-i18n="start.submit">Gesprek starten</button>
            </form>
          </section>

          <section data-view="call" class="call" aria-labelledby="call-title" hidden>
            <div class="call-head">
              <h1 id="call-title" class="call-title"><span id="call-campaign"></span></h1>
              <span id="call-contact" class="call-contact"></span>
              <span id="call-source" class="call-contact call-source" hidden></span>
              <button id="suspend" type="button" class="secondary" data-i18n="call.suspend">Gesprek onderbreken</button>
            </div>
            <div id="call-banners"></div>
            <div id="screen" class="screen">
              <p class="role"><span id="kind" class="kind"></span> <span id="role"></span></p>
              <p id="line" class="line" tabindex="-1"></p>
              <div id="source-answer" class="hint" role="note" hidden>
                <span class="hint-label" data-i18n="call.source.answer">Vertel waar de gegevens vandaan komen:</span>
                <span id="source-answer-text"></span>
              </div>
              <div id="hint" class="hint" role="note" hidden>
                <span class="hint-label" data-i18n="call.hint">Let op</span>
                <span id="hint-text" lang="en"></span>
              </div>
              <div id="answers" class="answers" role="group" aria-labelledby="line" hidden></div>
              <form id="capture-form" class="capture" novalidate hidden>
                <label id="capture-label" for="capture-input"></label>
                <div class="capture-row">
                  <input id="capture-input" autocomplete="off" spellcheck="false" aria-describedby="capture-help capture-input-error">
                  <button type="submit" class="primary"><span data-i18n="capture.submit">Vastleggen</span> <kbd>Enter</kbd></button>
                </div>
                <p id="capture-help" class="help"></p>
                <p id="capture-input-error" class="field-error" aria-live="polite"></p>
              </form>
              <p id="choice-error" class="field-error" aria-live="polite"></p>
              <div id="line-actions" hidden>
                <button id="continue" type="button" class="primary big"><span data-i18n="call.continue">Verder</span> <kbd>Enter</kbd></button>
              </div>
              <div id="ended" class="ended" hidden>
                <h2 data-i18n="ended.title">Gesprek beëindigd</h2>
                <p id="outcome-kind" class="outcome"></p>
                <p id="outcome-detail" class="help"></p>
                <button id="next-call" type="button" class="primary big"><span data-i18n="ended.next">Volgend gesprek</span> <kbd>N</kbd></button>
              </div>
            </div>
            <nav id="events-bar" class="events-bar" aria-labelledby="events-title">
              <h2 id="events-title" class="events-title" data-i18n="events.title">Gebeurtenissen</h2>
              <div id="confirm" class="confirm" role="alertdialog" aria-labelledby="confirm-title" aria-describedby="confirm-body" hidden>
                <p id="confirm-title" class="confirm-title"></p>
                <p id="confirm-body"></p>
                <div class="confirm-actions">
                  <button id="confirm-yes" type="button" class="danger"></button>
                  <button id="confirm-no" type="button" class="secondary"></button>
                </div>
              </div>
              <div id="events" class="events"></div>
              <p class="keys-help" data-i18n="events.help">Toets 1–9 kiest een antwoord, Enter gaat verder. In een invulveld: eerst Esc.</p>
            </nav>
          </section>
          <div id="announcer" class="visually-hidden" aria-live="polite" aria-atomic="true"></div>
        </main>
        <script src="/assets/i18n.js"></script>
        <script src="/assets/desktop.js"></script>
        </body>
        </html>
        """#
}

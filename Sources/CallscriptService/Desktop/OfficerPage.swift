extension DesktopAssets {
    /// The officer's page (`GET /officer`): find a contact, see their calls, consents and
    /// objections, export (AVG art. 15) and erase (art. 17) with a typed confirmation.
    static let officerHTML = #"""
        <!DOCTYPE html>
        <html lang="nl">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title data-i18n="officer.title">Callscript – privacy</title>
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

          <section data-view="officer" class="panel" aria-labelledby="officer-heading" hidden>
            <h1 id="officer-heading" data-i18n="officer.heading">Privacyverzoeken</h1>
            <div id="officer-notice"></div>
            <form id="find-form" class="find" novalidate>
              <label for="find" data-i18n="officer.find">Contact-ID of telefoonnummer</label>
              <div class="capture-row">
                <input id="find" autocomplete="off" spellcheck="false" aria-describedby="find-error">
                <button type="submit" class="primary" data-i18n="officer.search">Zoeken</button>
              </div>
              <p id="find-error" class="field-error" aria-live="polite"></p>
            </form>
            <div id="matches"></div>
            <section id="contact" class="contact" aria-labelledby="contact-title" hidden>
              <h2 id="contact-title"></h2>
              <p id="contact-phone-line" class="help"></p>
              <h3 data-i18n="officer.calls">Gesprekken</h3>
              <div id="contact-calls"></div>
              <h3 data-i18n="officer.consents">Toestemmingen</h3>
              <div id="contact-consents"></div>
              <h3 data-i18n="officer.objections">Bezwaren</h3>
              <div id="contact-objections"></div>
              <div class="actions">
                <section class="action" aria-labelledby="export-title">
                  <h3 id="export-title" data-i18n="officer.export.title">Inzage (AVG art. 15)</h3>
                  <p class="help" data-i18n="officer.export.help">Downloadt alle gegevens van dit contact als JSON.</p>
                  <button id="export" type="button" class="primary" data-i18n="officer.export">Gegevens exporteren</button>
                  <div id="export-result" role="status"></div>
                </section>
                <section class="action" aria-labelledby="erase-title">
                  <h3 id="erase-title" data-i18n="officer.erase.title">Wissen (AVG art. 17)</h3>
                  <p class="help" data-i18n="officer.erase.help">Wist de gegevens van dit contact. Het nummer blijft op de bezwaarlijst staan als er bezwaar is gemaakt.</p>
                  <label for="erase-confirm" id="erase-confirm-label"></label>
                  <input id="erase-confirm" autocomplete="off" spellcheck="false" aria-describedby="erase-error">
                  <p id="erase-error" class="field-error" aria-live="polite"></p>
                  <button id="erase" type="button" class="danger" disabled data-i18n="officer.erase">Gegevens wissen</button>
                  <div id="erase-result" role="status"></div>
                </section>
              </div>
            </section>
          </section>
        </main>
        <script src="/assets/i18n.js"></script>
        <script src="/assets/officer.js"></script>
        </body>
        </html>
        """#
}

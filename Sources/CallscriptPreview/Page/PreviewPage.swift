extension PreviewAssets {
    /// The page (`GET /TOKEN/`): the script picker and its diagnostics, the practice call, the
    /// path taken and its test file, and the flow graph. Interface text comes from `data-i18n`
    /// keys; the Dutch here is only what shows before the script runs.
    static let pageHTML = #"""
        <!DOCTYPE html>
        <html lang="nl">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title data-i18n="preview.title">Callscript – voorvertoning</title>
        <link rel="stylesheet" href="assets/desktop.css">
        <link rel="stylesheet" href="assets/preview.css">
        </head>
        <body>
        <a class="skip" href="#main" data-i18n="skip">Naar de inhoud</a>
        <header class="topbar">
          <span class="brand">callscript preview</span>
          <span class="practice-badge" data-i18n="preview.practice">Oefenmodus: er wordt niets vastgelegd</span>
          <span class="topbar-right">
            <label for="lang" data-i18n="language">Taal</label>
            <select id="lang">
              <option value="nl" lang="nl">Nederlands</option>
              <option value="en" lang="en">English</option>
            </select>
          </span>
        </header>
        <main id="main" class="preview" tabindex="-1">
          <div class="pane">
            <section class="panel" aria-labelledby="script-title">
              <h1 id="script-title" data-i18n="preview.script">Script</h1>
              <select id="script" aria-describedby="script-info"></select>
              <p id="script-info" class="help"></p>
              <div id="page-error" class="field-error" role="alert"></div>
              <h2 data-i18n="preview.diagnostics">Meldingen</h2>
              <div id="status" role="status" aria-live="polite"></div>
              <div id="diagnostics"></div>
              <p id="updated" class="help"></p>
            </section>

            <section class="panel" aria-labelledby="call-title">
              <h2 id="call-title" data-i18n="preview.call">Gesprek oefenen</h2>
              <div id="not-runnable" class="banner banner-warn" hidden>
                <p data-i18n="preview.notrunnable">Dit script heeft fouten. Alleen een bewezen script kan worden doorgeklikt: los eerst de fouten op.</p>
              </div>
              <div id="call-area">
                <details id="contact-box">
                  <summary data-i18n="preview.contact">Gegevens van het contact</summary>
                  <form id="contact-form" novalidate>
                    <div id="contact-fields"></div>
                    <label for="agent" data-i18n="preview.agent">Naam van de agent</label>
                    <input id="agent" value="Sanne" autocomplete="off">
                    <p id="contact-error" class="field-error" aria-live="polite"></p>
                  </form>
                </details>
                <div id="dropped" class="banner banner-info" hidden><p id="dropped-text"></p></div>
                <div id="screen" class="screen" aria-live="polite">
                  <p class="role"><span id="kind" class="kind"></span> <span id="role"></span> <code id="state-id"></code></p>
                  <p id="line" class="line"></p>
                  <div id="answers" class="answers"></div>
                  <form id="capture-form" class="capture" novalidate hidden>
                    <label id="capture-label" for="capture-input"></label>
                    <div class="capture-row">
                      <input id="capture-input" autocomplete="off" aria-describedby="capture-error">
                      <button type="submit" class="primary" data-i18n="capture.submit">Vastleggen</button>
                    </div>
                    <p id="capture-error" class="field-error" aria-live="polite"></p>
                  </form>
                  <button id="continue" type="button" class="primary" data-i18n="call.continue" hidden>Verder</button>
                  <div id="ended" hidden>
                    <p class="role"><span class="kind" data-i18n="kind.ended">Einde</span></p>
                    <p id="outcome" class="outcome"></p>
                  </div>
                  <div class="events-bar">
                    <p class="events-title" data-i18n="preview.events">Op elk moment</p>
                    <div id="events" class="events"></div>
                  </div>
                </div>
                <div class="call-buttons">
                  <button id="undo" type="button" class="secondary" data-i18n="preview.undo">Stap terug</button>
                  <button id="restart" type="button" class="secondary" data-i18n="preview.restart">Opnieuw beginnen</button>
                </div>
                <h3 data-i18n="preview.path">Gevolgd pad</h3>
                <ol id="path" class="path"></ol>
                <h3 data-i18n="preview.save.title">Bewaren als test</h3>
                <form id="save-form" novalidate>
                  <div class="two">
                    <div>
                      <label for="test-name" data-i18n="preview.save.name">Naam van de test</label>
                      <input id="test-name" autocomplete="off">
                    </div>
                    <div>
                      <label for="test-file" data-i18n="preview.save.file">Bestand (in tests/)</label>
                      <input id="test-file" autocomplete="off" spellcheck="false">
                    </div>
                  </div>
                  <button id="save" type="submit" class="primary" data-i18n="preview.save.submit">Opslaan als .calltest</button>
                </form>
                <div id="save-result" aria-live="polite"></div>
                <details id="calltest-box" hidden>
                  <summary data-i18n="preview.save.text">De testtekst</summary>
                  <pre id="calltest-text"></pre>
                </details>
              </div>
            </section>
          </div>

          <section class="panel pane graph-pane" aria-labelledby="graph-title">
            <h2 id="graph-title" data-i18n="preview.graph">Stroomschema</h2>
            <p id="breaking" class="breaking" hidden></p>
            <p id="graph-note" class="help"></p>
            <div id="graph" class="graph"></div>
            <pre id="graph-text" class="graph-text" hidden></pre>
          </section>
        </main>
        <script src="assets/i18n.js"></script>
        <script src="assets/preview-i18n.js"></script>
        <script src="assets/preview.js"></script>
        </body>
        </html>
        """#
}

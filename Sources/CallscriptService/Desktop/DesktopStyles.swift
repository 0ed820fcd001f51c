extension DesktopAssets {
    /// One stylesheet for both pages. Its first comment lists every colour pair with its WCAG 2.1
    /// contrast ratio (AA asks 4.5:1 for text and 3:1 for UI parts); `DesktopContrastTests`
    /// recomputes them.
    static let desktopCSS = #"""
        /* Contrast (WCAG 2.1 AA: text >= 4.5:1, UI parts and the focus ring >= 3:1). One pair a line,
           foreground on background; a test recomputes every ratio and checks that every colour of
           this sheet is in a pair.
           #1b1f24 on #ffffff 16.56:1 text       ink on paper; kbd: white on ink
           #1b1f24 on #f4f5f7 15.18:1 text       ink on the page background, table headers, code
           #1b1f24 on #fff4d6 15.11:1 text       ink on the warning yellow
           #4b5563 on #ffffff  7.56:1 text       muted text (help, role, contact)
           #4b5563 on #f4f5f7  6.93:1 text       muted text on the page; disabled button text
           #4b5563 on #fdecec  6.62:1 text       muted text inside the confirm box
           #ffffff on #0a58a8  7.06:1 text       primary buttons, answer number keys
           #0a58a8 on #ffffff  7.06:1 text       accent text and borders, the step kind
           #0a58a8 on #eef4fb  6.38:1 ui         answer button border
           #0b2545 on #eef4fb 13.90:1 text       answer text
           #9b1c1c on #ffffff  8.15:1 text       event buttons; white on danger (confirm, armed event)
           #9b1c1c on #f4f5f7  7.47:1 ui         danger border on the page
           #9b1c1c on #fdecec  7.14:1 ui         confirm box border, error banner edge
           #b42318 on #ffffff  6.57:1 text       field messages
           #b42318 on #e8f1fb  5.76:1 text       a list error inside the calls box
           #7a1a12 on #fdecec  9.27:1 text       error banner and confirm box text
           #5c3b00 on #fff4d6  9.21:1 text       warning banner and hint text
           #b26b00 on #fff4d6  3.84:1 ui         warning edge
           #0b3d75 on #e8f1fb  9.49:1 text       info banner and calls box text
           #0a58a8 on #e8f1fb  6.19:1 ui         info edge
           #14532d on #e7f5ea  8.09:1 text       success banner text and edge
           #6b7280 on #ffffff  4.83:1 ui         input and panel borders, secondary buttons
           #6b7280 on #f4f5f7  4.43:1 ui         borders on the page
           #6b7280 on #fdecec  4.23:1 ui         cancel button border in the confirm box
           #c2410c on #ffffff  5.18:1 ui         focus ring (drawn outside the element)
           #c2410c on #f4f5f7  4.75:1 ui         focus ring on the page
           #c2410c on #fdecec  4.53:1 ui         focus ring in the confirm box and error banners
           #c2410c on #e7f5ea  4.60:1 ui         focus ring in success banners
           #c2410c on #e8f1fb  4.54:1 ui         focus ring in the calls box and info banners
           #c2410c on #fff4d6  4.73:1 ui         focus ring in warnings
           #d1d5db on #ffffff  1.47:1 decorative row separators: they carry no information
           #b9cfe8 on #e8f1fb  1.40:1 decorative row separators in the calls box */
        :root {
          --ink: #1b1f24; --muted: #4b5563; --paper: #ffffff; --page: #f4f5f7;
          --accent: #0a58a8; --answer: #eef4fb; --answer-ink: #0b2545;
          --danger: #9b1c1c; --error: #b42318; --border: #6b7280; --focus: #c2410c;
          font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif;
          font-size: 100%; line-height: 1.45; color: var(--ink); background: var(--page);
        }
        * { box-sizing: border-box; }
        body { margin: 0; min-height: 100vh; }
        [hidden] { display: none !important; }
        :focus { outline: none; }
        :focus-visible, button:focus, select:focus, input:focus, a:focus, [tabindex]:focus {
          outline: 3px solid var(--focus); outline-offset: 3px;
        }
        .visually-hidden {
          position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap;
        }
        .skip { position: absolute; left: 0.5rem; top: -3rem; background: var(--paper); color: var(--accent); padding: 0.5rem 1rem; z-index: 10; }
        .skip:focus { top: 0.5rem; }
        body.busy, body.busy button { cursor: progress; }

        .topbar {
          display: flex; align-items: center; gap: 1rem; flex-wrap: wrap;
          padding: 0.5rem 1.25rem; background: var(--paper); border-bottom: 1px solid var(--border);
        }
        .brand { font-weight: 700; letter-spacing: 0.02em; }
        .who { color: var(--muted); }
        .topbar-right { margin-left: auto; display: flex; align-items: center; gap: 0.5rem; }
        .topbar label { margin: 0; font-weight: 400; }
        .topbar select { width: auto; font-size: 1rem; }
        .topbar button { white-space: nowrap; }

        /* Wide enough for the seven event buttons in one row on a 1280-pixel screen. */
        main { max-width: 76rem; margin: 0 auto; padding: 1.25rem; }
        .panel { background: var(--paper); border: 1px solid var(--border); border-radius: 8px; padding: 1.25rem 1.5rem; }
        .narrow { max-width: 30rem; margin: 2rem auto; }
        h1 { font-size: 1.6rem; margin: 0 0 1rem; }
        h2 { font-size: 1.2rem; margin: 1.5rem 0 0.5rem; }
        h3 { font-size: 1.05rem; margin: 1.25rem 0 0.4rem; }
        label { display: block; font-weight: 600; margin: 0.9rem 0 0.25rem; }
        input, select {
          font: inherit; font-size: 1.1rem; width: 100%; padding: 0.5rem 0.65rem;
          color: var(--ink); background: var(--paper); border: 2px solid var(--border); border-radius: 6px;
        }
        input[aria-invalid=true] { border-color: var(--error); }
        fieldset { border: 1px solid var(--border); border-radius: 6px; margin: 1rem 0; padding: 0.25rem 1rem 1rem; }
        legend { font-weight: 600; padding: 0 0.35rem; }
        .two { display: grid; grid-template-columns: 1fr 1fr; gap: 0 1rem; }
        #contact-fields { display: grid; grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr)); gap: 0 1rem; }
        .help { color: var(--muted); margin: 0.25rem 0; font-size: 0.95rem; }
        .help:empty { display: none; }
        .field-error { color: var(--error); font-weight: 600; margin: 0.25rem 0; min-height: 0; }
        .field-error:empty { display: none; }

        button {
          font: inherit; font-weight: 600; cursor: pointer; border-radius: 6px; padding: 0.55rem 1rem;
          border: 2px solid var(--accent); background: var(--paper); color: var(--accent);
        }
        button.primary { background: var(--accent); color: var(--paper); margin-top: 1rem; }
        button.secondary { border-color: var(--border); color: var(--ink); }
        button.danger { background: var(--danger); border-color: var(--danger); color: var(--paper); }
        button.big { font-size: 1.2rem; padding: 0.75rem 1.5rem; }
        button:disabled { background: var(--page); border-color: var(--border); color: var(--muted); cursor: not-allowed; }
        kbd {
          display: inline-block; min-width: 1.6em; padding: 0.05em 0.4em; border-radius: 4px; text-align: center;
          font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 0.9em; background: var(--ink); color: var(--paper);
        }
        button.primary kbd, button.danger kbd { background: var(--paper); color: var(--ink); }

        .banner { border-left: 6px solid; border-radius: 6px; padding: 0.75rem 1rem; margin: 0 0 1rem; }
        .banner p, .banner ul { margin: 0.15rem 0; }
        .banner ul { padding-left: 1.25rem; }
        .banner-title { font-weight: 700; font-size: 1.1rem; }
        .banner-error { background: #fdecec; color: #7a1a12; border-color: #9b1c1c; }
        .banner-warn { background: #fff4d6; color: #5c3b00; border-color: #b26b00; }
        .banner-info { background: #e8f1fb; color: #0b3d75; border-color: #0a58a8; }
        .banner-ok { background: #e7f5ea; color: #14532d; border-color: #14532d; }
        .banner a { color: inherit; font-weight: 600; }

        .calls { margin: 0 0 1rem; padding: 0.25rem 1rem 0.5rem; background: #e8f1fb; color: #0b3d75; border-left: 6px solid #0a58a8; border-radius: 6px; }
        .calls h2 { margin: 0.5rem 0 0.25rem; font-size: 1.05rem; }
        .calls .call-list li { border-bottom-color: #b9cfe8; }
        .call-list { list-style: none; padding: 0; margin: 0; }
        .call-list li { display: flex; align-items: center; justify-content: space-between; gap: 1rem; padding: 0.4rem 0; border-bottom: 1px solid #d1d5db; }
        .call-list button { padding: 0.3rem 0.9rem; }

        .call { display: flex; flex-direction: column; min-height: calc(100vh - 5rem); }
        .call-head { display: flex; align-items: baseline; gap: 1rem; flex-wrap: wrap; margin-bottom: 0.75rem; }
        .call-title { font-size: 1.2rem; margin: 0; }
        .call-contact { color: var(--muted); }
        .call-head button { margin-left: auto; }
        /* The data source gets a line of its own under the title, so the suspend button stays up there. */
        .call-head .call-source { order: 1; flex-basis: 100%; }
        .screen { flex: 1; background: var(--paper); border: 1px solid var(--border); border-radius: 8px; padding: 1.25rem 1.5rem 1.5rem; }
        .role { margin: 0 0 0.5rem; color: var(--muted); font-size: 1rem; text-transform: none; }
        .kind { display: inline-block; font-weight: 700; color: var(--accent); border: 2px solid var(--accent); border-radius: 999px; padding: 0 0.6rem; }
        .line { font-size: 2rem; line-height: 1.35; font-weight: 500; margin: 0.25rem 0 1rem; max-width: 42em; }
        /* The line takes the focus on questions (so Enter cannot pick an answer): a lighter ring. */
        .line:focus { outline: 2px dashed var(--focus); outline-offset: 6px; }
        .hint { background: #fff4d6; color: #5c3b00; border-left: 6px solid #b26b00; border-radius: 6px; padding: 0.6rem 1rem; margin: 0 0 1rem; font-size: 1.1rem; }
        .hint-label { font-weight: 700; margin-right: 0.35rem; }
        .answers { display: grid; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); gap: 0.75rem; margin: 0.5rem 0 0.5rem; }
        button.answer {
          display: flex; align-items: center; gap: 0.75rem; text-align: left; font-size: 1.35rem; padding: 0.9rem 1rem;
          background: var(--answer); color: var(--answer-ink); border: 2px solid var(--accent); min-height: 4rem;
        }
        button.answer kbd { font-size: 1.1rem; background: var(--accent); color: var(--paper); }
        .capture label { font-size: 1.1rem; }
        .capture-row { display: flex; gap: 0.75rem; align-items: stretch; }
        .capture-row input { font-size: 1.4rem; }
        .capture-row button { margin-top: 0; white-space: nowrap; }
        .ended h2 { margin-top: 0.5rem; }
        .outcome { font-size: 1.8rem; font-weight: 700; margin: 0.25rem 0; }

        .confirm {
          margin: 0 0 0.75rem; padding: 1rem 1.25rem; background: #fdecec; color: #7a1a12;
          border: 3px solid var(--danger); border-radius: 8px;
        }
        .confirm-title { font-size: 1.3rem; font-weight: 700; margin: 0 0 0.25rem; }
        .confirm-actions { display: flex; gap: 0.75rem; flex-wrap: wrap; }
        .confirm-actions button { margin-top: 0.5rem; }
        .events-bar {
          position: sticky; bottom: 0; margin-top: 1rem; padding: 0.75rem 1rem; background: var(--paper);
          border: 1px solid var(--border); border-radius: 8px; box-shadow: 0 -2px 6px rgba(0, 0, 0, 0.08);
        }
        .events-title { font-size: 0.95rem; margin: 0 0 0.5rem; color: var(--muted); }
        .events { display: flex; flex-wrap: wrap; gap: 0.45rem; }
        button.event {
          border-color: var(--danger); color: var(--danger); display: inline-flex; align-items: center; gap: 0.45rem;
          padding: 0.45rem 0.6rem; font-size: 0.95rem;
        }
        button.event kbd { background: var(--danger); color: var(--paper); }
        button.event.armed { background: var(--danger); color: var(--paper); }
        button.event.armed kbd { background: var(--paper); color: var(--danger); }
        .keys-help { color: var(--muted); font-size: 0.9rem; margin: 0.5rem 0 0; }

        .find { max-width: 36rem; }
        .contact { margin-top: 1rem; }
        .table-wrap { overflow-x: auto; }
        table { border-collapse: collapse; width: 100%; font-size: 0.95rem; }
        th, td { text-align: left; padding: 0.35rem 0.6rem; border-bottom: 1px solid #d1d5db; vertical-align: top; }
        th { background: var(--page); }
        .actions { display: grid; grid-template-columns: 1fr 1fr; gap: 1.5rem; margin-top: 1.5rem; }
        .action { border: 1px solid var(--border); border-radius: 8px; padding: 0 1rem 1rem; }
        .action button { margin: 0.75rem 0; }
        pre { white-space: pre-wrap; word-break: break-word; max-height: 20rem; overflow: auto; background: var(--page); color: var(--ink); padding: 0.75rem; border-radius: 6px; }

        @media (max-width: 40rem) {
          .two, .actions { grid-template-columns: 1fr; }
          .line { font-size: 1.6rem; }
        }
        """#
}

extension DesktopAssets {
    /// The desktop's call screen: the line in large type, answers, captures, the end.
    static let callJS = #"""
        // The call's language (the contact's translation, else the script's): the lines are read aloud as written.
        function scriptLang(call) { return call.language || "nl"; }

        function isEnded(call) { return call.status === "ended" || !call.screen || call.screen.kind === "ended"; }

        // The runtime names the yes/no type `yesno`, the API `yes-no`: the desktop takes both.
        function normalCapture(capture) {
          const given = capture || { type: "text" };
          return given.type === "yesno" ? Object.assign({}, given, { type: "yes-no" }) : given;
        }

        function callBanners(call) {
          const banners = [];
          if (call.practice) banners.push(banner("warn", t("banner.practice"), [t("banner.practice.body")]));
          if (Desk.justResumed) banners.push(banner("info", t("banner.resumed"), [t("banner.resumed.body")]));
          return banners;
        }

        function showCall(call) {
          Desk.call = call;
          disarm(false);
          showView("call");
          const screen = call.screen || { kind: "ended" };
          const key = [call.id, screen.kind, screen.state, screen.text].join("|");
          const fresh = key !== Desk.screenKey;
          Desk.screenKey = key;
          $("call-campaign").textContent = campaignName(call.campaign);
          $("call-contact").textContent = t("call.contact", { contact: call.contact });
          $("call-source").hidden = !call.source;
          $("call-source").textContent = call.source ? t("call.source", { source: sourceText(call) }) : "";
          $("suspend").hidden = isEnded(call);
          setBanners("call-banners", callBanners(call));
          if (isEnded(call)) renderEnded(call); else renderScreen(call, screen, fresh);
          renderEvents(call);
          if (fresh) {
            Desk.shownAt = Date.now();
            announce(call, screen);
            focusScreen(call, screen);
          }
        }

        function renderScreen(call, screen, fresh) {
          const lang = scriptLang(call);
          $("screen").classList.remove("is-ended");
          $("ended").hidden = true;
          $("kind").textContent = t("kind." + screen.kind, { fallback: screen.kind });
          $("role").textContent = screen.role ? t("role." + screen.role, { fallback: screen.role }) : "";
          const line = $("line");
          line.hidden = false;
          line.lang = lang;
          line.textContent = screen.text || "";
          renderSourceAnswer(call, screen);
          $("hint").hidden = !screen.hint;
          $("hint-text").textContent = screen.hint || "";
          const capture = screen.kind === "capture" ? normalCapture(screen.capture) : null;
          const buttons = screen.kind === "question" ? (screen.answers || []).map((a) => ({ number: a.number, label: a.label, lang, send: { type: "answer", answer: a.number }, cls: a.class }))
            : capture && capture.type === "choice" ? (capture.choices || []).map((choice, i) => ({ number: i + 1, label: choice, lang, send: { type: "capture", value: choice } }))
            : capture && capture.type === "yes-no" ? [{ number: 1, label: t("yes"), send: { type: "capture", value: "yes" }, cls: "yes" },
              { number: 2, label: t("no"), send: { type: "capture", value: "no" }, cls: "no" }]
            : [];
          Desk.buttons = buttons;
          renderAnswers(buttons);
          const textCapture = capture && buttons.length === 0;
          $("capture-form").hidden = !textCapture;
          if (textCapture) renderCaptureField(capture, fresh);
          if (fresh) setMessage("choice-error", "");
          $("line-actions").hidden = screen.kind !== "line";
        }

        // A date or time of the service (ISO 8601) as the screen's language writes it, in the agent's time zone.
        function when(iso) {
          const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso || "");
          const date = new Date(dateOnly ? iso + "T12:00:00Z" : iso);
          if (!iso || Number.isNaN(date.getTime())) return iso || "";
          const options = dateOnly ? { dateStyle: "long", timeZone: "UTC" } : { dateStyle: "long", timeStyle: "short" };
          return new Intl.DateTimeFormat(I18N.lang === "en" ? "en-GB" : "nl-NL", options).format(date);
        }

        // Where the call's basis comes from, in the screen's language; the record's own words stay as written.
        function sourceText(call) {
          const d = call.sourceDetail;
          if (!d) return call.source || "";
          let text;
          if (d.kind === "consent") {
            text = d.origin ? t("source.consent", { origin: d.origin }) : t("source.consent.recorded", { time: when(d.recordedAt), agent: d.recordedBy || "" });
            if (d.verifiedBy && d.verifiedAt) text += t("source.verified", { method: d.verifiedBy, time: when(d.verifiedAt) });
          } else if (d.kind === "customer-record") {
            text = d.origin ? t("source.customer", { origin: d.origin }) : t("source.customer.relation", { date: when(d.relationDate) });
          } else {
            text = call.source || "";
          }
          return text;
        }

        // While the script answers "where did you get my number?", the source stands beside its lines (NL-DATA-SOURCE).
        function renderSourceAnswer(call, screen) {
          const box = $("source-answer");
          box.hidden = screen.step !== "on source-question";
          $("source-answer-text").textContent = call.source ? sourceText(call) : t("call.source.none");
        }

        function renderAnswers(buttons) {
          const box = $("answers");
          box.hidden = buttons.length === 0;
          box.replaceChildren(...buttons.map((b) => el("button", {
            type: "button", class: "answer" + (b.cls ? " answer-" + b.cls : ""), "aria-keyshortcuts": b.number <= 9 ? String(b.number) : null,
            onclick: () => send(b.send),
          }, el("kbd", { text: String(b.number) }), el("span", { class: "answer-label", lang: b.lang || null, text: b.label }))));
        }

        function renderCaptureField(capture, fresh) {
          const input = $("capture-input");
          input.dataset.type = capture.type;
          input.setAttribute("inputmode", inputModeFor(capture.type));
          $("capture-label").textContent = t("capture.label", { field: capture.field || "", type: t("type." + capture.type, { fallback: capture.type }) });
          $("capture-help").textContent = formatExample(capture.type, capture.format);
          if (fresh) {
            input.value = "";
            markField(input, null);
          }
        }

        function renderEnded(call) {
          $("screen").classList.add("is-ended");
          const screen = call.screen || {};
          $("kind").textContent = t("kind.ended");
          $("role").textContent = "";
          $("line").hidden = !screen.text;
          $("line").lang = scriptLang(call);
          $("line").textContent = screen.text || "";
          $("hint").hidden = true;
          $("source-answer").hidden = true;
          renderAnswers([]);
          Desk.buttons = [];
          $("capture-form").hidden = true;
          $("line-actions").hidden = true;
          $("ended").hidden = false;
          const outcome = call.outcome || {};
          $("outcome-kind").textContent = outcome.kind ? t("outcome." + outcome.kind, { fallback: outcome.kind }) : t("outcome.unknown");
          const detail = $("outcome-detail");
          detail.lang = "en";
          detail.textContent = outcome.detail || "";
        }

        function renderEvents(call) {
          $("events-bar").hidden = isEnded(call);
          $("events").replaceChildren(...(call.events || []).map((event) => el("button", {
            type: "button", class: "event", "data-event": event.name, "aria-keyshortcuts": event.key,
            // What the event does, on hover: the same sentence the confirmation shows.
            title: t("confirm." + event.name, { fallback: t("confirm.other") }),
            onclick: () => eventPressed(event),
          }, el("kbd", { text: event.key }), el("span", { text: t("event." + event.name, { fallback: event.name }) }))));
        }

        function focusScreen(call, screen) {
          if (isEnded(call)) $("next-call").focus();
          else if (screen.kind === "line") $("continue").focus();
          else if (!$("capture-form").hidden) $("capture-input").focus();
          // A question: focus the line, never an answer, so a habitual Enter cannot pick one.
          else $("line").focus();
        }

        // The live region says the new line once, in the script's language, with the answers.
        function announce(call, screen) {
          const region = $("announcer");
          region.replaceChildren();
          const parts = [];
          if (isEnded(call)) {
            parts.push(el("span", { text: t("kind.ended") + ". " + $("outcome-kind").textContent + "." }));
          } else {
            parts.push(el("span", { text: $("kind").textContent + ", " + $("role").textContent + ": " }));
            parts.push(el("span", { lang: scriptLang(call), text: screen.text || "" }));
            if (Desk.buttons.length) {
              parts.push(el("span", { text: " " + t("announce.answers") + " " }));
              parts.push(el("span", { lang: scriptLang(call), text: Desk.buttons.map((b) => b.number + ": " + b.label).join(", ") }));
            }
          }
          window.setTimeout(() => region.replaceChildren(...parts), 60);
        }

        async function send(input) {
          if (!Desk.call || Desk.busy || isEnded(Desk.call)) return;
          Desk.busy = true;
          setBusy(true);
          try {
            const answer = await api("POST", "/v1/calls/" + encodeURIComponent(Desk.call.id) + "/input", input);
            Desk.justResumed = false;
            Desk.busy = false;
            showCall(answer.json);
          } catch (error) {
            Desk.busy = false;
            if (error.status === 401) return;
            if (error.status === 422 && input.type === "capture" && !$("capture-form").hidden) {
              markField($("capture-input"), serviceText(error));
              $("capture-input").focus();
              $("capture-input").select();
            } else if (error.status === 422 && input.type === "capture") {
              setMessage("choice-error", serviceText(error));
            } else {
              setBanners("call-banners", [...callBanners(Desk.call), banner("error", t("error.title"), [serviceText(error)])]);
              // After a lost connection the step may or may not have happened: show what the service has.
              if (error.status === 0 || error.status >= 500) refreshCall();
            }
          } finally {
            Desk.busy = false;
            setBusy(false);
          }
        }

        async function refreshCall() {
          try {
            const call = (await api("GET", "/v1/calls/" + encodeURIComponent(Desk.call.id))).json;
            const banners = $("call-banners").cloneNode(true).childNodes;
            showCall(call);
            $("call-banners").replaceChildren(...banners);
          } catch (ignored) {
            // The banner already says the service could not be reached.
          }
        }

        function submitCapture(event) {
          event.preventDefault();
          const input = $("capture-input");
          const problem = checkValue(input.dataset.type, input.value, true);
          if (!markField(input, problem)) {
            input.focus();
            return;
          }
          send({ type: "capture", value: input.value.trim() });
        }

        function nextCall() {
          Desk.justResumed = false;
          openStart([]);
        }
        """#
}

extension PreviewAssets {
    /// The page's second part: the practice call. The page keeps only the inputs; every click
    /// posts them all and the server replays them on the step function, so the screen, the
    /// path and the test file always come from the runtime itself.
    static let callJS = #"""
        function renderContactFields(view) {
          const box = $("contact-fields");
          const names = view.contactFields.map((f) => f.name).join(",");
          if (box.dataset.names === names) return;
          box.dataset.names = names;
          box.replaceChildren();
          for (const f of view.contactFields) {
            const wrap = node("div");
            const label = node("label", "", f.name + " (" + t("type." + (f.type === "yesno" ? "yes-no" : f.type), { fallback: f.type }) + ")");
            label.htmlFor = "contact-" + f.name;
            const input = node("input");
            input.id = "contact-" + f.name;
            input.dataset.field = f.name;
            input.value = P.fields[f.name] !== undefined ? P.fields[f.name] : f.example;
            input.autocomplete = "off";
            input.addEventListener("change", () => { P.fields[f.name] = input.value; runCall().catch(showError); });
            wrap.append(label, input);
            box.append(wrap);
          }
        }

        function contact() {
          const values = {};
          for (const input of document.querySelectorAll("#contact-fields input")) values[input.dataset.field] = input.value;
          return values;
        }

        function callBody() {
          return { script: P.script, contact: contact(), agent: $("agent").value || "Agent", inputs: P.inputs };
        }

        async function runCall() {
          const script = P.script;
          let run;
          try {
            run = await api("POST", "run", callBody());
            $("contact-error").textContent = "";
          } catch (error) {
            $("contact-error").textContent = error.message;
            $("contact-box").open = true;
            return;
          }
          if (script !== P.script) return;
          if (run.dropped) {
            P.inputs = P.inputs.slice(0, run.dropped.index);
            $("dropped-text").textContent = t("preview.dropped", { n: run.dropped.index, reason: run.dropped.reason });
          }
          $("dropped").hidden = !run.dropped;
          P.run = run;
          renderCall();
          markGraph();
        }

        // After a click the control of the next screen takes the focus, so the call can also be
        // played with the keyboard (Tab, Enter, Space) without hunting for the next button.
        async function send(input) {
          $("dropped").hidden = true;
          P.inputs.push(input);
          await runCall().catch(showError);
          const p = P.run && P.run.prompt;
          if (!p) return;
          const target = p.kind === "line" ? $("continue")
            : p.kind === "question" ? document.querySelector("#answers button")
            : p.kind === "capture" ? $("capture-input") : $("restart");
          if (target) target.focus();
        }

        function renderCall() {
          const run = P.run;
          if (!run) return;
          const p = run.prompt;
          const ended = p.kind === "ended";
          $("kind").textContent = t("kind." + (p.kind === "ended" ? "ended" : p.kind));
          $("role").textContent = p.role ? t("role." + p.role, { fallback: p.role }) : "";
          $("state-id").textContent = p.state || "";
          $("line").textContent = ended ? "" : p.text || "";
          $("line").hidden = ended;
          $("continue").hidden = p.kind !== "line";
          $("ended").hidden = !ended;
          $("outcome").textContent = ended ? t("outcome." + p.outcome, { fallback: p.outcome }) + (p.callbackAt ? " · " + p.callbackAt : "") : "";
          const answers = $("answers");
          answers.replaceChildren();
          if (p.kind === "question") {
            for (const a of p.answers) {
              const button = node("button", "answer");
              button.type = "button";
              button.dataset.index = a.index;
              button.append(node("kbd", "", String(a.index + 1)), node("span", "", a.label));
              button.addEventListener("click", () => send({ kind: "answer", index: a.index }));
              answers.append(button);
            }
          }
          const capture = $("capture-form");
          capture.hidden = p.kind !== "capture";
          if (p.kind === "capture") {
            $("capture-label").textContent = p.field + " (" + t("type." + (p.type === "yesno" ? "yes-no" : p.type), { fallback: p.type }) + ")";
            const last = run.log[run.log.length - 1];
            const refused = last && last.kind === "refused" && last.input === P.inputs.length - 1;
            $("capture-error").textContent = refused ? t("preview.refused", { reason: last.text }) : "";
            $("capture-input").setAttribute("aria-invalid", refused ? "true" : "false");
          }
          const events = $("events");
          events.replaceChildren();
          for (const name of P.view.events) {
            const button = node("button", "event", t("event." + name, { fallback: name }));
            button.type = "button";
            button.dataset.event = name;
            button.disabled = ended;
            button.title = P.view.handlers.includes(name) ? t("preview.handler") : t("preview.nohandler");
            button.addEventListener("click", () => send({ kind: "event", value: name }));
            events.append(button);
          }
          $("undo").disabled = P.inputs.length === 0;
          renderPath(run);
        }

        function renderPath(run) {
          const list = $("path");
          list.replaceChildren();
          for (const entry of run.log) {
            let text = entry.text;
            if (entry.kind === "shown") text = t("role." + entry.role, { fallback: entry.role }) + ": " + entry.text;
            if (entry.kind === "answered") text = "→ " + entry.text;
            if (entry.kind === "captured") text = "✎ " + entry.text;
            if (entry.kind === "refused") text = "✘ " + entry.text;
            if (entry.kind === "event") text = "⚡ " + entry.text;
            if (entry.kind === "record") text = "● " + entry.text;
            if (entry.kind === "ended") text = "■ " + t("outcome." + entry.text, { fallback: entry.text });
            const item = node("li", "p-" + entry.kind);
            if (entry.kind === "shown" && entry.state) item.append(node("code", "", entry.state + " "));
            item.append(document.createTextNode(text));
            list.append(item);
          }
          list.scrollTop = list.scrollHeight;
        }

        async function save(event) {
          event.preventDefault();
          const result = $("save-result");
          result.replaceChildren();
          const body = callBody();
          body.name = $("test-name").value || (P.run && P.run.prompt.outcome ? "preview: " + P.run.prompt.outcome : "preview");
          body.file = $("test-file").value;
          try {
            const saved = await api("POST", "calltest", body);
            $("calltest-text").textContent = saved.text;
            $("calltest-box").hidden = false;
            const banner = saved.saved
              ? node("div", "banner banner-ok", t("preview.saved", { file: saved.saved }))
              : node("div", "banner banner-error", t("preview.notsaved"));
            banner.id = "saved";
            if (!saved.passed) banner.append(node("pre", "", saved.report));
            result.append(banner);
          } catch (error) {
            const banner = node("div", "banner banner-error", error.message);
            banner.id = "saved";
            result.append(banner);
          }
        }

        function wireCall() {
          $("continue").addEventListener("click", () => send({ kind: "continue" }));
          $("capture-form").addEventListener("submit", (event) => {
            event.preventDefault();
            const input = $("capture-input");
            const value = input.value;
            input.value = "";
            send({ kind: "capture", value });
          });
          $("undo").addEventListener("click", () => { P.inputs.pop(); runCall().catch(showError); });
          $("restart").addEventListener("click", () => { P.inputs = []; runCall().catch(showError); });
          $("agent").addEventListener("change", () => runCall().catch(showError));
          $("save-form").addEventListener("submit", save);
        }
        """#
}

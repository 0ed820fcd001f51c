extension DesktopAssets {
    /// The officer's page: look a contact up, show what is held about them, export, erase.
    static let officerJS = #"""
        const Officer = { contact: null, busy: false };

        // Several contacts can share a phone number; an ID names one.
        function looksLikePhone(text) { return /^[+0(]/.test(text) && normalPhone(text) !== null; }

        async function findContact(event) {
          event.preventDefault();
          const query = $("find").value.trim();
          setMessage("find-error", "");
          $("matches").replaceChildren();
          if (!query) {
            setMessage("find-error", t("officer.find.empty"));
            $("find").focus();
            return;
          }
          try {
            if (looksLikePhone(query)) {
              const found = (await api("GET", "/v1/contacts?phone=" + encodeURIComponent(normalPhone(query)))).json.contacts || [];
              if (found.length === 1) return showContact(found[0]);
              hideContact();
              if (!found.length) return setMessage("find-error", t("officer.notfound", { query }));
              $("matches").replaceChildren(el("p", { text: t("officer.matches", { count: found.length }) }),
                el("ul", { class: "call-list" }, ...found.map((contact) => el("li", {},
                  el("span", { text: contact.id }),
                  el("button", { type: "button", class: "secondary", text: t("officer.open"), "aria-label": t("officer.open") + ": " + contact.id,
                    onclick: () => loadContact(contact.id) })))));
              $("matches").querySelector("button").focus();
              return;
            }
            await loadContact(query);
          } catch (error) {
            if (error.status === 401) return;
            hideContact();
            setMessage("find-error", error.status === 404 ? t("officer.notfound", { query }) : serviceText(error));
            $("find").focus();
          }
        }

        async function loadContact(id) {
          const contact = (await api("GET", "/v1/contacts/" + encodeURIComponent(id))).json;
          showContact(contact);
        }

        function hideContact() {
          Officer.contact = null;
          $("contact").hidden = true;
        }

        function showContact(contact) {
          Officer.contact = contact;
          $("matches").replaceChildren();
          $("contact").hidden = false;
          $("contact-title").textContent = t("officer.contact", { id: contact.id });
          $("contact-phone-line").textContent = contact.phone ? t("officer.phone", { phone: contact.phone }) : "";
          $("contact-calls").replaceChildren(table(contact.calls, "officer.calls.none"));
          $("contact-consents").replaceChildren(table(contact.consents, "officer.consents.none"));
          $("contact-objections").replaceChildren(table(contact.objections, "officer.objections.none"));
          $("export-result").replaceChildren();
          $("erase-result").replaceChildren();
          $("erase-confirm").value = "";
          $("erase-confirm-label").textContent = t("officer.erase.confirm", { id: contact.id });
          checkEraseConfirmation();
          $("contact-title").setAttribute("tabindex", "-1");
          $("contact-title").focus();
        }

        // Records are shown as the service sends them: one column per field, so nothing is hidden.
        function table(rows, emptyKey) {
          if (!Array.isArray(rows) || rows.length === 0) return el("p", { class: "help", text: t(emptyKey) });
          const columns = [];
          for (const row of rows) for (const key of Object.keys(row || {})) if (!columns.includes(key)) columns.push(key);
          const cell = (value) => value === null || value === undefined ? "" : typeof value === "object" ? JSON.stringify(value) : String(value);
          return el("div", { class: "table-wrap", tabindex: "0", role: "region", "aria-label": t(emptyKey.replace(".none", "")) },
            el("table", {},
              el("thead", {}, el("tr", {}, ...columns.map((c) => el("th", { scope: "col", text: c })))),
              el("tbody", {}, ...rows.map((row) => el("tr", {}, ...columns.map((c) => el("td", { text: cell(row[c]) })))))));
        }

        async function exportContact() {
          if (!Officer.contact || Officer.busy) return;
          const id = Officer.contact.id;
          Officer.busy = true;
          setBusy(true);
          try {
            const answer = await api("GET", "/v1/contacts/" + encodeURIComponent(id) + "/export");
            const name = "export-" + id.replace(/[^A-Za-z0-9._-]/g, "_") + ".json";
            const url = URL.createObjectURL(new Blob([answer.text], { type: "application/json" }));
            const link = el("a", { href: url, download: name, text: t("officer.export.again", { name }) });
            $("export-result").replaceChildren(
              banner("ok", t("officer.export.done", { name, size: answer.text.length }), [link]),
              el("details", {}, el("summary", { text: t("officer.export.show") }),
                el("pre", { lang: "en", text: JSON.stringify(answer.json, null, 2) })));
            link.click();
          } catch (error) {
            if (error.status !== 401) $("export-result").replaceChildren(banner("error", t("officer.export.failed"), [serviceText(error)]));
          } finally {
            Officer.busy = false;
            setBusy(false);
          }
        }

        function checkEraseConfirmation() {
          const typed = $("erase-confirm").value.trim();
          const matches = Officer.contact !== null && typed === Officer.contact.id;
          $("erase").disabled = !matches;
          setMessage("erase-error", typed && !matches ? t("officer.erase.mismatch") : "");
          return matches;
        }

        async function eraseContact() {
          if (!Officer.contact || Officer.busy || !checkEraseConfirmation()) return;
          const id = Officer.contact.id;
          Officer.busy = true;
          setBusy(true);
          try {
            const answer = (await api("POST", "/v1/contacts/" + encodeURIComponent(id) + "/erase", { confirm: id })).json || {};
            const kept = Array.isArray(answer.kept) ? answer.kept : [];
            const lines = kept.length ? [t("officer.erase.kept", { kept: kept.join(", ") })] : [];
            const done = banner(answer.erased ? "ok" : "error", answer.erased ? t("officer.erase.done", { id }) : t("officer.erase.not"), lines);
            done.append(el("pre", { lang: "en", text: JSON.stringify(answer, null, 2) }));
            try {
              showContact((await api("GET", "/v1/contacts/" + encodeURIComponent(id))).json);
            } catch (ignored) {
              // Erased contacts may no longer be found; the answer below is what matters.
            }
            $("erase-result").replaceChildren(done);
            $("erase-result").setAttribute("tabindex", "-1");
            $("erase-result").focus();
          } catch (error) {
            if (error.status !== 401) $("erase-result").replaceChildren(banner("error", t("officer.erase.failed"), [serviceText(error)]));
          } finally {
            Officer.busy = false;
            setBusy(false);
            checkEraseConfirmation();
          }
        }

        function startOfficer() {
          Shell.init((me) => {
            showView("officer");
            setBanners("officer-notice", me.role === "officer" ? [] : [banner("warn", t("officer.role"), [t("officer.role.body", { role: t("userrole." + me.role, { fallback: me.role }) })])]);
            $("find").focus();
          }, () => { if (Officer.contact) showContact(Officer.contact); });
          $("find-form").addEventListener("submit", findContact);
          $("export").addEventListener("click", exportContact);
          $("erase").addEventListener("click", eraseContact);
          $("erase-confirm").addEventListener("input", checkEraseConfirmation);
        }

        startOfficer();
        """#
}

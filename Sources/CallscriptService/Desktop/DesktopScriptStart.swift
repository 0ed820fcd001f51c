extension DesktopAssets {
    /// The desktop's start screen: choose a campaign, fill in the contact, start; or open an
    /// active call and resume a suspended one.
    static let startJS = #"""
        // The remembered campaign is not personal data; the contact's details are never stored.
        const CAMPAIGN_KEY = "callscript.campaign";

        const Desk = {
          campaigns: [],
          call: null,
          busy: false,
          armed: null,
          screenKey: "",
          shownAt: 0,
          justResumed: false,
        };

        function campaignName(id) {
          const campaign = Desk.campaigns.find((c) => c.id === id);
          return campaign ? campaign.name : id;
        }

        function fieldSpec(field) {
          return typeof field === "string"
            ? { name: field, type: "text", basis: false }
            : { name: field.name, type: field.type || "text", basis: field.basis === true };
        }

        function refusalBanner(error) {
          const gates = (error.body && error.body.error && error.body.error.gates) || [];
          const refusing = gates.filter((gate) => gate.passed === false);
          const lines = refusing.map((gate) => el("span", {},
            el("strong", { text: t("gate." + gate.rule, { fallback: gate.rule }) }),
            " (" + gate.rule + "): ",
            el("span", { lang: "en", text: gate.reason || "" })));
          if (!lines.length) lines.push(serviceText(error));
          return banner("error", t("refused.title"), lines);
        }

        async function openStart(banners) {
          Desk.call = null;
          Desk.screenKey = "";
          disarm(false);
          showView("start");
          setBanners("start-notice", banners || []);
          setMessage("start-error", "");
          $("contact-id").value = "";
          $("contact-phone").value = "";
          $("contact-fields").dataset.campaign = "";
          await loadCampaigns();
          await loadCallLists();
          // The banners and the calls to resume are at the top: keep them in view.
          $("contact-id").focus({ preventScroll: true });
          window.scrollTo(0, 0);
        }

        async function loadCampaigns() {
          try {
            Desk.campaigns = (await api("GET", "/v1/campaigns")).json.campaigns || [];
          } catch (error) {
            if (error.status !== 401) setMessage("start-error", serviceText(error));
            return;
          }
          const select = $("campaign");
          const previous = select.value || localStorage.getItem(CAMPAIGN_KEY);
          select.replaceChildren(...Desk.campaigns.map((c) =>
            el("option", { value: c.id, text: c.name + " – " + c.company })));
          if (previous && Desk.campaigns.some((c) => c.id === previous)) select.value = previous;
          $("start-button").disabled = Desk.campaigns.length === 0;
          if (!Desk.campaigns.length) setMessage("start-error", t("start.none"));
          renderCampaignFields();
        }

        function renderCampaignFields() {
          const campaign = Desk.campaigns.find((c) => c.id === $("campaign").value);
          const box = $("contact-fields");
          // Re-rendering (another language, the same campaign) keeps what the agent typed.
          const typed = {};
          for (const input of box.querySelectorAll("input")) typed[input.dataset.field] = input.value;
          const sameCampaign = box.dataset.campaign === (campaign ? campaign.id : "");
          box.dataset.campaign = campaign ? campaign.id : "";
          box.replaceChildren();
          $("campaign-info").textContent = campaign
            ? t("start.info", { company: campaign.company, principal: campaign.principal || campaign.company })
            : "";
          const fields = campaign ? (campaign.fields || []).map(fieldSpec) : [];
          $("contact-fields-box").hidden = fields.length === 0;
          fields.forEach((field, index) => {
            const id = "field-" + index;
            const input = el("input", {
              id, autocomplete: "off", spellcheck: "false", inputmode: inputModeFor(field.type),
              "data-field": field.name, "data-type": field.type, "data-basis": field.basis ? "true" : "false",
              "aria-describedby": id + "-help " + id + "-error",
            });
            if (sameCampaign && typed[field.name]) input.value = typed[field.name];
            input.addEventListener("input", () => markField(input, checkValue(field.type, input.value, false)));
            box.append(el("div", { class: "field" },
              el("label", { for: id, text: field.name }),
              input,
              el("p", { id: id + "-help", class: "help", text: field.type === "text" ? "" : formatExample(field.type, null) }),
              el("p", { id: id + "-error", class: "field-error", "aria-live": "polite" })));
          });
        }

        // Shows (or clears) the message next to an input and marks it invalid for assistive technology.
        function markField(input, message) {
          const error = $(input.id + "-error");
          if (error) setMessage(error.id, message || "");
          if (message) input.setAttribute("aria-invalid", "true"); else input.removeAttribute("aria-invalid");
          return !message;
        }

        async function startCall(event) {
          event.preventDefault();
          if (Desk.busy) return;
          setMessage("start-error", "");
          const campaign = $("campaign").value;
          const idInput = $("contact-id");
          const phoneInput = $("contact-phone");
          const checks = [
            markField(idInput, idInput.value.trim() ? null : t("start.contact.required")),
            markField(phoneInput, checkValue("phone", phoneInput.value, true)),
          ];
          // Basis dates (last purchase, contract end) belong to the contact itself, not its fields.
          const fields = {};
          const basis = {};
          for (const input of $("contact-fields").querySelectorAll("input")) {
            const value = input.value.trim();
            checks.push(markField(input, value ? checkValue(input.dataset.type, value, true) : null));
            if (value) (input.dataset.basis === "true" ? basis : fields)[input.dataset.field] = value;
          }
          if (!campaign || checks.includes(false)) {
            const first = document.querySelector("#start-form [aria-invalid=true]");
            if (first) first.focus();
            return;
          }
          localStorage.setItem(CAMPAIGN_KEY, campaign);
          Desk.busy = true;
          setBusy(true);
          try {
            const contact = Object.assign({ id: idInput.value.trim(), phone: phoneInput.value.trim(), fields }, basis);
            const body = { campaign, contact };
            const answer = await api("POST", "/v1/calls", body);
            Desk.justResumed = false;
            showCall(answer.json);
          } catch (error) {
            if (error.status === 409) {
              setBanners("start-notice", [refusalBanner(error)]);
              idInput.focus({ preventScroll: true });
              window.scrollTo(0, 0);
            } else if (error.status !== 401) {
              setMessage("start-error", serviceText(error));
              $("start-button").focus();
            }
          } finally {
            Desk.busy = false;
            setBusy(false);
          }
        }

        async function loadCallLists() {
          const lists = [["active", "active-list", "start.open"], ["suspended", "suspended-list", "start.resume"]];
          for (const [status, listId, actionKey] of lists) {
            const list = $(listId);
            let calls = [];
            try {
              calls = (await api("GET", "/v1/calls?status=" + status)).json.calls || [];
            } catch (error) {
              if (error.status === 401) return;
              list.replaceChildren(el("li", { class: "field-error" }, serviceText(error)));
              list.parentElement.hidden = false;
              continue;
            }
            list.replaceChildren(...calls.map((call) => {
              const label = campaignName(call.campaign) + " · " + call.contact;
              const action = status === "suspended" ? () => resumeCall(call.id) : () => openCall(call.id);
              return el("li", {},
                el("span", { text: label }),
                el("button", { type: "button", class: "secondary", onclick: action, "aria-label": t(actionKey) + ": " + label, text: t(actionKey) }));
            }));
            // Shown above the form only when there is something to open or resume.
            list.parentElement.hidden = calls.length === 0;
          }
        }

        async function openCall(id) {
          try {
            Desk.justResumed = false;
            showCall((await api("GET", "/v1/calls/" + encodeURIComponent(id))).json);
          } catch (error) {
            if (error.status !== 401) setBanners("start-notice", [banner("error", t("error.title"), [serviceText(error)])]);
          }
        }

        async function resumeCall(id) {
          if (Desk.busy) return;
          Desk.busy = true;
          setBusy(true);
          try {
            const call = (await api("POST", "/v1/calls/" + encodeURIComponent(id) + "/resume")).json;
            Desk.justResumed = true;
            showCall(call);
          } catch (error) {
            if (error.status === 409) setBanners("start-notice", [refusalBanner(error)]);
            else if (error.status !== 401) setBanners("start-notice", [banner("error", t("error.title"), [serviceText(error)])]);
            $("start-notice").scrollIntoView({ block: "nearest" });
          } finally {
            Desk.busy = false;
            setBusy(false);
          }
        }

        async function suspendCall() {
          if (!Desk.call || Desk.busy) return;
          Desk.busy = true;
          setBusy(true);
          try {
            await api("POST", "/v1/calls/" + encodeURIComponent(Desk.call.id) + "/suspend");
            Desk.busy = false;
            await openStart([banner("info", t("suspended.title"), [t("suspended.body")])]);
          } catch (error) {
            if (error.status !== 401) setBanners("call-banners", [banner("error", t("error.title"), [serviceText(error)])]);
          } finally {
            Desk.busy = false;
            setBusy(false);
          }
        }
        """#
}

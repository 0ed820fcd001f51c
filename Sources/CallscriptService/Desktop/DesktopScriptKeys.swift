extension DesktopAssets {
    /// The desktop's keyboard: number keys answer, Enter continues, event keys ask for a
    /// confirmation first; and the page's start-up.
    static let keysJS = #"""
        // Keys held down or pressed just as a new screen appears would act on a line the agent has not
        // read yet: a key repeat is ignored, and so is Enter or a number in the first moment of a screen.
        const SCREEN_GUARD_MS = 350;

        function isTextField(node) {
          return node && (node.tagName === "INPUT" || node.tagName === "TEXTAREA" || node.tagName === "SELECT");
        }

        function isActivatable(node) {
          return node && (node.tagName === "BUTTON" || node.tagName === "A" || node.tagName === "SELECT");
        }

        // An event ends or redirects the call, so the first press only asks; the same key, Enter or the
        // confirm button sends it; Escape or the cancel button takes it back.
        function eventPressed(event) {
          if (Desk.busy || !Desk.call || isEnded(Desk.call)) return;
          if (Desk.armed && Desk.armed.name === event.name) confirmEvent();
          else arm(event);
        }

        function arm(event) {
          Desk.armed = event;
          const label = t("event." + event.name, { fallback: event.name });
          $("confirm-title").textContent = t("confirm.title", { event: label });
          $("confirm-body").textContent = t("confirm." + event.name, { fallback: t("confirm.other") }) + " " + t("confirm.keys", { key: event.key });
          $("confirm-yes").textContent = t("confirm.yes", { key: event.key });
          $("confirm-no").textContent = t("confirm.no");
          for (const button of document.querySelectorAll(".event")) button.classList.toggle("armed", button.dataset.event === event.name);
          $("confirm").hidden = false;
          $("confirm-yes").focus();
        }

        function disarm(refocus) {
          Desk.armed = null;
          $("confirm").hidden = true;
          for (const button of document.querySelectorAll(".event")) button.classList.remove("armed");
          if (refocus && Desk.call) focusScreen(Desk.call, Desk.call.screen || { kind: "ended" });
        }

        function confirmEvent() {
          const event = Desk.armed;
          if (!event) return;
          disarm(false);
          send({ type: "event", event: event.name });
        }

        function onKey(event) {
          if (event.ctrlKey || event.metaKey || event.altKey) return;
          const callView = !document.querySelector("[data-view=call]").hidden;
          if (!callView || !Desk.call) return;
          const target = event.target;
          const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
          const activating = key === "Enter" || key === " ";
          if (activating && (event.repeat || Date.now() - Desk.shownAt < SCREEN_GUARD_MS)) {
            event.preventDefault();
            return;
          }
          if (Desk.armed) {
            if (key === "Escape") {
              event.preventDefault();
              disarm(true);
            } else if (activating && isActivatable(target)) {
              // A focused button (confirm, cancel, another event) does what it says.
            } else if (key === "Enter" || key === Desk.armed.key) {
              event.preventDefault();
              if (!event.repeat) confirmEvent();
            } else if (key !== "Tab" && key !== "Shift") {
              event.preventDefault();
            }
            return;
          }
          if (isTextField(target)) {
            if (key === "Escape") {
              event.preventDefault();
              target.blur();
              $("line").focus();
            }
            return;
          }
          if (event.repeat || Desk.busy) return;
          if (isEnded(Desk.call)) {
            if (key === "n") {
              event.preventDefault();
              nextCall();
            }
            return;
          }
          const raised = (Desk.call.events || []).find((e) => e.key === key);
          if (raised) {
            event.preventDefault();
            eventPressed(raised);
            return;
          }
          if (/^[1-9]$/.test(key)) {
            const button = (Desk.buttons || []).find((b) => b.number === Number(key));
            if (Date.now() - Desk.shownAt < SCREEN_GUARD_MS) return;
            if (button) {
              event.preventDefault();
              send(button.send);
            }
            return;
          }
          if (key === "Enter" && !isActivatable(target) && Desk.call.screen && Desk.call.screen.kind === "line") {
            event.preventDefault();
            send({ type: "continue" });
          }
        }

        function startDesktop() {
          Shell.init(() => openStart([]), () => {
            if (Desk.call && !document.querySelector("[data-view=call]").hidden) {
              showCall(Desk.call);
            } else if (Shell.me && !document.querySelector("[data-view=start]").hidden) {
              renderCampaignFields();
              loadCallLists();
            }
          });
          $("start-form").addEventListener("submit", startCall);
          $("campaign").addEventListener("change", renderCampaignFields);
          $("contact-phone").addEventListener("input", () => markField($("contact-phone"), checkValue("phone", $("contact-phone").value, false)));
          $("contact-id").addEventListener("input", () => markField($("contact-id"), null));
          $("capture-form").addEventListener("submit", submitCapture);
          $("capture-input").addEventListener("input", () => {
            const input = $("capture-input");
            markField(input, checkValue(input.dataset.type, input.value, false));
          });
          $("continue").addEventListener("click", () => send({ type: "continue" }));
          $("next-call").addEventListener("click", nextCall);
          $("suspend").addEventListener("click", suspendCall);
          $("confirm-yes").addEventListener("click", confirmEvent);
          $("confirm-no").addEventListener("click", () => disarm(true));
          document.addEventListener("keydown", onKey);
        }

        startDesktop();
        """#
}

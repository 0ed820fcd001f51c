extension DesktopAssets {
    /// Shared by both pages: the token, the API client, the language switch and the login form.
    static let shellJS = #"""
        "use strict";
        // The token lives in sessionStorage only: it is gone when the tab closes and never reaches disk
        // as a cookie. Everything the service sends is put in the page with textContent, never as HTML,
        // so a contact's name cannot inject markup.
        const TOKEN_KEY = "callscript.token";

        class ApiError extends Error {
          constructor(status, body, message) {
            super(message);
            this.status = status;
            this.body = body;
          }
        }

        function $(id) { return document.getElementById(id); }

        function el(tag, attrs, ...children) {
          const node = document.createElement(tag);
          for (const [name, value] of Object.entries(attrs || {})) {
            if (value === null || value === undefined || value === false) continue;
            if (name === "text") node.textContent = String(value);
            else if (name.startsWith("on")) node.addEventListener(name.slice(2), value);
            else node.setAttribute(name, value === true ? "" : String(value));
          }
          for (const child of children) if (child !== null && child !== undefined) node.append(child);
          return node;
        }

        const Session = {
          token() { return sessionStorage.getItem(TOKEN_KEY); },
          save(token) { sessionStorage.setItem(TOKEN_KEY, token); },
          clear() { sessionStorage.removeItem(TOKEN_KEY); },
        };

        // One request to the service. Resolves with the parsed body on 2xx; otherwise rejects with an
        // ApiError carrying the status, the body and the service's own message. A 401 anywhere means the
        // token is no longer good: back to the login form.
        async function api(method, path, body) {
          const headers = { "Accept": "application/json", "Accept-Language": I18N.lang };
          const token = Session.token();
          if (token) headers["Authorization"] = "Bearer " + token;
          if (body !== undefined) headers["Content-Type"] = "application/json";
          let response;
          try {
            response = await fetch(path, {
              method, headers, cache: "no-store",
              body: body === undefined ? undefined : JSON.stringify(body),
            });
          } catch (cause) {
            throw new ApiError(0, null, t("error.network"));
          }
          const text = await response.text();
          let json = null;
          try { json = text ? JSON.parse(text) : null; } catch (ignored) { json = null; }
          if (!response.ok) {
            const served = json && json.error && typeof json.error.message === "string" ? json.error.message : null;
            const error = new ApiError(response.status, json, served || t("error.status", { status: response.status }));
            error.fromService = served !== null;
            if (response.status === 401) Shell.loggedOut(t("login.refused"));
            throw error;
          }
          return { status: response.status, json, text, headers: response.headers };
        }

        // A message from the service is English (diagnostics are); mark it so screen readers say it right.
        function serviceText(error) { return el("span", { lang: error.fromService ? "en" : null, text: error.message }); }

        function setMessage(id, content) {
          const node = $(id);
          node.replaceChildren();
          if (content === null || content === undefined || content === "") return;
          node.append(typeof content === "string" ? document.createTextNode(content) : content);
        }

        function showView(name) {
          for (const view of document.querySelectorAll("[data-view]")) view.hidden = view.dataset.view !== name;
        }

        // A banner: kind is error (role alert), warn, info or ok (role status); lines are nodes or text.
        function banner(kind, title, lines) {
          const box = el("div", { class: "banner banner-" + kind, role: kind === "error" ? "alert" : "status" },
            el("p", { class: "banner-title", text: title }));
          if (lines && lines.length === 1) {
            box.append(el("p", {}, lines[0]));
          } else if (lines && lines.length) {
            const list = el("ul");
            for (const line of lines) list.append(el("li", {}, line));
            box.append(list);
          }
          return box;
        }

        function setBanners(id, banners) { $(id).replaceChildren(...banners.filter(Boolean)); }

        function setBusy(busy) { $("main").setAttribute("aria-busy", busy ? "true" : "false"); document.body.classList.toggle("busy", busy); }

        const Shell = {
          me: null,
          onLogin: null,
          onLanguage: null,
          init(onLogin, onLanguage) {
            this.onLogin = onLogin;
            this.onLanguage = onLanguage;
            const select = $("lang");
            select.value = I18N.lang;
            select.addEventListener("change", () => {
              I18N.setLang(select.value);
              this.showWho();
              if (this.onLanguage) this.onLanguage();
            });
            $("login-form").addEventListener("submit", (event) => {
              event.preventDefault();
              this.login($("token").value.trim());
            });
            $("logout").addEventListener("click", () => this.loggedOut(""));
            I18N.apply(document);
            const saved = Session.token();
            if (saved) this.login(saved); else this.showLogin("");
          },
          async login(token) {
            if (!token) {
              setMessage("token-error", t("login.empty"));
              $("token").focus();
              return;
            }
            Session.save(token);
            try {
              const answer = await api("GET", "/v1/me");
              this.me = answer.json;
              $("token").value = "";
              setMessage("token-error", "");
              $("logout").hidden = false;
              this.showWho();
              this.onLogin(this.me);
            } catch (error) {
              if (error.status !== 401) {
                Session.clear();
                this.showLogin(error.message);
              }
            }
          },
          showWho() {
            $("who").textContent = this.me ? t("who", { name: this.me.name, role: t("userrole." + this.me.role, { fallback: this.me.role }) }) : "";
          },
          loggedOut(message) {
            Session.clear();
            this.me = null;
            this.showWho();
            $("logout").hidden = true;
            this.showLogin(message);
          },
          showLogin(message) {
            showView("login");
            setMessage("token-error", message);
            $("token").focus();
          },
        };
        """#
}

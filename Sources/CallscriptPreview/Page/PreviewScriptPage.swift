extension PreviewAssets {
    /// The page's first part: the API, the script picker, diagnostics, the graph and the watch
    /// that refreshes them when a file is saved (a long poll: the server answers when the
    /// files' digest changes, or after 20 seconds, and the page asks again).
    static let pageJS = #"""
        "use strict";
        // Each script keeps its own call (inputs) and contact values while the designer looks at another.
        const P = { script: null, view: null, inputs: [], run: null, watching: 0, fields: {}, calls: {} };
        const $ = (id) => document.getElementById(id);

        async function api(method, path, body) {
          const response = await fetch("api/" + path, {
            method, headers: body ? { "Content-Type": "application/json" } : {},
            body: body ? JSON.stringify(body) : undefined, cache: "no-store",
          });
          const data = await response.json().catch(() => ({}));
          if (!response.ok) throw new Error((data.error && data.error.message) || t("error.status", { status: response.status }));
          return data;
        }

        function node(tag, className, text) {
          const e = document.createElement(tag);
          if (className) e.className = className;
          if (text !== undefined) e.textContent = text;
          return e;
        }

        function showError(error) { $("page-error").textContent = error ? error.message || String(error) : ""; }

        async function loadScripts() {
          const list = await api("GET", "scripts");
          const select = $("script");
          select.replaceChildren();
          for (const path of list.scripts) {
            const option = node("option", "", path);
            option.value = path;
            select.append(option);
          }
          if (list.scripts.length === 0) { $("script-info").textContent = t("preview.none"); return; }
          const wanted = decodeURIComponent((location.hash.match(/script=([^&]+)/) || [])[1] || "");
          select.value = list.scripts.includes(wanted) ? wanted : list.scripts[0];
          P.folder = list.folder;
          await pick(select.value);
        }

        async function pick(script) {
          if (P.script) P.calls[P.script] = { inputs: P.inputs, fields: P.fields };
          const kept = P.calls[script] || { inputs: [], fields: {} };
          P.script = script;
          P.inputs = kept.inputs;
          P.fields = kept.fields;
          P.run = null;
          history.replaceState(null, "", "#script=" + encodeURIComponent(script));
          $("test-file").value = script.split("/").pop().replace(/\.call$/, "") + "-preview.calltest";
          $("test-name").value = "";
          $("save-result").replaceChildren();
          $("calltest-box").hidden = true;
          await refresh();
          watch();
        }

        // Compiles the script again (diagnostics, graph), then replays the call on the new version.
        async function refresh() {
          const script = P.script;
          const view = await api("GET", "script?path=" + encodeURIComponent(script));
          if (script !== P.script) return;
          P.view = view;
          showError(null);
          renderDiagnostics(view);
          renderGraph(view);
          renderContactFields(view);
          $("not-runnable").hidden = view.runnable;
          $("call-area").hidden = !view.runnable;
          if (view.runnable) await runCall();
        }

        function renderDiagnostics(view) {
          $("script-info").textContent = t("preview.info", { name: view.name || view.script, folder: P.folder || "." });
          const status = $("status");
          status.replaceChildren();
          let banner;
          if (view.errors > 0) {
            banner = node("div", "banner banner-error", t("preview.problems", { errors: view.errors, warnings: view.warnings }));
          } else if (view.warnings > 0) {
            banner = node("div", "banner banner-warn", t("preview.warnings", { warnings: view.warnings }));
          } else {
            banner = node("div", "banner banner-ok", t("preview.clean"));
          }
          banner.id = "summary";
          status.append(banner);
          const box = $("diagnostics");
          box.replaceChildren();
          for (const d of view.diagnostics) {
            const item = node("div", "diag diag-" + d.severity);
            item.dataset.code = d.code;
            item.append(node("p", "diag-head", d.severity + " " + d.code + " · " + d.location));
            item.append(node("pre", "", d.text));
            box.append(item);
          }
          $("updated").textContent = t("preview.updated", { time: new Date().toLocaleTimeString(I18N.lang), version: view.version });
        }

        function renderGraph(view) {
          const graph = view.graph;
          const holder = $("graph");
          holder.replaceChildren();
          $("graph-text").hidden = true;
          $("breaking").hidden = !view.breakingPath;
          const breaking = graph.format === "text" ? "preview.breaking.text" : "preview.breaking";
          $("breaking").textContent = view.breakingPath ? t(breaking, { path: view.breakingPath }) : "";
          if (graph.format === "svg") {
            const parsed = new DOMParser().parseFromString(graph.body, "image/svg+xml");
            const svg = parsed.documentElement;
            if (svg && svg.nodeName === "svg") holder.append(document.importNode(svg, true));
            $("graph-note").textContent = view.runnable ? t("preview.graph.legend") : "";
          } else if (graph.format === "text") {
            $("graph-text").textContent = graph.body;
            $("graph-text").hidden = false;
            $("graph-note").textContent = graph.failed ? t("preview.graph.failed", { note: graph.note }) : t("preview.graph.text");
          } else {
            $("graph-note").textContent = t("preview.graph.none");
          }
          markGraph();
        }

        // Marks the states this call showed (blue) and the one on screen (orange) in the SVG.
        function markGraph() {
          const visited = new Set((P.run && P.run.visited) || []);
          const current = P.run && P.run.prompt && P.run.prompt.kind !== "ended" ? P.run.prompt.state : null;
          for (const g of document.querySelectorAll("#graph g.node")) {
            const title = g.querySelector("title");
            const id = title ? title.textContent : "";
            g.classList.toggle("visited", visited.has(id));
            g.classList.toggle("current", id === current);
          }
        }

        async function watch() {
          const mine = ++P.watching;
          while (mine === P.watching) {
            try {
              const version = P.view ? P.view.version : "";
              const w = await api("GET", "watch?path=" + encodeURIComponent(P.script) + "&version=" + version);
              if (mine !== P.watching) return;
              if (w.changed) await refresh();
            } catch (error) {
              showError(error);
              await new Promise((resolve) => setTimeout(resolve, 1000));
            }
          }
        }

        document.addEventListener("DOMContentLoaded", () => {
          $("lang").value = I18N.lang;
          I18N.apply(document);
          $("lang").addEventListener("change", () => {
            I18N.setLang($("lang").value);
            if (P.view) { renderDiagnostics(P.view); renderGraph(P.view); renderCall(); }
          });
          $("script").addEventListener("change", () => pick($("script").value).catch(showError));
          wireCall();
          loadScripts().catch(showError);
        });
        """#
}

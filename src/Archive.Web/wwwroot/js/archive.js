// Progressive enhancement only: every page is complete without this script, and every control is a link or a form.
// With it: copy buttons, translation panels that switch without a page load, and results as you type.
(function () {
  "use strict";

  function copy(text, button) {
    if (!navigator.clipboard) { return; }
    navigator.clipboard.writeText(text).then(function () {
      button.setAttribute("data-copied", "");
      setTimeout(function () { button.removeAttribute("data-copied"); }, 2000);
    });
  }

  function reveal(root) {
    root.querySelectorAll("[data-copy][hidden], [data-cite][hidden]").forEach(function (el) { el.hidden = false; });
  }

  // «clause text» (in the interface language when a translation in it is shown, else the original), the attribution
  // line the server wrote, and the absolute link: the same form as the citation on a clause's own page.
  function citation(button) {
    var clause = button.closest(".clause");
    var ui = document.documentElement.lang;
    var text = (ui !== "fa" && clause.querySelector(".translation[lang='" + ui + "'] .text")) || clause.querySelector(".original .text");
    var body = text ? text.textContent.replace(/\s+/g, " ").trim() : "";
    return "«" + body + "»\n" + button.getAttribute("data-cite") + "\n" + new URL(button.getAttribute("data-cite-url"), document.baseURI).href;
  }

  // Fetch the server-rendered page for a form's current state and swap one region in place.
  function swap(form, selector, url) {
    return fetch(url, { headers: { "Accept": "text/html" } }).then(function (response) {
      return response.text().then(function (html) {
        var next = new DOMParser().parseFromString(html, "text/html").querySelector(selector);
        var current = document.querySelector(selector);
        if (!next || !current) { window.location.href = url; return; }
        current.replaceWith(next);
        reveal(next);
        history.replaceState(null, "", url);
      });
    });
  }

  function formUrl(form) {
    var params = new URLSearchParams();
    new FormData(form).forEach(function (value, key) {
      if (key === "tr") { return; }
      if (value !== "") { params.append(key, value); }
    });
    var tr = Array.prototype.map.call(form.querySelectorAll("input[name=tr]:checked"), function (el) { return el.value; });
    if (form.querySelector("input[name=tr]")) { params.set("tr", tr.join(",")); }
    var query = params.toString();
    return form.getAttribute("action") + (query ? "?" + query : "");
  }

  document.addEventListener("click", function (e) {
    var cite = e.target instanceof Element ? e.target.closest("[data-cite]") : null;
    if (cite) { e.preventDefault(); copy(citation(cite), cite); return; }
    var target = e.target instanceof Element ? e.target.closest("[data-copy]") : null;
    if (!target) { return; }
    e.preventDefault();
    var text = target.getAttribute("data-copy");
    if (target.hasAttribute("data-copy-absolute")) { text = new URL(text, document.baseURI).href; }
    copy(text, target);
  });

  // Translation panels: switching languages or layout re-renders the reader without leaving the page.
  document.addEventListener("change", function (e) {
    var form = e.target instanceof Element ? e.target.closest("form[data-swap]") : null;
    if (!form) { return; }
    swap(form, form.getAttribute("data-swap"), formUrl(form));
  });

  // Search: results follow the query as it is typed (after a short pause), and the filters apply at once.
  var timer = null;
  function liveSearch(form) {
    var q = form.querySelector("input[name=q]");
    if (!q || q.value.trim().length < 2) { return; }
    swap(form, "#results", formUrl(form));
  }
  document.addEventListener("input", function (e) {
    var form = e.target instanceof Element ? e.target.closest("form[data-live-search]") : null;
    if (!form) { return; }
    clearTimeout(timer);
    timer = setTimeout(function () { liveSearch(form); }, 300);
  });
  document.addEventListener("change", function (e) {
    var form = e.target instanceof Element ? e.target.closest("form[data-live-search]") : null;
    if (form && e.target.tagName === "SELECT") { liveSearch(form); }
  });

  reveal(document);
  document.documentElement.setAttribute("data-enhanced", "");
})();

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

  // The address the browser itself would load when the GET form is submitted: the form's action and its fields, as
  // the form encodes them. The server reads that address; the script never composes one of its own.
  function submission(form) {
    var url = new URL(form.action, document.baseURI);
    url.search = new URLSearchParams(new FormData(form)).toString();
    return url.href;
  }

  // Fetch the server-rendered page for a form's current state and swap one region in place. A newer swap of the same
  // region aborts the one before it, so a late answer never replaces newer results. An answer that is not a success
  // is shown only when its region carries the server's error notice (role=alert); else, as on a network failure, the
  // page is loaded normally.
  var pending = {};
  function swap(selector, url) {
    if (pending[selector]) { pending[selector].abort(); }
    var controller = new AbortController();
    pending[selector] = controller;
    return fetch(url, { headers: { "Accept": "text/html" }, signal: controller.signal }).then(function (response) {
      return response.text().then(function (html) {
        if (pending[selector] !== controller) { return; }
        pending[selector] = null;
        var next = new DOMParser().parseFromString(html, "text/html").querySelector(selector);
        var current = document.querySelector(selector);
        if (!next || !current || (!response.ok && !next.querySelector("[role=alert]"))) {
          window.location.href = url;
          return;
        }
        current.replaceWith(next);
        reveal(next);
        history.replaceState(null, "", url);
      });
    }).catch(function () {
      if (controller.signal.aborted) { return; }
      pending[selector] = null;
      window.location.href = url;
    });
  }

  document.addEventListener("click", function (e) {
    var cite = e.target instanceof Element ? e.target.closest("[data-cite]") : null;
    if (cite) { e.preventDefault(); copy(cite.getAttribute("data-cite"), cite); return; }
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
    swap(form.getAttribute("data-swap"), submission(form));
  });

  // Search: results follow the query as it is typed (after a short pause), and the filters apply at once; the
  // shortest query searched as it is typed is the server's (data-live-search).
  var timer = null;
  function liveSearch(form) {
    var q = form.querySelector("input[name=q]");
    var minimum = parseInt(form.getAttribute("data-live-search"), 10);
    if (!q || !(q.value.trim().length >= minimum)) { return; }
    swap("#results", submission(form));
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

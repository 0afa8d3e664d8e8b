// Progressive enhancement only: every control works as a link without this script.
(function () {
  "use strict";
  function copy(text, button) {
    if (!navigator.clipboard) { return; }
    navigator.clipboard.writeText(text).then(function () {
      button.setAttribute("data-copied", "");
      var old = button.getAttribute("aria-label") || button.textContent;
      button.setAttribute("aria-live", "polite");
      setTimeout(function () { button.removeAttribute("data-copied"); }, 2000);
      return old;
    });
  }
  document.addEventListener("click", function (e) {
    var target = e.target instanceof Element ? e.target.closest("[data-copy]") : null;
    if (!target) { return; }
    e.preventDefault();
    var text = target.getAttribute("data-copy");
    if (target.hasAttribute("data-copy-absolute")) { text = new URL(text, document.baseURI).href; }
    copy(text, target);
  });
  document.querySelectorAll("[data-copy][hidden]").forEach(function (el) { el.hidden = false; });
  document.documentElement.setAttribute("data-enhanced", "");
})();

(function () {
  "use strict";
  // j / k (or arrow keys with Alt) move between events; typing in the form is left alone.
  var events = Array.prototype.slice.call(document.querySelectorAll(".event article"));
  document.addEventListener("keydown", function (e) {
    var target = e.target;
    if (e.ctrlKey || e.metaKey || (target && /^(INPUT|TEXTAREA|SELECT|BUTTON)$/.test(target.tagName))) {
      return;
    }
    var step = e.key === "j" || (e.altKey && e.key === "ArrowDown") ? 1
      : e.key === "k" || (e.altKey && e.key === "ArrowUp") ? -1 : 0;
    if (!step || events.length === 0) {
      return;
    }
    var current = events.indexOf(document.activeElement && document.activeElement.closest
      ? document.activeElement.closest("article") : null);
    var next = current < 0 ? (step > 0 ? 0 : events.length - 1)
      : Math.min(events.length - 1, Math.max(0, current + step));
    events[next].focus();
    e.preventDefault();
  });
  // Refuse a window that ends before it starts, before asking the server.
  var from = document.getElementById("from");
  var to = document.getElementById("to");
  function check() {
    var a = from.value.trim(), b = to.value.trim();
    var bad = a && b && from.validity.patternMismatch === false && to.validity.patternMismatch === false
      && a.slice(0, Math.min(a.length, b.length)) > b.slice(0, Math.min(a.length, b.length));
    to.setCustomValidity(bad ? (document.documentElement.lang === "fr"
      ? "La fin précède le début." : "The end is before the start.") : "");
  }
  if (from && to) {
    from.addEventListener("input", check);
    to.addEventListener("input", check);
  }
}());

// A refused form's field (`autofocus` with `aria-invalid`) takes the focus. A browser skips `autofocus` when the
// address names a section (#arsipkan), which is how a refused action on the complaint page comes back, and its
// scroll to that section, after the page has loaded, moves the focus back to the page: so the focus is given
// once the page has loaded, and given back when that scroll takes it (on a slow phone it comes after our timer).
// The caret goes after the kept text only before the person types; a click elsewhere is theirs to keep.
(function () {
  var typed = false;
  var clicked = false;
  var GUARD_MS = 3000;  // how long after the load the section's scroll may still take the focus
  document.addEventListener("keydown", function () { typed = true; }, {capture: true, once: true});
  document.addEventListener("pointerdown", function () { clicked = true; }, {capture: true, once: true});

  function caretAfterKept(field) {
    if (!typed && (field.tagName === "TEXTAREA" || field.type === "text") && field.value) {
      field.setSelectionRange(field.value.length, field.value.length);  // typing goes on after what was kept
    }
  }

  function guard(field) {
    var until = Date.now() + GUARD_MS;
    field.addEventListener("blur", function back() {
      window.setTimeout(function () {
        var here = document.activeElement;
        if (clicked || Date.now() > until) {
          field.removeEventListener("blur", back);
        } else if (here === document.body || !here) {
          field.focus({preventScroll: true});  // the section's scroll took it: the caret stays where it was
        }
      }, 0);
    });
  }

  function focusRefused() {
    var field = document.querySelector("[autofocus][aria-invalid=true]");
    if (!field || clicked) {
      return;
    }
    var here = document.activeElement;
    if (here === document.body || !here || here === field) {  // the browser's own autofocus left the caret first
      field.focus({preventScroll: true});
      caretAfterKept(field);
      guard(field);
    }
  }

  function later() {
    window.setTimeout(focusRefused, 0);
  }
  if (document.readyState === "complete") {
    later();
  } else {
    window.addEventListener("load", later);
  }
})();

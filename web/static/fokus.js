// A refused form's field (`autofocus` with `aria-invalid`) takes the focus. A browser skips `autofocus` when the
// address names a section (#arsipkan), which is how a refused action on the complaint page comes back, and its
// scroll to that section, after the page has loaded, moves the focus back to the page: so the focus is given
// once the page has loaded and scrolled.
(function () {
  function focusRefused() {
    var field = document.querySelector("[autofocus][aria-invalid=true]");
    if (field && (document.activeElement === document.body || !document.activeElement)) {
      field.focus({preventScroll: true});
      if ((field.tagName === "TEXTAREA" || field.type === "text") && field.value) {
        field.setSelectionRange(field.value.length, field.value.length);  // typing goes on after what was kept
      }
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

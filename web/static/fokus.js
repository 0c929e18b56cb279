// A refused form's field (`autofocus` with `aria-invalid`) takes the focus. A browser skips `autofocus` when the
// address names a section (#arsipkan), which is how a refused action on the complaint page comes back, and its
// scroll to that section, after the page has loaded, moves the focus back to the page: so the focus is given
// once the page has loaded and scrolled.
// Once the person has pressed a key, nothing is moved: the caret stays where their typing put it.
(function () {
  var typed = false;
  document.addEventListener("keydown", function () { typed = true; }, {capture: true, once: true});
  function focusRefused() {
    var field = document.querySelector("[autofocus][aria-invalid=true]");
    if (!field || typed) {
      return;
    }
    var here = document.activeElement;
    if (here === document.body || !here || here === field) {  // the browser's own autofocus left the caret first
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

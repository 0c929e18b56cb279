// A table wider than its box scrolls sideways inside it; its hint ("Geser tabel ke samping…") shows exactly when
// it does, on any screen (without JavaScript the stylesheet shows it on narrow screens only). A desktop window
// cut the performance table's last columns off at the box's edge with no word that more was there.
(function () {
  function update() {
    document.querySelectorAll(".table-wrap[aria-describedby]").forEach(function (box) {
      var hint = document.getElementById(box.getAttribute("aria-describedby"));
      if (!hint || !hint.classList.contains("scroll-hint")) return;
      var wider = box.scrollWidth > box.clientWidth + 1;
      hint.classList.toggle("scroll-hint-on", wider);
      hint.classList.toggle("scroll-hint-off", !wider);
    });
  }
  document.addEventListener("DOMContentLoaded", update);
  window.addEventListener("resize", update);
})();

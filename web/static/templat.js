// Picking an answer template fills the chosen action's text box at once (without JavaScript the
// "Pakai templat" button reloads the page with the text filled in). The box «Untuk» follows the action the
// person opened last: an officer who opened «Tindak lanjut (TL)» got the template in the final answer
// (SELESAI, named first), and their TL box stayed empty.
document.addEventListener("DOMContentLoaded", function () {
  var form = document.getElementById("templat-form");
  if (!form) return;
  var names = Array.prototype.map.call(form.untuk.options, function (option) { return option.value; });
  document.querySelectorAll(".actions details").forEach(function (fold) {
    if (names.indexOf(fold.id) < 0) return;
    fold.addEventListener("toggle", function () {
      if (fold.open) form.untuk.value = fold.id;
    });
  });
  form.addEventListener("submit", function (event) {
    var option = form.templat.options[form.templat.selectedIndex];
    var box = document.getElementById(form.untuk.value + "-text");
    if (!option || !box) return;
    event.preventDefault();
    box.value = option.getAttribute("data-body");
    box.closest("details").open = true;
    box.focus();
  });
});

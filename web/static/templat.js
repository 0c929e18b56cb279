// Picking an answer template fills the chosen action's text box at once (without JavaScript the
// "Pakai templat" button reloads the page with the text filled in).
document.addEventListener("DOMContentLoaded", function () {
  var form = document.getElementById("templat-form");
  if (!form) return;
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

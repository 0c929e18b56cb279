// A file box in the page's language: the browser's own control reads «Choose File · No file chosen» in an English
// browser. The native input stays (hidden to the eye, still focusable and in the form); a label beside it opens the
// picker and a line names the chosen file. Its words come from the layout (`data-file-*` on <body>). Without
// JavaScript the browser's control is shown.
document.addEventListener("DOMContentLoaded", function () {
  var words = document.body.dataset;
  document.querySelectorAll("input[type=file][id]").forEach(function (input) {
    var button = document.createElement("label");
    button.htmlFor = input.id;
    button.className = "button secondary file-button";
    button.textContent = words.fileChoose;
    var chosen = document.createElement("span");
    chosen.className = "file-chosen";
    chosen.setAttribute("aria-live", "polite");
    var show = function () {
      chosen.textContent = input.files && input.files.length ? input.files[0].name : words.fileNone;
    };
    show();
    input.classList.add("visually-hidden");
    input.after(button, " ", chosen);
    input.addEventListener("change", show);
  });
});

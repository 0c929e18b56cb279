// A file larger than the upload limit is refused in the browser before anything is sent, so that the typed text
// stays where it is (without JavaScript the server refuses it and shows the page again with the text kept).
document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll("input[type=file][data-max-bytes]").forEach(function (input) {
    input.addEventListener("change", function () {
      var limit = Number(input.getAttribute("data-max-bytes"));
      var file = input.files && input.files[0];
      input.setCustomValidity(file && file.size > limit ? input.getAttribute("data-too-large") : "");
      input.reportValidity();
    });
  });
});

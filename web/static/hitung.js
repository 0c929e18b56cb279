// A text box with a limit (`data-limit`) says in its hint how many characters it holds as it is typed, counted as
// the server counts them (web.WithinLength): each character once — an emoji too, which JavaScript's `length`
// counts twice — and a line break once (the browser sends it as CRLF; the server reads it as one).
(function () {
  function written(number) {
    return String(number).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  }

  function counted(text) {
    return Array.from(text.replace(/\r\n/g, "\n")).length;
  }

  function attach(box) {
    var limit = parseInt(box.getAttribute("data-limit"), 10);
    var hintId = (box.getAttribute("aria-describedby") || "").split(" ")[0];
    var hint = hintId && document.getElementById(hintId);
    if (!limit || !hint) return;
    var count = document.createElement("span");
    count.className = "count";
    hint.appendChild(document.createTextNode(" "));
    hint.appendChild(count);
    function update() {
      var size = counted(box.value);
      var over = size - limit;
      count.textContent = written(size) + " dari " + written(limit) + " karakter" +
        (over > 0 ? ", kelebihan " + written(over) : "") + ".";
      count.classList.toggle("over", over > 0);
    }
    box.addEventListener("input", update);
    update();
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("[data-limit]").forEach(attach);
  });
})();

// Picking an answer template fills the chosen action's text box at once (without JavaScript the
// "Pakai templat" button reloads the page with the text filled in). The box «Untuk» follows the action the
// person opened last: an officer who opened «Tindak lanjut (TL)» got the template in the final answer
// (SELESAI, named first), and their TL box stayed empty.
// The template goes in where the cursor stands (over the words selected), never over what was typed: it replaced
// the whole box. A box holding nothing but a template, untouched, takes the next template instead (a wrong pick).
document.addEventListener("DOMContentLoaded", function () {
  var form = document.getElementById("templat-form");
  if (!form) return;
  var names = Array.prototype.map.call(form.untuk.options, function (option) { return option.value; });
  var bodies = Array.prototype.map.call(form.templat.options, function (option) {
    return option.getAttribute("data-body").trim();
  });
  var placed = {};  // the boxes whose cursor the person placed (a box never touched takes text at its end)
  document.querySelectorAll(".actions details").forEach(function (fold) {
    if (names.indexOf(fold.id) < 0) return;
    fold.addEventListener("toggle", function () {
      if (fold.open) form.untuk.value = fold.id;
    });
    var box = document.getElementById(fold.id + "-text");
    if (!box) return;
    ["keyup", "mouseup", "select", "input"].forEach(function (kind) {
      box.addEventListener(kind, function () { placed[box.id] = true; });
    });
  });

  function insert(box, body) {
    var text = box.value;
    if (!text.trim() || bodies.indexOf(text.trim()) >= 0) {
      box.value = body;
      box.setSelectionRange(body.length, body.length);
      return;
    }
    var start = placed[box.id] ? box.selectionStart : text.length;
    var end = placed[box.id] ? box.selectionEnd : text.length;
    var before = text.slice(0, start), after = text.slice(end);
    var added = (before && !/\s$/.test(before) ? "\n" : "") + body + (after && !/^\s/.test(after) ? "\n" : "");
    box.setRangeText(added, start, end, "end");
    if (after && !/^\s/.test(after)) box.setSelectionRange(start + added.length - 1, start + added.length - 1);
  }

  form.addEventListener("submit", function (event) {
    var option = form.templat.options[form.templat.selectedIndex];
    var box = document.getElementById(form.untuk.value + "-text");
    if (!option || !box) return;
    event.preventDefault();
    insert(box, option.getAttribute("data-body"));
    box.dispatchEvent(new Event("input", {bubbles: true}));
    box.closest("details").open = true;
    box.focus();
  });
});

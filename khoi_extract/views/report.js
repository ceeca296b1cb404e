// Event table filter: every word typed must occur in the row (accents optional).
// Row texts are pre-folded by report.py into data-search.
(function () {
  var box = document.getElementById("q");
  var shown = document.getElementById("shown");
  if (!box) { return; }
  var rows = Array.prototype.slice.call(document.querySelectorAll("#events-table tbody tr"));
  function fold(s) {
    return s.replace(/đ/g, "d").replace(/Đ/g, "D").normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }
  function apply() {
    var words = fold(box.value).split(/\s+/).filter(Boolean);
    var n = 0;
    rows.forEach(function (row) {
      var text = row.getAttribute("data-search") || "";
      var ok = words.every(function (w) { return text.indexOf(w) >= 0; });
      row.hidden = !ok;
      if (ok) { n += 1; }
    });
    shown.textContent = String(n);
  }
  box.addEventListener("input", apply);
  // report.html?q=words opens the page already filtered (a link one can share)
  var given = new URLSearchParams(window.location.search).get("q");
  if (given) { box.value = given; }
  if (box.value) { apply(); }
})();

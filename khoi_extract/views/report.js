// Draws the events and articles tables from the page's JSON (a string table keeps
// a 10,000-article page light), then filters events: every word typed must occur
// in the row (accents optional).
(function () {
  var src = document.getElementById("report-data");
  if (!src) { return; }
  var data = JSON.parse(src.textContent);
  var S = data.strings;
  function str(i) { return i === null ? "" : S[i]; }
  function esc(s) {
    return String(s).replace(/&/g, "&amp;").replace(/[<]/g, "&lt;").replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;").replace(/'/g, "&#x27;");
  }
  function fold(s) {
    return s.replace(/đ/g, "d").replace(/Đ/g, "D").normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }
  // the same names as report.py's _anchor and page_name (+ urllib's quote)
  function anchor(id) { return "doc-" + id.replace(/[^A-Za-z0-9_.-]/gu, "_"); }
  function href(doc) {
    var id = str(doc[0]);
    if (!doc[7]) { return "#" + anchor(id); }
    var name = encodeURIComponent(id.replace(/[\/\\]/g, "_") + ".html")
      .replace(/[!'()*]/g, function (c) { return "%" + c.charCodeAt(0).toString(16).toUpperCase(); });
    return data.pages + "/" + name;
  }
  function link(doc) { return '<a class="doc" href="' + esc(href(doc)) + '">' + esc(str(doc[0])) + "</a>"; }

  var evRows = [], searches = [];
  data.events.forEach(function (ev) {
    var doc = data.docs[ev[0]];
    var cells = [ev[1], ev[2], ev[3], ev[4], ev[5], ev[6], ev[7]].map(str);
    searches.push(fold([str(doc[0]), str(doc[1]), str(ev[9])].concat(cells).join(" ")));
    evRows.push("<tr><td>" + link(doc) + "</td>" + cells.map(function (c) { return "<td>" + esc(c) + "</td>"; }).join("")
      + '<td class="num">' + ev[8] + "</td><td>" + esc(str(ev[9])) + "</td></tr>");
  });
  document.querySelector("#events-table tbody").innerHTML = evRows.join("");
  document.querySelector("#articles-table tbody").innerHTML = data.docs.map(function (doc) {
    var warn = doc[6] ? '<span class="badge warn" title="' + esc(str(doc[5])) + '">' + doc[6] + "</span>" : "";
    return '<tr id="' + esc(anchor(str(doc[0]))) + '"><td>' + link(doc) + "</td><td>" + esc(str(doc[1]))
      + "</td><td>" + esc(str(doc[2])) + "</td><td>" + esc(str(doc[3])) + '</td><td class="num">' + doc[4]
      + "</td><td>" + warn + "</td></tr>";
  }).join("");
  if (window.location.hash) {  // the row a link points at exists only now
    var target = document.getElementById(decodeURIComponent(window.location.hash.slice(1)));
    if (target) { target.scrollIntoView(); }
  }

  var box = document.getElementById("q");
  var shown = document.getElementById("shown");
  var rows = Array.prototype.slice.call(document.querySelectorAll("#events-table tbody tr"));
  function apply() {
    var words = fold(box.value).split(/\s+/).filter(Boolean);
    var n = 0;
    rows.forEach(function (row, i) {
      var ok = words.every(function (w) { return searches[i].indexOf(w) >= 0; });
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

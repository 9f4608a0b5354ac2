// workbench report: tabs, sortable tables, caller/callee panels. No library, nothing loaded from anywhere.
(function () {
  'use strict';
  // A flame graph sizes its canvas once, when it loads: it is loaded when its tab is first shown, not before.
  function load(section) {
    section.querySelectorAll('iframe[data-srcdoc]').forEach(function (f) {
      f.srcdoc = f.dataset.srcdoc;
      f.removeAttribute('data-srcdoc');
    });
  }
  function show(id) {
    document.querySelectorAll('section.tab').forEach(function (s) { s.hidden = s.id !== id; });
    load(document.getElementById(id));
    document.querySelectorAll('nav.tabs button').forEach(function (b) {
      b.classList.toggle('active', b.dataset.tab === id);
    });
  }
  document.querySelectorAll('nav.tabs button').forEach(function (b) {
    b.addEventListener('click', function () { show(b.dataset.tab); });
  });
  var first = document.querySelector('section.tab');
  if (first) load(first);

  // A click on a heading sorts by that column; numbers descending first (the biggest cost on top), text ascending.
  function sortBy(table, th) {
    var index = Array.prototype.indexOf.call(th.parentNode.children, th);
    var numeric = th.dataset.type === 'num';
    var descending = th.classList.contains('desc') ? false : th.classList.contains('asc') ? true : numeric;
    table.querySelectorAll('th').forEach(function (h) { h.classList.remove('asc', 'desc'); });
    th.classList.add(descending ? 'desc' : 'asc');
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = a.cells[index].dataset.v, y = b.cells[index].dataset.v;
      var c = numeric ? parseFloat(x) - parseFloat(y) : x.localeCompare(y);
      return descending ? -c : c;
    });
    rows.forEach(function (r) { body.appendChild(r); });
  }
  document.querySelectorAll('table.sortable').forEach(function (table) {
    table.querySelectorAll('th').forEach(function (th) {
      th.addEventListener('click', function () { sortBy(table, th); });
    });
  });

  // A click on a function shows its callers and callees, in the panel kept for it; a click on one of those, its own.
  document.querySelectorAll('tr[data-row]').forEach(function (tr) {
    tr.addEventListener('click', function () {
      var section = tr.closest('section');
      section.querySelectorAll('tr.selected').forEach(function (r) { r.classList.remove('selected'); });
      section.querySelectorAll('.edges').forEach(function (p) { p.hidden = true; });
      var panel = document.getElementById(tr.dataset.row);
      if (!panel) return;
      panel.hidden = false;
      // the function's row in the main table, also when the click came from a caller or callee in a panel
      section.querySelectorAll('table.functions tr[data-row="' + tr.dataset.row + '"]').forEach(function (r) {
        r.classList.add('selected');
      });
    });
  });
})();

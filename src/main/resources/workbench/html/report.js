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
    if (table.classList.contains('functions')) close(table.closest('section')); // an open panel would lose its row
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

  // A click on a function opens its callers and callees under its row, at the table's full width; a click on one of
  // those goes to that function's own; a second click on an open function closes it.
  function close(section) {
    section.querySelectorAll('tr.detail').forEach(function (d) {
      var panel = d.querySelector('.edges');
      panel.hidden = true;
      section.querySelector('.panels').appendChild(panel);
      d.parentNode.removeChild(d);
    });
    section.querySelectorAll('tr.selected').forEach(function (r) { r.classList.remove('selected'); });
  }
  function open(section, id) {
    var row = section.querySelector('table.functions tr[data-row="' + id + '"]');
    var panel = document.getElementById(id);
    var wasOpen = row && row.classList.contains('selected');
    close(section);
    if (!row || !panel || wasOpen) return;
    var detail = document.createElement('tr');
    detail.className = 'detail';
    var cell = document.createElement('td');
    cell.colSpan = row.cells.length;
    cell.appendChild(panel);
    detail.appendChild(cell);
    row.parentNode.insertBefore(detail, row.nextSibling);
    panel.hidden = false;
    row.classList.add('selected');
    row.scrollIntoView({block: 'nearest'});
  }
  document.querySelectorAll('tr[data-row]').forEach(function (tr) {
    tr.addEventListener('click', function (event) {
      event.stopPropagation(); // a caller's row sits inside its callee's open row
      open(tr.closest('section'), tr.dataset.row);
    });
  });
})();

/* Sverka report: the little that needs a script. Loaded from a file beside the pages (the web
   app's Content-Security-Policy allows no inline script); loads nothing from the network. */
(function () {
  'use strict';

  /* Quotations page: checkboxes filter by verdict; the quotation a link points to is always shown. */
  function verdictFilter() {
    var form = document.getElementById('filter');
    if (!form) {
      return;
    }
    function apply() {
      var on = {};
      form.querySelectorAll('input').forEach(function (i) { on[i.value] = i.checked; });
      var target = decodeURIComponent(location.hash.slice(1));
      document.querySelectorAll('section.quote').forEach(function (s) {
        s.hidden = !(s.id === target ||
          s.dataset.verdicts.split(' ').some(function (v) { return on[v]; }));
      });
      var t = target && document.getElementById(target);
      if (t) {
        t.scrollIntoView({block: 'start'});
      }
    }
    form.addEventListener('change', apply);
    window.addEventListener('hashchange', apply);
    apply();
  }

  /* Document pages: #L12 or #L12-15 marks those lines and shows their citation; a shift-click on a
     line number extends the marked lines to it. */
  function lineSelection() {
    var main = document.querySelector('main.text');
    if (!main) {
      return;
    }
    var cite = document.createElement('div');
    cite.id = 'cite';
    cite.hidden = true;
    document.body.appendChild(cite);
    function select() {
      document.querySelectorAll('.l.sel').forEach(function (e) { e.classList.remove('sel'); });
      var m = /^#L(\d+)(?:-L?(\d+))?$/.exec(location.hash);
      if (!m) {
        cite.hidden = true;
        return;
      }
      var a = parseInt(m[1], 10);
      var b = m[2] ? parseInt(m[2], 10) : a;
      if (b < a) {
        var t = a; a = b; b = t;
      }
      for (var i = a; i <= b; i++) {
        var line = document.getElementById('L' + i);
        if (line) {
          line.classList.add('sel');
        }
      }
      var first = document.getElementById('L' + a);
      if (first) {
        first.scrollIntoView({block: 'center'});
      }
      cite.textContent = main.dataset.doc + ':' + (a === b ? a : a + '-' + b);
      cite.hidden = false;
    }
    main.addEventListener('click', function (ev) {
      var ln = ev.target.closest('a.ln');
      var m = /^#L(\d+)/.exec(location.hash);
      if (!ln || !ev.shiftKey || !m) {
        return;
      }
      ev.preventDefault();
      var a = parseInt(m[1], 10);
      var b = parseInt(ln.getAttribute('href').slice(2), 10);
      location.hash = '#L' + Math.min(a, b) + '-' + Math.max(a, b);
    });
    window.addEventListener('hashchange', select);
    select();
  }

  /* Document pages: checkboxes show or hide each kind of highlight (quotations, reuse, names,
     dates, figure checks) in the text and the margin. */
  function layers() {
    var form = document.getElementById('layers');
    var main = document.querySelector('main.text');
    if (!form || !main) {
      return;
    }
    form.addEventListener('change', function () {
      form.querySelectorAll('input').forEach(function (i) {
        main.classList.toggle('no-' + i.value, !i.checked);
      });
    });
  }

  /* Every page: the header's search box is for sverka serve; the static report (file://) has no
     server to ask, so there it stays hidden and search.html says how to search. */
  function searchBox() {
    if (location.protocol !== 'http:' && location.protocol !== 'https:') {
      return;
    }
    document.querySelectorAll('form.search[hidden]').forEach(function (f) { f.hidden = false; });
  }

  verdictFilter();
  lineSelection();
  layers();
  searchBox();
})();

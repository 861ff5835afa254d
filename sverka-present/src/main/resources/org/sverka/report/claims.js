/* Sverka's claims editor, for `sverka serve --claims FILE` (pages marked data-claims="edit"; the
   static report has no such page, so nothing here runs there). In a document: select a line or a
   range, press "New claim", fill the form; on the claims page: edit or delete a claim. Every write
   goes to /api/claims with the version of the file it was made against (If-Match); the server
   edits the file's text, checks it, keeps a backup and answers the new findings. */
(function () {
  'use strict';

  var main = document.querySelector('main[data-claims="edit"]');
  if (!main) {
    return;
  }
  var API = '/api/claims';
  var SHAPES = ['presence', 'event', 'stance'];
  var state = null; /* the last GET /api/claims */

  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === 'text') {
        e.textContent = attrs[k];
      } else if (attrs[k] !== null && attrs[k] !== undefined && attrs[k] !== false) {
        e.setAttribute(k, attrs[k] === true ? '' : attrs[k]);
      }
    });
    (children || []).forEach(function (c) {
      e.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
    });
    return e;
  }

  function load() {
    return fetch(API, {headers: {'Accept': 'application/json'}})
      .then(function (r) { return r.json(); })
      .then(function (j) {
        state = j;
        return j;
      });
  }

  function send(method, url, body) {
    var init = {method: method, headers: {'If-Match': '"' + state.version + '"'}};
    if (body) {
      init.headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    return fetch(url, init).then(function (r) {
      return r.json().then(function (j) { return {ok: r.ok, status: r.status, json: j}; });
    });
  }

  /* ---- the form ------------------------------------------------------------------------- */

  function field(label, input, hint) {
    return el('label', {}, [el('span', {text: label}), input].concat(
      hint ? [el('small', {text: hint})] : []));
  }

  function datalist(id, values) {
    return el('datalist', {id: id}, values.map(function (v) { return el('option', {value: v}); }));
  }

  function shapeOf(c) {
    if (c.who !== undefined || c.where !== undefined || c.when !== undefined) {
      return 'presence';
    }
    if (c.event !== undefined || c.slot !== undefined || c.value !== undefined) {
      return 'event';
    }
    return c.proposition !== undefined || c.stance !== undefined ? 'stance' : 'presence';
  }

  function list(v) {
    return v === undefined || v === null ? [] : Array.isArray(v) ? v : [v];
  }

  /* Opens the form: `claim` holds the fields to start from; `editing` the id of a claim to
     replace (else the claim is new); `context` what the document says (cited text, hints). */
  function open(claim, editing, context) {
    var old = document.getElementById('claim-editor');
    if (old) {
      old.remove();
    }
    var s = state;
    var f = el('form', {id: 'claim-form', novalidate: true});
    var panel = el('aside', {id: 'claim-editor', 'aria-label': 'claim editor'}, [f]);
    f.appendChild(el('h2', {text: editing ? 'Edit claim ' + editing : 'New claim'}));
    if (context && context.text) {
      f.appendChild(el('blockquote', {class: 'cited', text: context.text}));
    }
    var inputs = {};
    function input(name, value, attrs) {
      var i = el('input', Object.assign({name: name, value: value || ''}, attrs || {}));
      inputs[name] = i;
      return i;
    }
    f.appendChild(field('id', input('id', claim.id, {required: true, pattern: '[A-Za-z0-9][A-Za-z0-9._-]*'})));
    f.appendChild(field('cite', input('cite', claim.cite, {required: true}), 'DOC:LINE or DOC:LINE-LINE'));
    f.appendChild(datalist('cl-saidby', s.people.map(function (p) { return p.id; })
      .concat(s.saidBy.filter(function (b) {
        return !s.people.some(function (p) { return p.id === b; });
      }))));
    f.appendChild(field('said by', input('saidBy', claim.saidBy, {list: 'cl-saidby', required: true}),
      context && context.saidByHint ? 'the document: ' + context.saidByHint : 'who asserts it'));
    f.appendChild(field('said on', input('saidOn', claim.saidOn, {
      placeholder: context && context.saidOnHint ? context.saidOnHint : ''
    }), 'EDTF; empty: the cited part\'s date, else the document\'s'));
    var trust = el('select', {name: 'trust'}, [
      el('option', {value: '', text: 'asserted (default)'}),
      el('option', {value: 'asserted', text: 'asserted'}),
      el('option', {value: 'established', text: 'established (accepted as fact)'})]);
    trust.value = claim.trust || '';
    inputs.trust = trust;
    f.appendChild(field('trust', trust));

    var shape = shapeOf(claim);
    var radios = el('fieldset', {class: 'shape'}, [el('legend', {text: 'the claim says'})]);
    SHAPES.forEach(function (sh) {
      var r = el('input', {type: 'radio', name: 'shape', value: sh, checked: sh === shape});
      radios.appendChild(el('label', {class: 'inline'}, [r, ' ' + {
        presence: 'who was where, when', event: 'a version of an event', stance: 'a stance'
      }[sh]]));
    });
    f.appendChild(radios);

    /* presence */
    var pres = el('fieldset', {'data-shape': 'presence'}, [el('legend', {text: 'presence'})]);
    var who = list(claim.who);
    var whoBoxes = [];
    if (s.people.length) {
      var box = el('div', {class: 'who'});
      s.people.forEach(function (p) {
        var c = el('input', {type: 'checkbox', name: 'who', value: p.id, checked: who.indexOf(p.id) >= 0});
        whoBoxes.push(c);
        box.appendChild(el('label', {class: 'inline', title: p.id}, [c, ' ' + p.name]));
      });
      pres.appendChild(el('div', {class: 'group'}, [el('span', {text: 'who'}), box]));
    } else {
      pres.appendChild(field('who', input('who', who.join(', ')), 'person ids, separated by commas'));
    }
    var where = el('select', {name: 'where'}, [el('option', {value: '', text: '(choose a place)'})]
      .concat(s.places.map(function (p) {
        return el('option', {value: p.id, text: p.name + (p.within ? ' (in ' + p.within + ')' : '')});
      })));
    where.value = claim.where || '';
    inputs.where = where;
    pres.appendChild(field('where', where));
    pres.appendChild(field('when', input('when', claim.when), 'EDTF: 1932-11, 1932-11-23/1932-12-02, 1935~'));
    var throughout = el('input', {type: 'checkbox', name: 'throughout', checked: claim.throughout === 'true'});
    pres.appendChild(el('label', {class: 'inline'}, [throughout, ' for the whole of that time (throughout)']));
    f.appendChild(pres);

    /* event */
    var ev = el('fieldset', {'data-shape': 'event'}, [el('legend', {text: 'version of an event'})]);
    ev.appendChild(datalist('cl-events', s.events.map(function (e) { return e.id; })));
    ev.appendChild(field('event', input('event', claim.event, {list: 'cl-events'})));
    var slots = datalist('cl-slots', []);
    ev.appendChild(slots);
    ev.appendChild(field('slot', input('slot', claim.slot, {list: 'cl-slots'})));
    var value = el('textarea', {name: 'value', rows: '3'});
    value.value = list(claim.value).join('\n');
    inputs.value = value;
    ev.appendChild(field('value', value, 'one value a line (several only where the slot admits many)'));
    function fillSlots() {
      var e = s.events.filter(function (x) { return x.id === inputs.event.value.trim(); })[0];
      slots.replaceChildren.apply(slots, (e ? e.single.concat(e.many) : [])
        .map(function (v) { return el('option', {value: v}); }));
    }
    inputs.event.addEventListener('input', fillSlots);
    fillSlots();
    f.appendChild(ev);

    /* stance */
    var st = el('fieldset', {'data-shape': 'stance'}, [el('legend', {text: 'stance'})]);
    st.appendChild(datalist('cl-props', s.propositions));
    st.appendChild(field('proposition', input('proposition', claim.proposition, {list: 'cl-props'})));
    var stance = el('select', {name: 'stance'}, [
      el('option', {value: 'affirms', text: 'affirms'}), el('option', {value: 'denies', text: 'denies'})]);
    stance.value = claim.stance || 'affirms';
    inputs.stance = stance;
    st.appendChild(field('stance', stance));
    f.appendChild(st);

    f.appendChild(field('note', input('note', claim.note)));
    var problems = el('div', {class: 'problems', role: 'alert'});
    f.appendChild(problems);
    var save = el('button', {type: 'submit', class: 'save', text: 'Save'});
    var cancel = el('button', {type: 'button', class: 'cancel', text: 'Cancel'});
    f.appendChild(el('p', {class: 'buttons'}, [save, ' ', cancel]));

    function showShape() {
      var on = f.querySelector('input[name=shape]:checked').value;
      f.querySelectorAll('fieldset[data-shape]').forEach(function (fs) {
        fs.hidden = fs.getAttribute('data-shape') !== on;
      });
    }
    radios.addEventListener('change', showShape);
    showShape();
    cancel.addEventListener('click', function () { panel.remove(); });

    function collect() {
      var out = {};
      ['id', 'cite', 'saidBy', 'saidOn', 'trust', 'note'].forEach(function (k) {
        var v = inputs[k].value.trim();
        if (v) {
          out[k] = v;
        }
      });
      var on = f.querySelector('input[name=shape]:checked').value;
      if (on === 'presence') {
        out.who = s.people.length
          ? whoBoxes.filter(function (c) { return c.checked; }).map(function (c) { return c.value; })
          : inputs.who.value.split(',').map(function (x) { return x.trim(); }).filter(Boolean);
        out.where = inputs.where.value;
        out.when = inputs.when.value.trim();
        if (throughout.checked) {
          out.throughout = 'true';
        } else if (claim.throughout !== undefined) {
          out.throughout = 'false';
        }
      } else if (on === 'event') {
        out.event = inputs.event.value.trim();
        out.slot = inputs.slot.value.trim();
        var values = inputs.value.value.split('\n').map(function (x) { return x.trim(); }).filter(Boolean);
        var def = s.events.filter(function (x) { return x.id === out.event; })[0];
        var many = (def && def.many.indexOf(out.slot) >= 0) || Array.isArray(claim.value);
        /* several values for a single slot go as a list: the check says why that is refused */
        out.value = many || values.length > 1 ? values : values.join('');
      } else {
        out.proposition = inputs.proposition.value.trim();
        out.stance = inputs.stance.value;
      }
      return out;
    }

    f.addEventListener('submit', function (e) {
      e.preventDefault();
      problems.replaceChildren();
      save.disabled = true;
      var body = collect();
      var req = editing
        ? send('PUT', API + '/' + encodeURIComponent(editing), body)
        : send('POST', API, body);
      req.then(function (r) {
        save.disabled = false;
        if (!r.ok) {
          problems.appendChild(el('p', {text: r.json.error}));
          var ul = el('ul');
          (r.json.problems || []).forEach(function (p) { ul.appendChild(el('li', {text: p})); });
          problems.appendChild(ul);
          return;
        }
        state = r.json;
        saved(panel, body.id, r.json);
      }, function (err) {
        save.disabled = false;
        problems.appendChild(el('p', {text: 'not saved: ' + err}));
      });
    });
    document.body.appendChild(panel);
    inputs.id.focus();
    return panel;
  }

  /* After a save: on the claims page the list is shown anew; in a document, what it found. */
  function saved(panel, id, j) {
    if (!main.dataset.doc) {
      location.reload();
      return;
    }
    var mine = j.findings.filter(function (x) { return x.claims.indexOf(id) >= 0; });
    panel.replaceChildren(el('div', {id: 'claim-saved'}, [
      el('h2', {text: 'Saved claim ' + id}),
      el('p', {text: j.file + ' now holds ' + j.claims.length + ' claims (the previous file is ' +
        j.backup + '). This claim takes part in ' + mine.length +
        (mine.length === 1 ? ' finding' : ' findings') + '.'}),
      el('ul', {}, mine.map(function (x) {
        return el('li', {}, [el('span', {class: 'verdict c-' + x.certainty, text: x.certainty}), ' ',
          el('span', {class: 'verdict', text: x.type}), ' ' + x.explanation]);
      })),
      el('p', {}, [el('a', {href: '../findings.html', class: 'to-findings', text: 'See all findings'}),
        ' · ', el('a', {href: '../claims.html', text: 'All claims'})]),
      el('p', {}, [el('button', {type: 'button', class: 'cancel', text: 'Close'})])]));
    panel.querySelector('button.cancel').addEventListener('click', function () { panel.remove(); });
  }

  /* ---- documents: a new claim from the selected lines ------------------------------------ */

  function selection() {
    var m = /^#L(\d+)(?:-L?(\d+))?$/.exec(location.hash);
    if (!m) {
      return null;
    }
    var a = parseInt(m[1], 10);
    var b = m[2] ? parseInt(m[2], 10) : a;
    return {a: Math.min(a, b), b: Math.max(a, b)};
  }

  function slug(s) {
    return (s || '').toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  }

  /* who the document's author is among the file's people: same name, else same last word */
  function person(author) {
    if (!author) {
      return '';
    }
    var a = author.toLowerCase();
    var last = a.split(/\s+/).pop();
    var hit = state.people.filter(function (p) { return p.name.toLowerCase() === a; })[0] ||
      state.people.filter(function (p) { return p.name.toLowerCase().split(/\s+/).pop() === last; })[0];
    return hit ? hit.id : slug(author);
  }

  function documentPage() {
    var doc = main.dataset.doc;
    var button = el('button', {type: 'button', id: 'new-claim', hidden: true, text: 'New claim'});
    document.body.appendChild(button);
    function show() {
      button.hidden = !selection();
    }
    window.addEventListener('hashchange', show);
    show();
    button.addEventListener('click', function () {
      var sel = selection();
      if (!sel) {
        return;
      }
      var cite = doc + ':' + (sel.a === sel.b ? sel.a : sel.a + '-' + sel.b);
      var text = [];
      for (var i = sel.a; i <= sel.b; i++) {
        var t = document.querySelector('#L' + i + ' .t');
        if (t) {
          text.push(t.textContent);
        }
      }
      Promise.all([load(), fetch('/api/docs/' + encodeURIComponent(doc)).then(function (r) { return r.json(); })])
        .then(function (r) {
          var d = r[1];
          var part = (d.parts || []).filter(function (p) {
            return p.lineStart <= sel.a && sel.a <= p.lineEnd;
          })[0] || {};
          var author = part.author || d.author;
          var date = part.date || d.date;
          open({
            id: slug(doc) + '-' + (sel.a === sel.b ? sel.a : sel.a + '-' + sel.b),
            cite: cite,
            saidBy: person(author)
          }, null, {
            text: text.join('\n'),
            saidByHint: author || '',
            saidOnHint: date ? 'default: ' + date + (part.date ? ' (the part\'s date)' : ' (the document\'s date)') : ''
          });
        });
    });
  }

  /* ---- the claims page: edit and delete --------------------------------------------------- */

  function claimsPage() {
    main.addEventListener('click', function (e) {
      var b = e.target.closest('button[data-id]');
      if (!b) {
        return;
      }
      var id = b.dataset.id;
      if (b.classList.contains('edit')) {
        load().then(function (j) {
          var c = j.claims.filter(function (x) { return x.id === id; })[0];
          if (c) {
            open(c, id, {text: c.text});
          }
        });
      } else if (b.classList.contains('delete')) {
        if (!b.classList.contains('armed')) {
          b.classList.add('armed');
          b.textContent = 'Delete ' + id + '?';
          return;
        }
        b.disabled = true;
        load().then(function () {
          return send('DELETE', API + '/' + encodeURIComponent(id));
        }).then(function (r) {
          if (r.ok) {
            location.reload();
          } else {
            b.disabled = false;
            b.textContent = r.json.error;
          }
        });
      }
    });
  }

  if (main.dataset.doc) {
    documentPage();
  } else {
    claimsPage();
  }
})();

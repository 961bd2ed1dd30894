// dossier's page script: in the article view, clicking a record selects its trigger in the text
// and clicking an actor opens its page (every mention of it);
// in the filter form, changing a select submits it. No network access, no libraries.
document.querySelectorAll('[data-record]').forEach(function (el) {
  el.addEventListener('click', function () {
    var id = el.getAttribute('data-record');
    document.querySelectorAll('mark.trigger').forEach(function (m) {
      m.classList.toggle('selected', m.getAttribute('data-record') === id);
    });
  });
});
document.querySelectorAll('form.filters select').forEach(function (s) {
  s.addEventListener('change', function () { s.form.submit(); });
});
document.querySelectorAll('mark.actor[data-entity]').forEach(function (m) {
  m.style.cursor = 'pointer';
  m.addEventListener('click', function () {
    window.location.href = '/entity/' + encodeURIComponent(m.getAttribute('data-entity'));
  });
});

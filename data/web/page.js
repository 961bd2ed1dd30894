// dossier's page script: in the article view, clicking a record selects its trigger in the text;
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

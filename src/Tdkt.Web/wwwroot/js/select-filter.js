// Pickers with search: a <select data-filter> gets a search box above it that hides the options not matching what is
// typed (accents and case ignored, so "tan phong" finds "Phường Tân Phong"). The select stays the form field.
(function () {
  'use strict';
  function fold(s) {
    return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
  }
  document.querySelectorAll('select[data-filter]').forEach(function (select) {
    var box = document.createElement('input');
    box.type = 'search';
    box.className = 'form-control form-control-sm mb-1';
    box.placeholder = 'Gõ để tìm theo tên…';
    var label = select.labels && select.labels.length ? select.labels[0].textContent.trim() : 'danh sách';
    box.setAttribute('aria-label', 'Tìm trong ' + label);
    box.addEventListener('input', function () {
      var q = fold(box.value.trim());
      var first = null;
      Array.prototype.forEach.call(select.options, function (o) {
        var show = !q || o.value === '' || fold(o.text).indexOf(q) >= 0;
        o.hidden = !show;
        if (show && o.value !== '' && !first) { first = o; }
      });
      if (q && first && !select.multiple && (select.selectedOptions.length === 0 || select.selectedOptions[0].hidden)) { first.selected = true; }
    });
    select.parentNode.insertBefore(box, select);
  });
})();

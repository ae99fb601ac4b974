// Nominee grid (Pages/Nominations/NomineeGrid): a block pasted from Excel (tab-separated lines) is sent to the server with the
// cell it landed on; the server fills the rows and checks every cell. Arrow up/down and Enter move between rows.
(function () {
  'use strict';
  var form = document.getElementById('nominee-grid-form');
  if (!form) { return; }

  form.addEventListener('paste', function (e) {
    var cell = e.target.closest('[data-col]');
    if (!cell || !e.clipboardData) { return; }
    var text = e.clipboardData.getData('text/plain');
    if (text.replace(/[\r\n]+$/, '').indexOf('\t') < 0 && !/[\r\n]./.test(text)) { return; } // one value: the browser pastes it
    e.preventDefault();
    document.getElementById('grid-paste-text').value = text;
    document.getElementById('grid-paste-row').value = cell.dataset.row;
    document.getElementById('grid-paste-col').value = cell.dataset.col;
    form.requestSubmit(document.getElementById('grid-paste-submit'));
  });

  form.addEventListener('keydown', function (e) {
    var cell = e.target.closest('input[data-col]');
    if (!cell || (e.key !== 'ArrowDown' && e.key !== 'ArrowUp' && e.key !== 'Enter')) { return; }
    var row = Number(cell.dataset.row) + (e.key === 'ArrowUp' ? -1 : 1);
    var next = document.getElementById('g-' + row + '-' + cell.dataset.col);
    if (next) { e.preventDefault(); next.focus(); }
  });
})();

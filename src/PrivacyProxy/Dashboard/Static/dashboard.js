// PrivacyProxy dashboard: small progressive enhancements only; every page works without this file.
// Served as a file because the dashboard's Content-Security-Policy forbids inline script.
(function () {
  "use strict";

  var hours = { "1h": 1, "24h": 24, "7d": 24 * 7, "30d": 24 * 30 };

  // datetime-local values in UTC, to the second (the form's inputs are read as UTC by the server).
  function utcInput(date) {
    return date.toISOString().slice(0, 19);
  }

  // Picking a period fills from/to; typing a date switches the select back to "custom".
  function wirePeriod(select) {
    var form = select.form;
    if (!form) {
      return;
    }
    var from = form.querySelector("#from");
    var to = form.querySelector("#to");
    if (!from || !to) {
      return;
    }
    select.addEventListener("change", function () {
      var length = hours[select.value];
      if (!length) {
        return;
      }
      var now = new Date();
      to.value = utcInput(now);
      from.value = utcInput(new Date(now.getTime() - length * 3600 * 1000));
    });
    [from, to].forEach(function (input) {
      input.addEventListener("input", function () {
        select.value = "";
      });
    });
  }

  // td.time holds ISO 8601 UTC; the tooltip shows the same instant in the browser's time zone.
  function localTimes() {
    var cells = document.querySelectorAll("td.time, th.time");
    for (var i = 0; i < cells.length; i++) {
      var date = new Date(cells[i].textContent.trim());
      if (!isNaN(date.getTime())) {
        cells[i].title = "Local time: " + date.toLocaleString();
      }
    }
  }

  document.addEventListener("DOMContentLoaded", function () {
    var select = document.getElementById("period");
    if (select) {
      wirePeriod(select);
    }
    localTimes();
  });
})();

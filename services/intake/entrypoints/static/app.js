// Progressive enhancement only: every page works without this script.
// - a submit button says what is happening and cannot be pressed twice;
// - a case page polls its progress and redraws when something changed (the review, a notice,
//   an answer to a request), unless someone is typing in one of its forms: then it offers to;
// - countdowns (data-deadline) tick once a minute.
(function () {
  document.addEventListener("submit", function (event) {
    var button = event.target.querySelector("button[type=submit]");
    if (button && !button.disabled) {
      button.dataset.label = button.textContent;
      button.textContent = button.dataset.busy || "Working…";
      setTimeout(function () { button.disabled = true; }, 0);
    }
  });

  var watch = document.querySelector("[data-progress-url]");
  if (watch) {
    var url = watch.getAttribute("data-progress-url");
    var version = watch.getAttribute("data-version");
    var polls = 0;
    var editing = false;
    document.addEventListener("input", function (event) { if (event.target.form) { editing = true; } });
    var offer = function () {
      var bar = document.createElement("p");
      bar.className = "pending";
      bar.setAttribute("role", "status");
      bar.textContent = "This case has changed since the page was drawn. ";
      var button = document.createElement("button");
      button.type = "button";
      button.className = "secondary";
      button.textContent = "Show the changes";
      button.addEventListener("click", function () { window.location.reload(); });
      bar.appendChild(button);
      watch.insertBefore(bar, watch.firstChild);
    };
    var poll = function () {
      polls += 1;
      fetch(url, { credentials: "same-origin", headers: { "Accept": "application/json" } })
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (state) {
          if (state && version && state.version !== version) {
            if (editing) { offer(); } else { window.location.reload(); }
            return;
          }
          if (state && !version) { version = state.version; }
          if (polls < 300) { setTimeout(poll, polls < 30 ? 1000 : 5000); }
        })
        .catch(function () { setTimeout(poll, 5000); });
    };
    setTimeout(poll, 1000);
  }

  var words = function (ms) {
    var minutes = Math.floor(Math.abs(ms) / 60000), days = Math.floor(minutes / 1440),
        hours = Math.floor((minutes % 1440) / 60), mins = minutes % 60;
    if (days) { return days + (days === 1 ? " day" : " days") + (hours ? " " + hours + " h" : ""); }
    if (hours) { return hours + " h " + (mins < 10 ? "0" : "") + mins + " min"; }
    return mins + " min";
  };
  var tick = function () {
    document.querySelectorAll("[data-deadline]").forEach(function (el) {
      var left = Date.parse(el.getAttribute("data-deadline")) - Date.now();
      el.textContent = left > 0 ? "in " + words(left) : "overdue by " + words(left);
      if (left <= 0) { el.classList.add("breached"); }
    });
  };
  setInterval(tick, 60000);
})();

// Completions for the portal's search box. Without this script the box is a plain search form; with it, the box is
// an ARIA 1.2 combobox with a listbox popup, as in the WAI-ARIA Authoring Practices' "list autocomplete" example
// (https://www.w3.org/WAI/ARIA/apg/patterns/combobox/): focus stays in the box, aria-activedescendant names the
// option the arrow keys reached, Enter searches for it, Escape closes the list. A static file with no inline code,
// so a Content-Security-Policy of script-src 'self' holds; the texts come from the box's data- attributes.
(function () {
  "use strict";

  var DELAY_MS = 150; // after the last keystroke: one request per pause in typing, not per key

  document.querySelectorAll("input[data-suggest]").forEach(enhance);

  function enhance(input) {
    var list = document.createElement("ul");
    list.id = input.id + "-suggestions";
    list.className = "suggestions";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", input.dataset.suggestLabel);
    list.hidden = true;
    var status = document.createElement("div");
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    input.after(list, status);

    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", list.id);

    var timer = 0;
    var request = null;
    var options = [];
    var active = -1;

    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(suggest, DELAY_MS);
    });
    input.addEventListener("keydown", onKeyDown);
    input.addEventListener("blur", close);
    // A click on an option must not take the focus from the box first (that would close the list).
    list.addEventListener("mousedown", function (event) { event.preventDefault(); });
    list.addEventListener("click", function (event) {
      var option = event.target.closest("[role=option]");
      if (option) choose(options.indexOf(option));
    });

    function suggest() {
      var prefix = input.value.trim();
      if (request) request.abort();
      if (!prefix) { show([]); return; }
      request = new AbortController();
      fetch(input.dataset.suggest + "?q=" + encodeURIComponent(prefix), {
        signal: request.signal,
        headers: { Accept: "application/json" },
      })
        .then(function (response) { return response.ok ? response.json() : []; })
        .then(show, function (error) { if (error.name !== "AbortError") show([]); });
    }

    function show(suggestions) {
      options = suggestions.map(function (suggestion, index) {
        var option = document.createElement("li");
        option.id = list.id + "-" + index;
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", "false");
        var text = document.createElement("span");
        text.dir = "auto"; // a completion may be in any of the six languages
        text.textContent = suggestion.text;
        option.append(text);
        var kind = input.dataset["kind" + suggestion.kind.charAt(0).toUpperCase() + suggestion.kind.slice(1)];
        if (kind) {
          var label = document.createElement("span");
          label.className = "kind";
          label.textContent = kind;
          option.append(" ", label);
        }
        option.dataset.value = suggestion.text;
        return option;
      });
      list.replaceChildren.apply(list, options);
      activate(-1);
      status.textContent = options.length ? input.dataset.suggestCount.replace("{0}", String(options.length)) : "";
      if (options.length && document.activeElement === input) open(); else close();
    }

    function onKeyDown(event) {
      var isOpen = !list.hidden;
      switch (event.key) {
        case "ArrowDown":
          if (!options.length) return;
          event.preventDefault();
          open();
          activate(active + 1 < options.length ? active + 1 : 0);
          break;
        case "ArrowUp":
          if (!options.length) return;
          event.preventDefault();
          open();
          activate(active > 0 ? active - 1 : options.length - 1);
          break;
        case "Enter":
          if (isOpen && active >= 0) {
            event.preventDefault();
            choose(active);
          }
          break;
        case "Escape":
          // The first Escape closes the list; a search box's own Escape (clearing it) is left for the second.
          if (isOpen) {
            event.preventDefault();
            close();
          }
          break;
      }
    }

    function activate(index) {
      if (active >= 0 && options[active]) options[active].setAttribute("aria-selected", "false");
      active = index;
      if (active >= 0) {
        options[active].setAttribute("aria-selected", "true");
        input.setAttribute("aria-activedescendant", options[active].id);
        options[active].scrollIntoView({ block: "nearest" });
      } else {
        input.removeAttribute("aria-activedescendant");
      }
    }

    function choose(index) {
      if (index < 0) return;
      input.value = options[index].dataset.value;
      close();
      input.form.requestSubmit();
    }

    function open() {
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
    }

    function close() {
      clearTimeout(timer);
      activate(-1);
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
    }
  }
})();

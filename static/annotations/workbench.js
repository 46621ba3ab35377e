// The annotator's workbench in the browser: keyboard shortcuts, text selections as code-point
// offsets, and what happens to htmx responses. The Content-Security-Policy allows no inline
// script, so everything the page does lives here and reads its data from data-* attributes.
(function () {
  "use strict";

  // htmx's default indicator styles are an inline <style> the CSP refuses, and nothing here
  // needs eval. A 409 carries the judgement as it is saved now and is swapped in like a
  // success; other errors are not swapped, so what the annotator typed stays on the page.
  htmx.config.includeIndicatorStyles = false;
  htmx.config.allowEval = false;
  htmx.config.allowScriptTags = false;
  htmx.config.responseHandling = [
    { code: "204", swap: false },
    { code: "409", swap: true, error: false },
    { code: "[23]..", swap: true },
    { code: "[45]..", swap: false, error: true },
    { code: "...", swap: false },
  ];

  const FAILURES = {
    400: "The change was not valid.",
    401: "You are signed out. Sign in again in a new tab, then retry.",
    403: "This article is read-only for you.",
    404: "That is no longer here. Reload the page.",
    500: "The server failed to save this. Your input is still here; try again.",
  };

  // --- The banner: errors and short notices ----------------------------------------------

  let bannerTimer = null;

  function showBanner(message, tone) {
    const banner = document.getElementById("banner");
    if (!banner) return;
    banner.querySelector(".banner-text").textContent = message;
    banner.dataset.tone = tone;
    banner.hidden = false;
    window.clearTimeout(bannerTimer);
    if (tone === "info") {
      bannerTimer = window.setTimeout(() => { banner.hidden = true; }, 3000);
    }
  }

  document.addEventListener("click", (event) => {
    if (event.target.closest(".banner-close")) {
      document.getElementById("banner").hidden = true;
    }
  });

  // Refusals sent as plain text are meant for the banner. In debug mode django-htmx's helper
  // would show them as a whole page instead, and what the annotator typed would be gone.
  document.body.addEventListener("htmx:beforeOnLoad", (event) => {
    const xhr = event.detail.xhr;
    const type = xhr.getResponseHeader("Content-Type") || "";
    if (xhr.status >= 400 && type.startsWith("text/plain")) event.stopPropagation();
  });

  document.addEventListener("htmx:responseError", (event) => {
    const xhr = event.detail.xhr;
    const type = xhr.getResponseHeader("Content-Type") || "";
    const text = type.startsWith("text/plain") ? xhr.responseText.trim().slice(0, 300) : "";
    showBanner(text || FAILURES[xhr.status] || `The request failed (HTTP ${xhr.status}).`, "error");
  });

  document.addEventListener("htmx:sendError", () => {
    showBanner("The server could not be reached. Nothing on this page was lost; try again.", "error");
  });

  document.addEventListener("workbench-notice", (event) => {
    showBanner(event.detail.message, "info");
  });

  // The rest is the article page's.
  if (!document.getElementById("workbench")) return;

  // --- Offsets ----------------------------------------------------------------------------
  // Every text segment carries the code-point offsets of its text in Article.text. A DOM
  // offset counts UTF-16 units, so the text before the point is measured with Array.from,
  // which counts code points like Python does: an emoji is one, not two.

  function textRoot() {
    return document.getElementById("article-text");
  }

  function segments() {
    return textRoot().querySelectorAll("span[data-start]");
  }

  function segmentOf(node) {
    const element = node.nodeType === Node.TEXT_NODE ? node.parentElement : null;
    return element && element.matches("#article-text span[data-start]") ? element : null;
  }

  function codePoints(text) {
    return Array.from(text).length;
  }

  // A boundary point of a DOM range as an offset into the article text.
  function offsetOf(node, offset, isEnd) {
    const segment = segmentOf(node);
    if (segment) {
      const before = document.createRange();
      before.setStart(segment, 0);
      before.setEnd(node, offset);
      return Number(segment.dataset.start) + codePoints(before.toString());
    }
    // A point between segments (a whole paragraph selected): snap to the nearest edge inside.
    const point = document.createRange();
    point.setStart(node, offset);
    const all = Array.from(segments());
    if (isEnd) {
      const last = all.reverse().find((seg) => point.comparePoint(seg, seg.childNodes.length) <= 0);
      return last ? Number(last.dataset.end) : null;
    }
    const first = all.find((seg) => point.comparePoint(seg, 0) >= 0);
    return first ? Number(first.dataset.start) : null;
  }

  function selectedSpan() {
    const selection = window.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
    const range = selection.getRangeAt(0);
    const root = textRoot();
    if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return null;
    const start = offsetOf(range.startContainer, range.startOffset, false);
    const end = offsetOf(range.endContainer, range.endOffset, true);
    if (start === null || end === null || end <= start) return null;
    return { start, end, text: range.toString() };
  }

  // The other way, to put a selection back after the text was reloaded.
  function pointAt(offset, isEnd) {
    for (const segment of segments()) {
      const start = Number(segment.dataset.start);
      const end = Number(segment.dataset.end);
      if (isEnd ? start < offset && offset <= end : start <= offset && offset < end) {
        const node = segment.firstChild;
        return [node, Array.from(node.data).slice(0, offset - start).join("").length];
      }
    }
    return null;
  }

  function restoreSelection(span) {
    const start = pointAt(span.start, false);
    const end = pointAt(span.end, true);
    if (!start || !end) return;
    const range = document.createRange();
    range.setStart(...start);
    range.setEnd(...end);
    window.getSelection().removeAllRanges();
    window.getSelection().addRange(range);
  }

  // A change sends back the lines of text it touched; what the annotator was selecting
  // there survives their swap.
  let keptSelection = null;
  document.addEventListener("htmx:beforeSwap", (event) => {
    if (event.detail.target.id === "quote-editor") keptSelection = selectedSpan();
  });

  // --- Selection of a quote ---------------------------------------------------------------

  let selectedId = null;

  function editorBody() {
    return document.querySelector("#quote-editor .editor-body[data-quote]");
  }

  function rows() {
    return Array.from(document.querySelectorAll("#quote-list .quote-row"));
  }

  function quoteList() {
    return document.getElementById("quote-list");
  }

  // Back to the list, where j, k and the other keys work, without scrolling the page.
  function focusList() {
    const list = quoteList();
    if (list) list.focus({ preventScroll: true });
  }

  function markSelected() {
    for (const [name, selector] of [
      ["is-selected", "[data-quotes~='ID'], #quote-row-ID"],
      ["is-selected-mention", "[data-mentions~='ID']"],
      ["is-selected-cue", "[data-cues~='ID']"],
    ]) {
      document.querySelectorAll("." + name).forEach((el) => el.classList.remove(name));
      if (selectedId) {
        document.querySelectorAll(selector.replaceAll("ID", selectedId)).forEach((el) => {
          el.classList.add(name);
        });
      }
    }
    rows().forEach((row) => {
      row.setAttribute("aria-selected", String(row.dataset.quote === selectedId));
    });
    const list = quoteList();
    if (selectedId && document.getElementById(`quote-row-${selectedId}`)) {
      list.setAttribute("aria-activedescendant", `quote-row-${selectedId}`);
    } else {
      list.removeAttribute("aria-activedescendant");
    }
  }

  function reveal(smooth) {
    if (!selectedId) return;
    const behavior = smooth && !window.matchMedia("(prefers-reduced-motion: reduce)").matches
      ? "smooth" : "auto";
    const highlight = textRoot().querySelector(`[data-quotes~='${selectedId}']`);
    if (highlight) {
      const box = highlight.getBoundingClientRect();
      if (box.top < 80 || box.bottom > window.innerHeight - 40) {
        highlight.scrollIntoView({ block: "center", behavior });
      }
    }
    const row = document.getElementById(`quote-row-${selectedId}`);
    const list = row && row.closest(".quote-scroll");
    if (list) {
      const rowBox = row.getBoundingClientRect();
      const listBox = list.getBoundingClientRect();
      if (rowBox.top < listBox.top || rowBox.bottom > listBox.bottom) {
        list.scrollTop += rowBox.top - listBox.top - listBox.height / 3;
      }
    }
  }

  function select(id) {
    const row = document.getElementById(`quote-row-${id}`);
    if (!row) return;
    if (editorRequests > 0) {
      // The editor's answer to a save still to come would replace this quote's editor.
      waiting.push({ select: id });
      return;
    }
    selectedId = String(id);
    markSelected();
    reveal(true);
    htmx.ajax("GET", row.dataset.url, { target: "#quote-editor", swap: "innerHTML" });
  }

  function move(step) {
    const all = rows();
    if (all.length === 0) return;
    const index = all.findIndex((row) => row.dataset.quote === selectedId);
    const next = index === -1 ? 0 : Math.min(all.length - 1, Math.max(0, index + step));
    if (all[next].dataset.quote !== selectedId) select(all[next].dataset.quote);
  }

  // The next row not judged yet after the selected one, wrapping round.
  function nextUndecided() {
    const all = rows();
    const index = all.findIndex((row) => row.dataset.quote === selectedId);
    const ordered = [...all.slice(index + 1), ...all.slice(0, Math.max(index, 0))];
    const next = ordered.find((row) => row.classList.contains("decision-open"));
    if (next) select(next.dataset.quote);
    else showBanner("Every quote in this article is judged. Press D to mark it done.", "info");
  }

  // --- Keys ------------------------------------------------------------------------------
  // While a request on the editor is out, its forms still hold the version they were loaded
  // with; keys pressed meanwhile wait and run once the fresh editor has settled (htmx wires up
  // swapped-in forms only then), so fast typing never turns into a conflict with oneself.

  let editorRequests = 0;
  const waiting = [];

  function targetsEditor(event) {
    const target = event.detail.target;
    return Boolean(target && target.id === "quote-editor");
  }

  function editorDone() {
    editorRequests = Math.max(0, editorRequests - 1);
    while (editorRequests === 0 && waiting.length > 0) perform(waiting.shift());
  }

  document.addEventListener("htmx:beforeRequest", (event) => {
    if (targetsEditor(event)) editorRequests += 1;
  });

  document.addEventListener("htmx:afterRequest", (event) => {
    if (!targetsEditor(event)) return;
    const { successful, xhr } = event.detail;
    // After a failure or a conflict the waiting keys were meant for another state; a quote
    // picked meanwhile is still wanted.
    if (!successful || xhr.status === 409) waiting.splice(0, Infinity, ...waiting.filter((key) => key.select));
    if (!successful || xhr.status === 204) editorDone();
  });

  document.addEventListener("htmx:afterSettle", (event) => {
    if (event.target !== event.detail.target) return;
    // Settling puts back the server's class on rows that kept their id: mark them again.
    if (event.detail.target.id !== "speaker-options") markSelected();
    if (targetsEditor(event)) editorDone();
  });

  function isField(element) {
    return Boolean(element && element.closest("input, textarea, select, [contenteditable], .options"));
  }

  function perform(key) {
    if (key.text) {
      typeInto(document.activeElement, key.text);
      return;
    }
    if (key.step) {
      move(Math.max(-rows().length, Math.min(rows().length, key.step)));
      return;
    }
    if (key.select) {
      select(key.select);
      return;
    }
    switch (key) {
      case "j": move(1); return;
      case "k": move(-1); return;
      case "g": nextUndecided(); return;
      case "s": focusField("#speaker-input", true); return;
      case "n": focusField("#note-input", false); return;
      case "e": fixSpan(); return;
      case "m": setMention(); return;
      case "q": promptNewQuote(); return;
      case "f": promptFlag(); return;
      case "D": promptDone(); return;
      case "u": submit(document.getElementById("undo-form")); return;
      default: {
        const button = hotkeyButton(key);
        if (button) button.click();
      }
    }
  }

  // Accept, reject and the project's stance keys are buttons that name their key.
  function hotkeyButton(key) {
    const bar = document.getElementById("judgement-bar");
    if (bar.hidden) return null;
    return bar.querySelector(`[data-hotkey="${CSS.escape(key)}"]:not([disabled])`);
  }

  function handles(key) {
    return "jkgsnemqfDu".includes(key) || Boolean(hotkeyButton(key));
  }

  function typeInto(field, text) {
    if (!field || !field.matches("input, textarea")) return;
    field.setRangeText(text, field.selectionStart, field.selectionEnd, "end");
    field.dispatchEvent(new Event("input", { bubbles: true }));
  }

  function focusField(selector, selectAll) {
    const field = document.querySelector(selector);
    if (!field) return;
    field.focus();
    if (selectAll) field.select();
  }

  function submit(form) {
    if (form) form.requestSubmit();
  }

  document.addEventListener("keydown", (event) => {
    if (event.isComposing) return;
    const dialog = document.querySelector("dialog[open]");
    if (dialog) {
      dialogKey(dialog, event);
      return;
    }
    if (isField(event.target)) {
      fieldKey(event);
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === "?") {
      event.preventDefault();
      document.getElementById("shortcuts").showModal();
      return;
    }
    if (event.target === quoteList() && listKey(event)) return;
    if (event.key.length !== 1) return;
    if (waiting.includes("s") || waiting.includes("n")) {
      // Typing right after s or n, before the field is there: the text waits for it too.
      event.preventDefault();
      waiting.push({ text: event.key });
      return;
    }
    if (!handles(event.key)) return;
    event.preventDefault();
    if (editorRequests > 0) waiting.push(event.key);
    else perform(event.key);
  });

  // Keys inside the speaker type-ahead and the note.
  function fieldKey(event) {
    const target = event.target;
    const options = Array.from(document.querySelectorAll("#speaker-options .option"));
    if (target.id === "speaker-input" || target.closest(".options")) {
      const index = options.indexOf(target.closest(".option"));
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        event.preventDefault();
        const step = event.key === "ArrowDown" ? 1 : -1;
        const next = index + step;
        if (next < 0) document.getElementById("speaker-input").focus();
        else if (options[Math.min(next, options.length - 1)]) {
          options[Math.min(next, options.length - 1)].focus();
        }
      } else if (event.key === "Enter" && target.id === "speaker-input") {
        // Enter takes the first match; with none yet, it does nothing rather than submit.
        event.preventDefault();
        if (options.length > 0) options[0].click();
      } else if (event.key === "Escape") {
        event.preventDefault();
        closeOptions();
        focusList();
      }
      return;
    }
    if (target.id === "note-input" && event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      submit(target.form);
      // Before the answer comes: htmx would put the focus back into the new note field.
      focusList();
      return;
    }
    if (event.key === "Escape") {
      event.preventDefault();
      focusList();
    }
  }

  // The list is a listbox: the arrows, Home and End move the selection as j and k do.
  function listKey(event) {
    const steps = { ArrowDown: 1, ArrowUp: -1, Home: -Infinity, End: Infinity };
    if (!(event.key in steps) || event.ctrlKey || event.metaKey || event.altKey) return false;
    event.preventDefault();
    const step = steps[event.key];
    const key = { select: null, step };
    if (editorRequests > 0) waiting.push(key);
    else perform(key);
    return true;
  }

  // In a dialog: Ctrl+Enter sends its form; Esc (the browser's own) closes it.
  function dialogKey(dialog, event) {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      const form = dialog.querySelector("form:not([method='dialog'])");
      if (form) {
        event.preventDefault();
        submitFromDialog(dialog, form);
      }
    }
  }

  function submitFromDialog(dialog, form) {
    if (form.reportValidity()) submit(form);
  }

  // A dialog's htmx form closes its dialog once sent; the answer comes to the editor.
  document.addEventListener("submit", (event) => {
    const dialog = event.target.closest("dialog");
    if (dialog && event.target.hasAttribute("hx-post")) {
      dialog.close();
      focusList();
    }
  });

  function closeOptions() {
    const options = document.getElementById("speaker-options");
    if (options) options.replaceChildren();
    const input = document.getElementById("speaker-input");
    if (input) input.setAttribute("aria-expanded", "false");
  }

  // --- Spans: fix the selected quote's span, add a missed quote ---------------------------

  function fixSpan() {
    const form = document.getElementById("span-form");
    if (!form) return;
    const span = selectedSpan();
    if (!span) {
      showBanner("Select the quote’s text in the article first, then press e.", "info");
      return;
    }
    form.elements.start.value = span.start;
    form.elements.end.value = span.end;
    window.getSelection().removeAllRanges();
    submit(form);
  }

  function setMention() {
    const form = document.getElementById("mention-form");
    if (!form) return;
    const span = selectedSpan();
    if (!span) {
      showBanner("Select the speaker’s name in the article first, then press m.", "info");
      return;
    }
    form.elements.speaker_start.value = span.start;
    form.elements.speaker_end.value = span.end;
    window.getSelection().removeAllRanges();
    submit(form);
  }

  function promptFlag() {
    const dialog = document.getElementById("flag-prompt");
    if (!dialog) return;
    dialog.showModal();
    document.getElementById("flag-reason").focus();
  }

  function promptDone() {
    const dialog = document.getElementById("done-prompt");
    if (!dialog) return;
    // "3 of 5 quotes judged", as the progress says it now.
    const progress = document.querySelector("#progress .progress-label span");
    dialog.querySelector("[data-progress]").textContent = progress ? `${progress.textContent}.` : "";
    dialog.showModal();
  }

  function promptNewQuote() {
    const form = document.getElementById("add-quote-form");
    if (!form) return;
    const span = selectedSpan();
    if (!span) {
      showBanner("Select the missed quote’s text in the article first, then press q.", "info");
      return;
    }
    form.elements.start.value = span.start;
    form.elements.end.value = span.end;
    const dialog = document.getElementById("kind-prompt");
    dialog.querySelector("[data-excerpt]").textContent = span.text.slice(0, 300);
    dialog.returnValue = "";
    dialog.showModal();
  }

  const kindPrompt = document.getElementById("kind-prompt");
  if (kindPrompt) {
    kindPrompt.addEventListener("keydown", (event) => {
      const button = kindPrompt.querySelector(`[data-kind-key="${CSS.escape(event.key)}"]`);
      if (button) {
        event.preventDefault();
        button.click();
      }
    });
    kindPrompt.addEventListener("close", () => {
      if (!kindPrompt.returnValue) return;
      const form = document.getElementById("add-quote-form");
      form.elements.kind.value = kindPrompt.returnValue;
      window.getSelection().removeAllRanges();
      submit(form);
    });
  }

  const shortcuts = document.getElementById("shortcuts");
  shortcuts.addEventListener("keydown", (event) => {
    if (event.key === "?") {
      event.preventDefault();
      shortcuts.close();
    }
  });

  // --- Clicks ----------------------------------------------------------------------------

  document.addEventListener("click", (event) => {
    const action = event.target.closest("[data-action]");
    if (action && action.dataset.action === "shortcuts") {
      shortcuts.showModal();
      return;
    }
    if (action && action.dataset.action === "mark-done") {
      promptDone();
      return;
    }
    if (action && action.dataset.action === "flag") {
      promptFlag();
      return;
    }
    if (action && action.dataset.action === "close-dialog") {
      action.closest("dialog").close();
      focusList();
      return;
    }
    if (action && action.dataset.action === "new-speaker") {
      const details = document.getElementById("new-speaker");
      details.open = true;
      const name = document.getElementById("new-speaker-name");
      name.value = action.dataset.name;
      closeOptions();
      document.getElementById("new-speaker-kind").focus();
      return;
    }
    const row = event.target.closest("#quote-list .quote-row");
    if (row) {
      select(row.dataset.quote);
      return;
    }
    const highlight = event.target.closest("#article-text [data-quotes]");
    if (highlight && window.getSelection().isCollapsed) {
      // Clicking overlapping quotes again steps through them.
      const ids = highlight.dataset.quotes.split(" ");
      const at = ids.indexOf(selectedId);
      select(ids[(at + 1) % ids.length]);
    }
  });

  // --- After htmx swaps ------------------------------------------------------------------

  // The decision and stance buttons stay; their pressed state follows the selected quote.
  function syncBar() {
    const bar = document.getElementById("judgement-bar");
    const body = editorBody();
    bar.hidden = !body;
    if (!body) return;
    for (const button of bar.querySelectorAll("button[name]")) {
      button.setAttribute("aria-pressed", String(button.value === body.dataset[button.name]));
    }
  }

  // htmx fires afterSwap and afterSettle on every element a response swapped, out-of-band
  // ones included, each naming the request's target: only the target's own count here.
  document.addEventListener("htmx:afterSwap", (event) => {
    const target = event.detail.target;
    if (event.target !== target) return;
    if (target.id === "quote-editor") {
      const body = editorBody();
      const changed = body ? body.dataset.quote !== selectedId : selectedId !== null;
      selectedId = body ? body.dataset.quote : null;
      syncBar();
      markSelected();
      if (changed) reveal(true);
      if (body) history.replaceState(null, "", body.dataset.url);
      if (keptSelection) {
        restoreSelection(keptSelection);
        keptSelection = null;
      }
      // The focused control went away with the old editor: the list takes the keys.
      if (document.activeElement === document.body) focusList();
    } else if (target.id === "speaker-options") {
      const input = document.getElementById("speaker-input");
      input.setAttribute("aria-expanded", String(target.children.length > 0));
    } else {
      markSelected();
    }
  });

  // The first view: the selected quote in view, no animation.
  const first = editorBody();
  selectedId = first ? first.dataset.quote : null;
  markSelected();
  reveal(false);
})();

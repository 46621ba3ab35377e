// The reviewer's curation page: pick each field of the final label by keyboard.
// j/k move between quotes; d, s, p, t pick the decision, span, speaker or stance row; a digit
// takes that row's value from the annotator in that column; Enter saves; U merges every
// unanimous quote. Without this script the radio buttons and buttons do the same.
(function () {
  "use strict";
  const page = document.querySelector(".curation");
  if (!page) return;
  const cards = Array.from(page.querySelectorAll(".curation-card"));
  const fieldKeys = { d: "decision", s: "span", p: "speaker", t: "stance" };
  let current = 0;
  let field = null;

  function rows(card) {
    return Array.from(card.querySelectorAll(".field-row"));
  }

  function firstDisputed(card) {
    const row = card.querySelector(".field-row.disputed") || card.querySelector(".field-row");
    return row ? row.dataset.field : null;
  }

  function showField() {
    cards.forEach((card) => rows(card).forEach((row) => row.classList.remove("current-field")));
    const card = cards[current];
    if (!card || !field) return;
    const row = card.querySelector(`.field-row[data-field="${field}"]`);
    if (row) row.classList.add("current-field");
  }

  function select(index) {
    if (!cards.length) return;
    current = Math.max(0, Math.min(cards.length - 1, index));
    cards.forEach((card, i) => card.classList.toggle("current", i === current));
    const card = cards[current];
    field = firstDisputed(card);
    showField();
    card.focus({ preventScroll: true });
    card.scrollIntoView({ block: "nearest" });
  }

  function nextDisputedField() {
    const order = rows(cards[current]).filter((row) => row.classList.contains("disputed"));
    const at = order.findIndex((row) => row.dataset.field === field);
    if (at >= 0 && at + 1 < order.length) field = order[at + 1].dataset.field;
    showField();
  }

  function take(column) {
    const card = cards[current];
    if (!card || !field) return;
    const row = card.querySelector(`.field-row[data-field="${field}"]`);
    const cell = row && row.querySelectorAll("td")[column - 1];
    const radio = cell && cell.querySelector("input[type=radio]");
    if (!radio || radio.disabled) return;
    radio.checked = true;
    nextDisputedField();
  }

  function save() {
    const card = cards[current];
    const form = card && card.querySelector("form.merge-form");
    if (!form) return;
    // After saving, open the next quote still disputed (the page reorders itself).
    const next = cards.slice(current + 1).find((c) => c.classList.contains("open-dispute"));
    form.querySelector("input[name=next]").value = next ? next.dataset.quote : "";
    form.requestSubmit();
  }

  document.addEventListener("keydown", (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target;
    if (target instanceof HTMLElement && target.matches("input[type=text], textarea, select")) return;
    const key = event.key;
    if (key === "j") select(current + 1);
    else if (key === "k") select(current - 1);
    else if (key in fieldKeys) {
      field = fieldKeys[key];
      showField();
    } else if (/^[1-9]$/.test(key)) take(Number(key));
    else if (key === "Enter") save();
    else if (key === "U") {
      const form = document.getElementById("merge-unanimous");
      if (form && !form.querySelector("button").disabled) form.requestSubmit();
    } else return;
    event.preventDefault();
  });

  cards.forEach((card, i) => card.addEventListener("click", () => {
    if (i !== current) select(i);
  }));
  page.querySelectorAll(".curation-text a[data-quotes]").forEach((mark) => {
    mark.addEventListener("click", (event) => {
      const id = mark.dataset.quotes.split(" ")[0];
      const at = cards.findIndex((card) => card.dataset.quote === id);
      if (at >= 0) {
        event.preventDefault();
        select(at);
      }
    });
  });

  const wanted = cards.findIndex((card) => card.dataset.quote === page.dataset.current);
  const open = cards.findIndex((card) => card.classList.contains("open-dispute"));
  select(wanted >= 0 ? wanted : Math.max(open, 0));
})();

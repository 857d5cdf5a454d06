/// The workspace's stylesheet and its one small script (progress of a run,
/// read from the server's event stream; the pages work without it).
enum Assets {
  static let css = """
    :root { --ink: #1d2433; --muted: #5b6478; --line: #d6dae3; --accent: #1f4e8c; --bad: #b00020; --good: #1b5e20; }
    * { box-sizing: border-box; }
    [hidden] { display: none !important; }
    body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: #f6f7fa; }
    header { display: flex; gap: 2em; align-items: center; padding: .6em 1.5em; background: var(--accent); }
    header a { color: #fff; text-decoration: none; margin-right: 1.2em; }
    header .brand { font-weight: 700; font-size: 1.15em; }
    main { max-width: 1100px; margin: 1.2em auto; padding: 0 1.2em; }
    footer { max-width: 1100px; margin: 2em auto; padding: 0 1.2em; color: var(--muted); font-size: .85em; }
    h1 { font-size: 1.5em; margin: .3em 0 .6em; }
    h2 { font-size: 1.15em; margin: 1.2em 0 .5em; }
    .card { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 1em 1.2em; margin: 1em 0; }
    table { border-collapse: collapse; width: 100%; background: #fff; }
    th, td { text-align: left; padding: .35em .6em; border-bottom: 1px solid var(--line); vertical-align: top; }
    th { font-weight: 600; color: var(--muted); font-size: .9em; }
    code, .path { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: .85em; color: var(--muted); }
    .message { padding: .7em 1em; border-radius: 6px; margin: 1em 0; border: 1px solid; }
    .message.error { background: #fdecee; border-color: #f3b8c0; color: var(--bad); }
    .message.ok { background: #e8f5e9; border-color: #a5d6a7; color: var(--good); }
    table.diff td { border: none; padding: 0 .4em; vertical-align: top; } table.diff code { white-space: pre; }
    table.diff tr.removed { background: #fdecee; } table.diff tr.removed code { text-decoration: line-through; }
    table.diff tr.added { background: #e8f5e9; }
    table.diff tr.fold td { color: #555; font-style: italic; }
    pre { white-space: pre-wrap; overflow-x: auto; }
    .message.note { background: #eef3fb; border-color: #bcd0ee; }
    details.section { background: #fff; border: 1px solid var(--line); border-radius: 6px; margin: .6em 0; }
    details.section > summary { cursor: pointer; padding: .6em 1em; font-weight: 600; }
    .field { display: grid; grid-template-columns: 18em 1fr; gap: .2em 1em; padding: .45em 1em; border-top: 1px solid #eef0f4; }
    .field label { font-weight: 500; }
    .field .entry { color: var(--muted); font-weight: 400; }
    .field input, .field select { font: inherit; padding: .3em .45em; border: 1px solid #b9c0cd; border-radius: 4px; width: 100%; max-width: 32em; }
    .field input[disabled] { background: #f1f2f5; color: var(--muted); }
    .field input[type=checkbox] { width: auto; margin-right: .4em; }
    .field .help { grid-column: 2; color: var(--muted); font-size: .85em; }
    .field.invalid input, .field.invalid select { border-color: var(--bad); background: #fff6f7; }
    .field .error { color: var(--bad); font-weight: 600; font-size: .9em; }
    .field .errors { grid-column: 2; }
    button, .button { font: inherit; padding: .45em 1em; border-radius: 4px; border: 1px solid var(--accent); background: var(--accent); color: #fff; cursor: pointer; text-decoration: none; display: inline-block; }
    button.secondary, .button.secondary { background: #fff; color: var(--accent); }
    button.small { padding: .15em .6em; font-size: .85em; }
    .structure { margin: .4em 1em; } .structure ul { list-style: none; padding: 0; margin: 0 0 .4em; }
    .structure li { margin: .2em 0; } .structure li > span { display: inline-block; min-width: 14em; font-weight: 600; }
    button.danger { background: #fff; color: var(--bad); border-color: var(--bad); }
    form.inline { display: inline; }
    button.link { background: none; border: none; padding: 0; color: var(--accent); text-decoration: underline; font-size: inherit; }
    .actions { display: flex; flex-wrap: wrap; gap: .6em; align-items: end; margin: .8em 0; }
    .actions label { display: flex; flex-direction: column; font-size: .85em; color: var(--muted); }
    .actions input, .actions select { font: inherit; padding: .3em .45em; width: 9em; }
    progress { width: 100%; height: 1.4em; }
    .verdict { font-weight: 600; }
    .status-done { color: var(--good); } .status-failed, .status-interrupted { color: var(--bad); } .status-cancelled { color: var(--muted); }
    textarea { width: 100%; min-height: 32em; font: 13px/1.4 ui-monospace, "DejaVu Sans Mono", monospace; }
    @media (max-width: 700px) { .field { grid-template-columns: 1fr; } .field .help, .field .errors { grid-column: 1; } }
    .actions.sticky { position: sticky; bottom: 0; background: #fff; border-top: 1px solid var(--line); padding: .6em 1em; margin: 0; z-index: 5; }
    .actions .search { margin-left: auto; }
    .actions .search input { width: 14em; }
    .field .errors.note { color: var(--accent); font-size: .9em; }
    .error-count { color: var(--bad); font-size: .85em; margin-left: .4em; }
    .skip { position: absolute; left: -999em; top: 0; background: #fff; color: var(--accent); padding: .5em 1em; z-index: 10; }
    .skip:focus { left: 1em; }
    .table-scroll { overflow-x: auto; }
    @media print {
      header, footer, .skip, form, button, .button, .actions, progress { display: none !important; }
      body { background: #fff; } main { max-width: none; margin: 0; }
      .card, details.section { border: none; } table { font-size: 10pt; } tr { break-inside: avoid; }
      .table-scroll { overflow: visible; }
    }
    """

  /// The tab's icon: a blue square with a white "T".
  static let favicon = """
    <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" rx="3" fill="#1f4e8c"/>\
    <path d="M4 4h8v2H9v7H7V6H4z" fill="#fff"/></svg>
    """

  static let js = """
    // Live progress of a run: the page's <progress> follows the server's event stream,
    // and the page reloads with the results when the run ends.
    document.addEventListener("DOMContentLoaded", function () {
      var box = document.querySelector("[data-events]");
      if (!box || !window.EventSource) return;
      var bar = box.querySelector("progress"), text = box.querySelector(".progress-text");
      var source = new EventSource(box.getAttribute("data-events"));
      source.addEventListener("progress", function (e) {
        var p = JSON.parse(e.data);
        if (p.total > 0) { bar.max = p.total; bar.value = p.done; }
        text.textContent = p.text;
      });
      // The verdicts come before the files: shown at once, the page reloads when the files are in place.
      source.addEventListener("verdict", function (e) {
        var lines = JSON.parse(e.data), table = document.createElement("table");
        table.id = "early-verdicts";
        var head = table.insertRow();
        ["Variante", "Objectif", "Verdict", "Probabilité"].forEach(function (t) {
          var th = document.createElement("th"); th.textContent = t; head.appendChild(th);
        });
        lines.forEach(function (v) {
          var row = table.insertRow();
          [v.variant, v.objective, v.words, v.percent].forEach(function (t, i) {
            var td = row.insertCell(); td.textContent = t; if (i === 2) td.className = "verdict";
          });
        });
        bar.max = 1; bar.value = 1;
        text.textContent = "Verdicts connus ; le rapport et les fichiers s'écrivent…";
        box.insertBefore(table, box.querySelector("form"));
      });
      source.addEventListener("end", function () { source.close(); window.location.reload(); });
    });
    // The form's search box: only the values whose name, entry or key holds the words typed
    // (accents and case ignored), their sections opened.
    document.addEventListener("DOMContentLoaded", function () {
      var box = document.getElementById("field-search");
      if (!box) return;
      function fold(t) { return t.normalize("NFD").replace(/[\\u0300-\\u036f]/g, "").toLowerCase(); }
      box.addEventListener("input", function () {
        var q = fold(box.value.trim());
        document.querySelectorAll("#scenario-form details.section").forEach(function (section) {
          var shown = 0;
          section.querySelectorAll(".field").forEach(function (f) {
            var hit = !q || fold(f.textContent + " " + (f.getAttribute("data-path") || "")).indexOf(q) >= 0;
            f.hidden = !hit;
            if (hit) shown++;
          });
          section.hidden = q && shown === 0;
          if (q && shown > 0) section.open = true;
        });
      });
      box.addEventListener("keydown", function (e) { if (e.key === "Enter") e.preventDefault(); });
    });
    // A scenario's form with values typed and not yet sent: leaving the page asks first.
    document.addEventListener("DOMContentLoaded", function () {
      var form = document.getElementById("scenario-form");
      if (!form) return;
      var dirty = false;
      document.addEventListener("input", function (e) {
        if (e.target.name && e.target.name.indexOf("f:") === 0) dirty = true;
      });
      form.addEventListener("submit", function () { dirty = false; });
      window.addEventListener("beforeunload", function (e) {
        if (!dirty) return;
        e.preventDefault();
        e.returnValue = "";
      });
    });
    // The YAML editor: a message's line link puts the cursor on that line and column.
    document.addEventListener("click", function (e) {
      var link = e.target.closest ? e.target.closest("a[data-line]") : null;
      var area = document.getElementById("yaml");
      if (!link || !area) return;
      e.preventDefault();
      var lines = area.value.split("\\n");
      var line = Math.max(1, Math.min(lines.length, parseInt(link.dataset.line, 10)));
      var offset = 0;
      for (var i = 0; i < line - 1; i++) offset += lines[i].length + 1;
      offset += Math.max(0, parseInt(link.dataset.column || "1", 10) - 1);
      area.focus();
      area.setSelectionRange(offset, offset + Math.max(1, lines[line - 1].length - (parseInt(link.dataset.column || "1", 10) - 1)));
      var lineHeight = area.scrollHeight / Math.max(1, lines.length);
      area.scrollTop = Math.max(0, (line - 3) * lineHeight);
    });
    """
}

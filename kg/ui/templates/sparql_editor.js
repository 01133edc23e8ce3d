// aipolicy-kg SPARQL editor: a Streamlit custom component (components v2). CodeMirror 5 and its SPARQL mode
// are inlined above this line by kg/ui/editor.py from kg/ui/static/codemirror, so nothing is fetched from
// anywhere. The editor keeps living between reruns; the server sends the text (another example, restored
// text, an edit in the plain-text box) and the place of an error, and gets the text back when the editor
// loses focus or on Ctrl/Cmd-Enter (which also runs the query).
export default function ({ data, parentElement, setStateValue, setTriggerValue }) {
  const CM = globalThis.CodeMirror;
  let ed = parentElement.__kgSparql;
  if (!ed || !ed.wrap.isConnected) {
    parentElement.querySelectorAll(".kg-sparql").forEach(function (old) { old.remove(); });
    const wrap = document.createElement("div");
    wrap.className = "kg-sparql";
    parentElement.appendChild(wrap);
    ed = { wrap: wrap, name: data.name, given: data.text, sent: data.text, mark: null, marks: [], api: {} };
    function send() {
      const text = ed.cm.getValue();
      if (text === ed.sent) return;
      ed.sent = text;
      ed.count = (ed.count || 0) + 1;  // a new value each time, so the same text typed again still counts
      ed.api.setStateValue("text", { name: ed.name, text: text, at: Date.now() + "-" + ed.count });
    }
    function run() {
      send();
      ed.api.setTriggerValue("run", { name: ed.name, text: ed.cm.getValue() });
    }
    ed.cm = CM(wrap, {
      value: data.text, mode: "application/sparql-query", lineNumbers: true, lineWrapping: true, indentUnit: 2,
      gutters: ["kg-error-gutter", "CodeMirror-linenumbers"], screenReaderLabel: "SPARQL query",
      extraKeys: { "Ctrl-Enter": run, "Cmd-Enter": run },
    });
    ed.send = send;
    if (globalThis.ResizeObserver) {  // drawn in a closed tab (zero size): measure again once it shows
      new ResizeObserver(function () { if (wrap.offsetWidth) ed.cm.refresh(); }).observe(wrap);
    }
    ed.cm.on("blur", send);
    ed.cm.on("changes", function () { clear(ed); });
    parentElement.__kgSparql = ed;
    window.kgSparql = ed;  // for the browser tests
  }
  ed.api = { setStateValue: setStateValue, setTriggerValue: setTriggerValue };
  ed.cm.setSize(null, data.height);
  if (data.name !== ed.name || data.text !== ed.given) {  // new text from the server, unless it is what we sent
    const fresh = data.name !== ed.name || (data.text !== ed.sent && data.text !== ed.cm.getValue());
    ed.name = data.name;
    ed.given = data.text;
    ed.sent = data.text;
    if (fresh) ed.cm.setValue(data.text);
  }
  const mark = data.mark ? JSON.stringify(data.mark) : null;
  if (mark !== ed.mark) {
    clear(ed);
    if (data.mark) show(ed, data.mark);
    ed.mark = mark;
  }
  return function () {};  // nothing to free: the editor goes with its element
}

function clear(ed) {
  ed.marks.forEach(function (undo) { undo(); });
  ed.marks = [];
}

function show(ed, mark) {
  const cm = ed.cm;
  const line = Math.max(0, Math.min(mark.line - 1, cm.lineCount() - 1));
  const text = cm.getLine(line);
  const from = Math.max(0, Math.min(mark.column - 1, text.length));
  const word = /^\S*/.exec(text.slice(from))[0].length || 1;
  const handle = cm.addLineClass(line, "background", "kg-error-line");
  const at = cm.markText({ line: line, ch: from }, { line: line, ch: from + word },
                         { className: "kg-error-at", attributes: { title: mark.message || "" } });
  const flag = document.createElement("span");
  flag.className = "kg-error-flag";
  flag.textContent = "\u25B6";
  flag.title = mark.message || "";
  cm.setGutterMarker(handle, "kg-error-gutter", flag);
  cm.scrollIntoView({ line: line, ch: from }, 40);
  ed.marks.push(function () {
    cm.removeLineClass(handle, "background", "kg-error-line");
    at.clear();
    cm.setGutterMarker(handle, "kg-error-gutter", null);
  });
}

// aipolicy-kg network view: a Streamlit custom component (components v2). kg/ui/netview.py puts above this
// line either vis-network itself or globalThis.kgVisUrl, the address on the app's own server to load it
// from (once a page); nothing is fetched from anywhere else. Names and sentences arrive as JSON and are
// drawn on the canvas or shown as text (vis-network sets tooltip strings with innerText).
export default function (args) {
  if (globalThis.vis) return draw(args);
  let cleanup = null;
  let gone = false;
  let script = document.getElementById("kg-vis-network");
  if (!script) {
    script = document.createElement("script");
    script.id = "kg-vis-network";
    script.src = globalThis.kgVisUrl;
    document.head.appendChild(script);
  }
  script.addEventListener("load", function () { if (!gone) cleanup = draw(args); });
  return function () {
    gone = true;
    if (cleanup) cleanup();
  };
}

function draw({ data, parentElement, setTriggerValue }) {
  const vis = globalThis.vis;
  const started = performance.now();
  parentElement.querySelectorAll(".kg-wrap").forEach(function (old) { old.remove(); });  // Streamlit's own style stays
  const wrap = document.createElement("div");
  wrap.className = "kg-wrap";
  const bar = document.createElement("div");
  bar.className = "kg-bar";
  (data.legend || []).forEach(function (item) {
    const sw = document.createElement("span");
    sw.className = "kg-sw";
    sw.style.background = item.color;
    bar.appendChild(sw);
    bar.appendChild(document.createTextNode(item.name));
  });
  const fit = document.createElement("button");
  fit.className = "kg-fit";
  fit.type = "button";
  fit.textContent = "Fit to view";
  bar.appendChild(fit);
  const box = document.createElement("div");
  box.className = "kg-network";
  box.style.height = data.height + "px";
  wrap.appendChild(bar);
  wrap.appendChild(box);
  parentElement.appendChild(wrap);

  const nodes = new vis.DataSet(data.nodes);
  const edges = new vis.DataSet(data.edges);
  const network = new vis.Network(box, { nodes: nodes, edges: edges }, data.options);
  const state = { nodes: nodes.length, edges: edges.length, drawn: false, drawnMs: null, settledMs: null,
                  network: network, clicked: null };
  window.kgNetwork = state;
  network.once("afterDrawing", function () {
    state.drawn = true;
    state.drawnMs = performance.now() - started;
    state.settledMs = state.drawnMs;  // positions are computed by the server: nothing moves afterwards
    window.kgDraws = (window.kgDraws || 0) + 1;  // for the benchmark: a new drawing after each change
  });
  function view() {
    if (data.focus && nodes.get(data.focus)) {
      network.fit({ animation: false });
      network.selectNodes([data.focus]);
    } else {
      network.fit({ animation: false });
    }
  }
  view();
  fit.addEventListener("click", function () { network.fit({ animation: false }); });
  network.on("hoverNode", function (p) {
    const n = nodes.get(p.node);
    if (n && n.hiddenLabel) nodes.update({ id: n.id, label: n.hiddenLabel });
  });
  network.on("blurNode", function (p) {
    const n = nodes.get(p.node);
    if (n && n.hiddenLabel) nodes.update({ id: n.id, label: "" });
  });
  network.on("click", function (p) {
    let what = null;
    if (p.nodes.length) what = { node: p.nodes[0] };
    else if (p.edges.length) what = { edge: p.edges[0] };
    if (what) {
      state.clicked = what;
      setTriggerValue("click", what);
    }
  });
  return function () {
    network.destroy();
    if (window.kgNetwork === state) window.kgNetwork = null;
  };
}

// The Library Health panel's only script (loaded by nonce): a click on a prompt or a copy file
// asks the extension to open it at the line. The extension checks every message it receives.
(function () {
  const vscode = acquireVsCodeApi();
  document.addEventListener("click", (event) => {
    const target = event.target instanceof Element ? event.target.closest("a.open[data-path]") : null;
    if (!target) return;
    event.preventDefault();
    vscode.postMessage({
      type: "open",
      path: target.getAttribute("data-path"),
      line: Number(target.getAttribute("data-line")) || 1,
      column: Number(target.getAttribute("data-column")) || 1,
    });
  });
})();

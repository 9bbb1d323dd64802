// Runs in the browser: the way every proof page reports back to its test. Each figure goes into
// <dl id="figures"> as <dt>name</dt><dd data-figure="name">value</dd>; the body's data-status turns
// "done", or "failed" with the error's code and stack in #error, so the test waits for one attribute
// and reads the figures as text.

/**
 * Computes the page's figures and writes them into the page.
 *
 * @param compute - returns (or resolves to) the figures, each { name, value }
 */
export async function publishFigures(compute) {
  const list = document.getElementById("figures");
  try {
    for (const { name, value } of await compute()) {
      const term = document.createElement("dt");
      term.textContent = name;
      const detail = document.createElement("dd");
      detail.dataset.figure = name;
      detail.textContent = value;
      list.append(term, detail);
    }
    document.body.dataset.status = "done";
  } catch (error) {
    const box = document.getElementById("error");
    box.hidden = false;
    box.textContent = `${error?.code ?? ""} ${error?.stack ?? error}`;
    document.body.dataset.status = "failed";
    // Rethrown so the failure also shows as a page error.
    throw error;
  }
}

/** show: one call that makes a notebook display a frame, an evaluation or a BVF richly. */
import { subjectKind } from "../_internal/subjectKind.js";
import { subjectOf } from "../render/subject.js";
import { jupyterBundle, type Displayable } from "./jupyterBundle.js";
import { JUPYTER_DISPLAY, type JupyterBundle, type JupyterBundleOptions } from "./types.js";

/** What {@link show} returns: an object Deno's Jupyter kernel displays through `Symbol.for("Jupyter.display")`. */
export interface Shown {
  readonly [JUPYTER_DISPLAY]: () => JupyterBundle;
}

/**
 * Wraps a frame, an evaluation or a BVF (or a MIME bundle of your own) for display: make `show(x)` the last expression of a Deno
 * notebook cell (or `await Deno.jupyter.display(show(x))`) and the kernel shows its Markdown/HTML
 * document, and for an evaluation the cumulative cash-flow chart. The subject is checked at once; the
 * bundle is built when the notebook asks for it. The results themselves stay plain frozen data.
 *
 * @param subject - a frame, an evaluation or a BVF; or a {@link JupyterBundle} you composed, shown as it is
 * @param options - locale and heading level (default 2)
 * @returns a frozen object whose only member is the `Symbol.for("Jupyter.display")` method
 * @throws {RenderArgumentError} (code `RENDER_INVALID_ARGUMENT`) when the subject is none of the three
 *
 * @example
 * ```ts
 * import { show } from "valueframe/notebook";
 * show(frame)[Symbol.for("Jupyter.display")]()["text/markdown"].split("\n")[0]; //=> "## Huatong Industrial Distribution: reference frame"
 * // Two frames side by side: compose their bundles and show the result.
 * const [a, b] = [frameBundle(before), frameBundle(after)];
 * show({ "text/markdown": `${a["text/markdown"]}\n\n${b["text/markdown"]}`, "text/html": a["text/html"] + b["text/html"], "text/plain": "two frames" });
 * ```
 */
export function show(subject: Displayable | JupyterBundle, options?: JupyterBundleOptions): Shown {
  if (isBundle(subject)) {
    const bundle = Object.freeze({ ...subject });
    return Object.freeze({ [JUPYTER_DISPLAY]: (): JupyterBundle => bundle });
  }
  // Fails now, in the cell that passed a wrong subject, not later inside the kernel's display.
  subjectOf("jupyterBundle", subject);
  return Object.freeze({ [JUPYTER_DISPLAY]: (): JupyterBundle => jupyterBundle(subject, options) });
}

function isBundle(value: unknown): value is JupyterBundle {
  return typeof value === "object" && value !== null && typeof (value as Record<string, unknown>)["text/plain"] === "string" && subjectKind(value) === undefined;
}

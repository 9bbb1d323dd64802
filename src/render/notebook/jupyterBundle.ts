/** jupyterBundle: the notebook display of a frame, an evaluation or a BVF, for any kernel's display function. */
import type { Bvf } from "../../bvf/types.js";
import type { Frame } from "../../frame/frame.js";
import type { Evaluation } from "../../quantify/types.js";
import { subjectOf } from "../_internal/subject.js";
import { bvfBundle } from "./bvfBundle.js";
import { evaluationBundle } from "./evaluationBundle.js";
import { frameBundle } from "./frameBundle.js";
import type { JupyterBundle, JupyterBundleOptions } from "./types.js";

/**
 * The MIME bundle (`text/markdown`, `text/html`, `text/plain`) of a frame, an evaluation or a BVF. Hand
 * it to your kernel's display function (`Deno.jupyter.display(bundle, { raw: true })`, IPython's
 * `display(bundle, raw=True)` through a bridge, tslab's `display.html(bundle["text/html"])`).
 *
 * @param subject - a frame, an evaluation or a BVF
 * @param options - locale and heading level (default 2)
 * @returns the frozen bundle
 * @throws {RenderArgumentError} (code `RENDER_INVALID_ARGUMENT`) when the subject is none of the three
 * @throws {RenderOptionsError} (code `RENDER_INVALID_OPTIONS`) for bad options
 *
 * @example
 * ```ts
 * import { jupyterBundle } from "valueframe/render";
 * Object.keys(jupyterBundle(frame)); //=> ["text/markdown", "text/html", "text/plain"]
 * ```
 */
export function jupyterBundle(subject: Frame | Evaluation | Bvf, options?: JupyterBundleOptions): JupyterBundle {
  const found = subjectOf("jupyterBundle", subject);
  if (found.kind === "frame") return frameBundle(found.value, options);
  if (found.kind === "evaluation") return evaluationBundle(found.value, options);
  return bvfBundle(found.value, options);
}

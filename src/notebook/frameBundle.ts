/** frameBundle: the notebook display of a reference frame. Imports only frame rendering (never defineFrame). */
import type { Frame } from "../frame/frame.js";
import { frameSections, frameToMarkdown } from "../render/markdown/frameToMarkdown.js";
import { getLocale } from "../render/locales/getLocale.js";
import { linkageDiagramSvg } from "../render/svg/linkageDiagramSvg.js";
import { bundleOf, markdownOptions, withDrawnDiagram } from "./_internal/bundle.js";
import type { JupyterBundle, JupyterBundleOptions } from "./types.js";

/**
 * The MIME bundle a notebook shows for a frame: its document as Markdown, HTML and plain text. `show(frame)`
 * displays it in Deno's Jupyter kernel.
 *
 * @param frame - a frame from `defineFrame`
 * @param options - locale and heading level (default 2)
 * @returns the frozen bundle
 * @throws {RenderArgumentError} (code `RENDER_INVALID_ARGUMENT`) for bad options
 *
 * @example
 * ```ts
 * import { frameBundle } from "valueframe/notebook";
 * frameBundle(frame)["text/markdown"].split("\n")[0]; //=> "## Huatong Industrial Distribution: reference frame"
 * ```
 */
export function frameBundle(frame: Frame, options?: JupyterBundleOptions): JupyterBundle {
  const resolved = markdownOptions(options);
  const markdown = frameToMarkdown(frame, resolved);
  // Notebooks show a Mermaid block as code: the HTML view draws the linkage as SVG instead.
  const without = frameToMarkdown(frame, { ...resolved, sections: frameSections.filter((section) => section !== "diagram") });
  const heading = getLocale(resolved.locale ?? "en").text.frame.diagram;
  return bundleOf(markdown, undefined, withDrawnDiagram(without, heading, (resolved.headingLevel ?? 2) + 1, linkageDiagramSvg(frame, resolved.locale === undefined ? {} : { locale: resolved.locale })));
}

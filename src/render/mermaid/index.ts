/**
 * Mermaid diagrams of valueframe's models: the reference frame's linkage and the BVF's four levels, as
 * Mermaid source text (render it with any Mermaid renderer, or read it as it is).
 *
 * @module
 */
export { bvfDiagram } from "./bvfDiagram.js";
export type { BvfDiagramOptions } from "./bvfDiagram.js";
export { linkageDiagram } from "./linkageDiagram.js";
export type { LinkageDiagramOptions } from "./linkageDiagram.js";

/** Element kind names with their article, for messages ("an issue", "a goal"). */
import { type ElementKind, elementKindInfo } from "../elements.js";

/** The kind's short label with "a" or "an" in front. */
export function aKind(kind: ElementKind): string {
  const label = elementKindInfo[kind].label;
  return /^[aeiou]/.test(label) ? `an ${label}` : `a ${label}`;
}

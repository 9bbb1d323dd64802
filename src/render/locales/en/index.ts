/** The English locale, assembled from its parts. */
import type { Locale } from "../types.js";
import { charts } from "./charts.js";
import { text } from "./text.js";

/** English: reports and question plans (`text`), diagrams and charts (`charts`). */
export const en: Locale = Object.freeze({ id: "en", text, charts });

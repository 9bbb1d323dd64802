/** The Simplified Chinese locale, assembled from its parts. */
import type { Locale } from "../types.js";
import { charts } from "./charts.js";
import { text } from "./text.js";

/** Simplified Chinese: reports and question plans (`text`), diagrams and charts (`charts`). */
export const zhCN: Locale = Object.freeze({ id: "zh-CN", text, charts });

/** A locale of your own: a language tag for Intl and a few strings laid over a shipped locale. */
import { describe, expect, it } from "vitest";
import { RenderArgumentError } from "../../src/render/errors.js";
import { formatDate } from "../../src/render/format/formatDate.js";
import { formatMoney } from "../../src/render/format/formatMoney.js";
import { defineLocale } from "../../src/render/locales/defineLocale.js";
import { en } from "../../src/render/locales/en/index.js";
import { getLocale } from "../../src/render/locales/getLocale.js";
import { frameToMarkdown } from "../../src/render/markdown/frameToMarkdown.js";
import { questionPlanToMarkdown } from "../../src/render/questions/questionPlanToMarkdown.js";
import { waterfallSpec } from "../../src/render/vegaLite/waterfallSpec.js";
import { evaluation, frame } from "./fixtures.js";
import { tableRow, thrown } from "./helpers.js";

const de = defineLocale({
  id: "de-DE",
  text: {
    frame: { title: (customer) => `${customer}: Bezugsrahmen`, goals: "Strategische Ziele", values: "Leistungswerte" },
    questions: { issue: { signs: (i) => `Wir sehen Anzeichen für „${i.name}“. Wie zeigt es sich heute in Ihren Zahlen?` } },
  },
  charts: { charts: { waterfallWeighted: "Wertbeitrag (gewichtet)" } },
});

describe("defineLocale — German over English", () => {
  it("writes a frame's headings in German", () => {
    const md = frameToMarkdown(frame, { locale: de, sections: ["goals", "values"] });
    expect(md.split("\n")[0]).toBe("# Huatong Industrial Distribution: Bezugsrahmen");
    expect(md.split("\n").filter((line) => line.startsWith("## "))).toEqual(["## Strategische Ziele", "## Leistungswerte"]);
  });

  it("formats figures with Intl for de-DE: comma decimals, dot grouping, the German date", () => {
    const nbsp = "\u00a0"; // Intl's German puts a no-break space before "%" and the currency.
    const md = frameToMarkdown(frame, { locale: de, sections: ["goals", "values"] });
    // 48 − 40 = 8 M CNY, 20 % of 40; 400 − 365 = 35, 9.6 % of 365.
    expect(tableRow(md, "**Revenue 400 M CNY this year**")[5]).toBe(`+35 M CNY (+9,6${nbsp}%)`);
    expect(tableRow(md, "**Operating cash flow +20 % this year**")[6]).toBe("31. Dezember 2026");
    // 14,000,000 CNY once at 80 %: 11,200,000 expected.
    expect(tableRow(md, "**Working capital released**")[2]).toBe(`14.000.000,00${nbsp}CN¥ once`);
    expect(tableRow(md, "**Working capital released**")[5]).toBe(`11.200.000,00${nbsp}CN¥`);
    expect(formatMoney("14000000", "CNY", { locale: de })).toBe(`14.000.000,00${nbsp}CN¥`);
    expect(formatDate("2026-12-31", { locale: de })).toBe("31. Dezember 2026");
  });

  it("keeps English where nothing is overridden, and uses the overrides everywhere a locale goes", () => {
    const md = frameToMarkdown(frame, { locale: de, sections: ["goals"] });
    expect(md).toContain("| Goal | Perspective | Metric |");
    expect(questionPlanToMarkdown(frame, { locale: de, sections: ["issues"] })).toContain(
      "- Wir sehen Anzeichen für „Collection rate falling: DSO grew from 48 to 62 days“. Wie zeigt es sich heute in Ihren Zahlen?",
    );
    expect(waterfallSpec(evaluation, { locale: de }).title).toBe("Wertbeitrag (gewichtet)");
  });

  it("is frozen, accepted by getLocale as it is, and leaves its base untouched", () => {
    expect(de.id).toBe("de-DE");
    expect(Object.isFrozen(de.text.frame)).toBe(true);
    expect(getLocale(de)).toBe(de);
    expect(en.text.frame.goals).toBe("Strategic goals");
    expect(de.text.bvf).toEqual(en.text.bvf);
  });

  it("builds over zh-CN when asked", () => {
    const tw = defineLocale({ id: "zh-TW", base: "zh-CN", text: { frame: { goals: "戰略目標" } } });
    const md = frameToMarkdown(frame, { locale: tw, sections: ["goals"] });
    expect(md.split("\n")[0]).toBe("# Huatong Industrial Distribution：参照系");
    expect(md).toContain("## 戰略目標");
  });
});

describe("defineLocale — checks", () => {
  it("lists every problem with its path in one RenderArgumentError", () => {
    const error = thrown(() =>
      defineLocale({ id: "not a tag!", base: "fr" as "en", text: { frame: { gaols: "Ziele", title: "Bezugsrahmen" } } as never, charts: 3 as never }),
    ) as RenderArgumentError;
    expect(error).toBeInstanceOf(RenderArgumentError);
    expect(error.code).toBe("RENDER_INVALID_ARGUMENT");
    expect(error.issues.map((issue) => [issue.path.join("."), issue.code])).toEqual([
      ["id", "invalid_value"],
      ["base", "invalid_value"],
      ["text.frame.gaols", "unrecognized_keys"],
      ["text.frame.title", "invalid_type"],
      ["charts", "invalid_type"],
    ]);
    expect(error.issues[2]?.message).toBe('the base locale has no such entry (did you mean one of "goals", "grid", "gridCorner", "goal"?)');
    expect(error.issues[3]?.message).toBe('must be a template (function), got "Bezugsrahmen"');
  });

  it("rejects a locale object missing strings where a renderer takes it, at its path under locale", () => {
    const partial = { ...en, id: "de-DE", text: { ...en.text, frame: undefined } };
    const error = thrown(() => frameToMarkdown(frame, { locale: partial as never })) as RenderArgumentError;
    expect(error.issues).toEqual([{ path: ["locale", "text", "frame"], code: "invalid_type", message: "must be an object, got undefined" }]);
  });
});

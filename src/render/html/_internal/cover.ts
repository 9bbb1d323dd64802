/**
 * The HTML report's title page and printed pages: who it is for and by, its date and version, a logo and a
 * theme colour. The options are checked here (every problem at its path); the cover block and the page
 * rules (paper, running header and footer) are built from them and from the document.
 */
import type { ValueframeIssue } from "../../../errors/ValueframeError.js";
import type { ChartLocale } from "../../_internal/chartOptions.js";
import { esc } from "../../_internal/xml.js";
import { formatDate } from "../../format/formatDate.js";
import { pageCss } from "./reportCss.js";

/** The title page and printed pages of the HTML report; every part is optional. */
export interface ReportBranding {
  /** Paper of the printed report: `"a4"` (default) or `"letter"`. */
  readonly paper?: "a4" | "letter";
  /**
   * The date the report is made, as an ISO date (`"2026-05-01"`): on the cover and in the running
   * header, in the locale's long form. Left out when not given: render reads no clock.
   */
  readonly date?: string;
  /** The report's version, e.g. `"v2"` or `"Draft 3"`. */
  readonly version?: string;
  /** Whom it is prepared for (default: the frame's customer, else the BVF's). */
  readonly customer?: string;
  /** Who prepared it (default: the BVF's seller). */
  readonly seller?: string;
  /**
   * A logo for the cover: a `data:image/png`, `data:image/jpeg` or `data:image/svg+xml` URL (the report
   * stays self-contained), or an `https:` URL (the browser loads it when it shows or prints the page).
   */
  readonly logo?: string;
  /** The theme colour of the cover, rules and links: a CSS hex colour such as `"#0b6e4f"`. */
  readonly themeColor?: string;
}

/** Rules of the branding options that the chart option checker knows how to check. */
export const brandingRules = {
  paper: { kind: "oneOf", values: ["a4", "letter"] },
  version: { kind: "text" },
  customer: { kind: "text" },
  seller: { kind: "text" },
} as const;

/** A logo beyond this many characters (about 1.5 MB of image) would swell every copy of the report. */
const maxLogoLength = 2_000_000;

const hexColour = /^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
// Base64 data only for the bitmaps; an SVG may also be written percent-encoded or as plain text.
const dataLogo = /^data:image\/(?:(?:png|jpeg)(?:;[a-z-]+=[a-z0-9.+-]+)*;base64,[a-z0-9+/]+={0,2}|svg\+xml(?:;[a-z-]+=[a-z0-9.+-]+)*(?:;base64,[a-z0-9+/]+={0,2}|,[^\u0000-\u001f\u007f]*))$/i;
// Host, optional port, then only characters a URL may hold (RFC 3986): no quotes, spaces or angle brackets.
const httpsLogo = /^https:\/\/[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?(?::\d{1,5})?(?:[/?#][a-z0-9\-._~:/?#[\]@!$&'()*+,;=%]*)?$/i;

/** Why `logo` cannot be used, or undefined when it can. */
function logoProblem(logo: unknown): string | undefined {
  if (typeof logo !== "string") return `must be a data: or https: URL, got ${JSON.stringify(logo) ?? String(logo)}`;
  if (logo.length > maxLogoLength) return `is ${logo.length} characters long; the most is ${maxLogoLength} (about 1.5 MB of image)`;
  if (dataLogo.test(logo) || httpsLogo.test(logo)) return undefined;
  const shown = logo.length > 60 ? `${JSON.stringify(logo.slice(0, 60))}…` : JSON.stringify(logo);
  return `must be a data:image/png, data:image/jpeg or data:image/svg+xml URL (base64 for png and jpeg), or an https: URL, got ${shown}`;
}

/**
 * Adds the issues of the branding options the shared rules do not cover: `date` (an ISO calendar date),
 * `logo` (see {@link ReportBranding.logo}) and `themeColor` (a CSS hex colour).
 */
export function checkBranding(given: Readonly<Record<string, unknown>>, issues: ValueframeIssue[]): void {
  const { date, logo, themeColor } = given;
  if (date !== undefined) {
    try {
      formatDate(date as string);
    } catch {
      issues.push({ path: ["date"], code: "invalid_value", message: `must be an ISO calendar date such as "2026-05-01", got ${JSON.stringify(date) ?? String(date)}` });
    }
  }
  const problem = logo === undefined ? undefined : logoProblem(logo);
  if (problem !== undefined) issues.push({ path: ["logo"], code: "invalid_value", message: problem });
  if (themeColor !== undefined && (typeof themeColor !== "string" || !hexColour.test(themeColor))) {
    issues.push({ path: ["themeColor"], code: "invalid_value", message: `must be a CSS hex colour such as "#0b6e4f", got ${JSON.stringify(themeColor) ?? String(themeColor)}` });
  }
}

/** What the document says about itself: the report's title and subtitle, its customer and seller. */
export interface CoverSubject {
  readonly title: string;
  readonly subtitle: string;
  readonly customer: string | undefined;
  readonly seller: string | undefined;
  /** A band atop the first page instead of a title page of its own (a report that opens with its summary). */
  readonly compact?: boolean;
}

/** The cover block and the page rules of one report. */
export interface Cover {
  /** `<header class="cover">…</header>`: the top of the page on screen, the title page on paper. */
  readonly html: string;
  /** The page rules to append to the report's stylesheet. */
  readonly css: string;
}

/**
 * Builds the cover and the page rules from checked options (see {@link checkBranding}) and the document;
 * options win over what the document says.
 */
export function reportCover(locale: ChartLocale, options: ReportBranding | undefined, subject: CoverSubject): Cover {
  const t = locale.text.html.cover;
  const customer = options?.customer ?? subject.customer;
  const seller = options?.seller ?? subject.seller;
  const date = options?.date === undefined ? undefined : locale.date(options.date);
  const version = options?.version;
  const facts = [
    [t.preparedFor, customer],
    [t.preparedBy, seller],
    [t.date, date],
    [t.version, version],
  ].filter((fact): fact is [string, string] => fact[1] !== undefined);
  const logo = options?.logo === undefined ? "" : `<img class="logo" src="${esc(options.logo)}" alt="${esc(seller ?? t.logo)}">`;
  const html = [
    `<header class="cover${subject.compact === true ? " compact" : ""}">`,
    logo,
    `<h1>${esc(subject.title)}</h1>`,
    subject.subtitle === "" ? "" : `<p>${esc(subject.subtitle)}</p>`,
    facts.length === 0 ? "" : `<dl>${facts.map(([term, value]) => `<div><dt>${esc(term)}</dt><dd>${esc(value)}</dd></div>`).join("")}</dl>`,
    "</header>",
  ].join("");
  const footer = [seller, version === undefined ? undefined : `${t.version} ${version}`].filter((part) => part !== undefined).join(" · ");
  const css = pageCss({
    paper: options?.paper ?? "a4",
    themeColor: options?.themeColor,
    headerLeft: customer ?? subject.title,
    headerRight: date,
    footerLeft: footer,
    pageOf: t.pageOf,
  });
  return { html, css };
}

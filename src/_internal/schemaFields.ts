/**
 * The zod fields the people-and-process models write alike — an id, a text, a calendar date, one of a
 * list — with the same messages everywhere, so the same mistake reads the same in every file.
 */
import * as z from "zod";

/** An id: a non-empty string without spaces around it. */
export const idField = z.string({ error: "expected an id string" }).min(1, { error: "an id must not be empty" }).refine((value) => value.trim() === value, { error: "an id must not have spaces around it" });

/** A text a person reads: non-empty. */
export const textField = z.string({ error: "expected a string" }).min(1, { error: "must not be empty" });

/** A calendar date written YYYY-MM-DD. */
export const dateField = z.iso.date({ error: 'expected a calendar date written YYYY-MM-DD, e.g. "2026-10-12"' });

/** One of `values`, the message listing them. */
export const enumOf = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { error: `expected one of ${values.map((v) => `"${v}"`).join(", ")}` });

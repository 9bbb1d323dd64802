/**
 * Every real root above -1 of a discounted-flow equation Σ c_i (1+r)^(-E_i/m) = 0: the orchestrator.
 *
 * IRR (E_i = i, m = 1) and XIRR (E_i = day counts, m = days per year) share this solver. A series with
 * one sign change goes to the conventional solver first. Otherwise roots are isolated in float64 in
 * ρ = ln(1+r) (isolation.ts over floatFlows.ts: Descartes' and Laguerre's rules of signs for the count,
 * then cells), located by safeguarded Newton, then polished: by the conventional solver's certified
 * steps where they prove the digits, else by Newton steps in Fixed256 (polish.ts).
 */
import { polishRoot, solveConventional, solveSingleRoot } from "./conventional.js";
import { FloatFlows } from "./floatFlows.js";
import type { FoundRoot, RootSearch } from "./foundRoot.js";
import { floatRoots, laguerreBounds, locate, rhoBounds } from "./isolation.js";
import { Fixed256Polisher } from "./polish.js";
import { signChanges } from "./polynomial.js";
import type { FlowPoly } from "./polynomial.js";

/**
 * Finds the roots of a FlowPoly with at least one sign change (`changes`, counted by the caller when
 * it has them). With `nearest`, only the places that can hold the root nearest that rate are isolated
 * and only that root is polished; a series with one sign change skips isolation. Throws RangeError when
 * isolation or polishing fails (the caller turns it into a typed error).
 */
export function solveFlows(poly: FlowPoly, guess: number, mode: "all" | "nearest", changes = signChanges(poly.floats ?? poly.c)): RootSearch {
  const conventional = changes === 1;
  // The fast refinement needs every coefficient exact in float64.
  const floats = poly.floats ?? poly.c.map(Number);
  const floatForm = floats.every((x) => Math.abs(x) < 2 ** 53) ? { c: floats, E: poly.E, m: poly.m } : undefined;
  if (conventional && floatForm !== undefined) {
    // Exactly one root (Descartes): the fast path proves its digits in most cases.
    const fast = solveConventional(floatForm);
    if (fast !== undefined) return { roots: [fast.root], iterations: fast.iterations, method: "newton-single-sign-change" };
  }
  if (mode === "nearest" && floatForm !== undefined) {
    // One root in all by Laguerre's rule (a bound of 1 on one side of 0 %, 0 on the other): the
    // nearest whatever the guess, found and certified on its side as a conventional root is.
    const bound = laguerreBounds(poly);
    if (bound !== undefined && bound.above + bound.below === 1) {
      const single = solveSingleRoot(floatForm, bound.above === 1, bound.sign);
      if (single !== undefined) return { roots: [single.root], iterations: single.iterations, method: "isolation-newton" };
    }
  }
  const ff = new FloatFlows(poly);
  const [lo, hi] = rhoBounds(poly);
  const guessRho = Math.log1p(guess);
  const polisher = new Fixed256Polisher(poly);
  let iterations = 0;

  const finish = (rho: number, multiple: boolean): FoundRoot | undefined => {
    const fast = multiple || floatForm === undefined ? undefined : polishRoot(floatForm, rho);
    if (fast !== undefined) {
      iterations += 2;
      return fast;
    }
    const polished = polisher.polish(rho, multiple);
    if (polished === undefined) return undefined;
    iterations += polished.steps;
    return polished.root;
  };

  if (conventional) {
    // φ(0) = Σ f_i tells on which side of ρ = 0 it lies.
    ff.evalAt(0);
    const v0 = ff.v;
    const first = Math.sign(ff.f[0]!);
    let rho: number;
    if (v0 === 0) rho = 0;
    else {
      const [a, b] = Math.sign(v0) !== first ? [0, hi] : [lo, 0];
      const [x, it] = locate(ff, a, b, guessRho);
      iterations += it;
      rho = x;
    }
    const root = finish(rho, false);
    if (root === undefined) throw new RangeError("polishing did not converge");
    return { roots: [root], iterations, method: "newton-single-sign-change" };
  }

  const located = floatRoots(ff, poly, lo, hi, guessRho, mode === "nearest" ? guess : undefined);
  iterations += located.iterations;
  const candidates = located.candidates;
  let chosen = candidates;
  if (mode === "nearest" && candidates.length > 1) {
    // Float roots can misjudge a near tie: every candidate about as near as the nearest is polished, and
    // the caller chooses among their exact rates.
    const distance = (c: { rho: number }): number => Math.abs(Math.expm1(c.rho) - guess);
    const nearest = Math.min(...candidates.map(distance));
    chosen = candidates.filter((c) => distance(c) <= nearest + 1e-9 * (1 + nearest));
  }
  const roots: FoundRoot[] = [];
  for (const c of chosen) {
    const root = finish(c.rho, c.cluster);
    if (root !== undefined) roots.push(root);
    else if (!c.cluster) throw new RangeError("polishing did not converge");
  }
  roots.sort((x, y) => x.rate.comparedTo(y.rate));
  const unique = roots.filter((r, i) => i === 0 || !r.rate.minus(roots[i - 1]!.rate).abs().lte(r.rate.abs().plus(1).times("1e-25")));
  if (mode === "nearest" && unique.length === 0 && candidates.length > 1) {
    // The nearest candidate was a near miss, not a root: fall back to every root.
    return solveFlows(poly, guess, "all", changes);
  }
  return { roots: unique, iterations, method: "isolation-newton", clustered: located.clustered };
}

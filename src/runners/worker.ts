/**
 * The worker a pool thread runs (piscina's `filename`): one task — a chunk of documents — in, one
 * summary or failure per document out, as plain JSON. Members are read from the file system.
 */
import { fileReader } from "./_internal/fileReader.js";
import { runTask, type PortfolioTask } from "./task.js";
import type { CaseFailure, CaseSummary } from "../portfolio/summariseCase.js";

/** Runs one task in this worker thread. */
export default function portfolioTask(task: PortfolioTask): (CaseSummary | CaseFailure)[] {
  return runTask(task, fileReader(task.cwd));
}

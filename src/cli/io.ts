/** What the CLI needs from the outside world, injected so the whole command runs in-process in tests. */

/** The streams and files a CLI run uses. {@link nodeIo} gives the real ones. */
export interface CliIo {
  /** Writes text to standard output (the command's result). */
  readonly stdout: (text: string) => void;
  /** Writes text to standard error (problems, progress). */
  readonly stderr: (text: string) => void;
  /** Reads a UTF-8 file by absolute path; throws an error with `code` `ENOENT` when it does not exist. */
  readonly readFile: (path: string) => string;
  /**
   * The names of the entries of a folder by absolute path, or `undefined` when the path is not a folder
   * (a file, or nothing). Commands that take a folder (`funnel`) need it; without it, every argument is a file.
   */
  readonly listFolder?: (path: string) => readonly string[] | undefined;
  /** Writes a file by absolute path (text as UTF-8, bytes as they are), creating missing folders. */
  readonly writeFile: (path: string, content: string | Uint8Array) => void;
  /** The folder relative paths start from. */
  readonly cwd: string;
  /** True when standard error is a terminal: only then is progress drawn. */
  readonly stderrIsTTY: boolean;
  /**
   * Calls `stop` when the user asks a long-running command to stop (Ctrl-C, SIGTERM), so it can finish
   * cleanly; returns how to stop listening. Without it, a command runs until it ends by itself.
   */
  readonly onStop?: (stop: () => void) => () => void;
  /** The installed package's folder: its package.json (for `--version`) and examples (for `demo`). */
  readonly packageRoot: string;
}

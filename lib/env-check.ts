import { EnvError, serverEnv } from "./env";

/**
 * Parses the environment at start. A public server without its mail server or secret must not
 * start at all: it says which variable to set and exits, instead of failing on the first sign-in.
 */
export function checkEnvironmentOrExit(): void {
  try {
    serverEnv();
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    console.error(`\nSentaku cannot start: ${error.message}\n`);
    process.exit(1);
  }
}

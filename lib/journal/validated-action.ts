import "server-only";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { type CurrentUser, requireUser } from "@/lib/auth/session";
import { type ActionResult, INVALID_MESSAGE } from "./action-result";
import { fieldErrorsOf } from "./schema";
import { privateErrorSummary } from "./private-error";

interface ValidatedActionOptions<Schema extends z.ZodType, Data> {
  /** Names the action in the log line written when it fails unexpectedly. */
  name: string;
  /** Where sign-in comes back to when the session has ended. */
  returnTo: string;
  schema: Schema;
  /** FormData to the schema's input; every field read as a string, whatever was sent. */
  read: (formData: FormData) => z.input<Schema>;
  run: (input: z.output<Schema>, user: CurrentUser) => Promise<ActionResult<Data>>;
}

/**
 * The one shape of a journal server action: the signed-in member, then zod, then the work with her
 * id. Server actions are public POST endpoints, so none of this may live in the form alone.
 * Tests call these actions directly, replacing only NextAuth's getServerSession (its request
 * context cannot exist in Vitest); requireUser() and everything after it run for real.
 */
export function validatedActionWithUser<Schema extends z.ZodType, Data>(
  options: ValidatedActionOptions<Schema, Data>,
): (formData: FormData) => Promise<ActionResult<Data>> {
  return async (formData: FormData) => {
    const user = await requireUser(options.returnTo);
    const parsed = options.schema.safeParse(options.read(formData));
    if (!parsed.success) {
      return { ok: false, error: INVALID_MESSAGE, fieldErrors: fieldErrorsOf(parsed.error) };
    }
    try {
      return await options.run(parsed.data, user);
    } catch (error) {
      unstable_rethrow(error);
      // The original message may quote what she wrote (Prisma echoes arguments); the log and the
      // error page get the kind of failure only.
      console.error(`[journal] ${options.name} failed: ${privateErrorSummary(error)}`);
      throw new Error(`The journal action "${options.name}" failed.`);
    }
  };
}

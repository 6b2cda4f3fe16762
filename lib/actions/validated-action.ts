import "server-only";
import type { z } from "zod";
import { type CurrentUser, requireUser } from "@/lib/auth/session";
import { type ActionResult, fieldErrorsOf, INVALID_MESSAGE } from "./action-result";

interface ValidatedActionOptions<Schema extends z.ZodType, Data> {
  /** Where sign-in comes back to when the session has ended. */
  returnTo: string;
  schema: Schema;
  /** FormData to the schema's input; every field read as a string, whatever was sent. */
  read: (formData: FormData) => z.input<Schema>;
  run: (input: z.output<Schema>, user: CurrentUser) => Promise<ActionResult<Data>>;
}

/**
 * The one shape of a members-area server action: the signed-in member, then zod, then the work
 * with her id. Server actions are public POST endpoints, so none of this may live in the form
 * alone. An unexpected failure throws on into the error page; a database error has already lost
 * its message on the way (lib/db/scrub-errors.ts), so what she wrote never reaches a log.
 * Tests call these actions directly, replacing only NextAuth's getServerSession (its request
 * context cannot exist in Vitest); requireUser() and everything after it run for real.
 */
export function validatedActionWithUser<Schema extends z.ZodType, Data>(
  options: ValidatedActionOptions<Schema, Data>,
): (formData: FormData) => Promise<ActionResult<Data>> {
  return async (formData: FormData) => {
    const user = await requireUser(options.returnTo);
    // Typed as the form's FormData, but a server action is a public endpoint: a hand-made request
    // can make the argument a string, an object, a number or nothing. Whatever is not a form is
    // answered like a form with every field wrong, never a crash.
    const sent: unknown = formData;
    if (!(sent instanceof FormData)) return { ok: false, error: INVALID_MESSAGE, fieldErrors: {} };
    const parsed = options.schema.safeParse(options.read(sent));
    if (!parsed.success) {
      return { ok: false, error: INVALID_MESSAGE, fieldErrors: fieldErrorsOf(parsed.error) };
    }
    return options.run(parsed.data, user);
  };
}

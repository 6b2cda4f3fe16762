import { PrismaAdapter } from "@next-auth/prisma-adapter";
import type { NextAuthOptions } from "next-auth";
import type { Adapter } from "next-auth/adapters";
import EmailProvider from "next-auth/providers/email";
import { db } from "@/lib/db/client";
import { serverEnv } from "@/lib/env";
import { log } from "@/lib/log";
import { sendSignInMail } from "@/lib/mail/send-sign-in";
import { authCookies } from "./cookies";
import { callbackPathOf, confirmationPath, sameSiteRedirect } from "./callback-url";
import { claimSignInEmail } from "./rate-limit";
import { serverAuthSecret } from "./secret";
import { deleteCodesFor, deleteStaleCodes, issueSignInCode } from "./sign-in-code";
import { deleteStaleTokens } from "./verification";

const env = serverEnv();

export const SIGN_IN_LINK_MAX_AGE_SECONDS = env.signInLinkMaxAgeSeconds;

/** What the sign-in endpoint knows about the request that NextAuth does not pass on. */
export interface SignInRequestContext {
  /** The rate-limit key of the client (see clientIp()). */
  clientIp: string;
  /** The random id in the requesting browser's cookie, which the mailed code is tied to. */
  requestId: string;
  /** Set when a limit refused the email: when she may ask again (the reply tells her). */
  refusedUntil?: Date;
}

/**
 * The Prisma adapter, with two changes:
 * - when a link is used, the address's other unused links are deleted too, so an older email left
 *   in the inbox cannot sign anyone in later, and so are its codes (a code is the same key as its
 *   link, typed instead of clicked: using either one uses both);
 * - with a gate, a token is stored only if its email is really sent. NextAuth stores the token and
 *   sends the email side by side; past the limit, storing would only let a flood of requests
 *   fill the table with tokens nobody received.
 */
function adapter(tokenGate?: Promise<boolean>): Adapter {
  const base = PrismaAdapter(db);
  return {
    ...base,
    async createVerificationToken(token) {
      if (tokenGate && !(await tokenGate)) return token;
      return (await base.createVerificationToken?.(token)) ?? token;
    },
    async useVerificationToken(params) {
      const used = (await base.useVerificationToken?.(params)) ?? null;
      if (used && used.expires.getTime() >= Date.now()) {
        await db.verificationToken.deleteMany({ where: { identifier: used.identifier } });
      }
      if (used) await deleteCodesFor(db, used.identifier);
      return used;
    },
  };
}

/**
 * NextAuth's options. The sign-in endpoint builds them per request with the client's address, so
 * that the per-client limit is enforced where the email is sent; everything else uses
 * `authOptions`.
 */
export function createAuthOptions(context?: SignInRequestContext): NextAuthOptions {
  let decide: (sent: boolean) => void = () => {};
  const willSend = new Promise<boolean>((resolve) => (decide = resolve));
  return {
    adapter: adapter(context ? willSend : undefined),
    secret: serverAuthSecret(),
    // Secure cookies with the __Secure-/__Host- prefixes whenever the site is served over https.
    useSecureCookies: env.https,
    cookies: authCookies(env),
    session: { strategy: "database", maxAge: 30 * 24 * 60 * 60 },
    providers: [
      EmailProvider({
        from: env.emailFrom,
        maxAge: env.signInLinkMaxAgeSeconds,
        async sendVerificationRequest({ identifier, url, expires, token }) {
          let claim: Awaited<ReturnType<typeof claimSignInEmail>>;
          try {
            claim = await claimSignInEmail(db, { email: identifier, ip: context?.clientIp ?? "unknown" });
          } catch (error) {
            decide(false);
            throw error;
          }
          decide(claim.allowed);
          // Past the limit nothing is sent, and the reply says when she may ask again: the limit
          // counts every address alike, member or not, so this tells nobody who is a member.
          if (!claim.allowed) {
            log.warn("[auth] Sign-in email not sent: 15-minute limit reached for the address or client.");
            if (context && claim.retryAt) context.refusedUntil = claim.retryAt;
            return;
          }
          await deleteStaleTokens(db);
          await deleteStaleCodes(db);
          const callbackUrl = new URL(url).searchParams.get("callbackUrl") ?? "/";
          const callbackPath = callbackPathOf(callbackUrl, env.publicUrl);
          const link = env.publicUrl + confirmationPath({ token, email: identifier, callbackPath });
          try {
            // Only a browser that asked through the sign-in endpoint has a request id to tie a code to.
            const code = context
              ? await issueSignInCode(db, {
                  identifier,
                  token,
                  requestId: context.requestId,
                  callbackPath,
                  expires,
                  secret: serverAuthSecret(),
                })
              : null;
            await sendSignInMail({ to: identifier, url: link, code, expires });
          } catch (error) {
            await claim.release();
            throw error;
          }
        },
      }),
    ],
    // NextAuth's own messages through the app's logger, so that what they quote from a request is
    // escaped like every other line.
    logger: {
      error: (code, metadata) =>
        log.error(`[auth] ${code}`, metadata instanceof Error ? metadata : metadata.error),
      warn: (code) => log.warn(`[auth] ${code}`),
      debug: () => {},
    },
    pages: {
      signIn: "/signin",
      verifyRequest: "/signin/check-email",
      error: "/signin/error",
    },
    callbacks: {
      redirect: sameSiteRedirect,
      session({ session, user }) {
        return { ...session, user: { ...session.user, id: user.id, email: user.email ?? "" } };
      },
    },
  };
}

export const authOptions: NextAuthOptions = createAuthOptions();

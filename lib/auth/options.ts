import { PrismaAdapter } from "@next-auth/prisma-adapter";
import type { NextAuthOptions } from "next-auth";
import EmailProvider from "next-auth/providers/email";
import { db } from "@/lib/db/client";
import { sendSignInEmail } from "@/lib/mail/send-sign-in";
import { authSecret } from "./secret";

export const SIGN_IN_LINK_MAX_AGE_SECONDS = Number(process.env.SIGNIN_LINK_MAX_AGE_SECONDS ?? 600);

export const authOptions: NextAuthOptions = {
  adapter: PrismaAdapter(db),
  secret: authSecret(),
  session: { strategy: "database", maxAge: 30 * 24 * 60 * 60 },
  providers: [
    EmailProvider({
      from: process.env.EMAIL_FROM ?? "Sentaku <no-reply@localhost>",
      maxAge: SIGN_IN_LINK_MAX_AGE_SECONDS,
      sendVerificationRequest: sendSignInEmail,
    }),
  ],
  pages: {
    signIn: "/signin",
    verifyRequest: "/signin/check-email",
    error: "/signin/error",
  },
  callbacks: {
    session({ session, user }) {
      return { ...session, user: { ...session.user, id: user.id, email: user.email ?? "" } };
    },
  },
};

import { expect, request as playwrightRequest, test } from "@playwright/test";
import { uniqueEmail } from "../e2e/support/journal";
import { mailsTo } from "../e2e/support/mail";
import { type InstanceName, clusterEnvironment } from "./support/cluster";

const env = clusterEnvironment();

/** One sign-in request as next-auth/react sends it, straight to one instance. */
async function requestLink(instance: InstanceName, email: string, client: string): Promise<number> {
  // Each request from its own client address (the instances trust nginx's X-Forwarded-For), so
  // only the per-address limit can stop them.
  const context = await playwrightRequest.newContext({
    baseURL: env.instanceURL(instance),
    extraHTTPHeaders: { "X-Forwarded-For": client },
  });
  try {
    const { csrfToken } = (await (await context.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const response = await context.post("/api/auth/signin/email", {
      form: { email, csrfToken, callbackUrl: env.nginxURL, json: "true" },
      maxRedirects: 0,
    });
    return response.status();
  } finally {
    await context.dispose();
  }
}

test("twenty sign-in requests for one address, alternating between the instances, send at most three mails", async () => {
  const email = uniqueEmail("limit");
  const statuses = await Promise.all(
    Array.from({ length: 20 }, (_, i) => requestLink(i % 2 === 0 ? "a" : "b", email, `198.51.100.${i + 1}`)),
  );
  // Every request got an answer (the limit counts members and strangers alike, so a refusal, which
  // says when to ask again, tells nothing about who is a member).
  expect(statuses.every((status) => status < 500)).toBe(true);

  await expect.poll(async () => (await mailsTo(email)).length, { timeout: 15_000 }).toBeGreaterThan(0);
  // Give a late mail time to arrive before counting for good.
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  expect((await mailsTo(email)).length).toBeLessThanOrEqual(3);
});

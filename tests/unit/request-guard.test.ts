import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { actionOnPage, pagePattern } from "@/lib/security/action-ids";
import { PER_REQUEST_PAGES } from "@/lib/security/headers";
import {
  crossOriginAction,
  plainRead,
  readBodyUpTo,
  undecodableActionPost,
  unreadableRouterState,
  unusableCallbackParam,
  withoutUnusableCallbackCookie,
} from "@/lib/security/request-guard";

const base = "http://localhost:3000";
const NAME = "next-auth.callback-url";

describe("the request guard in front of Next.js and NextAuth", () => {
  it("refuses a server action from another origin or from Origin: null", () => {
    const action = (origin: string | null) =>
      new Headers({ "next-action": "7f".repeat(21), host: "localhost:3000", ...(origin ? { origin } : {}) });
    expect(crossOriginAction(action("http://evil.example"))).toBe(true);
    expect(crossOriginAction(action("null"))).toBe(true);
    expect(crossOriginAction(action("http://localhost:3000"))).toBe(false);
    expect(crossOriginAction(action(null))).toBe(false);
    expect(crossOriginAction(new Headers({ origin: "http://evil.example", host: "localhost:3000" }))).toBe(
      false,
    );
  });

  it("drops a callback cookie NextAuth cannot read, and keeps every other cookie", () => {
    expect(
      withoutUnusableCallbackCookie(
        `a=1; ${NAME}=javascript%3Aalert(1); next-auth.session-token=t`,
        NAME,
        base,
      ),
    ).toBe("a=1; next-auth.session-token=t");
    expect(withoutUnusableCallbackCookie(`${NAME}=%2Fmembers%00`, NAME, base)).toBe("");
    expect(withoutUnusableCallbackCookie(`${NAME}=%E0%A4%A`, NAME, base)).toBe("");
    expect(
      withoutUnusableCallbackCookie(`${NAME}=${encodeURIComponent(`${base}/members`)}`, NAME, base),
    ).toBeNull();
    expect(withoutUnusableCallbackCookie(`${NAME}=%2Fmembers%2Fjournal`, NAME, base)).toBeNull();
    expect(withoutUnusableCallbackCookie("a=1", NAME, base)).toBeNull();
  });

  it("flags a callbackUrl parameter NextAuth cannot read", () => {
    expect(unusableCallbackParam(new URLSearchParams("callbackUrl=javascript:alert(1)"), base)).toBe(true);
    expect(unusableCallbackParam(new URLSearchParams("callbackUrl=%2F%2Fevil.example"), base)).toBe(true);
    expect(unusableCallbackParam(new URLSearchParams("callbackUrl=%2Fmembers"), base)).toBe(false);
    expect(unusableCallbackParam(new URLSearchParams(""), base)).toBe(false);
  });
});

// React's own encoder for action arguments, the one the browser bundle uses: what it writes is
// what a member's browser sends.
const { encodeReply } = createRequire(import.meta.url)(
  "next/dist/compiled/react-server-dom-turbopack/client.node",
) as { encodeReply: (value: unknown) => Promise<string | FormData> };

/** A form as the bytes and content type a browser posts. */
async function multipart(form: FormData): Promise<{ type: string; body: Uint8Array }> {
  const request = new Request("http://localhost/", { method: "POST", body: form });
  return {
    type: request.headers.get("content-type") ?? "",
    body: new Uint8Array(await request.arrayBuffer()),
  };
}

function formOf(fields: [string, string][]): FormData {
  const form = new FormData();
  for (const [name, value] of fields) form.append(name, value);
  return form;
}

describe("posts to pages that Next.js could not decode as a server action", () => {
  const bytes = (text: string) => new TextEncoder().encode(text);
  const post = (headers: Record<string, string>, body: string | Uint8Array = "") =>
    undecodableActionPost(new Headers(headers), async () => (typeof body === "string" ? bytes(body) : body));
  const postForm = async (fields: [string, string][], headers: Record<string, string> = {}) => {
    const { type, body } = await multipart(formOf(fields));
    return post({ ...headers, "content-type": type }, body);
  };
  const scripted = { "next-action": "abc" };
  const boundary = "----formdata";
  const orphanField = `--${boundary}\r\nContent-Disposition: form-data; name="1_title"\r\n\r\nx\r\n--${boundary}--\r\n`;

  it("lets through what a browser sends: the encoder's form data, or a form naming its action", async () => {
    const entry = formOf([
      ["title", "今日"],
      ["body", "$から始まる本文"],
    ]);
    for (const args of [[entry], [{ status: "idle", message: "$x", at: new Date(0), u: undefined }, entry]]) {
      const encoded = await encodeReply(args);
      if (typeof encoded === "string") throw new Error("Form data arguments encode as form data.");
      const { type, body } = await multipart(encoded);
      expect(await post({ ...scripted, "content-type": type }, body)).toBeNull();
    }
    // A form posted without JavaScript carries its action id in the body, not in a header.
    expect(
      await postForm([
        ["$ACTION_ID_abc", ""],
        ["title", "x"],
      ]),
    ).toBeNull();
    expect(
      await postForm([
        ["$ACTION_REF_1", ""],
        ["$ACTION_1:0", '{"id":"abc","bound":"$@1"}'],
        ["$ACTION_1:1", '[{"status":"idle"}]'],
        ["$ACTION_KEY", "k0"],
      ]),
    ).toBeNull();
  });

  it("refuses forms whose fields reference fields the body does not hold (Next.js logs them)", async () => {
    // The fuzz test's find: no root field "0", so React's decoder waits for it and fails with
    // "Connection closed." when the body ends, logged with a stack.
    expect(
      await post({ ...scripted, "content-type": `multipart/form-data; boundary=${boundary}` }, orphanField),
    ).toBe(400);
    expect(await postForm([["0", '["$@1"]']], scripted)).toBe(400);
    expect(await postForm([["0", '["$1"]']], scripted)).toBe(400);
    expect(await postForm([["0", '{"not":"an array"}']], scripted)).toBe(400);
    expect(await postForm([["0", "[1,"]], scripted)).toBe(400);
    // Kinds of value no form of ours sends: a map, a server reference, a huge BigInt, a stream.
    for (const value of ['["$Q1"]', '["$h1"]', `["$n${"9".repeat(400)}"]`, '["$R1"]', '["$T"]']) {
      expect(
        await postForm(
          [
            ["0", value],
            ["1", "[]"],
          ],
          scripted,
        ),
      ).toBe(400);
    }
    // A reference that exists is fine, and a cycle does not loop.
    expect(
      await postForm(
        [
          ["0", '["$@1"]'],
          ["1", '["$@1"]'],
        ],
        scripted,
      ),
    ).toBeNull();
    // Without script: the bound action's metadata or its arguments missing, or no id.
    expect(await postForm([["$ACTION_REF_1", ""]])).toBe(400);
    expect(
      await postForm([
        ["$ACTION_REF_1", ""],
        ["$ACTION_1:0", '{"id":"abc","bound":"$@1"}'],
      ]),
    ).toBe(400);
    expect(
      await postForm([
        ["$ACTION_REF_1", ""],
        ["$ACTION_1:0", '{"bound":null}'],
      ]),
    ).toBe(400);
    expect(await postForm([["$ACTION_ID_", ""]])).toBe(400);
    // An id this build does not have on the posted page: Next.js's decoder throws on it (logged).
    const onPage = (id: string) => id === "abc";
    const { type, body } = await multipart(formOf([["$ACTION_ID_zzz", ""]]));
    expect(await undecodableActionPost(new Headers({ "content-type": type }), async () => body, onPage)).toBe(
      404,
    );
    const ref = await multipart(
      formOf([
        ["$ACTION_REF_1", ""],
        ["$ACTION_1:0", '{"id":"zzz","bound":null}'],
      ]),
    );
    expect(
      await undecodableActionPost(new Headers({ "content-type": ref.type }), async () => ref.body, onPage),
    ).toBe(404);
    const real = await multipart(formOf([["$ACTION_ID_abc", ""]]));
    expect(
      await undecodableActionPost(new Headers({ "content-type": real.type }), async () => real.body, onPage),
    ).toBeNull();
  });

  it("knows the pages an action of the build is on, from the build's manifest", () => {
    const actions = new Map([
      [
        "a",
        ["app/members/journal/[id]/edit/page", "app/(site)/page", "app/members/values/page"].map(pagePattern),
      ],
    ]);
    expect(actionOnPage(actions, "a", "/members/journal/abc123/edit")).toBe(true);
    expect(actionOnPage(actions, "a", "/")).toBe(true);
    expect(actionOnPage(actions, "a", "/members/values")).toBe(true);
    expect(actionOnPage(actions, "a", "/members/journal/abc/def/edit")).toBe(false);
    expect(actionOnPage(actions, "a", "/members/account")).toBe(false);
    expect(actionOnPage(actions, "b", "/members/values")).toBe(false);
    expect(actionOnPage(null, "b", "/anything")).toBe(true);
  });

  it("answers the rest as the client errors they are", async () => {
    expect(await post({ "content-type": "multipart/form-data", "next-action": "a" }, orphanField)).toBe(415);
    expect(await post({ "content-type": `multipart/form-data; boundary=${boundary}` }, orphanField)).toBe(
      405,
    );
    expect(
      await post({ "content-type": `multipart/form-data; boundary=${boundary}` }, `--${boundary}\r\nx`),
    ).toBe(400);
    // Every action of this site takes form data; a JSON body is no request of ours.
    expect(await post({ "content-type": "text/plain;charset=UTF-8", "next-action": "abc" }, '["$K1"]')).toBe(
      415,
    );
    expect(await post({ "content-type": "application/json", "next-action": "a" }, "{}")).toBe(415);
    expect(await post({ "content-type": "application/x-www-form-urlencoded" }, "a=1")).toBe(405);
    expect(await post({ "content-length": "1200000", "next-action": "a" })).toBe(413);
    // A body sent without a length is read no further than the limit.
    const endless = new ReadableStream<Uint8Array>({
      pull: (controller) => controller.enqueue(new Uint8Array(64 * 1024)),
    });
    expect(await readBodyUpTo(endless)).toBeNull();
    expect(
      await undecodableActionPost(
        new Headers({ "content-type": `multipart/form-data; boundary=${boundary}`, ...scripted }),
        async () => null,
      ),
    ).toBe(413);
  });

  it("reads the router-state header only when it is an encoded JSON array", () => {
    const state = (value: string) => unreadableRouterState(new Headers({ "next-router-state-tree": value }));
    expect(state(encodeURIComponent(JSON.stringify(["", {}])))).toBe(false);
    expect(state("%")).toBe(true);
    expect(state("%5B")).toBe(true);
    expect(state("x")).toBe(true);
    expect(unreadableRouterState(new Headers())).toBe(false);
  });
});

describe("plain reads, which proxy.ts lets through untouched", () => {
  const read = (method: string, pathname: string, headers: Record<string, string> = {}) =>
    plainRead(method, pathname, new Headers(headers), NAME, PER_REQUEST_PAGES);

  it("are a reader's GET or HEAD of a public page or file", () => {
    for (const path of ["/", "/articles/a", "/feed.xml", "/icon/32", "/api/viewer"]) {
      expect(read("GET", path, { cookie: "next-auth.session-token=t" }), path).toBe(true);
    }
    expect(read("HEAD", "/")).toBe(true);
  });

  it("leave every request a check or a nonce concerns to the full guard", () => {
    expect(read("POST", "/articles/a")).toBe(false);
    expect(read("PUT", "/")).toBe(false);
    // An empty header still counts: Next.js reads `Next-Action:` with no value as an action.
    expect(read("GET", "/", { "next-action": "" })).toBe(false);
    expect(read("GET", "/", { "next-router-state-tree": "%" })).toBe(false);
    expect(read("GET", "/", { cookie: `a=1; ${NAME}=javascript%3Aalert(1)` })).toBe(false);
    expect(read("GET", "/api/auth/signin", {})).toBe(false);
    for (const path of ["/signin", "/members", "/members/journal", "/dev/outbox"]) {
      expect(read("GET", path), path).toBe(false);
    }
  });
});

import { actionIdsOn } from "@/bench/server-client";

// The malformed requests of tests/e2e/fuzz.spec.ts: every path the app answers, crossed with
// query strings, bodies, headers and cookies no page of ours sends. Deterministic (a seeded
// generator), so a failure names a request that can be sent again.

export interface FuzzRequest {
  label: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string | Buffer;
  signedIn: boolean;
}

const ARTICLE = "kanrishoku-wo-kotowatta";

function pathsOf(entryId: string): string[] {
  return [
    "/",
    `/articles/${ARTICLE}`,
    `/articles/${ARTICLE}/og-image.png`,
    "/articles/no-such-article",
    "/articles/no-such-article/og-image.png",
    "/articles/members/members-only-fixture",
    "/articles/members/no-such-article",
    "/feed.xml",
    "/sitemap.xml",
    "/robots.txt",
    "/signin",
    "/signin/check-email",
    "/signin/confirm",
    "/signin/error",
    "/members",
    "/members/journal",
    "/members/journal/new",
    `/members/journal/${entryId}`,
    `/members/journal/${entryId}/edit`,
    `/members/journal/${entryId}/export`,
    "/members/journal/no-such-entry",
    "/members/journal/no-such-entry/edit",
    "/members/journal/no-such-entry/export",
    "/members/journal/calendar",
    "/members/journal/entries",
    "/members/values",
    "/members/account",
    "/members/account/export",
    "/members/downloads",
    "/members/downloads/fukugyo-checklist",
    "/members/downloads/no-such-file",
    "/api/health",
    "/api/auth/csrf",
    "/api/auth/session",
    "/api/auth/providers",
    "/api/auth/signin",
    "/api/auth/signin/email",
    "/api/auth/callback/email",
    "/api/auth/signout",
    "/api/auth/error",
    "/api/auth/no-such-action",
    "/dev/outbox",
  ];
}

const QUERIES = [
  "",
  "?callbackUrl=%2Fmembers%00",
  "?callbackUrl=javascript%3Aalert(1)",
  "?callbackUrl=%2F%E3%83%A1%E3%83%B3%E3%83%90%E3%83%BC",
  "?callbackUrl=%2F%2Fevil.example",
  "?callbackUrl=%2F%5Cevil.example",
  "?callbackUrl=%0D%0ASet-Cookie%3A%20x%3D1",
  "?callbackUrl=%ED%A0%80",
  "?callbackUrl=" + "%2Fa".repeat(1500),
  "?cursor=WyIyMDI2LTExLTIwIiwxZTMwMCwieCJd",
  "?cursor=%%%",
  "?cursor=" + "A".repeat(5000),
  "?q=" + "%25_".repeat(200),
  "?q=%00%01%1B%5B31m",
  "?q=" + "両".repeat(5000),
  "?month=9999-99&day=0000-00-00",
  "?month=2026-13&day=2026-02-30&value=custom%3A%E2%80%AE",
  "?value=" + "x".repeat(3000),
  "?token=x&email=%0A%5Boutbox%5D%20Sign-in%20link%20for%20a%40b.c&callbackUrl=%2F",
  "?token=&email=",
  "?error=Verification&reason=%3Cscript%3E&email=%00",
  "?error=" + "E".repeat(2000),
  "?a=%zz&b=%",
  "?q[]=1&q[]=2&cursor[]=x",
  "?%E0%A4%A=1",
];

const CONTENT_TYPES = [
  "application/x-www-form-urlencoded",
  "application/json",
  "multipart/form-data; boundary=----x",
  "multipart/form-data",
  "text/plain;charset=UTF-8",
  "text/x-component",
  "application/octet-stream",
  "application/x-www-form-urlencoded; charset=application/json",
  "\u00e9/\u00e9",
];

function bodies(random: () => number): (string | Buffer)[] {
  const bytes = Buffer.alloc(4096);
  for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(random() * 256);
  return [
    "",
    "{",
    "[]",
    "null",
    '{"email":["a@b.c"],"csrfToken":{"x":1},"json":true}',
    '["$K1",{"id":1}]',
    '["$@1","$Q2",{"__proto__":{"polluted":1}}]',
    "email=%0A%5Boutbox%5D+Sign-in+link+for+x%40evil.example&csrfToken=x&callbackUrl=javascript%3Aalert(1)",
    "email=" + "a".repeat(300) + "%40example.jp",
    "title=&body=&entryDate=0000-01-01&mood=9&values=custom%3A%E2%80%AE&id=../../x",
    "rank1=custom%3A%00&rank2=family&rank2=family",
    "confirm=%E5%89%8A%E9%99%A4",
    '------x\r\nContent-Disposition: form-data; name="1_title"\r\n\r\nx\r\n------x--\r\n',
    '------x\r\nContent-Disposition: form-data; name="0"\r\n\r\n["$K1"]\r\n------x',
    bytes,
    Buffer.from([0xff, 0xfe, 0x00, 0x00, 0xed, 0xa0, 0x80]),
    "x".repeat(1_200_000),
  ];
}

const COOKIES = [
  "",
  "next-auth.session-token=forged-token",
  "next-auth.session-token=" + "A".repeat(4000),
  "next-auth.callback-url=javascript%3Aalert(1)",
  "next-auth.callback-url=%2Fmembers%00",
  "next-auth.callback-url=%2F%E3%83%A1%E3%83%B3%E3%83%90%E3%83%BC",
  "next-auth.callback-url=%E0%A4%A",
  "next-auth.csrf-token=%7C%7C%7C",
  "__Secure-next-auth.session-token=x; __Host-next-auth.csrf-token=y",
];

function mulberry32(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: () => number, list: readonly T[]): T {
  const item = list[Math.floor(random() * list.length)];
  if (item === undefined) throw new Error("Nothing to pick from.");
  return item;
}

const hex = (random: () => number, length: number) =>
  Array.from({ length }, () => Math.floor(random() * 16).toString(16)).join("");

/** The server actions' ids the pages reference, as a browser would find them (bench/server-client.ts). */
export async function actionIdsOf(baseURL: string, pages: string[], cookie: string): Promise<string[]> {
  const ids = new Set<string>();
  for (const page of pages) for (const id of await actionIdsOn(baseURL, page, cookie)) ids.add(id);
  return [...ids];
}

/**
 * At least 1,000 requests: every path with every method and a sample of malformed parts, then
 * server-action posts (real ids and made-up ones) to every page, signed in and out.
 */
export function malformedRequests({
  entryId,
  actionIds,
  signedInCookie,
}: {
  entryId: string;
  actionIds: string[];
  signedInCookie: string;
}): FuzzRequest[] {
  const random = mulberry32(20261202);
  const paths = pathsOf(entryId);
  const bodyList = bodies(random);
  const cases: FuzzRequest[] = [];
  const cookieFor = (signedIn: boolean) =>
    [signedIn ? signedInCookie : "", pick(random, COOKIES)].filter(Boolean).join("; ");

  // Every path, GET and HEAD, with every query, alternately signed in and out.
  for (const path of paths) {
    for (const [i, query] of QUERIES.entries()) {
      const signedIn = i % 2 === 0;
      const method = i % 5 === 4 ? "HEAD" : "GET";
      cases.push({
        label: `${method} ${path}${query.slice(0, 60)} (${signedIn ? "in" : "out"})`,
        method,
        path: path + query,
        headers: {
          Cookie: cookieFor(signedIn),
          Accept: pick(random, ["*/*", "text/html", "text/x-component"]),
        },
        signedIn,
      });
    }
  }

  // Every path as a client-side navigation (RSC) with router headers no browser of ours sends.
  const rscHeaders: Record<string, string>[] = [
    { "Next-Router-State-Tree": "%" },
    { "Next-Router-State-Tree": encodeURIComponent('["",{"children":["x",{}]},null,"refetch"]') },
    {
      "Next-Router-State-Tree": encodeURIComponent(
        JSON.stringify(["", { children: ["a".repeat(2000), {}] }]),
      ),
    },
    { "Next-Router-Prefetch": "1", "Next-Router-Segment-Prefetch": "/_tree" },
    { "Next-Router-Prefetch": "1", "Next-Router-Segment-Prefetch": "%%%/../x" },
    { "Next-Url": "javascript:alert(1)" },
    { "Next-Url": "/%E0%A4%A" },
    { "Next-Router-Stale-Time": "-1", "Next-Test-Fetch-Priority": "x" },
  ];
  for (const [p, path] of paths.entries()) {
    for (const [i, extra] of rscHeaders.entries()) {
      if ((p + i) % 2) continue;
      const signedIn = (p + i) % 4 === 0;
      cases.push({
        label: `RSC ${path} headers#${i} (${signedIn ? "in" : "out"})`,
        method: "GET",
        path: `${path}?_rsc=${hex(random, 5)}`,
        headers: { Cookie: cookieFor(signedIn), RSC: "1", ...extra },
        signedIn,
      });
    }
  }

  // Every path with other methods and malformed bodies.
  for (const path of paths) {
    for (let i = 0; i < 8; i++) {
      const signedIn = i % 2 === 1;
      const method = pick(random, ["POST", "POST", "PUT", "DELETE", "PATCH", "OPTIONS"]);
      const body = pick(random, bodyList);
      cases.push({
        label: `${method} ${path} body#${bodyList.indexOf(body)} (${signedIn ? "in" : "out"})`,
        method,
        path,
        headers: {
          Cookie: cookieFor(signedIn),
          "Content-Type": pick(random, CONTENT_TYPES),
          Origin: pick(random, ["http://evil.example", "null", "http://localhost"]),
        },
        body,
        signedIn,
      });
    }
  }

  // Server actions: real ids and made-up ones, posted to pages, with bodies that are not the form
  // data the client sends, and headers a browser would never send.
  const ids = [...actionIds, hex(random, 42), hex(random, 40), "x", "", "0".repeat(42), "../../etc/passwd"];
  const actionPages = [
    "/members/journal/new",
    `/members/journal/${entryId}/edit`,
    "/members/values",
    "/members/account",
    "/",
    "/signin",
  ];
  for (let i = 0; i < 400; i++) {
    const signedIn = i % 2 === 0;
    const body = pick(random, bodyList);
    const headers: Record<string, string> = {
      Cookie: cookieFor(signedIn),
      "Next-Action": pick(random, ids),
      "Content-Type": pick(random, CONTENT_TYPES),
      Accept: "text/x-component",
    };
    if (random() < 0.3)
      headers["Next-Router-State-Tree"] = pick(random, ["%", "[", "%5B%5D", "x".repeat(3000)]);
    if (random() < 0.2) headers.Origin = "http://evil.example";
    const page = pick(random, actionPages);
    cases.push({
      label: `action ${headers["Next-Action"]?.slice(0, 12)} on ${page} body#${bodyList.indexOf(body)} (${signedIn ? "in" : "out"})`,
      method: "POST",
      path: page,
      headers,
      body,
      signedIn,
    });
  }

  // Well-formed multipart bodies whose fields reference fields that are not there, or kinds of
  // value no form of ours sends, for every real action: with the id in the header (script) and in
  // the body (a form posted without script). React's decoder waits for a missing field and fails
  // when the body ends, which Next.js logged with a stack (lib/security/action-reply.ts).
  const part = (name: string, value: string) =>
    `------x\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
  const form = (...parts: string[]) => `${parts.join("")}------x--\r\n`;
  for (const [i, id] of actionIds.entries()) {
    const scripted = [
      form(part("_1_title", "x")),
      form(part("0", '["$@1"]')),
      form(part("0", '["$1"]'), part("2", "[]")),
      form(part("0", '["$Q1"]'), part("1", "[]")),
      form(part("0", '["$h1"]'), part("1", '{"id":"x","bound":null}')),
      form(part("0", `["$n${"9".repeat(400)}"]`)),
      form(part("0", '{"a":1}')),
      form(part("0", "[")),
    ];
    const unscripted = [
      form(part("$ACTION_REF_1", "")),
      form(part("$ACTION_REF_1", ""), part("$ACTION_1:0", `{"id":"${id}","bound":"$@1"}`)),
      form(part("$ACTION_REF_1", ""), part("$ACTION_1:0", '{"id":"nope","bound":null}')),
      form(
        part("$ACTION_REF_1", ""),
        part("$ACTION_1:0", `{"id":"${id}","bound":"$@1"}`),
        part("$ACTION_1:1", "{}"),
      ),
      form(part("$ACTION_ID_", "")),
      form(part(`$ACTION_ID_${hex(random, 42)}`, ""), part("title", "x")),
      // Real ids, on whichever page: a form without script may post to any page.
      form(part(`$ACTION_ID_${id}`, ""), part("title", "x")),
      form(part("$ACTION_REF_1", ""), part("$ACTION_1:0", `{"id":"${id}","bound":null}`)),
    ];
    for (const [j, body] of [...scripted, ...unscripted].entries()) {
      const signedIn = (i + j) % 2 === 0;
      const headers: Record<string, string> = {
        Cookie: cookieFor(signedIn),
        "Content-Type": "multipart/form-data; boundary=----x",
        Accept: "text/x-component",
      };
      if (j < scripted.length) headers["Next-Action"] = id;
      const page = actionPages[(i + j) % actionPages.length] ?? "/";
      cases.push({
        label: `${j < scripted.length ? "action" : "form action"} ${id.slice(0, 12)} references#${j} on ${page} (${signedIn ? "in" : "out"})`,
        method: "POST",
        path: page,
        headers,
        body,
        signedIn,
      });
    }
  }
  return cases;
}

import { createRequire } from "node:module";

// Talking to a running production server the way its pages do: a server action is a POST to a
// page with the action's id in a `Next-Action` header and its arguments encoded by React (a
// FormData argument travels as multipart fields prefixed with its index, "1_title", with "0"
// naming it). Shared by the soak script and the crash test.

// An action id is 40 to 44 hex digits; a page names the actions it passes to its forms in its
// flight data (inline in the HTML), a client component that imports one in its script.
const ACTION_ID = /(?<![0-9a-f])[0-9a-f]{40,44}(?![0-9a-f])/g;

/** The ids of the server actions a page references, in its HTML or in the scripts it loads. */
export async function actionIdsOn(baseURL: string, page: string, cookie: string): Promise<string[]> {
  const html = await (await fetch(new URL(page, baseURL), { headers: { Cookie: cookie } })).text();
  const ids = new Set<string>(html.match(ACTION_ID) ?? []);
  for (const [, script] of html.matchAll(/src="(\/_next\/static\/[^"]+\.js)"/g)) {
    if (!script) continue;
    const source = await (await fetch(new URL(script, baseURL))).text();
    for (const id of source.match(ACTION_ID) ?? []) ids.add(id);
  }
  return [...ids];
}

export interface ActionReply {
  status: number;
  text: string;
}

// React's own encoder for server-action arguments, the one the browser bundle uses.
const { encodeReply } = createRequire(import.meta.url)(
  "next/dist/compiled/react-server-dom-turbopack/client.node",
) as {
  encodeReply: (value: unknown) => Promise<string | FormData>;
};

/** Calls a server action with form fields, as the members' forms do. */
export async function callAction(
  baseURL: string,
  {
    page,
    actionId,
    cookie,
    fields,
  }: { page: string; actionId: string; cookie: string; fields: Record<string, string | string[]> },
  signal?: AbortSignal,
): Promise<ActionReply> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value]) form.append(name, item);
  }
  const body = await encodeReply([form]);
  const response = await fetch(new URL(page, baseURL), {
    method: "POST",
    headers: {
      "Next-Action": actionId,
      Accept: "text/x-component",
      Cookie: cookie,
      Origin: new URL(baseURL).origin,
      ...(typeof body === "string" ? { "Content-Type": "text/plain;charset=UTF-8" } : {}),
    },
    body,
    signal,
  });
  return { status: response.status, text: await response.text() };
}

/** The id a createEntry action returned, or null when it did not save. */
export function savedEntryId(reply: ActionReply): string | null {
  if (reply.status !== 200) return null;
  return /"ok":true,"data":\{"id":"([^"]+)"\}/.exec(reply.text)?.[1] ?? null;
}

/** Which of a page's actions saves a new entry: the one that answers a valid entry with its id. */
export async function findCreateEntryAction(baseURL: string, cookie: string, day: string): Promise<string> {
  for (const actionId of await actionIdsOn(baseURL, "/members/journal/new", cookie)) {
    const reply = await callAction(baseURL, {
      page: "/members/journal/new",
      actionId,
      cookie,
      fields: entryFields("probe", day),
    });
    if (savedEntryId(reply)) return actionId;
  }
  throw new Error("No action on /members/journal/new saved an entry.");
}

/** The entry form's fields for a new entry. */
export function entryFields(body: string, day: string): Record<string, string> {
  return { title: "", body, entryDate: day, mood: "3", promptId: "", newTag: "" };
}

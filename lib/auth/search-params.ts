/** The first value of a search parameter, as pages receive them. */
export function firstParam(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value) ?? "";
}

export type SearchParams = Promise<Record<string, string | string[] | undefined>>;

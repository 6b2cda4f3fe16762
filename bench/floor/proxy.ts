import { NextResponse } from "next/server";

// Never runs (its matcher matches nothing). Next 16 with Turbopack rooted at the repository took
// Sentaku's own proxy.ts for the floor's when the floor had none, and failed to build it.
export function proxy() {
  return NextResponse.next();
}

export const config = { matcher: ["/__never"] };

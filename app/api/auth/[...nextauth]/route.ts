import type { NextRequest } from "next/server";
import { type AuthRouteContext, handleAuthGet, handleAuthPost } from "@/lib/auth/route-handler";

export function GET(request: NextRequest, context: AuthRouteContext): Promise<Response> {
  return handleAuthGet(request, context);
}

export function POST(request: NextRequest, context: AuthRouteContext): Promise<Response> {
  return handleAuthPost(request, context);
}

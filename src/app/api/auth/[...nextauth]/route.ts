import type { NextRequest } from "next/server";
import NextAuth from "next-auth";
import { authOptions } from "@/server/auth/options";

type TContext = { params: Promise<{ nextauth: string[] }> };

async function handler(request: NextRequest, context: TContext) {
  return NextAuth(request, context, authOptions());
}

export { handler as GET, handler as POST };

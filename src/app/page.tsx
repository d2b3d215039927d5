import { redirect } from "next/navigation";
import { UnavailableNotice } from "@/features/shell/components/unavailable-notice";
import { isDatabaseUnavailable } from "@/server/errors";
import { getSessionUser, type TSessionUser } from "@/server/session";

/** `/`: the portal when signed in, else the sign-in page. */
export default async function RootPage() {
  let user: TSessionUser | null;
  try {
    user = await getSessionUser();
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    return (
      <main id="main" tabIndex={-1} className="flex-1 px-4">
        <UnavailableNotice />
      </main>
    );
  }
  redirect(user ? "/home" : "/login");
}

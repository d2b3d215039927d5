import NextLink from "next/link";
import type { ComponentProps } from "react";

/**
 * The portal's link: Next's client-side navigation without prefetching every link in view.
 *
 * Next prefetches each visible <Link> to a dynamic page with its own request, and every such
 * request runs the signed-in layout (the session check and the shell) on the server. Loading the
 * item register in Chromium sent 54 of them (the menu, twenty item rows, the pagination): one page
 * view cost the server as much as about fifty. Here a link fetches its page when it is followed;
 * a link may still ask for prefetching (`prefetch`) where the next page is almost certain.
 */
export function Link({ prefetch = false, ...props }: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={prefetch} {...props} />;
}

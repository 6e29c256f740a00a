// The site's public address for links that leave the page (certificate QR codes, calendar files): SITE_URL when it is
// set, as it must be in production, rather than the request's Host header, which a client chooses.
export function siteOrigin(requestUrl: URL): string {
  const configured = process.env.SITE_URL;
  return configured ? new URL(configured).origin : requestUrl.origin;
}

/**
 * The unsubscribe pages: static text only (nothing from the database, so nothing to escape), a
 * form that POSTs back to the same address, and headers that keep the token out of caches,
 * search engines and Referer headers.
 */
export const PAGE_HEADERS: Record<string, string> = {
  'Cache-Control': 'no-store',
  'X-Robots-Tag': 'noindex',
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'",
};

const page = (title: string, body: string) => `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>
<style>
body{font-family:system-ui,sans-serif;max-width:32rem;margin:4rem auto;padding:0 1rem;line-height:1.5}
button{font-size:1rem;padding:.5rem 1rem}
</style>
</head>
<body><h1>${title}</h1>${body}</body>
</html>
`;

/** GET: asks; changes nothing (mail scanners open links). */
export const confirmPage = (alreadyUnsubscribed: boolean) =>
  alreadyUnsubscribed
    ? page('You are unsubscribed', '<p>This address receives no more interview invitations or reminders from this sender.</p>')
    : page(
        'Unsubscribe',
        '<p>Stop receiving interview invitations and reminders from this sender at this address?</p>' +
          '<form method="post"><input type="hidden" name="confirm" value="yes"><button type="submit">Unsubscribe</button></form>',
      );

export const donePage = () =>
  page('You are unsubscribed', '<p>This address receives no more interview invitations or reminders from this sender.</p>');

export const notFoundPage = () => page('Link not valid', '<p>This unsubscribe link is not valid. Copy the whole link from the email.</p>');

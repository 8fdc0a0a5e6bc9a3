/** A page of the guide: no script, no external resource (the CSP of the route forbids both). */
export interface PageParts {
  title: string;
  body: string;
  nav: { slug: string; title: string }[];
  current: string;
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const STYLE = `
body{margin:0;font:16px/1.55 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1b1f24;display:flex;min-height:100vh}
nav{flex:0 0 15rem;background:#f4f6f8;border-right:1px solid #d8dee4;padding:1.25rem 1rem;font-size:.95rem}
nav a{display:block;padding:.2rem .4rem;color:#0b57a4;text-decoration:none;border-radius:4px}
nav a[aria-current=page]{background:#dde8f5;font-weight:600}
main{flex:1;max-width:56rem;padding:1.5rem 2.5rem 4rem}
pre{background:#f4f6f8;padding:.9rem;overflow:auto;border-radius:6px;font-size:.88rem}
code{font-family:ui-monospace,SFMono-Regular,Menlo,monospace}
:not(pre)>code{background:#eef1f4;padding:.1rem .3rem;border-radius:4px}
table{border-collapse:collapse;margin:1rem 0;font-size:.93rem}th,td{border:1px solid #d8dee4;padding:.35rem .6rem;vertical-align:top}
a{color:#0b57a4}a:focus-visible{outline:3px solid #0b57a4;outline-offset:2px}`;

export function renderPage(parts: PageParts): string {
  const links = parts.nav
    .map((p) => {
      const current = p.slug === parts.current ? ' aria-current="page"' : '';
      return `<a href="${p.slug ? `/docs/${p.slug}` : '/docs'}"${current}>${escapeHtml(p.title)}</a>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(parts.title)} · Ladder API guide</title>
<style>${STYLE}</style>
</head>
<body>
<nav aria-label="API guide">
${links}
</nav>
<main>
${parts.body}
</main>
</body>
</html>
`;
}

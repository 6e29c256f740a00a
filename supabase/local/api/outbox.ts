// The outbox: e-mails the embedded backend would have sent, listed at /dev/outbox (embedded mode only).
import type { IncomingMessage, ServerResponse } from 'node:http';
import type pg from 'pg';

interface Message {
  id: number;
  recipient: string;
  subject: string;
  body: string;
  link: string | null;
  attachments: { filename: string; contentType: string; content: string }[];
  sent_at: Date;
}

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function page(messages: Message[], to: string | null): string {
  const items = messages
    .map(
      (m) => `
    <li class="message">
      <h2>${escape(m.subject)}</h2>
      <p class="meta">To <strong>${escape(m.recipient)}</strong>, ${escape(m.sent_at.toLocaleString('en-GB', { timeZone: 'Europe/London' }))}</p>
      <pre>${escape(m.body)}</pre>
      ${m.link ? `<p><a href="${escape(m.link)}">Open the link in this e-mail<span class="visually-hidden">: ${escape(m.subject)}</span></a></p>` : ''}
      ${m.attachments.map((a, i) => `<p>Attachment: <a href="/dev/outbox/${m.id}/attachments/${i}" download="${escape(a.filename)}">${escape(a.filename)}</a></p>`).join('')}
    </li>`,
    )
    .join('');
  return `<!doctype html>
<html lang="en-GB">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Outbox (development) - Mind &amp; Body Learning</title>
<style>
  body { font-family: Arial, sans-serif; margin: 0 auto; max-width: 960px; padding: 24px; color: #212b32; line-height: 1.5; }
  a { color: #005eb8; } a:focus { background: #ffeb3b; box-shadow: 0 -2px #ffeb3b, 0 4px #212b32; outline: 4px solid transparent; text-decoration: none; color: #212b32; }
  ul { list-style: none; padding: 0; } .message { border: 1px solid #d8dde0; padding: 16px; margin-bottom: 16px; background: #fff; }
  pre { white-space: pre-wrap; font-family: inherit; } .meta { color: #4c6272; }
  .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
</style></head>
<body>
<main id="maincontent">
<h1>Outbox</h1>
<p>E-mails the platform would have sent. This page exists only on the embedded development backend.${to ? ` Showing messages to <strong>${escape(to)}</strong>.` : ''}</p>
${messages.length ? `<ul>${items}</ul>` : '<p>No e-mails yet.</p>'}
<p><a href="/">Back to Mind &amp; Body Learning</a></p>
</main>
</body></html>`;
}

async function sendAttachment(pool: pg.Pool, res: ServerResponse, id: number, index: number): Promise<void> {
  const {
    rows: [row],
  } = await pool.query<{ a: Message['attachments'][number] | null }>(
    'select attachments -> $2::int as a from local_outbox.messages where id = $1',
    [id, index],
  );
  if (!row?.a) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('No such attachment.');
    return;
  }
  res
    .writeHead(200, {
      'content-type': row.a.contentType,
      'content-disposition': `attachment; filename="${row.a.filename.replace(/[^\w.-]/g, '_')}"`,
    })
    .end(row.a.content);
}

export function createOutboxHandler(pool: pg.Pool) {
  return async function handleOutbox(_req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const attachment = /^\/dev\/outbox\/(\d+)\/attachments\/(\d+)$/.exec(url.pathname);
    if (attachment) return sendAttachment(pool, res, Number(attachment[1]), Number(attachment[2]));
    const to = url.searchParams.get('to');
    const { rows } = await pool.query<Message>(
      `select * from local_outbox.messages where $1::text is null or recipient = lower($1) order by id desc limit 100`,
      [to],
    );
    if (url.pathname.endsWith('.json')) {
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(rows));
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page(rows, to));
  };
}

// Reading back the mails the application sent, over IMAP from the stack's GreenMail server
// (scripts/lib/mail.sh: authentication is off, so the login is the address and any password
// opens its mailbox). A tiny IMAP client on node:net: LOGIN, SELECT INBOX, FETCH BODY.PEEK[].
//
// Environment:
//   DONDOC_E2E_IMAP_HOST  default 127.0.0.1
//   DONDOC_E2E_IMAP_PORT  the IMAP port of the stack's mail server (scripts/test.sh passes it)
import net from 'node:net';

const host = process.env.DONDOC_E2E_IMAP_HOST || '127.0.0.1';
export const imapPort = Number(process.env.DONDOC_E2E_IMAP_PORT || 0);

/** One IMAP session: `command(text)` resolves with the raw bytes up to its tagged answer. */
function session() {
  const socket = net.connect({ host, port: imapPort });
  let buffer = Buffer.alloc(0);
  let waiting;
  let counter = 0;
  const check = () => {
    if (!waiting) return;
    const text = buffer.toString('latin1');
    const match = waiting.pattern.exec(text);
    if (match) {
      const end = match.index + match[0].length;
      const answer = buffer.subarray(0, end);
      buffer = buffer.subarray(end);
      const { resolve, reject, tagged } = waiting;
      waiting = undefined;
      if (tagged && !/ OK/.test(match[0])) reject(new Error(`IMAP refused: ${match[0].trim()}`));
      else resolve(answer);
    }
  };
  socket.on('data', (chunk) => {
    buffer = Buffer.concat([buffer, chunk]);
    check();
  });
  const expect = (pattern, tagged) =>
    new Promise((resolve, reject) => {
      waiting = { pattern, resolve, reject, tagged };
      socket.once('error', reject);
      check();
    });
  return {
    greeting: () => expect(/^\* OK.*\r\n/m, false),
    command: (text) => {
      const tag = `A${++counter}`;
      const answer = expect(new RegExp(`^${tag} (OK|NO|BAD).*\\r\\n`, 'm'), true);
      socket.write(`${tag} ${text}\r\n`);
      return answer;
    },
    close: () => socket.end(),
  };
}

/** Decodes RFC 2047 encoded words (=?UTF-8?B?...?= and =?UTF-8?Q?...?=), unfolding first. */
export function decodeHeader(value) {
  return value
    .replace(/\r?\n[ \t]+/g, ' ')
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, (_, charset, encoding, text) => {
      const bytes =
        encoding.toUpperCase() === 'B'
          ? Buffer.from(text, 'base64')
          : Buffer.from(
              text
                .replace(/_/g, ' ')
                .replace(/=([0-9A-Fa-f]{2})/g, (m, h) => String.fromCharCode(parseInt(h, 16))),
              'latin1',
            );
      return new TextDecoder(charset).decode(bytes);
    });
}

function headers(block) {
  const map = {};
  for (const line of block.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const i = line.indexOf(':');
    if (i > 0) map[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
  }
  return map;
}

function decodeBody(body, encoding) {
  const e = (encoding || '').toLowerCase();
  if (e === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (e === 'quoted-printable') {
    const latin = body
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-Fa-f]{2})/g, (m, h) => String.fromCharCode(parseInt(h, 16)));
    return Buffer.from(latin, 'latin1').toString('utf8');
  }
  return Buffer.from(body, 'latin1').toString('utf8');
}

/** The text and HTML parts of a raw message (latin1 string of its bytes), multipart or not. */
function parts(raw) {
  const split = raw.search(/\r?\n\r?\n/);
  const head = headers(raw.slice(0, split));
  const body = raw.slice(split).replace(/^\r?\n\r?\n/, '');
  const type = head['content-type'] || 'text/plain';
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  if (boundary) {
    return body
      .split(`--${boundary}`)
      .slice(1)
      .filter((p) => !p.startsWith('--'))
      .flatMap((p) => parts(p.replace(/^\r?\n/, '')));
  }
  return [
    {
      type: type.split(';')[0].toLowerCase(),
      text: decodeBody(body, head['content-transfer-encoding']),
    },
  ];
}

/** Every message in the INBOX of an address: subject (decoded), text and HTML. */
export async function inbox(address) {
  if (!imapPort)
    throw new Error("DONDOC_E2E_IMAP_PORT is not set: where is the stack's mail server?");
  const imap = session();
  try {
    await imap.greeting();
    await imap.command(`LOGIN "${address}" "e2e"`);
    const selected = (await imap.command('SELECT INBOX')).toString('latin1');
    const count = Number(/\* (\d+) EXISTS/.exec(selected)?.[1] ?? 0);
    const messages = [];
    for (let i = 1; i <= count; i++) {
      const answer = (await imap.command(`FETCH ${i} (BODY.PEEK[])`)).toString('latin1');
      const literal = /\{(\d+)\}\r\n/.exec(answer);
      if (!literal) continue;
      const start = literal.index + literal[0].length;
      const raw = answer.slice(start, start + Number(literal[1]));
      const head = headers(raw.slice(0, raw.search(/\r?\n\r?\n/)));
      const all = parts(raw);
      messages.push({
        subject: decodeHeader(head.subject || ''),
        text: all.find((p) => p.type === 'text/plain')?.text ?? '',
        html: all.find((p) => p.type === 'text/html')?.text ?? '',
      });
    }
    await imap.command('LOGOUT').catch(() => {});
    return messages;
  } finally {
    imap.close();
  }
}

/** Waits until a mail to `address` satisfies `match` (given subject, text, html); resolves with it. */
export async function awaitMail(address, match, timeoutMs = 60_000) {
  const end = Date.now() + timeoutMs;
  let seen = [];
  while (Date.now() < end) {
    seen = await inbox(address).catch(() => []);
    const found = seen.find((m) => match(m));
    if (found) return found;
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error(
    `no matching mail to ${address} within ${timeoutMs} ms; subjects: ${seen.map((m) => m.subject).join(' | ')}`,
  );
}

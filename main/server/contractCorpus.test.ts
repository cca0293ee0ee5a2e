import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handlers } from '../handlers';
import { ROLES } from '../contract/roles';
import { corpusFor, type BadInput } from '../testing/badInputs';
import { changedTables, dbChecksum } from '../testing/dbChecksum';
import { startHttpDepot, type HttpDepot, type Reply } from '../testing/httpDepot';
import { signaturePng } from '../testing/images';

// Standing proof of issue 9, "bad-input corpus": every channel of the contract gets inputs
// generated from its own schema, sent through the real HTTP transport by a staff member holding
// every role. An input the schema refuses comes back as VALIDATION; an input naming records that
// do not exist is refused (or, for a read, answered); none is INTERNAL or an HTTP 5xx, and the
// database content is byte-for-byte the same after each channel. A new channel is covered
// without touching this file; one the generator cannot build an input for fails here.

// Inputs the generator cannot derive from a JSON Schema (a real image in base64, a name made by
// a pattern), given by hand.
const image = `data:image/png;base64,${signaturePng().toString('base64')}`;
const BASELINES: Record<string, unknown> = {
  'attachments/addPhoto': { ticketId: 987_654_321, data: image },
  'attachments/sign': { ticketId: 987_654_321, data: image },
  'acceptance/accept': { ticketId: 987_654_321, version: 1, signature: image },
  // A backup's name is a UTC time; no backup by this one exists.
  'backup/verify': { name: 'depot-20260101T000000000Z' },
  'backup/restore': { name: 'depot-20260101T000000000Z', confirm: 'depot-20260101T000000000Z' },
};

/** A refusal for a missing record, a stale version or a rule: what an unknown id may cause. */
const UNKNOWN_ID_CODES = ['NOT_FOUND', 'VALIDATION', 'CONFLICT', 'RULE'];
const PARALLEL = 4;
// `npm run test:corpus` sends the full set (longer strings, every date on every text field).
const MODE = process.env.DEPOT_CORPUS === 'full' ? 'full' : 'standard';
const SESSION = 'corpus-tab';

let depot: HttpDepot;

beforeAll(async () => {
  depot = await startHttpDepot();
  await depot.signedIn(SESSION, [...ROLES]);
}, 60_000);
afterAll(async () => {
  await depot?.close();
});

async function sendAll(channel: string, inputs: BadInput[]): Promise<Reply[]> {
  const replies: Reply[] = new Array(inputs.length);
  let next = 0;
  const worker = async () => {
    while (next < inputs.length) {
      const at = next++;
      replies[at] = await depot.call(SESSION, channel, inputs[at].input);
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  return replies;
}

function describeReply(reply: Reply): string {
  return `HTTP ${reply.status} ${reply.body.ok ? 'ok' : reply.body.error?.code}`;
}

type Corpus = ReturnType<typeof corpusFor>;
const corpora = new Map<string, Corpus>();
const channels = Object.keys(handlers).sort();

describe('bad-input corpus over HTTP', () => {
  it('builds inputs for every channel of the contract', () => {
    const failures: string[] = [];
    for (const channel of channels) {
      const handler = handlers[channel as keyof typeof handlers];
      try {
        corpora.set(
          channel,
          corpusFor(channel, handler.input, { baseline: BASELINES[channel], mode: MODE }),
        );
      } catch (error) {
        failures.push(`${channel}: the generator cannot handle it: ${(error as Error).message}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('refuses every bad input with a structured error and changes nothing', async () => {
    const started = Date.now();
    const failures: string[] = [];
    const codes: Record<string, number> = {};
    const answered = new Set<string>();
    let refusedSent = 0;
    let unknownSent = 0;

    for (const [channel, corpus] of corpora) {
      const before = await dbChecksum(depot.core.db);

      const refusedReplies = await sendAll(channel, corpus.refused);
      corpus.refused.forEach((bad, i) => {
        const reply = refusedReplies[i];
        const code = reply.body.error?.code ?? 'ok';
        codes[code] = (codes[code] ?? 0) + 1;
        // A body over the transport's limit is refused before the schema sees it.
        const expected = reply.status === 413 ? code !== 'INTERNAL' : code === 'VALIDATION';
        if (reply.body.ok || reply.status >= 500 || !expected) {
          failures.push(`${channel} [${bad.label}]: ${describeReply(reply)}, expected VALIDATION`);
        }
      });

      const unknownReplies = await sendAll(channel, corpus.unknownIds);
      corpus.unknownIds.forEach((bad, i) => {
        const reply = unknownReplies[i];
        const code = reply.body.error?.code ?? 'ok';
        codes[code] = (codes[code] ?? 0) + 1;
        if (reply.body.ok) answered.add(channel);
        if (reply.status >= 500 || (!reply.body.ok && !UNKNOWN_ID_CODES.includes(code))) {
          failures.push(`${channel} [${bad.label}]: ${describeReply(reply)}`);
        }
      });

      const after = await dbChecksum(depot.core.db);
      if (after.digest !== before.digest) {
        failures.push(
          `${channel}: the database changed (${changedTables(before, after).join(', ')})`,
        );
      }
      await stillSignedIn(channel, failures);
      refusedSent += corpus.refused.length;
      unknownSent += corpus.unknownIds.length;
    }

    console.log(
      `[corpus ${MODE}] ${corpora.size} channels, ${refusedSent + unknownSent} bad inputs ` +
        `(${refusedSent} refused by schema, ${unknownSent} with unknown ids), database unchanged ` +
        `after each channel; ${seconds(started)} s; replies: ${JSON.stringify(codes)}; ` +
        `reads that answered an unknown id: ${[...answered].join(', ') || 'none'}`,
    );
    expect(failures.slice(0, 60), `${failures.length} failures`).toEqual([]);
    // Not empty by accident: every channel got bad input, and nothing was skipped.
    expect(corpora.size).toBe(channels.length);
    expect(refusedSent).toBeGreaterThan(channels.length * 5);
  }, 300_000);

  // Runs last: these calls may write (a customer named "'; DROP TABLE staff; --" is a customer).
  it('never breaks on hostile text the schema accepts', async () => {
    const started = Date.now();
    const failures: string[] = [];
    let sent = 0;
    for (const [channel, corpus] of corpora) {
      const replies = await sendAll(channel, corpus.accepted);
      corpus.accepted.forEach((bad, i) => {
        const reply = replies[i];
        if (reply.status >= 500 || reply.body.error?.code === 'INTERNAL' || !('ok' in reply.body)) {
          failures.push(`${channel} [${bad.label}]: ${describeReply(reply)}`);
        }
      });
      await stillSignedIn(channel, failures);
      sent += corpus.accepted.length;
    }
    console.log(
      `[corpus ${MODE}] ${sent} hostile values the schemas accept, none INTERNAL; ${seconds(started)} s`,
    );
    expect(failures.slice(0, 60), `${failures.length} failures`).toEqual([]);
  }, 300_000);
});

function seconds(since: number): string {
  return ((Date.now() - since) / 1000).toFixed(1);
}

/** A refused call must not sign the tab out or lock it either. */
async function stillSignedIn(channel: string, failures: string[]): Promise<void> {
  const status = await depot.call(SESSION, 'session/status', {});
  if ((status.body.data as { state?: string } | undefined)?.state !== 'signedIn') {
    failures.push(`${channel}: the tab is no longer signed in (${JSON.stringify(status.body)})`);
    await depot.signedIn(SESSION, [...ROLES]);
  }
}

// The shape of one verification of the depot (issue 9, standing proofs): each check says
// whether it holds, how many records it looked at and what it found wrong. Problems are data
// (a kind and its parameters) so the settings screen can show them in either language; the
// message is the English text for logs and the CLI.

export type CheckName =
  | 'integrity'
  | 'foreignKeys'
  | 'auditChain'
  | 'ledger'
  | 'reportNumbers'
  | 'documents'
  | 'attachments';

export type ProblemKind =
  | 'integrity'
  | 'foreignKey'
  | 'auditAltered'
  | 'auditLinkBroken'
  | 'auditRowsMissing'
  | 'auditUnhashed'
  | 'ledgerMismatch'
  | 'reportNumberGap'
  | 'reportCounter'
  | 'fileMissing'
  | 'fileAltered';

export type VerifyProblem = {
  kind: ProblemKind;
  message: string;
  params: Record<string, string | number | null>;
};

export type VerifyCheck = {
  name: CheckName;
  ok: boolean;
  /** Records looked at (rows, parts, years, files). */
  checked: number;
  /** The first problems found (at most MAX_LISTED); `more` counts the rest. */
  problems: VerifyProblem[];
  more: number;
  /** Set when the check does not apply (e.g. a SQLite pragma on another database). */
  skipped?: string;
  durationMs?: number;
};

export type VerifyReport = {
  ok: boolean;
  /** Set when the run stopped between checks because the depot was closing: not a failure. */
  cancelled?: true;
  startedAt: string;
  durationMs: number;
  checks: VerifyCheck[];
};

export const MAX_LISTED = 50;

/** Collects a check's problems, listing the first few and counting the rest. */
export function checkResult(name: CheckName) {
  const problems: VerifyProblem[] = [];
  let more = 0;
  let checked = 0;
  return {
    add(kind: ProblemKind, message: string, params: VerifyProblem['params']) {
      if (problems.length < MAX_LISTED) problems.push({ kind, message, params });
      else more += 1;
    },
    count(n = 1) {
      checked += n;
    },
    done(skipped?: string): VerifyCheck {
      const failed = problems.length + more > 0;
      return { name, ok: !failed, checked, problems, more, ...(skipped ? { skipped } : {}) };
    },
  };
}

export type CheckCollector = ReturnType<typeof checkResult>;

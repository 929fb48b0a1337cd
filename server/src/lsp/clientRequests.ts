/**
 * Capability registrations and work-done progress, sent with ids of our own.
 *
 * The library's `client.register` and `window.createWorkDoneProgress` name each registration and
 * progress token with `crypto.randomUUID()`, and loading Node's `crypto` costs the server's start
 * about 5 ms, on the path to the first diagnostics (both run when the client says `initialized`).
 * An id only has to be unique within this server's session: a counter is enough.
 */
import type { Connection } from 'vscode-languageserver/node';
import { RegistrationRequest, WorkDoneProgress, WorkDoneProgressCreateRequest } from './protocol';

let next = 0;

function sessionId(kind: string): string {
  return `newsmark-${kind}-${++next}`;
}

/** `client/registerCapability` for one method; resolves when the client has answered. */
export function registerCapability(connection: Connection, method: string, registerOptions: unknown): Promise<void> {
  return connection.sendRequest(RegistrationRequest.type, {
    registrations: [{ id: sessionId('registration'), method, registerOptions }],
  });
}

/** A progress notification in the Problems bar, as `window/workDoneProgress/create` opens it. */
export interface ProgressReporter {
  begin(title: string, percentage: number, message: string): void;
  report(percentage: number, message: string): void;
  done(): void;
}

/** Asks the client for a progress token of our naming; rejects when the client refuses. */
export async function createProgress(connection: Connection): Promise<ProgressReporter> {
  const token = sessionId('progress');
  await connection.sendRequest(WorkDoneProgressCreateRequest.type, { token });
  return {
    begin: (title, percentage, message) =>
      void connection.sendProgress(WorkDoneProgress.type, token, { kind: 'begin', title, percentage, message, cancellable: false }),
    report: (percentage, message) => void connection.sendProgress(WorkDoneProgress.type, token, { kind: 'report', percentage, message }),
    done: () => void connection.sendProgress(WorkDoneProgress.type, token, { kind: 'end' }),
  };
}

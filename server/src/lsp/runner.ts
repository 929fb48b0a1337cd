import { LSPErrorCodes, ResponseError } from './protocol';
import type { CancellationToken, Connection } from 'vscode-languageserver/node';

/**
 * Runs a request handler safely: cancellation becomes `RequestCancelled`, an exception
 * becomes a logged, empty answer, so one bad document never takes the server down.
 */
export function runSafe<T, E>(
  connection: Connection,
  name: string,
  token: CancellationToken | undefined,
  empty: E,
  work: () => T,
): T | E | ResponseError<void> {
  if (token?.isCancellationRequested) return new ResponseError(LSPErrorCodes.RequestCancelled, 'Request cancelled');
  try {
    return work();
  } catch (err) {
    connection.console.error(`${name} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    return empty;
  }
}

import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { retryTransient } from './run.ts';

/** An attempt that fails with each of `errors` in turn, then answers. */
function failingThen(errors: Error[]) {
  let calls = 0;
  const attempt = async () => {
    const error = errors[calls++];
    if (error) throw error;
    return 'answer';
  };
  return { attempt, calls: () => calls };
}

/** A server error as the driver builds it from a FAILURE message; its code decides retryability. */
const serverError = (message: string, code: string) => new Neo4jError(message, code, '50N42', '');
const unavailable = () =>
  serverError('database unavailable', 'Neo.TransientError.General.DatabaseUnavailable');
const syntax = () => serverError('bad statement', 'Neo.ClientError.Statement.SyntaxError');

describe('retryTransient (the managed-transaction retry policy, for auto-commit reads)', () => {
  it('tries again after transient errors and returns the answer that follows', async () => {
    const { attempt, calls } = failingThen([unavailable(), unavailable()]);
    await expect(retryTransient(5_000, attempt)).resolves.toBe('answer');
    expect(calls()).toBe(3);
  });

  it('does not repeat a statement the server refused for a reason a retry cannot change', async () => {
    const { attempt, calls } = failingThen([syntax()]);
    await expect(retryTransient(5_000, attempt)).rejects.toThrow('bad statement');
    expect(calls()).toBe(1);
  });

  it('gives up with the last transient error once the retry time is spent', async () => {
    const { attempt, calls } = failingThen(Array.from({ length: 20 }, unavailable));
    await expect(retryTransient(250, attempt)).rejects.toThrow('database unavailable');
    // 100 ms, then about 200 ms: the second wait would end past 250 ms.
    expect(calls()).toBe(2);
  });

  it('does not retry at all with a retry time of zero', async () => {
    const { attempt, calls } = failingThen([unavailable()]);
    await expect(retryTransient(0, attempt)).rejects.toThrow('database unavailable');
    expect(calls()).toBe(1);
  });
});

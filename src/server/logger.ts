import type { YogaLogger } from 'graphql-yoga';
import { type DestinationStream, type Logger, pino } from 'pino';
import type { LogLevel } from '../config.ts';
import type { FinishedRequest } from './plugins/use-request-tracking.ts';

export type { Logger };

/**
 * Paths pino blanks wherever they appear. Nothing here logs headers or variables on purpose;
 * this is the net under that rule for an object someone logs later: a write token, a mutation's
 * variables (which carry whole abstracts) or an abstract itself never reaches the log.
 */
const REDACTED = [
  'authorization',
  '*.authorization',
  'headers.authorization',
  '*.headers.authorization',
  'variables',
  '*.variables',
  'abstract',
  '*.abstract',
];

/** JSON lines on stdout (or `destination`), one object per event. */
export function createLogger(level: LogLevel, destination?: DestinationStream): Logger {
  return pino(
    { level, base: { app: 'paper-graph' }, redact: { paths: REDACTED, censor: '[redacted]' } },
    destination,
  );
}

/** A useRequestTracking sink: one `request` line per GraphQL request. */
export function requestLogger(logger: Logger) {
  return (request: FinishedRequest) => {
    const line = {
      requestId: request.id,
      operation: request.operation,
      operationType: request.operationType,
      status: request.status,
      durationMs: Math.round(request.seconds * 1000 * 10) / 10,
      ...(request.errorCodes.length > 0 ? { errorCodes: request.errorCodes } : {}),
    };
    if (request.status >= 500) logger.error(line, 'request');
    else logger.info(line, 'request');
  };
}

/**
 * yoga's own log calls, routed to pino. Only messages and errors are kept: yoga's debug
 * arguments may carry request parameters, which this log never holds.
 */
export function yogaLogger(logger: Logger): YogaLogger {
  const forward =
    (level: 'debug' | 'info' | 'warn' | 'error') =>
    (...args: unknown[]) => {
      const message = args.filter((arg) => typeof arg === 'string').join(' ');
      const err = args.find((arg) => arg instanceof Error);
      logger[level]({ component: 'yoga', ...(err ? { err } : {}) }, message);
    };
  return {
    debug: forward('debug'),
    info: forward('info'),
    warn: forward('warn'),
    error: forward('error'),
  };
}

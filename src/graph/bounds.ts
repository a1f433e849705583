import { validation } from '../domain/errors.ts';

/** An integer argument within [min, max], or a VALIDATION error naming it: every fan-out is bounded. */
export function boundedInt(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw validation(`${name} must be an integer from ${min} to ${max}, got ${value}`);
  }
  return value;
}

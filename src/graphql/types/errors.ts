import { type AppError, NotFoundError, ValidationError } from '../../domain/errors.ts';
import { builder } from '../builder.ts';

const ErrorInterface = builder.interfaceRef<AppError>('Error').implement({
  description: 'An expected failure, returned as a result rather than thrown.',
  fields: (t) => ({
    message: t.exposeString('message', { description: 'What went wrong, for a person.' }),
    code: t.exposeString('code', { description: 'NOT_FOUND or VALIDATION.' }),
  }),
});

builder.objectType(NotFoundError, {
  name: 'NotFoundError',
  description: 'The thing asked for does not exist.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof NotFoundError,
});

builder.objectType(ValidationError, {
  name: 'ValidationError',
  description: 'The input is not acceptable; the message says which part and why.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof ValidationError,
});

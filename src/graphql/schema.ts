import { lexicographicSortSchema } from 'graphql';
import { builder } from './builder.ts';
// Each import registers its types with the builder.
import './types/author.ts';
import './types/entity.ts';
import './types/errors.ts';
import './types/paper.ts';
import './types/paper-mutations.ts';
import './types/repository.ts';
import './types/traversal.ts';

export const schema = lexicographicSortSchema(builder.toSchema());

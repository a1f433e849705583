import type { Paper } from '../../domain/models.ts';
import { builder } from '../builder.ts';

/** Declared apart from its fields so that types that list papers can import it without a cycle. */
export const PaperRef = builder.objectRef<Paper>('Paper');

import * as z from 'zod';

// Events carry identifiers, dates and routing addresses only: never a child's name, a birth date, a purpose
// or a note. Consumers that need more read the case.
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
export const caseRef = { caseId: z.string().min(1), caseNumber: z.string().min(1) };

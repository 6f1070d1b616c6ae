/** A broken rule of the contract (HTTP 422). `path` is dotted like `children.0.birthDate`; '' is the body. */
export interface RuleViolation {
  path: string;
  message: string;
}

export function violation(path: string, message: string): RuleViolation {
  return { path, message };
}

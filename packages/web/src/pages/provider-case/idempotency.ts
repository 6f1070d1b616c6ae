/**
 * One Idempotency-Key per form submission: made on the first attempt, sent again on every retry of the
 * same submission (a time-out, a dropped connection, a 409 while the first is running, a 5xx), and
 * forgotten once the API has answered 2xx, so the next visit gets a key of its own.
 */
export const createSubmissionKey = () => {
  let key: string | undefined;
  return {
    current: () => {
      key ??= crypto.randomUUID();
      return key;
    },
    answered: () => {
      key = undefined;
    },
  };
};

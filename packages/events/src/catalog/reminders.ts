// Events produced by the reminders service (none yet).
export {};

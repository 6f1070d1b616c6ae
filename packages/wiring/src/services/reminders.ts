import type { FunctionSpec } from '../function-spec.ts';

export const remindersFunctions: FunctionSpec[] = [
  {
    id: 'reminders-sweep',
    service: 'reminders',
    entry: 'services/reminders/src/handlers/sweep.ts',
    description:
      'Daily sweep: one digest per recipient of every follow-up and deadline that needs attention.',
    schedules: [{ name: 'reminders', at: 'send-hour' }],
    // Reads the agenda index, cases, plans and providers; writes its lock (SWEEPLOCK) and the marks of what it
    // sent on the agenda items (follow-ups and deadlines).
    tables: { main: 'readWrite' },
    sendsEmail: true,
    // 9.6 s for 3,400 items due at 100,000 follow-ups (README, Performance); the lock's lease is this + 30 s.
    timeoutSeconds: 120,
  },
  {
    id: 'reminders-concerns',
    service: 'reminders',
    entry: 'services/reminders/src/handlers/concerns.ts',
    description:
      'Tells the caseworker and the team leader at once when a provider raises a concern, and the caseworker when a status report arrives.',
    subscriptions: [
      { source: 'hjemmestotte.visits', detailType: 'ConcernRaised' },
      { source: 'hjemmestotte.visits', detailType: 'StatusReportSubmitted' },
    ],
    tables: { main: 'readWrite' },
    sendsEmail: true,
  },
  {
    id: 'reminders-ses-feedback',
    service: 'reminders',
    entry: 'services/reminders/src/handlers/ses-feedback.ts',
    description:
      "Alerts the municipality's admin when a reminder bounces or draws a complaint. SES publishes these " +
      'to the DEFAULT event bus only (configuration set event destination), so this rule lives there.',
    subscriptions: [
      { source: 'aws.ses', detailType: 'Email Bounced', bus: 'default' },
      { source: 'aws.ses', detailType: 'Email Complaint Received', bus: 'default' },
    ],
    tables: { main: 'readWrite' },
    sendsEmail: true,
  },
];

// The e-mails people get when someone decides on something they sent: an application to the pharmacy network or to be
// a champion, or a resource shared as a champion. A refusal always carries the reason given and what to do next.
import { letter, type Email } from './email.ts';

export type DecisionNotice =
  'network_approved' | 'network_declined' | 'champion_approved' | 'champion_declined' | 'resource_approved' | 'resource_rejected';

export interface DecisionEmailInput {
  kind: DecisionNotice;
  name: string;
  /** The reason given with a decline or a rejection. */
  reason: string | null;
  resourceId: string | null;
  resourceTitle: string | null;
  siteUrl: string;
}

function quoted(reason: string | null): string[] {
  return reason ? ['', ...reason.split('\n').map((line) => `  ${line}`)] : [];
}

const messages: Record<DecisionNotice, (i: DecisionEmailInput) => { subject: string; lines: string[] }> = {
  network_approved: (i) => ({
    subject: 'Welcome to the pharmacy network',
    lines: [
      'Your application to join the Mind & Body pharmacy network has been approved.',
      '',
      'You can now read the members-only prescribing guidelines and watch the network webinars.',
      'Bookmark a guideline and My guidelines will tell you when it changes.',
      '',
      `Prescribing guidelines: ${i.siteUrl}/guidelines`,
      `Webinars: ${i.siteUrl}/webinars`,
    ],
  }),
  network_declined: (i) => ({
    subject: 'Your application to the pharmacy network',
    lines: [
      'Your application to join the Mind & Body pharmacy network was not approved. The reason given was:',
      ...quoted(i.reason),
      '',
      `When you have sorted this out, you can apply again: ${i.siteUrl}/pharmacy-network`,
    ],
  }),
  champion_approved: (i) => ({
    subject: 'You are a Mind & Body Champion',
    lines: [
      'Your application to be a Mind & Body Champion has been approved. Thank you for helping colleagues look after the mental and physical health of the people they care for.',
      '',
      'You can now share guides, tools and tips you have found useful. An educator checks each one before it appears in the library.',
      '',
      `Share a resource: ${i.siteUrl}/champions/share`,
      `The Champions library: ${i.siteUrl}/champions`,
    ],
  }),
  champion_declined: (i) => ({
    subject: 'Your application to be a Mind & Body Champion',
    lines: [
      'Your application to be a Mind & Body Champion was not approved. The reason given was:',
      ...quoted(i.reason),
      '',
      `You can still use the Champions library, and you can apply again: ${i.siteUrl}/champions/join`,
    ],
  }),
  resource_approved: (i) => ({
    subject: 'Your resource is in the Champions library',
    lines: [
      `“${i.resourceTitle}”, which you shared, has been approved and is now in the Champions library for every member of staff.`,
      '',
      `The library: ${i.siteUrl}/champions`,
    ],
  }),
  resource_rejected: (i) => ({
    subject: 'Your shared resource needs changes',
    lines: [
      `“${i.resourceTitle}”, which you shared, was not approved for the Champions library. The educator's reason was:`,
      ...quoted(i.reason),
      '',
      `You can change it and send it again: ${i.siteUrl}/champions/resources/${i.resourceId}/edit`,
      `Everything you have shared: ${i.siteUrl}/champions/mine`,
    ],
  }),
};

export function decisionEmail(input: DecisionEmailInput): Email {
  const { subject, lines } = messages[input.kind](input);
  return { subject, body: letter(input.name, lines), attachments: [] };
}

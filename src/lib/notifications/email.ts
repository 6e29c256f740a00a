// What the platform e-mails: plain text, with files attached where they help.
export interface Attachment {
  filename: string;
  contentType: string;
  content: string;
}

export interface Email {
  subject: string;
  body: string;
  attachments: Attachment[];
}

/** A plain-text letter: the greeting, the lines, and the platform's name to sign off. */
export function letter(name: string, lines: string[]): string {
  return [`Dear ${name || 'colleague'},`, '', ...lines, '', 'Mind & Body Learning'].join('\n');
}

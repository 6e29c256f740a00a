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

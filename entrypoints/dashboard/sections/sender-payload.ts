import type { SenderFormValues } from '../../../components/dashboard/sender-form';
import type { ProtocolMap } from '../../../lib/messaging/protocol';

type Create = Parameters<ProtocolMap['createSenderAccount']>[0];
type Changes = Parameters<ProtocolMap['updateSenderAccount']>[0]['changes'];

function smtpOf(host: string, port: SenderFormValues['smtpPort']): Create['smtp'] {
  switch (port) {
    case 465:
      return { host, port, encryption: 'ssl' };
    case 587:
      return { host, port, encryption: 'tls' };
    case 25:
      return { host, port, encryption: 'none' };
  }
}

function imapOf(host: string, port: SenderFormValues['imapPort']): NonNullable<Create['imap']> {
  return port === 993 ? { host, port, encryption: 'ssl' } : { host, port, encryption: 'none' };
}

/** Form values → the create payload (optional parts only when filled in). */
export function createSenderPayload(values: SenderFormValues): Create {
  return {
    sender_name: values.senderName.trim(),
    email_from: values.email.trim(),
    password: values.password,
    smtp: smtpOf(values.smtpHost.trim(), values.smtpPort),
    ...(values.imapHost.trim() === '' ? {} : { imap: imapOf(values.imapHost.trim(), values.imapPort) }),
    ...(values.dailyLimit === '' ? {} : { limitation: Number(values.dailyLimit) }),
  };
}

/** Form values → only the fields that changed (the password only when typed). */
export function senderChanges(before: SenderFormValues, after: SenderFormValues): Changes {
  const serverChanged = before.smtpHost !== after.smtpHost || before.smtpPort !== after.smtpPort;
  return {
    ...(before.senderName === after.senderName ? {} : { sender_name: after.senderName.trim() }),
    ...(after.password === '' ? {} : { password: after.password }),
    ...(serverChanged && after.smtpHost.trim() !== ''
      ? { smtp: smtpOf(after.smtpHost.trim(), after.smtpPort) }
      : {}),
    ...(after.imapHost.trim() !== '' &&
    (before.imapHost !== after.imapHost || before.imapPort !== after.imapPort)
      ? { imap: imapOf(after.imapHost.trim(), after.imapPort) }
      : {}),
    ...(before.dailyLimit === after.dailyLimit || after.dailyLimit === ''
      ? {}
      : { limitation: Number(after.dailyLimit) }),
  };
}

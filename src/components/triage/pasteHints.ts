import { t } from '../../words/messages';

/** The commands the hints name: typed as they are in every language. */
export const HINT_COMMANDS = { dsregcmd: 'dsregcmd /status', keyLink: 'Get-ADUser <user> -Properties msDS-KeyCredentialLink', dcCert: 'certutil -v -store My' } as const;

/** What to paste when the paste box recognised nothing: the evidence the analyzers read (commands stay as typed). */
export function pasteHints(): { what: string; where: string }[] {
  return [
    { what: t('paste.hint.error.what'), where: t('paste.hint.error.where') },
    { what: t('paste.hint.dsregcmd.what', { command: HINT_COMMANDS.dsregcmd }), where: t('paste.hint.dsregcmd.where') },
    { what: t('paste.hint.udr.what'), where: t('paste.hint.udr.where') },
    { what: t('paste.hint.kerberos.what'), where: t('paste.hint.kerberos.where') },
    { what: t('paste.hint.adfs.what'), where: t('paste.hint.adfs.where') },
    { what: t('paste.hint.builds.what'), where: t('paste.hint.builds.where') },
    { what: t('paste.hint.keyLink.what'), where: t('paste.hint.keyLink.where', { command: HINT_COMMANDS.keyLink }) },
    { what: t('paste.hint.dcCert.what'), where: t('paste.hint.dcCert.where', { command: HINT_COMMANDS.dcCert }) },
  ];
}

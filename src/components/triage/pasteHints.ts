/** What to paste when the paste box recognised nothing: the evidence the analyzers read. */
export const PASTE_HINTS: { what: string; where: string }[] = [
  { what: 'The exact error message', where: 'for example "That option is temporarily unavailable…" or "We can\'t open that page right now" with the address under it' },
  { what: 'dsregcmd /status output', where: 'run it in a command prompt on the affected device and paste everything it prints' },
  { what: 'A User Device Registration event (358, 360, 362)', where: 'Event Viewer > Applications and Services Logs > Microsoft > Windows > User Device Registration > Admin; copy the event (Ctrl+C) and paste it' },
  { what: 'Kerberos event 107', where: 'Applications and Services Logs > Microsoft > Windows > Security-Kerberos > Operational (the log is off by default)' },
  { what: 'AD FS event 1021', where: 'on the AD FS server: Applications and Services Logs > AD FS > Admin' },
  { what: 'Domain controller builds', where: 'the output of ver or winver on each domain controller, e.g. "Microsoft Windows [Version 10.0.17763.1613]"' },
  { what: 'The user\'s msDS-KeyCredentialLink', where: 'Get-ADUser <user> -Properties msDS-KeyCredentialLink' },
  { what: 'A domain controller certificate', where: 'certutil -v -store My on the domain controller, or the certificate\'s details' },
];

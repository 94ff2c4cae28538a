const gmail = new Set(['gmail.com', 'googlemail.com'])

/**
 * The mailbox an address reaches, for caps and limits: case folded, `+tag` dropped (most
 * providers deliver `name+anything@` to `name@`), and for Gmail the dots too (`j.ean@` is
 * `jean@`) with `googlemail.com` as `gmail.com`. Never used as a recipient: e-mails go to the
 * address as typed.
 */
export const mailboxOf = (address: string): string => {
  const at = address.lastIndexOf('@')
  if (at < 0) return address.trim().toLowerCase()
  const domain = address
    .slice(at + 1)
    .trim()
    .toLowerCase()
  const local = address.slice(0, at).trim().toLowerCase().split('+')[0]!
  if (gmail.has(domain)) return `${local.replaceAll('.', '')}@gmail.com`
  return `${local}@${domain}`
}

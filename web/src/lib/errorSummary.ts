/**
 * One line of a form's error summary, « Libellé : message », without the « . : » that a label
 * ending in a full stop (the consent boxes) would give.
 */
export const summaryEntry = (label: string, message: string): string =>
  `${label.replace(/[\s.:]+$/u, '')} : ${message}`

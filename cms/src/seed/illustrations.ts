import crypto from 'node:crypto'

/**
 * Abstract on-brand illustrations drawn as SVG (then rasterised by sharp in images.ts). Flat
 * shapes in the brand palette, one motif per theme, a little seeded variety so two images with
 * the same motif still differ.
 */

export const palette = {
  teal: '#0f4c5c',
  coral: '#e36414',
  sand: '#f6f1e9',
  ink: '#1d2731',
  tealLight: '#5f8f99',
  tealPale: '#d6e3e3',
  coralSoft: '#f2a65a',
  white: '#fffdf9',
}

export type Motif =
  | 'documents'
  | 'people'
  | 'coins'
  | 'ledger'
  | 'clock'
  | 'globe'
  | 'medical'
  | 'chart'
  | 'boxes'
  | 'laptop'
  | 'calendar'
  | 'webinar'
  | 'network'
  | 'book'

/** Deterministic pseudo-random numbers from a key (mulberry32). */
const rng = (key: string) => {
  let a = crypto.createHash('sha1').update(key).digest().readUInt32LE(0)
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const { teal, coral, sand, ink, tealLight, tealPale, coralSoft, white } = palette

const sheet = (
  x: number,
  y: number,
  w: number,
  h: number,
  fill: string,
  lines: number,
  lineColor: string,
) => {
  let out = `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="18" fill="${fill}"/>`
  for (let i = 0; i < lines; i++) {
    const lw = i === 0 ? w * 0.5 : w * (0.62 + ((i * 37) % 25) / 100)
    out += `<rect x="${x + 32}" y="${y + 44 + i * 34}" width="${Math.min(lw, w - 64)}" height="12" rx="6" fill="${lineColor}"/>`
  }
  return out
}

const person = (cx: number, cy: number, r: number, body: string, head: string) =>
  `<circle cx="${cx}" cy="${cy - r * 1.25}" r="${r * 0.62}" fill="${head}"/>` +
  `<path d="M${cx - r * 1.1} ${cy + r * 1.3} Q${cx - r * 1.1} ${cy} ${cx} ${cy} Q${cx + r * 1.1} ${cy} ${cx + r * 1.1} ${cy + r * 1.3} Z" fill="${body}"/>`

const motifs: Record<Motif, (r: () => number, variant: number) => string> = {
  documents: () =>
    sheet(860, 250, 420, 520, tealPale, 0, teal) +
    sheet(900, 210, 420, 520, white, 9, tealPale) +
    `<circle cx="1290" cy="690" r="84" fill="${coral}"/><path d="M1250 690 l28 28 l52 -58" stroke="${white}" stroke-width="18" fill="none" stroke-linecap="round" stroke-linejoin="round"/>`,
  people: () =>
    `<path d="M840 620 C960 420 1180 420 1300 620" stroke="${tealLight}" stroke-width="6" fill="none" stroke-dasharray="4 18" stroke-linecap="round"/>` +
    person(860, 560, 110, teal, tealLight) +
    person(1080, 500, 130, coral, coralSoft) +
    person(1300, 560, 110, ink, tealLight),
  coins: (r) => {
    let out = ''
    for (let s = 0; s < 3; s++) {
      const x = 880 + s * 170
      const n = 3 + s * 2 + Math.floor(r() * 2)
      for (let i = 0; i < n; i++) {
        const y = 720 - i * 34
        out += `<ellipse cx="${x}" cy="${y}" rx="78" ry="26" fill="${i === n - 1 ? coralSoft : teal}" stroke="${sand}" stroke-width="4"/>`
      }
    }
    return (
      out +
      `<path d="M860 330 L1040 250 L1160 300 L1330 170" stroke="${coral}" stroke-width="16" fill="none" stroke-linecap="round" stroke-linejoin="round"/><path d="M1290 160 L1340 165 L1330 215" stroke="${coral}" stroke-width="16" fill="none" stroke-linecap="round"/>`
    )
  },
  ledger: (r) => {
    let out = `<rect x="840" y="190" width="520" height="560" rx="24" fill="${white}"/>`
    for (let i = 0; i < 9; i++) {
      const y = 250 + i * 52
      out += `<rect x="880" y="${y}" width="${160 + r() * 80}" height="14" rx="7" fill="${tealPale}"/>`
      out += `<rect x="${1200 - r() * 40}" y="${y}" width="${80 + r() * 40}" height="14" rx="7" fill="${i % 3 === 2 ? coral : teal}"/>`
    }
    return (
      out +
      `<rect x="840" y="690" width="520" height="60" rx="0" fill="${teal}"/><rect x="1180" y="710" width="140" height="20" rx="10" fill="${coralSoft}"/>`
    )
  },
  clock: () => {
    let ticks = ''
    for (let i = 0; i < 12; i++) {
      const a = (i * Math.PI) / 6
      ticks += `<line x1="${1100 + Math.cos(a) * 200}" y1="${470 + Math.sin(a) * 200}" x2="${1100 + Math.cos(a) * 230}" y2="${470 + Math.sin(a) * 230}" stroke="${teal}" stroke-width="${i % 3 === 0 ? 14 : 6}" stroke-linecap="round"/>`
    }
    return (
      `<circle cx="1100" cy="470" r="270" fill="${white}"/><circle cx="1100" cy="470" r="270" fill="none" stroke="${teal}" stroke-width="22"/>` +
      `<path d="M1100 470 L1100 240 A230 230 0 0 1 1330 470 Z" fill="${coralSoft}" opacity="0.55"/>` +
      ticks +
      `<line x1="1100" y1="470" x2="1100" y2="320" stroke="${ink}" stroke-width="18" stroke-linecap="round"/><line x1="1100" y1="470" x2="1220" y2="520" stroke="${coral}" stroke-width="14" stroke-linecap="round"/><circle cx="1100" cy="470" r="20" fill="${ink}"/>`
    )
  },
  globe: () =>
    `<circle cx="1090" cy="470" r="260" fill="${teal}"/>` +
    `<ellipse cx="1090" cy="470" rx="110" ry="260" fill="none" stroke="${tealLight}" stroke-width="8"/>` +
    `<ellipse cx="1090" cy="470" rx="210" ry="260" fill="none" stroke="${tealLight}" stroke-width="6"/>` +
    `<line x1="830" y1="470" x2="1350" y2="470" stroke="${tealLight}" stroke-width="8"/><line x1="860" y1="350" x2="1320" y2="350" stroke="${tealLight}" stroke-width="6"/><line x1="860" y1="590" x2="1320" y2="590" stroke="${tealLight}" stroke-width="6"/>` +
    `<path d="M760 640 C900 200 1250 160 1420 330" stroke="${coral}" stroke-width="10" fill="none" stroke-dasharray="26 18" stroke-linecap="round"/>` +
    `<rect x="1380" y="300" width="90" height="60" rx="8" fill="${coral}"/><rect x="720" y="620" width="90" height="60" rx="8" fill="${coralSoft}"/>`,
  medical: () =>
    `<rect x="880" y="200" width="400" height="540" rx="30" fill="${white}"/><rect x="1000" y="170" width="160" height="70" rx="20" fill="${teal}"/>` +
    `<circle cx="1080" cy="400" r="110" fill="${tealPale}"/><rect x="1055" y="330" width="50" height="140" rx="10" fill="${coral}"/><rect x="1010" y="375" width="140" height="50" rx="10" fill="${coral}"/>` +
    `<rect x="940" y="560" width="280" height="16" rx="8" fill="${tealPale}"/><rect x="940" y="600" width="220" height="16" rx="8" fill="${tealPale}"/><rect x="940" y="640" width="250" height="16" rx="8" fill="${tealPale}"/>`,
  chart: (r) => {
    let out = `<rect x="820" y="200" width="560" height="540" rx="28" fill="${white}"/>`
    const pts: string[] = []
    for (let i = 0; i < 6; i++) {
      const h = 90 + i * 40 + r() * 70
      const x = 870 + i * 82
      out += `<rect x="${x}" y="${690 - h}" width="52" height="${h}" rx="10" fill="${i === 5 ? coral : i % 2 ? teal : tealLight}"/>`
      pts.push(`${x + 26},${640 - h - 20}`)
    }
    return (
      out +
      `<polyline points="${pts.join(' ')}" fill="none" stroke="${ink}" stroke-width="8" stroke-linejoin="round" stroke-linecap="round"/>`
    )
  },
  boxes: () => {
    const box = (x: number, y: number, s: number, c: string) =>
      `<rect x="${x}" y="${y}" width="${s}" height="${s}" rx="10" fill="${c}"/><rect x="${x + s / 2 - 14}" y="${y}" width="28" height="${s * 0.45}" fill="${sand}" opacity="0.7"/>`
    return (
      box(860, 520, 220, teal) +
      box(1090, 520, 220, tealLight) +
      box(970, 300, 220, coral) +
      `<path d="M1340 420 L1480 420" stroke="${ink}" stroke-width="16" stroke-linecap="round"/><path d="M1440 380 L1485 420 L1440 460" stroke="${ink}" stroke-width="16" fill="none" stroke-linecap="round" stroke-linejoin="round"/>`
    )
  },
  laptop: () =>
    `<rect x="860" y="260" width="480" height="320" rx="20" fill="${ink}"/><rect x="885" y="285" width="430" height="270" rx="8" fill="${tealPale}"/>` +
    `<path d="M800 600 L1400 600 L1360 650 L840 650 Z" fill="${teal}"/>` +
    `<rect x="910" y="310" width="180" height="100" rx="10" fill="${white}"/><rect x="1110" y="310" width="180" height="220" rx="10" fill="${white}"/><rect x="910" y="430" width="180" height="100" rx="10" fill="${coral}"/>` +
    `<rect x="1260" y="170" width="150" height="90" rx="16" fill="${coralSoft}"/><circle cx="1305" cy="215" r="18" fill="${white}"/>`,
  calendar: (r) => {
    let out = `<rect x="840" y="200" width="540" height="520" rx="26" fill="${white}"/><rect x="840" y="200" width="540" height="96" rx="26" fill="${teal}"/><rect x="840" y="260" width="540" height="36" fill="${teal}"/>`
    for (let row = 0; row < 4; row++)
      for (let col = 0; col < 5; col++) {
        const hot = col === 3
        out += `<rect x="${880 + col * 98}" y="${330 + row * 92}" width="74" height="68" rx="12" fill="${hot ? coral : r() > 0.6 ? tealLight : tealPale}"/>`
      }
    return out
  },
  webinar: () =>
    `<rect x="800" y="200" width="600" height="380" rx="26" fill="${ink}"/><rect x="830" y="230" width="540" height="320" rx="12" fill="${teal}"/>` +
    `<circle cx="1100" cy="390" r="86" fill="${coral}"/><path d="M1075 345 L1140 390 L1075 435 Z" fill="${white}"/>` +
    `<rect x="1040" y="580" width="120" height="70" fill="${ink}"/><rect x="960" y="650" width="280" height="24" rx="12" fill="${ink}"/>` +
    `<path d="M1380 160 h170 a24 24 0 0 1 24 24 v70 a24 24 0 0 1 -24 24 h-120 l-40 34 v-34 h-10 a24 24 0 0 1 -24 -24 v-70 a24 24 0 0 1 24 -24 z" fill="${coralSoft}"/>`,
  network: (r) => {
    const nodes: [number, number][] = []
    for (let i = 0; i < 9; i++) nodes.push([820 + r() * 600, 180 + r() * 560])
    let out = ''
    nodes.forEach(([x, y], i) => {
      const [nx, ny] = nodes[(i + 1) % nodes.length] ?? [x, y]
      const [mx, my] = nodes[(i + 3) % nodes.length] ?? [x, y]
      out += `<line x1="${x}" y1="${y}" x2="${nx}" y2="${ny}" stroke="${tealLight}" stroke-width="5"/><line x1="${x}" y1="${y}" x2="${mx}" y2="${my}" stroke="${tealPale}" stroke-width="4"/>`
    })
    nodes.forEach(([x, y], i) => {
      out += person(
        x,
        y + 20,
        i % 3 === 0 ? 46 : 34,
        i % 4 === 0 ? coral : i % 2 ? teal : ink,
        i % 4 === 0 ? coralSoft : tealLight,
      )
    })
    return out
  },
  book: (_r, variant) => {
    const c = [coral, teal, ink][variant % 3] ?? coral
    const emblem = [
      `<circle cx="1110" cy="520" r="110" fill="${sand}" opacity="0.25"/><circle cx="1110" cy="520" r="60" fill="${sand}" opacity="0.5"/>`,
      `<rect x="990" y="520" width="50" height="110" rx="8" fill="${sand}" opacity="0.5"/><rect x="1060" y="460" width="50" height="170" rx="8" fill="${sand}" opacity="0.7"/><rect x="1130" y="400" width="50" height="230" rx="8" fill="${coralSoft}"/>`,
      `<circle cx="1110" cy="520" r="100" fill="${coral}"/><path d="M1060 520 l35 35 l65 -75" stroke="${white}" stroke-width="22" fill="none" stroke-linecap="round" stroke-linejoin="round"/>`,
    ][variant % 3]
    return (
      `<rect x="930" y="150" width="420" height="600" rx="18" fill="${variant % 3 === 2 ? teal : ink}" transform="rotate(6 1140 450)"/>` +
      `<rect x="900" y="150" width="420" height="600" rx="18" fill="${c}"/><rect x="900" y="150" width="36" height="600" fill="${ink}" opacity="0.25"/>` +
      `<rect x="980" y="240" width="260" height="22" rx="11" fill="${white}"/><rect x="980" y="282" width="200" height="22" rx="11" fill="${white}" opacity="0.8"/>` +
      emblem
    )
  },
}

/** A 1600×900 scene: sand background, soft shapes on the left, the motif on the right. */
export const sceneSvg = (
  motif: Motif,
  key: string,
  variant = 0,
  width = 1600,
  height = 900,
): string => {
  const r = rng(key)
  let dots = ''
  for (let y = 120; y < 800; y += 44)
    for (let x = 90; x < 560; x += 44)
      dots += `<circle cx="${x}" cy="${y}" r="4" fill="${tealPale}"/>`
  const blobX = 200 + r() * 200
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 1600 900" preserveAspectRatio="xMidYMid slice">
<rect width="1600" height="900" fill="${sand}"/>
${dots}
<circle cx="${blobX}" cy="${760 + r() * 80}" r="${300 + r() * 80}" fill="${teal}" opacity="0.92"/>
<circle cx="${1500 - r() * 100}" cy="${80 + r() * 60}" r="${150 + r() * 60}" fill="${coralSoft}" opacity="0.35"/>
<path d="M120 ${180 + r() * 60} C 360 ${80 + r() * 60} 520 ${300 + r() * 60} 700 ${200 + r() * 40}" stroke="${coral}" stroke-width="14" fill="none" stroke-linecap="round"/>
<rect x="${520 + r() * 80}" y="${620 + r() * 60}" width="150" height="150" rx="30" fill="${coral}" opacity="0.9" transform="rotate(${Math.round(r() * 30 - 15)} 600 700)"/>
${motifs[motif](r, variant)}
</svg>`
}

/** An 800×800 abstract avatar with initials. */
export const portraitSvg = (initials: string, key: string): string => {
  const r = rng(key)
  const schemes = [
    [teal, coralSoft, white],
    [coral, teal, white],
    [ink, coral, sand],
    [tealLight, ink, white],
  ] as const
  const [bg, accent, fg] = schemes[Math.floor(r() * schemes.length)] ?? schemes[0]
  return `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="800" viewBox="0 0 800 800">
<rect width="800" height="800" fill="${bg}"/>
<circle cx="${600 + r() * 120}" cy="${120 + r() * 100}" r="${160 + r() * 60}" fill="${accent}" opacity="0.55"/>
<circle cx="${120 + r() * 80}" cy="${700 - r() * 60}" r="${120 + r() * 60}" fill="${sand}" opacity="0.18"/>
<path d="M170 800 Q170 560 400 560 Q630 560 630 800 Z" fill="${sand}" opacity="0.16"/>
<circle cx="400" cy="380" r="210" fill="${sand}" opacity="0.14"/>
<text x="400" y="380" dy="0.35em" text-anchor="middle" font-family="DejaVu Sans, Liberation Sans, Arial, Helvetica, sans-serif" font-weight="700" font-size="200" letter-spacing="6" fill="${fg}">${initials}</text>
<rect x="330" y="560" width="140" height="14" rx="7" fill="${accent}"/>
</svg>`
}

/** 512×512 brand mark: a V drawn as a path (no font needed). */
export const logoSvg =
  (): string => `<svg xmlns="http://www.w3.org/2000/svg" width="512" height="512" viewBox="0 0 512 512">
<rect width="512" height="512" rx="112" fill="${teal}"/>
<path d="M132 140 L206 140 L256 300 L306 140 L380 140 L290 380 L222 380 Z" fill="${sand}"/>
<circle cx="384" cy="372" r="34" fill="${coral}"/>
</svg>`

// Köppen–Geiger climate types by the rules of Peel et al. (2007), coded and coloured as Beck et al. (2018); WGSL twin: shaders/common/koppen.wgsl.

export type KoppenGroup = 'A' | 'B' | 'C' | 'D' | 'E';

export interface KoppenType {
  /** Beck et al. (2018)'s code, 1..30 (0 is ocean or no data). */
  readonly code: number;
  readonly symbol: string;
  /** Beck et al. (2018)'s legend name. */
  readonly name: string;
  /** Beck et al. (2018)'s legend colour, 0..255 a channel. */
  readonly rgb: readonly [number, number, number];
  /** The main group: the symbol's first letter. */
  readonly group: KoppenGroup;
}

function kind(code: number, symbol: string, name: string, rgb: readonly [number, number, number]): KoppenType {
  return { code, symbol, name, rgb, group: symbol[0] as KoppenGroup };
}

/** The 30 types in Beck's order: KOPPEN_TYPES[code - 1].code === code. */
export const KOPPEN_TYPES: readonly KoppenType[] = [
  kind(1, 'Af', 'Tropical, rainforest', [0, 0, 255]),
  kind(2, 'Am', 'Tropical, monsoon', [0, 120, 255]),
  kind(3, 'Aw', 'Tropical, savannah', [70, 170, 250]),
  kind(4, 'BWh', 'Arid, desert, hot', [255, 0, 0]),
  kind(5, 'BWk', 'Arid, desert, cold', [255, 150, 150]),
  kind(6, 'BSh', 'Arid, steppe, hot', [245, 165, 0]),
  kind(7, 'BSk', 'Arid, steppe, cold', [255, 220, 100]),
  kind(8, 'Csa', 'Temperate, dry summer, hot summer', [255, 255, 0]),
  kind(9, 'Csb', 'Temperate, dry summer, warm summer', [200, 200, 0]),
  kind(10, 'Csc', 'Temperate, dry summer, cold summer', [150, 150, 0]),
  kind(11, 'Cwa', 'Temperate, dry winter, hot summer', [150, 255, 150]),
  kind(12, 'Cwb', 'Temperate, dry winter, warm summer', [100, 200, 100]),
  kind(13, 'Cwc', 'Temperate, dry winter, cold summer', [50, 150, 50]),
  kind(14, 'Cfa', 'Temperate, no dry season, hot summer', [200, 255, 80]),
  kind(15, 'Cfb', 'Temperate, no dry season, warm summer', [100, 255, 80]),
  kind(16, 'Cfc', 'Temperate, no dry season, cold summer', [50, 200, 0]),
  kind(17, 'Dsa', 'Cold, dry summer, hot summer', [255, 0, 255]),
  kind(18, 'Dsb', 'Cold, dry summer, warm summer', [200, 0, 200]),
  kind(19, 'Dsc', 'Cold, dry summer, cold summer', [150, 50, 150]),
  kind(20, 'Dsd', 'Cold, dry summer, very cold winter', [150, 100, 150]),
  kind(21, 'Dwa', 'Cold, dry winter, hot summer', [170, 175, 255]),
  kind(22, 'Dwb', 'Cold, dry winter, warm summer', [90, 120, 220]),
  kind(23, 'Dwc', 'Cold, dry winter, cold summer', [75, 80, 180]),
  kind(24, 'Dwd', 'Cold, dry winter, very cold winter', [50, 0, 135]),
  kind(25, 'Dfa', 'Cold, no dry season, hot summer', [0, 255, 255]),
  kind(26, 'Dfb', 'Cold, no dry season, warm summer', [55, 200, 255]),
  kind(27, 'Dfc', 'Cold, no dry season, cold summer', [0, 125, 125]),
  kind(28, 'Dfd', 'Cold, no dry season, very cold winter', [0, 70, 95]),
  kind(29, 'ET', 'Polar, tundra', [178, 178, 178]),
  kind(30, 'EF', 'Polar, frost', [102, 102, 102]),
];

/** April..September (months 3..8, January = 0); the other six are October..March (ONDJFM). */
function isAmjjas(month: number): boolean {
  return month >= 3 && month <= 8;
}

/**
 * The type (1..30) of a year of monthly means: 12 temperatures in °C and 12 precipitation totals
 * in mm, January first. Peel's Table 1, with these choices where it is silent or leaves a gap:
 * - Order: E (Thot < 10), then B, then A, then C or D; within C and D, s before w before f.
 * - Thot exactly 10 °C is neither E (Thot < 10) nor C/D (Thot > 10) in Peel: here it is C or D
 *   (Köppen's "warmest month at least 10 °C"), and with no month above 10 °C its third letter is c.
 * - Tmon10 counts months strictly above 10 °C. Summer is the warmer of AMJJAS and ONDJFM by
 *   their sums (= means); equal halves count AMJJAS as summer.
 * - "70% of MAP in winter" is tested first and as >= 70%, so MAP = 0 takes Pthreshold = 2·MAT.
 * - Divisions are multiplied out (25·Pdry >= 2500 - MAP for Pdry >= 100 - MAP/25, and so on),
 *   so that exact ties of round inputs fall the same way in float32 (the WGSL) and float64.
 */
export function koppenType(monthlyTempC: ArrayLike<number>, monthlyPrecipMm: ArrayLike<number>): number {
  const t = monthlyTempC;
  const p = monthlyPrecipMm;
  if (t.length !== 12 || p.length !== 12) {
    throw new Error(`koppenType needs 12 monthly temperatures and 12 precipitations, got ${t.length} and ${p.length}`);
  }
  let tSum = 0; // °C, 12·MAT
  let pYear = 0; // mm, MAP
  let tHot = -Infinity;
  let tCold = Infinity;
  let pDry = Infinity;
  let months10 = 0; // Tmon10
  let tAmjjas = 0;
  let tOndjfm = 0;
  for (let m = 0; m < 12; m++) {
    tSum += t[m];
    pYear += p[m];
    tHot = Math.max(tHot, t[m]);
    tCold = Math.min(tCold, t[m]);
    pDry = Math.min(pDry, p[m]);
    if (t[m] > 10) months10++;
    if (isAmjjas(m)) tAmjjas += t[m];
    else tOndjfm += t[m];
  }
  const amjjasSummer = tAmjjas >= tOndjfm;
  let pSummer = 0; // mm in the summer half, and its driest and wettest month (Psdry, Pswet)
  let psDry = Infinity;
  let psWet = -Infinity;
  let pWinter = 0; // mm in the winter half, Pwdry, Pwwet
  let pwDry = Infinity;
  let pwWet = -Infinity;
  for (let m = 0; m < 12; m++) {
    if (isAmjjas(m) === amjjasSummer) {
      pSummer += p[m];
      psDry = Math.min(psDry, p[m]);
      psWet = Math.max(psWet, p[m]);
    } else {
      pWinter += p[m];
      pwDry = Math.min(pwDry, p[m]);
      pwWet = Math.max(pwWet, p[m]);
    }
  }

  // E: polar.
  if (tHot < 10) return tHot > 0 ? 29 : 30;

  // B: arid. Pthreshold (in cm, as Köppen's) = 2·MAT + 0 if >= 70% of MAP falls in winter, + 28 if
  // >= 70% in summer, otherwise + 14; B if MAP < 10·Pthreshold (mm), BW if MAP < 5·Pthreshold.
  const offset = 10 * pWinter >= 7 * pYear ? 0 : 10 * pSummer >= 7 * pYear ? 28 : 14;
  const thirtyPth = 5 * tSum + 30 * offset; // 30·Pthreshold, as 2·MAT = tSum/6
  if (3 * pYear < thirtyPth) {
    const hot = tSum >= 12 * 18; // h: MAT >= 18 °C
    return 6 * pYear < thirtyPth ? (hot ? 4 : 5) : hot ? 6 : 7; // BW: 6·MAP < 30·Pthreshold
  }

  // A: tropical, Tcold >= 18 °C. Af: Pdry >= 60 mm; Am: Pdry >= 100 - MAP/25; otherwise Aw.
  if (tCold >= 18) return pDry >= 60 ? 1 : 25 * pDry >= 2500 - pYear ? 2 : 3;

  // C (Tcold > 0 °C) or D (Tcold <= 0 °C). Second letter: s if Psdry < 40 mm and Psdry < Pwwet/3;
  // else w if Pwdry < Pswet/10; else f (0, 1, 2).
  const season = psDry < 40 && 3 * psDry < pwWet ? 0 : 10 * pwDry < psWet ? 1 : 2;
  // Third letter: a if Thot >= 22 °C; b if Tmon10 >= 4; d (D only) if Tcold < -38 °C; c otherwise.
  const heat = tHot >= 22 ? 0 : months10 >= 4 ? 1 : tCold < -38 ? 3 : 2; // (Tcold < -38 is never C)
  return tCold > 0 ? 8 + 3 * season + heat : 17 + 4 * season + heat;
}

/**
 * The share of each main group in the weighted land: codes 1..30 (0, ocean or none, is left out)
 * with a weight each (say cell areas). All zeros when there is no weighted land.
 */
export function koppenGroupShares(codes: ArrayLike<number>, weights: ArrayLike<number>): Record<KoppenGroup, number> {
  if (codes.length !== weights.length) throw new Error(`${codes.length} codes but ${weights.length} weights`);
  const shares: Record<KoppenGroup, number> = { A: 0, B: 0, C: 0, D: 0, E: 0 };
  let total = 0;
  for (let i = 0; i < codes.length; i++) {
    if (codes[i] === 0) continue;
    const type = KOPPEN_TYPES[codes[i] - 1] as KoppenType | undefined;
    if (!type) throw new Error(`Not a Köppen code: ${codes[i]}`);
    shares[type.group] += weights[i];
    total += weights[i];
  }
  if (total > 0) for (const group of Object.keys(shares) as KoppenGroup[]) shares[group] /= total;
  return shares;
}

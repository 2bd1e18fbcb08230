// Earth's people through the humans era (SIMULATION.md section 6): the share of the present
// day's carrying capacity that a tick's technology (tools, farming, industry) supports.

import { PRESENT_YEARS, yearsAt } from '../timeline';

/**
 * Earth's people, [years before the present day, people], oldest first. The present day stands
 * for the 2020s, so "200 years ago" is the early 1800s. Rounded figures, not code, from:
 * HYDE 3.2 (Klein Goldewijk et al. 2017) and McEvedy & Jones, "Atlas of World Population
 * History" (1978), from 10,000 BCE to 1800 (where they differ, a value between them); the UN
 * World Population Prospects 2022 from 1920 on. Before farming, the order of magnitude that
 * hunter-gatherer estimates agree on: a million or two, a few million by the last ice age.
 */
export const EARTH_PEOPLE: readonly (readonly [number, number])[] = [
  [300_000, 1e6],
  [100_000, 2e6],
  [12_000, 5e6],   // 10,000 BCE: HYDE 3.2 4.4 million, McEvedy & Jones 4 million; farming begins
  [7_000, 15e6],   // 5000 BCE
  [5_000, 30e6],   // 3000 BCE
  [3_000, 100e6],  // 1000 BCE
  [2_000, 230e6],  // year 1: HYDE 3.2 232 million, McEvedy & Jones 170 million
  [1_000, 300e6],  // 1000 CE
  [500, 450e6],    // 1500 CE
  [300, 600e6],    // 1700 CE
  [200, 1.0e9],    // early 1800s: HYDE 3.2 0.99 billion in 1800
  [100, 1.9e9],    // 1920s
  [70, 2.5e9],     // 1950
  [50, 3.7e9],     // 1970
  [25, 6.1e9],     // 2000
  [0, 8.0e9],      // the 2020s
];

/** Earth's people at the present day (the last entry of EARTH_PEOPLE). */
export const PRESENT_PEOPLE = EARTH_PEOPLE[EARTH_PEOPLE.length - 1][1];

/**
 * Earth's people `yearsAgo` years before the present day: growing exponentially between the
 * table's entries (the logarithm interpolated linearly in time), the first entry's before it
 * and the present day's after it.
 */
export function earthPeopleAt(yearsAgo: number): number {
  if (yearsAgo >= EARTH_PEOPLE[0][0]) return EARTH_PEOPLE[0][1];
  for (let i = 1; i < EARTH_PEOPLE.length; i++) {
    const [newerAgo, newer] = EARTH_PEOPLE[i];
    if (yearsAgo < newerAgo) continue;
    const [olderAgo, older] = EARTH_PEOPLE[i - 1];
    const t = (olderAgo - yearsAgo) / (olderAgo - newerAgo);
    return older * (newer / older) ** t;
  }
  return PRESENT_PEOPLE;
}

/**
 * The share (0..1) of the present day's people per km2 of fully settled land that the land
 * holds at a tick: Earth's people then over Earth's people now. 1 from the present day on
 * (through the warming, technology stays the present day's).
 */
export function peopleShareAt(tick: number): number {
  return earthPeopleAt(PRESENT_YEARS - yearsAt(tick)) / PRESENT_PEOPLE;
}

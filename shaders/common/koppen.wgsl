// Köppen–Geiger climate types (Peel et al. 2007; codes and colours of Beck et al. 2018), the twin of src/sim/koppen.ts, whose comments give the rules' choices.

// April..September (months 3..8, January = 0); the other six are October..March (ONDJFM).
fn koppenIsAmjjas(month: u32) -> bool {
  return month >= 3u && month <= 8u;
}

// The type 1..30 (Beck's codes) of a year of monthly means: temperature in °C, precipitation in
// mm a month, January first. The same rules, order and tie handling as koppenType in koppen.ts.
fn koppenType(temperature: array<f32, 12>, precipitation: array<f32, 12>) -> u32 {
  var t = temperature;
  var p = precipitation;
  var tSum = 0.0;      // °C, 12·MAT
  var pYear = 0.0;     // mm, MAP
  var tHot = -1e30;
  var tCold = 1e30;
  var pDry = 1e30;
  var months10 = 0u;   // Tmon10: months strictly above 10 °C
  var tAmjjas = 0.0;
  var tOndjfm = 0.0;
  for (var m = 0u; m < 12u; m++) {
    tSum += t[m];
    pYear += p[m];
    tHot = max(tHot, t[m]);
    tCold = min(tCold, t[m]);
    pDry = min(pDry, p[m]);
    if (t[m] > 10.0) { months10++; }
    if (koppenIsAmjjas(m)) { tAmjjas += t[m]; } else { tOndjfm += t[m]; }
  }
  // Summer: the warmer half by sums; equal halves count AMJJAS as summer.
  let amjjasSummer = tAmjjas >= tOndjfm;
  var pSummer = 0.0;   // mm in the summer half; Psdry, Pswet
  var psDry = 1e30;
  var psWet = -1e30;
  var pWinter = 0.0;   // mm in the winter half; Pwdry, Pwwet
  var pwDry = 1e30;
  var pwWet = -1e30;
  for (var m = 0u; m < 12u; m++) {
    if (koppenIsAmjjas(m) == amjjasSummer) {
      pSummer += p[m];
      psDry = min(psDry, p[m]);
      psWet = max(psWet, p[m]);
    } else {
      pWinter += p[m];
      pwDry = min(pwDry, p[m]);
      pwWet = max(pwWet, p[m]);
    }
  }

  // E: polar (Thot < 10 °C); ET if Thot > 0 °C, else EF.
  if (tHot < 10.0) { return select(30u, 29u, tHot > 0.0); }

  // B: arid. Pthreshold (cm) = 2·MAT + 0 (>= 70% of MAP in winter, tested first), + 28 (>= 70% in
  // summer) or + 14; B if MAP < 10·Pthreshold (mm), BW if MAP < 5·Pthreshold; h if MAT >= 18 °C.
  var offset = 14.0;
  if (10.0 * pWinter >= 7.0 * pYear) { offset = 0.0; } else if (10.0 * pSummer >= 7.0 * pYear) { offset = 28.0; }
  let thirtyPth = 5.0 * tSum + 30.0 * offset;  // 30·Pthreshold, as 2·MAT = tSum/6
  if (3.0 * pYear < thirtyPth) {
    let hot = tSum >= 216.0;                    // MAT >= 18 °C
    if (6.0 * pYear < thirtyPth) { return select(5u, 4u, hot); }
    return select(7u, 6u, hot);
  }

  // A: tropical (Tcold >= 18 °C). Af: Pdry >= 60 mm; Am: Pdry >= 100 - MAP/25; otherwise Aw.
  if (tCold >= 18.0) {
    if (pDry >= 60.0) { return 1u; }
    return select(3u, 2u, 25.0 * pDry >= 2500.0 - pYear);
  }

  // C (Tcold > 0 °C) or D. Second letter: s (0) if Psdry < 40 mm and Psdry < Pwwet/3; else w (1)
  // if Pwdry < Pswet/10; else f (2).
  var season = 2u;
  if (psDry < 40.0 && 3.0 * psDry < pwWet) { season = 0u; } else if (10.0 * pwDry < psWet) { season = 1u; }
  // Third letter: a (0) if Thot >= 22 °C; b (1) if Tmon10 >= 4; d (3, D only) if Tcold < -38 °C; c (2).
  var heat = 2u;
  if (tHot >= 22.0) { heat = 0u; } else if (months10 >= 4u) { heat = 1u; } else if (tCold < -38.0) { heat = 3u; }
  if (tCold > 0.0) { return 8u + 3u * season + heat; }
  return 17u + 4u * season + heat;
}

// Beck et al. (2018)'s legend colours, 0..255, by code; 0 (ocean, none) is black.
const KOPPEN_RGB = array<vec3f, 31>(
  vec3f(0.0, 0.0, 0.0),
  vec3f(0.0, 0.0, 255.0), vec3f(0.0, 120.0, 255.0), vec3f(70.0, 170.0, 250.0),                             // Af Am Aw
  vec3f(255.0, 0.0, 0.0), vec3f(255.0, 150.0, 150.0), vec3f(245.0, 165.0, 0.0), vec3f(255.0, 220.0, 100.0), // BWh BWk BSh BSk
  vec3f(255.0, 255.0, 0.0), vec3f(200.0, 200.0, 0.0), vec3f(150.0, 150.0, 0.0),                            // Csa Csb Csc
  vec3f(150.0, 255.0, 150.0), vec3f(100.0, 200.0, 100.0), vec3f(50.0, 150.0, 50.0),                        // Cwa Cwb Cwc
  vec3f(200.0, 255.0, 80.0), vec3f(100.0, 255.0, 80.0), vec3f(50.0, 200.0, 0.0),                           // Cfa Cfb Cfc
  vec3f(255.0, 0.0, 255.0), vec3f(200.0, 0.0, 200.0), vec3f(150.0, 50.0, 150.0), vec3f(150.0, 100.0, 150.0), // Dsa Dsb Dsc Dsd
  vec3f(170.0, 175.0, 255.0), vec3f(90.0, 120.0, 220.0), vec3f(75.0, 80.0, 180.0), vec3f(50.0, 0.0, 135.0), // Dwa Dwb Dwc Dwd
  vec3f(0.0, 255.0, 255.0), vec3f(55.0, 200.0, 255.0), vec3f(0.0, 125.0, 125.0), vec3f(0.0, 70.0, 95.0),   // Dfa Dfb Dfc Dfd
  vec3f(178.0, 178.0, 178.0), vec3f(102.0, 102.0, 102.0),                                                  // ET EF
);

// The legend colour of a code, 0..1 a channel; black for 0 (ocean, none) and anything above 30.
fn koppenColour(code: u32) -> vec3f {
  if (code > 30u) { return vec3f(0.0); }
  var rgb = KOPPEN_RGB;
  return rgb[code] / 255.0;
}

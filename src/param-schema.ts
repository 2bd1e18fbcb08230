// Every parameter declared once: its default, range, unit, description, GUI folder, URL name,
// and whether it defines the world. The types and key lists in src/params.ts derive from this.

import { END_TICK } from './timeline';
import { LAYERS, MAP_ENTRIES, RESOLUTIONS, SWITCHES, TOOLS, VIEWS, type ParamSpec } from './param-spec';

export const PARAMETERS = {
  seed: {
    kind: 'number', label: 'Seed', unit: '', default: 1, min: 0, max: 4294967295, step: 1, integer: true,
    description: 'Every random choice is a hash of the seed, the tick and the cell', group: 'world',
    urlKey: 'seed', definesWorld: true,
  },
  resolution: {
    kind: 'choice', label: 'Resolution', default: '1024x512', options: RESOLUTIONS,
    description: 'Terrain grid, columns x rows (longitude x latitude)', group: 'world',
    urlKey: 'res', definesWorld: true,
  },
  mapEntry: {
    kind: 'choice', label: 'Map enters at', default: 'present', options: MAP_ENTRIES,
    description: 'Where an opened heightmap (or Earth) enters the story: the present day (its terrain stays; climate, rivers, life and people run on it) or the plates era (the plates carry it on)', group: 'world',
    urlKey: 'entry', definesWorld: true,
  },
  pngBlack: {
    kind: 'number', label: 'PNG black', unit: 'm', default: -11000, min: -12000, max: 0, step: 100, integer: false,
    description: 'The height of black in a greyscale PNG heightmap you open (our own export: -11,000 m)', group: 'world',
    urlKey: 'black', definesWorld: false,
  },
  pngWhite: {
    kind: 'number', label: 'PNG white', unit: 'm', default: 9000, min: 1, max: 12000, step: 100, integer: false,
    description: 'The height of white in a greyscale PNG heightmap you open (our own export: +9,000 m)', group: 'world',
    urlKey: 'white', definesWorld: false,
  },
  tick: {
    kind: 'number', label: 'Tick', unit: 'ticks', default: 0, min: 0, max: END_TICK, step: 1, integer: true,
    description: 'Simulation time; 60 ticks are one second of the story at speed 1', group: 'time',
    urlKey: 'tick', definesWorld: false,
  },
  speed: {
    kind: 'number', label: 'Speed', unit: 'ticks/frame', default: 1, min: 0.25, max: 64, step: 0.25, integer: false,
    description: 'The story’s pace: 60 × speed ticks a second, a tick a frame at 60 fps (a slow adapter plays as fast as keeps 5 frames a second)', group: 'time', urlKey: 'speed', definesWorld: false,
  },
  view: {
    kind: 'choice', label: 'View', default: 'globe', options: VIEWS,
    description: 'A globe with an orbit camera, or a flat equirectangular map', group: 'view',
    urlKey: 'view', definesWorld: false,
  },
  layer: {
    kind: 'choice', label: 'Layer', default: 'surface', options: LAYERS,
    description: 'What the planet is coloured by', group: 'view', urlKey: 'layer', definesWorld: false,
  },
  cityLights: {
    kind: 'choice', label: 'City lights', default: 'on', options: SWITCHES,
    description: 'Light the cities on the night side once people live (key N)', group: 'view',
    urlKey: 'lights', definesWorld: false,
  },
  story: {
    kind: 'choice', label: 'Story', default: 'on', options: SWITCHES,
    description: 'The guided story: captions, and layers and views changing with the eras; any change of layer or view leaves it (key S)', group: 'view',
    urlKey: 'story', definesWorld: false,
  },
  charts: {
    kind: 'choice', label: 'Charts', default: 'on', options: SWITCHES,
    description: 'Charts of global temperature, sea level, land, CO₂, plants, animals and people over the story (key C)', group: 'view',
    urlKey: 'charts', definesWorld: false,
  },
  tool: {
    kind: 'choice', label: 'Tool', default: 'none', options: TOOLS,
    description: 'Drag on the planet to raise or lower the ground, paint uplift, or drag from a plate in the direction it should move (key E cycles; none: drag turns the view)', group: 'edit',
    urlKey: 'tool', definesWorld: false,
  },
  brushRadius: {
    kind: 'number', label: 'Brush radius', unit: 'km', default: 500, min: 50, max: 3000, step: 10, integer: false,
    description: 'Radius of a brush dab (its effect falls off smoothly to zero there)', group: 'edit',
    urlKey: 'bradius', definesWorld: false,
  },
  brushHeight: {
    kind: 'number', label: 'Brush height', unit: 'm', default: 1000, min: 10, max: 2000, step: 10, integer: false,
    description: 'Height one dab adds or removes at its centre (a stroke lays a dab every quarter radius)', group: 'edit',
    urlKey: 'bheight', definesWorld: false,
  },
  brushUplift: {
    kind: 'number', label: 'Brush uplift', unit: '', default: 0.3, min: 0.01, max: 1, step: 0.01, integer: false,
    description: 'Uplift one dab adds at its centre; relief raises mountains where uplift passes 0.5 while plates move', group: 'edit',
    urlKey: 'buplift', definesWorld: false,
  },
  plateVelocity: {
    kind: 'number', label: 'Plate push', unit: 'cm/yr', default: 8, min: 0, max: 50, step: 0.5, integer: false,
    description: 'Speed the plate tool gives a plate, in the direction dragged (until the plates re-form)', group: 'edit',
    urlKey: 'push', definesWorld: false,
  },
  coolingTimeMyr: {
    kind: 'number', label: 'Cooling time', unit: 'Myr', default: 100, min: 5, max: 500, step: 1, integer: false,
    description: 'e-folding time of the crust radiating its heat to space', group: 'protoplanet',
    urlKey: 'cooling', definesWorld: true,
  },
  crustConduction: {
    kind: 'number', label: 'Crust conduction', unit: 'cells²/tick', default: 0.1, min: 0, max: 0.25, step: 0.01,
    integer: false, description: 'Sideways heat conduction in the crust (stable up to 0.25)', group: 'protoplanet',
    urlKey: 'conduction', definesWorld: true,
  },
  initialCrustTemp: {
    kind: 'number', label: 'Initial crust', unit: '°C', default: 1600, min: 800, max: 2500, step: 10, integer: false,
    description: 'Temperature of the impact melt in the deepest crater floors at formation (higher ground starts 70 °C cooler per 600 m)', group: 'protoplanet',
    urlKey: 'melt', definesWorld: true,
  },
  plateCount: {
    kind: 'number', label: 'Plates', unit: 'plates', default: 12, min: 1, max: 64, step: 1, integer: true,
    description: 'Plates seeded at each re-forming of the plate boundaries', group: 'tectonics',
    urlKey: 'plates', definesWorld: true,
  },
  plateSpeed: {
    kind: 'number', label: 'Plate speed', unit: 'cm/yr', default: 3, min: 0, max: 20, step: 0.1, integer: false,
    description: 'Mean plate speed at a plate’s fastest, 90° from its pole (Earth: 2-10 cm/yr); where plates meet, a front advances at most one cell a step of the plates (every 2-4 ticks)', group: 'tectonics',
    urlKey: 'speedcm', definesWorld: true,
  },
  reformPeriod: {
    kind: 'number', label: 'Re-forming period', unit: 'ticks', default: 200, min: 100, max: 10000, step: 100, integer: true,
    description: 'Ticks between re-formings of the plate boundaries (200: about 160 Myr in the tectonics era, as often as Earth’s plates reorganise)', group: 'tectonics',
    urlKey: 'reform', definesWorld: true,
  },
  upliftRate: {
    kind: 'number', label: 'Uplift rate', unit: 'm/tick', default: 90, min: 0, max: 600, step: 5, integer: false,
    description: 'Height a fully uplifted cell gains per tick at 600 m above sea level (less higher up)', group: 'tectonics',
    urlKey: 'uplift', definesWorld: true,
  },
  upliftDiffusion: {
    kind: 'number', label: 'Uplift spread', unit: 'cells²/tick', default: 0.05, min: 0, max: 0.25, step: 0.01, integer: false,
    description: 'How fast collision uplift spreads within its plate', group: 'tectonics',
    urlKey: 'spread', definesWorld: true,
  },
  upliftDecay: {
    kind: 'number', label: 'Uplift decay', unit: '1/tick', default: 0.002, min: 0, max: 0.05, step: 0.0005, integer: false,
    description: 'Fraction of uplift lost each tick', group: 'tectonics', urlKey: 'decay', definesWorld: true,
  },
  talus: {
    kind: 'number', label: 'Talus threshold', unit: 'm', default: 600, min: 0, max: 3000, step: 50, integer: false,
    description: 'Height difference between neighbours above which rock slides (thermal erosion)', group: 'tectonics',
    urlKey: 'talus', definesWorld: true,
  },
  thermalErosion: {
    kind: 'number', label: 'Slide rate', unit: 'cells²/tick', default: 0.05, min: 0, max: 0.25, step: 0.005, integer: false,
    description: 'Fraction of the excess height difference that slides per tick', group: 'tectonics',
    urlKey: 'slide', definesWorld: true,
  },
  rainfall: {
    kind: 'number', label: 'Rainfall', unit: 'm/yr', default: 1, min: 0, max: 5, step: 0.05, integer: false,
    description: 'Rain on every land cell until the climate provides precipitation (the mean over Earth’s land: about 0.8 m/yr)', group: 'rivers',
    urlKey: 'rain', definesWorld: true,
  },
  streamPower: {
    kind: 'number', label: 'Stream power', unit: 'm/Myr', default: 2, min: 0, max: 100, step: 0.1, integer: false,
    description: 'River incision k in k · discharge^0.8 · slope²: metres per Myr where one equatorial cell of 1 m/yr rain flows down a slope of one unit per cell', group: 'rivers',
    urlKey: 'incision', definesWorld: true,
  },
  pitFill: {
    kind: 'number', label: 'Pit filling', unit: 'm/Myr', default: 50, min: 0, max: 2000, step: 5, integer: false,
    description: 'How fast a closed hollow on land fills with sediment until it spills over', group: 'rivers',
    urlKey: 'fill', definesWorld: true,
  },
  climateDivisor: {
    kind: 'number', label: 'Climate grid', unit: 'terrain cells per side', default: 4, min: 2, max: 8, step: 2, integer: true,
    description: 'The climate runs on a coarser grid: the terrain’s columns and rows divided by this (2, 4 or 8; 6 counts as 8)', group: 'climate',
    urlKey: 'cgrid', definesWorld: true,
  },
  blurDegrees: {
    kind: 'number', label: 'Pressure blur', unit: '°', default: 12, min: 3, max: 20, step: 0.5, integer: false,
    description: 'Standard deviation of the Gaussian that spreads pressure across coasts, degrees of arc', group: 'climate',
    urlKey: 'blur', definesWorld: true,
  },
  coriolis: {
    kind: 'number', label: 'Coriolis', unit: '', default: 15, min: 0, max: 40, step: 0.5, integer: false,
    description: 'How strongly the planet’s spin turns the wind from the pressure gradient (15: Earth-like belts)', group: 'climate',
    urlKey: 'coriolis', definesWorld: true,
  },
  yearTicks: {
    kind: 'number', label: 'Year length', unit: 'ticks', default: 240, min: 24, max: 2880, step: 24, integer: true,
    description: 'Ticks from one January to the next (240 ticks: 4 s of the story at speed 1)', group: 'climate',
    urlKey: 'year', definesWorld: true,
  },
  evaporation: {
    kind: 'number', label: 'Evaporation', unit: 'mm/day', default: 6, min: 0, max: 15, step: 0.1, integer: false,
    description: 'Water evaporated from an ocean at 30 °C, in proportion to its warmth (Earth’s oceans, at about 17 °C on average: about 3.5 mm/day)', group: 'climate',
    urlKey: 'evap', definesWorld: true,
  },
  rainout: {
    kind: 'number', label: 'Rain-out', unit: '1/day', default: 0.1, min: 0.01, max: 0.5, step: 0.01, integer: false,
    description: 'Fraction of the air’s water vapour that rains out a day (Earth: vapour lasts about 9 days)', group: 'climate',
    urlKey: 'rainout', definesWorld: true,
  },
  migration: {
    kind: 'number', label: 'Migration', unit: 'cells²/tick', default: 0.1, min: 0, max: 0.12, step: 0.005, integer: false,
    description: 'How fast herbivores spread to neighbouring land; plants spread at half this, carnivores at twice (stable up to 0.12)', group: 'life',
    urlKey: 'migration', definesWorld: true,
  },
  peopleDensity: {
    kind: 'number', label: 'Settled density', unit: 'people/km²', default: 150, min: 1, max: 1000, step: 1, integer: false,
    description: 'People a square kilometre of fully settled land holds at the present day (Earth: about 8 billion on some 50 million km² of farms and towns); before it, fewer, as Earth’s people then over now', group: 'humans',
    urlKey: 'density', definesWorld: true,
  },
  fossilCarbon: {
    kind: 'number', label: 'Fossil carbon', unit: 'Gt C', default: 5000, min: 0, max: 20000, step: 100, integer: false,
    description: 'Carbon in the fossil fuels people find and burn after the present day (the story: about five trillion tonnes)', group: 'humans',
    urlKey: 'carbon', definesWorld: true,
  },
  climateSensitivity: {
    kind: 'number', label: 'Climate sensitivity', unit: '°C per CO₂ doubling', default: 3, min: 0, max: 10, step: 0.1, integer: false,
    description: 'Warming at equilibrium for each doubling of CO₂ (Earth: about 3 °C); land warms 1.5 times the global mean', group: 'humans',
    urlKey: 'sensitivity', definesWorld: true,
  },
  heatLimit: {
    kind: 'number', label: 'Heat limit', unit: '°C', default: 35, min: 25, max: 50, step: 0.5, integer: false,
    description: 'Mean temperature past which nobody can live: the reference’s stand-in for the 35 °C wet-bulb limit', group: 'humans',
    urlKey: 'heat', definesWorld: true,
  },
} as const satisfies Record<string, ParamSpec>;

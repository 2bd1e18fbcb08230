// The story of seed 1 at 128x64, simulated once a run: one page walks it and every era's checks
// run on it (tests/e2e/story/). The protoplanet (tick 120) and the timeline go first, so that
// the timeline's run to 8,450 is straight; the soak then runs on to the end; the eras' checks
// after it seek back to keyframes. The export tool's own replay starts with the file and runs
// alongside.
import { describe, expect, it } from 'vitest';
import { END_TICK } from '../../src/timeline';
import { ticksSimulated, useStory } from '../support/story-page';
import { describeCharts } from './story/charts';
import { describeClimate } from './story/climate';
import { describeExport } from './story/export';
import { describeHumans } from './story/humans';
import { describeLife } from './story/life';
import { describePlanet } from './story/planet';
import { describeProtoplanet } from './story/protoplanet';
import { describeReplayFrom } from './story/replay-from';
import { describeSoak } from './story/soak';
import { describeTectonics } from './story/tectonics';
import { describeTimeline } from './story/timeline';

const story = useStory();

describeProtoplanet(story);
describeTimeline(story);
describeSoak(story);
describeTectonics(story);
describeExport(story);
describeClimate(story);
describeLife(story);
describeCharts(story);
describeHumans(story);
describePlanet(story);
describeReplayFrom(story);

describe('the story page', () => {
  // 16,010 today: the story once, then at most 299 ticks from a keyframe for each seek back.
  it('simulated the story once: at least every tick of it, and under a quarter more', async () => {
    const ticks = await ticksSimulated(story.app);
    expect(ticks).toBeGreaterThanOrEqual(END_TICK);
    expect(ticks).toBeLessThan(END_TICK * 1.25);
  });
});

// The story of seed 1 at 128x64, simulated once a run: one page walks it and every era's checks
// run on it (tests/e2e/story/). The timeline goes first, so that its run to 8,450 is straight;
// the soak then runs on to the end; the eras' checks after it seek back to keyframes. The
// export tool's own replay starts with the file and runs alongside.
import { useStory } from '../support/story-page';
import { describeClimate } from './story/climate';
import { describeExport } from './story/export';
import { describeHumans } from './story/humans';
import { describeLife } from './story/life';
import { describeProtoplanet } from './story/protoplanet';
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
describeHumans(story);

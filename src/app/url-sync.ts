// The address bar follows the world: its parameters, the tick on screen and the edit log,
// written after every change and now and then while the story plays.

import type { ParamValues } from '../params';
import type { Edit } from '../sim/edits';
import type { Notices } from '../ui/notices';
import { MAX_QUERY_LENGTH, writeUrlState } from '../ui/url-state';

/** Frames between URL updates while the story plays (about two seconds at 60 fps). */
const URL_UPDATE_FRAMES = 120;

export class UrlSync {
  private framesSinceUrl = 0;
  /** Whether the notice that the edits no longer fit in a link was shown. */
  private linkTooLongShown = false;

  constructor(private readonly notices: Notices, private readonly world: () => { values: ParamValues; edits: readonly Edit[]; map: string }) {}

  /** Write the link of the world as it is now. */
  sync(): void {
    this.framesSinceUrl = 0;
    const { values, edits, map } = this.world();
    let query = writeUrlState(values, edits, map);
    if (query.length > MAX_QUERY_LENGTH) {
      // A link that long would be refused when opened: leave the edits out, and say so once.
      query = writeUrlState(values, [], map);
      if (!this.linkTooLongShown) this.notices.show('The edit log is too long for a link: save a world file to share this world with its edits.', 'warning');
      this.linkTooLongShown = true;
    }
    history.replaceState(null, '', `${location.pathname}?${query}`);
  }

  /** Once a frame: while playing, a new link every URL_UPDATE_FRAMES frames. */
  frame(playing: boolean): void {
    if (playing && ++this.framesSinceUrl >= URL_UPDATE_FRAMES) this.sync();
  }
}

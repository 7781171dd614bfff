// Play and pause. The clock that advances the cursor lives in the UI (a
// hook with a timer); the store only says whether it runs and how fast.
import type { StateCreator } from 'zustand';
import { SPEEDS, type LabState, type PlaybackSlice, type PrefsSlice } from './types.ts';

export const playbackSlice: StateCreator<LabState, [], [], PlaybackSlice> = (set, get) => ({
  playing: false,
  speed: 2,

  play() {
    // Playing from the end starts over, as a media player does.
    if (get().target() >= get().total) get().seek(0);
    set({ playing: get().total > 0 });
  },

  pause() {
    set({ playing: false });
  },

  togglePlay() {
    if (get().playing) get().pause();
    else get().play();
  },

  setSpeed(speed) {
    if ((SPEEDS as readonly number[]).includes(speed)) set({ speed });
  },
});

export const prefsSlice: StateCreator<LabState, [], [], PrefsSlice> = (set) => ({
  // A first visit starts simple; the page restores a choice made before (src/ui/common/detail.ts).
  detail: 'simple',
  setDetail(detail) {
    set({ detail });
  },
  legendOpen: false,
  welcomeAt: null,
  setWelcome(at) {
    set({ welcomeAt: at });
  },
  presenter: false,
  follow: true,
  setPresenter(on) {
    set({ presenter: on, legendOpen: false });
  },
  setLegendOpen(open) {
    set({ legendOpen: open });
  },
  setFollow(follow) {
    set({ follow });
  },
});

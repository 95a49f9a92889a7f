import { EVENT_ID, type Event } from './js-yaml.js';

/** Where js-yaml's events are in the text: finding an event's place, and moving a slice's events to the map's offsets. */

/** Moves an event's offsets by `shift` (-1 means none and stays). */
export function shiftEvent(event: Event, shift: number): void {
  switch (event.type) {
    case EVENT_ID.SCALAR:
      if (event.valueStart >= 0) {
        event.valueStart += shift;
        event.valueEnd += shift;
      }
      break;
    case EVENT_ID.MAPPING:
    case EVENT_ID.SEQUENCE:
      event.start += shift;
      break;
    case EVENT_ID.ALIAS:
      break;
    default:
      return;
  }
  if (event.anchorStart >= 0) {
    event.anchorStart += shift;
    event.anchorEnd += shift;
  }
  if (event.type !== EVENT_ID.ALIAS && event.tagStart >= 0) {
    event.tagStart += shift;
    event.tagEnd += shift;
  }
}

/** The first offset an event has, for finding its place; -1 when none. */
export function firstOffset(event: Event): number {
  if (event.type === EVENT_ID.DOCUMENT || event.type === EVENT_ID.POP) return -1;
  if (event.anchorStart >= 0) return event.anchorStart;
  if (event.type !== EVENT_ID.ALIAS && event.tagStart >= 0) return event.tagStart;
  return event.type === EVENT_ID.SCALAR ? event.valueStart : event.type === EVENT_ID.ALIAS ? -1 : event.start;
}

export function startOf(event: Event): number {
  if (event.type === EVENT_ID.SCALAR) return event.valueStart;
  if (event.type === EVENT_ID.MAPPING || event.type === EVENT_ID.SEQUENCE) return event.start;
  return -1;
}

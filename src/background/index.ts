// Background (Chrome: service worker; Firefox: event page). It owns the database. Each feature
// is one file in ./features exporting start(db); listeners are added synchronously at start-up
// so that a background woken by an event finds them in place.
import { ProbeDatabase } from '../db';

interface BackgroundFeature {
  start(db: ProbeDatabase): void;
}

const features = import.meta.glob<BackgroundFeature>('./features/*.ts', { eager: true });
const db = new ProbeDatabase();
for (const feature of Object.values(features)) feature.start(db);

// Reads a Standard MIDI File with the npm package midi-file and prints what the tests check, as JSON:
// { format, ticksPerBeat, tracks, tempo (µs per quarter), markers: [{ tick, text }], trackName }.
'use strict';
const fs = require('fs');
const { parseMidi } = require('midi-file');

const file = process.argv[2];
if (!file) {
  console.error('usage: node read-midi.js FILE.mid');
  process.exit(2);
}
const midi = parseMidi(fs.readFileSync(file));
const out = {
  format: midi.header.format,
  ticksPerBeat: midi.header.ticksPerBeat,
  tracks: midi.tracks.length,
  tempo: null,
  trackName: null,
  markers: [],
};
for (const track of midi.tracks) {
  let tick = 0;
  for (const e of track) {
    tick += e.deltaTime;
    if (e.type === 'setTempo' && out.tempo === null) out.tempo = e.microsecondsPerBeat;
    if (e.type === 'trackName' && out.trackName === null) out.trackName = e.text;
    if (e.type === 'marker') out.markers.push({ tick, text: e.text });
  }
}
process.stdout.write(JSON.stringify(out));

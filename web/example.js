// The example host page (example.html): mounts Accord Atlas in a box of an article and loads
// datasets through the JS API, from a URL and from an object built from the real data (the
// commitments of the AI summit series only; nothing is invented).
import atlas from './app.js';

const status = document.getElementById('example-status');
const summitCommitments = new Set(['bletchley-declaration', 'seoul-declaration', 'seoul-statement-of-intent-ai-safety-science',
  'seoul-ministerial-statement', 'frontier-ai-safety-commitments', 'paris-statement-inclusive-sustainable-ai',
  'new-delhi-declaration-ai-impact', 'new-delhi-frontier-ai-impact-commitments']);

document.getElementById('load-url').addEventListener('click', async () => {
  const result = await atlas.loadDataset('data/atlas.json');
  status.textContent = result.ok ? `Loaded: ${atlas.getState().dataset.counts.commitments} commitments.` : 'Not loaded (see the message on the map).';
});

document.getElementById('load-object').addEventListener('click', async () => {
  const full = await (await fetch('data/atlas.json')).json();
  const summits = { ...full, commitments: full.commitments.filter((c) => summitCommitments.has(c.id)) };
  const result = await atlas.loadDataset(summits);
  status.textContent = result.ok ? `Loaded: ${atlas.getState().dataset.counts.commitments} commitments.` : 'Not loaded (see the message on the map).';
});

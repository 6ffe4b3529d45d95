// Runs an exported model.onnx in ONNX Runtime (onnxruntime-node) for the tests: feeds come from a JSON file
// {input: {"type": "float32"|"string", "dims": [...], "data": [...]}} (null = NaN), outputs go to stdout as
// {output: {"dims": [...], "data": [...]}}. The module is found through TERN_ORT_NODE (set by CMake/ctest).
// usage: node ort_runner.js MODEL.onnx FEEDS.json
'use strict';
const fs = require('fs');
const ort = require(process.env.TERN_ORT_NODE || 'onnxruntime-node');

async function main(modelPath, feedsPath) {
  const session = await ort.InferenceSession.create(modelPath);
  const spec = JSON.parse(fs.readFileSync(feedsPath, 'utf8'));
  const feeds = {};
  for (const name of session.inputNames) {
    const f = spec[name];
    if (!f) throw new Error(`the model wants input '${name}', the feeds have none`);
    const values = f.type === 'float32' ? Float32Array.from(f.data, v => (v === null ? NaN : v))
                                        : f.data.map(v => (v === null ? '' : String(v)));
    feeds[name] = new ort.Tensor(f.type, values, f.dims);
  }
  const results = await session.run(feeds);
  const out = {};
  for (const name of session.outputNames) {
    const t = results[name];
    out[name] = { dims: Array.from(t.dims), data: Array.from(t.data, v => (typeof v === 'bigint' ? Number(v) : v)) };
  }
  process.stdout.write(JSON.stringify(out) + '\n');
}

if (process.argv.length !== 4) {
  console.error('usage: node ort_runner.js MODEL.onnx FEEDS.json');
  process.exit(2);
}
main(process.argv[2], process.argv[3]).catch(e => {
  console.error('error: ' + (e && e.message ? e.message : e));
  process.exit(1);
});

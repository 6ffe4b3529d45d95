#!/usr/bin/python3
"""Tern OCR vs plain Tesseract, both measured in this one run.

Usage: ocr_vs_tesseract.py TERN_CLI|BENCH_OCR LABELS_DIR [--threads 2] [--repeat 1]
LABELS_DIR holds labels.tsv (file, orientation, text; files relative to LABELS_DIR), e.g. the output of
make_ocr_sample.py. Prints character error rate (Levenshtein / truth length, case-insensitive, white space folded)
per orientation class and overall, orientation accuracy, and images/s: `tern-cli ocr --threads N` on all files at
once vs `tesseract IMG - --psm 3` run one image after another (best of --repeat runs each; the machine is shared).
"""
import argparse, collections, csv, json, os, re, subprocess, sys, time

def norm(s): return re.sub(r'\s+', ' ', s.lower()).strip()

def lev(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]

ap = argparse.ArgumentParser()
ap.add_argument('cli'); ap.add_argument('labels_dir')
ap.add_argument('--threads', type=int, default=2); ap.add_argument('--repeat', type=int, default=1)
ap.add_argument('--show', action='store_true', help='print every image whose CER is above 2 %%')
a = ap.parse_args()
rows = list(csv.DictReader(open(os.path.join(a.labels_dir, 'labels.tsv')), delimiter='\t'))
files = [os.path.join(a.labels_dir, r['file']) for r in rows]
env = dict(os.environ, OMP_THREAD_LIMIT='1', OMP_NUM_THREADS='1')

tern_s, res = 1e18, {}
for _ in range(a.repeat):
    t0 = time.perf_counter()
    cmd = ([a.cli, *files, '--json'] if os.path.basename(a.cli).startswith('bench_ocr')  # the engine alone
           else [a.cli, 'ocr', *files, '--json', '--no-store'])
    p = subprocess.run(cmd + ['--threads', str(a.threads)], capture_output=True, text=True, env=env)
    tern_s = min(tern_s, time.perf_counter() - t0)
    res = {os.path.realpath(r['file']): r for r in json.loads(p.stdout)}
plain_s, plain = 1e18, {}
for _ in range(a.repeat):
    t0 = time.perf_counter()
    plain = {f: subprocess.run(['tesseract', f, '-', '--psm', '3'], capture_output=True, text=True, env=env).stdout
             for f in files}
    plain_s = min(plain_s, time.perf_counter() - t0)

ORI = {'upright': '0', 'rot90': '90', 'rot180': '180', 'rot270': '270', 'vertical_stacked': 'vertical'}
err = collections.defaultdict(lambda: [0, 0, 0, 0, 0])
for r, f in zip(rows, files):
    got = res.get(os.path.realpath(f), {})
    gt, t, b = norm(r['text']), norm(got.get('text', '')), norm(plain[f])
    cls = r['orientation'] + ('' if not r['file'].split('/')[-1].startswith('hard') else '/hard')
    for k in {r['orientation'], cls, 'all'}:
        e = err[k]
        e[0] += lev(t, gt); e[1] += lev(b, gt); e[2] += len(gt); e[3] += got.get('orientation') == ORI[r['orientation']]; e[4] += 1
    if a.show and lev(t, gt) / max(1, len(gt)) > 0.02:
        print(f"  {r['file']} [{r['orientation']} -> {got.get('orientation')}] cer {lev(t, gt) / max(1, len(gt)):.3f}\n"
              f"    truth: {gt}\n    tern:  {t}")
print(f"{'class':22s} {'n':>4s} {'tern CER':>9s} {'plain CER':>10s} {'orient ok':>10s}")
for k in sorted(err):
    e = err[k]
    print(f"{k:22s} {e[4]:4d} {e[0] / e[2]:9.4f} {e[1] / e[2]:10.4f} {e[3] / e[4]:10.2f}")
n = len(rows)
print(f"images/s: tern ({a.threads} workers) {n / tern_s:.2f}   plain tesseract sequential {n / plain_s:.2f}   "
      f"(best of {a.repeat}; shared machine)")

#!/usr/bin/python3
"""Tern's dense-layer and MLP training throughput against PyTorch (Debian python3-torch, libopenblas0-pthread) on
the same shapes and thread count, in one run: runs build/bench/bench_mlp --csv, then the same shapes in PyTorch,
and prints both with the ratio. Usage: mlp_vs_torch.py BENCH_MLP_BINARY [--threads T] [--max-width W] [--reps N]"""
import argparse, os, subprocess, sys, time

ap = argparse.ArgumentParser()
ap.add_argument('bench_mlp')
ap.add_argument('--threads', type=int, default=2)
ap.add_argument('--max-width', type=int, default=4096)
ap.add_argument('--reps', type=int, default=3)
args = ap.parse_args()

# Both sides with the same OpenMP wait policy (bench_mlp uses PASSIVE unless one is set: spinning waits collapse
# on a shared machine). Set OMP_WAIT_POLICY=ACTIVE before running to compare with spinning instead.
os.environ.setdefault('OMP_WAIT_POLICY', 'PASSIVE')
import torch
torch.set_num_threads(args.threads)
torch.manual_seed(0)

out = subprocess.run([args.bench_mlp, '--csv', '--threads', str(args.threads), '--max-width', str(args.max_width),
                      '--reps', str(args.reps)], capture_output=True, text=True, check=True).stdout


def best(fn, reps, min_s=0.3):
    fn()
    b = 1e30
    for _ in range(reps):
        n, t = 0, time.perf_counter()
        while True:
            fn(); n += 1
            el = time.perf_counter() - t
            if el > min_s: break
        b = min(b, el / n)
    return b


def torch_layer(prec, n, c, k):
    lin = torch.nn.Linear(c, k)
    x = torch.randn(n, c, requires_grad=False)
    opt = torch.optim.SGD(lin.parameters(), lr=1e-6)
    ctx = (lambda: torch.autocast('cpu', dtype=torch.bfloat16)) if prec == 'bf16' else (lambda: torch.autocast('cpu', enabled=False))
    def fwd():
        with torch.no_grad(), ctx(): torch.relu(lin(x))
    def step():
        opt.zero_grad()
        with ctx(): y = torch.relu(lin(x))
        y.float().sum().backward(); opt.step()
    f = 2.0 * n * c * k / 1e9
    return f / best(fwd, args.reps), 3 * f / best(step, args.reps)


def torch_mlp(prec, batch, layers):
    mods = []
    for a, b in zip(layers[:-2], layers[1:-1]): mods += [torch.nn.Linear(a, b), torch.nn.ReLU()]
    m = torch.nn.Sequential(*mods, torch.nn.Linear(layers[-2], layers[-1]))
    opt = torch.optim.SGD(m.parameters(), lr=0.01); lossf = torch.nn.CrossEntropyLoss()
    x = torch.randn(batch, layers[0]); y = torch.randint(0, layers[-1], (batch,))
    def step():
        opt.zero_grad()
        if prec == 'bf16':
            with torch.autocast('cpu', dtype=torch.bfloat16): o = m(x)
            loss = lossf(o.float(), y)
        else:
            loss = lossf(m(x), y)
        loss.backward(); opt.step()
    for _ in range(5): step()
    return 1.0 / best(step, args.reps)


print(f'threads {args.threads}; GFLOP/s (layer step = fwd + bwd + upd, 6*N*C*K FLOPs); best of {args.reps}')
print(f'{"kind":6s} {"backend":8s} {"prec":5s} {"batch":>5s} {"shape":>24s} | {"tern fwd":>9s} {"torch fwd":>9s} '
      f'{"tern step":>9s} {"torch step":>10s} {"ratio":>6s}')
torch_cache = {}
for line in out.splitlines():
    p = line.split(',')
    if p[0] == 'layer':
        _, backend, prec, n, c, k = p[:6]
        fwd, bwd, upd, step = map(float, p[6:10])
        key = (prec, int(n), int(c), int(k))
        if key not in torch_cache: torch_cache[key] = torch_layer(*key)
        tf, ts = torch_cache[key]
        print(f'layer  {backend:8s} {prec:5s} {n:>5s} {c + "x" + k:>24s} | {fwd:9.1f} {tf:9.1f} {step:9.1f} {ts:10.1f} {step / ts:6.2f}')
    elif p[0] == 'mlp':
        backend, prec, batch = p[1], p[2], int(p[3])
        layers = list(map(int, p[4:-2])); sps = float(p[-2])
        key = (prec, batch, tuple(layers))
        if key not in torch_cache: torch_cache[key] = torch_mlp(prec, batch, layers)
        t = torch_cache[key]
        print(f'mlp    {backend:8s} {prec:5s} {batch:5d} {",".join(map(str, layers)):>24s} | steps/s tern {sps:9.1f} torch {t:9.1f} ratio {sps / t:6.2f}')
    sys.stdout.flush()

#!/usr/bin/python3
"""Which cross-validated score is honest on dated rows: Tern's search with random folds and with forward-in-time
folds (--time-column), same deterministic search (--max-candidates), each best model then tested on the later rows
it will predict (monthly sales: the year after the training years; daily sales: the last 180 days).

usage: forward_validation.py [--cli PATH] [--candidates N]
The tables are dates_as_features.py's, generated with a fixed seed: every run prints the same rows for one build.
A CV score close to the test score is an honest estimate; random folds let a model interpolate between neighbouring
months of the same store and promise more than the later rows give.
"""
import argparse, json, os, subprocess, sys, tempfile
import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from dates_as_features import daily_sales, monthly_sales  # noqa: E402


def run(cli, train, test, target, time_column, candidates, work):
    paths = [os.path.join(work, 'train.csv'), os.path.join(work, 'test.csv')]
    train.to_csv(paths[0], index=False)
    test.to_csv(paths[1], index=False)
    args = [cli, 'automl', paths[0], '--target', target, '--test', paths[1], '--max-candidates', str(candidates),
            '--budget', '600', '--seed', '0', '--json', '--db', os.path.join(work, 'runs.db')]
    if time_column:
        args += ['--time-column', time_column]
    p = subprocess.run(args, capture_output=True, text=True)
    if p.returncode != 0:
        sys.exit(f'tern-cli failed: {p.stderr.strip()}')
    j = json.loads(p.stdout)
    best = next(c for c in j['candidates'] if c['id'] == j['best_id'])
    return best['score'], best['test_score'], j['metric'], j['report']['validation']


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--cli', default=os.environ.get('TERN_CLI', 'build/bin/tern-cli'))
    ap.add_argument('--candidates', type=int, default=12)
    a = ap.parse_args()
    print(f'{"table":14s} {"metric":6s} {"validation":34s} {"CV score":>9s} {"test":>8s} {"CV - test":>10s}')
    for name, make in [('monthly sales', monthly_sales), ('daily sales', daily_sales)]:
        train, test, target, date = make(np.random.default_rng(0))
        for time_column in ['', date]:
            with tempfile.TemporaryDirectory() as work:
                cv, tested, metric, how = run(a.cli, train, test, target, time_column, a.candidates, work)
            print(f'{name:14s} {metric:6s} {how:34s} {cv:9.4f} {tested:8.4f} {cv - tested:+10.4f}', flush=True)


if __name__ == '__main__':
    main()

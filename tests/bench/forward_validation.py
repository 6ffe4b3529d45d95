#!/usr/bin/python3
"""Which cross-validated score is honest on dated rows: Tern's search with random folds and with forward-in-time
folds (--time-column), same deterministic search (--max-candidates), each best model then tested on the later rows
it will predict (monthly sales: the year after the training years; daily sales: the last 180 days).

usage: forward_validation.py [--cli PATH] [--candidates N]
The tables are dates_as_features.py's, generated with a fixed seed: every run prints the same rows for one build.
A CV score close to the test score is an honest estimate; random folds let a model interpolate between neighbouring
months of the same store and promise more than the later rows give.
"""
import argparse, os, sys, tempfile
import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from dates_as_features import daily_sales, monthly_sales, run_automl  # noqa: E402


def run(cli, train, test, target, time_column, candidates, work):
    best, j = run_automl(cli, train, test, target, candidates, work,
                         ['--time-column', time_column] if time_column else [])
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

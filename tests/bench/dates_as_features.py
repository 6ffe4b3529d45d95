#!/usr/bin/python3
"""What reading dates as dates buys: Tern on three retail-like tables whose target follows the calendar, once with the
date column as the file writes it and once with that column dropped, same deterministic search (--max-candidates).

usage: dates_as_features.py [--cli PATH] [--candidates N]
  - daily sales per store, dates written US style (3/1/2024): weekday and season drive the sales;
  - returns by time of purchase (03/01/2024 11:42 PM): late-night purchases come back more often;
  - monthly sales per store (2024-03), tested on the year after the training years.
The tables are generated with a fixed seed (numpy), so every run prints the same rows for the same build.
"""
import argparse, json, os, subprocess, sys, tempfile
import numpy as np
import pandas as pd


def daily_sales(rng):
    rows = []
    for i in range(900):
        d = pd.Timestamp('2022-01-01') + pd.Timedelta(days=i)
        for store, base in [('north', 100), ('south', 80), ('east', 60)]:
            y = base * (1 + 0.3 * (d.weekday() >= 5)) * (1 + 0.2 * np.sin(2 * np.pi * d.month / 12)) + 0.02 * i
            rows.append((d.strftime('%m/%d/%Y'), store, round(y + rng.normal(0, 5), 1)))
    df = pd.DataFrame(rows, columns=['day', 'store', 'sales'])
    return df.iloc[:2160], df.iloc[2160:], 'sales', 'day'


def returns_by_hour(rng):
    n = 4000
    minute = rng.integers(0, 1440, n)
    when = pd.Timestamp('2024-01-01') + pd.to_timedelta(rng.integers(0, 300, n), unit='D') + pd.to_timedelta(minute, unit='m')
    hour = minute / 60
    amount = np.round(rng.gamma(2, 30, n), 2)
    category = rng.choice(['shoes', 'toys', 'food', 'garden'], n)
    logit = -2 + 1.8 * ((hour >= 22) | (hour < 4)) + 0.8 * (category == 'shoes') + 0.004 * amount
    returned = np.where(rng.random(n) < 1 / (1 + np.exp(-logit)), 'yes', 'no')
    df = pd.DataFrame({'sold_at': when.strftime('%m/%d/%Y %I:%M %p'), 'category': category, 'amount': amount,
                       'returned': returned})
    return df.iloc[:3000], df.iloc[3000:], 'returned', 'sold_at'


def monthly_sales(rng):
    rows = []
    for s in range(40):
        base, growth = rng.uniform(50, 150), rng.uniform(0.5, 2)
        for t in range(48):
            year, month = 2020 + t // 12, 1 + t % 12
            sales = base + growth * t + 25 * np.sin(2 * np.pi * (month - 3) / 12) + rng.normal(0, 6)
            rows.append((f'{year}-{month:02d}', f'store{s:02d}', round(rng.uniform(100, 900)), round(sales, 1)))
    df = pd.DataFrame(rows, columns=['month', 'store', 'area_m2', 'sales'])
    return df[df.month < '2023'], df[df.month >= '2023'], 'sales', 'month'


def run_automl(cli, train, test, target, candidates, work, extra=()):
    """One deterministic tern-cli automl run on train with test as --test: the best candidate and the run's JSON."""
    paths = [os.path.join(work, 'train.csv'), os.path.join(work, 'test.csv')]
    train.to_csv(paths[0], index=False)
    test.to_csv(paths[1], index=False)
    p = subprocess.run([cli, 'automl', paths[0], '--target', target, '--test', paths[1], '--max-candidates',
                        str(candidates), '--budget', '600', '--seed', '0', '--json', '--db',
                        os.path.join(work, 'runs.db'), *extra], capture_output=True, text=True)
    if p.returncode != 0:
        sys.exit(f'tern-cli failed: {p.stderr.strip()}')
    j = json.loads(p.stdout)
    return next(c for c in j['candidates'] if c['id'] == j['best_id']), j


def tern_test_score(cli, train, test, target, candidates, work):
    best, j = run_automl(cli, train, test, target, candidates, work)
    return best['test_score'], j['metric']


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--cli', default=os.environ.get('TERN_CLI', 'build/bin/tern-cli'))
    ap.add_argument('--candidates', type=int, default=12)
    a = ap.parse_args()
    print(f'{"table":18s} {"metric":18s} {"with the date":>14s} {"date dropped":>13s}')
    for name, make in [('daily sales (US)', daily_sales), ('returns by hour', returns_by_hour),
                       ('monthly sales', monthly_sales)]:
        train, test, target, date = make(np.random.default_rng(0))
        with tempfile.TemporaryDirectory() as work:
            with_date, metric = tern_test_score(a.cli, train, test, target, a.candidates, work)
            without, _ = tern_test_score(a.cli, train.drop(columns=date), test.drop(columns=date), target,
                                         a.candidates, work)
        print(f'{name:18s} {metric:18s} {with_date:14.4f} {without:13.4f}', flush=True)


if __name__ == '__main__':
    main()

// The GEMM work split: every block of a grid is visited exactly once across the team, shares are balanced, rows are
// preferred when they divide evenly, and chunks never exceed their panel budget.
#include "engine/kernels/work_split.h"

#include <QtTest>

#include <vector>

using namespace tern::kernels;

class TestWorkSplit : public QObject {
    Q_OBJECT
private slots:
    void covers_every_block_once();
    void prefers_even_row_split();
    void chunk_respects_budget();
    void reduction_passes_cover_each_block_once();
};

void TestWorkSplit::covers_every_block_once()
{
    for (int rows : {1, 2, 3, 5, 16})
        for (int cols : {1, 2, 5, 6, 16})
            for (int parts : {1, 2, 3, 4})
                for (int chunk : {1, 2, 3, 100}) {
                    std::vector<int> seen(std::size_t(rows) * cols, 0);
                    int busiest = 0;
                    for (int p = 0; p < parts; ++p) {
                        const GridShare s = share_grid(rows, cols, p, parts);
                        int mine = 0;
                        for_each_block(s, chunk, [&](int r, int c) {
                            ++seen[std::size_t(r) * cols + c];
                            ++mine;
                        });
                        busiest = std::max(busiest, mine);
                    }
                    for (int v : seen) QCOMPARE(v, 1);
                    // No thread gets more than its fair share rounded up along one dimension.
                    const int fair = (rows * cols + parts - 1) / parts;
                    QVERIFY2(busiest <= fair + std::max(rows, cols), qPrintable(QString("%1x%2/%3").arg(rows).arg(cols).arg(parts)));
                }
}

void TestWorkSplit::prefers_even_row_split()
{
    // 16 batch blocks x 16 output blocks on 2 threads: each thread owns 8 whole rows (its panels stay in its L2).
    const GridShare a = share_grid(16, 16, 0, 2), b = share_grid(16, 16, 1, 2);
    QCOMPARE(a.r0, 0);
    QCOMPARE(a.r1, 8);
    QCOMPARE(b.r0, 8);
    QCOMPARE(b.c1 - b.c0, 16);
    // One batch block (batch 64): the columns are split instead.
    const GridShare c = share_grid(1, 4, 1, 2);
    QCOMPARE(c.r1 - c.r0, 1);
    QCOMPARE(c.c0, 2);
    QCOMPARE(c.c1, 4);
    // 5 rows x 6 columns: splitting columns (3 each) beats splitting rows (3 + 2 rows of 6).
    const GridShare d = share_grid(5, 6, 0, 2);
    QCOMPARE(d.r1 - d.r0, 5);
    QCOMPARE(d.c1 - d.c0, 3);
}

void TestWorkSplit::chunk_respects_budget()
{
    QCOMPARE(rows_per_chunk(128 << 10, 1 << 20), 8);
    QCOMPARE(rows_per_chunk(3 << 20, 1 << 20), 1);
    QVERIFY(rows_per_chunk(0, 1 << 20) >= 1 << 20);
}

QTEST_GUILESS_MAIN(TestWorkSplit)
void TestWorkSplit::reduction_passes_cover_each_block_once()
{
    // A reduction that fits a quarter of the budget stays one pass; a longer one is cut to passes that fit.
    QCOMPARE(reduction_chunk(16, 16 << 10, 1 << 20), 16);
    QCOMPARE(reduction_chunk(64, 16 << 10, 1 << 20), 16);
    QCOMPARE(reduction_chunk(3, 1 << 20, 1 << 20), 1);
    // Every reduced block reaches every output block exactly once, passes in order, whatever the cut.
    for (int total : {1, 7, 16, 35})
        for (int cut : {1, 4, 16, 50}) {
            const int rows = 5, cols = 3;
            std::vector<int> next(std::size_t(rows) * cols, 0);
            for (int p = 0; p < 2; ++p)
                for_each_block_reduced(share_grid(rows, cols, p, 2), 2, total, cut, [&](int r, int c, int first, int count) {
                    auto& n = next[std::size_t(r) * cols + c];
                    QCOMPARE(first, n);
                    QVERIFY(count >= 1 && count <= cut);
                    n += count;
                });
            for (int n : next) QCOMPARE(n, total);
        }
}

#include "test_work_split.moc"

// Layout conversions of the batch-reduce paths against index-by-index definitions: blocked pack/unpack, fp32 and
// bf16 transposes (vector 8x8 tiles and the scalar tail), VNNI pairs and the VNNI of a transpose.
#include "engine/kernels/blocking.h"
#include "engine/kernels/vnni.h"

#include <QtTest>

#include <vector>

using namespace tern::kernels;

class TestLayouts : public QObject {
    Q_OBJECT
private slots:
    void transposes_data();
    void transposes();
    void pack_round_trip();
};

void TestLayouts::transposes_data()
{
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("cols");
    for (auto [r, c] : {std::pair{8, 8}, {64, 64}, {32, 96}, {6, 10}, {7, 5}, {64, 10}, {2, 130}})
        QTest::addRow("%dx%d", r, c) << r << c;
}

void TestLayouts::transposes()
{
    QFETCH(int, rows);
    QFETCH(int, cols);
    std::vector<float> f(std::size_t(rows) * cols), ft(f.size());
    std::vector<bf16> b(f.size()), bt(f.size());
    for (std::size_t i = 0; i < f.size(); ++i) f[i] = float(i) * 0.25f - 3.0f, b[i] = to_bf16(f[i]);
    transpose(f.data(), ft.data(), rows, cols);
    transpose(b.data(), bt.data(), rows, cols);
    for (int i = 0; i < rows; ++i)
        for (int j = 0; j < cols; ++j) {
            QCOMPARE(ft[std::size_t(j) * rows + i], f[std::size_t(i) * cols + j]);
            QCOMPARE(bt[std::size_t(j) * rows + i], b[std::size_t(i) * cols + j]);
        }
    if (rows % 2 == 0) {
        std::vector<bf16> v(f.size());
        to_vnni(f.data(), v.data(), rows, cols);
        for (int i = 0; i < rows; ++i)
            for (int j = 0; j < cols; ++j) QCOMPARE(v[std::size_t(i / 2) * cols * 2 + j * 2 + i % 2], b[std::size_t(i) * cols + j]);
    }
    if (cols % 2 == 0) {
        std::vector<bf16> v(f.size());
        to_vnni_transposed(f.data(), v.data(), rows, cols);
        for (int i = 0; i < rows; ++i)
            for (int j = 0; j < cols; ++j) QCOMPARE(v[std::size_t(j / 2) * rows * 2 + i * 2 + j % 2], b[std::size_t(i) * cols + j]);
    }
}

void TestLayouts::pack_round_trip()
{
    Blocking bl{96, 40, 32, 8};
    std::vector<float> x(bl.size()), p(bl.size()), back(bl.size());
    for (std::size_t i = 0; i < x.size(); ++i) x[i] = float(i);
    pack(x.data(), p.data(), bl);
    QCOMPARE(p[bl.at(33, 9)], x[33 * 40 + 9]);
    QCOMPARE(p[bl.block(1, 1)], x[32 * 40 + 8]);
    unpack(p.data(), back.data(), bl);
    QVERIFY(back == x);
}

QTEST_GUILESS_MAIN(TestLayouts)
#include "test_layouts.moc"

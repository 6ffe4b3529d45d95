// The Export page's precision table: the change against fp32 reads as a reader expects at two decimals in points:
// a drop that rounds to nothing is 0.00 (it read -0.00), a real one keeps its sign.
#include "tests/ui/ui_test_support.h"
#include "ui/models/variant_table_model.h"

#include <QtTest>

using namespace tern;

class TestVariantTableModel : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase() { ui::test::prepareUiTest(); }

    void changeAgainstFp32ReadsWithItsSign_data()
    {
        QTest::addColumn<double>("score");
        QTest::addColumn<QString>("shown");
        QTest::newRow("a drop below a hundredth of a point") << 0.899999 << "0.00";
        QTest::newRow("a rise below a hundredth of a point") << 0.900001 << "0.00";
        QTest::newRow("a drop") << 0.895 << "-0.50";
        QTest::newRow("a rise") << 0.9025 << "+0.25";
    }
    void changeAgainstFp32ReadsWithItsSign()
    {
        QFETCH(double, score);
        QFETCH(QString, shown);
        QLocale::setDefault(QLocale::c());
        store::CandidateRecord candidate;
        candidate.family = "mlp";
        candidate.score = 0.9;
        ui::VariantTableModel model;
        model.setCandidate(candidate, true);
        ui::PrecisionVariant ternary;
        ternary.precision = QStringLiteral("ternary");
        ternary.residualFraction = 0.5;
        ternary.score = score;
        model.setTernary(ternary, false);
        const int row = model.rowOf(QStringLiteral("ternary"));
        QVERIFY(row > 0);
        QCOMPARE(model.data(model.index(row, ui::VariantTableModel::Change)).toString(), shown);
    }
};

QTEST_MAIN(TestVariantTableModel)
#include "test_variant_table_model.moc"

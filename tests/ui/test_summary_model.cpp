// SummaryModel and the missing-values chart on penguins: 19 missing cells (sex 11, four numeric columns 2 each),
// model tester, numeric sort role, dates shown as dates, role updates from the target chooser, PNG/PDF export of
// the chart.
#include "engine/data/readers.h"
#include "engine/data/summary.h"
#include "ui/models/summary_model.h"
#include "ui/plots/missing_values_plot.h"
#include "ui_test_support.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QtTest>

using namespace tern;

class TestSummaryModel : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase()
    {
        ui::test::prepareUiTest();
        m_table = data::read_table(ui::test::dataPath("penguins.csv").toStdString());
    }

    void countsMissingCells()
    {
        ui::SummaryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSummaries(data::summarize_table(m_table));
        QCOMPARE(model.rowCount(), 7);
        std::map<QString, int> missing;
        int total = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString name = model.data(model.index(row, ui::SummaryModel::Name)).toString();
            missing[name] = model.data(model.index(row, ui::SummaryModel::Missing), ui::SummaryModel::SortRole).toInt();
            total += missing[name];
        }
        QCOMPARE(total, 19);
        QCOMPARE(missing[QStringLiteral("sex")], 11);
        for (const char* column : {"bill_length_mm", "bill_depth_mm", "flipper_length_mm", "body_mass_g"})
            QCOMPARE(missing[QString::fromLatin1(column)], 2);
        QCOMPARE(missing[QStringLiteral("species")], 0);
    }

    void showsDatesAsDates()
    {
        const data::Table t({data::Column::date("day", {19782.0f, 19790.5f, std::nanf("")})});
        ui::SummaryModel model;
        model.setSummaries(data::summarize_table(t));
        QCOMPARE(model.data(model.index(0, ui::SummaryModel::Type)).toString(), QStringLiteral("date"));
        QCOMPARE(model.data(model.index(0, ui::SummaryModel::Min)).toString(), QStringLiteral("2024-02-29"));
        QCOMPARE(model.data(model.index(0, ui::SummaryModel::Max)).toString(), QStringLiteral("2024-03-08 12:00"));
        QCOMPARE(model.data(model.index(0, ui::SummaryModel::Mean)).toString(), QStringLiteral("2024-03-04 06:00"));
        QVERIFY(model.data(model.index(0, ui::SummaryModel::Std)).toString().endsWith(QStringLiteral(" days")));
        QCOMPARE(model.data(model.index(0, ui::SummaryModel::Missing)).toString(), QStringLiteral("1"));
        // Day-first dates say so: 03/04 read the other way would be a different day.
        const data::Table uk({data::Column::date("day", {19782.0f}, data::DateOrder::day_first)});
        model.setSummaries(data::summarize_table(uk));
        QCOMPARE(model.data(model.index(0, ui::SummaryModel::Type)).toString(), QStringLiteral("date (DD/MM/YYYY)"));
        // So do month names, even year first, and two-digit years.
        const data::Table named({data::Column::date("day", {19782.0f}, {data::DateOrder::year_first, false, true}),
                                 data::Column::date("shipped", {19782.0f}, {data::DateOrder::day_first, true, true})});
        model.setSummaries(data::summarize_table(named));
        QCOMPARE(model.data(model.index(0, ui::SummaryModel::Type)).toString(), QStringLiteral("date (YYYY-MMM-DD)"));
        QCOMPARE(model.data(model.index(1, ui::SummaryModel::Type)).toString(), QStringLiteral("date (DD-MMM-YY)"));
    }

    void showsStatisticsAndRoles()
    {
        ui::SummaryModel model;
        model.setSummaries(data::summarize_table(m_table));
        const int mass = int(*m_table.find("body_mass_g"));
        QCOMPARE(model.data(model.index(mass, ui::SummaryModel::Min), ui::SummaryModel::SortRole).toDouble(), 2700.0);
        QCOMPARE(model.data(model.index(mass, ui::SummaryModel::Max), ui::SummaryModel::SortRole).toDouble(), 6300.0);
        // Large statistics read plain beside a plain min and max: the mean of order numbers is no "1.002e+05".
        const data::Table orders({data::Column::numeric("order_id", {100000.0, 100001.0, 100399.0})});
        ui::SummaryModel large;
        large.setSummaries(data::summarize_table(orders));
        QCOMPARE(large.data(large.index(0, ui::SummaryModel::Mean)).toString(), QStringLiteral("100133"));
        const int species = int(*m_table.find("species"));
        QVERIFY(model.data(model.index(species, ui::SummaryModel::TopLevels))
                    .toString()
                    .contains(QStringLiteral("Adelie")));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setRole(species, data::ColumnRole::target);
        QCOMPARE(changed.count(), 1);
        QVERIFY(model.data(model.index(species, ui::SummaryModel::Name), Qt::FontRole).value<QFont>().bold());
    }

    // A wide table shows its 15 columns with most missing values, and the chart does not grow with the table.
    void wideTableShowsTheColumnsWithMostMissing()
    {
        std::vector<data::ColumnSummary> summaries(60);
        for (std::size_t i = 0; i < summaries.size(); ++i) {
            summaries[i].name = "column_" + std::to_string(i);
            summaries[i].missing_pct = i % 2 ? double(i) : 0.0; // 30 columns with missing values
        }
        ui::MissingValuesPlot plot;
        plot.setSummaries(summaries);
        QCOMPARE(plot.barCount(), 15);
        QVERIFY(plot.minimumHeight() <= 15 * 16 + 60);
        QVERIFY(!plot.noMissingValuesShown());
        for (auto& s : summaries)
            s.missing_pct = 0;
        plot.setSummaries(summaries);
        QCOMPARE(plot.barCount(), 0); // none missing: no bars, and the chart says so
        QVERIFY(plot.noMissingValuesShown());
        // ... alone: not over an empty axis titled "top 0"
        QVERIFY(!plot.xAxis->visible() && !plot.yAxis->visible());
        QVERIFY(!plot.xAxis->label().contains(QStringLiteral("top")));
    }

    void chartSavesPngAndPdf()
    {
        ui::MissingValuesPlot plot;
        plot.resize(400, 300);
        plot.setSummaries(data::summarize_table(m_table));
        QCOMPARE(plot.barCount(), 7); // a narrow table: every column, with or without missing values
        QTemporaryDir dir;
        QVERIFY(plot.saveTo(dir.filePath("missing.png")));
        QVERIFY(plot.saveTo(dir.filePath("missing.pdf")));
        QVERIFY(QImage(dir.filePath("missing.png")).width() >= 400);
        QFile pdf(dir.filePath("missing.pdf"));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
    }

  private:
    data::Table m_table;
};

QTEST_MAIN(TestSummaryModel)
#include "test_summary_model.moc"

// Every plot takes its colours from the palette and follows a theme change: background, axis labels, tick labels,
// titles and legend text, read back from QCustomPlot (the background from a rendered pixel), on light, after
// switching to dark, and after switching back. The data colours change with it, and confusion-matrix cell labels
// stay readable on their cells in both themes.
#include "tests/ui/ui_test_support.h"
#include "ui/models/confusion_matrix_model.h"
#include "ui/models/variant_table_model.h"
#include "ui/plots/accuracy_latency_plot.h"
#include "ui/plots/confusion_matrix_plot.h"
#include "ui/plots/importance_plot.h"
#include "ui/plots/missing_values_plot.h"
#include "ui/plots/plot_palette.h"
#include "ui/plots/residual_plot.h"
#include "ui/plots/score_timeline_plot.h"
#include "ui/plots/variant_tradeoff_plot.h"
#include "ui/theme.h"

#include <QApplication>
#include <QtTest>
#include <functional>
#include <memory>

using namespace tern;
using namespace tern::ui;

namespace {

using PlotFactory = std::function<std::unique_ptr<QCustomPlot>()>;

search::CandidateResult candidate(qint64 id, const std::string& family, double score, double latency)
{
    search::CandidateResult r;
    r.id = id;
    r.family = family;
    r.status = "ok";
    r.score = score;
    r.latency_us_p50 = latency;
    r.details["run_elapsed_s"] = double(id);
    return r;
}

double contrast(const QColor& a, const QColor& b)
{
    auto lum = [](const QColor& c) {
        auto lin = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * lin(c.redF()) + 0.7152 * lin(c.greenF()) + 0.0722 * lin(c.blueF());
    };
    const double x = lum(a), y = lum(b);
    return (std::max(x, y) + 0.05) / (std::min(x, y) + 0.05);
}

// Top-level widgets hear of a new application palette through a posted event: let it arrive.
void switchTheme(ThemeChoice choice)
{
    applyTheme(*qApp, choice);
    QCoreApplication::processEvents();
}

// The colours a plot shows must be the palette's; `where` names the theme in a failure.
void verifyChrome(QCustomPlot* plot, const QPalette& palette, const char* where)
{
    const QColor text = palette.color(QPalette::Text), base = palette.color(QPalette::Base);
    QVERIFY2(plot->xAxis->labelColor() == text, where);
    QVERIFY2(plot->yAxis->labelColor() == text, where);
    QVERIFY2(plot->xAxis->tickLabelColor() == text, where);
    QVERIFY2(plot->yAxis->tickLabelColor() == text, where);
    QVERIFY2(plot->xAxis->basePen().color() != QColor(Qt::black) || !isDark(palette), where);
    QVERIFY2(plot->legend->textColor() == text, where);
    for (int i = 0; i < plot->legend->itemCount(); ++i)
        if (QCPAbstractLegendItem* item = plot->legend->item(i)) // a wrapped legend has empty cells
            QVERIFY2(item->textColor() == text, where);
    for (QCPLayoutElement* element : plot->plotLayout()->elements(true))
        if (auto* title = qobject_cast<QCPTextElement*>(element))
            QVERIFY2(title->textColor() == text, where);
    // The background as drawn: a corner pixel outside the axes.
    const QImage image = plot->toPixmap(plot->width(), plot->height()).toImage();
    QVERIFY2(QColor(image.pixel(2, 2)) == base, where);
}

} // namespace

class TestPlotTheme : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase() { test::prepareUiTest(); }
    void cleanup() { switchTheme(ThemeChoice::Light); }

    void plotFollowsTheTheme_data()
    {
        QTest::addColumn<PlotFactory>("make");
        QTest::newRow("accuracy vs latency") << PlotFactory([] {
            auto plot = std::make_unique<AccuracyLatencyPlot>();
            plot->addCandidate(candidate(1, "gbdt", 0.9, 40));
            plot->addCandidate(candidate(2, "linear", 0.8, 3));
            plot->setLatencyBudget(20);
            return std::unique_ptr<QCustomPlot>(std::move(plot));
        });
        QTest::newRow("accuracy vs latency, empty")
            << PlotFactory([] { return std::unique_ptr<QCustomPlot>(std::make_unique<AccuracyLatencyPlot>()); });
        QTest::newRow("best over time") << PlotFactory([] {
            auto plot = std::make_unique<ScoreTimelinePlot>();
            plot->addCandidate(candidate(1, "gbdt", 0.8, 40));
            plot->addCandidate(candidate(2, "gbdt", 0.9, 40));
            return std::unique_ptr<QCustomPlot>(std::move(plot));
        });
        QTest::newRow("residuals") << PlotFactory([] {
            auto plot = std::make_unique<ResidualPlot>();
            const std::vector<float> actual{1, 2, 3, 4}, predicted{1.1f, 1.9f, 3.2f, 3.8f};
            plot->setPredictions(actual, predicted);
            return std::unique_ptr<QCustomPlot>(std::move(plot));
        });
        QTest::newRow("importance") << PlotFactory([] {
            auto plot = std::make_unique<ImportancePlot>();
            plot->setImportance(nlohmann::json::parse(R"([{"feature": "a", "importance": 0.3, "std": 0.02},
                                                           {"feature": "b", "importance": 0.1, "std": 0.01}])"),
                                QStringLiteral("none"));
            return std::unique_ptr<QCustomPlot>(std::move(plot));
        });
        QTest::newRow("variant trade-off") << PlotFactory([] {
            auto* model = new VariantTableModel;
            store::CandidateRecord record;
            record.family = "mlp";
            record.status = "ok";
            record.score = 0.9;
            record.latency_us_p50 = 50;
            model->setCandidate(record, false);
            auto plot = std::make_unique<VariantTradeoffPlot>(model);
            model->setParent(plot.get());
            return std::unique_ptr<QCustomPlot>(std::move(plot));
        });
        QTest::newRow("missing values") << PlotFactory([] {
            auto plot = std::make_unique<MissingValuesPlot>();
            data::ColumnSummary a, b;
            a.name = "age";
            a.missing_pct = 20;
            b.name = "fare";
            b.missing_pct = 1;
            plot->setSummaries({a, b});
            return std::unique_ptr<QCustomPlot>(std::move(plot));
        });
    }

    void plotFollowsTheTheme()
    {
        QFETCH(PlotFactory, make);
        switchTheme(ThemeChoice::Light);
        const auto plot = make();
        plot->resize(420, 300);
        plot->show();
        QVERIFY(QTest::qWaitForWindowExposed(plot.get()));
        verifyChrome(plot.get(), lightPalette(), "light");
        switchTheme(ThemeChoice::Dark);
        verifyChrome(plot.get(), darkPalette(), "dark");
        switchTheme(ThemeChoice::Light);
        verifyChrome(plot.get(), lightPalette(), "light again");
    }

    // The families' points take the theme's series colours (lighter on dark), and every family stays
    // distinguishable from the background.
    void familyColoursFollowTheTheme()
    {
        AccuracyLatencyPlot plot;
        plot.addCandidate(candidate(1, "gbdt", 0.9, 40));
        plot.show();
        QVERIFY(QTest::qWaitForWindowExposed(&plot));
        auto firstFamilyColour = [&plot] {
            for (int i = 0; i < plot.graphCount(); ++i)
                if (plot.graph(i)->name() == QLatin1String("gbdt"))
                    return plot.graph(i)->scatterStyle().pen().color();
            return QColor();
        };
        QCOMPARE(firstFamilyColour(), seriesColour(0, lightPalette()));
        switchTheme(ThemeChoice::Dark);
        QCOMPARE(firstFamilyColour(), seriesColour(0, darkPalette()));
        QVERIFY(seriesColour(0, darkPalette()) != seriesColour(0, lightPalette()));
        for (int i = 0; i < seriesColourCount(); ++i)
            QVERIFY2(contrast(seriesColour(i, darkPalette()), darkPalette().color(QPalette::Base)) >= 4.5,
                     qPrintable(seriesColour(i, darkPalette()).name()));
    }

    void confusionLabelsReadOnTheirCells()
    {
        search::StoredPredictions p;
        p.task = Task::binary;
        p.class_names = {"no", "yes"};
        p.predictions.width = 2;
        // no: 3 right, 1 wrong; yes: 1 right, 1 wrong: shares 0.75/0.25 and 0.5/0.5
        const std::vector<std::pair<float, float>> rows = {{0, 0.1f}, {0, 0.2f}, {0, 0.3f},
                                                           {0, 0.9f}, {1, 0.8f}, {1, 0.4f}};
        for (const auto& [truth, yes] : rows) {
            p.truth.push_back(truth);
            p.predictions.values.insert(p.predictions.values.end(), {1 - yes, yes});
        }
        ConfusionMatrixModel model;
        model.setPredictions(p);
        ConfusionMatrixPlot plot;
        plot.setModel(&model);
        plot.show();
        QVERIFY(QTest::qWaitForWindowExposed(&plot));
        for (const ThemeChoice theme : {ThemeChoice::Light, ThemeChoice::Dark}) {
            switchTheme(theme);
            auto* map = qobject_cast<QCPColorMap*>(plot.plottable(0));
            QVERIFY(map);
            // An empty cell is close to the page: dark on the dark theme, light on the light one.
            const QColor empty = QColor(map->gradient().color(0, QCPRange(0, 1)));
            QCOMPARE(empty.lightness() < 128, theme == ThemeChoice::Dark);
            int labels = 0;
            for (int i = 0; i < plot.itemCount(); ++i) {
                auto* label = qobject_cast<QCPItemText*>(plot.item(i));
                if (!label)
                    continue;
                const QPointF at = label->position->coords();
                const double share = model.rowFraction(int(at.y()), int(at.x()));
                const QColor cell = QColor(map->gradient().color(share, QCPRange(0, 1)));
                QVERIFY2(contrast(label->color(), cell) >= 4.5, qPrintable(label->text()));
                ++labels;
            }
            QCOMPARE(labels, 4);
        }
    }
};

QTEST_MAIN(TestPlotTheme)
#include "test_plot_theme.moc"

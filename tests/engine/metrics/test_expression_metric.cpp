// User metric expressions (muparser): they reproduce built-ins on the scikit-learn reference vectors, and bad
// expressions fail at construction with muparser's message and position.
#include "engine/core/error.h"
#include "engine/metrics/metric.h"

#include <QtTest/QtTest>
#include <cmath>
#include <fmt/format.h>
#include <fstream>
#include <nlohmann/json.hpp>

using namespace tern;

namespace {

struct Case {
    Task task = Task::binary;
    int n_classes = 2;
    std::vector<float> truth, predicted;

    explicit Case(const std::string& name)
    {
        std::ifstream in(TERN_TEST_DATA "/metrics/reference.json");
        const auto j = nlohmann::json::parse(in);
        for (const auto& c : j.at("cases")) {
            if (c.at("name") != name)
                continue;
            task = *task_from_string(c.at("task").get<std::string>());
            n_classes = c.value("n_classes", 0);
            truth = c.at("truth").get<std::vector<float>>();
            predicted = c.at("predicted").get<std::vector<float>>();
            return;
        }
        throw std::runtime_error("no reference case " + name);
    }

    metrics::Predictions predictions() const { return {task, n_classes, truth, predicted, nullptr}; }

    metrics::Confusion confusion() const
    {
        const auto k = std::size_t(std::max(n_classes, 1));
        metrics::Confusion c{k, std::vector<double>(k * k, 0.0)};
        if (is_classification(task))
            for (std::size_t i = 0; i < truth.size(); ++i)
                c.counts[std::size_t(truth[i]) * k + std::size_t(predicted[i])] += 1;
        return c;
    }
};

double builtin(const std::string& metric, const Case& c)
{
    return metrics::make_metric(metric, c.task)->score(c.predictions());
}

double expression(const std::string& text, const Case& c)
{
    return metrics::make_expression_metric(text, metrics::Direction::maximize, c.task)->score(c.predictions());
}

} // namespace

class TestExpressionMetric : public QObject {
    Q_OBJECT

  private slots:
    void equals_builtin_data()
    {
        QTest::addColumn<QString>("case_name");
        QTest::addColumn<QString>("expr");
        QTest::addColumn<QString>("metric");
        const QString balanced = "(tp/(tp+fn) + tn/(tn+fp))/2";
        QTest::newRow("balanced accuracy, binary") << "binary_good" << balanced << "balanced_accuracy";
        QTest::newRow("balanced accuracy, binary ties") << "binary_weak_ties" << balanced << "balanced_accuracy";
        QTest::newRow("balanced accuracy, binary clipped") << "binary_clipped" << balanced << "balanced_accuracy";
        QTest::newRow("accuracy, binary") << "binary_good"
                                          << "(tp+tn)/n"
                                          << "accuracy";
        QTest::newRow("mcc, binary") << "binary_good"
                                     << "(tp*tn-fp*fn)/sqrt((tp+fp)*(tp+fn)*(tn+fp)*(tn+fn))"
                                     << "mcc";
        QTest::newRow("recall macro, multiclass") << "multiclass_3"
                                                  << "tp/(tp+fn)"
                                                  << "balanced_accuracy";
        QTest::newRow("f1 macro, multiclass") << "multiclass_5_ties"
                                              << "2*tp/(2*tp+fp+fn)"
                                              << "f1_macro";
        QTest::newRow("f1 macro, absent class") << "multiclass_4_absent_class"
                                                << "2*tp/(2*tp+fp+fn)"
                                                << "f1_macro";
        QTest::newRow("rmse") << "regression_noisy"
                              << "sqrt(mse)"
                              << "rmse";
        QTest::newRow("mae") << "regression_close"
                             << "mae"
                             << "mae";
        QTest::newRow("r2") << "regression_close"
                            << "r2"
                            << "r2";
    }

    void equals_builtin()
    {
        QFETCH(QString, case_name);
        QFETCH(QString, expr);
        QFETCH(QString, metric);
        const Case c(case_name.toStdString());
        const double want = builtin(metric.toStdString(), c);
        const double got = expression(expr.toStdString(), c);
        QVERIFY2(std::fabs(got - want) < 1e-12, qPrintable(QString("%1 vs %2").arg(got).arg(want)));
        // Over classes, the expression scores the confusion counts as it scores the rows they count.
        const auto m = metrics::make_expression_metric(expr.toStdString(), metrics::Direction::maximize, c.task);
        const auto from_counts = m->score_counts(c.confusion());
        QCOMPARE(from_counts.has_value(), is_classification(c.task));
        if (from_counts)
            QCOMPARE(*from_counts, got);
    }

    void balanced_accuracy_binary_is_positive_class()
    {
        // For binary the counts are those of class 1: "tp/(tp+fn)" is the recall of class 1.
        const Case c("binary_good");
        double tp = 0, positives = 0;
        for (std::size_t i = 0; i < c.truth.size(); ++i)
            if (c.truth[i] == 1.0f) {
                ++positives;
                tp += c.predicted[i] == 1.0f;
            }
        QCOMPARE(expression("tp/(tp+fn)", c), tp / positives);
    }

    void bad_expressions_data()
    {
        QTest::addColumn<QString>("expr");
        QTest::addColumn<int>("task");
        QTest::addColumn<QString>("message_part");
        QTest::newRow("unclosed bracket") << "tp/(tp+fn" << int(Task::binary) << "position";
        QTest::newRow("unknown variable")
            << "tp + recall" << int(Task::binary) << "unknown variable or function 'recall' at position 5";
        QTest::newRow("number out of range")
            << "1e999*tp" << int(Task::binary) << "the number '1e999' at position 0 is out of range";
        QTest::newRow("regression variable in classification") << "mse" << int(Task::multiclass) << "mse";
        QTest::newRow("classification variable in regression") << "tp/n" << int(Task::regression) << "tp";
        QTest::newRow("dangling operator") << "tp *" << int(Task::binary) << "position";
        QTest::newRow("empty") << "  " << int(Task::binary) << "empty";
        // muparser would assign, or return the last of several results: the metric would silently be another.
        QTest::newRow("assignment") << "tp=1" << int(Task::binary) << "'=' at position 2 assigns";
        QTest::newRow("two expressions") << "tp, tn" << int(Task::binary) << "2 expressions separated by ','";
        // It could score no fold: every candidate of the run failed, after its whole budget.
        QTest::newRow("never finite") << "tp/0" << int(Task::binary)
                                      << "is not a finite number for a perfect prediction nor for an all-wrong one";
        QTest::newRow("never finite, regression") << "log(r2-r2)" << int(Task::regression) << "can score no model";
        // A count the truth fixes scores every model the same: the run's "best" was the first candidate.
        QTest::newRow("constant") << "tp + fn" << int(Task::binary)
                                  << "has the same value for a perfect, a half-right and an all-wrong prediction";
        QTest::newRow("constant, regression") << "n" << int(Task::regression) << "cannot tell models apart";
    }

    // A cost is lower-is-better, a rate higher-is-better; an expression that cannot tell has no guess.
    void direction_is_guessed_from_a_perfect_and_an_all_wrong_prediction()
    {
        using metrics::Direction;
        QCOMPARE(metrics::guess_expression_direction("(10*fn + fp)/n"), std::optional(Direction::minimize));
        QCOMPARE(metrics::guess_expression_direction("(tp/(tp+fn) + tn/(tn+fp))/2"), std::optional(Direction::maximize));
        QCOMPARE(metrics::guess_expression_direction("2*tp/(2*tp+fp+fn)"), std::optional(Direction::maximize));
        QCOMPARE(metrics::guess_expression_direction("sqrt(mse)"), std::optional(Direction::minimize));
        QCOMPARE(metrics::guess_expression_direction("r2 - 0.1*mae"), std::optional(Direction::maximize));
        QCOMPARE(metrics::guess_expression_direction("n"), std::nullopt);
        QCOMPARE(metrics::guess_expression_direction("tp +"), std::nullopt);
    }

    void comparisons_are_not_assignments()
    {
        for (const char* text : {"(tp == 0) + (fn <= 1) + (fp >= 2) + (tn != 3)", "tp==fn"})
            QVERIFY(metrics::make_expression_metric(text, metrics::Direction::maximize, Task::binary));
    }

    void bad_expressions()
    {
        QFETCH(QString, expr);
        QFETCH(int, task);
        QFETCH(QString, message_part);
        try {
            metrics::make_expression_metric(expr.toStdString(), metrics::Direction::maximize, Task(task));
            QFAIL("no error");
        } catch (const InputError& e) {
            QVERIFY2(QString(e.what()).contains(message_part), e.what());
            QVERIFY2(!QString(e.what()).contains('\n'), "one line");
        }
    }

    // Finite for a perfect and an all-wrong prediction, a division by zero on this case's counts.
    void division_by_zero_scores_worst()
    {
        const Case c("binary_good");
        const auto counts = c.confusion();
        const std::string zero_here = fmt::format("(tp-{})", counts.at(1, 1));
        auto maximize = metrics::make_expression_metric("1/" + zero_here, metrics::Direction::maximize, c.task);
        auto minimize = metrics::make_expression_metric("fp/" + zero_here, metrics::Direction::minimize, c.task);
        QCOMPARE(maximize->score(c.predictions()), metrics::worst_value(metrics::Direction::maximize));
        QCOMPARE(minimize->score(c.predictions()), metrics::worst_value(metrics::Direction::minimize));
        QVERIFY(std::isinf(maximize->score(c.predictions())));
        QCOMPARE(minimize->score_counts(c.confusion()), metrics::worst_value(metrics::Direction::minimize));
    }
};

QTEST_GUILESS_MAIN(TestExpressionMetric)
#include "test_expression_metric.moc"

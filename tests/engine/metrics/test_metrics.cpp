// Built-in metrics against scikit-learn's values on fixed vectors (tests/data/metrics/reference.json, written by
// make_reference.py beside it), plus task checks and input validation.
#include "engine/core/error.h"
#include "engine/metrics/metric.h"

#include <QtTest/QtTest>
#include <cmath>
#include <fstream>
#include <nlohmann/json.hpp>

using namespace tern;

namespace {

const nlohmann::json& reference()
{
    static const nlohmann::json j = [] {
        std::ifstream in(TERN_TEST_DATA "/metrics/reference.json");
        if (!in)
            qFatal("cannot open reference.json");
        return nlohmann::json::parse(in);
    }();
    return j;
}

// Owns the vectors a metrics::Predictions points at.
struct Case {
    Task task = Task::binary;
    int n_classes = 2;
    std::vector<float> truth, predicted;
    Matrix probabilities;

    explicit Case(const nlohmann::json& c)
    {
        task = *task_from_string(c.at("task").get<std::string>());
        n_classes = c.value("n_classes", 0);
        for (double v : c.at("truth"))
            truth.push_back(float(v));
        for (double v : c.at("predicted"))
            predicted.push_back(float(v));
        if (c.contains("probabilities")) {
            probabilities = Matrix(truth.size(), std::size_t(n_classes));
            for (std::size_t i = 0; i < truth.size(); ++i)
                for (std::size_t k = 0; k < std::size_t(n_classes); ++k)
                    probabilities(i, k) = float(c["probabilities"][i][k].get<double>());
        }
    }

    metrics::Predictions predictions() const
    {
        return {task, n_classes, truth, predicted, probabilities.empty() ? nullptr : &probabilities};
    }
};

metrics::Confusion confusion_of(const Case& c)
{
    const auto k = std::size_t(std::max(c.n_classes, 1));
    metrics::Confusion counts{k, std::vector<double>(k * k, 0.0)};
    if (is_classification(c.task))
        for (std::size_t i = 0; i < c.truth.size(); ++i)
            counts.counts[std::size_t(c.truth[i]) * k + std::size_t(c.predicted[i])] += 1;
    return counts;
}

const nlohmann::json& find_case(const QString& name)
{
    for (const auto& c : reference().at("cases"))
        if (c.at("name").get<std::string>() == name.toStdString())
            return c;
    throw std::runtime_error("no reference case named " + name.toStdString());
}

} // namespace

class TestMetrics : public QObject {
    Q_OBJECT

  private slots:
    void matches_sklearn_data()
    {
        QTest::addColumn<QString>("case_name");
        QTest::addColumn<QString>("metric");
        QTest::addColumn<double>("expected");
        for (const auto& c : reference().at("cases"))
            for (const auto& [metric, value] : c.at("expected").items()) {
                const std::string row = c.at("name").get<std::string>() + "/" + metric;
                QTest::newRow(row.c_str())
                    << QString::fromStdString(c.at("name")) << QString::fromStdString(metric) << value.get<double>();
            }
    }

    void matches_sklearn()
    {
        QFETCH(QString, case_name);
        QFETCH(QString, metric);
        QFETCH(double, expected);
        const Case c(find_case(case_name));
        const auto m = metrics::make_metric(metric.toStdString(), c.task);
        const double got = m->score(c.predictions());
        // Label metrics are exact counts; log_loss sees float32 probabilities renormalised in another order.
        const double tolerance = metric == "log_loss" ? 1e-5 : 1e-9;
        QVERIFY2(std::fabs(got - expected) <= tolerance * std::max(1.0, std::fabs(expected)),
                 qPrintable(QString("%1 = %2, sklearn %3").arg(metric).arg(got, 0, 'g', 12).arg(expected, 0, 'g', 12)));
        // A metric of predicted classes scores their confusion counts as it scores the rows; the others read more.
        const auto from_counts = m->score_counts(confusion_of(c));
        QCOMPARE(from_counts.has_value(), is_classification(c.task) && !m->needs_probabilities());
        if (from_counts)
            QCOMPARE(*from_counts, got);
    }

    void directions()
    {
        for (const char* name : {"log_loss", "rmse", "mae"}) {
            const Task task = std::string(name) == "log_loss" ? Task::binary : Task::regression;
            QCOMPARE(metrics::make_metric(name, task)->direction(), metrics::Direction::minimize);
        }
        for (const char* name : {"accuracy", "balanced_accuracy", "f1_macro", "roc_auc", "mcc"})
            QCOMPARE(metrics::make_metric(name, Task::multiclass)->direction(), metrics::Direction::maximize);
        QCOMPARE(metrics::make_metric("r2", Task::regression)->direction(), metrics::Direction::maximize);
        // By name alone, as the leaderboard and the JSON need it, in agreement with the metrics themselves.
        QCOMPARE(metrics::builtin_direction("rmse"), std::optional(metrics::Direction::minimize));
        QCOMPARE(metrics::builtin_direction("log_loss"), std::optional(metrics::Direction::minimize));
        QCOMPARE(metrics::builtin_direction("balanced_accuracy"), std::optional(metrics::Direction::maximize));
        QVERIFY(!metrics::builtin_direction("custom"));
        QVERIFY(metrics::is_better(metrics::Direction::minimize, 0.1, 0.2));
        QVERIFY(metrics::is_better(metrics::Direction::maximize, 0.0, std::nan("")));
        QVERIFY(!metrics::is_better(metrics::Direction::maximize, std::nan(""), -1e9));
    }

    // A score moved by a change measured elsewhere stays within what the metric can be; a user's expression is
    // left as it is.
    void ranges()
    {
        QCOMPARE(metrics::clamp_to_range("balanced_accuracy", 1.0133), 1.0);
        QCOMPARE(metrics::clamp_to_range("mcc", -1.2), -1.0);
        QCOMPARE(metrics::clamp_to_range("r2", 1.01), 1.0);
        QCOMPARE(metrics::clamp_to_range("r2", -7.5), -7.5);
        QCOMPARE(metrics::clamp_to_range("rmse", -0.1), 0.0);
        QCOMPARE(metrics::clamp_to_range("rmse", 12.0), 12.0);
        QCOMPARE(metrics::clamp_to_range("custom", 3.5), 3.5);
    }

    void names_and_defaults()
    {
        QCOMPARE(metrics::default_metric(Task::binary), std::string("balanced_accuracy"));
        QCOMPARE(metrics::default_metric(Task::regression), std::string("r2"));
        QCOMPARE(metrics::metric_names(Task::multiclass).size(), std::size_t(6));
        QCOMPARE(metrics::metric_names(Task::regression).size(), std::size_t(3));
    }

    void misfit_metrics_are_input_errors_data()
    {
        QTest::addColumn<QString>("metric");
        QTest::addColumn<int>("task");
        QTest::newRow("r2 on binary") << "r2" << int(Task::binary);
        QTest::newRow("rmse on multiclass") << "rmse" << int(Task::multiclass);
        QTest::newRow("roc_auc on regression") << "roc_auc" << int(Task::regression);
        QTest::newRow("accuracy on regression") << "accuracy" << int(Task::regression);
        QTest::newRow("unknown name") << "precision_at_k" << int(Task::binary);
    }

    void misfit_metrics_are_input_errors()
    {
        QFETCH(QString, metric);
        QFETCH(int, task);
        QVERIFY_THROWS_EXCEPTION(InputError, metrics::make_metric(metric.toStdString(), Task(task)));
    }

    void bad_inputs_are_input_errors()
    {
        const Case c(find_case("multiclass_3"));
        auto accuracy = metrics::make_metric("accuracy", Task::multiclass);
        auto auc = metrics::make_metric("roc_auc", Task::multiclass);

        metrics::Predictions p = c.predictions();
        p.predicted = p.predicted.subspan(1);
        QVERIFY_THROWS_EXCEPTION(InputError, accuracy->score(p)); // length mismatch

        std::vector<float> wrong = c.predicted;
        wrong[3] = 7.0f;
        p = c.predictions();
        p.predicted = wrong;
        QVERIFY_THROWS_EXCEPTION(InputError, accuracy->score(p)); // class out of range

        p = c.predictions();
        p.probabilities = nullptr;
        QVERIFY_THROWS_EXCEPTION(InputError, auc->score(p)); // needs probabilities

        p = c.predictions();
        p.truth = {};
        QVERIFY_THROWS_EXCEPTION(InputError, accuracy->score(p)); // nothing to score

        p = c.predictions();
        p.task = Task::regression;
        QVERIFY_THROWS_EXCEPTION(InputError, accuracy->score(p)); // made for another task
    }

    void roc_auc_undefined_with_one_class()
    {
        std::vector<float> truth{1, 1, 1}, predicted{1, 0, 1};
        Matrix proba(3, 2, 0.5f);
        const metrics::Predictions p{Task::binary, 2, truth, predicted, &proba};
        QVERIFY(std::isnan(metrics::make_metric("roc_auc", Task::binary)->score(p)));
    }
};

QTEST_GUILESS_MAIN(TestMetrics)
#include "test_metrics.moc"

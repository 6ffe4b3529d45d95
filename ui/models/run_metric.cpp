#include "ui/models/run_metric.h"

#include "engine/metrics/metric.h"

#include <QCoreApplication>
#include <utility>

namespace tern::ui {

bool metricMaximizes(const store::RunRecord& run)
{
    if (run.metric == "custom" || !run.metric_expr.empty())
        return run.spec.value("metric_direction", std::string("max")) != "min";
    // An unknown name (a newer build's metric): the common case.
    return metrics::builtin_direction(run.metric) != metrics::Direction::minimize;
}

QString metricLabel(const std::string& name)
{
    static const std::pair<const char*, const char*> labels[] = {
        {"accuracy", QT_TRANSLATE_NOOP("tern::ui::Metric", "Accuracy")},
        {"balanced_accuracy", QT_TRANSLATE_NOOP("tern::ui::Metric", "Balanced accuracy")},
        {"f1_macro", QT_TRANSLATE_NOOP("tern::ui::Metric", "F1 (macro)")},
        {"roc_auc", QT_TRANSLATE_NOOP("tern::ui::Metric", "ROC AUC")},
        {"log_loss", QT_TRANSLATE_NOOP("tern::ui::Metric", "Log loss")},
        {"mcc", QT_TRANSLATE_NOOP("tern::ui::Metric", "MCC")},
        {"r2", QT_TRANSLATE_NOOP("tern::ui::Metric", "R²")},
        {"rmse", QT_TRANSLATE_NOOP("tern::ui::Metric", "RMSE")},
        {"mae", QT_TRANSLATE_NOOP("tern::ui::Metric", "MAE")},
    };
    for (const auto& [code, label] : labels)
        if (name == code)
            return QCoreApplication::translate("tern::ui::Metric", label);
    return QString::fromStdString(name);
}

} // namespace tern::ui

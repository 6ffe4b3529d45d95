#include "ui/models/candidate_details_text.h"

#include "engine/search/decision_threshold.h"
#include "ui/engine_text.h"
#include "ui/models/family_labels.h"
#include "ui/models/run_metric.h"
#include "ui/models/status_labels.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>
#include <algorithm>
#include <cmath>

namespace tern::ui {

namespace {

// The context lupdate files these strings under, as the .ts files have them.
struct CandidateDetails {
    Q_DECLARE_TR_FUNCTIONS(tern::ui::CandidateDetails)
};

// Four significant digits: a learning rate of 0.028356690090183847 reads as 0.02836.
QString valueText(const nlohmann::json& v)
{
    if (v.is_number_integer())
        return QString::number(v.get<long long>());
    if (v.is_number_float())
        return QLocale().toString(v.get<double>(), 'g', 4);
    if (v.is_boolean())
        return v.get<bool>() ? CandidateDetails::tr("yes") : CandidateDetails::tr("no");
    if (v.is_string())
        return QString::fromStdString(v.get<std::string>());
    if (v.is_array()) {
        QStringList items;
        for (const auto& item : v)
            items << valueText(item);
        return items.join(QStringLiteral(", "));
    }
    return QString::fromStdString(v.dump());
}

} // namespace

QString candidateDetailsText(const search::CandidateResult& r, const std::function<QString(std::int64_t)>& familyOf)
{
    QStringList lines;
    lines << CandidateDetails::tr("Candidate #%1 — %2 (%3)")
                 .arg(r.id)
                 .arg(familyLabel(r.family), candidateStatusLabel(r.status));
    if (!r.error.empty())
        lines << CandidateDetails::tr("Error: %1").arg(engineText(r.error));
    // The spread is over the folds that have a score of their own (an undefined one is shown as such below).
    const auto scoredFolds =
        std::count_if(r.fold_scores.begin(), r.fold_scores.end(), [](double s) { return std::isfinite(s); });
    if (r.score)
        lines << (r.score_std && scoredFolds > 1
                      ? CandidateDetails::tr("Score: %1 ± %2 over %3 validation folds")
                            .arg(QLocale().toString(*r.score, 'f', 4), QLocale().toString(*r.score_std, 'f', 4))
                            .arg(scoredFolds)
                      : CandidateDetails::tr("Score: %1").arg(QLocale().toString(*r.score, 'f', 4)));

    // A binary model's classes read below or above one half (search/decision_threshold.h): a user comparing its
    // predictions with another tool's must know.
    if (const auto threshold = search::decision_threshold(r.params))
        lines << CandidateDetails::tr("Decision threshold: %1 (the second class is predicted where its probability "
                                      "exceeds it; tuned on out-of-fold predictions, where 0.5 scored lower)")
                     .arg(QLocale().toString(*threshold, 'g', 3));

    const bool ensemble = r.params.is_object() && r.params.contains("members") && r.params.contains("weights") &&
                          r.params["members"].is_array() && r.params["weights"].is_array() &&
                          r.params["members"].size() == r.params["weights"].size();
    if (ensemble) {
        lines << QString() << CandidateDetails::tr("Members (weight in the average of their predictions):");
        const auto& members = r.params["members"];
        const auto& weights = r.params["weights"];
        for (std::size_t i = 0; i < members.size(); ++i) {
            const std::int64_t id = members[i].get<std::int64_t>();
            lines << CandidateDetails::tr("  #%1 %2: %3 %")
                         .arg(id)
                         .arg(familyOf(id), QLocale().toString(100 * weights[i].get<double>(), 'f', 1));
        }
    } else if (r.params.is_object() && !r.params.empty()) {
        lines << QString() << CandidateDetails::tr("Parameters:");
        for (const auto& [name, value] : r.params.items())
            if (name != "decision_threshold")
                lines << QStringLiteral("  %1: %2").arg(QString::fromStdString(name), valueText(value));
    }

    if (!r.fold_scores.empty()) {
        QStringList folds;
        bool undefined = false;
        for (double s : r.fold_scores) {
            undefined = undefined || !std::isfinite(s);
            folds << (std::isfinite(s) ? QLocale().toString(s, 'f', 4) : QStringLiteral("—"));
        }
        lines << QString() << CandidateDetails::tr("Fold scores: %1").arg(folds.join(QStringLiteral(", ")));
        if (undefined)
            lines << CandidateDetails::tr("— : no score on that fold (it lacks a class, or the metric is undefined "
                                          "there); the score is read on the pooled out-of-fold rows.");
    }
    if (r.metrics.is_object() && !r.metrics.empty()) {
        lines << QString() << CandidateDetails::tr("Metrics over the pooled out-of-fold rows:");
        for (const auto& [name, value] : r.metrics.items()) // named as the leaderboard's columns name them
            lines << QStringLiteral("  %1: %2")
                         .arg(name == "custom" ? CandidateDetails::tr("custom metric") : metricLabel(name),
                              value.is_number() ? QLocale().toString(value.get<double>(), 'f', 4) : valueText(value));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace tern::ui

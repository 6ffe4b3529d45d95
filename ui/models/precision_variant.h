// One precision variant of a candidate (bf16, int8, ternary at a residual fraction) as the GUI shows it. The search
// keeps them in the candidate's details["variants"] (CONTRACT.md, `show`); the leaderboard's child rows, its plot
// and the Export page all read them through storedVariants(), which skips entries it cannot read instead of failing.
#pragma once

#include <QString>
#include <nlohmann/json.hpp>
#include <optional>
#include <string_view>
#include <vector>

namespace tern::ui {

struct PrecisionVariant {
    QString precision;                      // fp32 | bf16 | int8 | ternary
    std::optional<double> residualFraction; // ternary only
    // On the candidate's scale: its fp32 score plus the change this variant showed against fp32 on the held-out rows
    // both were scored on (heldOutScore against fp32OnThoseRows). A variant's own score on those rows does not
    // compare with the candidate's mean over folds: bf16 looked 0.4 points better than fp32 for that reason alone.
    std::optional<double> score, latencyUs, throughput;
    std::optional<qint64> sizeBytes, multiplies;
    std::optional<double> heldOutScore, fp32OnThoseRows;
};

// The variants listed in a candidate's details, in stored order; fp32 entries are left out (the candidate itself
// is the fp32 row) unless `withFp32`. With the candidate's score, each variant's score is put on its scale (above).
// `metric`: the run's; a built-in metric's range bounds the moved scores (metrics::clamp_to_range).
std::vector<PrecisionVariant> storedVariants(const nlohmann::json& details, bool withFp32 = false,
                                             std::optional<double> candidateScore = std::nullopt,
                                             std::string_view metric = {});

// `v` scored `heldOut` on rows where fp32 scored `fp32OnThoseRows`: its score on the scale of the candidate's
// `candidateScore` (unchanged when either is missing).
void placeOnCandidateScale(PrecisionVariant& v, std::optional<double> candidateScore,
                           std::optional<double> fp32OnThoseRows, std::string_view metric = {});

// "int8", "ternary (r = 0.5)": the precision with its residual fraction, for rows, legends and choosers.
QString variantLabel(const PrecisionVariant& variant);
QString variantLabel(const QString& precision, std::optional<double> residualFraction);

} // namespace tern::ui

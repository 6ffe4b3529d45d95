// One precision variant of a candidate (bf16, int8, ternary at a residual fraction) as the GUI shows it. The search
// keeps them in the candidate's details["variants"] (CONTRACT.md, `show`); the leaderboard's child rows, its plot
// and the Export page all read them through storedVariants(), which skips entries it cannot read instead of failing.
#pragma once

#include <QString>
#include <nlohmann/json.hpp>
#include <optional>
#include <vector>

namespace tern::ui {

struct PrecisionVariant {
    QString precision;                      // fp32 | bf16 | int8 | ternary
    std::optional<double> residualFraction; // ternary only
    std::optional<double> score, latencyUs, throughput;
    std::optional<qint64> sizeBytes, multiplies;
};

// The variants listed in a candidate's details, in stored order; fp32 entries are left out (the candidate itself
// is the fp32 row) unless `withFp32`.
std::vector<PrecisionVariant> storedVariants(const nlohmann::json& details, bool withFp32 = false);

// "int8", "ternary (r = 0.5)": the precision with its residual fraction, for rows, legends and choosers.
QString variantLabel(const PrecisionVariant& variant);
QString variantLabel(const QString& precision, std::optional<double> residualFraction);

} // namespace tern::ui

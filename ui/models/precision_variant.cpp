#include "ui/models/precision_variant.h"

#include "engine/search/variants.h"

#include <QLocale>
#include <QObject>

namespace tern::ui {

namespace {

std::optional<double> number(const nlohmann::json& j, const char* key)
{
    const auto it = j.find(key);
    if (it == j.end() || !it->is_number())
        return std::nullopt;
    return it->get<double>();
}

std::optional<qint64> integer(const nlohmann::json& j, const char* key)
{
    const auto v = number(j, key);
    return v ? std::optional<qint64>(static_cast<qint64>(*v)) : std::nullopt;
}

} // namespace

void placeOnCandidateScale(PrecisionVariant& v, std::optional<double> candidateScore,
                           std::optional<double> fp32OnThoseRows, std::string_view metric)
{
    v.heldOutScore = v.score;
    v.fp32OnThoseRows = fp32OnThoseRows;
    if (v.score && candidateScore && fp32OnThoseRows)
        v.score = search::on_candidate_scale(*candidateScore, *v.score, *fp32OnThoseRows, metric);
}

std::vector<PrecisionVariant> storedVariants(const nlohmann::json& details, bool withFp32,
                                             std::optional<double> candidateScore, std::string_view metric)
{
    std::vector<PrecisionVariant> out;
    if (!details.is_object())
        return out;
    const auto list = details.find("variants");
    if (list == details.end() || !list->is_array())
        return out;
    for (const auto& entry : *list) {
        if (!entry.is_object() || !entry.contains("precision") || !entry["precision"].is_string())
            continue;
        PrecisionVariant v;
        v.precision = QString::fromStdString(entry["precision"].get<std::string>());
        if (v.precision == QLatin1String("fp32") && !withFp32)
            continue;
        v.residualFraction = number(entry, "residual_fraction");
        v.score = number(entry, "score");
        v.latencyUs = number(entry, "latency_us_p50");
        v.throughput = number(entry, "throughput_rows_s");
        v.sizeBytes = integer(entry, "size_bytes");
        v.multiplies = integer(entry, "multiplies");
        const auto basis = details.find("variants_basis");
        placeOnCandidateScale(v, candidateScore,
                              basis != details.end() ? number(*basis, "fp32_score") : std::optional<double>(), metric);
        out.push_back(std::move(v));
    }
    return out;
}

QString variantLabel(const QString& precision, std::optional<double> residualFraction)
{
    if (!residualFraction)
        return precision;
    //: A ternary variant keeping fraction r of its residual blocks, e.g. "ternary (r = 0.5)".
    return QObject::tr("%1 (r = %2)").arg(precision, QLocale().toString(*residualFraction, 'g', 3));
}

QString variantLabel(const PrecisionVariant& variant)
{
    return variantLabel(variant.precision, variant.residualFraction);
}

} // namespace tern::ui

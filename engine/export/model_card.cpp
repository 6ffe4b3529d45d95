#include "engine/export/model_card.h"

#include "engine/core/library_versions.h"
#include "engine/search/variants.h"
#include "engine/store/store.h"

#include <cmath>
#include <fmt/format.h>

namespace tern::exporting {

std::optional<double> variant_score(const store::CandidateRecord& candidate, const ExportOptions& options,
                                    std::string_view metric)
{
    const auto& details = candidate.details;
    if (!details.is_object() || !details.contains("variants") || !details["variants"].is_array())
        return std::nullopt;
    const std::string precision = quant::to_string(options.precision);
    for (const auto& v : details["variants"]) {
        if (!v.is_object() || v.value("precision", std::string()) != precision || !v.contains("score") ||
            !v["score"].is_number())
            continue;
        if (options.precision == quant::Precision::ternary) {
            const double f = v.contains("residual_fraction") && v["residual_fraction"].is_number()
                                 ? v["residual_fraction"].get<double>()
                                 : 1.0;
            if (std::abs(f - options.residual_fraction) > 1e-9)
                continue;
        }
        const double score = v["score"].get<double>();
        const auto basis = details.find("variants_basis");
        if (candidate.score && basis != details.end() && basis->is_object() && basis->contains("fp32_score") &&
            (*basis)["fp32_score"].is_number())
            return search::on_candidate_scale(*candidate.score, score, (*basis)["fp32_score"].get<double>(), metric);
        return score;
    }
    return std::nullopt;
}

nlohmann::json model_card(const CardFacts& f)
{
    const ExportSource& src = *f.source;
    const PackagedModel& model = *f.model;
    nlohmann::json inputs = nlohmann::json::array();
    for (const auto& c : model.inputs) {
        inputs.push_back({{"name", c.name}, {"type", c.type}});
        if (c.type == "date") {
            inputs.back()["format"] = c.date_format; // how the training file wrote them (tern-cli predict reads so)
            inputs.back()["onnx_value"] = "float32 days since 1970-01-01 (the time of day as a fraction), rounded "
                                          "down when rounding to nearest would reach the next day";
        }
    }
    nlohmann::json members = nlohmann::json::array();
    // Each member's own precision: a quantised ensemble keeps its trees, SVM or k-NN in fp32.
    for (const auto& m : model.members)
        members.push_back({{"candidate_id", m.candidate},
                           {"family", m.fitted.family},
                           {"weight", m.weight},
                           {"precision", m.fitted.model->params().value("precision", std::string("fp32"))}});
    auto optional = [](const std::optional<double>& v) { return v ? nlohmann::json(*v) : nlohmann::json(); };

    nlohmann::json card = {
        {"format", "tern-model-card"},
        {"format_version", 1},
        {"task", std::string(to_string(model.task))},
        {"target", model.target},
        {"classes", model.class_names},
        {"inputs", inputs},
        {"family", src.candidate.family},
        {"params", src.candidate.params},
        {"members", members},
        {"precision", quant::to_string(f.options.precision)},
        {"metrics",
         {{"metric", src.run.metric},
          {"cv_score", optional(src.candidate.score)},
          {"cv_score_std", optional(src.candidate.score_std)},
          {"test_score", optional(f.test_score)},
          {"score", optional(f.score)},
          {"score_source", f.score_source}}},
        {"trained_on", f.fold_model.empty() ? std::string("all training rows") : f.fold_model},
        {"latency_us_p50", optional(f.latency_us_p50)},
        {"latency_note", "one row, preprocessing included, one thread, measured on this export"},
        {"size_bytes", {{"model.tern", f.tern_bytes}, {"model.onnx", f.onnx_bytes}}},
        {"run",
         {{"run_id", src.run.id},
          {"candidate_id", src.candidate.ordinal},
          {"dataset", src.run.dataset_path},
          {"dataset_hash", f.dataset_hash},
          {"seed", src.run.seed}}},
        {"versions", tern::to_json(tern::runtime_info())},
        {"tern_version", TERN_VERSION},
        {"created_at", store::now_utc_iso8601()},
    };
    if (!model.image_input.empty())
        card["image_input"] = model.image_input; // the inputs are pixels: tern-cli predict reads images for them
    if (f.options.precision == quant::Precision::ternary)
        card["residual_fraction"] = f.options.residual_fraction;
    if (!src.run.metric_expr.empty())
        card["metrics"]["metric_expr"] = src.run.metric_expr;
    if (model.decision_threshold)
        card["decision_threshold"] = {
            {"value", *model.decision_threshold},
            {"rule", fmt::format("'{}' is predicted where p({}) / (p({}) + p({})) exceeds the value, tuned on the "
                                 "search's out-of-fold predictions for the run's metric",
                                 model.class_names[1], model.class_names[1], model.class_names[0],
                                 model.class_names[1])}};
    return card;
}

} // namespace tern::exporting

// ExportedModel (package.h): an export folder's model.tern loaded for prediction, with its model card.
#include "engine/core/error.h"
#include "engine/export/package.h"
#include "engine/export/package_format.h"
#include "engine/export/package_predict.h"
#include "engine/prep/unfamiliar_inputs.h"

#include <fmt/format.h>
#include <fstream>
#include <numeric>

namespace tern::exporting {

namespace {

nlohmann::json read_card(const std::filesystem::path& path)
{
    std::ifstream in(path);
    if (!in)
        throw InputError(fmt::format("{}: cannot read the model card", path.string()));
    try {
        return nlohmann::json::parse(in);
    } catch (const nlohmann::json::exception&) {
        throw InputError(fmt::format("{}: not valid JSON", path.string()));
    }
}

} // namespace

ExportedModel ExportedModel::load(const std::filesystem::path& dir_or_model_tern)
{
    std::error_code ec;
    const bool dir = std::filesystem::is_directory(dir_or_model_tern, ec);
    const auto file = dir ? dir_or_model_tern / "model.tern" : dir_or_model_tern;
    if (!std::filesystem::exists(dir_or_model_tern, ec))
        throw InputError(fmt::format("{}: no such export folder or model.tern", dir_or_model_tern.string()));
    if (dir && !std::filesystem::exists(file, ec))
        throw InputError(
            fmt::format("{}: no model.tern in this folder (not a Tern export)", dir_or_model_tern.string()));
    ExportedModel out;
    out.m_model = std::make_shared<const PackagedModel>(read_package_file(file));
    const auto card = file.parent_path() / "model_card.json";
    if (std::filesystem::exists(card, ec)) {
        out.m_card = read_card(card);
    } else {
        const auto& m = *out.m_model;
        out.m_card = {{"task", std::string(to_string(m.task))},
                      {"classes", m.class_names},
                      {"precision", quant::to_string(m.precision)},
                      {"target", m.target},
                      {"info", m.info}};
    }
    return out;
}

Task ExportedModel::task() const
{
    return m_model->task;
}
const std::vector<std::string>& ExportedModel::class_names() const
{
    return m_model->class_names;
}
quant::Precision ExportedModel::precision() const
{
    return m_model->precision;
}
const nlohmann::json& ExportedModel::card() const
{
    return m_card;
}

bool ExportedModel::reads_images() const
{
    return !m_model->image_input.empty();
}

data::ReadOptions ExportedModel::read_options() const
{
    data::ReadOptions options;
    for (const auto& member : m_model->members) {
        for (const auto& step : member.fitted.pipeline.steps().numeric) {
            options.lenient_number_columns.insert(step.column);
            if (step.date)
                options.date_formats.emplace(step.column, step.date_format);
            else if (step.thousands_dots)
                options.thousands_dot_columns.insert(step.column);
            else if (step.decimal_commas)
                options.decimal_comma_columns.insert(step.column);
        }
        for (const auto& step : member.fitted.pipeline.steps().categorical)
            options.string_columns.insert(step.column);
    }
    // A classification target's words are classes, never stray words among numbers.
    if (is_classification(task()))
        if (const std::string target = card().value("target", std::string()); !target.empty())
            options.strict_columns.insert(target);
    return options;
}

Predictions ExportedModel::predict(const data::Table& table, const JobControl& job) const
{
    check_input_columns(*m_model, table, "");
    std::vector<std::size_t> rows(table.rows());
    std::iota(rows.begin(), rows.end(), std::size_t{0});
    auto block = predict_package(*m_model, table, rows, job);
    Predictions out;
    if (!is_classification(m_model->task)) {
        out.values = std::move(block.values);
        return out;
    }
    for (std::size_t i = 0; i < rows.size(); ++i)
        out.labels.push_back(m_model->class_names.at(block.predicted_class(i)));
    out.probabilities = Matrix(rows.size(), block.width, std::move(block.values));
    return out;
}

std::vector<std::string> ExportedModel::unfamiliar_inputs(const data::Table& table) const
{
    std::vector<const prep::Pipeline*> pipelines;
    for (const auto& member : m_model->members)
        pipelines.push_back(&member.fitted.pipeline);
    return prep::unfamiliar_inputs(pipelines, table);
}

} // namespace tern::exporting

// tern-cli predict: an exported model (a folder from `tern-cli export`, or its model.tern) applied to a table with
// the same columns, or for a model of images to an image file or a folder of images; CSV (file for images,
// prediction, p_<class>...) or JSON on stdout.
#include "app/cli/commands.h"
#include "engine/core/error.h"
#include "engine/export/package.h"
#include "engine/export/prediction_input.h"

#include <cstdlib>
#include <fmt/format.h>
#include <iostream>
#include <span>
#include <string>
#include <vector>

namespace tern::cli {

namespace {

struct PredictOptions {
    std::string model, data;
    bool json = false;
};

// RFC 4180: quote a field holding a delimiter, quote or line break.
std::string csv_field(const std::string& s)
{
    if (s.find_first_of(",\"\r\n") == std::string::npos)
        return s;
    std::string out = "\"";
    for (char c : s)
        out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

// A float as the double its shortest decimal form names (0.9945321, not 0.99453210830688477): the JSON reads as
// the float it is.
double tidy(float v)
{
    return std::strtod(fmt::format("{}", v).c_str(), nullptr);
}

std::vector<double> tidy(std::span<const float> values)
{
    std::vector<double> out;
    out.reserve(values.size());
    for (float v : values)
        out.push_back(tidy(v));
    return out;
}

// " (13 left out: 2 without a target, 11 of a class the model does not know: rose)", or nothing.
std::string left_out_text(const exporting::FileScore& score)
{
    if (score.left_out() == 0)
        return {};
    std::vector<std::string> why;
    if (score.missing)
        why.push_back(fmt::format("{} without a target", score.missing));
    if (score.unknown)
        why.push_back(fmt::format("{} of a class the model does not know: {}", score.unknown,
                                  exporting::first_names(score.unknown_classes)));
    return fmt::format(" ({} left out: {})", score.left_out(), fmt::join(why, ", "));
}

void run_predict(const PredictOptions& o)
{
    const auto model = exporting::ExportedModel::load(o.model);
    const exporting::FilePredictions predicted = exporting::predict_file(model, o.data);
    const data::Table& table = predicted.input.table;
    const std::vector<std::string>& files = predicted.input.files;
    const std::vector<std::string>& unfamiliar = predicted.unfamiliar;
    const exporting::Predictions& p = predicted.predictions;
    const std::optional<exporting::FileScore>& score = predicted.score;
    // Warnings only once the rows are predicted: refused input is one line, its error.
    for (const auto& file : predicted.input.left_out)
        std::cerr << fmt::format("warning: {}: {} (left out)\n", file.path, file.reason.text());
    for (const auto& note : unfamiliar)
        std::cerr << "warning: " << note << '\n';
    const auto& classes = model.class_names();
    const std::size_t rows = table.rows();
    if (o.json) {
        nlohmann::json j = {{"rows", rows}};
        if (!files.empty())
            j["files"] = files;
        if (!unfamiliar.empty())
            j["warnings"] = unfamiliar;
        if (score) {
            j["score"] = {{"metric", score->metric},
                          {"value", score->value ? nlohmann::json(*score->value) : nlohmann::json()},
                          {"rows", score->rows},
                          {"rows_left_out", score->left_out()},
                          {"rows_without_target", score->missing},
                          {"rows_of_unknown_class", score->unknown}};
            if (!score->unknown_classes.empty())
                j["score"]["unknown_classes"] = score->unknown_classes;
            if (!score->note.empty())
                j["score"]["note"] = score->note;
        }
        if (classes.empty()) {
            j["predictions"] = tidy(p.values);
        } else {
            j["predictions"] = p.labels;
            j["classes"] = classes;
            nlohmann::json probabilities = nlohmann::json::array();
            for (std::size_t r = 0; r < rows; ++r) {
                probabilities.push_back(tidy(p.probabilities.row(r)));
            }
            j["probabilities"] = std::move(probabilities);
        }
        print_json(j);
        return;
    }
    std::string out = files.empty() ? "prediction" : "file,prediction";
    for (const auto& c : classes)
        out += "," + csv_field("p_" + c);
    out += '\n';
    for (std::size_t r = 0; r < rows; ++r) {
        if (!files.empty())
            out += csv_field(files[r]) + ",";
        if (classes.empty()) {
            out += fmt::format("{}\n", p.values[r]);
            continue;
        }
        out += csv_field(p.labels[r]);
        for (float v : p.probabilities.row(r))
            out += fmt::format(",{}", v);
        out += '\n';
    }
    std::cout << out;
    // The file held the target: how the model did on it, beside the predictions (stdout stays the CSV).
    if (score && score->value)
        std::cerr << fmt::format("score: {} {:.4f} on the {} row(s) with a known target{}\n", score->metric,
                                 *score->value, score->rows, left_out_text(*score));
    else if (score)
        std::cerr << fmt::format("score: none, {}\n", score->note);
}

} // namespace

void add_predict_command(CLI::App& app)
{
    auto o = std::make_shared<PredictOptions>();
    auto* cmd = app.add_subcommand("predict", "Predictions of an exported model on a table with the same columns, or "
                                              "on images for a model of images");
    cmd->add_option("model_dir", o->model, "Export folder (or its model.tern)")->required();
    cmd->add_option("data", o->data,
                    "Table file (CSV, TSV, ARFF; the target column may be absent), or for a model of images an image "
                    "file or folder")
        ->required();
    cmd->add_flag("--json", o->json, "Print JSON");
    cmd->callback([o] { run_predict(*o); });
}

} // namespace tern::cli

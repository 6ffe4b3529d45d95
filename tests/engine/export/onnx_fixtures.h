// Shared by the ONNX export tests: fit a real candidate on a small table from tests/data/export, build its export
// request, and (for the *_ort tests) run a model in ONNX Runtime through node + onnxruntime-node (ort_run.js).
#pragma once

#include "engine/data/calendar.h"
#include "engine/data/readers.h"
#include "engine/export/onnx_export.h"
#include "engine/search/fitted.h"
#include "engine/search/target.h"

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <sstream>
#include <string>

namespace onnx_test {

using namespace tern;

struct Case {
    data::Table train, test;
    search::TargetData target;
    std::string target_column;
    std::vector<std::unique_ptr<search::FittedCandidate>> fitted;
    std::optional<float> threshold;  // a binary model's decision threshold

    exporting::OnnxRequest request(std::vector<double> weights = {1.0}) const
    {
        exporting::OnnxRequest r;
        r.task = target.task;
        r.class_names = target.class_names;
        r.threshold = threshold;
        for (std::size_t i = 0; i < fitted.size(); ++i)
            r.members.push_back({fitted[i].get(), weights.at(i)});
        return r;
    }
};

inline std::string data_path(const std::string& file)
{
    return std::string(TERN_TEST_DATA) + "/export/" + file;
}

// dataset: "penguins" (multiclass), "titanic" (binary), "airquality" (regression) -> <name>.{train,test}.csv.
inline Case load_case(const std::string& dataset, const std::string& target)
{
    Case c;
    c.train = data::read_table(data_path(dataset + ".train.csv"));
    c.test = data::read_table(data_path(dataset + ".test.csv"));
    c.train.set_target(target);
    c.target_column = target;
    c.target = search::prepare_target(c.train, target, "auto");
    return c;
}

// The test table again with about one feature cell in `every` blanked (the target kept), so that imputation,
// indicators and the "missing"/"other" slots run on many rows, not only on the few the shared splits lack.
inline void punch_holes(Case& c, const std::string& dataset, int every)
{
    std::ifstream in(data_path(dataset + ".test.csv"));
    std::string line, out;
    std::getline(in, line);
    out += line + "\n";
    std::vector<std::string> header;
    std::stringstream names(line);
    for (std::string name; std::getline(names, name, ',');)
        header.push_back(name);
    for (std::size_t row = 0; std::getline(in, line); ++row) {
        std::stringstream cells(line);
        std::size_t col = 0;
        for (std::string cell; std::getline(cells, cell, ','); ++col) {
            const bool blank = header.at(col) != c.target_column && (row * 7 + col * 3) % std::size_t(every) == 0;
            if (col > 0)
                out += ',';
            if (!blank)
                out += cell;
        }
        for (; col < header.size(); ++col) // a trailing empty cell
            out += ",";
        out += "\n";
    }
    const auto path =
        std::filesystem::temp_directory_path() / (dataset + "-holes-" + std::to_string(::getpid()) + ".csv");
    std::ofstream(path) << out;
    c.test = data::read_table(path.string());
    std::filesystem::remove(path);
}

// penguins with `island` recoded as an ARFF nominal attribute of numbers {1,2,3} (Biscoe, Dream, Torgersen): a
// categorical column whose values are numeric codes, which the export takes as a float input.
inline std::string penguins_arff(const std::string& split)
{
    std::ifstream in(data_path("penguins." + split + ".csv"));
    std::string line;
    std::getline(in, line);
    std::string out = "@relation penguins\n@attribute species {Adelie,Chinstrap,Gentoo}\n@attribute island {1,2,3}\n";
    for (const char* numeric : {"bill_length_mm", "bill_depth_mm", "flipper_length_mm", "body_mass_g"})
        out += std::string("@attribute ") + numeric + " numeric\n";
    out += "@attribute sex {female,male}\n@data\n";
    const std::map<std::string, std::string> island{{"Biscoe", "1"}, {"Dream", "2"}, {"Torgersen", "3"}};
    while (std::getline(in, line)) {
        std::vector<std::string> cells;
        std::stringstream ss(line);
        for (std::string cell; std::getline(ss, cell, ',');)
            cells.push_back(cell);
        cells.resize(7);
        cells[1] = island.at(cells[1]);
        for (std::size_t i = 0; i < cells.size(); ++i) {
            if (i > 0)
                out += ',';
            out += cells[i].empty() ? std::string("?") : cells[i];
        }
        out += "\n";
    }
    const auto path =
        std::filesystem::temp_directory_path() / ("penguins-" + split + "-" + std::to_string(::getpid()) + ".arff");
    std::ofstream(path) << out;
    return path.string();
}

inline Case load_arff_case()
{
    Case c;
    const std::string train = penguins_arff("train"), test = penguins_arff("test");
    c.train = data::read_table(train);
    c.test = data::read_table(test);
    std::filesystem::remove(train);
    std::filesystem::remove(test);
    c.train.set_target("species");
    c.target_column = "species";
    c.target = search::prepare_target(c.train, "species", "auto");
    return c;
}

// Sales by day from 1965 to 2040 (before 1970 too), some days missing: the target follows the weekday and month, so
// the calendar parts matter. Read through the CSV reader like a user's file.
inline Case load_dates_case()
{
    std::string train = "day,store,sales\n", test = train;
    const char* stores[] = {"north", "south"};
    for (int i = 0; i < 600; ++i) {
        const long day = -1800 + long(i) * 42 + (i * 7919) % 41; // spread over the years, every weekday
        const int weekday = int(((day + 3) % 7 + 7) % 7);
        const std::string date = i % 23 == 5 ? "" : data::format_date(double(day)) + (i % 3 ? "" : " 18:30");
        const double sales = 10.0 * (weekday >= 5) + double(i % 12) + (i % 2) * 3.0;
        (i % 4 == 0 ? test : train) += date + "," + stores[i % 2] + "," + std::to_string(sales) + "\n";
    }
    const auto read = [](const std::string& split, const std::string& text) {
        const auto path =
            std::filesystem::temp_directory_path() / ("sales-" + split + "-" + std::to_string(::getpid()) + ".csv");
        std::ofstream(path) << text;
        data::Table t = data::read_table(path.string());
        std::filesystem::remove(path);
        return t;
    };
    Case c;
    c.train = read("train", train);
    c.test = read("test", test);
    c.train.set_target("sales");
    c.target_column = "sales";
    c.target = search::prepare_target(c.train, "sales", "auto");
    return c;
}

inline std::size_t missing_cells(const data::Table& t)
{
    std::size_t n = 0;
    for (const auto& col : t.columns())
        n += col.missing_count();
    return n;
}

inline void add_member(Case& c, const std::string& family, nlohmann::json params, prep::PipelineConfig pipeline = {})
{
    search::CandidateConfig config;
    config.family = family;
    config.params = std::move(params);
    pipeline.task = c.target.task;
    config.pipeline = pipeline;
    search::FitRequest request;
    request.task = c.target.task;
    request.n_classes = c.target.n_classes();
    request.seed = 7;
    c.fitted.push_back(std::make_unique<search::FittedCandidate>(
        search::fit_candidate(c.train, c.target.rows, c.target.y, config, request)));
}

// Tern's own predictions on the test table: probabilities (row-major) or values, blended like the ensemble.
inline std::vector<float> tern_predictions(const Case& c, const std::vector<double>& weights, std::size_t& width)
{
    std::vector<std::size_t> rows(c.test.rows());
    for (std::size_t i = 0; i < rows.size(); ++i)
        rows[i] = i;
    std::vector<double> acc;
    for (std::size_t m = 0; m < c.fitted.size(); ++m) {
        const auto block = search::predict_block(*c.fitted[m], c.test, rows, c.target.task);
        width = block.width;
        acc.resize(block.values.size(), 0.0);
        for (std::size_t i = 0; i < acc.size(); ++i)
            acc[i] += weights[m] * block.values[i];
    }
    return {acc.begin(), acc.end()};
}

// ---- ONNX Runtime through node ----

inline std::string ort_node_package()
{
    const char* env = std::getenv("TERN_ORT_NODE");
    return env ? env : "";
}

inline bool have_node()
{
    return std::system("node --version > /dev/null 2>&1") == 0;
}

// Feeds in the form ort_run.js reads: numeric columns (and categorical ones whose levels are all numbers) float32
// [N,1] (null = missing), others strings [N,1] (missing = ""), as ../shared/checks/export_check.py feeds them.
inline nlohmann::json feeds_of(const data::Table& t, const std::string& target)
{
    nlohmann::json feeds = nlohmann::json::object();
    for (const auto& col : t.columns()) {
        if (col.name() == target)
            continue;
        nlohmann::json f;
        f["dims"] = {t.rows(), 1};
        nlohmann::json values = nlohmann::json::array();
        bool numeric_levels = col.type() == data::ColumnType::categorical && !col.levels().empty();
        if (numeric_levels)
            for (const auto& level : col.levels())
                numeric_levels =
                    numeric_levels && !level.empty() && level.find_first_not_of("0123456789.-+eE") == std::string::npos;
        if (col.type() == data::ColumnType::numeric) {
            f["type"] = "float32";
            for (float v : col.numbers())
                values.push_back(std::isnan(v) ? nlohmann::json(nullptr) : nlohmann::json(v));
        } else if (numeric_levels) { // as a caller holding numbers would feed it
            f["type"] = "float32";
            for (std::size_t r = 0; r < t.rows(); ++r)
                values.push_back(col.is_missing(r)
                                     ? nlohmann::json(nullptr)
                                     : nlohmann::json(std::stod(col.levels()[std::size_t(col.codes()[r])])));
        } else {
            f["type"] = "string";
            for (std::size_t r = 0; r < t.rows(); ++r) {
                if (col.is_missing(r))
                    values.push_back("");
                else if (col.type() == data::ColumnType::categorical)
                    values.push_back(col.levels()[std::size_t(col.codes()[r])]);
                else
                    values.push_back(col.texts()[r]);
            }
        }
        f["data"] = std::move(values);
        feeds[col.name()] = std::move(f);
    }
    return feeds;
}

// Runs the model in ONNX Runtime; returns ort_run.js's JSON ({output: {dims, data}}). Throws on failure.
inline nlohmann::json run_ort(const std::string& model_bytes, const nlohmann::json& feeds)
{
    const auto dir = std::filesystem::temp_directory_path() / ("tern-onnx-test-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    std::ofstream(dir / "model.onnx", std::ios::binary) << model_bytes;
    std::ofstream(dir / "feeds.json") << feeds.dump();
    const std::string command = "ORT_NODE='" + ort_node_package() + "' node '" + data_path("ort_run.js") + "' '" +
                                (dir / "model.onnx").string() + "' '" + (dir / "feeds.json").string() + "' 2>&1";
    std::string out;
    if (FILE* p = popen(command.c_str(), "r")) {
        char buffer[65536];
        std::size_t n;
        while ((n = std::fread(buffer, 1, sizeof buffer, p)) > 0)
            out.append(buffer, n);
        if (pclose(p) != 0)
            throw std::runtime_error("ort_run.js failed: " + out.substr(0, 400));
    }
    std::filesystem::remove_all(dir);
    return nlohmann::json::parse(out);
}

} // namespace onnx_test

// Pipeline::save / load: "TERNPREP", a format version, the payload length and its CRC-32, then the fitted steps as
// CBOR (nlohmann) with float arrays as little-endian binary blobs. Load checks every size and index before the
// pipeline can be used, so a corrupt or hostile file is a clear InputError, never an out-of-bounds read.
#include "engine/core/crc32.h"
#include "engine/core/error.h"
#include "engine/data/calendar.h"
#include "engine/prep/state.h"

#include <array>
#include <bit>
#include <cmath>
#include <cstring>
#include <fmt/format.h>

namespace tern::prep {

namespace {

static_assert(std::endian::native == std::endian::little, "the byte format assumes a little-endian host");

constexpr char magic[8] = {'T', 'E', 'R', 'N', 'P', 'R', 'E', 'P'};
constexpr std::uint32_t format_version = 1;
constexpr std::size_t header_size = 8 + 4 + 8 + 4;
constexpr std::uint64_t max_payload = std::uint64_t(1) << 30;
constexpr std::size_t max_features = 10'000'000;

using json = nlohmann::json;

[[noreturn]] void corrupt(const std::string& what)
{
    throw InputError("preprocessing pipeline: corrupt or unsupported data: " + what);
}

json blob(std::span<const float> values)
{
    std::vector<std::uint8_t> bytes(values.size() * sizeof(float));
    if (!values.empty())
        std::memcpy(bytes.data(), values.data(), bytes.size());
    return json::binary(std::move(bytes));
}

std::vector<float> floats(const json& j, std::size_t expected, const char* what)
{
    if (!j.is_binary())
        corrupt(fmt::format("{} is not a float array", what));
    const auto& bytes = j.get_binary();
    if (bytes.size() != expected * sizeof(float))
        corrupt(fmt::format("{} holds {} bytes, expected {}", what, bytes.size(), expected * sizeof(float)));
    std::vector<float> out(expected);
    if (expected > 0)
        std::memcpy(out.data(), bytes.data(), bytes.size());
    return out;
}

void check_index(long long v, std::size_t bound, const char* what, bool allow_none = false)
{
    if ((allow_none && v == -1) || (v >= 0 && std::size_t(v) < bound))
        return;
    corrupt(fmt::format("{} {} out of range", what, v));
}

template <typename E> E enum_of(const json& j, std::optional<E> (*parse)(std::string_view), const char* what)
{
    const auto v = parse(j.get<std::string>());
    if (!v)
        corrupt(fmt::format("unknown {} {}", what, j.dump()));
    return *v;
}

json encode(const Pipeline::State& st)
{
    const FittedSteps& f = st.steps;
    json numeric = json::array();
    for (const NumericStep& s : f.numeric) {
        const std::array<float, 3> values{s.fill, s.train_min, s.train_max};
        numeric.push_back({{"column", s.column},
                           {"source", s.source_index},
                           {"imputation", to_string(s.imputation)},
                           {"values", blob(values)},
                           {"missing", s.missing_in_training},
                           {"feature", s.feature},
                           {"indicator", s.indicator}});
        if (s.date)
            numeric.back()["date"] = true;
        // Only what differs from ISO dates, so that a pipeline of ISO or four-digit numeric dates saves as before.
        if (s.date_format.order != data::DateOrder::year_first)
            numeric.back()["date_order"] = data::to_string(s.date_format.order);
        if (s.date_format.two_digit_year)
            numeric.back()["date_year_digits"] = 2;
        if (s.date_format.month_name)
            numeric.back()["date_month_name"] = true;
        if (s.date_format.separator && s.date_format.separator != '/')
            numeric.back()["date_separator"] = std::string(1, s.date_format.separator);
        if (s.thousands_dots)
            numeric.back()["thousands_dots"] = true;
        if (s.decimal_commas)
            numeric.back()["decimal_commas"] = true;
        if (s.calendar >= 0)
            numeric.back()["calendar"] = s.calendar;
        if (s.hour >= 0)
            numeric.back()["hour"] = s.hour;
    }
    json categorical = json::array();
    for (const CategoricalStep& s : f.categorical)
        categorical.push_back({{"column", s.column},
                               {"source", s.source_index},
                               {"text", s.text},
                               {"encoding", to_string(s.encoding)},
                               {"imputation", to_string(s.imputation)},
                               {"levels", s.levels},
                               {"counts", s.level_counts},
                               {"rare", s.rare_levels},
                               {"missing", s.missing_in_training},
                               {"other", s.has_other},
                               {"missing_level", s.has_missing_level},
                               {"width", s.width},
                               {"table", blob(s.table)},
                               {"first", s.first_feature},
                               {"indicator", s.indicator}});
    json set_aside = json::array();
    for (const SetAside& s : f.set_aside)
        set_aside.push_back({s.column, s.reason.text()});
    json j{{"config", st.config.to_json()},
           {"scaling", to_string(f.scaling)},
           {"center", blob(f.center)},
           {"scale", blob(f.scale)},
           {"feature_names", f.feature_names},
           {"set_aside", set_aside},
           {"numeric", numeric},
           {"categorical", categorical}};
    if (f.knn)
        j["knn"] = {{"k", f.knn->k},
                    {"center", blob(f.knn->center)},
                    {"scale", blob(f.knn->scale)},
                    {"rows", f.knn->donors.rows()},
                    {"donors", blob(f.knn->donors.values())}};
    if (f.iterative) {
        json steps = json::array();
        for (const RidgeStep& s : f.iterative->steps) {
            const std::array<float, 3> values{s.intercept, s.low, s.high};
            steps.push_back({{"target", s.target},
                             {"predictors", s.predictors},
                             {"weights", blob(s.weights)},
                             {"values", blob(values)}});
        }
        j["iterative"] = {{"initial", blob(f.iterative->initial)}, {"steps", steps}};
    }
    return j;
}

void decode(const json& j, Pipeline::State& st)
{
    FittedSteps& f = st.steps;
    st.config = PipelineConfig::from_json(j.at("config"));
    f.scaling = enum_of<Scaling>(j.at("scaling"), scaling_from_string, "scaling");
    f.feature_names = j.at("feature_names").get<std::vector<std::string>>();
    const std::size_t n = f.feature_names.size();
    if (n > max_features)
        corrupt("too many features");
    f.center = floats(j.at("center"), n, "center");
    f.scale = floats(j.at("scale"), n, "scale");
    for (float s : f.scale)
        if (!std::isfinite(s) || s == 0.0f)
            corrupt("a scale is zero or not finite");
    for (const json& s : j.at("set_aside"))
        f.set_aside.push_back({s.at(0).get<std::string>(), Message::verbatim(s.at(1).get<std::string>())});
    for (const json& s : j.at("numeric")) {
        NumericStep n_step;
        n_step.column = s.at("column").get<std::string>();
        n_step.source_index = s.at("source").get<std::size_t>();
        n_step.date = s.value("date", false);
        n_step.date_format.order = enum_of<data::DateOrder>(s.value("date_order", json("year_first")),
                                                            data::date_order_from_string, "date order");
        const int year_digits = s.value("date_year_digits", 4);
        if (year_digits != 2 && year_digits != 4)
            corrupt(fmt::format("a date year of {} digits", year_digits));
        n_step.date_format.two_digit_year = year_digits == 2;
        if (n_step.date_format.two_digit_year && n_step.date_format.order == data::DateOrder::year_first)
            corrupt("two-digit years first");
        n_step.date_format.month_name = s.value("date_month_name", false);
        if (const std::string sep = s.value("date_separator", std::string()); !sep.empty()) {
            if (sep != "." && sep != "-")
                corrupt(fmt::format("a date separator '{}'", sep));
            n_step.date_format.separator = sep.front();
        }
        n_step.thousands_dots = s.value("thousands_dots", false);
        n_step.decimal_commas = s.value("decimal_commas", false);
        n_step.imputation = enum_of<Imputation>(s.at("imputation"), imputation_from_string, "imputation");
        const std::vector<float> values = floats(s.at("values"), 3, "numeric values");
        n_step.fill = values[0];
        n_step.train_min = values[1];
        n_step.train_max = values[2];
        n_step.missing_in_training = s.at("missing").get<std::size_t>();
        n_step.feature = s.at("feature").get<int>();
        n_step.indicator = s.at("indicator").get<int>();
        check_index(n_step.feature, n, "numeric feature");
        check_index(n_step.indicator, n, "indicator feature", true);
        n_step.calendar = s.value("calendar", -1);
        if (n_step.calendar >= 0)
            check_index(n_step.calendar + data::calendar_part_count - 1, n, "calendar feature");
        n_step.hour = s.value("hour", -1);
        check_index(n_step.hour, n, "hour feature", true);
        f.numeric.push_back(std::move(n_step));
    }
    for (const json& s : j.at("categorical")) {
        CategoricalStep c;
        c.column = s.at("column").get<std::string>();
        c.source_index = s.at("source").get<std::size_t>();
        c.text = s.at("text").get<bool>();
        c.encoding = enum_of<Encoding>(s.at("encoding"), encoding_from_string, "encoding");
        c.imputation = enum_of<Imputation>(s.at("imputation"), imputation_from_string, "imputation");
        c.levels = s.at("levels").get<std::vector<std::string>>();
        c.level_counts = s.at("counts").get<std::vector<std::size_t>>();
        c.rare_levels = s.at("rare").get<std::size_t>();
        c.missing_in_training = s.at("missing").get<std::size_t>();
        c.has_other = s.at("other").get<bool>();
        c.has_missing_level = s.at("missing_level").get<bool>();
        c.width = s.at("width").get<std::size_t>();
        c.first_feature = s.at("first").get<int>();
        c.indicator = s.at("indicator").get<int>();
        if (c.level_counts.size() != c.levels.size() || c.width > n || c.levels.size() > max_features)
            corrupt(fmt::format("categorical column '{}' has inconsistent sizes", c.column));
        c.table = floats(s.at("table"), c.slot_count() * c.width, "categorical table");
        check_index(c.first_feature, n + 1 - c.width, "categorical feature");
        check_index(c.indicator, n, "indicator feature", true);
        f.categorical.push_back(std::move(c));
    }
    const std::size_t m = f.numeric.size();
    if (j.contains("knn")) {
        const json& k = j.at("knn");
        KnnStep knn;
        knn.k = k.at("k").get<std::size_t>();
        if (knn.k < 1 || knn.k > 100)
            corrupt("knn neighbours out of range");
        knn.center = floats(k.at("center"), m, "knn center");
        knn.scale = floats(k.at("scale"), m, "knn scale");
        const std::size_t rows = k.at("rows").get<std::size_t>();
        if (rows > max_features)
            corrupt("too many knn donors");
        knn.donors = Matrix(rows, m, floats(k.at("donors"), rows * m, "knn donors"));
        f.knn = std::move(knn);
    }
    if (j.contains("iterative")) {
        const json& it = j.at("iterative");
        IterativeStep iterative;
        iterative.initial = floats(it.at("initial"), m, "iterative initial values");
        for (const json& s : it.at("steps")) {
            RidgeStep r;
            r.target = s.at("target").get<std::size_t>();
            r.predictors = s.at("predictors").get<std::vector<std::size_t>>();
            r.weights = floats(s.at("weights"), r.predictors.size(), "iterative weights");
            const std::vector<float> values = floats(s.at("values"), 3, "iterative values");
            r.intercept = values[0];
            r.low = values[1];
            r.high = values[2];
            check_index((long long)r.target, m, "iterative target");
            for (std::size_t p : r.predictors)
                check_index((long long)p, m, "iterative predictor");
            iterative.steps.push_back(std::move(r));
        }
        f.iterative = std::move(iterative);
    }
    for (const NumericStep& s : f.numeric)
        if ((s.imputation == Imputation::knn && !f.knn) || (s.imputation == Imputation::iterative && !f.iterative))
            corrupt(fmt::format("column '{}' needs an imputer the data does not hold", s.column));
}

void put(std::vector<std::uint8_t>& out, std::uint64_t v, int bytes)
{
    for (int i = 0; i < bytes; ++i)
        out.push_back(std::uint8_t(v >> (8 * i)));
}

std::uint64_t get(std::span<const std::uint8_t> in, std::size_t at, int bytes)
{
    std::uint64_t v = 0;
    for (int i = 0; i < bytes; ++i)
        v |= std::uint64_t(in[at + std::size_t(i)]) << (8 * i);
    return v;
}

} // namespace

std::vector<std::uint8_t> Pipeline::save() const
{
    const std::vector<std::uint8_t> payload = json::to_cbor(encode(*m_state));
    std::vector<std::uint8_t> out(magic, magic + 8);
    put(out, format_version, 4);
    put(out, payload.size(), 8);
    put(out, crc32(payload), 4);
    out.insert(out.end(), payload.begin(), payload.end());
    return out;
}

Pipeline Pipeline::load(std::span<const std::uint8_t> bytes)
{
    if (bytes.size() < header_size || std::memcmp(bytes.data(), magic, 8) != 0)
        corrupt("not a Tern preprocessing pipeline");
    const auto version = std::uint32_t(get(bytes, 8, 4));
    if (version != format_version)
        corrupt(fmt::format("format version {} (this build reads {})", version, format_version));
    const std::uint64_t length = get(bytes, 12, 8);
    if (length > max_payload || length != bytes.size() - header_size)
        corrupt(
            fmt::format("payload length {} does not match the {} bytes present", length, bytes.size() - header_size));
    const auto payload = bytes.subspan(header_size);
    if (crc32(payload) != std::uint32_t(get(bytes, 20, 4)))
        corrupt("checksum mismatch");
    Pipeline p;
    try {
        decode(json::from_cbor(payload.begin(), payload.end()), *p.m_state);
    } catch (const json::exception& e) {
        corrupt(e.what());
    }
    p.m_state->derive();
    return p;
}

} // namespace tern::prep

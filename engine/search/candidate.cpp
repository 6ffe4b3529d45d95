#include "engine/search/candidate.h"

#include "engine/core/error.h"
#include "engine/core/message_json.h"

namespace tern::search {

std::string CandidateConfig::key() const
{
    nlohmann::json j = to_json();
    j.erase("origin");
    return j.dump();  // nlohmann::json objects are sorted by key: the dump is canonical
}

nlohmann::json CandidateConfig::to_json() const
{
    return {{"family", family},
            {"params", params},
            {"pipeline", pipeline.to_json()},
            {"class_weight", class_weight},
            {"fidelity", fidelity},
            {"origin", origin}};
}

CandidateConfig CandidateConfig::from_json(const nlohmann::json& j)
{
    CandidateConfig c;
    try {
        c.family = j.at("family").get<std::string>();
        c.params = j.value("params", nlohmann::json::object());
        c.pipeline = prep::PipelineConfig::from_json(j.value("pipeline", nlohmann::json::object()));
        c.class_weight = j.value("class_weight", std::string{"none"});
        c.fidelity = j.value("fidelity", 1.0);
        c.origin = j.value("origin", std::string{"default"});
    } catch (const nlohmann::json::exception& e) {
        throw InputError(std::string("stored candidate configuration: ") + e.what());
    }
    return c;
}

CandidateConfig CandidateConfig::as_trained(const nlohmann::json& cut_short) const
{
    CandidateConfig out = *this;
    if (cut_short.is_object())
        out.params.update(cut_short);
    return out;
}

nlohmann::json CandidateConfig::display_params() const
{
    nlohmann::json p = params.is_object() ? params : nlohmann::json::object();
    p["imputer"] = pipeline.imputer;
    if (pipeline.per_column_imputer.is_object() && !pipeline.per_column_imputer.empty())
        p["imputer_pins"] = pipeline.per_column_imputer; // --impute COL=STRATEGY: what the columns got instead
    if (pipeline.missing_indicators)
        p["missing_indicators"] = true;
    p["encoder"] = pipeline.encoder;
    p["scaler"] = pipeline.scaler;
    if (class_weight != "none")
        p["class_weight"] = class_weight;
    if (fidelity < 1.0)
        p["rows_fraction"] = fidelity;
    return p;
}

store::CandidateRecord CandidateResult::to_record(std::int64_t run_id) const
{
    store::CandidateRecord r;
    r.run_id = run_id;
    r.ordinal = id;
    r.family = family;
    r.params = params;
    r.status = status;
    r.error = error.text();
    r.score = score;
    r.score_std = score_std;
    r.test_score = test_score;
    r.fold_scores = fold_scores;
    r.fit_s = fit_s;
    r.latency_us_p50 = latency_us_p50;
    r.latency_us_p99 = latency_us_p99;
    r.throughput_rows_s = throughput_rows_s;
    r.size_bytes = size_bytes;
    r.cv_metrics = metrics;
    r.test_metrics = test_metrics;
    r.details = details;
    r.details["over_latency_budget"] = over_latency_budget;
    if (!error.empty())
        r.details["error_message"] = message_to_json(error);
    return r;
}

CandidateResult CandidateResult::from_record(const store::CandidateRecord& r)
{
    CandidateResult c;
    c.id = r.ordinal;
    c.family = r.family;
    c.params = r.params;
    c.status = r.status;
    c.error = Message::verbatim(r.error);  // a candidate stored before errors were kept translatable
    c.score = r.score;
    c.score_std = r.score_std;
    c.test_score = r.test_score;
    c.fold_scores = r.fold_scores;
    c.fit_s = r.fit_s;
    c.latency_us_p50 = r.latency_us_p50;
    c.latency_us_p99 = r.latency_us_p99;
    c.throughput_rows_s = r.throughput_rows_s;
    c.size_bytes = r.size_bytes;
    c.metrics = r.cv_metrics;
    c.test_metrics = r.test_metrics;
    c.details = r.details.is_object() ? r.details : nlohmann::json::object();
    c.over_latency_budget = c.details.value("over_latency_budget", false);
    if (const auto m = c.details.find("error_message"); m != c.details.end()) {
        c.error = message_from_json(*m);
        c.details.erase(m);
    }
    // Test results are stored in the test_score column and "test" metric rows (Store::update_candidate_test);
    // stores written before that kept them only in details["test"], which is still read.
    if (!c.test_score && c.details.contains("test") && c.details["test"].contains("score")
        && c.details["test"]["score"].is_number())
        c.test_score = c.details["test"]["score"].get<double>();
    if ((c.test_metrics.is_null() || c.test_metrics.empty()) && c.details.contains("test"))
        c.test_metrics = c.details["test"].value("metrics", nlohmann::json::object());
    return c;
}

namespace {
nlohmann::json opt(const std::optional<double>& v) { return v ? nlohmann::json(*v) : nlohmann::json(nullptr); }
}  // namespace

nlohmann::json CandidateResult::to_json() const
{
    nlohmann::json j = {{"id", id},
                        {"family", family},
                        {"params", params},
                        {"score", opt(score)},
                        {"score_std", opt(score_std)},
                        {"fold_scores", fold_scores},
                        {"metrics", metrics},
                        {"fit_s", opt(fit_s)},
                        {"latency_us_p50", opt(latency_us_p50)},
                        {"latency_us_p99", opt(latency_us_p99)},
                        {"throughput_rows_s", opt(throughput_rows_s)},
                        {"size_bytes", size_bytes ? nlohmann::json(*size_bytes) : nlohmann::json(nullptr)},
                        {"status", status},
                        {"over_latency_budget", over_latency_budget}};
    if (test_score) {
        j["test_score"] = *test_score;
        j["test_metrics"] = test_metrics;
    }
    if (!error.empty())
        j["error"] = error.text();
    if (details.contains("variants"))
        j["variants"] = details["variants"];
    // What explains a score or a model to a script: how it was scored, whether its fit was cut short, how it was
    // refitted, what its test score rests on, what its variants were scored against. The rest (configurations,
    // importance, timings) stays in the store.
    nlohmann::json explained = nlohmann::json::object();
    for (const char* key :
         {"score_basis", "cut_short", "refit", "cross_fitted_score", "selection_score", "test", "variants_basis"})
        if (details.is_object() && details.contains(key))
            explained[key] = details[key];
    if (!explained.empty())
        j["details"] = std::move(explained);
    return j;
}

}  // namespace tern::search

// OcrResult -> JSON.
#include "engine/ocr/result_json.h"

#include <cmath>

namespace tern::ocr {

static double round2(double v)
{
    return std::round(v * 100.0) / 100.0;
}

nlohmann::json to_json(const Box& b)
{
    return nlohmann::json::array({b.x, b.y, b.w, b.h});
}

nlohmann::json to_json(const OcrResult& r)
{
    if (!r.ok())
        return {{"file", r.file}, {"error", r.error}};
    nlohmann::json words = nlohmann::json::array();
    for (const auto& w : r.words)
        words.push_back({{"text", w.text}, {"conf", round2(w.conf)}, {"box", to_json(w.box)}});
    nlohmann::json regions = nlohmann::json::array();
    for (const auto& g : r.regions)
        regions.push_back({{"box", to_json(g.box)},
                           {"orientation", orientation_name(g.orientation)},
                           {"text", g.text},
                           {"mean_conf", round2(g.mean_conf)}});
    return {{"file", r.file},
            {"text", r.text},
            {"orientation", orientation_name(r.orientation)},
            {"mean_conf", round2(r.mean_conf)},
            {"words", std::move(words)},
            {"attributes", r.attributes},
            {"ms", round2(r.ms)},
            {"width", r.width},
            {"height", r.height},
            {"regions", std::move(regions)}};
}

store::OcrResultRecord to_record(const OcrResult& r, std::int64_t job_id)
{
    store::OcrResultRecord rec;
    rec.job_id = job_id;
    rec.file = r.file;
    rec.ms = r.ms;
    if (!r.ok()) {
        rec.status = "failed";
        rec.error = r.error;
        return rec;
    }
    const nlohmann::json j = to_json(r);
    rec.status = "ok";
    rec.text = r.text;
    rec.orientation = orientation_name(r.orientation);
    rec.mean_conf = r.mean_conf;
    rec.words = j["words"];
    rec.attributes = r.attributes;
    return rec;
}

} // namespace tern::ocr

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

OcrResult from_record(const store::OcrResultRecord& rec)
{
    OcrResult r;
    r.file = rec.file;
    r.ms = rec.ms;
    if (rec.status != "ok") {
        r.error = rec.error.empty() ? std::string("failed") : rec.error;
        return r;
    }
    r.text = rec.text;
    r.mean_conf = float(rec.mean_conf);
    r.attributes = rec.attributes.is_object() ? rec.attributes : nlohmann::json::object();
    for (Orientation o : {Orientation::Up, Orientation::Right90, Orientation::Down180, Orientation::Left270,
                          Orientation::Vertical})
        if (rec.orientation == orientation_name(o))
            r.orientation = o;
    if (rec.words.is_array()) {
        for (const auto& w : rec.words) {
            Word word;
            word.text = w.value("text", std::string());
            word.conf = w.value("conf", 0.0f);
            const auto box = w.find("box");
            if (box != w.end() && box->is_array() && box->size() == 4)
                word.box = {(*box)[0].get<int>(), (*box)[1].get<int>(), (*box)[2].get<int>(), (*box)[3].get<int>()};
            r.words.push_back(std::move(word));
        }
    }
    return r;
}

} // namespace tern::ocr

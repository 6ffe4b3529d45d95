// OcrResult -> JSON.
#include "engine/ocr/result_json.h"

#include <cmath>

namespace tern::ocr {

namespace {

double round2(double v)
{
    return std::round(v * 100.0) / 100.0;
}

Box box_of(const nlohmann::json& j)
{
    if (!j.is_array() || j.size() != 4)
        return {};
    return {j[0].get<int>(), j[1].get<int>(), j[2].get<int>(), j[3].get<int>()};
}

Orientation orientation_of(const std::string& name)
{
    for (Orientation o :
         {Orientation::Up, Orientation::Right90, Orientation::Down180, Orientation::Left270, Orientation::Vertical})
        if (name == orientation_name(o))
            return o;
    return Orientation::Up;
}

}  // namespace

nlohmann::json to_json(const Box& b)
{
    return nlohmann::json::array({b.x, b.y, b.w, b.h});
}

nlohmann::json to_json(const OcrResult& r)
{
    if (!r.ok()) // the contract's fields all there, for a script that reads them on every entry; nothing was read
        return {{"file", r.file},
                {"error", r.error},
                {"text", ""},
                {"orientation", nullptr},
                {"mean_conf", nullptr},
                {"words", nlohmann::json::array()},
                {"attributes", nlohmann::json::object()},
                {"ms", round2(r.ms)}};
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
    rec.width = r.width;
    rec.height = r.height;
    rec.regions = j["regions"];
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
    r.orientation = orientation_of(rec.orientation);
    r.width = rec.width;
    r.height = rec.height;
    if (rec.words.is_array()) {
        for (const auto& w : rec.words) {
            Word word;
            word.text = w.value("text", std::string());
            word.conf = w.value("conf", 0.0f);
            word.box = box_of(w.value("box", nlohmann::json()));
            r.words.push_back(std::move(word));
        }
    }
    if (rec.regions.is_array()) {
        for (const auto& g : rec.regions) {
            Region region;
            region.box = box_of(g.value("box", nlohmann::json()));
            region.text = g.value("text", std::string());
            region.mean_conf = g.value("mean_conf", 0.0f);
            region.orientation = orientation_of(g.value("orientation", std::string("0")));
            r.regions.push_back(std::move(region));
        }
    }
    return r;
}

} // namespace tern::ocr

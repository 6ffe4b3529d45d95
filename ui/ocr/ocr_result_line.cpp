// Parses a worker's JSON line. The fields the store keeps go through ocr::from_record, the store's own inverse of
// the same JSON, so the page and History read words, orientation and attributes the same way.
#include "ui/ocr/ocr_result_line.h"

#include "engine/ocr/result_json.h"

#include <nlohmann/json.hpp>

namespace tern::ui {

namespace {

tern::ocr::Box box_of(const nlohmann::json& j)
{
    if (!j.is_array() || j.size() != 4)
        return {};
    return {j[0].get<int>(), j[1].get<int>(), j[2].get<int>(), j[3].get<int>()};
}

tern::ocr::Orientation orientation_of(const std::string& name)
{
    using tern::ocr::Orientation;
    for (Orientation o :
         {Orientation::Up, Orientation::Right90, Orientation::Down180, Orientation::Left270, Orientation::Vertical})
        if (name == tern::ocr::orientation_name(o))
            return o;
    return Orientation::Up;
}

} // namespace

std::optional<OcrResultLine> parseOcrResultLine(const QByteArray& line)
{
    const auto j = nlohmann::json::parse(line.constBegin(), line.constEnd(), nullptr, false);
    if (!j.is_object() || !j.contains("file") || !j["file"].is_string())
        return std::nullopt;
    try {
        tern::store::OcrResultRecord record;
        record.file = j["file"].get<std::string>();
        record.ms = j.value("ms", 0.0);
        record.status = j.contains("error") ? "failed" : "ok";
        record.error = j.value("error", std::string());
        record.text = j.value("text", std::string());
        record.orientation = j.value("orientation", std::string("0"));
        record.mean_conf = j.value("mean_conf", 0.0);
        record.words = j.value("words", nlohmann::json::array());
        record.attributes = j.value("attributes", nlohmann::json::object());
        OcrResultLine out;
        out.result = tern::ocr::from_record(record);
        out.result.width = j.value("width", 0);
        out.result.height = j.value("height", 0);
        for (const auto& g : j.value("regions", nlohmann::json::array())) {
            tern::ocr::Region region;
            region.box = box_of(g.value("box", nlohmann::json()));
            region.text = g.value("text", std::string());
            region.mean_conf = g.value("mean_conf", 0.0f);
            region.orientation = orientation_of(g.value("orientation", std::string("0")));
            out.result.regions.push_back(std::move(region));
        }
        out.progress = j.value("progress", -1.0);
        return out;
    } catch (const nlohmann::json::exception&) {
        return std::nullopt; // a field of the wrong type
    }
}

} // namespace tern::ui

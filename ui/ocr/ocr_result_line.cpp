// Parses a worker's JSON line. The fields the store keeps go through ocr::from_record, the store's own inverse of
// the same JSON, so the page and History read words, orientation and attributes the same way.
#include "ui/ocr/ocr_result_line.h"

#include "engine/ocr/result_json.h"

#include <nlohmann/json.hpp>

namespace tern::ui {

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
        // A file that could not be read has null for these.
        const auto orientation = j.find("orientation");
        record.orientation =
            orientation != j.end() && orientation->is_string() ? orientation->get<std::string>() : std::string("0");
        const auto conf = j.find("mean_conf");
        record.mean_conf = conf != j.end() && conf->is_number() ? conf->get<double>() : 0.0;
        record.words = j.value("words", nlohmann::json::array());
        record.attributes = j.value("attributes", nlohmann::json::object());
        record.width = j.value("width", 0);
        record.height = j.value("height", 0);
        record.regions = j.value("regions", nlohmann::json::array());
        OcrResultLine out;
        out.result = tern::ocr::from_record(record);
        out.progress = j.value("progress", -1.0);
        return out;
    } catch (const nlohmann::json::exception&) {
        return std::nullopt; // a field of the wrong type
    }
}

} // namespace tern::ui

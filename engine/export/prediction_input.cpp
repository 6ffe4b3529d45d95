#include "engine/export/prediction_input.h"

#include "engine/core/error.h"
#include "engine/core/message.h"
#include "engine/data/image_header.h"
#include "engine/search/image_table.h"

#include <filesystem>
#include <fmt/format.h>

namespace tern::exporting {

PredictionInput read_prediction_input(const ExportedModel& model, const std::string& path, const JobControl& job)
{
    PredictionInput input;
    if (!model.reads_images()) {
        input.table = data::read_table(path, model.read_options(), job);
        // A header alone printed a header and exit 0: a script took an empty export for predictions.
        if (input.table.rows() == 0)
            throw DataError(path,
                            Message(TERN_TEXT("EngineText", "no row to predict (the file holds its header only)")));
        return input;
    }
    std::error_code ec;
    if (!std::filesystem::exists(path, ec))
        throw DataError(path, Message(TERN_TEXT("EngineText", "no such file or folder")));
    if (!std::filesystem::is_directory(path, ec) && !data::has_image_extension(path))
        throw DataError(path, Message(TERN_TEXT("EngineText", "this model was trained on images; give an image file "
                                                              "(png, jpg, bmp, tif, webp) or a folder of images")));
    input.table = search::image_rows(path, input.files, input.left_out, job);
    return input;
}

FilePredictions predict_file(const ExportedModel& model, const std::string& path, const JobControl& job)
{
    FilePredictions out;
    out.input = read_prediction_input(model, path, job);
    try {
        out.predictions = model.predict(out.input.table, job);
    } catch (const InputError& e) {
        throw InputError(fmt::format("{}: {}", path, e.what()));
    }
    out.unfamiliar = model.unfamiliar_inputs(out.input.table);
    out.score = score_on_file(model, out.input.table, out.predictions);
    return out;
}

} // namespace tern::exporting

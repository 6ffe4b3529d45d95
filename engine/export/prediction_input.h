// What an exported model predicts on: a table file, read as the model's training file was read, or for a model of
// images an image file or a folder of images, one row per readable image with its path kept.
#pragma once

#include "engine/core/progress.h"
#include "engine/data/readers.h"
#include "engine/data/table.h"
#include "engine/export/file_score.h"
#include "engine/export/package.h"

#include <string>
#include <vector>

namespace tern::exporting {

struct PredictionInput {
    data::Table table;
    std::vector<std::string> files;             // the image of each row (models of images only)
    std::vector<data::UnreadableFile> left_out; // images that could not be read
};

// InputError (a DataError naming the file) when `path` cannot give the model a row: a table for a model of images,
// an image for a model of tables, a folder without a readable image, any table error.
PredictionInput read_prediction_input(const ExportedModel& model, const std::string& path, const JobControl& job = {});

// Everything predicting a file gives, as tern-cli predict and the Predict dialog show it: the rows read, their
// predictions, what in them lies outside what the model learned, and the score when the file holds the target.
struct FilePredictions {
    PredictionInput input;
    Predictions predictions;
    std::vector<std::string> unfamiliar; // unfamiliar_inputs()
    std::optional<FileScore> score;      // score_on_file()
};

// read_prediction_input, then predict; InputError "<path>: ..." when the model cannot read the rows.
FilePredictions predict_file(const ExportedModel& model, const std::string& path, const JobControl& job = {});

} // namespace tern::exporting

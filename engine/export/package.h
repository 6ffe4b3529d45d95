// model.tern, Tern's own package of an exported model, and the model loaded back from an export folder for
// prediction (tern-cli predict, the GUI's Predict page). The file is read bounded and validated: no size in it is
// trusted before it is checked against the bytes that remain, and a truncated or corrupted file gives one
// InputError line naming the file and what is wrong.
#pragma once

#include "engine/core/matrix.h"
#include "engine/core/progress.h"
#include "engine/core/task.h"
#include "engine/data/readers.h"
#include "engine/data/table.h"
#include "engine/quant/precision.h"

#include <filesystem>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace tern::exporting {

struct Predictions {
    std::vector<std::string> labels; // classification: the predicted class name per row
    Matrix probabilities;            // classification: [rows][classes] in class_names() order
    std::vector<float> values;       // regression: the predicted value per row
};

struct PackagedModel; // package_format.h: what model.tern holds

class ExportedModel {
  public:
    // A folder holding model.tern (and model_card.json), or the model.tern file itself.
    static ExportedModel load(const std::filesystem::path& dir_or_model_tern);

    Task task() const;
    const std::vector<std::string>& class_names() const; // empty for regression
    quant::Precision precision() const;
    const nlohmann::json& card() const; // model_card.json when present, else the package's manifest
    // Columns are found by name (the target may be absent; extra columns are ignored); InputError naming the
    // missing ones. Throws Cancelled when job.stop is requested.
    Predictions predict(const data::Table& table, const JobControl& job = {}) const;
    // How to read a table for this model: its date columns in the order the fitted file wrote them, so that a
    // file whose dates read both ways (03/04/2024) is read as training was; a stray word in a numeric column as
    // missing (ReadOptions::lenient_number_columns), named by unfamiliar_inputs, so that every row is predicted.
    data::ReadOptions read_options() const;
    // What in `table` lies outside what the model learned, one line per column and kind: levels it did not learn
    // (predicted as its "other" level), cells that were not numbers, values far outside the training range,
    // missing values where training had none. Empty when nothing does.
    std::vector<std::string> unfamiliar_inputs(const data::Table& table) const;
    // A model of images (search/image_table.h): it predicts on the pixels of image files, not on a table.
    bool reads_images() const;

  private:
    std::shared_ptr<const PackagedModel> m_model;
    nlohmann::json m_card;
};

} // namespace tern::exporting

// What the Data page has loaded, shared with later pages (Run, Export): either a table or an image folder, with
// the path it came from. Shared pointers so that a page can keep using a dataset while a new one loads.
#pragma once

#include "engine/data/readers.h"
#include "engine/data/summary.h"
#include "engine/data/table.h"

#include <QString>
#include <memory>
#include <vector>

namespace tern::ui {

struct Dataset {
    QString path;
    std::shared_ptr<data::Table> table;                           // set for CSV/TSV/ARFF
    std::shared_ptr<const data::ImageFolder> images;              // set for image folders
    std::vector<data::ColumnSummary> summaries;                   // one per table column, computed on the engine thread
    std::size_t duplicateRows = 0;                                // rows equal to an earlier row in every column
    std::shared_ptr<const data::ImageFolderSummary> imageSummary; // with `images`

    bool isEmpty() const { return !table && !images; }
};

// Reads `path` on the engine thread: an image folder when it is a directory, a table otherwise.
Dataset loadDataset(const QString& path, const tern::JobControl& control);

} // namespace tern::ui

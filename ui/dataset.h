// What the Data page has loaded, shared with later pages (Run, Export): either a table or an image folder, with
// the path it came from. Shared pointers so that a page can keep using a dataset while a new one loads.
#pragma once

#include "engine/data/readers.h"
#include "engine/data/summary.h"
#include "engine/data/table.h"

#include <QString>
#include <map>
#include <memory>
#include <vector>

namespace tern::ui {

// The column to preselect as a table's target. `chosenBefore`: the user picked it in an earlier run on this file,
// which outweighs the target kept from the previous table.
struct TargetSuggestion {
    QString column; // empty: no suggestion
    bool chosenBefore = false;
};

struct Dataset {
    QString path;
    std::shared_ptr<data::Table> table;                           // set for CSV/TSV/ARFF
    std::shared_ptr<const data::ImageFolder> images;              // set for image folders
    std::vector<data::ColumnSummary> summaries;                   // one per table column, computed on the engine thread
    std::size_t duplicateRows = 0;                                // rows equal to an earlier row in every column
    // Columns a run would set aside (keys, free text, constants; prep::screen_columns on every row), with the
    // engine's reason: the Data page says so before a run does.
    std::map<std::string, std::string> setAside;
    std::shared_ptr<const data::ImageFolderSummary> imageSummary; // with `images`
    // The table's own target, else the newest stored run's on this file, else the engine's guess
    // (search::suggested_target).
    TargetSuggestion target;

    bool isEmpty() const { return !table && !images; }
};

// Reads `path` on the engine thread: an image folder when it is a directory, a table otherwise. `databasePath` is
// the run store consulted for the target of earlier runs on this file (none when it does not exist).
Dataset loadDataset(const QString& path, const QString& databasePath, const tern::JobControl& control);

} // namespace tern::ui

#include "ui/dataset.h"

#include "engine/data/row_identity.h"
#include "engine/prep/screening.h"
#include "engine/search/target.h"
#include "engine/store/store.h"

#include <QDir>
#include <QFileInfo>

namespace tern::ui {

namespace {

// The target of the newest run on `dataPath`, as runs record it (an absolute path), when the store can tell.
std::optional<std::string> pastTarget(const std::string& dataPath, const QString& databasePath)
{
    if (databasePath.isEmpty() || !QFileInfo::exists(databasePath))
        return std::nullopt;
    try {
        return store::Store::open(databasePath.toStdString(), store::OpenMode::read_only).last_target(dataPath);
    } catch (const std::exception&) {
        return std::nullopt; // a locked or foreign store only costs the suggestion
    }
}

void suggestTarget(Dataset& dataset, const std::string& dataPath, const QString& databasePath)
{
    const data::Table& table = *dataset.table;
    if (const auto own = table.target_index()) {
        dataset.target.column = QString::fromStdString(table.column(*own).name());
        return;
    }
    if (const auto past = pastTarget(dataPath, databasePath); past && table.find(*past)) {
        dataset.target = {QString::fromStdString(*past), true};
        return;
    }
    if (const auto guess = search::suggested_target(table))
        dataset.target.column = QString::fromStdString(table.column(*guess).name());
}

} // namespace

Dataset loadDataset(const QString& path, const QString& databasePath, const tern::JobControl& control)
{
    Dataset dataset;
    dataset.path = path;
    const std::string native = QDir::cleanPath(QFileInfo(path).absoluteFilePath()).toStdString();
    if (QFileInfo(path).isDir()) {
        auto images = std::make_shared<const data::ImageFolder>(data::read_image_folder(native, control));
        dataset.imageSummary = std::make_shared<const data::ImageFolderSummary>(data::summarize_images(*images));
        dataset.images = std::move(images);
    } else {
        dataset.table = std::make_shared<data::Table>(data::read_table(native, {}, control));
        dataset.summaries = data::summarize_table(*dataset.table);
        dataset.duplicateRows = data::duplicate_rows(*dataset.table);
        for (auto& s : prep::set_aside_on_all_rows(*dataset.table, dataset.summaries))
            dataset.setAside.emplace(std::move(s.column), s.reason.text());
        suggestTarget(dataset, native, databasePath);
    }
    return dataset;
}

} // namespace tern::ui

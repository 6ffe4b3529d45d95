#include "ui/dataset.h"

#include "engine/data/row_identity.h"
#include "engine/prep/screening.h"
#include "engine/search/target.h"
#include "engine/store/store.h"

#include <QDir>
#include <QFileInfo>
#include <numeric>

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

// Only the columns whose summary allows it can be set aside (one value, a different value in every row, or free
// text): screening those alone keeps a million-row file from sorting every numeric column once more (1.4 s of
// a 3.7 s load).
std::map<std::string, std::string> setAsideColumns(const data::Table& table,
                                                   const std::vector<data::ColumnSummary>& summaries)
{
    std::vector<data::Column> candidates;
    for (std::size_t c = 0; c < summaries.size() && c < table.cols(); ++c) {
        const data::ColumnSummary& s = summaries[c];
        if (s.unique <= 1 || (s.missing == 0 && s.unique == table.rows()) || s.type == data::ColumnType::text)
            candidates.push_back(table.column(c));
    }
    std::map<std::string, std::string> out;
    if (candidates.empty())
        return out;
    const data::Table sub(std::move(candidates));
    std::vector<std::size_t> rows(sub.rows());
    std::iota(rows.begin(), rows.end(), std::size_t{0});
    for (const auto& s : prep::screen_columns(sub, rows).set_aside)
        if (s.reason != "target" && s.reason != "ignored")
            out.emplace(s.column, s.reason);
    return out;
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
        dataset.setAside = setAsideColumns(*dataset.table, dataset.summaries);
        suggestTarget(dataset, native, databasePath);
    }
    return dataset;
}

} // namespace tern::ui

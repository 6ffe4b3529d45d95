#include "ui/dataset.h"

#include "engine/data/row_identity.h"

#include <QFileInfo>

namespace tern::ui {

Dataset loadDataset(const QString& path, const tern::JobControl& control)
{
    Dataset dataset;
    dataset.path = path;
    const std::string native = QFileInfo(path).absoluteFilePath().toStdString();
    if (QFileInfo(path).isDir()) {
        auto images = std::make_shared<const data::ImageFolder>(data::read_image_folder(native, control));
        dataset.imageSummary = std::make_shared<const data::ImageFolderSummary>(data::summarize_images(*images));
        dataset.images = std::move(images);
    } else {
        dataset.table = std::make_shared<data::Table>(data::read_table(native, {}, control));
        dataset.summaries = data::summarize_table(*dataset.table);
        dataset.duplicateRows = data::duplicate_rows(*dataset.table);
    }
    return dataset;
}

} // namespace tern::ui

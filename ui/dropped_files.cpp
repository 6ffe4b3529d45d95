#include "ui/image_files.h"

#include "engine/data/image_header.h"

#include <QFileInfo>

#include <algorithm>

namespace tern::ui {

bool isImageFile(const QString& path)
{
    return QFileInfo(path).isFile() && data::has_image_extension(path.toStdString());
}

bool allImageFiles(const QStringList& paths)
{
    return !paths.isEmpty() && std::all_of(paths.begin(), paths.end(), isImageFile);
}

} // namespace tern::ui

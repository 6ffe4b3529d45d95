#include "ui/image_files.h"

#include <QFileInfo>

#include <algorithm>

namespace tern::ui {
namespace {

const QStringList& imageSuffixes()
{
    static const QStringList suffixes{QStringLiteral("png"), QStringLiteral("jpg"), QStringLiteral("jpeg"),
                                      QStringLiteral("tif"), QStringLiteral("tiff"), QStringLiteral("bmp"),
                                      QStringLiteral("webp")};
    return suffixes;
}

} // namespace

bool isImageFile(const QString& path)
{
    const QFileInfo info(path);
    return info.isFile() && imageSuffixes().contains(info.suffix(), Qt::CaseInsensitive);
}

bool allImageFiles(const QStringList& paths)
{
    return !paths.isEmpty() && std::all_of(paths.begin(), paths.end(), isImageFile);
}

} // namespace tern::ui

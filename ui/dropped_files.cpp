#include "ui/dropped_files.h"

#include "engine/data/image_header.h"

#include <QFileInfo>
#include <QMimeData>
#include <QUrl>

#include <algorithm>

namespace tern::ui {

QStringList localPaths(const QMimeData* mime)
{
    QStringList paths;
    if (mime && mime->hasUrls())
        for (const QUrl& url : mime->urls())
            if (url.isLocalFile())
                paths << url.toLocalFile();
    return paths;
}

bool isImageFile(const QString& path)
{
    return QFileInfo(path).isFile() && data::has_image_extension(path.toStdString());
}

bool allImageFiles(const QStringList& paths)
{
    return !paths.isEmpty() && std::all_of(paths.begin(), paths.end(), isImageFile);
}

} // namespace tern::ui

// What a drop or the command line hands the window: local files, and which of them are images the OCR page reads (a
// product photo goes there instead of failing on the Data page as "not a text table").
#pragma once

#include <QString>
#include <QStringList>

class QMimeData;

namespace tern::ui {

QStringList localPaths(const QMimeData* mime); // the local files among a drop's URLs, in order
bool isImageFile(const QString& path);         // an existing file with an image suffix (png, jpg, tiff, bmp, webp)
bool allImageFiles(const QStringList& paths);  // non-empty and every one an image file

} // namespace tern::ui

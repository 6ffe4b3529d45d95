// Which local files are images the OCR page reads: a product photo dropped on the Data page or named on the command
// line goes there instead of failing as "not a text table".
#pragma once

#include <QString>
#include <QStringList>

namespace tern::ui {

bool isImageFile(const QString& path);        // an existing file with an image suffix (png, jpg, tiff, bmp, webp)
bool allImageFiles(const QStringList& paths); // non-empty and every one an image file

} // namespace tern::ui

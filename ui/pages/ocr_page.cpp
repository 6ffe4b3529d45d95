#include "ui/pages/ocr_page.h"

namespace tern::ui {

OcrPage::OcrPage(QWidget* parent)
    : PlaceholderPage(QStringLiteral(":/icons/ocr.svg"), tr("Text from Images"),
                      tr("Drop product images to read their text, whatever its orientation: rotated, upside-down, white on black or stacked vertically. Words, confidences and extracted attributes appear here and are kept in the history."),
                      parent)
{
}

}  // namespace tern::ui

// The OCR page: reads the text of dropped product images.
#pragma once

#include "ui/pages/placeholder_page.h"

namespace tern::ui {

class OcrPage : public PlaceholderPage {
    Q_OBJECT
public:
    explicit OcrPage(QWidget* parent = nullptr);
};

}  // namespace tern::ui

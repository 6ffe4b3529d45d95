// The Export page: writes a chosen candidate as ONNX, Tern package and model card in the chosen precision.
#pragma once

#include "ui/pages/placeholder_page.h"

namespace tern::ui {

class ExportPage : public PlaceholderPage {
    Q_OBJECT
  public:
    explicit ExportPage(QWidget* parent = nullptr);
};

} // namespace tern::ui

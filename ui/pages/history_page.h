// The History page: earlier runs and OCR jobs from the store.
#pragma once

#include "ui/pages/placeholder_page.h"

namespace tern::ui {

class HistoryPage : public PlaceholderPage {
    Q_OBJECT
  public:
    explicit HistoryPage(QWidget* parent = nullptr);
};

} // namespace tern::ui

// The Run page: configures and starts an AutoML run on the loaded dataset and follows its progress.
#pragma once

#include "ui/pages/placeholder_page.h"

namespace tern::ui {

class RunPage : public PlaceholderPage {
    Q_OBJECT
public:
    explicit RunPage(QWidget* parent = nullptr);
};

}  // namespace tern::ui

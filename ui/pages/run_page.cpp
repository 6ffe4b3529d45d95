#include "ui/pages/run_page.h"

namespace tern::ui {

RunPage::RunPage(QWidget* parent)
    : PlaceholderPage(QStringLiteral(":/icons/run.svg"), tr("Run"),
                      tr("Start an AutoML run on the loaded data: choose the metric, the time budget and the model families, then watch every candidate being trained on the engine thread, with progress, an estimate of the time left and a Cancel button."),
                      parent)
{
}

}  // namespace tern::ui

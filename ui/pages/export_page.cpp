#include "ui/pages/export_page.h"

namespace tern::ui {

ExportPage::ExportPage(QWidget* parent)
    : PlaceholderPage(QStringLiteral(":/icons/export.svg"), tr("Export"),
                      tr("Export the model you picked as FP32, BF16, INT8 or ternary: an ONNX file for other tools, "
                         "Tern's own package and a model card with its metrics, latency and size."),
                      parent)
{
}

} // namespace tern::ui

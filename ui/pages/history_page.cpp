#include "ui/pages/history_page.h"

namespace tern::ui {

HistoryPage::HistoryPage(QWidget* parent)
    : PlaceholderPage(QStringLiteral(":/icons/history.svg"), tr("History"),
                      tr("Every run, candidate, metric, exported model and OCR job is kept in Tern's database. Browse "
                         "earlier runs here, compare them, and resume a run that was interrupted."),
                      parent)
{
}

} // namespace tern::ui

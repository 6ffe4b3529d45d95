#include "ui/pages/leaderboard_page.h"

namespace tern::ui {

LeaderboardPage::LeaderboardPage(QWidget* parent)
    : PlaceholderPage(QStringLiteral(":/icons/leaderboard.svg"), tr("Leaderboard"),
                      tr("Every model the search tried, not only the winner: score, spread across folds, latency, throughput and size side by side, with an accuracy-versus-latency plot to pick the model that fits your latency budget."),
                      parent)
{
}

}  // namespace tern::ui

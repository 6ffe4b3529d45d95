// The Leaderboard page: every candidate of a run with its scores and costs, and the accuracy-versus-latency plot.
#pragma once

#include "ui/pages/placeholder_page.h"

namespace tern::ui {

class LeaderboardPage : public PlaceholderPage {
    Q_OBJECT
public:
    explicit LeaderboardPage(QWidget* parent = nullptr);
};

}  // namespace tern::ui

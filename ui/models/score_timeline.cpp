#include "ui/models/score_timeline.h"

#include <algorithm>
#include <cmath>

namespace tern::ui {

ScoreTimeline scoreTimeline(const std::vector<search::CandidateResult>& candidates, bool maximize)
{
    ScoreTimeline t;
    double lastSeconds = 0;
    for (const auto& c : candidates) {
        if (c.status != "ok" || !c.score || !std::isfinite(*c.score))
            continue;
        const auto elapsed = c.details.find("run_elapsed_s");
        double seconds = lastSeconds;
        if (elapsed != c.details.end() && elapsed->is_number())
            seconds = elapsed->get<double>();
        lastSeconds = std::max(lastSeconds, seconds);
        t.points.push_back({seconds, *c.score, c.id, QString::fromStdString(c.family)});
    }
    std::stable_sort(t.points.begin(), t.points.end(),
                     [](auto& a, auto& b) { return a.seconds < b.seconds || (a.seconds == b.seconds && a.id < b.id); });
    for (const auto& p : t.points) {
        const bool better =
            t.bestScores.empty() || (maximize ? p.score > t.bestScores.back() : p.score < t.bestScores.back());
        t.bestSeconds.push_back(p.seconds);
        t.bestScores.push_back(better ? p.score : t.bestScores.back());
    }
    return t;
}

} // namespace tern::ui

// The search's progress over time: each scored candidate at the moment it finished (seconds since the run
// started, from details["run_elapsed_s"]) and the best score found so far, a monotone step series. Whether a larger
// score is better comes from the run's metric.
#pragma once

#include "engine/search/candidate.h"

#include <QString>
#include <vector>

namespace tern::ui {

struct TimelinePoint {
    double seconds = 0;
    double score = 0;
    qint64 id = 0;
    QString family;
};

struct ScoreTimeline {
    std::vector<TimelinePoint> points; // every ok candidate with a score, by finishing time (then id)
    std::vector<double> bestSeconds;   // the best-so-far step series: one entry per point
    std::vector<double> bestScores;
};

// Candidates without run_elapsed_s (stored by older builds) are placed by their id after the timed ones' order.
ScoreTimeline scoreTimeline(const std::vector<search::CandidateResult>& candidates, bool maximize);

} // namespace tern::ui

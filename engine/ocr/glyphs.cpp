// Connected components and their geometry.
#include "engine/ocr/glyphs.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <opencv2/imgproc.hpp>

namespace tern::ocr {

std::vector<cv::Rect> find_glyphs(const cv::Mat& ink)
{
    cv::Mat labels, stats, centroids;
    const int n = cv::connectedComponentsWithStats(ink, labels, stats, centroids, 8, CV_32S);
    std::vector<cv::Rect> out;
    out.reserve(n);
    for (int i = 1; i < n; ++i) {
        const int x = stats.at<int>(i, cv::CC_STAT_LEFT), y = stats.at<int>(i, cv::CC_STAT_TOP);
        const int w = stats.at<int>(i, cv::CC_STAT_WIDTH), h = stats.at<int>(i, cv::CC_STAT_HEIGHT);
        const int area = stats.at<int>(i, cv::CC_STAT_AREA);
        if (area < 6 || std::max(w, h) < 3)
            continue; // specks
        if (w > ink.cols * 0.8 || h > ink.rows * 0.8)
            continue; // frames, rules, background regions
        out.emplace_back(x, y, w, h);
    }
    return out;
}

double glyph_size(const std::vector<cv::Rect>& glyphs)
{
    std::vector<int> s;
    s.reserve(glyphs.size());
    for (const auto& g : glyphs)
        if (std::max(g.width, g.height) >= 5)
            s.push_back(std::max(g.width, g.height));
    if (s.empty())
        return 0;
    std::nth_element(s.begin(), s.begin() + s.size() / 2, s.end());
    return s[s.size() / 2];
}

std::vector<cv::Rect> typical_glyphs(const std::vector<cv::Rect>& glyphs, double lo, double hi)
{
    const double m = glyph_size(glyphs);
    std::vector<cv::Rect> out;
    for (const auto& g : glyphs) {
        const double s = std::max(g.width, g.height);
        if (s >= lo * m && s <= hi * m)
            out.push_back(g);
    }
    return out;
}

DirectionVote line_direction(const std::vector<cv::Rect>& glyphs)
{
    const auto g = typical_glyphs(glyphs, 0.5, 2.0);
    if (g.size() < 2)
        return {};
    const double size = glyph_size(g);
    double horizontal = 0, vertical = 0;
    for (size_t i = 0; i < g.size(); ++i) {
        const cv::Point2d a(g[i].x + g[i].width / 2.0, g[i].y + g[i].height / 2.0);
        double best = std::numeric_limits<double>::max();
        cv::Point2d d;
        for (size_t j = 0; j < g.size(); ++j) {
            if (i == j)
                continue;
            const cv::Point2d b(g[j].x + g[j].width / 2.0, g[j].y + g[j].height / 2.0);
            const double dist = std::hypot(b.x - a.x, b.y - a.y);
            if (dist < best)
                best = dist, d = b - a;
        }
        if (best > 3.0 * size)
            continue; // an isolated glyph says nothing about lines
        (std::abs(d.x) >= std::abs(d.y) ? horizontal : vertical) += 1;
    }
    const double total = horizontal + vertical;
    if (total == 0)
        return {};
    if (horizontal >= vertical)
        return {Direction::Horizontal, horizontal / total};
    return {Direction::Vertical, vertical / total};
}

} // namespace tern::ocr

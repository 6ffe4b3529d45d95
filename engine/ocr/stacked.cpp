// Stacked-letter detection and re-layout.
#include "engine/ocr/stacked.h"

#include "engine/ocr/glyphs.h"
#include "engine/ocr/preprocess.h"

#include <algorithm>
#include <cmath>
#include <opencv2/imgproc.hpp>

namespace tern::ocr {

static double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::nth_element(v.begin(), v.begin() + v.size() / 2, v.end());
    return v[v.size() / 2];
}

std::vector<cv::Rect> stacked_rows(const std::vector<cv::Rect>& all)
{
    // Punctuation and specks never make a row on their own; merged blobs are not letters.
    const auto g = typical_glyphs(all, 0.3, 2.0);
    if (g.size() < 3 || g.size() > 40)
        return {};
    cv::Rect box = g[0];
    for (const auto& r : g)
        box |= r;
    if (box.height < 2 * box.width)
        return {};

    // Rows: glyphs sorted top to bottom, a glyph joins the current row when their vertical extents overlap.
    auto sorted = g;
    std::sort(sorted.begin(), sorted.end(), [](const cv::Rect& a, const cv::Rect& b) { return a.y < b.y; });
    std::vector<cv::Rect> rows;
    std::vector<int> counts;
    for (const auto& r : sorted) {
        if (!rows.empty()) {
            cv::Rect& cur = rows.back();
            const int overlap = std::min(cur.y + cur.height, r.y + r.height) - std::max(cur.y, r.y);
            if (overlap > 0.3 * std::min(cur.height, r.height)) {
                cur |= r;
                ++counts.back();
                continue;
            }
        }
        rows.push_back(r);
        counts.push_back(1);
    }
    if (rows.size() < 3 || *std::max_element(counts.begin(), counts.end()) > 3)
        return {};

    // Upright letters are taller than wide; letters of a turned line lie on their side.
    std::vector<double> aspect, centre, widths, heights;
    for (const auto& r : rows) {
        aspect.push_back(static_cast<double>(r.height) / std::max(1, r.width));
        centre.push_back(r.x + r.width / 2.0);
        widths.push_back(r.width);
        heights.push_back(r.height);
    }
    if (median(aspect) < 0.9)
        return {};
    // One column: every row centred near the column's median centre.
    const double cx = median(centre), w = median(widths);
    for (double c : centre)
        if (std::abs(c - cx) > 0.6 * w + 2)
            return {};
    // Letters of a line nearly touch; stacked letters are separated by line spacing.
    std::vector<double> gaps;
    for (size_t i = 1; i < rows.size(); ++i)
        gaps.push_back(rows[i].y - (rows[i - 1].y + rows[i - 1].height));
    if (median(gaps) < 0.08 * median(heights))
        return {};
    for (auto& r : rows) { // full column width, so that narrow letters keep their side bearings
        r.x = box.x;
        r.width = box.width;
    }
    return rows;
}

cv::Mat compose_line(const cv::Mat& gray, const std::vector<cv::Rect>& rows)
{
    int h = 0, w = 0;
    for (const auto& r : rows)
        h = std::max(h, r.height), w += r.width;
    const int pad = std::max(4, h / 3), gap = std::max(2, h / 8);
    cv::Mat canvas(h + 2 * pad, w + gap * static_cast<int>(rows.size()) + 2 * pad, CV_8UC1, cv::Scalar(255));
    int x = pad;
    for (const auto& r : rows) {
        cv::Mat glyph = gray(r & cv::Rect(0, 0, gray.cols, gray.rows)).clone();
        stretch_contrast(glyph);
        // Bottom-aligned: capitals and digits share a baseline.
        glyph.copyTo(canvas(cv::Rect(x, pad + h - glyph.rows, glyph.cols, glyph.rows)));
        x += glyph.cols + gap;
    }
    return canvas;
}

} // namespace tern::ocr
